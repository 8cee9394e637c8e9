"""Cooperation signed with partners a lead counts and then lists is one document with each, whatever words the count's
unit and its colon take."""

from __future__ import annotations

from tests.extraction import agreements, run


def test_cooperation_signed_and_carried_out_with_counted_provinces_is_one_document_with_each() -> None:
    doc = run(
        "Phó Chủ tịch UBND tỉnh Kiên Giang cho biết đến nay, tỉnh Kiên Giang đã ký kết và thực hiện hợp tác với 3 "
        "tỉnh, thành phố của Vương quốc Campuchia gồm: Kampot, Koh Kong và thủ đô Phnom Penh trên nhiều lĩnh vực."
    )
    documents = agreements(doc)
    assert len(documents) == 3
    assert {d["properties"]["type"] for d in documents} == {"agreement"}
