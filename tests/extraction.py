"""Reading an extraction in tests: run the pipeline on a text and pick out what a rule is about.

Why a module of its own: the relation, event and organisation tests ask the same questions of a document (its
agreements and their parties, its events and who attended, who holds a position where); one spelling of each keeps
the tests comparable and their failures alike.
"""

from __future__ import annotations

from loaders.contract import to_document
from loaders.pipeline import Extractor


def run(text: str, **meta) -> dict:
    """The extraction of one text, as the JSON contract writes it."""
    return to_document(Extractor().extract_text(text, **meta))


def run_rules(text: str, **meta) -> dict:
    """`run` with the event scorer off: the events as the rules make them, before the learned last word drops the
    ones it finds more likely wrong than right."""
    return to_document(Extractor(event_scorer=lambda doc: None).extract_text(text, **meta))


def agreements(doc: dict) -> list[dict]:
    return [e for e in doc["entities"] if e["label"] == "Agreement"]


def parties(doc: dict, agreement: dict) -> set[str]:
    return {r["from"] for r in doc["relations"] if r["type"] == "PARTY_TO" and r["to"] == agreement["id"]}


def only_agreement(doc: dict) -> dict:
    found = agreements(doc)
    assert len(found) == 1, [a["name"] for a in found]
    return found[0]


def events(doc: dict) -> list[dict]:
    return [e for e in doc["entities"] if e["label"] == "Event"]


def of_kind(doc: dict, kind: str) -> list[dict]:
    return [e for e in events(doc) if e["properties"]["kind"] == kind]


def attendees(doc: dict, event: dict, rtype: str = "ATTENDED") -> set[str]:
    """Who takes part in an event by the graph's type: people `ATTENDED`, bodies `PARTICIPATED_IN` (the contract
    writes both `ATTENDED` and keeps the graph's type in `graph_type`)."""
    return {source for source, target in rels(doc, rtype) if target == event["id"]}


def rels(doc: dict, rtype: str) -> set[tuple[str, str]]:
    """(from, to) of every relation of the graph's type `rtype` (see `attendees` for why the graph's type)."""
    return {(r["from"], r["to"]) for r in doc["relations"] if r.get("graph_type", r["type"]) == rtype}


def positions(doc: dict) -> set[tuple[str, str]]:
    """(person, body) of every HOLDS_POSITION."""
    return {(r["from"], r["to"]) for r in doc["relations"] if r["type"] == "HOLDS_POSITION"}


def held_by(doc: dict, person: str) -> set[str]:
    """The bodies (or places) a person holds a position at."""
    return {body for who, body in positions(doc) if who == person}
