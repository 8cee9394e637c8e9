"""Title words and ranks: the English roles written in lowercase (`minister`, `chairman of`, `state senators`) and
the Vietnamese titles they stand for, the kinds of title a head of state holds, and the small marks between a
title and its body (a possessor's `'s`, a bracketed short form, `in the`).

Kept apart from the rules that read them, so that the lists can grow without touching those rules."""

from __future__ import annotations

import re

import ahocorasick

from core.vocabulary import TitleKind
from loaders.first_letters import compile_behind, compile_gated, every_case, first_characters
from loaders.letters import LOWER, UPPER

_MINISTER_FORMS = frozenset({"Minister", "Deputy Minister", "Vice Minister", "Secretary"})
"""English titles a ministry's fields may stand before (`Commerce Minister`)."""

_BRACKETED_ABBR = re.compile(r" \([A-Z][A-Za-z&.\-]{1,9}\)(?= [A-Z])")

_OWNER = re.compile(r"(?:[\w\-]+ ){0,3}?[\w\-]+(?:'s|’s|'|’) ")
"""A possessor before a body's name (`Victoria’s`, `the Vietnamese ministry’s`): whose the body after it is."""

_HEAD_OF_STATE_KINDS = frozenset({TitleKind.STATE, TitleKind.PARTY, TitleKind.GOVERNMENT})
# English roles written in lowercase before or after a name (the title gazetteer holds capitalised titles).
_ROLES_EN = (
    r"commissioner|minister|ambassador|governor|chairman|chairwoman|chair|president|vice-president|secretary"
    r"|director|director-general|CEO|chief executive officer|chief executive|envoy|counterpart|spokesperson"
    r"|spokesman|spokeswoman|mayor|senator|congressman|congresswoman|deputy|representative|head|rector|chairperson"
)
_ROLE_NOUN = compile_gated(rf"\b(?:{_ROLES_EN}|lawmaker|legislator|Rep\.|Sen\.|Gov\.)\s+(?=[{UPPER}][{LOWER}])")
_ROLE_NOUN_COMMA = compile_gated(rf"\b(?:{_ROLES_EN})(?=, [{UPPER}])")
_ROLE_WORD_LIST: tuple[str, ...] = (
    *_ROLES_EN.split("|"),
    *("lawmaker", "legislator", "member", "manager", "premier", "consul", "Rep.", "Sen.", "Gov."),
)
"""Whether `_ROLE_NOUN`, `_NAME_THEN_ROLE` or `_ROLE_OF_BODY_THEN_NAME` can match at all (each needs one of these
words, as written): one scan that a word boundary before it does not slow down, instead of three (most articles are
Vietnamese and have none). Found by an automaton (`has_role_word`); `_ROLE_WORD` is their alternation."""
_ROLE_WORD = re.compile("|".join(map(re.escape, _ROLE_WORD_LIST)))
_ROLE_WORDS = ahocorasick.Automaton()
for _word in _ROLE_WORD_LIST:
    _ROLE_WORDS.add_word(_word, _word)
_ROLE_WORDS.make_automaton()


def has_role_word(text: str) -> bool:
    """Whether `_ROLE_WORD` is found in `text`: the words found by one automaton's pass up to the first (a third of
    what a scan of their alternation costs, where most pages, Vietnamese, have none)."""
    return next(_ROLE_WORDS.iter(text), None) is not None


# The same roles in the plural before a list of names (`state senators Joe Nguyen and June Robinson`).
_PLURALS = (
    "commissioners|ministers|ambassadors|governors|chairmen|presidents|secretaries|directors|envoys|mayors|senators"
    "|congressmen|congresswomen|deputies|representatives|lawmakers|legislators|officials"
)
_PLURAL_ROLE = rf"(?:(?:deputy |vice )?prime |foreign |trade |vice )?(?:{_PLURALS})"
_PLURAL_FIRSTS = first_characters(re.compile(_PLURAL_ROLE, re.I))
assert _PLURAL_FIRSTS, "the plural roles open with letters a gate can name"
_ROLES_PLURAL = compile_behind(
    every_case(_PLURAL_FIRSTS), rf"\b(?i:{_PLURAL_ROLE})(?:\s+[–—-]|:)?\s+(?=[{UPPER}][{LOWER}])"
)
"""A plural role before the names it is given to, maybe set off by a dash or a colon (`six deputy ministers – X Y, Z
W and …`, `ministers: X Y and Z W`). Behind a look-ahead of every case of its first letters (`every_case`: the
role is case-insensitive inside a group of its own, which `compile_gated` reads no letters of): a position without
one fails at once."""
_PLURALS_IN_LOWER = [
    re.compile("|".join(w.replace("i", "[iİı]").replace("s", "[sſ]") for w in _PLURALS.split("|") if w[0] != "s")),
    re.compile(
        "[sſ](?:"
        + "|".join(w[1:].replace("i", "[iİı]").replace("s", "[sſ]") for w in _PLURALS.split("|") if w[0] == "s")
        + ")"
    ),
]
"""Whether `_ROLES_PLURAL` can match, asked of `ArticleDoc.lower` (6x cheaper than a case-insensitive scan; most
articles name no such plural). What `re.I` matches to `i` or `s` besides its cases, lowercasing keeps as it is.
(Two patterns, so that each starts with letters the scan can look for: the words in `s`, which `ſ` may begin, apart.)"""

_NAME_THEN_ROLE = compile_gated(
    rf"(?<![\w'’.])([{UPPER}][\w'’\-]+(?:(?: (?:[A-Z]\.)+)? [{UPPER}][\w'’\-]+){{1,3}}|(?:[A-Z]\. ?)+[{UPPER}][\w'’\-]+(?: [{UPPER}][\w'’\-]+){{0,2}})"
    rf",\s+(?:the\s+|a\s+)?(?:(?:{_ROLES_EN})\s+and\s+)?"
    rf"(?P<role>(?:vice[- ]|deputy\s+|former\s+|managing\s+|executive\s+)?(?:general[- ]secretary|secretary[- ]general|director[- ]general"
    rf"|general\s+manager|member|consul[- ]general|consul|premier|(?:prime|chief)\s+minister|{_ROLES_EN}))\b"
    rf"(?:(?:\s+(?:of|at|for)\b)(?:\s+the)?\s+|(?=,\s+[{LOWER}]))"
)
"""`X, chair of the Confederation …`, `X, premier of Alberta`, a name after its initials (`A. Sukhbat, chairman of …`,
`G. Veera Mohan, president of …`: Mongolian and south Indian names as English news writes them), and a role the appositive closes
before a lowercase word (`X, the consul general, said`, `, who`): a person's role, however its body is written."""
# The same lowercase role before its body and then the name set off by commas (`the chairman of X, Hong Sun, said`).
_BRACKETED_SHORT = re.compile(r" \([A-Z][A-Za-z&.\-]{1,12}\)")
_HELD_IN = re.compile(r" (?:in|at)(?: the)? (?P<adjective>(?:[A-Z][\w'’]* )?)")
"""Between a title and the body it is held in when news does not write `of` (`Deputy Director General at the
Spanish Ministry of …`, `Vice President at the Ohio Chamber of …`, `Director at Global Affairs Canada`): the body's
name, after a country's adjective the organisations stage left out of it, else from its first word."""
_ROLE_OF_BODY_THEN_NAME = compile_gated(
    r"(?<![\w'’])(?P<role>(?:vice[- ]|deputy\s+)?(?:chairman|chairwoman|chair|president|director[- ]general|director"
    r"|governor|ambassador|mayor|general[- ]secretary|secretary[- ]general|general\s+manager|head))\s+(?:of|at)\s+"
    r"(?:the\s+)?"
)
# The title a lowercase English role after a name stands for (`X, chairman of the HCM City People’s Council`).
_ROLE_TITLES = {
    "chairman": "Chairman",
    "chairwoman": "Chairman",
    "chair": "Chairman",
    "chairperson": "Chairman",
    "vice chairman": "Vice Chairman",
    "vice-chairman": "Vice Chairman",
    "deputy chairman": "Vice Chairman",  # (`X, deputy chairman of the province People’s Committee`)
    "deputy chairwoman": "Vice Chairman",
    "vice chairwoman": "Vice Chairman",
    "president": "Chairman",
    "vice-president": "Vice Chairman",
    "vice president": "Vice Chairman",
    "director": "Director",
    "deputy director": "Deputy Director",
    "vice governor": "Deputy Governor",
    "deputy governor": "Deputy Governor",
    "deputy mayor": "Vice Mayor",
    "vice mayor": "Vice Mayor",
    "minister": "Minister",
    "deputy minister": "Deputy Minister",
    "vice minister": "Deputy Minister",
    "vice-minister": "Deputy Minister",
    "ambassador": "Ambassador",
    "governor": "Governor",
    "general-secretary": "General Secretary",
    "general secretary": "General Secretary",
    "secretary-general": "General Secretary",
    "secretary general": "General Secretary",
    "mayor": "Mayor",
    "member": "Council Member",  # (`X, a member of the Y City Council`: his body's name says which)
    "rector": "Rector",  # (`X, rector of Can Tho University`)
    "head": "Director",  # (`X, head of the Y Office`: whatever the body, its head)
    "deputy head": "Deputy Director",
    "director general": "Director General",
    "director-general": "Director General",
    "deputy director general": "Deputy Director General",
    "deputy director-general": "Deputy Director General",
    "general manager": "General Manager",
    "premier": "State Premier",  # (`X, premier of Ontario`: a province's head; a country's is written `prime minister`)
    "chief minister": "Chief Minister",
    "prime minister": "Prime Minister",
    "consul general": "Consul General",
    "consul-general": "Consul General",
    "deputy general manager": "Deputy General Manager",
    "spokesman": "Spokesperson",  # (`X, the spokesman for the Foreign Affairs Ministry`: the body he speaks for)
    "spokeswoman": "Spokesperson",
    "spokesperson": "Spokesperson",
    "chief executive officer": "Chief Executive Officer",  # (`Petrovia's chief executive officer X`: its head)
    "chief executive": "Chief Executive",
    "ceo": "CEO",
    "managing director": "Managing Director",
    "executive director": "Executive Director",
}
_LOWERCASE_TITLE_THEN_OF = re.compile(
    "(?:" + "|".join(sorted((re.escape(r) for r in _ROLE_TITLES if r != "member"), key=len, reverse=True)) + ")(?= of )"
)
"""A second title in lowercase after `and` (`Secretary of the Party Committee and governor of X`): news capitalises
the first title of a run and often not the next. (Not `member`: `and member of …` is rather a membership.)"""

_POSSESSIVE = re.compile(r" ?['’]s ")
