"""Merging later references: a bare mention into the titled one it shortens, a mention into the same document
read earlier (its sides, years and subjects compatible), a reference ahead into the body's document, and twinning
ties into the document that made them."""

from __future__ import annotations

import re

from core.text import fold
from core.vocabulary import AgreementType, Label, OrganizationKind, Prop
from loaders.entities import agreement_parties
from loaders.entities.agreements.heads import _heads
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.sides import _most_specific, _sides_as_places, _with_countries
from loaders.entities.agreements.words import _FRIENDSHIP_HEAD, _GENERIC_WORDS, _GIUA, _JOINED_HEAD, _RANK, _TWINNING
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated


def _ties_of_their_document(documents: list[Mention]) -> list[Mention]:
    """`Kết nghĩa giữa 2 thành phố A và B` over `Lễ ký Hiệp ước kết nghĩa giữa A và B …`: two localities' twinning
    (or friendship ties set up) whose sides are those of a document about those ties is what that document made,
    told as the news; the document is the one thing signed, not a framework beside it."""
    ties = [m for m in documents if m.type == AgreementType.PARTNERSHIP and _names_ties(m.title)]
    return [
        m
        for m in documents
        if m not in ties
        or not any(
            d.type != AgreementType.PARTNERSHIP and _names_ties(d.title) and set(d.parties) == set(m.parties)
            for d in documents
        )
    ]


def _names_ties(title: str) -> bool:
    """A title that names two localities' lasting ties: a twinning (`Hiệp ước kết nghĩa …`) or friendship ties."""
    lower = title.lower()
    return any(p in lower for p in _TWINNING) or _FRIENDSHIP_HEAD.search(lower) is not None


def _compatible(a: set[str], b: set[str]) -> bool:
    """Two mentions' parties (with their countries) that can be one document's: one side's within the other's
    (`Ý định thư giữa Bộ NN-PTNT và Bộ Ngoại giao Gabon` is not the letter MARD signed with the Francophonie)."""
    return bool(a & b) and (a <= b or b <= a)


_TOLD_SUBJECT = re.compile(r"\s(?:về|on|regarding|concerning)\s")  # (`Hiệp định giữa A và B về dự án …`: not bare)

_TRADE_DEAL = compile_gated(
    r"\btrade\s+(?:agreement|deal|pact)\b|\bhiệp định thương mại\b(?!\s+biên giới)"
    r"|^(?:agreement|deal|pact)\b.{0,60}\bto\s+(?:expand|boost|promote|increase|liberali[sz]e|facilitate)\s+"
    r"(?:(?:bilateral|two-way|their)\s+)?trade\b",
    re.I,
)


def _trade_deal_of_a_bloc(doc: ArticleDoc, m: Mention) -> bool:
    """`a trade deal with the Mercosur bloc`, `a trade agreement with the European Union`, `an agreement between
    Vietnam and Mercosur to expand trade relations`: a trade agreement one of whose sides is an international body
    (a customs union, a common market) is a free trade agreement."""
    return bool(_TRADE_DEAL.search(m.title)) and any(
        (ent := doc.entities.get(p)) is not None
        and ent.label == Label.ORGANIZATION
        and ent.properties.get(Prop.KIND) == OrganizationKind.INTERNATIONAL_ORG
        for p in m.parties
    )


def _same_document_of(doc: ArticleDoc, out: list[Mention], m: Mention) -> Mention | None:
    """The document read so far that `m` names again, one of exactly its parties first (`the UK and Vietnam signed
    a free-trade agreement` is the UK-Vietnam one, not the EU's agreement a wider mention also gave Britain)."""
    same = [o for o in out if o.type == m.type and _same_document(doc, o, m)]
    return next((o for o in same if set(o.parties) == set(m.parties)), same[0] if same else None)


def _merge(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one document become one agreement: the same type, and either the same title and parties, a
    bare mention whose title begins the other's, or a shorter title whose content words all recur in the longer
    one (`agreement for 2023-2024` in `agreement to promote bilateral trade for 2023-2024`) with parties that do
    not contradict (the same bodies, or their countries)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-len(m.parties), -len(m.key))):
        target = next(
            (
                o
                for o in out
                if o.type == m.type
                and (
                    (not m.parties and o.key.startswith(m.key)) or (o.key == m.key and set(o.parties) == set(m.parties))
                )
            ),
            None,
        ) or _same_document_of(doc, out, m)
        if target is None and m.parties and not _content(m.key) and not _TOLD_SUBJECT.search(m.title):
            # `Hanoi and Moscow signed a new memorandum of understanding …`: a bare title with the parties of the
            # only other document of its type is that document, named in fewer words
            own = _sides_as_places(doc, m.parties)
            others = (
                []
                if any(_coordinated(doc, o, m) for o in mentions if o is not m)
                else [o for o in mentions if o is not m and o.type == m.type]
            )  # (`the Agreement and the Protocol between …`: a head coordinated with another names a document)
            same = [o for o in others if set(o.parties) == set(m.parties)] or [
                o
                for o in others
                if _compatible(own, places := _sides_as_places(doc, o.parties))
                or _compatible(own - set(m.parties), places)
            ]  # (else the same sides, one mention reading the bodies, the other their places: `UBND tỉnh X`, `X`; or
            # the bare one's body stands for its place: `Tỉnh ủy X` named as the signer of `thỏa thuận giai đoạn mới`)
            if len({o.key for o in same}) == 1:  # one document named alike several times: the one they merged into
                same = [o for o in same if o in out]
            elif len(titled := [o for o in same if _content(o.key)]) == 1:
                same = titled  # (another bare mention, `ký biên bản hợp tác với X` in a caption, is that one's too)
            target = same[0] if len(same) == 1 and same[0] in out else None
        if target is None and doc.article.lang != "en" and _told_by_subject(m):
            # `Các văn kiện hợp tác bao gồm Bản ghi nhớ về …; lập Nhóm công tác nghiên cứu …`, then `Bản ghi nhớ về
            # việc thành lập Nhóm công tác nghiên cứu …`: an item told by its subject alone is the document of any
            # kind whose title holds its words
            target = next((o for o in out if o.type != m.type and _same_document(doc, o, m)), None)
        if target is None and m.type in (AgreementType.PARTNERSHIP, AgreementType.FTA) and len(m.parties) >= 2:
            # two countries have one partnership, however its mentions name it (`quan hệ Đối tác chiến lược toàn
            # diện Việt Nam - Mỹ`, `khuôn khổ Đối tác chiến lược toàn diện (2023 - 2025)`), and a free trade
            # agreement named only as one (`signed a free trade agreement`, `an FTA`) is the one of the same sides
            # the page names (`the Vietnam-Israel Free Trade Agreement (VIFTA)`); two named ones (`CPTPP`, `RCEP`)
            # stay two
            target = next(
                (
                    o
                    for o in out
                    if o.type == m.type
                    and set(o.parties) == set(m.parties)
                    and (m.type == AgreementType.PARTNERSHIP or _generic_fta(o.key) or _generic_fta(m.key))
                    and not _other_subjects(o.title, m.title)
                ),
                None,
            )
        if target is None and m.type == AgreementType.FTA and not _generic_fta(m.key):
            # `the CPTPP` told in one meeting with Japan and in another with Chile: a trade agreement's own name
            # names one document, whichever members each sentence names (its sides, all of them)
            target = next((o for o in out if o.type == m.type and o.key == m.key), None)
        if target is None or _one_more(m, target) or _one_more(target, m):
            out.append(m)
            continue
        _merge_into(doc, target, m)
    return sorted(_bare_into_titled(doc, out), key=lambda m: m.start)


def _one_more(later: Mention, earlier: Mention) -> bool:
    """`signed a MoU between A and B …, and another MoU between C and D`, `in addition to the above-said MoU, X
    signed another MoU with Y`: a document told as one more is none read before it, whatever their sides."""
    return later.another and earlier.start < later.start


def _told_by_subject(m: Mention) -> bool:
    """A mention whose title names no kind of document (a list's item: `lập Nhóm công tác …`), in words enough to
    tell it (three of its own)."""
    heads = _heads(m.title, m.title.lower())
    return not (heads and heads[0][0] == 0) and len(_content(m.key)) >= 3


_AHEAD_REACH = 2  # sentences: how far after a caption's `the MoU` the body may tell the document


def _referred_ahead(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """`Representatives of A and B signing the memorandum of understanding.` (a photo's caption above the body),
    then `X and Y signed a memorandum of understanding …`: a reference back read before any document of its kind is
    the one of that kind the next sentences tell, if they tell one."""
    out = list(mentions)
    for m in mentions:
        if not m.ahead:
            continue
        at = doc.sentence_index(m.start)
        nxt = next((o for o in out if o.start > m.end and o.type == m.type), None)
        if nxt is not None and doc.sentence_index(nxt.start) - at <= _AHEAD_REACH:
            out.remove(m)
            _merge_into(doc, nxt, m)
    return out


def _coordinated(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    """Two documents named side by side (`the Agreement and the Protocol between …`): two, never one."""
    first, second = sorted((a, b), key=lambda m: m.start)
    return first.end <= second.start and bool(_JOINED_HEAD.fullmatch(" " + doc.text[first.end : second.start]))


def _merge_into(doc: ArticleDoc, target: Mention, m: Mention) -> None:
    """What a mention of a document adds to the document it is merged into: its parties, a status read rather than
    defaulted or a further one, its date, its event; the document is listed by its first mention."""
    target.merged.append(m)
    if target.type == AgreementType.FTA and _generic_fta(target.key) and not _generic_fta(m.key):
        target.title, target.key = m.title, m.key  # (a free trade agreement is named by its own name)
    target.parties = _most_specific(doc, [*target.parties, *(p for p in m.parties if p not in target.parties)])
    if target.status_default and not m.status_default:
        target.status, target.status_default = m.status, False
    target.start = min(target.start, m.start)  # agreements are listed by their first mention
    if _RANK[m.status] > _RANK[target.status]:
        target.status = m.status
        if m.date:
            target.date, target.precision = m.date, m.precision
    if not target.date and m.date:
        target.date, target.precision = m.date, m.precision
    target.event = target.event or m.event


def _bare_into_titled(doc: ArticleDoc, documents: list[Mention]) -> list[Mention]:
    """`A and B signed a memorandum of understanding this week` below the headline `A, B sign MoU to foster …` and
    a caption's `sign an MoU`: documents named only by their kind (no word of their own) whose sides are those of
    the one document of that kind the page names by its subject are that document (never when two such documents
    could be it, nor across two years)."""
    out = list(documents)
    for m in documents:
        if not m.parties or _content(m.key) or _GIUA.search(m.title):
            continue  # (`Bản ghi nhớ về hợp tác giữa A và B`: a document named by its sides is one of its own)
        if m.title[:1].isupper() and not re.search(r"(?i)\bmo[uac]s?\W*$", m.title):
            continue  # (`the Agreement and the Protocol between …`: a kind in capitals is a named document)
        own = _sides_as_places(doc, m.parties)
        titled = [
            o
            for o in out
            if o is not m
            and o.type == m.type
            and _content(o.key)
            and o.parties
            and _compatible(own, _sides_as_places(doc, o.parties))
            and not _other_years(doc, o, m)
        ]
        if len(titled) == 1 and m in out:
            out.remove(m)
            _merge_into(doc, titled[0], m)
    return out


_FTA_WORDS = frozenset(["free", "trade", "fta", "ftas", "thuong", "mai", "tu", "do"])


_PARTNERSHIP_SUBJECT = re.compile(
    r"(?:partnership(?:\s+agreement)?|đối tác[^,;]*?)\s+(?:on|in|for|về|trong lĩnh vực)\s+(.+)$", re.I
)


def _other_subjects(a: str, b: str) -> bool:
    """Two partnerships each named with a subject, the subjects sharing no word of substance (`a Strategic
    Partnership on climate change adaptation and water management`, `a Strategic Partnership on sustainable
    development and food security`): two frameworks of the same sides, not one named twice."""
    sa, sb = _PARTNERSHIP_SUBJECT.search(a), _PARTNERSHIP_SUBJECT.search(b)
    if sa is None or sb is None:
        return False
    words_a, words_b = _content(fold(sa.group(1).lower())), _content(fold(sb.group(1).lower()))
    return bool(words_a) and bool(words_b) and not words_a & words_b


def _generic_fta(key: str) -> bool:
    """A free trade agreement's key with no word of its own (`free trade agreement`, `FTA`, `hiệp định thương mại
    tự do`)."""
    return not _content(key) - _FTA_WORDS


def _content(key: str) -> set[str]:
    return {w for w in key.split() if w not in _GENERIC_WORDS and len(w) > 1}


def _spans(m: Mention) -> list[tuple[int, int]]:
    """The titles a document's mentions stand at (not the reach from its first to its last)."""
    return [m.span, *(x.span for x in m.merged)]


def _same_document(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    if any(x <= y < z for (x, z) in _spans(a) for (y, _) in _spans(b)) or any(
        x <= y < z for (x, z) in _spans(b) for (y, _) in _spans(a)
    ):
        return False  # `Danh mục … triển khai Kế hoạch hành động …`: a document named inside another's title
    short, long_ = sorted((_content(a.key), _content(b.key)), key=len)
    if not short or not short <= long_:
        return False
    if _other_years(doc, a, b):
        return False
    if not a.parties or not b.parties:
        return True
    pa, pb = _with_countries(doc, a.parties), _with_countries(doc, b.parties)
    return pa <= pb or pb <= pa  # the same sides, one read as bodies, the other as their countries


def _other_years(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    """`in 2016, the two localities also signed a MoU on human resources` on a page of 2017 about another MoU:
    mentions of two years (an undated one is the page's) are two documents."""
    page_year = str(doc.article.date or "")[:4]
    years = {str(m.date)[:4] if m.date else page_year for m in (a, b)}
    return a.date != b.date and len(years) == 2 and "" not in years


_OF_TWO_STATES = frozenset([AgreementType.FTA, AgreementType.PARTNERSHIP])


def _country_read_for_its_body(doc: ArticleDoc, documents: list[Mention]) -> list[Mention]:
    """One signing read twice, once with a body and once with that body's country (`Biên bản ghi nhớ … giữa EVN và
    Công ty Điện lực Quốc gia Lào`, then `biên bản ghi nhớ` whose other side reads as `Lào`; `a pact with the
    Vietnamese locality` beside the province's `friendly cooperation agreement`): a document of the same kind that
    shares a party with another and whose other parties are only the countries of that one's other parties is that
    document, its sides named by their country. A country beside its own body on one side of one signing is not a
    second party, nor a second agreement. Free trade agreements and partnerships are states' own, so a country
    there is a side of its own (`the Viet Nam - Japan partnership` is not the Hanoi - Japan one)."""
    out = list(documents)
    for m in documents:
        if m.type in _OF_TWO_STATES or m not in out:
            continue
        own = set(m.parties)
        targets = []
        for o in out:
            if o is m or o.type != m.type or _other_years(doc, o, m):
                continue
            theirs = set(o.parties)
            rest = own - theirs
            if not own & theirs or not rest or not all(p.startswith("country:") for p in rest):
                continue
            bodies = {agreement_parties.body_country(doc, p) for p in theirs - own} - {None}
            if all(agreement_parties.body_country(doc, c) in bodies for c in rest) and _may_be_one(m, o):
                targets.append(o)
        if targets:
            target = min(targets, key=lambda o: abs(o.start - m.start))
            out.remove(m)
            _merge_into(doc, target, m)
            target.parties = _most_specific(doc, target.parties)
    return out


def _may_be_one(a: Mention, b: Mention) -> bool:
    """`a`'s title may name `b`'s document: it names no year or period `b`'s does not (`Cooperation in 2021-2025` is
    not the plan for 2021-2030), and either half its words at least are `b`'s, or it is a reference in lower case
    (`a pact with the Vietnamese locality`, `thỏa thuận giai đoạn tiếp theo`) that shares a word with `b`'s or tells
    no subject of its own. A capitalised title (`Hiệp định tránh đánh thuế hai lần`) names a document of its own,
    and so does a reference that tells another subject (`an agreement on a comprehensive partnership` beside the
    ministries' `Agreements on cooperation in finance`)."""
    wa, wb = _content(a.key), _content(b.key)
    if any(re.search(r"\d{4}", w) for w in wa - wb):
        return False
    if 2 * len(wa & wb) >= len(wa):
        return True
    return not a.title[:1].isupper() and (bool(wa & wb) or not _TOLD_SUBJECT.search(a.title))
