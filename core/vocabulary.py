"""The graph's vocabulary, spelled once: labels, relationship types, property names, agreement types and
statuses, event kinds, write outcomes.

Why one module on the ground floor: the extractor writes these names, the writer checks them, the API
filters by them, the Cypher files use them and the docs list them. Written in each place they drifted
(`Agreement` in six modules, the agreement types in three); here they are members of `StrEnum`s, so a
member *is* its string (`Label.PROVINCE == "Province"`, f-strings and the driver see the text) and a
misspelt member is an `AttributeError` at import, not a silent miss at query time.

`tests/test_vocabulary.py` checks that every label and relationship type named in a `.cypher` file is a
member here. The graph's shape (which label has which properties, what each relationship means) is
described in `graph/model.py`, which re-exports these names under their older spellings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Label(StrEnum):
    """Node labels. `Ministry` is an extra label on some `Organization` nodes. `Source` (a watched feed or
    sitemap) and `WriteLock` (the writer's per-article lock, never committed) are bookkeeping, not knowledge."""

    ARTICLE = "Article"
    OFFICIAL = "Official"
    ORGANIZATION = "Organization"
    MINISTRY = "Ministry"
    PROVINCE = "Province"
    COUNTRY = "Country"
    AGREEMENT = "Agreement"
    TOPIC = "Topic"
    EVENT = "Event"
    SOURCE = "Source"
    WRITE_LOCK = "WriteLock"


class RelType(StrEnum):
    """Relationship types: the facts between entities, the provenance of an entity, the watcher's listing."""

    HOLDS_POSITION = "HOLDS_POSITION"
    PART_OF = "PART_OF"
    BASED_IN = "BASED_IN"
    IN_COUNTRY = "IN_COUNTRY"
    SUCCEEDED_BY = "SUCCEEDED_BY"
    PARTY_TO = "PARTY_TO"
    ATTENDED = "ATTENDED"
    HELD_IN = "HELD_IN"
    SIGNED_AT = "SIGNED_AT"
    ABOUT = "ABOUT"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    MENTIONED_IN = "MENTIONED_IN"
    LISTED = "LISTED"


class AgreementType(StrEnum):
    """An Agreement's `type` property: what kind of document it is."""

    MOU = "mou"
    AGREEMENT = "agreement"
    ACTION_PLAN = "action_plan"
    FTA = "fta"
    PARTNERSHIP = "partnership"
    OTHER = "other"


class AgreementStatus(StrEnum):
    """An Agreement's `status` property: how far the article says it has come."""

    SIGNED = "signed"
    PLANNED = "planned"
    PROPOSED = "proposed"
    IN_FORCE = "in_force"
    UNDER_NEGOTIATION = "under_negotiation"
    UNKNOWN = "unknown"


class EventKind(StrEnum):
    """An Event's `kind` property: what the extractor read it as."""

    MEETING = "meeting"
    VISIT = "visit"
    SIGNING = "signing"
    CONFERENCE = "conference"


class OrganizationKind(StrEnum):
    """An Organization's `kind` property: the gazetteer's (`organizations.csv`) and those the extractor gives
    bodies it reads (a provincial government or people's council, a party committee, an embassy)."""

    GOVERNMENT = "government"
    GOVERNMENT_BODY = "government_body"
    MINISTRY = "ministry"
    DEPARTMENT = "department"
    PARTY = "party"
    COMPANY = "company"
    ASSOCIATION = "association"
    INTERNATIONAL_ORG = "international_org"
    PROVINCIAL_GOVERNMENT = "provincial_government"
    PEOPLE_COUNCIL = "people_council"
    PARTY_COMMITTEE = "party_committee"
    EMBASSY = "embassy"
    OTHER = "other"


class TitleKind(StrEnum):
    """The `kind` of an official's title in the gazetteer (`titles.csv`): which body the title belongs to."""

    PARTY = "party"
    STATE = "state"
    GOVERNMENT = "government"
    DIPLOMATIC = "diplomatic"
    MINISTRY = "ministry"
    DEPARTMENT = "department"
    PROVINCIAL = "provincial"
    CORPORATE = "corporate"
    INTERNATIONAL = "international"


class WriteOutcome(StrEnum):
    """What the writer did with one article (the load summary and `POST /articles` report it)."""

    NEW = "new"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    DUPLICATE = "duplicate"
    NO_FACTS = "no_facts"
    FAILED = "failed"


class Prop(StrEnum):
    """Property names that code reads or writes by name (an extraction's own properties pass through)."""

    ID = "id"
    NAME = "name"
    NAME_KEY = "name_key"
    ALIASES = "aliases"
    SEARCH_TEXT = "search_text"
    ARTICLE_COUNT = "article_count"
    FIRST_SEEN = "first_seen"
    LAST_SEEN = "last_seen"
    EVIDENCE = "evidence"
    EVIDENCE_ARTICLES = "evidence_articles"
    EVIDENCE_SPANS = "evidence_spans"
    EVIDENCE_CONFIDENCE = "evidence_confidence"
    CONFIDENCE = "confidence"
    SPANS = "spans"
    LOADED_AT = "loaded_at"
    FACTS = "facts"
    LOCK = "_lock"
    READ_NAME = "read_name"
    READ_ALIASES = "read_aliases"
    READ_PROPERTIES = "read_properties"
    TEXT = "text"
    HTML_GZ = "html_gz"
    TYPE = "type"
    STATUS = "status"
    KIND = "kind"
    DATE = "date"
    TITLE = "title"
    CAPTION = "caption"
    COUNTRY = "country"
    ISO2 = "iso2"
    ABBR = "abbr"


ENTITY_LABELS: Final[tuple[str, ...]] = (
    Label.OFFICIAL,
    Label.ORGANIZATION,
    Label.MINISTRY,
    Label.PROVINCE,
    Label.COUNTRY,
    Label.AGREEMENT,
    Label.TOPIC,
    Label.EVENT,
)
"""Labels of the entities the extractor reads."""
NODE_LABELS: Final[tuple[str, ...]] = (Label.ARTICLE, *ENTITY_LABELS)
"""Labels of knowledge (counted by /stats, drawn, searched); `Source` is not one."""
PRIMARY_LABELS: Final[tuple[str, ...]] = tuple(label for label in NODE_LABELS if label != Label.MINISTRY)
"""Labels that own an `id` uniqueness constraint (a Ministry is always an Organization too)."""

FACT_TYPES: Final[dict[str, str]] = {
    RelType.HOLDS_POSITION: "Official -> Organization|Country|Province: a role, `title` property",
    RelType.PART_OF: "Organization -> Organization: a department of a ministry, a body of a government",
    RelType.BASED_IN: "Organization -> Country|Province: where an organisation belongs",
    RelType.IN_COUNTRY: "Province -> Country",
    RelType.SUCCEEDED_BY: "Province -> Province: a Vietnamese province merged into its successor (2025)",
    RelType.PARTY_TO: "Organization|Province|Country -> Agreement",
    RelType.ATTENDED: "Official -> Event",
    RelType.HELD_IN: "Event -> Province|Country|Organization: the place of an event",
    RelType.SIGNED_AT: "Agreement -> Event: the event where an agreement was signed or handed over",
    RelType.ABOUT: "Event|Agreement|Article -> Topic: the topics discussed or covered",
    RelType.PARTICIPATED_IN: "Organization|Province|Country -> Event: a party present through its delegation",
}
"""Relationship types between entities (facts, each with its evidence), with `From -> To: meaning`."""
PROVENANCE_TYPE: Final = RelType.MENTIONED_IN
"""Entity -> Article: every entity points to the articles that name it."""
ALL_RELATIONSHIP_TYPES: Final[tuple[str, ...]] = (*FACT_TYPES, PROVENANCE_TYPE)
"""The relationship types of knowledge: the API's allow-list."""

WATCH_LABELS: Final[tuple[str, ...]] = (Label.SOURCE,)
"""The watcher's bookkeeping labels (`edkg watch`): never counted by /stats, drawn, searched or followed."""
WATCH_RELATIONSHIP_TYPES: Final[tuple[str, ...]] = (RelType.LISTED,)
"""Source -> Article: the source listed the article under `url` (with the entry's `lastmod`)."""

ID_PREFIXES: Final[dict[str, str]] = {
    Label.OFFICIAL: "person",
    Label.ORGANIZATION: "org",
    Label.MINISTRY: "org",
    Label.PROVINCE: "province",
    Label.COUNTRY: "country",
    Label.AGREEMENT: "agreement",
    Label.TOPIC: "topic",
    Label.EVENT: "event",
    Label.ARTICLE: "article",
}
"""The prefix of each label's ids (`org:moit`, `province:cn-gx`)."""

WRITER_PROPERTIES: Final = frozenset(
    {
        Prop.ID,
        Prop.NAME,
        Prop.NAME_KEY,
        Prop.ALIASES,
        Prop.SEARCH_TEXT,
        Prop.ARTICLE_COUNT,
        Prop.FIRST_SEEN,
        Prop.LAST_SEEN,
        Prop.EVIDENCE,
        Prop.EVIDENCE_ARTICLES,
        Prop.EVIDENCE_SPANS,
        Prop.EVIDENCE_CONFIDENCE,
        Prop.CONFIDENCE,
        Prop.LOADED_AT,
        Prop.FACTS,
        Prop.LOCK,
    }
)
"""Properties the writer owns; an extraction's property of the same name is dropped."""


def check_label(label: str) -> str:
    """Return `label` if it is a label of knowledge, else raise ValueError (never interpolate unknown text)."""
    if label not in NODE_LABELS:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_relationship_type(rel_type: str) -> str:
    """Return `rel_type` if it is a relationship type of knowledge, else raise ValueError."""
    if rel_type not in ALL_RELATIONSHIP_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type
