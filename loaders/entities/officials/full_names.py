"""Full Vietnamese names anywhere in the text (a family name and two or three more syllables), with no title
before them: the people a page names without saying who they are.

Kept apart from the chains: it needs no title, and what it must not take for a name (a city or a site named
after a person) is its own knowledge."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.name import _PLACE_NOUNS
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

# (the look-behind after the first letter: then only capitals are tried, not every position; `lexicon.by_first_letter`)
_CAPITALISED_RUN = re.compile(rf"[{UPPER}](?<!\w.)\w*(?: [{UPPER}]\w*){{2,3}}(?!\w)")

_PLACE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(_PLACE_NOUNS)) + r"|city|area|zone|district|commune)\b")
"""(the press also writes a city named after a person with `city` in lowercase: `Le Van Huu city`; and a place's
kind: `the Cai Mep Ha area`)"""

_SITE_NOUN_BEFORE = compile_gated(
    r"(?:(?<![\w])(?:[Đđ]ường|(?<![Tt]hành )[Pp]hố|[Tt]ượng đài|[Cc]ông viên|[Qq]uảng trường|[Ll]ăng|[Đđ]ền"
    r"|[Kk]hu di tích|[Nn]hà lưu niệm|[Bb]ảo tàng))\s$"
)
"""A Vietnamese site's noun right before a full name with no title (`đường Võ Văn A`, `Tượng đài Lý B`, `công
viên Lê Văn C`): a street, a monument or a park named after a person, not the person on the page. (Not `trường`,
which ends `Môi trường` in a ministry's name, nor `thành phố`, a city's body before its head.)"""
_SITE_REACH = 16  # characters before a name in which its site noun is looked for (the longest noun and its space)


def _full_names(doc: ArticleDoc, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Vietnamese full names anywhere: a family name and two or three capitalised syllables (in English text,
    written without marks)."""
    text = doc.text
    surnames = lex.plain_surnames if doc.article.lang == "en" else lex.surnames
    covered = bytearray(len(text) + 1)
    for sp in (*doc.orgs, *doc.places):
        covered[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        if any(w in _PLACE_NOUNS for w in words[1:]) or _PLACE_NOUN_AFTER.match(text, m.end()):
            continue  # `Dong Van Karst Plateau`: a site, not a person
        if _SITE_NOUN_BEFORE.search(text, max(0, start - _SITE_REACH), start):
            continue  # `đường Võ Văn A`: a street named after a person
        if words[0] not in surnames and len(words) >= 3 and words[1] in ("Thị", "Thi"):
            if not any(covered[m.start() : m.end()]):
                yield m.start(), m.end()  # `Quế Thị Trâm Ngọc`: `Thị` makes a Vietnamese woman's name of any family
            continue
        if words[0] not in surnames:
            # `… of Localities Nguyen Hoang Long`: a name right after the end of a body's name it runs on from; the
            # run of four words may have cut it (`Tham tán của Việt Nam Bùi Huy Sơn`), so it is read again from there
            k = next((k for k in range(1, len(words) - 1) if words[k] in surnames), None)
            if k is None:
                continue
            start = m.start() + len(" ".join(words[:k])) + 1
            if not any(sp.end == start - 1 for sp in (*doc.orgs, *doc.places)):
                continue
            whole = _CAPITALISED_RUN.match(text, start)
            if whole is not None and whole.end() >= m.end() and not _city_short_name(lex, whole.group(0)):
                yield start, whole.end()
            continue
        if m.start() in doc.place_starts or any(covered[m.start() : m.end()]):
            # `Thái Bình Dương` begins with a place name: a longer place, not a person; but a full name may run on
            # from a place's name that begins with a family name (`tại Hoa Kỳ Bùi Huy Sơn`)
            after = _name_after_span(doc, surnames, m.start(), m.end())
            if after is not None and not _city_short_name(lex, text[after[0] : after[1]]):
                yield after
            continue
        if doc.title_at(m.start()):
            continue  # `Phó Tổng Giám đốc`, `Phó Tổng Vụ trưởng`: a title's capitalised words before its lowercase end
        if lex.title(" ".join(words[1:])):
            continue  # `Phó Ngoại Trưởng`: a deputy's title with every word capitalised (`Phó` is also a family name)
        before = text[max(0, m.start() - 2) : m.start()]
        if before.strip() and before.strip()[-1].isalpha() and before.strip()[-1].isupper():
            continue
        if _city_short_name(lex, m.group(0)):
            continue
        yield m.start(), m.end()


def _name_after_span(
    doc: ArticleDoc, surnames: frozenset[str] | set[str], start: int, end: int
) -> tuple[int, int] | None:
    """A full name right after a place's or body's name that opens a run of capitalised words (`Hoa Kỳ Bùi Huy
    Sơn`): the name from the family name after the span's end, when three words or more run on from there."""
    text = doc.text
    ends = [sp.end for sp in (*doc.orgs, *doc.places) if sp.start <= start < sp.end < end]
    if not ends:
        return None
    at = max(ends) + 1
    whole = _CAPITALISED_RUN.match(text, at)
    if whole is None or text[at - 1] != " " or text[at : whole.end()].split()[0] not in surnames:
        return None
    if any(sp.start < whole.end() and sp.end > at for sp in (*doc.orgs, *doc.places)):
        return None
    return at, whole.end()


@functools.lru_cache(maxsize=8192)
def _city_short_name(lex: Lexicon, run: str) -> bool:
    """Whether a name read with no title before it is a city's name without its kind word (`Ho Chi Minh` for Ho Chi
    Minh City, `tư tưởng Hồ Chí Minh`): a city named after a person is written so in lists of places and compounds
    (`the Ho Chi Minh-Moc Bai expressway`); the person is named with a title (`President Ho Chi Minh`). (Remembered
    by run: the gazetteer does not change, the same names come back on every page, and each asking normalised and
    folded two forms made for it.)"""
    return any(
        e.label == Label.PROVINCE
        for form in (f"{run} City", f"Thành phố {run}")
        for e in lex.find(form, Label.PROVINCE)
    )
