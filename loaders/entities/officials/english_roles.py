"""English roles written in lowercase around a name (`X, chairman of the HCM City People's Council`, `the chairman
of X, Hong Sun`, `Fresno mayor X`, `Vietnamese trade minister X`): the title gazetteer holds capitalised titles
only, so these are read by rules of their own and given the Vietnamese title they stand for."""

from __future__ import annotations

import re

from core.vocabulary import Label, Prop, TitleKind
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.bodies import _company_before
from loaders.entities.officials.record import Role
from loaders.entities.officials.words import _OWNER, _POSSESSIVE, _ROLE_TITLES
from loaders.entities.places import add_place_entity
from loaders.first_letters import compile_gated
from loaders.gazetteer import Title

_BODY_THEN_LOWER = compile_gated(r"(?: \([A-Z][A-Za-z&.\-]{1,12}\))?((?: [a-z][a-z\-]*){0,2}) $")
"""What stands between a body's name and a lowercase role: its bracketed short form, a word or two (`general`)."""
_OWNER_THEN_LOWER = re.compile(r"['’]s((?: [a-z][a-z\-]*){0,2}) $")
"""A body's possessive before a lowercase role (`Vietrade’s director X`): whose the role is, as a body right before it."""


def _role_after_name(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Vo Van Minh, chairman of the HCM City People’s Council`: the role a lowercase English title after a name
    gives, at the body named after it (none when no body the stages know is named there). A country's or a body's
    possessive before the body says whose it is (`X, deputy minister at Vietnam’s Ministry of …`, `the ministry’s
    Department of …`)."""
    org = doc.span_at(doc.orgs, m.end())
    owner = doc.span_at(doc.places, m.end()) if org is None else None
    possessive = _POSSESSIVE.match(doc.text, owner.end) if owner is not None and owner.start == m.end() else None
    if possessive is not None:
        org = doc.span_at(doc.orgs, possessive.end())
    owner_words = _OWNER.match(doc.text, m.end()) if org is None and owner is None else None
    if owner_words is not None:  # `X, director general of MOEA’s Bureau of …`: a possessor no stage read, as `of` has
        org = doc.span_at(doc.orgs, owner_words.end())
    whose = _POSSESSIVE.match(doc.text, org.end) if org is not None else None
    owned = doc.span_at(doc.orgs, whose.end()) if whose is not None else None
    if owned is not None:  # `X, deputy director general of the MoIT’s Department of Y`: the department, the ministry's
        org = owned
    form = _ROLE_TITLES.get(m.group("role").lower())
    title = lex.title(form) if form else None
    if org is None and title is not None and form in _HEADS_OF_PLACES:
        return _head_of_province(doc, lex, title, possessive.end() if possessive is not None else m.end())
    if org is None and title is not None and "Consul" in title.title_en and not doc.text[m.end() - 1].isspace():
        return [Role(title)]  # `X, the consul general, said`: the page's one consulate is his (`holding`)
    if org is None or title is None:
        return []
    role = Role(title, orgs=[org])
    kind = doc.entities[org.id].properties.get(Prop.KIND) if org.id in doc.entities else None
    if doc.article.lang == "en":
        role.title = officials_en.title_at_body(
            lex, title, kind, officials_en.body_key(org.id), doc.entities[org.id].name if org.id in doc.entities else ""
        )
    return [role]


def _named_again(doc: ArticleDoc, end: int) -> Span | None:
    """`Oil giant Acme Oil … Acme Oil's chief executive X`: a body a stage read once and the page names again, the
    second time as a possessor no stage read (the longest such name ending at `end`, whole words)."""
    found = None
    for org in doc.orgs:
        name = doc.text[org.start : org.end]
        start = end - len(name)
        if (
            org.id in doc.entities
            and " " in name
            and start > 0
            and not doc.text[start - 1].isalnum()
            and doc.text[start:end] == name
            and (found is None or len(name) > len(found.text))
        ):
            found = Span(start, end, org.id, org.label, name, org.data)
    return found


_HEADS_OF_PLACES = frozenset(
    {
        "Governor",
        "Deputy Governor",
        "Mayor",
        "Vice Mayor",
        "Chairman",
        "Vice Chairman",
        "State Premier",
        "Chief Minister",
    }
)
"""The lowercase roles that, written of a province or city, head it (`X, vice governor of China's Henan Province`)."""


def _head_of_province(doc: ArticleDoc, lex: Lexicon, title: Title, at: int) -> list[Role]:
    """`X, governor of Wakayama Prefecture`, `Y, vice governor of China’s Henan Province`: a lowercase head's title
    before a province (or a city the stages read as one) with no body of its own named is held in that place, with
    the title its country gives that head (a Chinese province's governor chairs its People's Government)."""
    place = doc.span_at(doc.places, at)
    if place is None or place.start != at or place.label != Label.PROVINCE:
        return []
    country = place.data["entry"].properties.get(Prop.COUNTRY) or ""
    return [Role(officials_en.title_at_body(lex, title, "province", str(country)), places=[place])]


def _role_after_body(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Vietnam News Agency (VNA) general director X`, `WSDA director X`: a lowercase role right after a body's name
    (or its bracketed short form) is held at that body, with the title its words name."""
    window = doc.text[max(0, m.start() - 80) : m.start()]
    before = _BODY_THEN_LOWER.search(window)
    if before is None:
        return []
    body_end = m.start() - len(window) + before.start()
    org = next((o for o in doc.orgs if o.end == body_end and o.id in doc.entities), None)
    if org is None and not before.group(1):
        org = officials_en.body_named_back(doc, m.start())  # `the institute's chairman X`: the institute named before
    words = [*before.group(1).split(), m.group(0).strip()]
    title = lex.title(" ".join(w.capitalize() for w in words)) or lex.title(_ROLE_TITLES.get(" ".join(words[-2:]), ""))
    title = title or lex.title(_ROLE_TITLES.get(words[-1].lower(), ""))
    owner = _OWNER_THEN_LOWER.search(window) if org is None and title is not None else None
    if owner is not None and owner.group(1) == before.group(1):  # `Vietrade’s director X`: the body before `’s`
        owner_end = m.start() - len(window) + owner.start()
        org = next((o for o in doc.orgs if o.end == owner_end and o.id in doc.entities), None)
        org = org or _named_again(doc, owner_end)
    if org is None and title is not None and title.kind == TitleKind.CORPORATE and before.group(0)[0] == " ":
        org = _company_before(doc, lex, body_end + 1)  # `Keppel deputy chairman X`: the company no stage named there
    if org is None or title is None:
        return []
    role = Role(title, orgs=[org])
    kind = doc.entities[org.id].properties.get(Prop.KIND)
    role.title = officials_en.title_at_body(lex, title, kind, officials_en.body_key(org.id), doc.entities[org.id].name)
    return [role]


_PLACE_HEADS = {"governor": "Thống đốc", "mayor": "Thị trưởng"}


def _head_of_place(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Kagoshima governor X`, `Busan mayor Y`: a lowercase governor or mayor right after a province's or city's name
    heads that place."""
    form = _PLACE_HEADS.get(m.group(0).strip())
    title = lex.title(form) if form else None
    place = next((p for p in doc.places if p.end == m.start() - 1 and p.label == Label.PROVINCE), None)
    if title is None or place is None or doc.text[place.end] != " ":
        return []
    return [Role(title, places=[place])]


_FIELD_MINISTER = re.compile(r"(?<![\w'’])([A-Z][\w'’]*) ((?:[a-z]+ ){1,4}?)(deputy |vice )?$")


def _minister_of_field(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Cambodian agriculture minister X`, `Vietnamese agriculture deputy minister Y`: a country's minister of a field,
    at the ministry of that country the article names with that field (`Ministry of Agriculture, Forestry and
    Fisheries`), when there is exactly one."""
    if m.group(0).strip() != "minister":
        return []
    before = _FIELD_MINISTER.search(doc.text, max(0, m.start() - 60), m.start())
    iso = officials_en.DEMONYMS.get(before.group(1)) if before else None
    if before is None or iso is None:
        return []
    fields = [w.capitalize() for w in before.group(2).split() if w != "and"]
    if not all(f in officials_en.field_words(lex) for f in fields):
        return []  # (`Cambodian prime minister X`: no field of government)
    ministries = {
        o.id
        for o in doc.orgs
        if (ent := doc.entities.get(o.id)) is not None
        and Label.MINISTRY in ent.labels
        and ent.properties.get(Prop.COUNTRY) == iso
        and any(all(f in name for f in fields) for name in (ent.name, *ent.aliases) if name.isascii())
    }
    title = lex.title("Deputy Minister" if before.group(3) else "Minister")
    country = lex.gaz.country(iso)
    if title is None or country is None:
        return []
    if len(ministries) != 1:  # (no such ministry named: a minister of that country)
        add_place_entity(doc, country, None)
        return [Role(title, places=[Span(0, 0, country.id, Label.COUNTRY, country.name, {"entry": country})])]
    org_id = ministries.pop()
    return [Role(title, orgs=[Span(0, 0, org_id, Label.ORGANIZATION, doc.entities[org_id].name)])]
