"""National capitals named as places (`loaders.entities.capitals`): listed among the provinces with their country when
the text names that country, after a word that places them or as the place a story is filed from; never a capital
standing for its government, nor one whose country the page never names. Every text here is written for the test,
with names of our own, in the forms the real development set showed."""

from __future__ import annotations

from tests.extraction import run


def provinces(doc: dict) -> dict[str, dict]:
    return {e["id"]: e for e in doc["entities"] if e["label"] == "Province"}


def in_country(doc: dict, place: str) -> set[str]:
    return {r["to"] for r in doc["relations"] if r["type"] == "IN_COUNTRY" and r["from"] == place}


def test_a_capital_that_is_no_division_is_read_after_in_with_its_country_named() -> None:
    doc = run(
        "Vietnam and Morocco\n\nThe two ministers signed a memorandum of understanding in Rabat on Tuesday, "
        "as Vietnam and Morocco mark sixty years of ties."
    )
    [rabat] = [p for p in provinces(doc).values() if p["name"] == "Rabat"]
    assert rabat["id"] == "province:ma-city-rabat"
    assert in_country(doc, rabat["id"]) == {"country:ma"}


def test_a_capital_that_is_a_division_keeps_the_division_s_node() -> None:
    doc = run(
        "Hợp tác Việt Nam - Malaysia\n\nHai bên đã ký Bản ghi nhớ tại thủ đô Kuala Lumpur (Malaysia) ngày 14/11, mở ra giai "
        "đoạn hợp tác mới."
    )
    assert "province:my-14" in provinces(doc)


def test_a_wire_dateline_in_capitals_before_the_day_names_the_capital() -> None:
    doc = run(
        "Pakistan, Vietnam to finalise trade deal\n\nISLAMABAD, Jul 14 (APP): Pakistan and Vietnam agreed to "
        "finalise a preferential trade agreement this year."
    )
    assert "province:pk-is" in provinces(doc)


def test_a_capital_standing_for_its_government_is_no_place() -> None:
    doc = run(
        "New Zealand and Vietnam\n\nThe joint statement said Hanoi and Wellington will develop a plan of action, "
        "as New Zealand and Vietnam raise their ties."
    )
    assert not any(p["name"] == "Wellington" for p in provinces(doc).values())


def test_a_capital_whose_country_the_page_never_names_is_left_out() -> None:
    doc = run("Trade talks\n\nThe delegation held talks in Helsinki on Monday with several investors in clean energy.")
    assert not any(p["name"] == "Helsinki" for p in provinces(doc).values())


def test_a_capital_opening_a_longer_name_is_no_place() -> None:
    doc = run(
        "Vietnam and Jamaica\n\nShe studied in Kingston University before joining the trade office that Vietnam and "
        "Jamaica opened."
    )
    assert not any(p["name"] == "Kingston" for p in provinces(doc).values())


def test_an_english_edition_s_dateline_keeps_a_foreign_capital_and_drops_its_day_and_outlet() -> None:
    doc = run(
        "Ethiopia, Vietnam deepen trade\n\nAddis Ababa, December 12, 2025 — Ethiopia and Vietnam signed a memorandum "
        "of understanding on trade promotion on Thursday."
    )
    assert "province:et-aa" in provinces(doc)
    [mou] = [e for e in doc["entities"] if e["label"] == "Agreement"]
    signers = {r["to"] for r in doc["relations"] if r["type"] == "PARTY_TO" and r["from"] == mou["id"]}
    assert "province:et-aa" not in signers
    other = run("Australia trade\n\nMELBOURNE, March 3 — Vietnam and Australia agreed to expand trade.")
    assert not any("Melbourne" in p["name"] for p in provinces(other).values())


def test_a_capital_after_a_bare_tai_or_o_in_vietnamese_prose_is_a_place() -> None:
    doc = run(
        "Quan hệ Việt Nam - Phần Lan\n\nHai nước thiết lập quan hệ ngoại giao năm 1973, và Việt Nam mở Đại sứ quán "
        "tại Helsinki năm 2005. Các cuộc đối thoại đã diễn ra ở Helsinki và Hà Nội."
    )
    assert "province:fi-city-helsinki" in provinces(doc)
    assert in_country(doc, "province:fi-city-helsinki") == {"country:fi"}


def test_a_capital_after_a_bare_tai_and_before_its_country_is_left_out_as_the_sample_gold_reads_it() -> None:
    doc = run(
        "Hội nghị\n\nBộ trưởng đã tham dự Hội nghị Cấp cao ASEAN và các Hội nghị liên quan tại Vientiane, Lào, ngày "
        "6/10, cùng đoàn Việt Nam."
    )
    assert not any(p["name"] in ("Viêng Chăn", "Vientiane") for p in provinces(doc).values())
