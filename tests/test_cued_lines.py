"""`phrases.matches_on_cued_lines` gives a pattern's matches of the whole text, read only on the lines of its cue.

The organisations' English stage reads two patterns that have no literal to start from (a lowercase word before a
company's kind, two hundred demonyms before `government`, the lowercase joint committees, missions and
ministries, banks named in one word) only on the lines where their word stands; these tests
check that nothing changes: the matches of a line, the lookbehinds that see the line before, a lookahead that reads
into the next line, lines without the cue, and the order of the matches.
"""

from __future__ import annotations

import re

from loaders.entities import organizations_en
from loaders.entities.phrases import matches_on_cued_lines

TEXT = (
    "Officials of the Dutch government met the Thai Government on Friday.\n"
    "The Westmarch Government and the Eastmarch government signed a memorandum.\n"
    "Nothing to see on this line of ordinary prose.\n"
    "the state oil firm Borealis Petroleum said it will invest; plane maker Skyward Aero agreed\n"
    "Oil giant Aurora Fuels, a listed company, Harbourline Shipping. was named.\n"
    "the country's largest fund management company, Tidewater\nCapital Group, joined\n"
    "The Nordland - Westmarch intergovernmental committee met; the Westmarch embassy in Nordhaven and the Ostrian"
    " consulate general to the city wrote.\nOstria's trade and industry ministry, with Harbourbank and Fjordbank, agreed"
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_the_cued_lines_give_the_whole_texts_matches() -> None:
    pattern = re.compile(r"(?<![\w'’])(\w+) [Gg]overnment(?![\w'’-])")
    cue = re.compile(" [Gg]overnment")
    assert _spans(list(matches_on_cued_lines(pattern, TEXT, cue))) == _spans(list(pattern.finditer(TEXT)))
    assert len(list(pattern.finditer(TEXT))) == 4


def test_a_lookahead_past_the_line_reads_within_its_reach() -> None:
    pattern = re.compile(r"company, (?=[A-Z][^,.;:()]{1,40}(?:, |\.\s))")
    cue = re.compile(" company,")
    whole = list(pattern.finditer(TEXT))
    assert len(whole) == 2  # (the second one's lookahead ends on the next line)
    assert _spans(list(matches_on_cued_lines(pattern, TEXT, cue, 1 + 40 + 2))) == _spans(whole)
    assert len(list(matches_on_cued_lines(pattern, TEXT, cue))) == 1  # (no reach: the next line is not read)


def test_a_lookbehind_sees_the_line_before() -> None:
    pattern = re.compile(r"(?<=\n)[A-Z][a-z]+ giant")
    cue = re.compile(" giant")
    assert [m.group() for m in matches_on_cued_lines(pattern, TEXT, cue)] == ["Oil giant"]


def test_the_stages_patterns_give_the_same_matches_on_their_cued_lines() -> None:
    for pattern, cue, reach in (
        (organizations_en._DEMONYM_GOVERNMENT, organizations_en._GOVERNMENT_CUE, 0),
        (organizations_en._DESCRIBED_COMPANY, organizations_en._DESCRIBED_CUE, organizations_en._DESCRIBED_REACH),
        (organizations_en._LOWER_JOINT, organizations_en._JOINT_CUE, 0),
        (organizations_en._LOWER_MISSION, organizations_en._MISSION_CUE, 0),
        (organizations_en._LOWER_MINISTRY, organizations_en._MINISTRY_CUE, 0),
        (organizations_en._BANK_IN_ONE_WORD, organizations_en._BANK_CUE, 0),
    ):
        whole = list(pattern.finditer(TEXT))
        assert whole
        assert _spans(list(matches_on_cued_lines(pattern, TEXT, cue, reach))) == _spans(whole)


def test_a_text_without_the_cue_is_not_read() -> None:
    pattern = re.compile(r"[a-z]+ firm")
    assert list(matches_on_cued_lines(pattern, "a shipping firm\nand more", re.compile(" bank"))) == []
