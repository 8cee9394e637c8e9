"""Ministries and governments of places: a country's government by its adjective (`the Dutch government`), a place's
body named in lowercase after it (`the Gyeonggi provincial government`), and the English heads of a province's
bodies keyed as the Vietnamese stage keys them (`People's Committee` -> `ubnd`, `Party Committee` -> `tinh-uy`, a
province's `Department of X` -> its `Sở`), with the English forms of each so that one node answers to them all.

Kept together because the same keys meet here: the Vietnamese stage's ids for a province's bodies."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS, DESCRIBED_PLACE, ministry_of_field
from loaders.entities.organizations_en.codes import _country
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry

_BARE_PROVINCIAL = re.compile(
    r"(?:[Pp]rovincial |[Mm]unicipal |[Cc]ity |province )?(?:Party Committee|People(?:['’]s|s['’]?) Committee|People(?:['’]s|s['’]?) Council)"
)
_DEMONYM_GOVERNMENT = compile_gated(
    r"(?<![\w'’])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r") [Gg]overnment(?![\w'’-])"
)
_GOVERNMENT_CUE = re.compile(" [Gg]overnment")
"""The word every match of `_DEMONYM_GOVERNMENT` holds: the lines without it are not read for its demonyms."""
_PLACE_GOVERNMENT = compile_gated(
    r"(?:(?:s(?<=\S .)tate|p(?<=\S .)(?:rovincial|refectural)|r(?<=\S .)(?:egional|egion)|c(?<=\S .)ity"
    r"|m(?<=\S .)unicipal|c(?<=\S .)ounty) "  # (state|provincial|…|county after `\S `, its look-behind after its letter)
    r"(?:government|administration|council|assembly)|g(?<=\S .)overnment)\b"
)
"""A place's body named in lowercase after it (`the Gyeonggi provincial government`, `the Busan city council`,
`the Osaka prefectural assembly`, `Emilia-Romagna region administration`), or its government by the place's name
alone (`the Alberta government`: a province or state, never a country, whose government is read by its demonym)."""
# English heads of the provincial bodies, keyed like the Vietnamese stage (`Chính quyền nhân dân` -> chinh-quyen).
_PROVINCIAL = (
    (
        re.compile(r"People(?:['’]s|s['’]?) (?:Government|Govt)", re.I),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền nhân dân",
    ),
    (
        re.compile(r"People(?:['’]s|s['’]?) Committee", re.I),
        "ubnd",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Ủy ban nhân dân",
    ),
    (
        re.compile(r"People(?:['’]s|s['’]?) Council", re.I),
        "hdnd",
        OrganizationKind.PEOPLE_COUNCIL,
        "Hội đồng nhân dân",
    ),
    (
        re.compile(
            r"(?:state|provincial|prefectural|regional|region|city|municipal|county) (?:government|administration)",
            re.I,
        ),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền",
    ),
    (  # `the government of X city`, `authorities of Y county`, `Government of Z Province`: the place's own
        re.compile(r"^(?:the )?(?:government|authorities|administration)$", re.I),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền",
    ),
    (re.compile(r"(?:City|Municipal) Party Committee", re.I), "thanh-uy", OrganizationKind.PARTY_COMMITTEE, "Thành ủy"),
    (re.compile(r"Party Committee", re.I), "tinh-uy", OrganizationKind.PARTY_COMMITTEE, "Tỉnh ủy"),
)
_AND_TITLE_OF = re.compile(
    r" and (?:(?P<lower>(?:vice |deputy )?(?:governor|mayor|chairman|chairwoman|president) )|(?:[A-Z][\w\-]+ ){1,3})"
    r"of (?:the )?"
)


def _province_of_next_title(doc: ArticleDoc, end: int) -> Span | None:
    """The province named by a title joined after a bare provincial body (`… Party Committee and Governor of the
    southwestern Lao province of Champasak`, `… and governor of Oudomxay`: news often writes the second title in
    lowercase), which both titles are of."""
    m = _AND_TITLE_OF.match(doc.text, end)
    if m is None or not (m.group("lower") or doc.title_at(m.start() + 5)):
        return None
    described = DESCRIBED_PLACE.match(doc.text, m.end())
    place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, m.end())
    return place if place is not None and place.label == Label.PROVINCE else None


_MUNICIPAL_KINDS = frozenset({"municipality", "city"})
_MUNICIPAL_WORD = re.compile(r"(?:the )?(?:[Mm]unicipal|[Cc]ity) ")


def _is_municipality(place: Span) -> bool:
    entry = place.data.get("entry")
    return entry is not None and entry.properties.get(Prop.KIND) in _MUNICIPAL_KINDS


def _home_of_bare_body(doc: ArticleDoc, name: str) -> Span | None:
    """The province a bare local body is of (`the provincial Party Committee`): the page's home province; but a body
    said to be a city's (`the municipal Party Committee`, `the City People's Committee`) is a centrally-run city's,
    so when the home province is none, the city the page names most (a city's outlet reporting a province's visit:
    `… of the municipal Party Committee Nguyen Van X … and Secretary of Y Provincial Party Committee`)."""
    home = doc.home_province
    if not _MUNICIPAL_WORD.match(name) or (home is not None and _is_municipality(home)):
        return home
    cities: dict[str, list[Span]] = {}
    for sp in doc.places:
        if sp.label == Label.PROVINCE and _country(sp) == "VN" and _is_municipality(sp):
            cities.setdefault(sp.id, []).append(sp)
    if not cities:
        return home
    return max(cities.values(), key=lambda spans: (len(spans), -spans[0].start))[0]


def _provincial_head(lex: Lexicon, base: str, place: Span, kind: str) -> tuple[str, str | None, str]:
    """The id key, Vietnamese head and kind of a body named with a province: `People's Government` ->
    (chinh-quyen, `Chính quyền nhân dân`); a province's `Department of X` -> `Sở` + the field of the country's
    ministry of X (`Department of Commerce` of a Chinese province -> `Sở Thương mại`, from `Bộ Thương mại Trung
    Quốc`). The head is None for other bodies, keyed by their English name."""
    if place.label != Label.PROVINCE:
        if re.fullmatch(r"(?:the )?Communist Party(?: of)?", base):  # one id with `Đảng Cộng sản Trung Quốc`
            return "dang-cong-san", "Đảng Cộng sản", OrganizationKind.PARTY
        return slug(base), None, kind
    for rx, key, provincial_kind, vi_head in _PROVINCIAL:
        if rx.search(base):
            if key == "tinh-uy" and place.data["entry"].properties.get(Prop.KIND) == "city":
                return "thanh-uy", "Thành ủy", provincial_kind  # `Hanoi Party Committee`: a city's, `Thành ủy Hà Nội`
            return key, vi_head, provincial_kind
    field = re.fullmatch(r"(?:Provincial |City |Municipal )?Department of (.+)", base)
    country = _country(place)
    ministry = ministry_of_field(lex, field.group(1), country) if field else None
    home = lex.gaz.country(country) if country else None
    if ministry is None or home is None or not ministry.name.startswith("Bộ "):
        return slug(base), None, kind
    vi_head = "Sở " + ministry.name.removeprefix("Bộ ").removesuffix(" " + home.name)
    return slug(vi_head), vi_head, OrganizationKind.DEPARTMENT


_ENGLISH_HEADS = {
    "ubnd": "People's Committee",
    "hdnd": "People's Council",
    "tinh-uy": "Party Committee",
    "thanh-uy": "Party Committee",
}


def _english_forms(key: str, place: Span) -> list[str]:
    """The English spellings of a province's body however the text named it (`provincial People's Committee` on a
    page about Khanh Hoa): `Khanh Hoa provincial People's Committee`, `People's Committee of Khanh Hoa province`,
    so that the body's one node answers to each of the ways English news writes it."""
    head = _ENGLISH_HEADS.get(key)
    entry: GazetteerEntry = place.data["entry"]
    plain = str(entry.properties.get("name_en") or entry.name)
    if head is None or place.label != Label.PROVINCE:
        return []
    kind = (
        "municipal"
        if key == "thanh-uy" or entry.properties.get(Prop.KIND) in ("municipality", "city")
        else "provincial"
    )
    word = "city" if kind == "municipal" else "province"
    return [f"{plain} {kind} {head}", f"{head} of {plain} {word}", f"{plain} {head}"]
