"""The graph's vocabulary: node labels, relationship types and id prefixes.

This is the allow-list the writers and the API check every label and
relationship type against: no label or type ever comes from article text or a
request without passing through here.
"""
from __future__ import annotations

from typing import Final

# Node labels. `Ministry` is an extra label on some `Organization` nodes.
ARTICLE: Final = "Article"
OFFICIAL: Final = "Official"
ORGANIZATION: Final = "Organization"
MINISTRY: Final = "Ministry"
PROVINCE: Final = "Province"
COUNTRY: Final = "Country"
AGREEMENT: Final = "Agreement"
TOPIC: Final = "Topic"
EVENT: Final = "Event"

ENTITY_LABELS: Final = (OFFICIAL, ORGANIZATION, MINISTRY, PROVINCE, COUNTRY, AGREEMENT, TOPIC, EVENT)
NODE_LABELS: Final = (ARTICLE, *ENTITY_LABELS)
PRIMARY_LABELS: Final = tuple(label for label in NODE_LABELS if label != MINISTRY)
"""Labels that own an `id` uniqueness constraint (a Ministry is always an Organization too)."""

# Relationship types between entities (facts), each with its evidence.
RELATIONSHIP_TYPES: Final = {
    "HOLDS_POSITION": "Official -> Organization|Country|Province: a role, `title` property",
    "PART_OF": "Organization -> Organization: a department of a ministry, a body of a government",
    "BASED_IN": "Organization -> Country|Province: where an organisation belongs",
    "IN_COUNTRY": "Province -> Country",
    "SUCCEEDED_BY": "Province -> Province: a Vietnamese province merged into its successor (2025)",
    "PARTY_TO": "Organization|Province|Country -> Agreement",
    "ATTENDED": "Official -> Event",
    "HELD_IN": "Event -> Province|Country|Organization: the place of an event",
    "SIGNED_AT": "Agreement -> Event: the event where an agreement was signed or handed over",
    "ABOUT": "Event|Agreement|Article -> Topic: the topics discussed or covered",
    "PARTICIPATED_IN": "Organization|Province|Country -> Event: a party present through its delegation",
}
PROVENANCE_TYPE: Final = "MENTIONED_IN"
"""Entity -> Article: every entity points to the articles that name it."""

ALL_RELATIONSHIP_TYPES: Final = (*RELATIONSHIP_TYPES, PROVENANCE_TYPE)

ID_PREFIXES: Final = {
    OFFICIAL: "person",
    ORGANIZATION: "org",
    MINISTRY: "org",
    PROVINCE: "province",
    COUNTRY: "country",
    AGREEMENT: "agreement",
    TOPIC: "topic",
    EVENT: "event",
    ARTICLE: "article",
}


def check_label(label: str) -> str:
    """Return `label` if it is one of ours, else raise ValueError (never interpolate unknown text)."""
    if label not in NODE_LABELS:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_relationship_type(rel_type: str) -> str:
    """Return `rel_type` if it is one of ours, else raise ValueError."""
    if rel_type not in ALL_RELATIONSHIP_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type
