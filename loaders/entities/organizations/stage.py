"""The stage's entry point: `find_organizations` reads the names after each head word, the media, associations,
unions, fronts, committees in lowercase, the known bodies and listed companies, marks the foreign sides, then
writes the entities, the bodies inside names, the second country's ministries, the abbreviations and one node per
body; `body_of_title` reads the body a title names for the officials stage."""

from __future__ import annotations

from core.vocabulary import Label, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.abbreviations import abbreviation_mentions
from loaders.entities.organizations.bracketed import bodies_closed_by_short_forms
from loaders.entities.organizations.companies import (
    _companies_said_to_be,
    _described_companies,
    _foreign_brands_met,
    _foreign_formed_companies,
    _listed_companies,
)
from loaders.entities.organizations.entity import _second_country_ministries, add_org_entity
from loaders.entities.organizations.list_mates import list_mates
from loaders.entities.organizations.merge import one_node_per_body
from loaders.entities.organizations.ministries import _main_ministry, _mark_sides
from loaders.entities.organizations.ports import ports
from loaders.entities.organizations.read import _read_name
from loaders.entities.organizations.titled_short_forms import short_forms_after_titles
from loaders.entities.organizations.words import (
    _ASSOCIATION,
    _FRONT_AT,
    _FRONT_HEAD,
    _LOWER_COMMITTEE,
    _MASS_ORGANISATION,
    _MEDIA,
    _PARTY_SCHOOL,
    _QUANTIFIER,
    _UNION_OF_BODIES,
)
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry

_REGION_BEFORE = compile_gated(r"(?<!Việt )(?:Bắc|Trung|Nam) $")
"""A compass word right before `Bộ`: the name of one of the country's regions (`Bắc Bộ`, `Nam Trung Bộ`)."""


_NA_DELEGATION_BEFORE = compile_gated(r"(?<!\w)Đoàn [Đđ]ại biểu $")
"""`Đoàn đại biểu` right before `Quốc hội`: the National Assembly's deputies of one province, a body of its own."""


def _of_a_province(doc: ArticleDoc, lex: Lexicon, start: int, head: str) -> bool:
    """Whether the name read from this head ends with a province (`Quốc hội tỉnh X`, `Quốc hội TPHCM`), not a country
    (`Đoàn đại biểu Quốc hội Việt Nam`: the parliament's delegation abroad, the parliament the body named)."""
    span = _read_name(doc, lex, start, start + len(head), head)
    place = span.data.get("place") if span is not None else None
    return place is not None and place.label == Label.PROVINCE


def find_organizations(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    found: list[Span] = []
    covered_until = -1
    for m in lex.org_head_re.finditer(text):
        if m.start() < covered_until or _QUANTIFIER.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if m.group(0) == "Bộ" and _REGION_BEFORE.search(text, max(0, m.start() - 11), m.start()):
            continue  # `Bắc Trung Bộ Việt Nam`, `Đông Nam Bộ`: a region of the country, no ministry
        start, head, head_end = m.start(), m.group(0), m.end()
        if head == "Công ty" and text[max(0, start - 5) : start] == "Tổng " and start - 5 >= covered_until:
            start, head = start - 5, "Tổng công ty"  # `Tổng Công ty Becamex IDC`: the head written capitalised
        if head == "Đảng" and start >= 7 and text.startswith(_PARTY_SCHOOL, start - 7) and start - 7 >= covered_until:
            start, head = start - 7, _PARTY_SCHOOL  # `Trường Đảng Trung ương …`: the party's school, not the party
        delegation = _NA_DELEGATION_BEFORE.search(text, max(0, start - 14), start) if head == "Quốc hội" else None
        if delegation is not None and delegation.start() >= covered_until and _of_a_province(doc, lex, start, head):
            start = delegation.start()  # `Đoàn đại biểu Quốc hội tỉnh X`: a province's deputies, no parliament of X
        if head in ("Ủy ban", "Hội đồng") and text.startswith(" Nhân dân", head_end):
            head, head_end = f"{head} nhân dân", head_end + 9  # `Ủy ban Nhân dân thành phố Hà Nội`: the same body
        span = _read_name(doc, lex, start, head_end, head)
        if span is not None:
            found.append(span)
            covered_until = span.end
    for m in _MEDIA.finditer(text):  # `Báo Nhân Dân`, `Thông tấn xã Việt Nam`, `Đài Truyền hình Việt Nam`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end(1), m.group(1))
        if span is not None:
            found.append(span)
    for m in _ASSOCIATION.finditer(text):  # `Hội hữu nghị Việt Nam – Hàn Quốc tỉnh Đồng Nai`: an association's kind
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.start() + 3, "Hội")
        if span is not None:
            found.append(span)
    for m in _MASS_ORGANISATION.finditer(text):  # `Hội Nông dân tỉnh X`, `Đoàn Thanh niên … tỉnh Y`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end(), m.group(0))
        if span is not None and span.data["place"] is not None:  # (`Hội Nông dân xã`: a chapter no place names)
            found.append(span)
    for m in _UNION_OF_BODIES.finditer(text):  # `Liên hiệp các tổ chức hữu nghị tỉnh X`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end() - 1, "Liên hiệp")
        if span is not None:
            found.append(span)
    for m in _FRONT_AT.finditer(text):  # `Mặt trận Tổ quốc Việt Nam tỉnh An Giang`, `Mặt trận Lào xây dựng đất nước`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end(), _FRONT_HEAD)
        if span is not None:
            found.append(span)
    for m in _LOWER_COMMITTEE.finditer(text):  # `Phó Bí thư tỉnh ủy Sơn La`: the committee written in lowercase
        # (and with the province's cue: `Bí thư tỉnh ủy tỉnh X`, named `Tỉnh ủy X`)
        place = doc.span_at(doc.places, m.end())
        if (
            place is not None
            and place.label == Label.PROVINCE
            and not any(sp.start < place.end and m.start() < sp.end for sp in found)
        ):
            head = "Tỉnh ủy" if m.group(1) == "tỉnh" else "Thành ủy"
            name = f"{head} {text[m.end() : place.end]}"
            found.append(Span(m.start(), place.end, "", Label.ORGANIZATION, name, {"head": head, "place": place}))
    for known in doc.known_orgs:
        if not any(sp.start < known.end and known.start < sp.end for sp in found):
            found.append(
                Span(
                    known.start,
                    known.end,
                    known.id,
                    Label.ORGANIZATION,
                    known.text,
                    {"entry": known.data["entry"], "head": None},
                )
            )
    found.extend(ports(doc, lex, found))
    found.extend(_listed_companies(doc, lex, found))
    found.extend(_described_companies(doc, lex, found))
    found.extend(_companies_said_to_be(doc, lex, found))
    found.extend(_foreign_brands_met(doc, lex, found))
    found.extend(_foreign_formed_companies(doc, lex, found))
    found.extend(short_forms_after_titles(doc, lex, found, {"head": None}))
    found = bodies_closed_by_short_forms(doc, found)
    found.sort(key=lambda sp: sp.start)
    found.extend(list_mates(doc, lex, found, {"head": None}, "vi"))
    found.sort(key=lambda sp: sp.start)
    _mark_sides(doc, found)
    doc.orgs = found
    main_ministry = _main_ministry(found)
    doc.main_ministry = main_ministry.id if main_ministry else None
    for span in found:
        add_org_entity(doc, lex, span, main_ministry)
    for span in list(found):
        _inner_body(doc, lex, span, main_ministry)
    doc.orgs = sorted(doc.orgs + _second_country_ministries(doc, found), key=lambda sp: sp.start)
    doc.orgs = abbreviation_mentions(doc, doc.orgs)
    one_node_per_body(doc)


def body_of_title(doc: ArticleDoc, lex: Lexicon, head_start: int, head: str) -> Span | None:
    """`Phó Trưởng ban Quản lý Khu kinh tế tỉnh Lào Cai`: the body a title's last word heads (`ban` …), read from that
    word as a name with that head, when it ends with a place or is a name the gazetteer knows (`Trưởng ban Đối ngoại
    Trung ương`); a new Organization (or the known one), added to `doc.orgs`."""
    span = _read_name(doc, lex, head_start, head_start + len(head), head)
    if span is None or span.data.get("entry") is not None:
        return None
    span.text = head + span.text[len(head) :]
    if span.data.get("place") is None:  # `Trưởng ban Đối ngoại Trung ương X`: a body the gazetteer knows
        known = lex.find(span.text, Label.ORGANIZATION)
        if not known:
            return None
        span.data["entry"] = known[0]
    add_org_entity(doc, lex, span)
    doc.orgs.append(span)
    doc.orgs.sort(key=lambda sp: sp.start)
    return span


_INNER_HEAD = compile_gated(
    r"(?<=\s)(?:(?:Đảng|Bộ|Mặt trận)\s+(?=[A-ZĐÂĂÊÔƠƯ])|Chính quyền nhân dân\s|Chính quyền\s(?!nhân dân)|Đại sứ quán\s)"
)


def _inner_body(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """`Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`: the party (or ministry, or embassy: `Thương vụ Đại sứ quán
    Việt Nam tại X`) a body's name ends with is a body of its own, which the first is part of; both are read."""
    head = span.data.get("head") or ""  # (`Trường Đảng Trung ương Đảng …`: the party after the school's head)
    m = _INNER_HEAD.search(doc.text, span.start + max(1, len(head)), span.end)
    if m is None or not span.id:
        return
    inner = _read_name(doc, lex, m.start(), m.end() - 1, doc.text[m.start() : m.end()].strip())
    if inner is None or inner.end != span.end or len(inner.text.split()) < 3:
        return
    add_org_entity(doc, lex, inner, main_ministry)
    if inner.id and inner.id != span.id:
        doc.relate(RelType.PART_OF, span.id, inner.id, at=span.start)
