"""Lists of documents: `N văn kiện … là X và Y` with one mention per item and its signer, and the items after
a plural head (fields, titles, pairs of sides, purposes, partners)."""

from __future__ import annotations

import re

from core.vocabulary import AgreementStatus, AgreementType, Label
from loaders.entities import agreement_parties
from loaders.entities.agreements.plural import _count, _kind_of_each, _listed, _Plural, _singular_word
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.sides import _locality_of, _most_specific, _signer
from loaders.entities.agreements.status import _signed_before_now, _signing_just_told
from loaders.entities.agreements.titles import _key
from loaders.entities.agreements.words import _ENUM, _FIELD_LIST, _GIUA, _NEGOTIATE, _ONE_OF, _PLURAL_OTHER_HEADS
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.places import POSSESSIVE
from loaders.first_letters import compile_gated


def _enumerated(
    doc: ArticleDoc,
    kind: str,
    start: int,
    head_end: int,
    end: int,
    quant: re.Match[str] | None,
    state: dict[str, str | None],
) -> list[Mention]:
    """`2 văn kiện hợp tác giữa Bộ Công Thương được ký với … là thành phố Trùng Khánh và tỉnh Hải Nam`."""
    count = _count(quant)
    sentence = doc.sentence_of(start)
    enum = _ENUM.search(doc.text, head_end, sentence.end)
    if not count or enum is None:
        return []
    items = agreement_parties.outermost(doc, enum.end(), sentence.end)
    if len(items) != count:
        return []
    signer = _signer(doc, sentence.start, head_end, enum.start())
    if signer is None:
        return []
    out = []
    head = doc.text[start:head_end]
    for item in items:
        title = f"{head[0].upper()}{head[1:]} giữa {doc.entities[signer].name} và {item.text}"
        m = Mention(
            kind,
            start,
            sentence.end,
            title,
            status=state["status"] or AgreementStatus.UNKNOWN,
            date=state["date"],
            precision=state["precision"],
        )
        m.parties = [signer, *agreement_parties.party_ids(doc, item)]
        m.key = _key(title, kind)
        out.append(m)
    return out


_PARTNERS_AFTER_FIELD = re.compile(r"\s+(?:with|với)\s+")
_ONE_COMPOUND_FIELD = re.compile(
    r"[\w-]+\s+(?:and|và)\s+(?:[\w-]+\s+){0,2}(?:cooperation|collaboration|relations|ties|partnership|hợp tác)", re.I
)
_EXAMPLE_FIELDS = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:areas|fields|sectors|lĩnh vực)\s*,?\s+(?:such as|like|including|notably|như|gồm|bao gồm)\b"
    r"|(?:[\w-]+\s+){0,2}such\s+(?:[\w-]+\s+)?(?:areas|fields|sectors)\s+as\b",
    re.I,
)
_MODIFIERS_OF_AREAS = re.compile(
    r"(?:the\s+)?[a-z][\w-]*(?:\s*,\s*(?:(?:and|as well as)\s+)?[a-z][\w-]*)+\s+(?:areas|fields|sectors|spheres)"
)
"""`several protocols in the social, economic, as well as technical-scientific areas`: adjectives of one noun, the
span of the documents' fields, not one document per adjective."""
_EXAMPLES_END = re.compile(r"(?:,?\s+(?:among others|and others|and so on|and more)|,?\s*(?:etc|v\.v)\.?)\s*$", re.I)
_PERIOD_OPENER = re.compile(r"\b(?:for|giai đoạn)\s*$")
_TITLE_LIST = re.compile(
    r"(?:\s*\([^)]{1,12}\))?(?:\s+(?:signed|được k[ýí](?: kết)?|đã k[ýí](?: kết)?)\b[^,;:.]{0,40}?)?"
    r"(?:,?\s+(?:(?:are|were|will|would)\s+(?:(?:likely|expected|set|due|going|also)\s+)?(?:to\s+)?include|include|included"
    r"|including|are|were|namely|such as|gồm|bao gồm|là)\s*:?\s*|\s*:\s*)"
)
_LIST_CLAUSE_END = re.compile(
    r",\s+(?:the|a|an|he|she|they|it|according|which|who|while|as(?! well as)|said|thereby|thus|theo|trong đó|qua đó|nhằm|góp phần)\b"
    # the list's own verb after it (`agreements on A, B and C were signed`)
    r"|(?P<signed>\s+(?:were|was|have been|has been|had been)\s+(?:signed|inked|exchanged|concluded|sealed)\b"
    r"|\s+(?:đã|đã được)\s+k[ýí]\b)"
    r"|(?P<planned>\s+(?:will be|are to be)\s+(?:signed|inked|exchanged|concluded)\b|\s+(?:sẽ|sẽ được)\s+k[ýí]\b)"
)

_ONE_SUBJECT = re.compile(r"(?:co-?operation|collaboration|hợp tác)\b", re.I)
_LIST_ADJUNCT = re.compile(r"\s+(?:in|at|on|during|tại|vào|ngày)\s+(?=[A-ZĐ]|\d)")
_ITEM_SPLIT = re.compile(r"\s*;\s*(?:and\s+|và\s+)?")
_ANOTHER_SPLIT = re.compile(r",?\s+and\s+(?=another\s+(?:one\s+)?(?:on|to|for|about|regarding)\b)")
"""`including a document to hold seminars … and another on an e-trading floor`: two documents told by purpose."""
_FIELD_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+|và\s+|cũng như\s+)?|\s+(?:and|as well as|và|cũng như)\s+")
_COMMA_SPLIT = re.compile(
    r"\s*,\s*(?:and\s+|as well as\s+|và\s+|cũng như\s+)?|\s+(?:and|as well as|và|cũng như)\s+(?!.*,)"
)
"""The items of a counted list split at its commas only (and at the `and` of its last item): `three MoUs on A and
B, C, as well as D` is three when its count says so, the first a field of two words joined."""
_INNER_AND = re.compile(r"^[^,;]+?(?:,[^,;]+?)*?\s+and\s+[^,;]+?(?=,)")
"""A list's first run of fields up to an `and` that more fields follow (`A, B and C, D, E and F`: `A, B and C`)."""
_COUNTED_ITEM_WORDS = 24
"""How long a field may run in a list whose count the split agrees with (`02 bản ghi nhớ về việc hợp tác nghiên cứu
triển khai dự án A tại huyện B và dự án C tại huyện D`: the syllables of two long fields, two documents)."""
_BOTH_SIDES_AFTER = re.compile(r"\s+(?:between|giữa)\s+(?:both sides|the two sides|hai bên)\b")

_SINGULAR: dict[str, tuple[str, str]] = {
    AgreementType.MOU: ("MoU on", "Bản ghi nhớ về"),
    AgreementType.ACTION_PLAN: ("Action plan on", "Kế hoạch hành động về"),
    AgreementType.OTHER: ("Document on", "Văn kiện về"),
    AgreementType.AGREEMENT: ("Agreement on", "Thỏa thuận về"),
}


def _listed_documents(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """The documents a plural head lists by field or by title, each one of its own (`the two ministries inked MoUs
    on energy saving, electricity and defence`: three memoranda); an item with a document head of its own is read
    as that document, not here. Each item's parties are its own (`Cooperation between A and B`) or else the
    plural head's (its signers, `the two ministries`)."""
    start, head_end, quant = plural.start, plural.head_end, plural.quant
    status, state, spans = plural.status, plural.state, plural.spans
    text = doc.text
    idx = doc.sentence_index(start)
    list_end = doc.sentences[idx].end
    while idx + 1 < len(doc.sentences) and text[:list_end].rstrip().endswith(";"):
        idx += 1  # the items of a list split by semicolons are sentences of their own
        list_end = doc.sentences[idx].end
    by_field = _FIELD_LIST.match(
        text, agreement_parties.after_partner(doc, head_end)
    )  # (`two MoUs with Laos's X on A and on B`)
    opener = by_field or _TITLE_LIST.match(text, head_end)
    if opener is None or opener.end() >= list_end:
        return []
    stop = _LIST_CLAUSE_END.search(text, opener.end(), list_end)
    segment_end = stop.start() if stop else list_end
    if stop is not None and status is None and (stop.group("signed") or stop.group("planned")):
        # `Cooperation agreements on A; B; and C were signed`: the list's verb comes after it
        status = AgreementStatus.SIGNED if stop.group("signed") else AgreementStatus.PLANNED
    adjunct = _LIST_ADJUNCT.search(text, opener.end(), segment_end) if by_field else None
    segment_end = adjunct.start() if adjunct else segment_end  # `… and military hygiene in Hanoi on Sept 11`
    between_all: list[str] = []
    after_list = _GIUA.search(text, opener.end(), segment_end) if by_field else None
    if after_list is not None and (
        _GIUA.search(text, after_list.end(), segment_end) or ";" in text[opener.end() : after_list.start()]
    ):
        # `… ties between A and B and ties between C and D`, `on A; B; and C between X and Y`: each item's own pair
        after_list = None
    if after_list is not None:
        # `three protocols on A, B, and C between X and Y`: the sides of every item, named after the list
        between_all = agreement_parties.party_ids_between(
            doc, after_list.end(), agreement_parties.clause_end(text, after_list.end(), list_end)
        )
        segment_end = after_list.start() if len(between_all) >= 2 else segment_end
    both = _BOTH_SIDES_AFTER.search(text, opener.end(), segment_end) if by_field else None
    segment_end = both.start() if both else segment_end  # (`… and D between both sides`: no item's words)
    partners = _PARTNERS_AFTER_FIELD.search(text, opener.end(), segment_end) if by_field else None
    segment_end = partners.start() if partners else segment_end  # (`… on trade with the administrations of A, B`)
    segment = text[opener.end() : segment_end].rstrip(" .")
    if by_field and (_ONE_COMPOUND_FIELD.fullmatch(segment) or _MODIFIERS_OF_AREAS.fullmatch(segment)):
        return []  # `MoUs on economic and trade cooperation`: one field, its modifiers coordinated
    if by_field and (_EXAMPLE_FIELDS.match(segment) or _EXAMPLES_END.search(segment)):
        # `agreements in key areas such as defence, energy and …`, `documents in finance, education and training
        # among others`: examples of the fields they span
        return []
    separator = (
        _ITEM_SPLIT
        if ";" in segment
        else _FIELD_SPLIT
        if by_field
        else _ANOTHER_SPLIT
        if _ANOTHER_SPLIT.search(segment)
        else None
    )
    if separator is None:
        return (
            [] if by_field else _listed_with_own_pairs(doc, plural, opener.end(), opener.end() + len(segment), status)
        )
    items = _items(text, segment, opener.end(), separator, by_field=by_field is not None)
    count = _count(quant)
    if by_field and count and count < len(items) and separator is _FIELD_SPLIT:
        items = _items(text, segment, opener.end(), _COMMA_SPLIT, by_field=True)  # (a two-word field in the list)
    elif by_field and not count and separator is _FIELD_SPLIT and (inner := _INNER_AND.search(segment)) is not None:
        # `MoUs on supporting the industries of automobiles, garments and footwear, energy saving, electricity and
        # defence`: an `and` the list goes on after closes a list inside its first field, which is one document
        first_end = opener.end() + inner.end()
        others = _items(text, segment[inner.end() :].lstrip(" ,"), first_end, separator, by_field=True)
        items = [(opener.end(), first_end), *others] if others else items
    limit = (20 if separator is _ITEM_SPLIT else 12) if by_field else 30  # (semicolons bound longer fields)
    if by_field and count == len(items):
        limit = max(limit, _COUNTED_ITEM_WORDS)  # (a count the split agrees with vouches for long fields)
    if len(items) < 2 or any(len(text[a:b].split()) > limit for a, b in items):
        return []  # not a list of documents: a clause, or one document's long title
    if count and count != len(items):
        return []  # `eight agreements covering trade, investment …`: the fields they span, not the documents
    negotiated = _NEGOTIATE.search(text, max(0, start - 40), start) is not None  # `negotiations for agreements on …`
    looked_back = _signed_before_now(text, doc.sentence_of(start).start, start, head_end)  # (`already signed …`)
    if by_field and (
        ((status or state["status"]) != AgreementStatus.SIGNED and not negotiated and not looked_back)
        or _ONE_SUBJECT.match(text, opener.end())
    ):
        # `các thỏa thuận về nông nghiệp, thủy sản` still to be made are kinds of document; `documents on
        # cooperation relating to news, photos and training` is one document's subject
        return []
    english = doc.article.lang == "en"
    kind = _kind_of_each(doc, plural)  # `MoUs`, `memorandums of understanding`: plural heads read as generic
    shared = (
        between_all
        if len(between_all) >= 2
        else agreement_parties.parties(doc, start, head_end, opener.start(), start, False, spans)
    )
    singular = _singular_head(doc, plural, kind)
    out = []
    for a, b in items:
        if any(a <= s < b for s, _ in spans):
            continue  # `an agreement on …`: a document read by its own head
        item = _CREDIT_TAIL.sub("", text[a:b]).strip(" ,")
        title = f"{singular} {item}" if by_field else _ONE_ON.sub(f"{singular.rsplit(' ', 1)[0]} ", item, count=1)
        if by_field and _PERIOD_OPENER.search(by_field.group(0)):  # `MoUs for 2012 - 2016 and 2017 - 2022`
            title = f"{singular.rsplit(' ', 1)[0]} {'for' if english else 'giai đoạn'} {item}"
        own = (
            agreement_parties.parties(doc, a, a, b, a, False, spans)
            if not by_field
            else agreement_parties.party_ids_between(doc, pair.end(), b)
            if (pair := _GIUA.search(text, a, b))
            else []
        )  # (a field's own pair: `MoUs on trade, and on friendship ties between A and B`)
        out.append(_listed(plural, kind, (a, b), title, own if len(own) >= 2 else list(shared), status))
    return out


_THEY_COVER = re.compile(
    r"\s*(?:The|These|Those)\s+(?:[a-z-]+\s+)?(?:agreements|documents|deals|pacts|accords|memoranda|memorandums|MoUs"
    r"|MOUs)\s+(?:cover|covered|concern|concerned|span|spanned|relate to|related to|involve|involved|are in|were in)\s+"
    r"(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
)
_AS_WELL_AS_TAIL = re.compile(r",?\s+as well as\s+")


def _fields_told_next(doc: ArticleDoc, plural: _Plural, end: int) -> list[Mention]:
    """`A and B signed four economic cooperation agreements … The agreements cover the sectors of civil aviation,
    electric power, oil, as well as construction and building materials`: a counted set whose next sentence names as
    many fields as it counts is one document per field, each with the set's sides and status; the fields after `as
    well as` are the last one's (its own commas and `and` inside it). Fewer or more fields than counted are what the
    documents span, not one each."""
    count = _count(plural.quant)
    idx = doc.sentence_index(plural.start)
    if not count or count < 2 or idx + 1 >= len(doc.sentences):
        return []
    following = doc.sentences[idx + 1]
    opener = _THEY_COVER.match(doc.text, following.start)
    if opener is None:
        return []
    segment = doc.text[opener.end() : following.end].rstrip(" .")
    if _EXAMPLE_FIELDS.match(segment) or _EXAMPLES_END.search(segment):
        return []  # (`The agreements cover areas such as …`: examples of what they span)
    items = _items(doc.text, segment, opener.end(), _FIELD_SPLIT, by_field=True)
    if len(items) != count and (tail := _AS_WELL_AS_TAIL.search(segment)) is not None:
        head_items = _items(doc.text, segment[: tail.start()], opener.end(), _FIELD_SPLIT, by_field=True)
        items = [*head_items, (opener.end() + tail.end(), opener.end() + len(segment))]
    if len(items) != count or any(len(doc.text[a:b].split()) > 12 for a, b in items):
        return []
    found = agreement_parties.parties(doc, plural.start, plural.head_end, end, plural.start, False, plural.spans)
    if len(found) < 2:
        return []
    kind = _kind_of_each(doc, plural)
    singular = _singular_head(doc, plural, kind)
    return [_listed(plural, kind, (a, b), f"{singular} {doc.text[a:b]}", list(found)) for a, b in items]


def _singular_head(doc: ArticleDoc, plural: _Plural, kind: str) -> str:
    """What one item of a plural head's list is called before its subject (`MoU on`, `Letter of understanding on`,
    `Thỏa thuận về`)."""
    english = doc.article.lang == "en"
    if english and doc.lower[plural.start : plural.head_end] in _PLURAL_OTHER_HEADS:
        first, _, rest = doc.text[plural.start : plural.head_end].partition(" ")
        return f"{first.removesuffix('s')} {rest} on".replace("  ", " ")  # `Letter of understanding on`
    return _SINGULAR.get(kind, _SINGULAR[AgreementType.AGREEMENT])[0 if english else 1]


_OWN_PAIR = re.compile(r"\b(?:between|signed by|giữa)\s+", re.I)
_PAIR_AND = re.compile(r"\s(?:and|và)\s")
_NEXT_ITEM = re.compile(r"\s*[,;]\s*(?:and\s+|as well as\s+|và\s+)?|\s+(?:and|as well as|và)\s+")


def _listed_with_own_pairs(doc: ArticleDoc, plural: _Plural, start: int, end: int, status: str | None) -> list[Mention]:
    """`The MoUs include one on A signed by X and Y, B between Z and W, and C between U and V`: items told by their
    subject, each with its own pair of signers and no document head of its own, split at the comma or `and` after
    each pair (not at the pair's own `and`, nor inside a name). One document each between its pair; an item whose
    pair names nobody read (`collaborations between media agencies and universities`) is none."""
    text = doc.text
    items = _own_pair_items(doc, start, end)
    kind = _kind_of_each(doc, plural)
    singular = _singular_head(doc, plural, kind)
    ofs = {
        sp.id
        for sp in doc.within(doc.places, start, end)
        if sp.label == Label.COUNTRY and POSSESSIVE.match(text, sp.end)
    }  # (`Vietnam’s PetroVietnam`: whose body it is)
    out = []
    for a, pair, b in items:
        if any(a <= s < b for s, _ in plural.spans):
            continue  # `an agreement on …`: a document read by its own head
        own = _most_specific(doc, [p for p in agreement_parties.party_ids_between(doc, pair, b) if p not in ofs])
        if len(own) < 2:
            continue  # (`between A and China’s B`, B not read: the country only says whose B is)
        item = _CREDIT_TAIL.sub("", text[a:b]).strip(" ,")
        title = _ONE_ON.sub(f"{singular.rsplit(' ', 1)[0]} ", item, count=1)
        title = title if title != item else f"{singular} {item}"
        out.append(_listed(plural, kind, (a, b), title, own, status))
    return out


def _own_pair_items(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int, int]]:
    """Where each item of a list whose items name their own pairs stands (item start, where its pair begins, item
    end): at least two pairs, and every stretch from one item's end to the next pair is that item's subject."""
    text = doc.text
    anchors = list(_OWN_PAIR.finditer(text, start, end))
    if len(anchors) < 2:
        return []
    names = agreement_parties.outermost(doc, start, end)

    def in_name(at: int) -> bool:
        return any(sp.start <= at < sp.end for sp in names)

    items: list[tuple[int, int, int]] = []
    at = start
    for k, anchor in enumerate(anchors):
        limit = anchors[k + 1].start() if k + 1 < len(anchors) else end
        joins = (m for m in _PAIR_AND.finditer(text, anchor.end(), limit) if not in_name(m.start() + 1))
        if anchor.start() < at or (pair_and := next(joins, None)) is None:
            return []  # (two anchors in one item, or a pair without its second side: no list of pairs)
        seps = (m for m in _NEXT_ITEM.finditer(text, pair_and.end(), limit) if not in_name(m.start() + 1))
        sep = next(seps, None)
        if sep is None and k + 1 < len(anchors):
            return []
        items.append((at, anchor.end(), sep.start() if sep else end))
        at = sep.end() if sep else end
    return items


def _items(text: str, segment: str, at: int, separator: re.Pattern[str], *, by_field: bool) -> list[tuple[int, int]]:
    """Where each item of a list stands in the text, the segment split by the separator; the `and` of an item's
    own pair of sides is no separator (`friendship ties between A and B and cooperation between C and D`: two)."""
    items: list[tuple[int, int]] = []
    for piece in _split_keeping_pairs(segment, separator):
        piece = _ITEM_LEAD.sub("", piece) if by_field else piece  # `on power trading and on renewable energy`
        offset = text.find(piece, at)
        if piece and offset >= 0:
            items.append((offset, offset + len(piece)))
            at = offset + len(piece)
    return items


_PAIR_IN_ITEM = compile_gated(r"\b(?:between|giữa)\s+[^,;]+?\s(?=(?:and|và)\s)", re.I)
"""The first side of an item's own pair (`between A and`): the `and` after it joins the pair, not two items."""


def _split_keeping_pairs(segment: str, separator: re.Pattern[str]) -> list[str]:
    """The segment split by the separator, except at an `and` that joins the two sides of a `between` pair."""
    joins = {m.end() for m in _PAIR_IN_ITEM.finditer(segment)}
    pieces, at = [], 0
    for m in separator.finditer(segment):
        if m.start() in joins or m.start() + 1 in joins:
            continue
        pieces.append(segment[at : m.start()])
        at = m.end()
    pieces.append(segment[at:])
    return pieces


_ONE_ON = re.compile(
    r"^(?:another\s+)?one\s+(?=(?:on|to|for|about|regarding)\s)|^another\s+(?=(?:on|to|for|about|regarding)\s)"
)
"""`one on …`, `another one on …`: an item of a list of documents that names its kind by the list's head."""
_ITEM_LEAD = re.compile(r"^(?:on|in|về|trong)\s+")
_CREDIT_TAIL = re.compile(r"\.?\s*[-–—]\s*[A-Z]{2,6}\s*$")
"""A wire service's credit glued to a list's last item (`… for border trade.-VNA`)."""
_PAIRS_LEAD = re.compile(r"\s+(?:song phương\s+|bilateral\s+)?")
_PAIR_DASH = re.compile(r"\s*[-–]\s*")
_PAIR_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+|and\s+)?|\s+(?:và|and)\s+")


def _listed_pairs(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """A plural head followed by the pairs of places it binds (`các Bản ghi nhớ song phương Việt Nam - Campuchia,
    Việt Nam - Lào`, `bilateral MoUs Vietnam-Cambodia and Vietnam-Laos`): one document of each pair."""
    text = doc.text
    at = _PAIRS_LEAD.match(text, plural.head_end)
    pos = at.end() if at else plural.head_end
    pairs: list[tuple[Span, Span]] = []
    while True:
        first = doc.span_at(doc.places, pos)
        dash = _PAIR_DASH.match(text, first.end) if first is not None else None
        second = doc.span_at(doc.places, dash.end()) if dash is not None else None
        if first is None or second is None:
            break
        pairs.append((first, second))
        separator = _PAIR_SEPARATOR.match(text, second.end)
        if separator is None:
            break
        pos = separator.end()
    if len(pairs) < 2:
        return []  # (`các văn kiện hợp tác Việt Nam - Hàn Quốc`: one pair qualifies the set, told one by one next)
    head = _ONE_OF.sub(_singular_word, text[plural.start : plural.head_end])
    kind = _kind_of_each(doc, plural)
    out = []
    for first, second in pairs:
        title = f"{head} {first.text} - {second.text}"
        parties = list(dict.fromkeys([first.id, second.id]))
        out.append(_listed(plural, kind, (plural.start, second.end), title, parties))
    return out


def _listed_partners(
    doc: ArticleDoc, plural: _Plural, *, counted_only: bool = False, or_dated: bool = False
) -> list[Mention]:
    """The documents a plural head makes with each partner it lists (`ink cooperation agreements with Vietnamese
    localities, particularly Ho Chi Minh City, Hanoi and Da Nang`): one each, between the clause's signer (else
    the side of the article's main meeting that is not the partners') and that partner."""
    start, head_end, quant, spans = plural.start, plural.head_end, plural.quant, plural.spans
    listed = agreement_parties.partner_list(doc, head_end, counted_only=counted_only, or_dated=or_dated)
    count = _count(quant)
    if listed is None or (count and count != len(listed)):
        return []
    partners = [pid for ids, _, _ in listed for pid in ids]
    signer = [
        p for p in agreement_parties.parties(doc, start, head_end, head_end, start, False, spans) if p not in partners
    ]
    if not signer:
        signer = [p for p in agreement_parties.sentence_subject(doc, start) if p not in partners]
    if not signer:
        signer = [p for p in _company_named_back(doc, start) if p not in partners]
    if not signer:
        theirs = {agreement_parties.body_country(doc, p) for p in partners}
        signer = [
            side
            for side in agreement_parties.main_event_sides(doc) or agreement_parties.two_main_countries(doc)
            if agreement_parties.body_country(doc, side) not in theirs
        ]
    if signer and all(doc.entities[p].label == Label.PROVINCE for p in partners if p in doc.entities):
        signer = [_locality_of(doc, signer[0])]  # localities' partner is a locality: Victoria, not Australia
    kind = _kind_of_each(doc, plural)
    head = _ONE_OF.sub(_singular_word, doc.text[start:head_end])
    out = []
    joint = "with" if doc.article.lang == "en" else "với"
    for partner, name, year in listed:
        title = f"{head} {joint} {name}"
        m = _listed(plural, kind, (start, head_end), title, [*signer[:1], *partner])
        if year is not None:
            m.date, m.precision = year, "year"  # (`… with A in 2009, B in 2017`: each its own year)
        out.append(m)
    return out


_COMPANY_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+-based\s+|[\w-]+\s+)?(?:company|firm|group|conglomerate|corporation|developer)\s+"
    r"(?:\w+\s+){0,2}$"
)
_NOT_THIS_ONE = re.compile(r"\b(?:in addition to|besides|apart from|along with|as well as)\s+$", re.I)


def _company_named_back(doc: ArticleDoc, start: int) -> list[str]:
    """`As for Vingroup, in addition to NMDC Group, the Hanoi-based company recently signed MOUs with …`: a signer
    named back as `the … company` is the body named last before it in its sentence, not one set aside (`in
    addition to X`)."""
    sentence = doc.sentence_of(start)
    if not _COMPANY_ANAPHOR.search(doc.text, max(sentence.start, start - 80), start):
        return []
    named: list[tuple[int, str]] = []
    for ent in doc.entities.values():
        if ent.label != Label.ORGANIZATION:
            continue  # (a body an earlier stage or sentence read, wherever this sentence names it)
        at = doc.text.rfind(ent.name, sentence.start, start)
        if at >= 0 and not _NOT_THIS_ONE.search(doc.text, max(sentence.start, at - 20), at):
            named.append((at, ent.id))
    return [max(named)[1]] if named else []


_NEXT_PURPOSE = r"(?=to\s|[a-z]+\s+(?:a|an|the|their|its|each)\s)"
"""A further purpose: its own `to`, or a verb with its object's determiner (`to strengthen supply chains and study a
model for …`: two verbs, two documents; `to boost trade and investment` is one purpose, its objects joined)."""
_PURPOSES = re.compile(
    r"\s+(to\s+[a-z]+\s[^.;:]*?)(?:,?\s+and\s+(" + _NEXT_PURPOSE + r"[a-z]+\s[^.;:]*?))+(?=[.;:]|,\s|$)"
)
_PURPOSE = re.compile(r"(?:to\s+)?[a-z]+\s[^.;:]*?(?=,?\s+and\s+" + _NEXT_PURPOSE + r"|[.;:]|,\s|$)")
_PURPOSE_SEPARATOR = re.compile(r",?\s+and\s+" + _NEXT_PURPOSE)


def _listed_purposes(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """`letters of intent to implement A and to facilitate B`: documents told by purpose, each its own when every
    purpose repeats its `to` (one `to` with two verbs, `agreements to boost trade and investment`, stays one
    field). Signed ones only, the sides the plural head's sentence gives all of them."""
    text, head_end = doc.text, plural.head_end
    found = _PURPOSES.match(text, head_end)
    status = (
        plural.status or plural.state["status"] or _signing_just_told(doc, doc.sentence_index(plural.start))
    )  # (`The ministers witnessed the exchanges of documents. They included letters of intent to …`)
    if found is None or status != AgreementStatus.SIGNED:
        return []
    items = []
    at = found.start(1)
    while (m := _PURPOSE.match(text, at, found.end())) is not None and m.end() > at:
        items.append((m.start(), m.end()))
        nxt = _PURPOSE_SEPARATOR.match(text, m.end(), found.end())
        if nxt is None:
            break
        at = nxt.end()
    if len(items) < 2 or any(len(text[a:b].split()) > 20 for a, b in items):
        return []
    head = re.sub(r"\w+", _singular_word, text[plural.start : head_end], count=1)
    kind = _kind_of_each(doc, plural)
    shared = agreement_parties.parties(doc, plural.start, head_end, head_end, plural.start, False, plural.spans)
    titles = [re.sub(r"^(?!to\s)", "to ", text[a:b].strip(" ,")) for a, b in items]  # (`… and study B`: `to study B`)
    return [
        _listed(plural, kind, span, f"{head} {title}", list(shared), status)
        for span, title in zip(items, titles, strict=True)
    ]
