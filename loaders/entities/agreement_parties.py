"""Who is party to an agreement: read from the clause around its head, in the forms real news uses.

Called by `agreements.find_agreements` for each agreement mention; reads the
spans the earlier stages found (organisations, places, people with their
`HOLDS_POSITION`) and gives entity ids. In order, the first that names
anyone wins:

1. `giữa A và B` / `between A and B` in the title, or right after it
   (`… được ký giữa A và B`, `signed between A and B`, `signed by A and B`);
2. two or more parties named in the title itself (`Viet Nam – Australia …`,
   `Hiệp định … Việt Nam - Lào`);
3. English relative signers (`the action plan that MOIT and MOTIE signed`);
4. the clause of the signing verb: its subject (`A và B đã ký …`, `A ký với
   B …`, `A and B signed a memorandum …`, `Authorities of A and B held a
   signing ceremony for …`) and its `với`/`with` object, before or after the
   head (`A signed a memorandum of understanding with B`);
5. a plural that stands for the article's two sides (`giữa hai nước`,
   `between the two governments`, `hai bên`): the two countries the article
   is about, or the two sides of its main meeting.

A person named as a signer stands for the body they hold a position at
(`Bộ trưởng … Moon Sung-wook đã ký … với Bộ trưởng … Nguyễn Hồng Diên`). A
provincial government is a party together with its province. A country
right after a comma only qualifies the party before it (`tỉnh Sơn Đông,
Trung Quốc`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from core.text import fold, slug
from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.cities import CITY_KIND, UNIT_BELOW_PROVINCE
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.places import POSSESSIVE
from loaders.letters import UPPER

_GIUA = re.compile(r"\b(?:giữa|between)\s+", re.I)
_AFTER_TITLE = re.compile(
    r"\s*,?\s*(?:(?:cũng\s+)?(?:đã\s+)?(?:được\s+)?k[ýí](?:\s+kết)?\s+giữa|(?:which\s+|that\s+)?(?:was\s+|were\s+)?"
    r"(?:also\s+|jointly\s+|officially\s+)?(?:signed|inked|concluded)\s+"
    r"(?:(?:on|in|at|during)\s+[^;.()]{1,40}?\s+|(?:\w+\s+){0,3}?)(?:between|by))\s+",
    re.I,
)
"""`…, signed between A and B`, `was signed by A and B`, also past the signing's day and place (`was signed on July
3 in Nairobi by A and B`)."""
_SIGNED_BETWEEN = re.compile(r"\b(?:k[ýí](?:\s+kết)?|signed)\s+(?:giữa|between)\s+", re.I)
_RELATIVE_SIGNERS = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?P<who>[^,;.]{3,120}?)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:signed|inked|concluded|adopted)\b"
)
# The signing verb of a clause; the subject is what stands before it.
_SIGN_VERB = re.compile(
    r"\b(?:(?:đã|sẽ|vừa|dự kiến|cùng|chính thức|tiến hành)\s+)*(?:tổ\s+chức\s+(?:lễ\s+)?)?(?:cùng\s+)?(?:được\s+)?"
    r"(?:k[ýí]\s+kết|k[ýí]|trao\s+đổi|trao|đàm phán)\b"
    r"|\b(?:(?:have|has|had|will|would|to|officially|jointly|also)\s+)*(?:signed|sign|inked|ink|sealed|ratified|exchanged|concluded|negotiate|draft"
    r"|adopted|held\s+(?:an?\s+|the\s+)?(?:\w+\s+)?signing\s+ceremony\s+(?:for|of)|witnessed\s+the\s+signing\s+of)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\s*(?:(?:who|which)\s+(?:was|were|are|is)\s+)?(?:led|headed|represented)\s+(?:respectively\s+)?by\b"
    r"|\s*do\s.{3,120}?\b(?:dẫn đầu|làm trưởng đoàn|đại diện)\b",
    re.I,
)
"""An apposition of a delegation's leaders or a party's representative (`A and B, led respectively by X and Y,
signed …`, `Đoàn A, do ông X dẫn đầu, đã ký …`, `Sarawak, represented by Premier X, signed …`): the signing subject
is before it."""
_EXCHANGE = re.compile(r"\b(?:trao đổi|trao|exchanged)$", re.I)
_EXCHANGED_NEXT = re.compile(r"\s+(?:[^\s,.;:]+\s+){0,3}")
"""What may stand between `trao đổi`/`exchanged` and the document exchanged (a few words, no clause break): an
exchange of anything else (`trao đổi kinh nghiệm, triển khai các nội dung thỏa thuận hợp tác`) signs nothing."""
_WHO = re.compile(r"\s*(?:who|người)\s", re.I)
"""A relative clause's subject: the person named right before its comma."""
_LOCATIVE = re.compile(r"\b(?:in|at|tại|ở)\s+(?:the\s+)?$", re.I)
_WHERE = re.compile(r"\b(?:in|at|tại|ở|(?:visit|trip|tour|chuyến thăm)\s+(?:to|tới|đến)?)\s+(?:the\s+)?$", re.I)
"""A place where the signer is (`who is in Seoul to sign`, `tại Hà Nội, A đã ký`) is no party of what he signs."""
_WITH = re.compile(r"\b(?:với|with)\s+", re.I)
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?=(?:đồng thời|nhằm|qua đó|trong đó|theo đó|sau đó|để|while|which|as|to|after|when|"
    r"in order|aiming|under which|the\s)\b)|\.(?=\s|$)|\n"
    # the occasion of a signing, whose people and bodies are no parties (`… with A during the visit by B`)
    r"|\s+(?:during|amid|on the sidelines of|on the occasion of|nhân dịp|trong chuyến thăm|bên lề)\s"
    # nor its witnesses (`… signed … under the witness of President X`)
    r"|,?\s+(?:under the witness of|in the presence of|witnessed by|(?:dưới|trước|với) sự chứng kiến)\b"
)
_ADJUNCT_START = re.compile(r"\s*(?:tại|ở|trong|vào|ngày|sáng|chiều|tối|nhân|at|in|on|during)\b", re.I)
_TWO_COUNTRIES = re.compile(
    r"\b(?:hai nước|hai quốc gia|hai Chính phủ|Chính phủ hai nước|song phương|two countries|"
    r"two nations|two governments|both (?:the )?countries|both (?:the )?governments|bilateral)\b",
    re.I,
)
_TWO_SIDES = re.compile(
    r"\b(?:(?:hai|2) bên|hai Bộ|(?:hai|2) tỉnh|(?:hai|2) địa phương|(?:hai|2) thành phố|hai thủ đô|two sides|both sides|"
    r"the two ministries|"
    r"the two provinces|the two localities|the two cities|the two capitals)\b",
    re.I,
)
# What may stand between `với`/`with` and the partner it names: a classifier, an honorific, an article.
_OBJECT_LEAD = re.compile(
    rf"(?:(?:tỉnh|thành phố|{UNIT_BELOW_PROVINCE}|bang|tiểu bang|chính quyền|phía|đoàn|các|ông|bà|ngài"
    r"|đồng chí|the|a|an|"
    r"its|their|his|her|counterparts? (?:from|of)|(?:[A-Z][a-z]+\s+)?counterparts?)\s+)*",
    re.I,
)
_THEIR = re.compile(r"\b(?:their|both sides['’]|the two sides['’])\s+(?:(?:existing|signed|bilateral|new)\s+)?$", re.I)
_TWO_PROVINCES = re.compile(
    r"\b(?:(?:hai|2) tỉnh|(?:hai|2) địa phương|(?:hai|2) thành phố|hai thủ đô|the two provinces|both provinces|"
    r"the two localities|"
    r"the two cities|both cities|the two capitals)\b",
    re.I,
)
_THREE_PROVINCES = re.compile(
    r"(?:the\s+)?(?:ba|3|three)\s+(?:tỉnh|địa phương|provinces|localities)\b(?!\s+(?:của\s+)?(?:Việt Nam|Vietnam|Lào|Laos))",
    re.I,
)


def _three_localities(doc: ArticleDoc) -> list[str]:
    """The three provinces of three countries the page names most (a trilateral document of border provinces),
    else none."""
    ranked = _ranked(doc, Label.PROVINCE)[:3]
    return ranked if len({_country_of(doc, p) for p in ranked}) == 3 else []


_PLURAL_PARTIES = re.compile(
    r"(?:Chính phủ\s+hai\s+nước\b|(?:the\s+)?governments\s+of\s+the\s+two\s+countries\b)"
    r"|(?:the\s+)?(?:hai|two|both|2)\s+(?:(?-i:[a-z]+)\s+(?=ministries\b))?(?:nước|quốc gia|Chính phủ|bên|Bộ|tỉnh|địa phương"
    r"|thành phố|thủ đô|countries|nations|governments|sides|ministries|provinces|localities|cities|capitals"
    r"|(?-i:Văn phòng|Học viện|Viện|Thông tấn xã|Ủy ban|Hội|Tổng cục|Cục)"
    r"|associations|chambers|universities|agencies|institutes|academies|federations|councils|corporations|unions)\b",
    re.I,
)
_PLURAL_BODIES_OF_BOTH = re.compile(
    r"(?:the\s+)?(?-i:[A-Z][a-z]+(?:ies|s))(?:\s+of\s+(?-i:[A-Z][\w-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*))*)?"
    r"\s+of\s+(?:the\s+two|both)\s+(?:countries|nations)\b",
    re.I,
)
"""`between the Ministries of Health of both countries`: bodies in the plural, one of each of the page's two
countries, whose names no stage reads as one: the two countries sign."""
_SIDES_UNNAMED = re.compile(r"(?:the\s+)?(?:hai|two|both|2)\s+(?:bên|sides|parties)", re.I)
"""`giữa hai bên`, `between the two sides`: no kind of side said, only that there are two."""
_OTHER_SIDE_AFTER_COMMA = re.compile(r",\s+(?:and|và)\s+(?=[A-ZĐ])")
_NAMED_AFTER_COLON = re.compile(r"[^.;:()]{0,80}:\s*")
SUBJECT = re.compile(r"\s(?:on|về|regarding|concerning|to amend|to build|for the construction of)\s")
"""Where a title turns to what the document is about (`… on X`, `… về X`): names there are no parties."""
_REACH = 160  # characters: how far before a head its signing verb may stand (`A đã ký với B <head>`)


def parties(
    doc: ArticleDoc,
    start: int,
    head_end: int,
    end: int,
    title_start: int,
    fta_like: bool,
    titles: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The ids of the parties of the agreement whose head is at `start`…`head_end` and title ends at `end`
    (`titles`: every agreement title of the article, whose words are no signing verb of this one)."""
    text = doc.text
    sentence = doc.sentence_of(start)
    giua = _GIUA.search(text, start, end)
    if giua is None:
        giua = _AFTER_TITLE.match(text, end)
        if giua is None:
            # `Bản ghi nhớ về … tại Hàn Quốc theo chương trình EPS (…, ký giữa A và B)`: said later in the sentence,
            # before any other document is named
            later = _SIGNED_BETWEEN.search(text, end, sentence.end)
            if later is not None and not any(end <= a < later.start() for a, _ in titles):
                giua = later
        if giua is not None:
            end = clause_end(text, giua.end(), sentence.end)
    if giua is not None:
        three = _THREE_PROVINCES.match(text, giua.end())
        if three and len(trio := _three_localities(doc)) == 3:
            return trio  # `giữa 3 tỉnh của 3 nước Việt Nam, Lào và Thái Lan`: the page's three localities
        authorities = _AUTHORITIES_OF.match(text, giua.end()) if doc.article.lang != "en" else None
        plural = _PLURAL_PARTIES.match(text, authorities.end() if authorities else giua.end())
        if plural and authorities and _TWO_CITIES.fullmatch(plural.group(0)) and len(cities := two_cities(doc)) == 2:
            return cities  # `giữa chính quyền hai thành phố`: the page's two cities, by their governments
        named_after = _NAMED_AFTER_COLON.match(text, giua.end())
        if named_after and not re.search(r"[A-ZĐ]", text[giua.end() : named_after.end()]):
            # `between the two major economic centres of the two countries: A and B`: the sides are named after it
            listed = _party_spans(doc, named_after.end(), clause_end(text, named_after.end(), sentence.end))
            if len(listed) >= 2:
                return _ids(doc, listed)
        if doc.article.lang == "en" and _PLURAL_BODIES_OF_BOTH.match(text, giua.end()):
            return two_main_countries(doc)  # `between the Ministries of Health of both countries`
        if plural and _SIDES_UNNAMED.fullmatch(plural.group(0)):
            # `A và B đã ký Thỏa thuận hợp tác giữa hai bên …`: the two sides are the signers just named
            signers = _verb_clause(doc, sentence.start, sentence.end, start, head_end, end, titles)
            if len(signers) >= 2:
                return signers
        if plural and (counted := _sides_named_after_their_kind(doc, plural.end(), end)):
            return counted  # `giữa hai thành phố A và B`: the two sides the kind's count goes on to name
        if plural:  # `between the two governments on … in Laos`: the two sides, not the places named after
            portfolio = _PORTFOLIO.match(text, plural.end())  # `giữa hai Bộ Quốc phòng`: the two defence ministries
            return _sides(doc, plural.group(0), portfolio.group(1) if portfolio else None)
        if (
            doc.article.lang == "en"
            and not doc.lower.endswith("s", start, head_end)
            and (pair := _demonym_pair(doc, giua.end()))
        ):
            # `a letter of intent between Vietnamese and Indonesian coast guards`: one document of two countries'
            # bodies named by their kind (a plural's, `contracts between U.S. and Vietnamese companies`, is a set of
            # many bodies' documents)
            return pair
        named, about = _sides_between(doc, giua.end(), end)
        sides = [sp for sp in named if not (sp.label == Label.COUNTRY and POSSESSIVE.match(text, sp.end))]
        if len(sides) == 1 and not about and (joined := _OTHER_SIDE_AFTER_COMMA.match(text, end)):
            # `between Vietnam's Ministry of Labour, Invalids and Social Affairs, and Singapore's Ministry of
            # Manpower`: the title stopped at the comma of a name's list, the other side follows it
            end = clause_end(text, joined.end(), sentence.end)
            named = _not_where(doc, _party_spans(doc, giua.end(), end))
        if doc.article.lang == "en" and len(named) <= 3:
            named = _with_unnamed_bodies(doc, giua.end(), about.start() if about else end, named)
        elif doc.article.lang != "en" and len(named) < 2:
            named = _with_cities_of_their_committees(doc, giua.end(), about.start() if about else end, named)
        if len(named) == 1 and _OF_BOTH.match(text, named[0].end):
            return _each_country_s(doc, _ids(doc, named))
        if named:
            return _ids(doc, named)
    about = SUBJECT.search(text, head_end, end)  # `agreement on the construction of the Lao National Assembly
    scan_end = about.start() if about else end  # building`: what a document is about names no party of it
    if about is not None and (pair := _pair_of_the_relation(doc, about.end(), end)):
        return pair  # `a memorandum on A-B friendly ties`: a relation between two places is theirs
    named = outermost(doc, title_start, scan_end) if title_start < start else []
    named = named if len(named) >= 2 else outermost(doc, head_end, scan_end)
    if len(named) >= 2:
        ids = _ids(doc, named)
        if _WITH.search(text, head_end, named[0].start):  # `A ký biên bản hợp tác với B, C và D`: A signs too
            subject = _verb_clause(doc, sentence.start, sentence.end, start, head_end, head_end, titles)
            ids = [i for i in subject if i not in ids] + ids
        return ids
    relative = _RELATIVE_SIGNERS.match(text, end)
    if relative:  # `the action plan that MOIT and MOTIE signed in 2023`
        ids = _ids(doc, _party_spans(doc, relative.start("who"), relative.end("who")))
        if ids:
            return ids
    ids = _verb_clause(doc, sentence.start, sentence.end, start, head_end, end, titles)
    if ids:
        return ids
    if (not fta_like or _HAS_RELATION.search(text, max(sentence.start, title_start - 30), title_start)) and (
        pair := _coordinated_subject(doc, sentence.start, start, titles)
    ):
        return pair  # (`bang A và tỉnh B có mối quan hệ Đối tác chiến lược`: a partnership the subject has)
    if not fta_like and _THEIR.search(text, max(sentence.start, title_start - 20), title_start):
        # `the two sides will … implement their Memorandum of Understanding`: the document of the two sides, or of
        # the pair named last before it (`urged KPL and VNA to carry out their cooperation agreement`)
        named = _party_spans(doc, sentence.start, title_start)
        if len(named) >= 2 and re.fullmatch(
            r"\s*(?:\([^()]{1,12}\))?\s*(?:,\s*)?(?:and|và)\s+(?:the\s+)?", text[named[-2].end : named[-1].start]
        ):
            return _ids(doc, named[-2:])
        return _sides(doc, text[sentence.start : title_start])
    if not fta_like and (pair := _holder_with(doc, sentence.start, start, head_end, scan_end, titles)):
        return pair
    if (
        not fta_like
        and not outermost(doc, min(title_start, start), end)  # (`Five-year Vietnam - Japan cooperation plan`)
        and (pair := _between_before(doc, sentence.start, min(title_start, start), titles))
    ):
        return pair
    if fta_like:
        countries = list(
            dict.fromkeys(
                p.id
                for p in doc.places
                if p.label == Label.COUNTRY
                and sentence.start <= p.start < sentence.end
                and not any(o.start <= p.start < o.end for o in doc.orgs)
            )
        )
        if len(countries) < 2 and (_TWO_COUNTRIES.search(sentence.text) or _TWO_SIDES.search(sentence.text)):
            countries = list(dict.fromkeys(countries + two_main_countries(doc)))
        if doc.article.lang != "en" and (partner := _WITH_AFTER_HEAD.match(text, head_end)) is not None:
            # `tham gia Hiệp định Thương mại tự do với EU (EVFTA)`: the side its own title names, a bloc or a state
            countries = list(dict.fromkeys(countries + _ids(doc, _party_spans(doc, partner.end(), end))))
        return countries
    return []


_PAIR_RELATION = re.compile(
    r"\s*(?:(?:friendly|friendship|bilateral)\s+)?(?:ties|relations?|relationship|friendship|sister[- ]cit(?:y|ies)"
    r"|twinning|quan hệ|hữu nghị|kết nghĩa)\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
_PAIR_LEAD = re.compile(r"\s*(?:the\s+)?(?:[a-z]+\s+)?$")


def _pair_of_the_relation(doc: ArticleDoc, at: int, end: int) -> list[str]:
    """`memorandum on Ulaanbaatar-Hanoi friendly ties`, `an MoU on A-B sister city relations`: a subject that is the
    ties of two places joined by a dash names the document's two sides (a place the subject only mentions, `on the
    construction of the Lao National Assembly building`, or their `port cooperation`, does not)."""
    spans = [sp for sp in outermost(doc, at, end) if sp.label in (Label.COUNTRY, Label.PROVINCE)]
    if len(spans) < 2 or not _PAIR_LEAD.fullmatch(doc.text, at, spans[0].start):
        return []
    first, second = spans[0], spans[1]
    if not re.fullmatch(r"\s*[-–]\s*", doc.text[first.end : second.start]):
        return []
    words = re.match(r"(?:\s+[a-z][\w-]*){0,2}?(?=" + _PAIR_RELATION.pattern + ")", doc.text[second.end : end], re.I)
    if words is None:
        return []
    ids = _ids(doc, [first, second])
    return ids if len(ids) == 2 else []


_RELATION_BEFORE = re.compile(
    r"(?:quan hệ|hợp tác|hữu nghị|kết nghĩa|relations?|relationship|ties|cooperation|friendship|partnership)\s+$", re.I
)


def _between_before(doc: ArticleDoc, s_start: int, start: int, titles: Sequence[tuple[int, int]]) -> list[str]:
    """`mối quan hệ giữa hai tỉnh Bình Dương và Yamaguchi … thông qua Bản thỏa thuận hợp tác hữu nghị`: a document
    with no party of its own, after `giữa`/`between` and two sides of different countries earlier in its sentence
    (no other document's title between)."""
    giua = [m for m in _GIUA.finditer(doc.text, s_start, start) if not any(a <= m.start() < b for a, b in titles)]
    if (
        not giua
        or any(giua[-1].start() < a < start for a, _ in titles)
        or not _RELATION_BEFORE.search(doc.text, max(s_start, giua[-1].start() - 24), giua[-1].start())
    ):
        return []  # (`the talks between A and B will lay the foundation for a plan`: the talks' sides, not the plan's)
    end = clause_end(doc.text, giua[-1].end(), start)
    ids = _ids(doc, _party_spans(doc, giua[-1].end(), end))
    countries = {body_country(doc, i) for i in ids}
    return ids if len(ids) == 2 and len(countries) == 2 and None not in countries else []


_WITH_AFTER_HEAD = re.compile(r"\s+(?:with|với)\s+(?:the\s+)?")


def _holder_with(
    doc: ArticleDoc, s_start: int, start: int, head_end: int, end: int, titles: Sequence[tuple[int, int]]
) -> list[str]:
    """`the prefecture is implementing an agricultural cooperation agreement with the Ministry of …`: a document
    with no signing, `with` one party right after its head, and the party named last before it in the sentence
    (its holder) — no other document's title between."""
    w = _WITH_AFTER_HEAD.match(doc.text, head_end)
    if w is None or w.end() >= end or doc.lower[start:head_end] in ("agreement", "thỏa thuận"):
        return []  # (`expressed agreement with the ministry's proposals`: a consensus, no document)
    partner = outermost(doc, w.end(), end)[:1]
    holder = [sp for sp in _party_spans(doc, s_start, start) if not any(sp.start < a < start for a, _ in titles)][-1:]
    if not partner and holder and doc.article.lang == "en":
        # `Vietjet announced a $1.1 billion cooperation agreement with Honeywell Aerospace Technologies`: a name no
        # stage read, the holder's partner
        partner = _with_unnamed_bodies(doc, w.end(), clause_end(doc.text, w.end(), end), [], sides_read=1)[:1]
    if not partner or partner[0].start > w.end() + 12:
        return []
    ids = _ids(doc, holder)
    return [*ids, *(i for i in _ids(doc, partner) if i not in ids)] if ids else []


def _verb_clause(
    doc: ArticleDoc, s_start: int, s_end: int, start: int, head_end: int, end: int, titles: Sequence[tuple[int, int]]
) -> list[str]:
    """The subject of the signing verb before the head (or right after its title) and its `với`/`with` object."""
    text = doc.text
    verbs = [
        m
        for m in _SIGN_VERB.finditer(text, max(s_start, start - _REACH), start)
        if not any(a <= m.start() < b for a, b in titles)
        and not (_EXCHANGE.search(m.group(0)) and not _EXCHANGED_NEXT.fullmatch(text, m.end(), start))
    ]
    verb = verbs[-1] if verbs else _SIGN_VERB.match(text, end) or _SIGN_VERB.match(text, end + 1)
    if verb is None:
        return []
    reported = _reported_clause_start(text, s_start, verb.start())
    s_start = _wished_clause_start(doc, reported, verb.start())
    wished = s_start != reported
    subject_start = _clause_start(doc, s_start, verb.start())
    subject = _party_spans(doc, subject_start, verb.start())
    for _ in range(3):  # `A tổ chức hội nghị gặp gỡ, trao đổi và ký kết …`: verbs listed, the subject is before them
        segment = text[subject_start : verb.start()]
        leaders = _LED_BY.match(segment)  # `A and B, led by X and Y, signed …`: the leaders stand for A and B
        listed = not segment.strip() or _all_lowercase(segment)  # nothing, or verbs and common nouns
        # `X, Vice Governor of A, and Y, Chairman of B, signed …`: a signer's apposition, or the list's `and`, begins
        # the segment: the signers go on to its left
        apposition = doc.title_at(subject_start + 1) is not None and any(p.end == subject_start - 1 for p in doc.people)
        joined = bool(_AND_START.match(segment))
        if subject_start <= s_start or not (leaders or (not subject and listed) or apposition or joined):
            break
        subject_start = _clause_start(doc, s_start, subject_start - 1)
        subject = _party_spans(doc, subject_start, verb.start())
    if _WHO.match(text, subject_start):  # `… with VNA General Director X, who is in Seoul to sign …`: X signs
        subject = [sp for sp in doc.people if subject_start - 3 <= sp.end < subject_start][-1:] or subject
    subject = [sp for sp in subject if not _LOCATIVE.search(text, max(s_start, sp.start - 12), sp.start)]
    behalf = _on_behalf_of(doc, s_start, verb.start())
    if doc.article.lang == "en" and not behalf and len({sp.id for sp in subject}) == 1 and len(_ids(doc, subject)) == 1:
        # `DP World and Ba Ria-Vung Tau province signed …`: a body no stage read, the other of the subject's two (the
        # one read may be written twice, its short form in brackets: `A and Vietnam Oil and Gas Group (PVN) signed`)
        aux = _AUXILIARIES_BEFORE.search(text, subject_start, verb.start())
        subject = _with_unnamed_bodies(doc, subject_start, aux.start() if aux else verb.start(), subject)
    ids = behalf or _ids(doc, subject)
    unplaced = not ids and any(sp.label == Label.OFFICIAL for sp in subject)  # a signer whose side is not read
    if len(subject) == 1 and len(ids) == 1 and _OF_BOTH.match(text, subject[0].end):
        ids = _each_country_s(doc, ids)  # `Bộ Nông nghiệp của hai nước đã ký …`: each country's ministry
    if wished and doc.article.lang == "en" and (opening := _sides_opening(doc, subject_start, verb.start())):
        ids = opening  # `the two sides establish a Working Group on A and B, negotiate and sign …`: the sides sign
    elif len(ids) < 2 and (
        _TWO_COUNTRIES.search(text, subject_start, verb.start()) or _TWO_SIDES.search(text, subject_start, verb.start())
    ):
        ids.extend(i for i in _sides(doc, text[subject_start : verb.start()]) if i not in ids)
    elif not ids and doc.article.lang == "en" and _THE_SIDES.fullmatch(text, subject_start, verb.start()):
        ids = list(_sides(doc, "the two sides"))  # `The sides also signed electricity trading contracts`
    for origin in (verb.end(), head_end):  # `A ký với B <head>`, `A signed <head> with B`
        w = (
            _WITH.search(text, origin, start)
            if origin == verb.end() and origin < start
            else _WITH.search(text, origin, min(s_end, end + 3))
        )
        if w is not None:
            obj_end = clause_end(text, w.end(), s_end)
            if origin == verb.end():
                obj_end = min(obj_end, start)
            objects = _not_where(doc, _party_spans(doc, w.end(), obj_end))
            if ids and not objects and doc.article.lang == "en":
                # `X signed an MoU with Koica on …`: one name no stage read, the signer's partner
                about = SUBJECT.search(text, w.end(), obj_end)
                objects = _with_unnamed_bodies(doc, w.end(), about.start() if about else obj_end, [], sides_read=1)
            title = doc.title_at(w.end())
            lead_end = title.end() + 1 if title is not None else w.end()  # `với Bộ trưởng … Nguyễn Hồng Diên`
            if objects and (_OBJECT_LEAD.fullmatch(text, w.end(), objects[0].start) or objects[0].start <= lead_end):
                ids.extend(i for i in _ids(doc, objects) if i not in ids)
            break  # (`ký thỏa thuận với bộ, ngành, địa phương Trung Quốc`: common nouns first, a kind of partner)
    if (
        doc.article.lang == "en"
        and len({body_country(doc, i) or i for i in ids}) == 1  # one side read (`Indonesia's X`: X and its country)
        and (seller := _BOUGHT_FROM.search(text, head_end, min(s_end, end)))
    ):
        # `A signed a one-year deal to import 500,000 tons of rice from B`: the seller is the other side
        obj_end = clause_end(text, seller.end(), s_end)
        sellers = _not_where(doc, _party_spans(doc, seller.end(), obj_end)) or _with_unnamed_bodies(
            doc, seller.end(), obj_end, [], sides_read=1
        )
        if sellers and sellers[0].start <= seller.end() + 2:
            ids.extend(i for i in _ids(doc, sellers[:1]) if i not in ids)
    if unplaced and ids:
        # `Foreign Minister X exchanged a letter of intent … with his Vietnamese counterpart Y`: X, whose body and
        # country are not written, is the other side: the article's other main country
        sides = {body_country(doc, i) for i in ids}
        other = next((c for c in two_main_countries(doc) if body_country(doc, c) not in sides), None)
        if other is not None:
            ids.insert(0, other)
    return ids


def _sides_opening(doc: ArticleDoc, subject_start: int, verb_start: int) -> list[str]:
    """The page's two sides when a wished signing's clause opens with them (`proposed that the two sides …`, `both
    countries`), whatever bodies the clause names after them before its verb (what they are to set up first:
    `the two sides establish a Sub-committee on Trade and Energy, negotiate and sign …`); none when they only own
    the subject (`both sides’ ministries`)."""
    at = _SUBJECT_OPENING.match(doc.text, subject_start, verb_start)
    if at is None:
        return []
    m = _TWO_SIDES.match(doc.text, at.end(), verb_start) or _TWO_COUNTRIES.match(doc.text, at.end(), verb_start)
    if m is None or doc.text[m.end() : m.end() + 1] in ("'", "’") or m.group(0).lower() == "bilateral":
        return []
    return _sides(doc, m.group(0))


_THE_SIDES = re.compile(r"\s*(?:The|the)\s+sides\s*")
"""`The sides also signed …`: a signing's whole subject, the sides with no count, is the page's two sides (as `the
two sides`); `the sides involved` or `both sides' ministries` are no whole subject."""
_BOUGHT_FROM = re.compile(
    r"\bto\s+(?:import|buy|purchase|procure)\b(?:[^,;.()]|(?<=\d)[,.](?=\d)){0,80}?\bfrom\s+(?:(?:the|state-run|state-owned)\s+)*",
    re.I,
)
"""A purchase a document is for (`a deal to import rice from B`, `to buy LNG from B`): who sells is its other side."""
_AUXILIARIES_BEFORE = re.compile(r"(?:\s+(?:have|has|had|will|would|also|jointly|officially|today))*\s*$")
_REPORTING = re.compile(
    r"\b(?:informed|announced|reported|said|says|stated|noted|confirmed|revealed)\s+that\s+"
    r"|\b(?:cho biết|cho hay|thông tin|thông báo)\s+(?:rằng\s+|là\s+)?(?=\S)",
    re.I,
)


def _reported_clause_start(text: str, s_start: int, verb_start: int) -> int:
    """`The Office of the Ministry … informed that Minister A and Minister B signed …`, `Bộ X cho biết A và B đã ký
    …`: who reports a signing is no party of it; the signers' clause begins after the reporting verb."""
    reports = list(_REPORTING.finditer(text, s_start, verb_start))
    return reports[-1].end() if reports else s_start


_PROPOSED_THAT = re.compile(
    r"\b(?:proposed|suggested|recommended|hoped|expected|asked|urged|hope|wish|wished)\s+that\s+", re.I
)
"""`X proposed that the two sides negotiate and sign …`, `expressed his hope that A and B will sign …`: who wishes a
signing is not its subject; the sides the wish names are (when it names them)."""


def _wished_clause_start(doc: ArticleDoc, s_start: int, verb_start: int) -> int:
    """Where the clause of a wished signing begins: after `proposed that` when the wish names its signers (a party
    or `the two sides`), else where it began (`A agreed with B that they would sign …`: A and B sign)."""
    wishes = list(_PROPOSED_THAT.finditer(doc.text, s_start, verb_start))
    if not wishes:
        return s_start
    at = wishes[-1].end()
    named = _party_spans(doc, at, verb_start) or _TWO_SIDES.search(doc.text, at, verb_start)
    return at if named or _TWO_COUNTRIES.search(doc.text, at, verb_start) else s_start


_AND_START = re.compile(r"\s*(?:and|và)\s+(?=[A-ZĐ]|(?:ông|bà|Mr|Ms)\b)")


_PLACE_KINDS = r"city|province|state|prefecture|region"
"""The English words for a kind of place a party is written with (`Ansan City`, `Vietnam's central city of …`)."""
_OF_KIND = rf"[’']s\s+(?:[a-z]+\s+){{0,2}}(?:{_PLACE_KINDS})\s+of\s"
"""`’s central city of `: a country's place of a kind, named after it."""
_OWNED = rf"[’']s\s+(?:(?:[a-z]+\s+){{0,2}}(?:{_PLACE_KINDS})\s+of\s+)?"
"""`’s `, `’s central city of `: a country's party named after it (`Australia’s Victoria state`)."""
_AND = re.compile(
    rf"\s+(?:và|and)\s+(?:(?:tỉnh|thành phố|TP\.?|{UNIT_BELOW_PROVINCE}|bang|vùng|the)\s+)?"
    + rf"(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?{_OWNED}\s*)?"
)
"""What joins two parties of one subject: `and`, a classifier, or the second's country and kind (`Khon Kaen and
Vietnam’s central city of Da Nang`, `Hanoi and Australia’s Victoria state`)."""
_PREDICATE = re.compile(
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"  # (`A and the Lao capital of Vientiane held …`)
    r"(?:\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\s*,?)?"  # (`A and B on May 3 held …`)
    r"\s+(?:(?:have|has|had|will|would|đã|sẽ|đang|vẫn|cùng|luôn|đều)\s+)*"
    r"(?!(?:in|on|at|for|from|to|of|with|by|during|since|under|between|via|tại|ở|trong|vào|từ|với|của)\b)[a-zđ]"
)
"""What follows a clause's subject: its verb (with auxiliaries), not a preposition (`flights between A and B in
2015`: no subject there)."""
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:between|from|to|giữa|từ|đến)\s+(?:the\s+)?$", re.I)


_QUALIFYING_COUNTRY = re.compile(_OWNED + r"(?=[A-ZĐ])")
_HAS_RELATION = re.compile(r"\b(?:có|thiết lập|xác lập|nâng cấp)\s+(?:mối\s+)?(?:quan hệ\s+)?(?:lên\s+)?$", re.I)
"""`A và B có (mối) quan hệ`, `thiết lập quan hệ`: the relation a partnership's subject has, not one it talks of."""


def _coordinated_subject(doc: ArticleDoc, s_start: int, start: int, titles: Sequence[tuple[int, int]]) -> list[str]:
    """`Vietnam and China have cooperated effectively in the Fisheries Agreement …`, `Hai Phong và Kagoshima đã
    triển khai hiệu quả Bản ghi nhớ …`: a document no signing names, in a clause whose subject is two parties
    joined by `and`, is theirs (its nearest such subject before it, no other document between)."""
    clause = _clause_start(doc, s_start, start)
    if any(clause <= a < start for a, _ in titles):
        return []
    spans = [sp for sp in _party_spans(doc, clause, start) if not _QUALIFYING_COUNTRY.match(doc.text, sp.end)]
    for left, right in reversed(list(pairwise(spans))):
        if (
            _AND.fullmatch(doc.text, left.end, right.start)
            and _PREDICATE.match(doc.text, right.end)
            and not _NOT_SUBJECT_BEFORE.search(doc.text, max(0, left.start - 12), left.start)
        ):
            ids = _ids(doc, [left, right])
            return ids if len(ids) >= 2 else []
    return []


_ON_BEHALF = re.compile(r"\b(?:thay mặt(?:\s+cho)?|đại diện\s+cho|on behalf of|representing)\s+", re.I)


def _on_behalf_of(doc: ArticleDoc, s_start: int, verb_start: int) -> list[str]:
    """`đại diện cho Bộ NN-PTNT, ông X, Vụ trưởng Vụ Hợp tác quốc tế đã ký …`, `On behalf of A, X signed …`, `X,
    thay mặt Chính phủ A, và Y, thay mặt Chính phủ B đã ký …`: the bodies the signers act for (each said before
    the verb), not the departments they head."""
    ids: list[str] = []
    for m in _ON_BEHALF.finditer(doc.text, s_start, verb_start):
        if _TWO_STATES.match(doc.text, m.end()):
            return two_main_countries(doc)  # `A và B đã thay mặt hai chính phủ ký …`: the two states they sign for
        stop = _BEHALF_END.search(doc.text, m.end(), verb_start)
        for i in _ids(doc, _party_spans(doc, m.end(), stop.start() if stop else verb_start)):
            if i not in ids:
                ids.append(i)
    return ids


_TWO_STATES = re.compile(r"hai\s+(?:chính phủ|nước|quốc gia)\b", re.I)
_BEHALF_END = re.compile(r",|\s+(?:và|and)\s|\s+(?:đã|sẽ|đồng|cùng|signed|will)\b")


def _all_lowercase(segment: str) -> bool:
    """Words all in lowercase (verbs and common nouns listed between commas): nothing that could be a party."""
    words = segment.split()
    return bool(words) and not any(w[0].isupper() for w in words)  # (`for 2022-25`: a number is no name either)


_OFFICE_OF = re.compile(rf"\s+the\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}\s+of\s")
"""`X, the Vice-Chancellor of …`: an office no title list knows, told as such."""


def _clause_start(doc: ArticleDoc, s_start: int, verb_start: int) -> int:
    """Where the subject of a verb begins: after the last comma or clause word before it that is not inside a
    name and does not join parties (`A, B và C đã ký`) nor a signer to his title."""
    text = doc.text
    inside = [(o.start, o.end) for o in (*doc.orgs, *doc.places, *doc.people) if s_start <= o.start < verb_start]
    pos = verb_start
    while True:
        comma = text.rfind(",", s_start, pos)
        if comma < 0:
            return s_start
        if (
            any(a <= comma < b for a, b in inside)
            or text.rfind("(", s_start, comma) > text.rfind(")", s_start, comma)  # `… 4 tỉnh Nam Lào (A, B, C) đã`
            or _qualified_by_country(doc, comma)
            or not text[comma + 1 : comma + 2].isspace()  # `Co.,Ltd`, `1,000`: no clause begins there
        ):
            pos = comma
            continue
        if _LIST_ENDING.fullmatch(_skeleton(doc, comma + 1, verb_start)) and doc.within(
            [*doc.orgs, *doc.places], max(s_start, comma - 80), comma
        ):
            pos = comma  # `A, B and C signed …`: a comma of the signers' list
            continue
        # a signer's apposition (`A và ngài X, Bộ trưởng … Rumani đã ký`): the signers go on left of the comma
        if (
            any(p.end == comma for p in doc.people)
            and (doc.title_at(comma + 2) is not None or _OFFICE_OF.match(text, comma + 1))
            and _party_spans(doc, comma + 1, verb_start)
            and not _ADJUNCT_START.match(text, max(s_start, text.rfind(",", s_start, comma) + 1))
        ):
            pos = comma
            continue
        return comma + 1


_PLACE_WORD = re.compile(rf"(?:\s+(?:{_PLACE_KINDS}))?", re.I)
_LIST_ENDING = re.compile(r"\s*(?:the\s+)?P(?:\s*,\s*(?:the\s+)?P)*\s+(?:and|và)\s+(?:the\s+)?P\s*")


def _skeleton(doc: ArticleDoc, start: int, end: int) -> str:
    """The text between two offsets with each organisation and place in it written `P`, with the acronym in brackets
    right after it (what a list's shape is read on)."""
    out, at = [], start
    for sp in outermost(doc, start, end):
        if sp.start < at:
            continue
        out.append(doc.text[at : sp.start])
        out.append("P")
        at = sp.end
        acronym = _ACRONYM_AFTER.match(doc.text, at, end)  # `Cơ quan Hợp tác quốc tế Hàn Quốc (Koica)`: one name
        if acronym:
            at = acronym.end()
    out.append(doc.text[at:end])
    return "".join(out)


_ACRONYM_AFTER = re.compile(r"\s*\([^()\s,]{1,15}\)")


_VI_PLACE_KIND = re.compile(r"(?:tỉnh|bang|vùng|khu tự trị)\s+")
"""The Vietnamese word for a place's kind, written before its name (`tỉnh Vân Nam`)."""


def _qualified_by_country(doc: ArticleDoc, comma: int) -> bool:
    """`Ansan City, South Korea and Phu Tho Province signed …`: a comma between a place and its country joins them;
    so does one between a foreign city and its province (`Kakogawa city, Hyogo prefecture of Japan`, `châu Văn Sơn,
    tỉnh Vân Nam`)."""
    kind = _VI_PLACE_KIND.match(doc.text, comma + 2)
    country = doc.span_at(doc.places, kind.end() if kind else comma + 2)
    if country is None:
        return False
    if country.label == Label.PROVINCE:
        before = doc.within(doc.places, max(0, comma - 60), comma)
        return bool(before) and _qualifies_city(doc, before[-1], country)
    if country.label != Label.COUNTRY:
        return False
    return any(
        _PLACE_WORD.fullmatch(doc.text, sp.end, comma) for sp in doc.within(doc.places, max(0, comma - 60), comma)
    )


def _not_where(doc: ArticleDoc, spans: list[Span]) -> list[Span]:
    """Without the places that only say where it happened (`signed between A and B in Hanoi on May 3`, `with Y
    during the President's state visit to Hanoi`), when a party stands before them."""
    out = [
        sp
        for i, sp in enumerate(spans)
        if i == 0
        or sp.label not in (Label.PROVINCE, Label.COUNTRY)
        or not _WHERE.search(doc.text, max(0, sp.start - 24), sp.start)
    ]
    return out


_SUBJECT_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)


def sentence_subject(doc: ArticleDoc, at: int) -> list[str]:
    """The body or place a sentence opens with, its subject (`The MoIT, carrying out …, has had … through the
    signing of Memoranda … with A, B and C`), when the sentence opens with one; else none."""
    sentence = doc.sentence_of(at)
    opening = _SUBJECT_OPENING.match(doc.text, sentence.start)
    first = outermost(doc, sentence.start, at)[:1]
    if not first or opening is None or first[0].start != opening.end():
        return []
    return party_ids(doc, first[0])


def party_ids_between(doc: ArticleDoc, start: int, end: int) -> list[str]:
    """The ids of the sides a `between` clause names from `start` to `end`."""
    return _ids(doc, _sides_between(doc, start, end)[0])


def _sides_between(doc: ArticleDoc, start: int, end: int) -> tuple[list[Span], re.Match[str] | None]:
    """The sides a `between` slot names from `start` to `end` (places named as where are none), and what the
    document is about when the slot goes on to say it (`between TNB and EVN on the ASEAN Power Grid`: not a
    party)."""
    about = SUBJECT.search(doc.text, start, end)
    return _not_where(doc, _party_spans(doc, start, about.start() if about else end)), about


def clause_end(text: str, at: int, limit: int) -> int:
    """Where the clause that begins at `at` ends (a verb, a new clause, the sentence's end)."""
    m = _CLAUSE_END.search(text, at, limit)
    return m.start() if m else limit


def _party_spans(doc: ArticleDoc, start: int, end: int) -> list[Span]:
    """Organisations, places and people between two offsets (outermost), people standing for their bodies, and
    a province named by its country's adjective (`the Russian region`)."""
    spans = outermost(doc, start, end)
    for person in doc.within(doc.people, start, end):
        if not any(sp.start <= person.start < sp.end for sp in spans):
            spans.append(person)
    spans.extend(_provinces_by_demonym(doc, start, end, spans))
    spans = [
        sp
        for sp in spans
        if not doc.datelines.filed_from(sp.start, sp.end)
        and not _BASED.match(doc.text, sp.end)
        and not _city_of_its_body(doc, sp, spans)
    ]
    return sorted(spans, key=lambda sp: sp.start)


def _city_of_its_body(doc: ArticleDoc, place: Span, spans: list[Span]) -> bool:
    """`Budapest’s Franz Liszt Academy of Music`: a city or province whose possessive opens a body's name is where the
    body is, no side of its own (a country keeps its reading: `Vietnam’s Ministry of …` may stand for the state)."""
    if place.label != Label.PROVINCE or (possessive := POSSESSIVE.match(doc.text, place.end)) is None:
        return False
    return any(sp.start == possessive.end() and sp.label == Label.ORGANIZATION for sp in spans)


_BASED = re.compile(r"-based\b")
"""`the Hanoi-based company`, `the Abu Dhabi-based firm`: where a body sits, which qualifies it and is no party."""


_DEMONYM_PLACE = re.compile(
    r"\bthe (" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r") (?:[a-z-]+ )?"
    r"(?:region|province|state|prefecture|oblast|krai|locality|delegation|capital(?: city)?|city)\b"
)
"""`the Russian region`, `the Vietnamese northern locality`, `the Lao capital city`: a place told by its country."""


_DEMONYM_PAIR = re.compile(
    r"(?:the\s+)?(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+and\s+(?:the\s+)?"
    r"(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+(?=[a-z])"
)
"""`between Vietnamese and Indonesian coast guards`, `between Australian and Vietnamese education institutions`: two
countries' adjectives before a common noun in the plural, the bodies of each named by their kind only."""


def _demonym_pair(doc: ArticleDoc, at: int) -> list[str]:
    """The two countries a `between` slot names by their adjectives before a common noun (bodies of each no stage
    reads as names), when the page names both countries; else none."""
    m = _DEMONYM_PAIR.match(doc.text, at)
    if m is None:
        return []
    ids = [f"country:{DEMONYMS[m.group(i)].lower()}" for i in (1, 2)]
    return ids if ids[0] != ids[1] and all(i in doc.entities for i in ids) else []


def _provinces_by_demonym(doc: ArticleDoc, start: int, end: int, spans: list[Span]) -> list[Span]:
    """`an agreement signed between the Russian region and Ba Ria – Vung Tau province`: the one province of that
    country the article names (none when it names several or none)."""
    out = []
    found: list[tuple[re.Match[str], str | None]] = [
        (m, DEMONYMS[m.group(1)]) for m in _DEMONYM_PLACE.finditer(doc.text, start, end)
    ]
    found += [(m, None) for m in _PARTNER_PLACE.finditer(doc.text, start, end)]  # `tỉnh bạn`: the one abroad
    for m, iso in found:
        if any(sp.start <= m.start() < sp.end for sp in spans):
            continue
        if (one := one_province_of(doc, iso)) is not None:
            out.append(Span(m.start(), m.end(), one, Label.PROVINCE, m.group(0)))
    return out


def one_province_of(doc: ArticleDoc, iso: str | None) -> str | None:
    """The one province of a country (upper-case ISO code; None: of any country but Việt Nam) the article names,
    else None (it names several or none)."""
    ids = {
        p.id
        for p in doc.places
        if p.label == Label.PROVINCE
        and (_country_of(doc, p.id) == iso if iso else _country_of(doc, p.id) not in (None, "VN"))
    }
    return ids.pop() if len(ids) == 1 else None


def after_partner(doc: ArticleDoc, head_end: int) -> int:
    """Where a plural head's fields may begin: after its `with` and the one body or place it names, if it does
    (`two MoUs with Laos's Ministry of Energy and Mines on A and on B`: the body after its country's possessive)."""
    w = _WITH_AFTER_HEAD.match(doc.text, head_end)
    partner = outermost(doc, w.end(), w.end() + 1) if w else []
    if not partner:
        return head_end
    possessive = POSSESSIVE.match(doc.text, partner[0].end)
    owned = outermost(doc, possessive.end(), possessive.end() + 1) if possessive else []
    return owned[0].end if owned else partner[0].end


# A capitalised name in a party's slot that no stage read (`MoU between WHA and Hung Yen Province`, `between
# the Port of Oakland and Long An port`): a body whose name has no head word the organisation stages know.
_UNNAMED_BODY = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|de|&)){0,5})"
    r"(?=\s*(?:$|,|;|\.|\(|\s+(?:and|to|on|in|for|at|with|which|that|signed|inked)\b))"
)
_NOT_A_BODY = re.compile(
    r"(?:Minister|Deputy|Vice|Governor|Chairman|Chairwoman|Chair|President|Director|Mayor|Ambassador|Secretary"
    r"|Prime|Premier|Mr|Mrs|Ms|Dr|Province|City|State|Governments?|Ministries|Authorities|Parliaments|Peoples"
    r"|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|The|This|That|These|Both|Each|Vietnamese|Vietnam|Viet)\b"
)
_BODY_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _with_unnamed_bodies(
    doc: ArticleDoc, start: int, end: int, named: list[Span], *, sides_read: int = 0
) -> list[Span]:
    """The parties of a `between` slot with the sides no stage read: a capitalised name standing alone between the
    slot's separators (`between WHA and Hung Yen Province`), or a name before a country that is a local company's
    (`between AMATA Vietnam and Phu Tho Province`, `Viettel Cambodia`), each kept as an organisation of its own.
    Only a name of at most six words that opens with no title, date or determiner word, and only when one other
    side was read (in the slot, or before it: `sides_read`, the signer of a `with`), or when the slot is two such
    names and nothing else (`between PetroVietnam and JERA`)."""
    text = doc.text
    pieces: list[tuple[int, int]] = []
    at = start
    for sep in _BODY_SEPARATOR.finditer(text, start, end):
        if any(sp.start <= sep.start() < sp.end for sp in named):
            continue  # `Ministry of Industry and Trade`: a separator inside a name read
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, end))
    found: list[tuple[Span, Span | None]] = []  # (the body, the country span it swallows)
    for a, b in pieces:
        inside = [sp for sp in named if a <= sp.start < b or sp.start <= a < sp.end]
        b = a + len(text[a:b].rstrip(" .,;"))
        a = b - len(text[a:b].lstrip())  # (`On Tuesday, A and B signed …`: the slot begins after the comma's space)
        country = inside[0] if len(inside) == 1 and inside[0].label == Label.COUNTRY and inside[0].end == b else None
        if inside and country is None:
            continue
        m = _UNNAMED_BODY.fullmatch(text, a, b)
        if m is None or _NOT_A_BODY.match(m.group("name")) or len(m.group("name")) < 3:
            continue
        if country is not None and m.start("name") >= country.start:
            continue  # the country alone
        name = m.group("name")
        org_id = f"org:{slug(name)}"
        found.append((Span(m.start("name"), m.end("name"), org_id, Label.ORGANIZATION, name), country))
    read = {sp.id for sp in named if not (sp.label == Label.COUNTRY and POSSESSIVE.match(text, sp.end))}
    both = len(found) == 2 and not named and not sides_read and len(pieces) == 2  # `between PetroVietnam and JERA`
    if not both and (len(found) != 1 or len(read) - (found[0][1] is not None) + sides_read != 1):
        return named  # (`Vietnam’s Ministry of …`: a possessive country qualifies the side it opens)
    for body, _ in found:
        doc.entity(
            body.id, Label.ORGANIZATION, body.text, properties={Prop.KIND: OrganizationKind.OTHER}, at=body.start
        )
    swallowed = {id(country) for _, country in found if country is not None}
    return sorted([*(sp for sp in named if id(sp) not in swallowed), *(b for b, _ in found)], key=lambda sp: sp.start)


_CITY_COMMITTEE = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chính quyền nhân dân|Chính quyền)\s+(?:thành phố|TP\.?|thị xã|huyện)\s+"
    r"(?P<name>[" + UPPER + r"][^\s,;()]*(?:\s+[" + UPPER + r"][^\s,;()]*){0,3})$",
    re.I,
)


def _sides_named_after_their_kind(doc: ArticleDoc, at: int, end: int) -> list[str]:
    """`giữa hai thành phố A và B`, `giữa 2 tỉnh A và B`: sides counted by their kind, then named right after it,
    are the sides named (not the page's two sides of that kind)."""
    if doc.article.lang == "en":
        return []
    named, about = _sides_between(doc, at, end)
    named = _with_cities_of_their_committees(doc, at, about.start() if about else end, named)
    if len(named) < 2 or doc.text[at : named[0].start].strip():
        return []
    return _ids(doc, named)


_DELEGATION_OF = re.compile(r"\b[Đđ]oàn\s+(?:công tác|đại biểu|cấp cao)(?:\s+cấp cao)?\s+(?:của\s+)?")


def delegation_body(doc: ArticleDoc) -> list[str]:
    """The body or place the page's delegation is from, as the page first names it (`Đoàn công tác của Bộ Ngoại
    giao thăm …`, `Đoàn công tác tỉnh X do …`): who `Đoàn` stands for as a clause's subject."""
    for m in _DELEGATION_OF.finditer(doc.text):
        named = outermost(doc, m.end(), m.end() + 1)
        if named and named[0].start == m.end():
            return _ids(doc, named[:1])
    return []


_AUTHORITIES_OF = re.compile(r"(?:chính quyền|lãnh đạo|nhân dân)\s+(?=(?:hai|2)\s)", re.I)
_TWO_CITIES = re.compile(r"(?:hai|2)\s+thành phố", re.I)


def two_cities(doc: ArticleDoc) -> list[str]:
    """The page's two cities, one of each of two countries: a foreign city a stage read as a place, and a Vietnamese
    city by its people's committee (no stage reads it as a place); none unless exactly two."""
    cities = list(
        dict.fromkeys(
            p.id
            for p in doc.places
            if p.label == Label.PROVINCE
            and (e := doc.entities.get(p.id)) is not None
            and e.properties.get(Prop.KIND) == CITY_KIND
        )
    )
    names = {fold(doc.entities[c].name) for c in cities}
    cities += list(
        dict.fromkeys(
            o.id
            for o in doc.orgs
            if city_committee(doc, o.id)
            and (m := _CITY_COMMITTEE.match(doc.entities[o.id].name)) is not None
            and fold(m.group("name")) not in names  # (`chính quyền nhân dân thành phố X` of a city read: X's side)
        )
    )
    return cities if len(cities) == 2 and len({body_country(doc, c) for c in cities}) == 2 else []


def city_committee(doc: ArticleDoc, party: str) -> bool:
    """The party is a Vietnamese city's people's committee (`UBND thành phố Sa Đéc`): a locality's side, as a
    province is."""
    entity = doc.entities.get(party)
    return entity is not None and entity.label == Label.ORGANIZATION and bool(_CITY_COMMITTEE.match(entity.name))


def _with_cities_of_their_committees(doc: ArticleDoc, start: int, end: int, named: list[Span]) -> list[Span]:
    """`Hiệp ước kết nghĩa giữa Sa Đéc và Incheon` on a page that names `Ủy ban nhân dân thành phố Sa Đéc`: a
    Vietnamese city below a province, which no stage reads as a place, is a side by its people's committee (the
    body the page names for it), not left out nor taken for its province."""
    committees: dict[str, Span] = {}
    for org in doc.orgs:
        m = _CITY_COMMITTEE.match(org.text)
        if m is not None:
            committees.setdefault(m.group("name"), org)
    if not committees:
        return named
    found = list(named)
    for name, org in committees.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text[start:end]):
            at = start + m.start()
            if not any(sp.start <= at < sp.end for sp in found) and org.id not in {sp.id for sp in found}:
                found.append(Span(at, at + len(name), org.id, org.label, name))
    return sorted(found, key=lambda sp: sp.start)


_PARTNER_PLACE = re.compile(
    r"\b(?:tỉnh|bang|vùng|thành phố) bạn\b|\b[Tt]he (?:prefecture|state|oblast|krai|region)\b(?!\s+of\b)"
)
"""`tỉnh bạn`, `the prefecture is implementing an agreement with …`: the one province abroad the article names."""


def _ids(doc: ArticleDoc, spans: list[Span]) -> list[str]:
    ids: list[str] = []
    for sp in spans:
        ids.extend(i for i in party_ids(doc, sp) if i not in ids)
    return ids


_PROVINCES_OF = re.compile(
    r"(?:\b(?:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+tỉnh(?:\s+(?:phía\s+|vùng\s+|miền\s+)?"
    r"(?:Bắc|Nam|Đông|Tây|Trung|Thượng|Hạ|biên giới|Bắc Trung|Nam Trung|Đông Bắc|Tây Bắc|Đông Nam|Tây Nam))?"
    r"|\bprovinces\s+of(?:\s+the)?)\s+(?:[A-ZĐ]\w*\s*\(\s*)?(?:(?:nước|of)\s+)?$"
)
"""A country right after a plural of its provinces (`các tỉnh Bắc Lào`, `4 tỉnh Nam Lào`, a count written with a
leading zero: `09 tỉnh nước CHDCND Lào`, `the provinces of Laos`), or in brackets after it (`các tỉnh Bắc Lào (nước
CHDCND Lào)`)."""


def _named_provinces_of(doc: ArticleDoc, country: str) -> list[str]:
    """The provinces of a country the article names, in the order it first names them."""
    ent = doc.entities.get(country)
    iso = str(ent.properties.get(Prop.ISO2) or "").upper() if ent is not None else ""
    if not iso:
        return []
    return list(
        dict.fromkeys(
            p.id
            for p in sorted(doc.places, key=lambda p: p.start)
            if p.label == Label.PROVINCE and str(_country_of(doc, p.id) or "").upper() == iso
        )
    )


def party_ids(doc: ArticleDoc, span: Span) -> list[str]:
    """A party's ids: a provincial government together with its province; a person, the body they serve."""
    if span.label == Label.OFFICIAL:
        if body := doc.employer(span.id):
            return [body]
        person = doc.entities.get(span.id)
        iso = person.properties.get(Prop.COUNTRY) if person is not None else None
        country = f"country:{iso.lower()}" if iso else None  # `with his Vietnamese counterpart X`: X's country
        return [country] if country in doc.entities else []
    if span.label == Label.COUNTRY and _PROVINCES_OF.search(doc.text, max(0, span.start - 40), span.start):
        provinces = _named_provinces_of(doc, span.id)
        if len(provinces) >= 2:
            return provinces  # `với các tỉnh Bắc Lào`, `the northern provinces of Laos`: those the page names
    ids = [span.id]
    if span.label == Label.ORGANIZATION:
        ent = doc.entities.get(span.id)
        if ent is not None and ent.properties.get(Prop.KIND) == OrganizationKind.PROVINCIAL_GOVERNMENT:
            place = span.data.get("place")
            if place is not None:
                ids.append(place.id)
    return [i for i in ids if i]


def outermost(doc: ArticleDoc, start: int, end: int) -> list[Span]:
    """Organisations and places between two offsets, those inside another dropped, and a country right
    after `, ` (or `of`) following a party dropped too (it qualifies that party)."""
    spans = sorted(
        [o for o in doc.orgs if start <= o.start < end] + [p for p in doc.places if start <= p.start < end],
        key=lambda sp: (sp.start, -(sp.end - sp.start)),
    )
    out: list[Span] = []
    qualifier: Span | None = None  # the last country dropped as its party's qualifier
    for sp in spans:
        if out and sp.start < out[-1].end:
            continue
        if out and (_qualifies(doc, out[-1], sp) or _qualifies_city(doc, out[-1], sp)):
            qualifier = sp
            continue
        if (
            qualifier is not None
            and sp.id == qualifier.id
            and _BRACKET_OPEN.fullmatch(doc.text, qualifier.end, sp.start)
        ):
            continue  # `… of the Republic of Korea (RoK)`: the qualifier's short form in brackets
        out.append(sp)
    return out


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _qualifies(doc: ArticleDoc, party: Span, sp: Span) -> bool:
    """A country right after a province or body's name and `, ` or `(` (`Bavaria, Germany`), or after a body's
    name and `of` (`the Presidential Committee on … of the Republic of Korea`): that party's country, no party."""
    if sp.label != Label.COUNTRY or party.label not in (Label.PROVINCE, Label.ORGANIZATION):
        return False
    between = doc.text[party.end : sp.start]
    if re.fullmatch(r"\s*(?:,\s*|\(\s*)", between):
        return True
    return party.label == Label.ORGANIZATION and bool(re.fullmatch(r"\s+(?:of|của)\s+(?:the\s+)?", between))


# Between a foreign city and the province or country that places it: no word that joins another party.
_CITY_QUALIFIER = re.compile(r"(?:(?!\b(?:and|và|with|với|between|giữa)\b)[^;.])*")
_CITY_QUALIFIER_REACH = 60  # characters


def _qualifies_city(doc: ArticleDoc, city: Span, place: Span) -> bool:
    """`Kakogawa city, Hyogo prefecture of Japan`, `Okcheon county in the Republic of Korea's Chungcheongbuk
    province`: the province and the country right after a foreign city say where it is; they are no parties."""
    entity = doc.entities.get(city.id)
    if (
        entity is None
        or entity.properties.get(Prop.KIND) != CITY_KIND
        or "-city-" not in city.id  # a city read from the text, not a gazetteer's city-province (`Ho Chi Minh City`)
        or place.label not in (Label.PROVINCE, Label.COUNTRY)
    ):
        return False
    if place.start - city.end > _CITY_QUALIFIER_REACH or not _CITY_QUALIFIER.fullmatch(doc.text, city.end, place.start):
        return False
    iso = str(entity.properties.get(Prop.COUNTRY) or "").lower()
    return place.id == f"country:{iso}" or str(_country_of(doc, place.id) or "").lower() == iso


def _sides(doc: ArticleDoc, phrase: str, portfolio: str | None = None) -> list[str]:
    """`hai nước`, `the two governments`: the article's two countries; `hai bên`, `hai Bộ`: the sides of its main
    meeting when it has two, else its two countries (`hai Bộ Quốc phòng`: the ministries of that portfolio)."""
    if _TWO_PROVINCES.search(phrase):
        provinces = _ranked(doc, Label.PROVINCE)[:2]
        if len(provinces) == 2:
            return provinces
    if (two := _TWO_MINISTRIES.search(phrase)) and len(
        ministries := _two_ministries(doc, portfolio or two.group("portfolio"))
    ) == 2:
        return ministries
    if (named := _TWO_BODIES.search(phrase)) and len(bodies := _two_bodies(doc, named.group(1))) == 2:
        return bodies
    if (named := _TWO_BODIES_EN.search(phrase)) and len(bodies := _two_bodies_named(doc, named.group(1))) == 2:
        return bodies
    if _TWO_SIDES.search(phrase):
        sides = _main_event_sides(doc)
        if len(sides) >= 2:
            return _governments_at_a_commission(doc, sides)
        provinces = _ranked(doc, Label.PROVINCE)[:2]
        if len(provinces) == 2 and len({_country_of(doc, p) for p in provinces}) == 2 and _names_local_bodies(doc):
            return provinces  # `lãnh đạo hai bên` on a page about Huế and Chungcheongnam: the two provinces
    return two_main_countries(doc)


_TWO_MINISTRIES = re.compile(
    r"\bhai Bộ\b|\b(?:the two|both)\s+(?:(?P<portfolio>(?-i:[a-z]+))\s+)?(?:ministries|ministers)\b", re.I
)
"""`hai Bộ`, `the two ministries`, `both foreign ministers` (with the portfolio's word, `foreign`)."""


_PORTFOLIO = re.compile(rf"\s*([{UPPER}][\w-]*(?: (?:[{UPPER}][\w-]*|và))*)(?<! và)")


def _two_ministries(doc: ArticleDoc, portfolio: str | None = None) -> list[str]:
    """`thỏa thuận hợp tác giữa hai Bộ`, `Hai Bộ trưởng đã ký …`: the ministry the article names most of each of two
    countries (none unless exactly two countries have one); of that portfolio when one is named (`hai Bộ Quốc
    phòng`) and each country has one."""
    counts: dict[str, int] = {}
    for span in doc.orgs:
        ent = doc.entities.get(span.id)
        if ent is not None and ent.properties.get(Prop.KIND) == OrganizationKind.MINISTRY:
            counts[span.id] = counts.get(span.id, 0) + 1
    if portfolio:
        own = {
            b: c
            for b, c in counts.items()
            if any(portfolio.lower() in name.lower() for name in (doc.entities[b].name, *doc.entities[b].aliases))
        }  # (by any of its names: `the two foreign ministries`, a Vietnamese one named `Bộ Ngoại giao` first)
        if len({body_country(doc, b) for b in own} - {None}) == 2:
            counts = own
    return _most_named_of_two_countries(doc, counts)


def _most_named_of_two_countries(doc: ArticleDoc, counts: dict[str, int]) -> list[str]:
    """Of bodies counted by mentions, the one named most of each country, when exactly two countries have one."""
    best: dict[str, str] = {}
    for body in sorted(counts, key=lambda b: -counts[b]):
        country = body_country(doc, body)
        if country is not None:
            best.setdefault(country, body)
    return list(best.values()) if len(best) == 2 else []


def two_localities(doc: ArticleDoc) -> list[str]:
    """The place below a country the page names most of each of two countries, when exactly two countries have
    one (the two localities a page about their ties is about)."""
    return _most_named_of_two_countries(doc, Counter(p.id for p in doc.places if p.label == Label.PROVINCE))


_TWO_BODIES = re.compile(r"\bhai (Văn phòng|Học viện|Viện|Thông tấn xã|Ủy ban|Hội|Tổng cục|Cục)\b")
_TWO_BODIES_EN = re.compile(
    r"\b(?:the two|both)\s+(association|chamber|universit|agenc|institute|academ|federation|council|corporation|union)"
    r"(?:s|ies)\b",
    re.I,
)
"""`between the two associations`, `both chambers`: two bodies of that kind (the word's stem)."""


def _two_bodies_named(doc: ArticleDoc, stem: str) -> list[str]:
    """The two bodies whose names hold the kind's word (`the two associations`: `the Vietnam-Cambodia Friendship
    Association` and `the Cambodia-Vietnam Friendship Association`) when the page names exactly two, else the one
    named most of each of two countries."""
    word = re.compile(
        rf"\b{stem}(?:y|ies|s)?\b" if stem.endswith(("universit", "agenc", "academ")) else rf"\b{stem}s?\b", re.I
    )
    counts = _bodies_named(doc, lambda name: bool(word.search(name)))
    return sorted(counts) if len(counts) == 2 else _most_named_of_two_countries(doc, counts)


def _two_bodies(doc: ArticleDoc, head: str) -> list[str]:
    """`giữa hai Văn phòng`, `hai Thông tấn xã`: the body of that kind (its name opening with the word) the article
    names most of each of two countries (none unless exactly two countries have one)."""
    return _most_named_of_two_countries(doc, _bodies_named(doc, lambda name: name.startswith(head + " ")))


def _bodies_named(doc: ArticleDoc, named: Callable[[str], bool]) -> Counter[str]:
    """The page's bodies whose name `named` accepts, counted by mentions."""
    return Counter(span.id for span in doc.orgs if (ent := doc.entities.get(span.id)) is not None and named(ent.name))


_OF_BOTH = re.compile(r"\s+(?:của\s+)?hai nước\b|\s+of (?:the two|both) countries\b", re.I)


def _each_country_s(doc: ArticleDoc, ids: list[str]) -> list[str]:
    """`giữa Bộ Ngoại giao hai nước`: the body read (ours) and, for the other side, the article's other main
    country (its body of that name is seldom written out); when the article does name each country's ministry of
    that portfolio (`Bộ Nông nghiệp của hai nước` on a page naming `Bộ Nông Lâm nghiệp Lào`), those two."""
    if not ids:
        return ids
    if len(pair := _ministries_of_portfolio(doc, ids[0])) == 2:
        return pair
    own = body_country(doc, ids[0])
    other = next((c for c in two_main_countries(doc) if body_country(doc, c) != own), None)
    return [ids[0], other] if other is not None else ids


_MINISTRY_HEAD = re.compile(r"(?:Bộ|Ministry of(?: the)?)\s+(\S+)")


def _ministries_of_portfolio(doc: ArticleDoc, body: str) -> list[str]:
    """Each of two countries' most-named ministry whose portfolio opens with the read ministry's first word
    (`Bộ Nông nghiệp` → `Bộ Nông nghiệp và Phát triển nông thôn`, `Bộ Nông Lâm nghiệp Lào`); none unless exactly
    two countries have one."""
    ent = doc.entities.get(body)
    head = _MINISTRY_HEAD.match(ent.name) if ent is not None else None
    if head is None:
        return []
    counts: Counter[str] = Counter()
    for span in doc.orgs:
        other = doc.entities.get(span.id)
        match = _MINISTRY_HEAD.match(other.name) if other is not None else None
        if match is not None and match.group(1).lower() == head.group(1).lower():
            counts[span.id] += 1
    return _most_named_of_two_countries(doc, counts)


def _country_of(doc: ArticleDoc, place_id: str) -> str | None:
    ent = doc.entities.get(place_id)
    return ent.properties.get(Prop.COUNTRY) if ent is not None else None


# After a plural document head, `with` and the partners it was (or is to be) made with, one document each:
# `signed cooperation agreements with Hanoi, Da Nang and Can Tho`, `… with Vietnamese localities, particularly …`.
_PARTNERS_LEAD = re.compile(
    r"\s+with\s+(?:(?:[\w-]+\s+){0,3}(?:localities|provinces|cities|partners|ministries|agencies)\s*,?\s*"
    r"(?:particularly|especially|including|namely|such as|notably)\s+"
    r"|(?:the\s+)?(?:governments|authorities|administrations|leaders)\s+of\s+(?:the\s+)?)?"
    r"|\s+(?:hợp tác\s+)?với\s+(?:(?-i:chính quyền|lãnh đạo)\s+)?(?:các\s+)?(?:(?-i:tỉnh|thành phố|địa phương|bộ|đối tác)\s+)?",
    re.I,
)
_COUNTED_PARTNERS_LEAD = re.compile(
    r"\s+with\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:localities|provinces|cities|prefectures|states|regions|partners|companies|firms)"
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*(?:[,:–—]\s*|\s+-\s+|\s*\(\s*)(?:(?:namely|including|particularly)\s+)?(?:the\s+)?"
    r"|\s+(?:hợp tác\s+)?với\s+(?P<vn>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?-i:tỉnh|thành phố|địa phương|bang)"
    r"(?:\s+[^\s,.;:()]+){0,8}?\s*(?:[:–—]\s*|\s+-\s+|\s*\(\s*|,?\s+(?:là|gồm|gồm có|bao gồm)\s+)"
    r"(?:(?-i:tỉnh|thành phố|bang)\s+)?",
    re.I,
)
"""`with three Lao provinces, A, B and C`, `với ba tỉnh của Lào có chung đường biên giới là A, B và C`: partners
counted, then named; as many must follow as were counted."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS |= {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_PARTNER_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|và\s+)?|\s+(?:and|và)\s+)(?:the\s+)?")
_PLACE_TAIL = re.compile(
    r"\s+(?:city|province|state|prefecture|region)\b(?:[’']s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Region|Prefecture|City)\b)?"
)  # (`Guangxi province’s Zhuang Autonomous Region`: the place, named again in full)


_FIELD_BEFORE_PARTNERS = re.compile(
    r"\s+(?:on|về|about)\s+[^,;:.()]{1,60}?(?=\s+(?:with|với)\s)"
    r"|\s+(?:signed|inked|concluded|đã ký|được ký)(?:\s+(?:in|năm)\s+\d{4})?(?=\s+(?:with|với)\s)"
    r"|(?:\s+(?:toàn diện|hữu nghị|song phương|chiến lược))?\s+và\s+\d+\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}?(?=\s+với\s)"
    r"|\s+(?:toàn diện|hữu nghị|song phương|chiến lược)(?=\s+với\s)"
)
"""`Memoranda of Understanding on economic and trade cooperation with …`, `Cooperation agreements signed in 2025
with …`: what the documents are about, or their signing, before their partners; a Vietnamese head's modifier, and
other things counted beside the documents (`3 thỏa thuận hợp tác toàn diện và 36 quy chế phối hợp với …`)."""
_YEAR_AFTER = re.compile(r"\s+in\s+(\d{4})\b|\s+\((\d{4})\)|\s+(?:năm|vào năm)\s+(\d{4})\b")


def partner_list(
    doc: ArticleDoc, head_end: int, *, counted_only: bool = False, or_dated: bool = False
) -> list[tuple[list[str], str, str | None]] | None:
    """The partners listed right after a plural head's `with` (two or more places or bodies, nothing else between
    them), each as its ids (a provincial government with its province) and its name as written, else None; when
    the lead counts them (`với ba tỉnh … là`), exactly that many (`counted_only`: only such a lead, as after a
    Vietnamese head, which has no plural; `or_dated`: or partners each dated by its own year)."""
    field = None if counted_only and not or_dated else _FIELD_BEFORE_PARTNERS.match(doc.text, head_end)
    head_end = field.end() if field is not None else head_end
    counted = _COUNTED_PARTNERS_LEAD.match(doc.text, head_end)
    lead = counted or (None if counted_only and not or_dated else _PARTNERS_LEAD.match(doc.text, head_end))
    if lead is None:
        return None
    found = _partners_after(doc, lead)
    if or_dated and found is not None and not all(year for _, _, year in found):
        return None  # (`or_dated`: partners each with its own year, `… với A (2009), B (2017) và C (2018)`)
    if counted is not None:
        number = counted.group("n") or counted.group("vn")
        count = int(number) if number.isdigit() else _COUNTS[number.lower()]
        if found is None or count != len(found) or _counted_names(doc, counted, count, check_only=True) is None:
            return _counted_names(doc, counted, count)
    return found


def _counted_names(
    doc: ArticleDoc, lead: re.Match[str], count: int, *, check_only: bool = False
) -> list[tuple[list[str], str, str | None]] | None:
    """`signed MOUs with two other partners in the UAE, A Ports Group and B Technologies`: partners counted, then
    named, some by names no stage read; exactly as many capitalised names as were counted, each a place or body
    read or else an organisation of its own (a name of at most six words, no title or date word)."""
    text = doc.text
    sentence = doc.sentence_of(lead.start())
    end = clause_end(text, lead.end(), sentence.end)
    end = lead.end() + len(text[lead.end() : end].rstrip(" .;"))
    pieces, at = [], lead.end()
    read = outermost(doc, lead.end(), end)
    for sep in _PARTNER_SEPARATOR.finditer(text, lead.end(), end):
        if any(sp.start <= sep.start() < sp.end for sp in read):
            continue  # (`Ministry of Industry and Trade`: a separator inside a name read)
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, end))
    if len(pieces) != count:
        return None
    found: list[tuple[list[str], str, str | None]] = []
    for a, b in pieces:
        inside = [sp for sp in read if a <= sp.start and sp.end <= b]
        if len(inside) == 1:
            found.append((party_ids(doc, inside[0]), inside[0].text, None))
            continue
        m = _UNNAMED_BODY.fullmatch(text, a, b)
        if m is None or _NOT_A_BODY.match(m.group("name")) or any(a <= sp.start < b for sp in read):
            return None
        found.append(([f"org:{slug(m.group('name'))}"], m.group("name"), None))
    if check_only:
        return found  # (whether the list holds as many names as were counted; nothing added to the graph)
    for ids, name, _ in found:
        if ids[0] not in doc.entities:
            doc.entity(ids[0], Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.OTHER}, at=lead.end())
    return found


def _partners_after(doc: ArticleDoc, lead: re.Match[str]) -> list[tuple[list[str], str, str | None]] | None:
    """The places or bodies listed right after a partners' lead, each with its ids, its name as written and the
    year written right after it (`with the administrations of A in 2009, B in 2017 and C in 2018`)."""
    head_end = lead.start()
    sentence = doc.sentence_of(head_end)
    spans = outermost(doc, lead.end(), sentence.end)
    at = lead.end()
    found: list[tuple[list[str], str, str | None]] = []
    for sp in spans:
        gap = doc.text[at : sp.start]
        if at != lead.end() and not _PARTNER_SEPARATOR.fullmatch(gap):
            break
        if at == lead.end() and gap.strip(" "):
            return None
        ids = party_ids(doc, sp)
        at = sp.end
        tail = _PLACE_TAIL.match(doc.text, at)
        at = tail.end() if tail else at
        year = _YEAR_AFTER.match(doc.text, at)
        at = year.end() if year else at
        if ids and all(ids[0] != other[0] for other, _, _ in found):
            found.append((ids, sp.text, next((g for g in year.groups() if g), None) if year else None))
    return found if len(found) >= 2 else None


def main_event_sides(doc: ArticleDoc) -> list[str]:
    """The two bodies of different countries the article's main meeting is between, when it is so (else none)."""
    sides = _main_event_sides(doc)
    countries = {body_country(doc, side) for side in sides}
    if len(sides) == 2 and len(countries) == 2 and None not in countries:
        return _governments_at_a_commission(doc, sides)
    main = next((sp for sp in doc.events if (e := doc.entities.get(sp.id)) and e.properties.get("main")), None)
    if main is None:
        return []
    if len({p.id for p in main.data["event"].people}) >= 2:
        if len(sides) == 1 and (other := _other_locality(doc, sides[0])) is not None:
            return [sides[0], other]  # a province's leader meets a guest whose post no stage read: the page's other one
        both = two_main_countries(doc)  # `Prime Minister Thongloun … and his Vietnamese counterpart …`: their countries
        return both if len(both) == 2 else []
    if len(sides) == 1:
        # one side read (`Minister of Finance X paid an official visit to Cuba`, `Thủ tướng tiếp Bộ trưởng … Saudi
        # Arabia`): the other is where the visit goes, else the article's other main country
        own = body_country(doc, sides[0])
        for place in main.data["event"].places:
            if place.id in doc.entities and place.id != sides[0] and body_country(doc, place.id) != own:
                return [sides[0], place.id]
        other = next((c for c in two_main_countries(doc) if body_country(doc, c) != own), None)
        return [sides[0], other] if other is not None else []
    return []


_COMMISSION = re.compile(
    r"\b(?:[Jj]oint|[Ii]nter-?[Gg]overnment(?:al)?|[Ii]ntergovernmental)\s+(?:[A-Z][\w-]*\s+)?(?:[Cc]ommittee|[Cc]ommission)\b"
    r"|\b[ỦUủu][ỷy] ban (?:[Ll]iên [Cc]hính phủ|[Hh]ỗn hợp|[Hh]ợp tác [Ll]iên [Cc]hính phủ)\b"
)
"""An intergovernmental committee (`the Vietnam-Turkey Joint Committee`, `the Intergovernmental Commission`, `Ủy ban
liên Chính phủ`, `Ủy ban hỗn hợp`): its co-chairs, ministers of any portfolio, sit for their governments."""


def _governments_at_a_commission(doc: ArticleDoc, sides: list[str]) -> list[str]:
    """The two sides of a meeting, or their countries when it is a session of an intergovernmental committee whose
    co-chairs are two ministries: what `the two sides` sign there is their governments' (a Construction Minister
    and a Minister of Foreign Trade co-chair an economic commission; neither ministry is the document's side)."""
    if len(sides) != 2 or not _COMMISSION.search(doc.text):
        return sides
    if not all(
        (ent := doc.entities.get(side)) is not None and ent.properties.get(Prop.KIND) == OrganizationKind.MINISTRY
        for side in sides
    ):
        return sides
    states = states_of(doc, sides)
    return states if len(states) == 2 and all(doc.entities[s].label == Label.COUNTRY for s in states) else sides


_SESSION_RECORD = re.compile(
    r"\b(?:minutes|protocol)\s+of\s+the\s+(?:(?:[\w-]+\s+){0,2}(?:session|meeting)\b|(?:inter-?governmental|joint)\b)"
    r"|\bmeeting\s+(?:minutes|protocol)\b",
    re.I,
)
"""The record two sides sign at the close of a session (`the minutes of the meeting`, `the Protocol of the 41st
Session`, `the Protocol of the Intergovernmental Mechanism for …`, `the intergovernmental meeting protocol`)."""
_INTERGOVERNMENTAL = re.compile(r"\b[Ii]nter-?[Gg]overnmental\b")


def session_record(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the English title at `start`…`end` is the record of an intergovernmental body's session: a session
    record on a page that names such a body, or whose own title does (the words right before the head count:
    `the bilateral intergovernmental meeting protocol`)."""
    before = max(doc.sentence_of(start).start, start - _RECORD_REACH)
    return bool(_SESSION_RECORD.search(doc.text, before, end)) and bool(
        _COMMISSION.search(doc.text) or _INTERGOVERNMENTAL.search(doc.text, before, end)
    )


_RECORD_REACH = 30  # characters: how far before a record's head the session it closes may be named


def sides_of_a_session(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The two states whose intergovernmental body's session a record closes: the countries its parties stand for
    (a co-chairing ministry its country, whatever its portfolio), completed by the page's two main countries
    (a capital or the session's venue, `between Hanoi and Havana`, `Havana`, is no side of its own)."""
    countries = [s for s in states_of(doc, parties) if (ent := doc.entities.get(s)) and ent.label == Label.COUNTRY]
    if len(countries) >= 2:
        return countries[:2]
    return list(dict.fromkeys([*countries, *two_main_countries(doc)]))[:2]


def states_of(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The states parties stand for (a `Hiệp định`, a treaty between states; what an intergovernmental committee's
    co-chairs sign): the bodies whose ministers signed or negotiate it (`Bộ trưởng Bộ Ngoại giao … ký Hiệp định
    miễn thị thực`) stand for their countries; a government stays (it signs for its
    state: `thay mặt Chính phủ A`), and so do bodies its title names as its sides (`Hiệp định dẫn độ giữa Bộ Công
    an VN và …`: the caller does not ask)."""
    out: list[str] = []
    for pid in parties:
        ent = doc.entities.get(pid)
        iso = (
            ent.properties.get(Prop.COUNTRY)
            if ent is not None
            and ent.label == Label.ORGANIZATION
            and ent.properties.get(Prop.KIND) != OrganizationKind.GOVERNMENT
            else None
        )
        state = f"country:{str(iso).lower()}" if iso else pid
        state = state if state in doc.entities else pid
        for one in _states_of_a_joint_body(doc, pid) if state == pid else [state]:
            if one not in out:
                out.append(one)
    return out


def _states_of_a_joint_body(doc: ArticleDoc, body: str) -> list[str]:
    """`Hội đồng Doanh nghiệp Việt Nam - Ai Cập`, a body of no one country whose name pairs two the page names: it
    stands for both (a treaty its sentence asks for is the two states'); any other party stands for itself."""
    ent = doc.entities.get(body)
    if ent is None or ent.label != Label.ORGANIZATION or ent.properties.get(Prop.COUNTRY):
        return [body]
    name = fold(ent.name)
    named = [
        c.id
        for c in doc.entities.values()
        if c.label == Label.COUNTRY and re.search(rf"(?<!\w){re.escape(fold(c.name))}(?!\w)", name)
    ]
    return named if len(named) == 2 and re.search(r"\s[-–]\s", ent.name) else [body]


def _other_locality(doc: ArticleDoc, side: str) -> str | None:
    """When one side of a meeting is a locality (`Tỉnh trưởng tỉnh A tiếp đoàn tỉnh B do Chủ tịch X dẫn đầu`), the
    other is the locality the page names most of the other country (of the page's two), not that country."""
    ent = doc.entities.get(side)
    if ent is None or ent.label != Label.PROVINCE:
        return None
    own = body_country(doc, side)
    other = next((body_country(doc, c) for c in two_main_countries(doc) if body_country(doc, c) != own), None)
    counts = Counter(p.id for p in doc.places if p.label == Label.PROVINCE and body_country(doc, p.id) == other)
    return counts.most_common(1)[0][0] if other is not None and counts else None


def body_country(doc: ArticleDoc, body: str) -> str | None:
    """A side's country: a country itself, else the country its entity is of (`_country_of`)."""
    ent = doc.entities.get(body)
    if ent is not None and ent.label == Label.COUNTRY:
        return str(ent.properties.get(Prop.ISO2) or body)
    return _country_of(doc, body)


def _main_event_sides(doc: ArticleDoc) -> list[str]:
    """The bodies of the people of the article's main event (one per person, in order), if it has one."""
    for span in doc.events:
        ent = doc.entities.get(span.id)
        if ent is None or not ent.properties.get("main"):
            continue
        sides: list[str] = []
        for p in span.data["event"].people:
            body = next(iter(party_ids(doc, p)), None)  # the body they serve, else their country
            if body is not None and body not in sides:
                sides.append(body)
        return sides
    return []


_LOCAL_BODIES = frozenset(
    [OrganizationKind.PROVINCIAL_GOVERNMENT, OrganizationKind.PEOPLE_COUNCIL, OrganizationKind.PARTY_COMMITTEE]
)


def _names_local_bodies(doc: ArticleDoc) -> bool:
    """Whether the page names a locality's government, council or party committee: a page about two localities'
    ties, whose `both sides` are the localities (on a page of a prime minister's visit that names only the cities
    he lands in, `both sides` are the two countries)."""
    return bool(_LOCAL_LEADER.search(doc.text)) or any(
        (ent := doc.entities.get(span.id)) is not None and ent.properties.get(Prop.KIND) in _LOCAL_BODIES
        for span in doc.orgs
    )


_LOCAL_LEADER = re.compile(
    r"\b(?:[Gg]overnor of|[Vv]ice[- ][Gg]overnor|[Mm]ayor|[Pp]rovincial|[Tt]ỉnh ủy|[Tt]ỉnh trưởng|[Tt]hị trưởng|UBND"
    r"|Ủy ban nhân dân|People['’]s Committee)\b"
)
"""A locality's leaders or bodies, named by their words (`Governor of Laos' X province`, `provincial`)."""


def _ranked(doc: ArticleDoc, label: str) -> list[str]:
    """The places of a label, named most first (ties: the first named first)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.label == label:
            counts[p.id] = counts.get(p.id, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _ranked_countries(doc: ArticleDoc) -> list[str]:
    """The countries named most, a province named counting for its country (`Seoul and Hanoi`: Korea too)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.label == Label.COUNTRY:
            counts[p.id] = counts.get(p.id, 0) + 1
        elif p.label == Label.PROVINCE and (iso := _country_of(doc, p.id)):
            country = f"country:{str(iso).lower()}"
            if country in doc.entities:
                counts[country] = counts.get(country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def only_two_countries(doc: ArticleDoc) -> list[str]:
    """The two countries of a page that names exactly two, and no province of a third: `cooperation
    documents on energy and mineral resources` signed on Viet Nam's president's visit to Indonesia are between
    those two. None on a page of more or fewer."""
    named = {p.id for p in doc.places if p.label == Label.COUNTRY}
    return sorted(named) if len(named) == 2 and set(_ranked_countries(doc)) == named else []


def two_main_countries(doc: ArticleDoc) -> list[str]:
    """The article's home country and the foreign one named most (its provinces counting for it); with no home
    country (English), Viet Nam if it is named (Viet Nam's news in English), else the two named most."""
    ranked = _ranked_countries(doc)
    home = doc.home_country or ("country:vn" if "country:vn" in ranked else None)
    if home is None:
        return ranked[:2]
    if doc.home_country is None and (lead := _lead_partner(doc, home)) is not None:
        return [home, lead]
    return [home, *[c for c in ranked if c != home][:1]]


_LEAD_WORDS = 4


def _lead_partner(doc: ArticleDoc, home: str) -> str | None:
    """The one foreign country an English page's first sentence names (its headline or lead: `Korea, Vietnam agree
    to cooperate in …`): the side its story is about, though the body may name a third country more often (`to
    reduce dependence on China`, said five times). None when it names none or several. A line of fewer than
    `_LEAD_WORDS` words before it is the outlet's masthead (`The Star Malaysia`), no sentence of the story."""
    first = next((s for s in doc.sentences if len(doc.text[s.start : s.end].split()) >= _LEAD_WORDS), None)
    if first is None:
        return None
    named = {
        country
        for p in doc.places
        if first.start <= p.start < first.end and (country := _country_id(doc, p)) is not None and country != home
    }
    return named.pop() if len(named) == 1 else None


def _country_id(doc: ArticleDoc, place: Span) -> str | None:
    """A country's id, or the id of the country a province is of (`Seoul`: Korea), if the page has it."""
    if place.label == Label.COUNTRY:
        return place.id
    iso = _country_of(doc, place.id) if place.label == Label.PROVINCE else None
    country = f"country:{str(iso).lower()}" if iso else None
    return country if country in doc.entities else None
