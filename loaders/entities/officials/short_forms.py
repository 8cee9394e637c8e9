"""A person named again by part of the name: a lone name after a title (`Minister Thang met`), a family or given
name alone, a name written with an initial or without its patronymic, matched to the full name the page gave.

The resolver asks these to give every mention its person; they read names only, no roles."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from core.vocabulary import Label
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import HONORIFICS, NOT_NAME_START, Lexicon
from loaders.entities.officials.name import _AFTER_LONE_NAME, _HEADLINE_VERBS, _WORD
from loaders.entities.organizations import vietnamese_syllable
from loaders.first_letters import compile_gated
from loaders.letters import LOWER, UPPER

# Capitalised words that are no one's short name even when a name ends with them.
_NOT_SHORT_FORM = frozenset(
    [
        "Anh",
        "Nam",
        "Minh",
        "Trung",
        "Quang",
        "Hoa",
        "Sơn",
        "Son",
        "Giang",
        "Long",
        "Bình",
        "Binh",
        "Hải",
        "Hai",
        "Việt",
        "Viet",
        "Ninh",
        "Thanh",
        "Đông",
        "Dong",
        "Tây",
        "Tay",
        "Bắc",
        "Bac",
        "Hà",
        "Ha",
        "An",
        "Phong",
        "Thành",
        "Thanh",
        "Lâm",
        "Lam",
        "Hồng",
        "Hong",
        "Vietnam",
        "China",
        "Lao",
    ]
)

_LONE_NAME = re.compile(
    r"(?:(?:[A-Z]h?|Ts)\.)?(?:Mc|Mac|O['’])?[A-Z][a-z'’]{2,}(?:-[A-Za-z][a-z'’]*)*|[A-Z][a-z]+(?:-[A-Z][a-z]+){2,}"
)
"""One name (`Obama`, `Ts.Munkh-Orgil`); or a Korean full name written as one word, its syllables joined by dashes
and each capitalised (`Oh-Sae-Hyun`: a family name of two letters, as many are)."""
_TRANSCRIBED_WITH_INITIAL = re.compile(rf"[A-Z]\.[{UPPER}][{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)+")
"""A foreign name transcribed into Vietnamese syllables, its first name's initial glued on (`V.Pu-tin`,
`A.Ô-đin-xốp`): one word, but a person's as surely as a full name is."""

_NOT_LONE_NAME = frozenset([*_HEADLINE_VERBS, "Emeritus", "Counsellor", "Counselor"])


@functools.lru_cache(maxsize=4)
def _title_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words of titles and of ministries' fields (`General`, `Interior`): no one's name alone."""
    words = {w for t in lex.gaz.titles for n in (t.title_en, *t.aliases) for w in n.split() if w[:1].isupper()}
    return frozenset(words | officials_en.field_words(lex))


def _lone_name(doc: ArticleDoc, lex: Lexicon, start: int, end: int) -> bool:
    """`Governor McAuliffe said`, `Minister Thang met`, `Tổng thống Obama`, `Bộ trưởng Nông nghiệp Koizumi`: news
    names a person by one name right after his title when the reader knows him; one capitalised word that is no
    common word, ended by a clause's lowercase word or punctuation, is that person (a title already says so). A word
    the article also writes in lowercase is a common word capitalised (`Phó Tỉnh trưởng Kinh tế`: `kinh tế`), and so
    is a word with Vietnamese marks (`Mặt trận`, `Tiểu bang`): a Vietnamese given name alone is read only when the
    article gives the full name it ends. A word of a title or a ministry's field is none (`Secretary General`,
    `Minister of Interior`)."""
    word = doc.text[start:end]
    return (
        (_LONE_NAME.fullmatch(word) is not None or _TRANSCRIBED_WITH_INITIAL.fullmatch(word) is not None)
        and word not in _NOT_LONE_NAME
        and word not in NOT_NAME_START
        and word not in _title_words(lex)
        and doc.title_at(start) is None
        and _AFTER_LONE_NAME.match(doc.text, end) is not None
        and not _whole_words(doc.text, [word.lower()])
    )


_WORD_BEFORE = compile_gated(r"(?<![\w'’.\-])[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)* $")
"""One capitalised word and a space, ending where a lone name begins (`Mahmoud ` of `Mahmoud Salem`)."""


def written_in_full(doc: ArticleDoc, lex: Lexicon, word: str) -> str | None:
    """The full name a lone name after a title stands for (`Ambassador Salem` or `Mr. Salem` for `…, Mahmoud
    Salem, the envoy`) where the page writes it once with a first name and no title the chains read (after a comma,
    or a lowercase role: `its ambassador, Mahmoud Salem`; `Ko Vantha, adviser to …`): two capitalised words, no title,
    honorific, country's adjective, place or body before, none after. Only if the page writes one such name."""
    text = doc.text
    fulls = set()
    for start, end in _whole_words(text, [word]):
        prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if prev is None or _AFTER_LONE_NAME.match(text, end) is None:
            continue
        first = prev.group(0)[:-1]
        before = text[: prev.start()].rstrip()
        if (
            first in NOT_NAME_START
            or first in _NOT_LONE_NAME
            or first in _title_words(lex)
            or first in officials_en.DEMONYMS
            or HONORIFICS.match(text, prev.start())
            or doc.title_at(prev.start())
            or doc.span_at(doc.places, prev.start())
            or doc.span_at(doc.orgs, prev.start())
            or (
                before
                and before[-1] not in ",;:(\"“‘'."
                and not before.split()[-1][:1].islower()
                and not _after_a_place_or_body(doc, prev.start())
            )
            or _whole_words(text, [first.lower()])
        ):
            continue  # (`Ambassador Salem`, `Egyptian Salem`, `Cairo Salem`, `During Salem`: no first name)
        fulls.add(f"{first} {word}")
    return fulls.pop() if len(fulls) == 1 else None


def _after_a_place_or_body(doc: ArticleDoc, at: int) -> bool:
    """Whether a place or a body a stage read ends right before `at` (a space between): the end of a title's words
    (`đại sứ Hà Lan tại Việt Nam Elsbeth Akkerman`, a title in lowercase the chains do not read), so the capitalised
    words after it begin a name, as after a comma."""
    if doc.text[at - 1 : at] != " ":
        return False
    return any(sp.end == at - 1 for sp in (*doc.places, *doc.orgs))


def _repeated_full_names(doc: ArticleDoc, names: dict[str, str]) -> None:
    """A full name read once (`Bộ trưởng … Ahmad Faizal`) is the same person wherever it is written again without
    its title (`hai Bộ trưởng Nguyễn Văn Bình và Ahmad Faizal đã ký`)."""
    full = {name: pid for pid, name in names.items() if len(name.split()) >= 2}
    if not full:
        return
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.orgs, *doc.places)]
    for start, end in _whole_words(doc.text, full):
        if any(a < end and start < b for a, b in taken):
            continue
        name = doc.text[start:end]
        pid = full[name]
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, name, {"repeated": True}))
        doc.entity(pid, Label.OFFICIAL, names[pid], at=start)
        taken.append((start, end))
    doc.people.sort(key=lambda sp: sp.start)


def _short_forms(doc: ArticleDoc, lex: Lexicon, names: dict[str, str]) -> None:
    """Later mentions by one word (`Dien said`, `Helberg noted`, `Liu`): the last word of a full name, and the
    first of a two-word name that is not Vietnamese (`Liu Ning`, `Oh Yong-ju`: family name first). A word two
    people share, or that is also a place, a body or a common capitalised word, names nobody."""
    text = doc.text
    forms: dict[str, set[str]] = {}
    for pid, name in names.items():
        words = name.split()
        if len(words) < 2:
            continue
        keys = {words[-1]}
        if len(words) == 2 and words[0] not in lex.surnames and words[0] not in lex.plain_surnames:
            keys.add(words[0])
        for key in keys:
            if len(key) >= 2 and key[0].isupper() and key not in NOT_NAME_START and key not in _NOT_SHORT_FORM:
                forms.setdefault(key, set()).add(pid)
    unique = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
    _repeated_full_names(doc, names)
    if not unique:
        return
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.orgs, *doc.places)]
    for start, end in _whole_words(text, unique):
        if any(a < end and start < b for a, b in taken) or doc.title_at(start):
            continue
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        prev = text[max(0, start - 30) : start].rstrip().split(" ")[-1] if start else ""
        if (nxt and nxt.group(0)[0].isupper()) or (
            prev[:1].isupper() and not doc.title_at(start - len(prev) - 1) and not prev.endswith((".", ",", ":", ";"))
        ):
            continue  # inside another capitalised run: another name
        pid = unique[text[start:end]]
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, text[start:end], {"short": True}))
        doc.entity(pid, Label.OFFICIAL, names[pid], at=start)


def _inside_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"


def _whole_words(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Where the phrases stand as whole words, left to right, the longest first where two start together, none
    overlapping: what one alternation regex would find, without compiling a pattern for every article's names
    (the compile was a tenth of the extraction time on large corpora)."""
    hits: list[tuple[int, int]] = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            possessive = text[end : end + 2] in ("'s", "’s") and not _inside_word(text[end + 2 : end + 3] or " ")
            if not (at and _inside_word(text[at - 1])) and (
                possessive or not (end < len(text) and _inside_word(text[end]))
            ):  # (`Chinh’s official visit`: the name, then its possessive)
                hits.append((at, end))
            at = text.find(phrase, at + 1)
    hits.sort(key=lambda h: (h[0], -h[1]))
    spans: list[tuple[int, int]] = []
    for start, end in hits:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _tail_of(local: dict[str, str], key: str) -> str | None:
    """The one person of the article whose longer full name ends with these words (`Minister Tuan Anh`, and a lone
    word after a title: `Ngoại trưởng Hoa Kỳ Kerry` after `John Kerry`), if any."""
    hits = {pid for full, pid in local.items() if full != key and full.endswith(" " + key)}
    initial = _INITIAL_THEN_NAME.fullmatch(key)
    if initial is not None and not hits:  # `Thủ hiến B. Ramelow` after `Bodo Ramelow`: his first name's initial
        hits = {
            pid
            for full, pid in local.items()
            if full != key and full.startswith(initial.group(1)) and full.endswith(" " + initial.group(2))
        }
    return hits.pop() if len(hits) == 1 else None


def _shorter_form_of(local: dict[str, str], key: str) -> str | None:
    """`Raúl Juan` and `Raul Pollak Giampietro` after `Raúl Juan Pollak Giampietro`: a Western name written with
    fewer of its words (its first two, or its first and last with some between left out) is the one person of the
    article whose full name it shortens, if any (not for Vietnamese names, whose first two words are many people's)."""
    words = key.split()
    if len(words) < 2:
        return None
    hits = set()
    for full, pid in local.items():
        long = full.split()
        if len(long) <= len(words) or long[0] != words[0]:
            continue
        if long[: len(words)] == words or (long[-1] == words[-1] and _in_order(words, long)):
            hits.add(pid)
    if not hits and len(words) == 2 and _PATRONYMIC.search(words[1]):
        # `ông Gennady Stepanovich` after `ông Gennady Bezdetko`: a Russian first name and patronymic, the polite form
        hits = {pid for full, pid in local.items() if full != key and full.split()[0] == words[0]}
    return hits.pop() if len(hits) == 1 else None


_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|yevich|yevna)$")


def _in_order(words: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in words)


_INITIAL_THEN_NAME = re.compile(r"(\w) (\S.*)")
"""A folded name that is an initial and a family name (`b ramelow` of `B. Ramelow`)."""


_MIDDLE_INITIAL = compile_gated(r" [A-Z]h?(?:\.[A-Z])*\.(?= \S)")
"""A middle name's initial (or initials) inside a full name, between its first and last words (` E.` of `Marc E.
Smith`, ` R.C.` of `Richard R.C. Shih`)."""


def without_middle_initials(name: str) -> str | None:
    """The name without its middle initials (`Marc Smith` for `Marc E. Smith`), if it has any: news writes one
    person both ways, often on one page, and a reader (or another page) knows him by either; an alias so written
    lets both meet. A first name's initial (`S. Jaishankar`) stays: without it the name is a family name alone."""
    short = _MIDDLE_INITIAL.sub("", name)
    return short if short != name and len(short.split()) >= 2 else None


def _slip(a: str, b: str) -> bool:
    """Two folded words one typing slip apart: two neighbouring letters swapped (`bihn`, `binh`), one letter
    doubled (`mottoo`, `motoo`), or, in words of eight letters or more, two letters off at the end behind the same
    first six (`elbegdoji`, `elbegdorj`). Words of four letters or more only: a Vietnamese syllable one letter off is
    another name (`binh`, `minh`), and a swap or a doubled letter makes none."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    if abs(len(a) - len(b)) == 1:
        long, short = (a, b) if len(a) > len(b) else (b, a)
        if any(long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long))):
            return True
    return min(len(a), len(b)) >= 8 and a[:6] == b[:6] and _edits(a[6:], b[6:]) <= 2


def _end_cut(a: str, b: str) -> bool:
    """A name's last word with its last letter lost (`Park Noh-wa` after `Park Noh-wan`), in a syllable no Vietnamese
    name has (`Văn An` and `Văn Anh` are two people)."""
    short, long = sorted((a, b), key=len)
    return (
        len(long) == len(short) + 1
        and len(short) >= 2
        and long.startswith(short)
        and not (vietnamese_syllable(short) or vietnamese_syllable(long))
    )


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short tails only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def misspelt_form_of(local: dict[str, str], key: str) -> str | None:
    """A name the page writes once with a typing slip in one word (`Hayashi Motoo` after `Hayashi Mottoo`,
    `Tsakhiagiin Elbegdoji` after `Tsakhiagiin Elbegdorj`, a lone `Bihn` after `Truong Hoa Binh`): the one person of
    the article whose full name has the same words but that one (for a lone word, whose last word it slips from),
    if any. Two people whose names are a slip apart would be one; news spells two names so close only by mistake."""
    words = key.split()
    hits = set()
    for full, pid in local.items():
        long = full.split()
        if len(long) < 2 or full == key:
            continue
        if len(words) == 1:
            if _slip(words[0], long[-1]):
                hits.add(pid)
        elif len(long) == len(words):
            diff = [(w, x) for w, x in zip(words, long, strict=True) if w != x]
            if len(diff) == 1 and (_slip(*diff[0]) or (diff[0] == (words[-1], long[-1]) and _end_cut(*diff[0]))):
                hits.add(pid)
    return hits.pop() if len(hits) == 1 else None
