"""English names with `of` chains: what follows a head word, the `of`/`for` complements (`Ministry of Economy, Trade
and Industry of Japan`, `Department of Commerce of Yunnan Province`) with `and` and enumeration commas inside, the
place a name ends with (its seat, described or not: `of the northern province of Bac Giang`), a committee's subject
after `on`/`for` and the two countries of a joint body (`between Egypt and Vietnam`).

Kept apart from the name's left edge and from the rules that decide what a name is: the right edge is read the same
way for every head."""

from __future__ import annotations

import re

from core.vocabulary import Label, OrganizationKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.officials_en import DEMONYMS, DESCRIBED_PLACE, field_words
from loaders.entities.organizations_en.heads import _HEAD, _HEAD_IN_RUN, _KIND_BY_HEAD
from loaders.entities.organizations_en.words import _CAP, _MAX_WORDS, _NOT_IN_NAME, _POSSESSIVE_IN_NAMES
from loaders.entities.places import PLACE_WORD_AFTER
from loaders.letters import UPPER

_OF = re.compile(r" (?:of|for)(?: the)? ")
_COMPLEMENT_SEP = re.compile(r",? (?:and|&) (?=[A-Z])|, (?=[A-Z])| in (?=[A-Z])| (?=[A-Z])")
_WORD_AT = re.compile(r"[\w'’\-]*")
_AND_LATER = re.compile(r"[^.;:]*? and [A-Z]")
# The capitalised words of one item after an enumeration's comma, up to the next comma, `and` or lowercase word.
_ITEM_WORDS = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*)*")
_JOINT_SUBJECT = re.compile(r" (?:on|for) ((?:[a-z][a-z\-]*(?:,? | and )){0,7}[a-z][a-z\-]*)")
_SUBJECT_WORD = re.compile(r"[a-z][a-z\-]*")
_NOT_SUBJECT = frozenset(
    {"in", "at", "to", "with", "which", "that", "who", "was", "were", "is", "are", "will", "has", "have", "had"}
    | {"held", "from", "by", "since", "between", "of", "the", "a", "an", "this", "its", "their", "and", "said"}
    | {"met", "meets", "agreed", "agrees", "signed", "discussed", "reviewed", "approved", "adopted", "also", "says"}
    | {"while", "when", "where", "whereas", "as", "so", "after", "before", "during", "under", "through", "upon"}
    | {"following", "amid", "over", "into", "within", "toward", "towards", "then", "but"}
)
"""Words that go on with the sentence, not the subject (`… for economic and technical cooperation, while recalling`,
`… on economic cooperation so as to …`): a subject is nouns and adjectives joined by commas and `and`."""


def _joint_subject(text: str, at: int) -> int:
    """Where a joint body's subject after `on`/`for` ends (`… joint committee on free trade agreements`): lowercase
    words, commas and `and`, up to a word that goes on with the sentence; `at` when there is none. A comma joins
    fields only in an enumeration that `and` closes (`for economic, trade and technical cooperation`); without one it
    ends the name, and the clause after it is the sentence's (`… joint committee for trade, deemed as …`)."""
    m = _JOINT_SUBJECT.match(text, at)
    end = at
    for word in _SUBJECT_WORD.finditer(text, m.start(1), m.end(1)) if m is not None else ():
        if word.group(0) in _NOT_SUBJECT:
            if word.group(0) != "and":
                break
        else:
            end = word.end()
    while (comma := text.rfind(", ", at, end)) >= 0 and " and " not in text[comma:end]:
        end = comma  # `… for trade, deemed`: no `and` closes the list, so no field follows the comma
    return end


_BETWEEN = re.compile(r" between (?:the )?")
_AND_THE = re.compile(r" and (?:the )?")


def _countries_between(doc: ArticleDoc, end: int) -> int | None:
    """Where `between A and B` after a joint body's name ends, when A and B are two countries; else None."""
    between = _BETWEEN.match(doc.text, end)
    first = doc.span_at(doc.places, between.end()) if between else None
    if first is None or first.label != Label.COUNTRY:
        return None
    joined = _AND_THE.match(doc.text, first.end)
    second = doc.span_at(doc.places, joined.end()) if joined else None
    return second.end if second is not None and second.label == Label.COUNTRY and second.id != first.id else None


def _right_edge(doc: ArticleDoc, head_end: int) -> tuple[int, Span | None]:
    """The `of`/`for` complements after a head (`of Economy, Trade and Industry`, `of Yunnan Province`), and the
    place the name ends with, if any."""
    text = doc.text
    end = head_end
    while True:
        m = _OF.match(text, end)
        if m is None:
            return end, None
        described = DESCRIBED_PLACE.match(text, m.end())  # `of the Vietnamese northern province of Bac Giang`
        place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, m.end())
        region = _REGION_ADJECTIVE.match(text, m.end()) if place is None else None
        if region is not None:  # `People’s Committee of northern Ha Giang province`: the place, described
            place = doc.span_at(doc.places, region.end())
        if place is not None and _COMPANY_AFTER_PLACE.match(text, place.end):
            return end, None  # `Managing Board of Korea Industrial Complex Co., Ltd`: a company's board, not Korea's
        if place is not None:
            place = _province_of_country(doc, place)
            stop = place.end
            word = PLACE_WORD_AFTER.match(text, stop)
            return (word.end() if word else stop), place
        words = _complement(doc, m.end())
        if words == m.end() or text[m.end() : words] in DEMONYMS:
            return end, None  # (`Committee for External Affairs of the Polish city`: whose, in words, no name's)
        end = words


_POSSESSIVE = re.compile(r"['’]s? ")


def _province_of_country(doc: ArticleDoc, place: Span) -> Span:
    """The province a country's possessive names (`Party Committee of China’s Yunnan province`, `People's Committee
    of Laos’ Champasak province`): the body is the province's, whose country the news names first; else the place."""
    if place.label != Label.COUNTRY:
        return place
    owned = _POSSESSIVE.match(doc.text, place.end)
    province = doc.span_at(doc.places, owned.end()) if owned else None
    return province if province is not None and province.label == Label.PROVINCE else place


_COMPANY_AFTER_PLACE = re.compile(
    rf"(?: [{UPPER}][\w&'’\-]*){{1,4}},? (?:"
    + "|".join(
        re.escape(h)
        for h, k in sorted(_KIND_BY_HEAD.items(), key=lambda hk: -len(hk[0]))
        if k == OrganizationKind.COMPANY
    )
    + r")(?![\w'’\-])"
)
"""A place's name that begins a company's (`Korea Industrial Complex Co., Ltd`, `Vietnam Airlines JSC`)."""
_REGION_ADJECTIVE = re.compile(
    r"(?:(?:north|south)(?:east|west)ern|(?:north|south|east|west)ern|(?:north|south)-central|central|coastal"
    r"|mountainous|border) "
)


def _complement(doc: ArticleDoc, at: int) -> int:
    """Capitalised words from `at` with `and`, `&` and enumeration commas between them; stops at a title, a place,
    a known name starting there, and a lowercase word."""
    text = doc.text
    pos = end = at
    words = 0
    joined = listed = False
    while words < _MAX_WORDS:
        if words and (doc.title_at(pos) or doc.span_at(doc.places, pos)):
            break
        m = _CAP.match(text, pos)
        if m is None or m.group(0) in _NOT_IN_NAME:
            break
        if m.group(0).endswith(("'s", "’s")) and m.group(0) not in _POSSESSIVE_IN_NAMES:
            return m.end() - 2  # `the Department of State's …`: the name ends before the possessive (not `People's`)
        if m.group(0).endswith(("s'", "s’")):
            return m.end() - 1  # `the Ministry of Foreign Affairs’ Undersecretary …`: a plural's possessive ends it
        end = m.end()
        words += 1
        sep = _COMPLEMENT_SEP.match(text, end)
        if sep is None:
            break
        if (
            sep.group(0) == " "
            and _HEAD_ENDS.search(text, max(0, end - _HEAD_REACH), end)
            and _holder_after(doc, end + 1)
        ):
            break  # `Chairman of the Board of the X Commodity Exchange Jan Berg and …`: the holder after the body
        if joined and sep.group(0) != " ":
            break  # the enumeration's `and` came: `… of Energy and Mines and Victoria’s …` is two names
        if sep.group(0).startswith(", ") and sep.group(0) != ", " and not listed:
            break  # `… of Finance, and Vingroup`: a comma then `and` ends a name unless it closes a list (below)
        listed = listed or sep.group(0) == ", "  # `of Investment, Industry, and Trade`: a list's last comma
        if sep.group(0).lstrip(",") in (" and ", " & ") and (
            _HEAD_IN_RUN.match(text, sep.end()) or doc.span_at(doc.places, sep.end())
        ):
            break  # `… between Vietnam’s Ministry of Trade and Central Group`, `… and US Customs …`: another body
        field = _WORD_AT.match(text, sep.end()) if sep.group(0) == " in " else None
        if field is not None and field.group(0) not in field_words(doc.lexicon):
            break  # `… on Cooperation in Industry`: a field; `… Ministers Jorge … in Havana`: where, not the name
        later = _AND_LATER.match(text, sep.end(), sep.end() + 60) if sep.group(0) == ", " else None
        if sep.group(0) == ", " and (
            later is None
            or _HEAD.search(text, sep.end(), later.end())
            or doc.within(doc.places, sep.end(), later.end() - 5)
        ):
            break  # a comma that ends the name, not one of an enumeration of fields (`of Economy, Trade and Industry`)
        if sep.group(0) == ", " and _apposed_name(doc, sep.end()):
            break  # `Chief Executive of the Ministry for Primary Industries, Jane Doe, and …`: who holds it
        joined = joined or sep.group(0).lstrip(",") in (" and ", " & ")
        pos = sep.end()
    return end


_HEAD_ENDS = re.compile(
    r"(?<![\w'’\-])(?:" + "|".join(sorted(map(re.escape, _KIND_BY_HEAD), key=len, reverse=True)) + r")$"
)
"""A body's head word ending the words read so far (`… Commodity Exchange`, `… State University`)."""
_HEAD_REACH = 40
_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?![\w'’])")
"""A word of a person's name in plain letters (`Jan`, `Berg`, `Jae-yong`); a body's words often are not (`KTQ`)."""
_AFTER_HOLDER = re.compile(r",| and [A-Z]|\.(?:\s|$)| \(| [a-z]|$")
"""What follows a holder's name: a comma, `and` then the next title, the sentence's stop, a bracket, the verb."""


def _holder_after(doc: ArticleDoc, at: int) -> bool:
    """Whether two or three words of a person's name stand at `at`, right after a body's head word (`… State
    University Jan Berg, …`), and then the name is over: the holder of the title before the body, no more of its
    name; not a place, a title or another body's words (`… University Business School`)."""
    text = doc.text
    pos, names = at, 0
    while names < 3 and (word := _PERSON_WORD.match(text, pos)) is not None:
        if doc.span_at(doc.places, pos) or doc.title_at(pos) or _HEAD.match(text, pos):
            return False
        names += 1
        pos = word.end()
        if text[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].isupper():
            break
        pos += 1
    return names >= 2 and _AFTER_HOLDER.match(text, pos) is not None


_COOPERATION_SUBJECT = re.compile(
    rf" (?:on|for) ((?:[{UPPER}][\w\-]*(?:,? and |, | )){{1,9}}Co-?operation)(?![\w'’\-])"
)


def _cooperation_subject(doc: ArticleDoc, at: int) -> int:
    """Where a joint body's subject ends when it is a list of fields closed by `Cooperation` (`Committee on
    Economic, Trade and Scientific and Technological Cooperation`, `Commission for Trade, Economic, and Scientific
    and Technical Cooperation`): a field may itself be two words joined by `and`, which the enumeration's reading
    takes for its last; `at` when there is none, or a place or title stands inside (another body's name)."""
    m = _COOPERATION_SUBJECT.match(doc.text, at)
    if (
        m is None
        or doc.within(doc.places, m.start(1), m.end(1))
        or any(doc.title_at(w.start()) for w in _CAP.finditer(doc.text, m.start(1), m.end(1)))
    ):
        return at
    return m.end(1)


def _apposed_name(doc: ArticleDoc, at: int) -> bool:
    """Whether the item after an enumeration's comma is a person's name set beside the body (two or more
    capitalised words, none of them a word of ministries' fields), not one more field (`Trade`, `Rural Development`)."""
    item = _ITEM_WORDS.match(doc.text, at)
    if item is None:
        return False
    words = item.group(0).split(" ")
    fields = field_words(doc.lexicon)
    return len(words) >= 2 and not any(w in fields for w in words)
