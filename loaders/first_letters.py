"""A pattern's first characters, read from the engine's own parse, and the same pattern gated by them.

Why: a case-insensitive pattern that opens with `\\b` and a long alternation of words (the agreement status cues)
is tried at every position of the text it searches, and at every word's edge each of its branches is tried in
turn before the position fails. A look-ahead of the characters any match must begin with, put in front, fails
such a position with one test of a class: the same matches at the same positions (a match begins with one of
those characters, under the same flags), found with a fraction of the work (the status windows 2.5x faster).
`re` itself cannot skip by them: it uses no set of first characters for a case-insensitive pattern of cased
letters (`re._compiler._get_charset_prefix`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # (the parse `re.compile` reads; no public name for it)
_constants: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

_GATE_OPENS = "(?=["
"""How a gated pattern's source begins (`gated` writes it; `is_gated` reads it)."""

_RANGE_LIMIT = 64  # characters: a wider class in first place (`[^…]`, `\w`) leaves the pattern ungated


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of `pattern` begins with (as written: the flags apply to them as to the
    pattern), or None when the parse does not tell them: a class of categories, a negated or a wide class, a
    group reference, a group that adds flags of its own (`(?i:…)`), or a pattern that can match the empty string.
    A group that only takes flags off (`(?-i:…)`) is read as written: its matches begin with those characters
    under any flags. A branch that never matches (`(?!)`, kept for its group names) begins with none. A superset
    is harmless (a position it lets through is tried as before); a character missing would lose matches."""
    found = _first(list(_parser.parse(pattern.pattern, pattern.flags)))
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a look-ahead of its first characters (`first_characters`), with its flags: the same
    matches; the pattern itself when its first characters cannot be told."""
    first = first_characters(pattern)
    if not first:
        return pattern
    try:
        return _skipping(first, pattern.pattern, pattern.flags)
    except re.error:  # (a pattern that opens with its global flags, `(?i)…`, cannot be put behind anything)
        return pattern


def compile_behind(first: frozenset[str], source: str, flags: int = 0) -> re.Pattern[str]:
    """`source` compiled behind a look-ahead of `first`, the characters its matches begin with, as `gated` writes it.
    For a pattern joined at run time from parts whose first characters were read once (`cities._alone`):
    reading them again from each join's parse cost twice what compiling it costs."""
    return _skipping(first, source, flags)


def _skipping(first: frozenset[str], source: str, flags: int) -> re.Pattern[str]:
    """`source` behind the gate of `first` (`_gate`): a pattern whose text is the gated one, so that it reads as what
    it is (`is_gated`, the page-scan guard), and whose search passes over every position where none of those
    characters stands in the engine's own loop, before the pattern is entered at all.

    Why: `re` tries a look-ahead in front as any other pattern, entering its matcher at every position of the text
    to fail the class there (about fifty times the work of its skip loop on a page: a hundred nanoseconds a
    character). The compiled code of a pattern may begin with the set of characters its matches begin with (an
    information block `re` writes only for a literal, a class or literals in each branch first), and a search then
    tests each position against that set in a tight loop; the code here is the ungated pattern's with that block
    holding the gate's characters, every case of them under `re.I` as the gate writes them (the loop tests a
    character as it stands). The same matches: the gate is zero-width and passes exactly where the block lets the
    pattern be tried. `match`, `fullmatch`: the block is not read; a match begins with one of `first` anyway.
    Where the parts `re` keeps private are not as expected, the gated pattern itself (the same matches, slower)."""
    gated_source = f"{_gate(first, flags)}(?:{source})"
    plain = re.compile(gated_source, flags)  # (its errors as before; and what to fall back on)
    try:
        parsed = _parser.parse(f"(?:{source})", flags)
        all_flags = parsed.state.flags | flags
        code = _compiler._code(parsed, all_flags)
        c = _constants
        if code[0] is not c.INFO or code[2] & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET):
            return plain if code[0] is not c.INFO else _made(plain, parsed, code)  # (it skips by itself)
        if code[3] == 0:
            return (
                plain  # (a pattern that may match nothing: the engine's loop for a set is written for one that cannot)
            )
        chars = every_case(first) if flags & re.IGNORECASE else first
        charset, _ = _compiler._optimize_charset([(c.LITERAL, ord(ch)) for ch in sorted(chars)])
        info = [c.INFO, 0, code[2] | c.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, all_flags, info)
        info[1] = len(info) - 1
        return _made(plain, parsed, info + code[1 + code[1] :])
    except (AttributeError, TypeError, ValueError, IndexError):  # (`re`'s private parts changed: as it was)
        return plain


def _made(plain: re.Pattern[str], parsed: Any, code: list[int]) -> re.Pattern[str]:
    """A compiled pattern of `code` with the text, flags and groups of `plain` (as `re._compiler.compile` makes one)."""
    if parsed.state.groups - 1 != plain.groups or parsed.state.groupdict != dict(plain.groupindex):
        return plain
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    made: re.Pattern[str] = _sre.compile(
        plain.pattern, plain.flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup)
    )
    return made


def _gate(first: frozenset[str], flags: int) -> str:
    """The look-ahead of `first` a pattern with `flags` is put behind."""
    if flags & re.IGNORECASE:  # (every case of them, written out: tested as they are, not lowercased first)
        return f"{_GATE_OPENS_CASED}{''.join(re.escape(c) for c in sorted(every_case(first)))}]))"
    return f"{_GATE_OPENS}{''.join(re.escape(c) for c in sorted(first))}])"


def is_gated(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` is one `gated` made: a position its first characters rule out fails with one test, so a
    scan of a whole page with it costs what a pattern `re` skips through costs (the page-scan guard reads this)."""
    return pattern.pattern.startswith((_GATE_OPENS, _GATE_OPENS_CASED))


_GATE_OPENS_CASED = "(?=(?-i:["
"""How a case-insensitive pattern's gate begins: its class of every case of the first characters, read as written
(`(?-i:…)`), so that a position is tested against the class as it stands, where under `re.I` the engine lowercases
each character before the test (a sixth less time for a gate asked of every sentence, `\b(?:delegation|đoàn)\b`)."""


def every_case(first: frozenset[str]) -> frozenset[str]:
    """Every case of the characters `first` (`_cases`): the gate of a pattern whose letters are case-insensitive
    only inside a group of its own (`(?i:…)`), put behind them with no flags (`compile_behind`)."""
    return frozenset().union(*map(_cases, first))


def _cases(char: str) -> set[str]:
    """Every character `re.I` may match to `char`, and maybe a few more (a superset only lets a position through to
    be tried as before): its lowercase, uppercase and titlecase, every character whose lowercase one of them is
    (`K`, the Kelvin sign, for `k`; `İ` for `i`), and the engine's own extra cases (`ı` for `i`, `ſ` for `s`)."""
    out = {char}
    for _ in range(2):  # (the cases of the cases: `ſ` -> `s` -> `S`)
        for c in list(out):
            out.update(x for x in (c.lower(), c.upper(), c.title(), c.casefold()) if len(x) == 1)
            out.update(LOWERCASED_FROM.get(c, ""))
            out.update(map(chr, _casefix._EXTRA_CASES.get(ord(c), ())))
    return out


LOWERCASED_FROM = {"i": "\u0130", "k": "\u212a", "å": "\u212b", "ß": "\u1e9e", "θ": "\u03f4", "ω": "\u2126"}
"""The characters whose (simple, one-character) lowercase is a letter they are neither the upper- nor the titlecase
of: `İ`, the Kelvin and Ångström signs, the capital sharp s, the capital theta symbol, the ohm sign (a test reads every
code point for more)."""


def compile_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, `gated`: written where a module compiles a pattern that is tried at every
    position of what it searches (a case-insensitive one, or one opened by `\\b` or a look-behind), in its
    place, so that the pattern's source stays as it was written. A case-insensitive one has its branches opened by
    their first letter in every case first (`cased_branches`): the same matches, each branch passed over with one
    test where its letter does not stand."""
    return gated(re.compile(cased_branches(pattern, flags), flags))


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(the first characters of a sequence of parsed items, whether it can match the empty string), or None."""
    c = _constants
    out: set[str] = set()
    for op, av in items:
        if op is c.ASSERT_NOT and not list(av[1]):
            return out, False  # (`(?!)`: a branch that never matches, as a group kept by name is written; no character)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # (zero-width: `\b`, look-arounds; the characters come after them)
        if op is c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    out.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < _RANGE_LIMIT:
                    out.update(chr(x) for x in range(value[0], value[1] + 1))
                else:
                    return None
            return out, False
        if op is c.SUBPATTERN:
            if av[1]:
                return None  # (flags added, `(?i:…)`: its letters would be read under other flags than the gate's)
            inner = _first(list(av[3]))
        elif op is c.BRANCH:
            branches = [_first(list(b)) for b in av[1]]
            if any(b is None for b in branches):
                return None
            inner = (set().union(*(b[0] for b in branches if b)), any(b[1] for b in branches if b))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = _first(list(av[2]))
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:
            return None  # (a group reference, `.`, a conditional: not told)
        if inner is None:
            return None
        out |= inner[0]
        if not inner[1]:
            return out, False
    return out, True


def cased_branches(source: str, flags: int = re.IGNORECASE) -> str:
    """`source`, an alternation compiled with `flags` (`re.I`), written so that the engine passes over a branch that
    cannot begin where it stands with one test of a character: each branch that opens with `\\b` and a letter (after
    fixed look-behinds at most: `(?<!sẽ )\\bđược …`) opens with every case of that letter read as written
    (`(?-i:[sS])`), its `\\b` and look-behinds after it (`(?<!\\w.)`, `(?<!sẽ .)`); a branch that opens with a group
    of words (`\\b(?:by|after) signing`) is one branch per word first; and the branches of one letter are one branch,
    in their order, as far as no branch of unknown first letters stands between them.

    Why: `re` skips a branch at once only when it opens with a literal or a class read as written; under `re.I`
    every branch is entered, its `\\b` tested, its letters lowercased one by one, at every word's edge of the text (the
    agreement status cues, fifty branches each, took about 4 % of an extraction). The same matches: `\\bx` is
    `x(?<!\\w.)` for a word character `x`, a look-behind before it is the same one with one character more after it,
    `\\b(?:a|b)c` is `\\bac|\\bbc` (the first that matches, in this order), and two branches whose first letters have
    no case in common never match at one position, so moving one past the other changes no match."""
    if not flags & re.IGNORECASE or flags & re.VERBOSE or _GLOBAL_FLAGS.match(source):
        return source  # (case-sensitive branches are passed over already; comments and global flags: as written)
    groups: list[tuple[frozenset[str] | None, list[str]]] = []
    letters: dict[frozenset[str], list[str]] = {}  # the current run's branches of each letter (since a barrier)
    for branch in (b for top in _top_branches(source) for b in _distributed(top, flags)):
        opened = _opened_by_letter(branch, flags)
        if opened is None:
            groups.append((None, [branch]))
            letters = {}
            continue
        cases, rest = opened
        if cases in letters:
            letters[cases].append(rest)
        elif any(cases & other for other in letters):
            letters = {cases: [rest]}  # (cases shared but not all: no move past it)
            groups.append((cases, letters[cases]))
        else:
            letters[cases] = [rest]
            groups.append((cases, letters[cases]))
    return "|".join(
        rests[0]
        if cases is None
        else f"(?-i:[{''.join(map(re.escape, sorted(cases)))}])(?<!\\w.)"
        + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for cases, rests in groups
    )


_BEHIND = re.compile(r"\(\?<!((?:[^()\\]|\\.)*)\)")
"""A negative look-behind of no group (`(?<!sẽ )`), its inside the group."""


def _opened_by_letter(branch: str, flags: int) -> tuple[frozenset[str], str] | None:
    """(every case of the letter a branch opens with after its `\\b`, what follows it with the look-behinds moved
    after it), or None for a branch of another shape (kept as written)."""
    behinds, at = [], 0
    while found := _BEHIND.match(branch, at):
        behinds.append(found.group(1))
        at = found.end()
    if not branch.startswith("\\b", at) or len(branch) < at + 3:
        return None
    letter, after = branch[at + 2], branch[at + 3 : at + 4]
    if not letter.isalpha() or after in ("?", "*", "+", "{"):
        return None
    cases = frozenset(c for c in _cases(letter) if re.fullmatch(re.escape(letter), c, flags))
    if not all(re.fullmatch(r"\w", c, flags) for c in cases):
        return None  # (`\b` is a look-behind of `\w` only before a word character)
    return cases, "".join(f"(?<!{b}.)" for b in behinds) + branch[at + 3 :]


def _distributed(branch: str, flags: int) -> list[str]:
    """`\\b(?:a|b)c` as `\\bac`, `\\bbc` (a group of no quantifier right after `\\b`, and no group in `c`, which
    would be numbered twice); any other branch as it is."""
    if not branch.startswith("\\b(?:"):
        return [branch]
    end = _group_end(branch, 2)
    if branch[end : end + 1] in ("?", "*", "+", "{") or ("(" in branch[end:] and _groups(branch[end:], flags)):
        return [branch]
    return [f"\\b{word}{branch[end:]}" for word in _top_branches(branch[5 : end - 1])]


def _groups(source: str, flags: int) -> int:
    """The groups `source` numbers (1 when it cannot be read alone: a reference to a group before it)."""
    try:
        return re.compile(source, flags).groups
    except re.error:
        return 1


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
"""A pattern's global flags, written first (`(?x)`): its text is then read as written."""


def _walk(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of `source` from `start` outside escapes and classes, with the group depth after it.

    Why one walk: splitting a pattern at its top-level `|` and finding where a group ends skip the same escapes
    (`\\(`) and classes (`[(|]`), and must agree on them.
    """
    depth, at = 0, start
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(source, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield at, char, depth
        at += 1


def _top_branches(source: str) -> list[str]:
    """The branches of `source` at its top level (its `|` outside groups and classes)."""
    out, start = [], 0
    for at, char, depth in _walk(source):
        if char == "|" and depth == 0:
            out.append(source[start:at])
            start = at + 1
    out.append(source[start:])
    return out


def _group_end(source: str, at: int) -> int:
    """Where the group opened at `source[at]` (`(`) ends: the index after its `)`."""
    for end, char, depth in _walk(source, at):
        if char == ")" and depth == 0:
            return end + 1
    raise ValueError(f"unbalanced group in {source!r}")


def _class_end(source: str, at: int) -> int:
    """Where the class opened at `source[at]` (`[`) ends: the index after its `]` (a `]` first is a member)."""
    at += 1
    if source[at : at + 1] == "^":
        at += 1
    if source[at : at + 1] == "]":
        at += 1
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1
