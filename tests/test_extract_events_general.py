"""Events as real news writes them, in forms rather than sentences: the kinds of meeting words, who takes part
(and who is only mentioned), and the day an event happened (from its sentence, the page's date, `on Thursday`,
`today`). Every text here is written for the test, with names of our own, in the forms the real development set
(`tests/data/real/`) showed; a rule passes only if it reads the form, not one article."""

from __future__ import annotations

from loaders.contract import to_document
from loaders.pipeline import Extractor


def run(text: str, **meta) -> dict:
    return to_document(Extractor().extract_text(text, **meta))


def events(doc: dict) -> list[dict]:
    return [e for e in doc["entities"] if e["label"] == "Event"]


def attendees(doc: dict, event: dict, rtype: str = "ATTENDED") -> set[str]:
    return {r["from"] for r in doc["relations"] if r["type"] == rtype and r["to"] == event["id"]}


def of_kind(doc: dict, kind: str) -> list[dict]:
    return [e for e in events(doc) if e["properties"]["kind"] == kind]


# --- dates ------------------------------------------------------------------------------------------------------


def test_a_dated_page_s_present_is_its_own_year_not_a_target_it_names() -> None:
    """A page dated 2016 that speaks of a target year (`should reach $3 billion in 2024`) still tells of 2016: `on
    Thursday` far from the event word dates the signing."""
    doc = run(
        "date 2016-03-11 Officials from Laos and Thailand signed three agreements during a ceremony in Vientiane "
        "attended by Prime Minister Somsak Vongkham and Prime Minister Arthit Chanrai, who arrived on Thursday.\n\n"
        "Arthit said trade between the two nations should reach $3 billion in 2024."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2016-03-10"
    assert attendees(doc, signing) == {"person:somsak-vongkham", "person:arthit-chanrai"}
