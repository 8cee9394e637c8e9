"""The small words and patterns every reading rule of the stage steps over: a capitalised word, the words that never
begin a name (`The`, `Under`, `Mr`), possessive endings, name particles (`de`, `von`), dashes, the word that ends
before a position and how many words a name runs over.

Kept at the bottom, apart from the rules that read them, so that the edges, the complements, the short forms and the
finders of bodies named in lowercase share one list of each."""

from __future__ import annotations

import re

from loaders.letters import UPPER

_CAP = re.compile(rf"(?:[A-Z]\.){{2,}}|[{UPPER}][\w'’&\-]*")
_NOT_IN_NAME = frozenset(
    [
        "The",
        "THE",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Both",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Also",
        "Under",
        "At",
        "In",
        "On",
        "By",
        "For",
        "With",
        "From",
        "To",
        "Of",
        "And",
        "As",
        "After",
        "Following",
        "During",
        "Before",
        "While",
        "When",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
_LAST_WORD = re.compile(r"(\S+)$")
_MAX_WORDS = 10
_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "di", "del", "della", "von", "van", "der", "den"})
_DASH = frozenset({"-", "–", "—"})
_POSSESSIVE_IN_NAMES = frozenset(
    {
        "People's",
        "People’s",
        "Peoples'",
        "Peoples’",
        "Women's",
        "Women’s",
        "Children's",
        "Children’s",
        "Workers'",
        "Workers’",
        "Parliamentarians'",  # `the X-Y Friendship Parliamentarians' Group`: a group of members of parliament
        "Parliamentarians’",
        "Veterans'",
        "Veterans’",
        "Farmers'",
        "Farmers’",
    }
)
"""Possessives that are words of a name (`People's Committee`, `Women's Union`), not a possessor before it."""
