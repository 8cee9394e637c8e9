"""Reading a holder's name at a position: `_name_at` and what it knows of names (particles, initials, a Lao
family name after a dash, the words that end a name: a place's noun, a document's head, a headline's verb).

The one reader of a name that every rule placing a name (before or after a title, after an honorific, in a list)
calls, so it sits below them all."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import HONORIFICS, MYANMAR_STYLES, NOT_NAME_START, ORG_HEADS, Lexicon
from loaders.entities.organizations import vietnamese_syllable
from loaders.letters import LOWER, UPPER

_WORD = re.compile(r"[^\W\d_][\w'’\-\u2010\u2011]*")
"""A word of a name: letters, apostrophes and the hyphens inside names, the ASCII one and the Unicode hyphen and
non-breaking hyphen some pages write instead (`El‑Sisi` with U+2011 is one word, not `El`)."""
_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "la", "le", "bin", "al", "di", "bint", "ibn"})
_FOREIGN_PARTICLES = frozenset({"do", "dos", "das", "du"})
"""Particles of Portuguese and French names (`Carlos Agostinho do Rosário`, `Luiz Inácio … dos Santos`) that are
also Vietnamese words (`do` is `by`): inside a name only between foreign words on both sides."""
_HEAD_STARTS = frozenset(h.split()[0] for h in ORG_HEADS)

_NICKNAME = re.compile(r"[\"“'‘][A-Z][a-z]+[\"”'’](?= [A-Z])")
"""A nickname in quotes between a first name and a family name, as Philippine news writes its presidents'."""

_PHOTO_NOTE = r"(?: \((?:[A-Za-z]+,? ?){1,3}\))"
"""A caption's note of where a person stands in the photo, right after the name (`(left)`, `(L, front)`)."""

_PLACE_NOUNS = frozenset(
    [
        "Plateau",
        "Park",
        "Mountain",
        "Mountains",
        "River",
        "Lake",
        "Bay",
        "Island",
        "Islands",
        "Pass",
        "Valley",
        "Forest",
        "Delta",
        "Highlands",
        "Cave",
        "Temple",
        "Pagoda",
        "Bridge",
        "Port",
        "Airport",
        "Street",
        "Road",
        "Market",
        "Square",
        "Museum",
        "Stadium",
        "Beach",
        "Falls",
        "Waterfall",
        "Canal",
        "Gulf",
        "Sea",
        "Strait",
        "City",
        "Mausoleum",
        "Memorial",
        "Monument",
        "Area",
        "Zone",
        "District",
        "Commune",
        "Plant",
        "Cluster",
    ]
)
"""Capitalised words that end the name of a place or a site, never a person's (`Dong Van Karst Plateau`; a city or
a memorial named after a person: `Le Van Huu City`, `Tran Van Tra Mausoleum`)."""

_DOCUMENT_AFTER_NAME = re.compile(
    r"(?:Biên bản|Bản ghi nhớ|Hiệp định|Thỏa thuận|Thoả thuận|Nghị định thư|Công hàm|Văn kiện"
    r"|Agreement|Memorandum|Treaty|Protocol|Accord|Convention)(?![\w])"
)
"""A document's head, capitalised as a title is (`đã ký với Thống đốc X Y Biên bản ghi nhớ …`): it ends the name
before it (a name's syllable is never followed by these lowercase ones: `Biên bản`, `Văn kiện`), and no name opens
with one (`the General Agreement of Cooperation`: `General` is also a rank, and what follows no general)."""


def _foreign_word_after(text: str, end: int, before: str) -> bool:
    """Whether a Portuguese or French particle ending at `end` joins two words of a foreign name: the word before it
    and the capitalised word after it are no Vietnamese syllables (`Agostinho do Rosário`)."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (
        after is not None
        and after.group(0)[0].isupper()
        and not vietnamese_syllable(after.group(0))
        and not vietnamese_syllable(before)
    )


def _title_glued_after_dash(doc: ArticleDoc, word: re.Match[str]) -> re.Match[str] | None:
    """The part of a word before a dash that glues a title onto it (`Tuấn-Phó`), if one does: local pages list
    their guests as `Name-Title`, with no space, and the title belongs to the name, not inside it. The title may
    follow a name's own dash (`Kim Min-su-Tham tán`: a Korean given name is written with one)."""
    dash = word.group(0).find("-")
    while dash > 0:
        if doc.title_at(word.start() + dash + 1) is not None:
            return _WORD.match(doc.text, word.start(), word.start() + dash)
        dash = word.group(0).find("-", dash + 1)
    return None


_CITY_ABBREVIATION = re.compile(r"TP\.? (?=[A-ZĐ])")
"""Vietnamese `TP` (`thành phố`) after a city's body whose city the page already named (`Chủ tịch HĐND TP Nguyễn
Văn A`): no word of the holder's name. (`TP Hà Nội` stays a place: the name read after it is a place's.)"""


_BODY_SHORT_FORM = re.compile(r"[A-ZĐ]{3,8} (?=[A-ZĐ])")
"""A body's short form in capitals right before a name (`TCTL`, `PVGAS`): no word of the name."""


def _surname_at(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the word at `at` is a Vietnamese family name followed by more of a name."""
    m = re.match(r"(\w+) [A-ZĐ\u00C0-\u1EF9]", text[at : at + 20])
    return m is not None and m.group(1) in lex.plain_surnames


def _name_at(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """A person's name starting at `at`: capitalised words (particles inside Western names allowed); an honorific
    before it (`Foreign Minister Prince Faisal …`, `Bộ trưởng ngài …`) is not part of it."""
    text = doc.text
    honorific = HONORIFICS.match(text, at)
    styled = honorific is not None
    while honorific is not None and not doc.span_at(doc.places, at):
        at = honorific.end()  # (`Prof Dr Abdul …`, `H.E. Mr. …`: every honorific before the name)
        honorific = HONORIFICS.match(text, at)
    style = (MYANMAR_STYLES if doc.article.lang == "en" else _CITY_ABBREVIATION).match(text, at)
    if style is not None:
        at = style.end()  # (`Union Minister U Kyaw Win`: the style, then the name; `Chủ tịch HĐND TP Nguyễn Văn A`)
    short = _BODY_SHORT_FORM.match(text, at)
    if short is not None and not doc.span_at(doc.places, at) and _surname_at(lex, text, short.end()):
        # `Phó Tổng cục trưởng TCTL Đỗ Văn A`, `Tổng Giám đốc PVGAS Dương Văn B`: his body's short form, then him
        at = short.end()
    if doc.span_at(doc.orgs, at) or doc.span_at(doc.places, at) or doc.title_at(at):
        return None
    tokens: list[re.Match[str]] = []
    pos = at
    while len(tokens) < _most_words(doc, lex, tokens):
        nickname = _NICKNAME.match(text, pos) if tokens else None
        if nickname is not None:  # `Benigno "Noynoy" Aquino III`, `Ferdinand “Bongbong” Marcos Jr.`: one name
            tokens.append(nickname)
            pos = nickname.end() + 1
            continue
        m = _GLUED_INITIAL.match(text, pos) or _WORD.match(text, pos)  # (`J.Erdenebat`: an initial glued on)
        if m is None:
            break
        word = m.group(0)
        if not word[0].isupper() and not (tokens and _ARTICLE_GLUED.match(word)):
            particle = word in _PARTICLES or (word == "den" and tokens and tokens[-1].group(0) in ("Van", "van"))
            if particle and tokens and _WORD.match(text, m.end() + 1) and text[m.end() : m.end() + 1] == " ":
                # (`den` only after `van`: `Karl Van den Bossche`, the Dutch and Flemish `van den`)
                tokens.append(m)
                pos = m.end() + 1
                continue
            if word in _FOREIGN_PARTICLES and tokens and _foreign_word_after(text, m.end(), tokens[-1].group(0)):
                tokens.append(m)  # `Thủ tướng Carlos Agostinho do Rosário`, not `… Putin do Nga cử`
                pos = m.end() + 1
                continue
            break
        if not tokens and _DOCUMENT_AFTER_NAME.match(text, m.start()):
            return None
        if tokens and (
            lex.org_head_re.match(text, m.start())
            or doc.span_at(doc.places, m.start())
            or doc.title_at(m.start())
            or _DOCUMENT_AFTER_NAME.match(text, m.start())
        ):
            break
        if len(tokens) >= 2 and word in _POSTNOMINALS:
            break  # `Mark Tanner AO`, `Jane Hill MP`: an order's or an office's letters after the name, no word of it
        if tokens and (glued := _title_glued_after_dash(doc, m)) is not None:
            tokens.append(glued)  # `Nguyễn Văn A-Phó Bí thư Tỉnh ủy`: a title glued on by a dash ends the name
            break
        if len(word) > 3 and word.endswith(("'s", "’s")) and word[-3].isalpha():
            tokens.append(_WORD.match(text, m.start(), m.end() - 2) or m)
            break  # `President X Y Z’s State visit`: the possessive ends the name
        tokens.append(m)
        initial = _INITIAL.fullmatch(word) or (len(tokens) > 1 and _MIDDLE_INITIALS.fullmatch(word))
        if initial and _INITIAL_GOES_ON.match(text, m.end()):
            pos = m.end() + 2  # `Francisco P. Tiu Laurel`, `S. Jaishankar`: an initial and its full stop
            continue
        glued_initials = _GLUED_INITIALS.fullmatch(word)
        if glued_initials and not tokens[:-1] and _INITIAL_GOES_ON.match(text, m.end()):
            pos = m.end() + 2  # `R.Kh. Mardanov`: a first name's and a patronymic's initials glued, then the name
            continue
        if _INITIAL.fullmatch(word) and (run := _INITIALS_RUN.match(text, m.end())):
            tokens.append(run)  # `Richard R.C. Shih`: initials glued to each other, a full stop each
            pos = run.end() + 1
            continue
        if word in ("Jr", "Sr") and text[m.end() : m.end() + 1] == ".":
            break
        if text[m.end() : m.end() + 1] != " " or word.endswith("-"):
            break  # (`Nguyễn Văn A- Công sứ`: a dash glued to the name ends it)
        pos = m.end() + 1
    while tokens and not tokens[-1].group(0)[0].isupper() and not _ARTICLE_GLUED.match(tokens[-1].group(0)):
        tokens.pop()
    verb = next((i for i, t in enumerate(tokens) if i >= 2 and t.group(0) in _HEADLINE_VERBS), None)
    if verb is not None:
        del tokens[verb:]  # `Vice Minister Qu Dongyu Meets …`: a headline's capitalised verb ends the name
    field = max((i for i, t in enumerate(tokens[:-1]) if _FIELD_WORD.fullmatch(t.group(0))), default=None)
    if field is not None:
        del tokens[: field + 1]  # `Minister for Rural Communities Mark Tanner`: the portfolio's last words, then him
    if len(tokens) >= 3 and tokens[0].group(0) in _TITLE_WORDS:
        del tokens[0]  # `Minister of Foreign Minister X Y`, `Parliamentarian X Y`: a title's word read as a first name
    if not tokens:
        return None
    first = tokens[0].group(0)
    if first in NOT_NAME_START and first not in lex.surnames:
        return None
    if len(tokens) == 1 and first in _HEAD_STARTS:
        return None
    if first in _BODY_ADJECTIVES:
        return None  # `Chairman of the X Provincial People's Committee`: the body's words, read past an unread place
    if " ".join(t.group(0) for t in tokens) in _WORLD_REGIONS:
        return None  # `Bộ trưởng Châu Âu và Ngoại giao`: a continent (`Châu` is also a family name), no person
    if any(t.group(0) in _PLACE_NOUNS for t in tokens[1:]):
        return None  # `Dong Van Karst Plateau`, `Ha Long Bay`: a place's name, however much it reads like a person's
    if _FIELD_WORD.fullmatch(tokens[-1].group(0)):
        return (
            None  # `Director of ASEAN Economic Integration at …`, `Minister of … International Trade`: a field's name
        )
    if _NUMBERED_BODY.match(text, tokens[-1].end()):
        return None  # `Tổng giám đốc Vinafood 2 Nguyễn Văn A`: a firm's name and its number, then the holder's name
    end = tokens[-1].end() - (1 if tokens[-1].group(0).endswith("-") else 0)
    if tokens[-1].group(0) in ("Jr", "Sr") and text[end : end + 1] == ".":
        end += 1  # `Francisco P. Tiu Laurel Jr.`
    if text[end - 2 : end] in ("'s", "’s") and len(tokens[-1].group(0)) > 3:
        end -= 2  # `Pham Minh Chinh's visit`: the possessive is no part of the name
    family = _LAO_FAMILY.match(text, end) if doc.article.lang == "vi" and 2 <= len(tokens) <= 3 else None
    if (
        family is not None
        and first not in lex.surnames
        and family.group(1).split()[0] not in lex.surnames
        and not any(
            doc.title_at(family.start(1) + w.start()) or doc.span_at(doc.places, family.start(1) + w.start())
            for w in _WORD.finditer(family.group(1))
        )
        and not doc.span_at(doc.orgs, family.start(1))
    ):
        end = family.end(1)  # `Khăm Pheng – Xay Sổm Pheng`: a Lao name, its given and family names set off by a dash
    elif len(tokens) <= 2 and (dashed := _dashed_rest(doc, lex, tokens, end, styled)) is not None:
        end = dashed  # `ông Lee Seon - Ho`, `Mr. Gyoung –gee Liu`: a given name's syllables written with a spaced dash
    return tokens[0].start(), end


_DASHED_REST = re.compile(rf"(?: [-–] ?[{UPPER}][{LOWER}]+| [-–][{LOWER}]+)(?: [{UPPER}][{LOWER}]+)?(?=[,.;)]|$)")
"""The rest of a Korean or Chinese name after a dash with a space beside it (`Seon - Ho`, `Chun - Tang Hsu`, `Gyoung
–gee Liu`): a given name's second syllable, maybe the family name after it, then a comma, a full stop or the end
(not a lowercase word: `ông X – Phó thống đốc` is a title written in lowercase)."""


def _most_words(doc: ArticleDoc, lex: Lexicon, tokens: list[re.Match[str]]) -> int:
    """How many words a name may have: five, eight with a particle (`… bin Jabir al-Thani`), seven for a Lao or Thai
    name as Vietnamese writes it, a syllable a word (`Khăm Kinh Ưởi Mạ Nì Hặc`), which no Vietnamese family name
    begins."""
    if any(t.group(0).lower() in _PARTICLES for t in tokens):
        return 8
    if tokens and doc.article.lang == "vi" and tokens[0].group(0) not in lex.plain_surnames:
        return 7
    return 5


def _styled_before(text: str, at: int) -> bool:
    """Whether an honorific stands right before `at` (`ông `, `Ngài `, `Mr. `): the name after it is a person's."""
    window = text[max(0, at - 16) : at + 1]
    return any(m.end() == len(window) - 1 for m in HONORIFICS.finditer(window))


def _dashed_rest(doc: ArticleDoc, lex: Lexicon, tokens: list[re.Match[str]], end: int, styled: bool) -> int | None:
    """Where a name styled by an honorific ends when its given name goes on after a spaced dash (`ông Lee Seon - Ho,
    Quận trưởng …`): only a name that does not begin with a Vietnamese family name (a Vietnamese name then a dash
    is the name and what follows it: `ông Trần Văn Nam - Hà Nội`), and none of the words after the dash a title, a
    place or a body."""
    m = _DASHED_REST.match(doc.text, end)
    if m is None or not (styled or _styled_before(doc.text, tokens[0].start())):
        return None
    words = [w for w in _WORD.finditer(doc.text, m.start(), m.end())]
    if any(
        doc.title_at(w.start()) or doc.span_at(doc.places, w.start()) or doc.span_at(doc.orgs, w.start()) for w in words
    ):
        return None
    if tokens[0].group(0) in lex.plain_surnames:
        return None
    return m.end()


_POSTNOMINALS = frozenset(
    {"AO", "AC", "AM", "OAM", "MP", "MLA", "MEP", "OBE", "CBE", "KBE", "MBE", "DBE", "CMG", "KCMG", "GCMG", "QC", "KC"}
)
"""Letters written after a name for an order, an honour or a seat (`Professor Mark Tanner AO`, `Jane Hill MP`):
Commonwealth usage, never a word of the name."""

_FIELD_WORD = re.compile(
    r"[A-Z][a-z]{2,}(?:ities|ies|tions?|ships?|isms?|ments)|[A-Z][a-z]{5,}ment"
    r"|Affairs|Trade|Works|Services|Resources|Security|Energy|Finance|Health|Education|Agriculture|Tourism|Transport"
    r"|Growth|Supply|Integration|Cooperation"
)
"""English nouns of a portfolio or a field (`Communities`, `Water Management`, `Foreign Affairs`), never a person's
first name (`Clement` is no `-ment` of six letters or more): a capitalised run that has one before a person's name
is a title's last words run into the name (`Minister for Rural Communities Mark Tanner`), the name after them."""

_NUMBERED_BODY = re.compile(rf" \d{{1,3}} [{UPPER}]")
"""A number after capitalised words, then another capitalised word: the number ends a body's name (`Vinafood 2`,
`Sông Đà 10`) and the holder's name follows; a person's name is never numbered so."""

_TITLE_WORDS = frozenset(
    {"Minister", "Ministers", "Parliamentarian", "Parliamentarians", "Senator", "Governor", "Ambassador", "Mayor"}
    | {"President", "Chairman", "Chairwoman", "Secretary", "Director", "Premier", "Deputy", "Envoy", "Spokesperson"}
)
"""English title words that no person's name begins with: one before a name the title readers did not take as a
title (a garbled title, `Minister of Foreign Minister X`; a rarer one, `Parliamentarian X`) is no word of the name."""

_BODY_ADJECTIVES = frozenset({"Provincial", "Municipal", "Prefectural", "People's", "People’s", "Peoples’"})
"""English words that begin the rest of a body's name after its place, never a person's name."""
_WORLD_REGIONS = frozenset(
    {"Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Úc", "Châu Đại Dương", "Châu Nam Cực", "Bắc Mỹ", "Nam Mỹ"}
    | {"Trung Mỹ", "Mỹ Latinh", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Âu", "Trung Âu", "Đông Á", "Nam Á", "Tây Á"}
    | {"Trung Á", "Đông Nam Á", "Trung Đông", "Bắc Phi", "Nam Phi", "Tây Phi", "Đông Phi", "Trung Phi"}
    | {"Asia", "Europe", "Africa", "Oceania", "Southeast Asia", "South East Asia", "South Asia", "East Asia"}
    | {"Central Asia", "West Asia", "North Asia", "Asia Pacific", "Asia-Pacific", "Indo-Pacific", "Middle East"}
    | {"Latin America", "North America", "South America", "Central America", "Eastern Europe", "Western Europe"}
    | {"Northern Europe", "Southern Europe", "Central Europe", "North Africa", "West Africa", "East Africa"}
    | {"Southern Africa", "Sub-Saharan Africa", "Greater Mekong"}
)
"""The continents and world regions in Vietnamese and English: capitalised like names, some beginning with a family
name (`Châu`), some written right after a title as a name is (`X, Regional CEO Southeast Asia, Y`)."""

_LAO_FAMILY = re.compile(rf" [-–] ([{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,3}})(?=,|\s+[{LOWER}]|\.|$)")
_INITIAL = re.compile(r"[A-Z]h?|Ts")
"""A first or middle name's initial written before a full stop: one letter, or the two that write one Russian,
Central Asian or Mongolian sound (`Sh. Mirziyoyev`, `Zh. Tokayev`, `Ts. Dashdorj`)."""
_INITIALS_RUN = re.compile(rf"\.(?:[A-Z]\.)+(?= [{UPPER}][{LOWER}])")
"""The rest of initials glued to each other after the first (`R` + `.C.` of `R.C. Shih`)."""
_MIDDLE_INITIALS = re.compile(r"[A-Z]{2}")
"""Two capitals before a full stop inside a name (`Meynardo LB. Montealegre`): initials, once a first name is read."""
_ARTICLE_GLUED = re.compile(rf"(?:al|el)-[{UPPER}]")
"""An Arabic name's article glued to the word it goes with (`… bin Jabir al-Thani`, `el-Sisi`): part of the name."""
_GLUED_INITIAL = re.compile(rf"(?:[A-Z]h?|Ts)\.[{UPPER}](?:[{LOWER}]|-[{LOWER}])[\w'’\-]*")
"""A name with its first name's initial glued on (`J.Erdenebat`, `U.Khurelsukh`, `Ts.Nyamdorj`, `Kh.Battulga`:
Mongolian names as written, an initial of two letters where one sound is written so, as `_INITIAL`; in Vietnamese
the name after it transcribed, `V.Pu-tin`, `A.Ô-đin-xốp`)."""
_GLUED_INITIALS = re.compile(r"(?:[A-Z]h?|Ts)\.(?:[A-Z]h?|Ts)")
"""Two initials glued by their full stop (`R.Kh` of `R.Kh. Mardanov`: a Russian first name's and patronymic's), the
second's stop and the family name after it: initials, not a name glued to an initial as `_GLUED_INITIAL` reads."""
_INITIAL_GOES_ON = re.compile(rf"\. (?=[{UPPER}][{LOWER}]|[A-Z]\. ?[{UPPER}])")
"""An initial's full stop and the space after it, then the name or one more initial (`A. L. Ratnapala`)."""
_HEADLINE_VERBS = frozenset(
    [
        *("Meets", "Visits", "Receives", "Holds", "Signs", "Hosts", "Welcomes", "Talks", "Discusses", "Attends"),
        *("Leads", "Urges", "Says", "Pays", "Calls", "Chairs", "Co-chairs", "Hails", "Affirms", "Vows", "Inks"),
        *("Witnesses", "Greets", "Thanks", "Seeks", "Agrees", "Joins", "Opens", "Launches", "Praises"),
    ]
)
"""Verbs a title-case headline writes capitalised right after a name (`Vice Minister Qu Dongyu Meets …`)."""

_AFTER_LONE_NAME = re.compile(rf"(?:['’]s)?(?=$|[,.;:)!?]|\s+[^{UPPER}\s\"“'‘])")
