"""Each event the rules make carries the rule that made it (`EventRecord.origin`), which `scripts/rule_families.py`
counts per family against the gold; it is never written out. Every text here is written for the test, with names of
our own."""

from __future__ import annotations

import json

from loaders.entities.doc import ArticleDoc
from loaders.entities.events import EventRecord
from loaders.entities.events.record import marked
from loaders.pipeline import Extractor
from tests.extraction import run


def _records(text: str) -> list[EventRecord]:
    pages: list[ArticleDoc] = []
    Extractor(event_scorer=pages.append).extract_text(text)
    return [sp.data["event"] for page in pages for sp in page.events]


def test_an_event_word_s_event_and_the_visit_its_sentence_names_besides_are_told_apart() -> None:
    """`Nhân dịp sang thăm A, X hội đàm với Y`: the talks are what the sentence tells (`told`), the visit an event its
    sentence names besides (`besides`)."""
    records = _records(
        "date 2025-03-12 Đối ngoại\n\nNgày 11/3, nhân dịp sang thăm chính thức Lào, Bộ trưởng Bộ Công Thương Lâm "
        "Quang Du đã hội đàm với Bộ trưởng Bộ Công Thương Lào Khăm Phăn Sỉ Vông tại Viêng Chăn."
    )
    origins = {r.kind: r.origin for r in records}
    assert origins.get("meeting") == "told"
    assert origins.get("visit") == "besides"


def test_marked_records_keep_the_rule_and_the_output_does_not_show_it() -> None:
    """`marked` sets the family on every record it is given and returns them; the contract has no such field."""
    recs = marked([EventRecord("visit", "visit"), EventRecord("meeting", "met")], "guest-visit")
    assert [r.origin for r in recs] == ["guest-visit", "guest-visit"]
    out = run("date 2025-03-12 Trade\n\nMinister Lam Quang Du met with Governor Tran Van Ba in Hanoi on March 11.")
    assert "origin" not in json.dumps(out)
