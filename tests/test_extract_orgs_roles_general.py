"""Organisations as news really names them and officials with their roles, in the general forms of real news
(`the People's Committee of Y province`, `Y provincial People's Committee`, `X's Ministry of Y`, `Bộ trưởng Bộ X
Y`, `Chủ tịch UBND tỉnh Z Y`, a title then a name after a comma …). Every sentence here is written for the form,
with names no article of the real development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from loaders.contract import to_document
from loaders.pipeline import Extractor


def run(text: str, **meta) -> dict:
    return to_document(Extractor().extract_text(text, **meta))


def orgs(doc: dict) -> dict[str, dict]:
    """Organisations by id."""
    return {e["id"]: e for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def names_of(entity: dict) -> set[str]:
    return {entity["name"], *(entity.get("aliases") or [])}


def positions(doc: dict) -> set[tuple[str, str]]:
    """(person, body) of every HOLDS_POSITION."""
    return {(r["from"], r["to"]) for r in doc["relations"] if r["type"] == "HOLDS_POSITION"}


def held_by(doc: dict, person: str) -> set[str]:
    """The bodies (or places) a person holds a position at."""
    return {body for who, body in positions(doc) if who == person}


# --- English: names of bodies -----------------------------------------------------------------------------------


def test_a_provinces_body_named_with_its_province_before_provincial() -> None:
    doc = run(
        "Quang Ninh steps up trade with Guangxi\n\nChairman of the Quang Ninh provincial People's Committee Cao "
        "Tuong Huy received the delegation on Monday. The Quang Ninh provincial People's Committee will work with "
        "the partners."
    )
    committee = orgs(doc)["org:ubnd-vn-13"]
    assert "Quang Ninh provincial People's Committee" in names_of(committee)
    assert held_by(doc, "person:cao-tuong-huy") == {"org:ubnd-vn-13"}


def test_a_possessor_is_whose_body_not_part_of_its_name_and_one_and_per_name() -> None:
    doc = run(
        "Ministry signs with partners\n\nThe ministry signed memorandums with Laos’ Ministry of Energy and Mines "
        "and Thailand's Ministry of Digital Economy and Society on Monday. Deputy Secretary of Ontario’s Department "
        "of Trade, Jobs and Industry Maria Stenholm attended."
    )
    found = orgs(doc)
    assert found["org:ministry-of-energy-and-mines-la"]["name"] == "Ministry of Energy and Mines"
    assert found["org:ministry-of-digital-economy-and-society-th"]["name"] == "Ministry of Digital Economy and Society"
    department = next(e for e in found.values() if e["name"] == "Department of Trade, Jobs and Industry")
    assert held_by(doc, "person:maria-stenholm") == {department["id"]}
