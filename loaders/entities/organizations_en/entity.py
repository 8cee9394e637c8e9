"""The Organization entity of a name read: a gazetteer entry's when the name (or the name without its place) is known,
else one keyed by its kind and place: a joint body, a company, an embassy, a country's government, a province's body
(`org:ubnd-vn-02`) or a body keyed by its English name, with the aliases it is written with.

The one decision of which id a body gets, over the modules that key each kind."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.organizations import add_org_entity
from loaders.entities.organizations_en.adjectival import _country_ministry
from loaders.entities.organizations_en.codes import _code, _country
from loaders.entities.organizations_en.emit import _emit
from loaders.entities.organizations_en.foreign import _add_embassy, _add_foreign_counterpart, _written_as_foreign
from loaders.entities.organizations_en.governments import (
    _BARE_PROVINCIAL,
    _DEMONYM_GOVERNMENT,
    _english_forms,
    _home_of_bare_body,
    _province_of_next_title,
    _provincial_head,
)
from loaders.entities.organizations_en.heads import _KIND_BY_HEAD, _LEGAL_FORMS, _STATE_BODIES
from loaders.entities.organizations_en.owners import _place_inside
from loaders.entities.places import add_place_entity
from loaders.gazetteer import GazetteerEntry


def _add_entity(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """The Organization entity of a span: a gazetteer entry's when the name (or the name without its place, when
    the place is the entry's country) is known, else one keyed by kind and place."""
    known: GazetteerEntry | None = span.data.get("entry")
    if known is not None:
        if not _written_as_foreign(doc, lex, span, known):
            add_org_entity(doc, lex, span, main_ministry)
        return
    place: Span | None = span.data.get("place")
    name = span.text
    entry = _known(lex, name) or (_known(lex, span.data["abbr"]) if span.data.get("abbr") else None)
    base = span.data.get("base") or (_without_place(doc.text, span, place) if place is not None else name)
    # (a body no span spells out, one of a plural's, `Ministries of F of A and B`, says its name without its place)
    if entry is None and place is not None:
        base_entry = _known(lex, base)
        if base_entry is not None and base_entry.properties.get(Prop.COUNTRY) == _country(place):
            entry = base_entry
        elif base_entry is not None:
            _add_foreign_counterpart(doc, span, base_entry, place)
            return
    if entry is None and _country_ministry(doc, lex, span, base, main_ministry):
        return  # `the Vietnamese Finance Ministry`, `India's External Affairs Ministry`: the country's ministry
    if entry is not None and _written_as_foreign(doc, lex, span, entry):
        return
    if entry is not None:
        span.data.update(entry=entry, place=None, head=None)
        add_org_entity(doc, lex, span, main_ministry)
        return
    head = span.data.get("head") or ""
    kind = _KIND_BY_HEAD.get(head, OrganizationKind.OTHER)
    aliases: list[str] = []
    if "joint" in span.data:  # two countries' committee: one id however much of its name a mention gives
        key, first, second = span.data["joint"]
        aliases.append(span.data["short"])
        _emit(doc, span, f"org:{key}-{first}-{second}", name, OrganizationKind.OTHER, None, None, aliases)
        return
    if "company_of" in span.data:  # a company named with no head word: its name, and the country said before it
        _emit(doc, span, f"org:{slug(name)}", name, kind, span.data["company_of"], None, aliases)
        return
    if kind == OrganizationKind.EMBASSY and place is not None and place.label == Label.COUNTRY:
        _add_embassy(doc, span, place, span.data.get("seat"))
        return
    if place is None and _BARE_PROVINCIAL.fullmatch(name.removeprefix("the ")):
        # `Secretary of the Party Committee and Governor of … Champasak`: the province the next title names; else
        # `the provincial Party Committee` on a page about one province: that province's
        place = _province_of_next_title(doc, span.end) or _home_of_bare_body(doc, name)
        base = name
    demonym = _DEMONYM_GOVERNMENT.fullmatch(name.removeprefix("the "))
    if demonym is not None:
        span.data["demonym"] = DEMONYMS[demonym.group(1)]
    country_entry = lex.gaz.country(span.data["demonym"]) if span.data.get("demonym") else None
    if country_entry is not None and country_entry.id.startswith("country:"):
        iso = country_entry.properties[Prop.ISO2]
        if iso == "VN":
            vn = lex.gaz.organizations.get("org:vn-government")
            if vn is not None:
                span.data.update(entry=vn, place=None, head=None)
                add_org_entity(doc, lex, span, main_ministry)
                return
        _emit(
            doc,
            span,
            f"org:government-{iso.lower()}",
            f"Chính phủ {country_entry.name}",
            OrganizationKind.GOVERNMENT,
            iso,
            None,
            [name, f"Government of {country_entry.properties.get('name_en') or country_entry.name}"],
        )
        add_place_entity(doc, country_entry, None)
        doc.relate(RelType.BASED_IN, span.id, country_entry.id, at=span.start)
        return
    if place is not None:
        if span.data.get("owned"):  # `Khanh Hoa's Vietnam Fatherland Front Committee`, as written
            aliases.append(doc.text[place.start : span.end])
        key, vi_head, kind = _provincial_head(lex, base, place, kind)
        org_id = f"org:{key}-{_code(place)}"
        inner = _place_inside(doc, span.start, place.start) if place.label == Label.COUNTRY else None
        if inner is not None and inner.label == Label.PROVINCE and _country(inner) == _country(place):
            aliases.append(base)  # `Northern Territory Legislative Council of Australia`: named by its province too
        elif (
            vi_head is None and place.label == Label.COUNTRY and kind not in _STATE_BODIES and name.endswith(place.text)
        ):
            aliases.append(base)  # `Mitsubishi Corporation of Japan` is also written without its country
            # (not a ministry or a government: `Ministry of Agriculture` alone is any country's)
        if vi_head is not None:  # named in Vietnamese, as the Vietnamese stage names it; the English as an alias
            aliases.append(name)
            aliases.extend(_english_forms(key, place))
            name = f"{vi_head} {place.data['entry'].name}"
    else:
        org_id = f"org:{slug(name.removeprefix('the '))}"
        if " of " in name and (unit := _UNIT_AFTER.match(doc.text, span.end)):
            aliases.append(f"{name} {unit.group(1)}")  # `People's Committee of X city`: the unit as written too
    bare = name.removesuffix(head).rstrip(" ,") if head in _LEGAL_FORMS else ""
    if bare and bare != name:
        aliases.append(bare)  # `X Utilities Pte Ltd` is also written without its legal form
    first, _, rest = name.partition(" ")
    if kind == OrganizationKind.COMPANY and first in DEMONYMS and len(rest.split()) >= 2:
        aliases.append(rest)  # `the Japanese X Y Co`: a company's country said before its name, which is also without
    _emit(doc, span, org_id, name, kind, _country(place) if place else None, place, aliases)


def _known(lex: Lexicon, name: str) -> GazetteerEntry | None:
    """The gazetteer entry of a name, also written head last (`Finance Ministry`, `Foreign Ministry`)."""
    name = name.removeprefix("the ")
    names = [name]
    head_last = re.fullmatch(r"(.+) (Ministry|Department)", name)
    if head_last:
        names += [
            f"{head_last.group(2)} of {head_last.group(1)}",
            f"{head_last.group(2)} of {head_last.group(1)} Affairs",
        ]
    for candidate in names:
        found = lex.find(candidate, Label.ORGANIZATION)
        if found:
            return found[0]
    return None


def _without_place(text: str, span: Span, place: Span) -> str:
    """The name without its place: `Department of Commerce` of `Department of Commerce of Yunnan Province`,
    `Provincial People's Committee` of `Lao Cai Provincial People's Committee`."""
    if place.start <= span.start:  # (`Thailand's Ministry of …`: without the possessive either)
        return re.sub(r"^(?:'s|’s|'|’)\s", "", text[place.end : span.end].strip()).strip()
    before = text[span.start : place.start]
    cut = len(before.rstrip())
    for of in reversed(list(_OF_AT.finditer(before))):
        if not _DESCRIPTION.fullmatch(before, of.end()):
            break
        cut = of.start()  # `… of the central province of`, `… of northern`: how the place is described, not the name
    return before[:cut].strip()


_UNIT_AFTER = re.compile(r" (city|district|town|county)(?![\w'’\-])")
"""A local unit's kind in lowercase after the name of a body named by it (`People's Committee of X city`), which no
gazetteer lists: the body's name reads up to the unit's name, the press writes the kind after it."""
_OF_AT = re.compile(r"\s(?:of|for)\s")
_DESCRIPTION = re.compile(
    rf"(?:the\s+)?(?:(?:[a-z][\w\-]*|{'|'.join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))})\s+)*"
    r"(?:(?:province|city|state|prefecture|region|municipality)\s+(?:of|for)\s+)?"
)
