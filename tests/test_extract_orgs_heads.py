"""Bodies named by a head word of their kind: in English a movement of states, a coalition, a military command, a
stock or commodity exchange; in Vietnamese a hospital, its kind in lowercase before its name. Every sentence here is written for the form, with names no article of the real development
set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import run


def names(doc: dict) -> set[str]:
    """Every name of the page's organisations."""
    return {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_a_movement_a_coalition_a_command_and_an_exchange_are_bodies() -> None:
    doc = run(
        "Ties\n\nBoth sides pledged to support each other at the Non-Aligned Movement. The minister visited the "
        "Kigali Stock Exchange and met officers of the United States Africa Command. The Green Cement Coalition said "
        "it would invest.",
        lang="en",
    )
    assert {
        "Non-Aligned Movement",
        "Kigali Stock Exchange",
        "United States Africa Command",
        "Green Cement Coalition",
    } <= names(doc)


def test_an_exchange_of_people_is_no_body() -> None:
    doc = run("Ties\n\nThe two sides agreed to expand the Youth Cultural Exchange next year.", lang="en")
    assert not any("Exchange" in n for n in names(doc))


def test_a_hospital_is_a_body_also_with_its_kind_before_its_name() -> None:
    doc = run(
        "Hợp tác y tế\n\nBệnh viện Hồng Phúc và Bệnh viện đa khoa Sao Mai đã ký biên bản ghi nhớ với Công ty "
        "Medtron Systems về xạ trị."
    )
    assert {"Bệnh viện Hồng Phúc", "Bệnh viện đa khoa Sao Mai"} <= names(doc)


def test_a_business_council_in_a_country_is_named_with_its_seat() -> None:
    doc = run(
        "Ties\n\nThe Finnish Business Council in Vietnam held its annual meeting with the embassy.",
        lang="en",
    )
    assert "Finnish Business Council in Vietnam" in names(doc)


def test_a_known_company_and_a_line_of_business_name_its_unit() -> None:
    doc = run(
        "Energy\n\nThe contract went to Petrovietnam Gas -- a member of the state group. Petrovietnam said the "
        "ASEAN Power Grid would follow.",
        lang="en",
    )
    found = names(doc)
    assert "Petrovietnam Gas" in found
    assert not [n for n in found if "Grid" in n]


def test_a_company_head_that_is_also_a_field_goes_on_a_ministry_after_and() -> None:
    doc = run(
        "Ties\n\nThe Ministry of Water, Housing and Utilities met the Ministry of Mines and Petroleum. Later the "
        "Ministry of Digital and Communication Technologies signed with Nordvik Petroleum.",
        lang="en",
    )
    assert {
        "Ministry of Water, Housing and Utilities",
        "Ministry of Mines and Petroleum",
        "Ministry of Digital and Communication Technologies",
        "Nordvik Petroleum",
    } <= names(doc)


def test_a_holder_s_name_after_the_body_s_head_ends_the_body_s_name() -> None:
    doc = run(
        "Ties\n\nThe talks were attended by Chairman of the Board of the Nordic Grain Commodity Exchange Henrik Dahl "
        "and Rector of the Baltic State University Jonas Petraitis.",
        lang="en",
    )
    found = names(doc)
    assert "Baltic State University" in found
    assert not any("Henrik" in n or "Jonas" in n for n in found)


def test_a_board_s_body_named_after_it_is_a_body_of_its_own() -> None:
    doc = run(
        "Ties\n\nThe talks were attended by Chairman of the Board of the Nordic Grain Commodity Exchange Henrik Dahl "
        "and a member of the Board of Directors of Kestrel Energy Group.",
        lang="en",
    )
    assert {"Nordic Grain Commodity Exchange", "Kestrel Energy Group"} <= names(doc)
