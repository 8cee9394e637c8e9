"""A pattern gated by its first characters finds the same matches; what cannot be told leaves it as it is."""

from __future__ import annotations

import re
import sys

from loaders.entities.agreements.words import _CUES
from loaders.first_letters import (
    LOWERCASED_FROM,
    _cases,
    cased_branches,
    compile_gated,
    first_characters,
    gated,
    is_gated,
)


def test_the_first_characters_of_branches_optional_groups_and_classes() -> None:
    assert first_characters(re.compile(r"\b(?:đã|và) ký\b")) == {"đ", "v"}
    assert first_characters(re.compile(r"(?<!x )(?:the )?deal")) == {"t", "d"}
    assert first_characters(re.compile(r"[a-c]+z|q")) == {"a", "b", "c", "q"}
    assert first_characters(re.compile(r"(?:x|y)*\bz", re.I)) == {"x", "y", "z"}


def test_a_group_that_only_takes_flags_off_and_a_branch_that_never_matches_are_read() -> None:
    # (`(?-i:…)` reads its letters as written, a subset of what the gate lets through under the pattern's flags;
    # `(?!)`, a branch kept only for its group names, begins with no character)
    assert first_characters(re.compile(r"\b(?:thành phố|(?-i:[Cc]hâu))", re.I)) == {"t", "C", "c"}
    assert first_characters(re.compile(r"(?!)(?P<a>)|\b(?P<b>[XY]\w+) City")) == {"X", "Y"}
    pattern = re.compile(r"(?!)(?P<a>)|\b(?:[Tt]hành phố|(?-i:[Cc]hâu|thị))\s+(?P<b>[A-Z]\w+)|\b(?P<c>[A-Z]\w+) City")
    text = "Ông A thăm thành phố Yongin, châu Hồng Hà và Hwaseong City; THÀNH PHỐ X, Châu Á."
    assert gated(pattern).pattern.startswith("(?=[")
    assert [m.groupdict() for m in gated(pattern).finditer(text)] == [m.groupdict() for m in pattern.finditer(text)]


def test_what_the_parse_does_not_tell_is_none() -> None:
    assert first_characters(re.compile(r"\w+ing")) is None  # (a category)
    assert first_characters(re.compile(r"[^a]b")) is None  # (a negated class)
    assert first_characters(re.compile(r"(?i:k)ey")) is None  # (flags of its own)
    assert first_characters(re.compile(r"(?:ab)?")) is None  # (the empty string)
    assert gated(re.compile(r"(?i)abc")).pattern == "(?i)abc"


def test_a_gated_pattern_finds_the_same_matches() -> None:
    text = (
        "Hai bên ĐÃ KÝ biên bản; KELVIN signed. The MoU was proposed, not signed, and negotiations will begin; "
        "Đàm phán sẽ được ký kết, in force since 2020; the sides agreed to sign, based on the plan. ſigned."
    )
    for _, rx in _CUES:
        plain = re.compile(rx.pattern.split("(?:", 1)[1].rsplit(")", 1)[0], rx.flags)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start, end in ((0, 40), (17, 60), (45, 140)):
            assert [m.span() for m in rx.finditer(text, start, end)] == [
                m.span() for m in plain.finditer(text, start, end)
            ]
    words = re.compile(r"\b(?:kelvin|sign(?:ed)?)\b", re.I)
    assert [m.span() for m in gated(words).finditer(text)] == [m.span() for m in words.finditer(text)]
    assert [m.group() for m in gated(words).finditer("\u212aelvin")] == ["\u212aelvin"]  # (the Kelvin sign, as re.I)


def test_compile_gated_is_the_compiled_pattern_gated() -> None:
    source = r"\b(?:đồng chủ trì|chair(?:ed)?)\s*$"
    assert compile_gated(source, re.I).pattern == gated(re.compile(cased_branches(source, re.I), re.I)).pattern
    assert compile_gated(source).pattern == gated(re.compile(source)).pattern
    assert compile_gated(source, re.I).pattern.startswith("(?=(?-i:[")
    assert is_gated(compile_gated(source, re.I)) and is_gated(compile_gated(r"\bchair"))
    assert compile_gated(source, re.I).search("Ông A và ông B đồng CHỦ TRÌ") is not None


def test_a_case_insensitive_gate_holds_every_character_re_matches_to_its_letters() -> None:
    # (the gate's class is written out, not lowercased: a character `re.I` matches to a first letter and the class
    # missed would lose that match)
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdeghiklmnopqrstuvwxyzđàáảãạăâêôơưÀĐ":
        assert {m.group() for m in re.finditer(re.escape(letter), every, re.I)} <= _cases(letter), letter
    odd = {x for x in every if len(low := x.lower()) == 1 and low != x and x not in (low.upper(), low.title())}
    assert odd | {"\u0130"} == set(LOWERCASED_FROM.values())  # (the letters whose own cases do not give them)
    text = "Đoàn công tác; the DELEGATİON of the ſtate; a delegatıon; KELVİN and \u212aelvin"
    for source in (r"\b(?:delegation|đoàn)\b", r"\b(?:state|kelvin)\b"):
        plain = re.compile(source, re.I)
        assert [m.span() for m in gated(plain).finditer(text)] == [m.span() for m in plain.finditer(text)]


_CUED = (
    r"\b(?:đã|và) (?:được )?k[ýí](?: kết)?\b|\bceremony to sign\b|(?<!sẽ )\bđược k[ýí]\b|\bsigned\b"
    r"|(?<!forward to the )\bsigning of\b|\b(?:by|after|upon|on) signing\b|\b(?:with)?in the framework of\b"
    r"|(?:\btheo|(?<!đã )\bthông qua)\s+$|\bkelvin\b|\bstate\w*|\bsealed\b|\bđàm phán\b|\bnegotiat\w*"
)


def test_branches_opened_by_their_letters_in_every_case_find_the_same_matches() -> None:
    text = (
        "Hai bên ĐÃ KÝ biên bản và được ký; sẽ được ký. KELVIN, \u212aelvin and ſtate SIGNED; the ſigning of the MoU, "
        "looking forward to the signing of it; Upon signing, within the framework of the plan, theo \nĐàm phán, "
        "negotiations; đã thông qua Bản; thông qua "
    )
    for source in (_CUED, *(rx.pattern for _, rx in _CUES)):
        plain, cased = re.compile(source, re.I), re.compile(cased_branches(source), re.I)
        for t in (text, text.upper(), text.swapcase()):
            assert [m.span() for m in cased.finditer(t)] == [m.span() for m in plain.finditer(t)]
            for start in range(0, len(t), 7):  # (windows: look-behinds read before them, `$` and `\b` at their end)
                want = plain.search(t, start, start + 45)
                got = cased.search(t, start, start + 45)
                assert (got and got.span()) == (want and want.span()), (source[:40], start)


def test_cased_branches_open_with_a_class_read_as_written() -> None:
    # (one branch per letter, in order; a look-behind moved after the letter; a group of words distributed; a branch
    # of another shape kept where it stands, and no branch moved past it)
    assert cased_branches(r"\bsigned\b|\bsealed\b|(?<!sẽ )\bđược ký") == (
        r"(?-i:[Ssſ])(?<!\w.)(?:igned\b|ealed\b)|(?-i:[Đđ])(?<!\w.)(?<!sẽ .)ược ký"
    )
    assert cased_branches(r"\b(?:by|on) x|\b(?:with)?in y|\bbe z") == (
        r"(?-i:[Bb])(?<!\w.)y x|(?-i:[Oo])(?<!\w.)n x|\b(?:with)?in y|(?-i:[Bb])(?<!\w.)e z"
    )
    assert cased_branches(r"[ab]c|\b\w+|\bs?x") == r"[ab]c|\b\w+|\bs?x"


def test_a_gated_pattern_skips_by_its_first_characters_in_the_engine_with_the_same_matches() -> None:
    # (its text is the gated one; its code is not: the gate's characters are the set `re`'s search skips by, so the
    # pattern differs from the same text compiled by `re`, yet every way of asking it answers the same)
    source = r"\b(?:tỉnh|bang)\s+(?P<name>[A-Z]\w*(?: [A-Z]\w*)?)|(?<!\w)(?P<city>[A-Z]\w+) City"
    text = "Đoàn thăm tỉnh Bắc Ninh, bang Texas và Yongin City; tỉnh x, bang Ohio, ABang Z. Tỉnh B."
    for flags in (0, re.I):
        fast = compile_gated(source, flags)
        slow = re.compile(fast.pattern, fast.flags)
        assert fast.pattern.startswith(("(?=[", "(?=(?-i:[")) and is_gated(fast)
        assert fast != slow and (fast.groups, fast.groupindex) == (slow.groups, slow.groupindex)
        for start, end in ((0, len(text)), (5, 40), (11, 12), (30, len(text))):
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text, start, end)] == [
                (m.span(), m.groupdict()) for m in slow.finditer(text, start, end)
            ]
            for ask in ("search", "match", "fullmatch"):
                found, wanted = getattr(fast, ask)(text, start, end), getattr(slow, ask)(text, start, end)
                assert (found and (found.span(), found.groupdict())) == (wanted and (wanted.span(), wanted.groupdict()))
        assert fast.sub("#", text) == slow.sub("#", text) and fast.findall(text) == slow.findall(text)


def test_a_pattern_that_skips_by_itself_keeps_its_own_skip_and_its_matches() -> None:
    fast = gated(re.compile(r"(?<!\w)Hà Nội\b"))  # (a literal after the look-behind: `re` skips to it by itself)
    assert fast.pattern.startswith("(?=[H])") and fast.findall("Tại Hà Nội, Hà Nội.") == ["Hà Nội", "Hà Nội"]
