"""A position the file states is written with its body even when the body is remembered from an earlier article
and never named in this one (`Bộ trưởng X` after a page that gave X his ministry): the edge has its end in the file's
`entities`. Other implied nodes stay out. Sentences written for the form, with names no article of the real set
uses."""

from __future__ import annotations

from loaders.contract import to_document
from loaders.pipeline import Extractor


def test_a_remembered_body_of_a_written_position_is_written_too() -> None:
    extractor = Extractor()
    to_document(
        extractor.extract_text(
            "Hội đàm\n\nNgày 3/4, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trịnh Văn Khải tiếp Đại sứ Hà Lan."
        )
    )
    later = to_document(extractor.extract_text("Gặp gỡ\n\nNgày 5/4, Bộ trưởng Trịnh Văn Khải tiếp Đại sứ Hà Lan."))
    ids = {e["id"] for e in later["entities"]}
    bodies = {r["to"] for r in later["relations"] if r["type"] == "HOLDS_POSITION" and r["from"] in ids}
    assert bodies and bodies <= ids
    assert all(r["from"] in ids for r in later["relations"] if r["type"] == "HOLDS_POSITION")
