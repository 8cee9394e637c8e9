"""The entry point: `parties` tries the forms in order, the first that names anyone winning (`giữa A và B` /
`between A and B` in the title or right after it, two parties named in the title, English relative signers, the
signing verb's clause, signers counted and not named, a plural for the two sides), then a coordinated subject, `their` document, a holder's
`with`, a relation before it, and for an FTA the countries of its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.vocabulary import Label
from loaders.entities.agreement_parties.countries import _country_of, _ranked, two_main_countries
from loaders.entities.agreement_parties.demonyms import _demonym_pair
from loaders.entities.agreement_parties.localities import (
    _AUTHORITIES_OF,
    _AUTHORITIES_OF_EN,
    _TWO_CITIES,
    _sides_named_after_their_kind,
    _with_cities_of_their_committees,
    two_cities,
)
from loaders.entities.agreement_parties.mentions import _ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.partners import _COUNTS
from loaders.entities.agreement_parties.relations import _between_before, _holder_with, _pair_of_the_relation
from loaders.entities.agreement_parties.signing import _verb_clause
from loaders.entities.agreement_parties.spans import (
    SUBJECT,
    _not_where,
    _party_spans,
    _sides_between,
    _without_descriptions,
    clause_end,
)
from loaders.entities.agreement_parties.subjects import _HAS_RELATION, _coordinated_subject
from loaders.entities.agreement_parties.two_sides import (
    _OF_BOTH,
    _PLURAL_BODIES_OF_BOTH,
    _PLURAL_PARTIES,
    _PORTFOLIO,
    _SIDES_UNNAMED,
    _THREE_PROVINCES,
    _TWO_COUNTRIES,
    _TWO_SIDES,
    _each_country_s,
    _sides,
    _three_localities,
    pair_named_before,
)
from loaders.entities.agreement_parties.unnamed import _with_unnamed_bodies
from loaders.entities.agreement_parties.words import _GIUA, _WITH, _WITH_AFTER_HEAD
from loaders.entities.doc import ArticleDoc
from loaders.entities.places import POSSESSIVE
from loaders.first_letters import compile_gated

_AFTER_TITLE = re.compile(
    r"\s*,?\s*(?:(?:cũng\s+)?(?:đã\s+)?(?:được\s+)?k[ýí](?:\s+kết)?\s+giữa|(?:which\s+|that\s+)?(?:was\s+|were\s+)?"
    r"(?:also\s+|jointly\s+|officially\s+)?(?:signed|inked|concluded)\s+"
    r"(?:(?:on|in|at|during)\s+[^;.()]{1,40}?\s+|(?:\w+\s+){0,3}?)(?:between|by)|(?:was|is)\s+between)\s+",
    re.I,
)
"""`…, signed between A and B`, `was signed by A and B`, also past the signing's day and place (`was signed on July
3 in Nairobi by A and B`), and the copula's `The air services agreement was between A and B`."""
_SIGNED_BETWEEN = compile_gated(r"\b(?:k[ýí](?:\s+kết)?|signed)\s+(?:giữa|between)\s+", re.I)
_RELATIVE_SIGNERS = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?P<who>[^,;.]{3,120}?)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:signed|inked|concluded|adopted)\b"
)


_THEIR = compile_gated(
    r"\b(?:their|both sides['’]|the two sides['’])\s+(?:(?:existing|signed|bilateral|new)\s+)?$", re.I
)


_THE_PROVINCE_AND = re.compile(r"(?:tỉnh|thành phố|the\s+province|the\s+city)\s+(?:và|and)\s", re.I)
"""`giữa tỉnh và X`, `between the province and X`: a side named by its kind alone, the page's own province."""
_OTHER_SIDE_AFTER_COMMA = re.compile(r",\s+(?:and|và)\s+(?=[A-ZĐ])")
_NAMED_AFTER_COLON = re.compile(r"[^.;:()]{0,80}:\s*")


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
        authorities = (_AUTHORITIES_OF_EN if doc.article.lang == "en" else _AUTHORITIES_OF).match(text, giua.end())
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
        if plural and len(pair := pair_named_before(doc, sentence, plural.group(0))) == 2:
            return pair  # `A and B will … This plan was formalized by a MOU signed by both sides`
        if plural:  # `between the two governments on … in Laos`: the two sides, not the places named after
            portfolio = _PORTFOLIO.match(text, plural.end())  # `giữa hai Bộ Quốc phòng`: the two defence ministries
            return _sides(
                doc,
                plural.group(0),
                portfolio.group(1) if portfolio else None,
                (sentence.start, min(start, title_start)),
            )
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
        if len(named) == 1 and _THE_PROVINCE_AND.match(text, giua.end()) and (ranked := _ranked(doc, Label.PROVINCE)):
            # `Bản ghi nhớ hợp tác giữa tỉnh và CNAM`: the province the page is about, and the side named
            return [ranked[0], *(i for i in _ids(doc, named) if i != ranked[0])]
        if named:
            return _ids(doc, named)
    about = SUBJECT.search(text, head_end, end)  # `agreement on the construction of the Lao National Assembly
    scan_end = about.start() if about else end  # building`: what a document is about names no party of it
    if about is not None and (pair := _pair_of_the_relation(doc, about.end(), end)):
        return pair  # `a memorandum on A-B friendly ties`: a relation between two places is theirs
    named = outermost(doc, title_start, scan_end) if title_start < start else []
    named = named if len(named) >= 2 else outermost(doc, head_end, scan_end)
    named = _without_descriptions(doc, named, scan_end)  # (`với Công ty A, đơn vị thành viên của Tập đoàn B`)
    if len(named) >= 2:
        ids = _ids(doc, named)
        if _WITH.search(text, head_end, named[0].start):  # `A ký biên bản hợp tác với B, C và D`: A signs too
            subject = _verb_clause(
                doc, sentence.start, sentence.end, start, head_end, head_end, titles, partners_read=True
            )
            ids = [i for i in subject if i not in ids] + ids
        return ids
    relative = _RELATIVE_SIGNERS.match(text, end)
    if relative:  # `the action plan that MOIT and MOTIE signed in 2023`
        ids = _ids(doc, _party_spans(doc, relative.start("who"), relative.end("who")))
        if ids:
            return ids
    if counted := _counted_localities(doc, sentence.start, start):
        return counted
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
        return _sides(doc, text[sentence.start : title_start], named_before=(sentence.start, title_start))
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


_COUNTED_SIGNERS = compile_gated(
    r"\b(?:the\s+)?(?P<n>three|four|five|six|seven|ba|bốn|năm|sáu|bảy|[3-7])\s+(?:parties|sides|provinces|localities|bên|tỉnh"
    r"|địa phương)\s+(?:have\s+|has\s+|also\s+|then\s+|đã\s+|cùng\s+|cũng\s+)*(?:signed|inked|k[ýí](?:\s+kết)?)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _counted_localities(doc: ArticleDoc, sentence_start: int, start: int) -> list[str]:
    """`The five parties signed two cooperation pacts …`, `Ba bên đã ký …`: signers counted, not named, three or more,
    are the page's provinces when it names exactly that many, of two countries or more (a meeting of border
    provinces: `the four northern border provinces of A, B, C and D and China's E`); else none (the signing verb's
    clause reads on). Before this, the verb's clause fell back on the page's two main sides."""
    counted = _COUNTED_SIGNERS.search(doc.text, sentence_start, start)
    if counted is None:
        return []
    word = counted.group("n").lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    ranked = _ranked(doc, Label.PROVINCE)
    if len(ranked) != n or len({_country_of(doc, p) for p in ranked}) < 2:
        return []
    return ranked
