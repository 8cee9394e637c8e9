"""Patterns rewritten for speed find what their plain forms found (the plain form is spelt here, as it was written).

Why: each speed-up of the extraction must leave its output the same byte for byte; the dumps of whole corpora
prove it for the pages there are, these tests keep the reason in view for the forms each rewrite turns on (a
capital first, case-insensitive letters behind a look-ahead, a branch that opens a sentence, words read by an
automaton)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from loaders.cleaning import _GLUED_WORD
from loaders.dates import _DIGIT_RUN
from loaders.entities.events.attendance import _SPOKE_AT, _SPOKE_AT_OPENING
from loaders.entities.officials.words import _PLURAL_ROLE, _ROLE_WORD, _ROLES_PLURAL, has_role_word
from loaders.entities.topics import topic_matcher
from loaders.letters import LOWER, UPPER

_SENTENCES = [
    "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội.",
    "Chủ tịch UBND tỉnh Lạng Sơn phát biểu tại buổi lễ ký kết biên bản ghi nhớ.",
    "Speaking at the ceremony, the governor said the two provinces would sign 3 agreements.",
    "In his remarks at the forum, Deputy Prime Ministers – Tran Luu Quang and Le Minh Khai welcomed the delegation.",
    "state senators Joe Nguyen and June Robinson met Rep. Adam Smith and the CEO of VinFast.",
    "ông LêVăn Giảng cho biết HàTĩnh đã xuất khẩu 1.200 tấn gạo trong năm 2023.",
    "The Japanese MINISTERS: Taro Kono and Yoko Kamikawa arrived on 12/9/2023.",
    "Tỷ trọng công nghiệp trong cơ cấu kinh tế của tỉnh là trung tâm của chuyển dịch cơ cấu.",
    "",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_rewritten_patterns_find_what_their_plain_forms_found(text: str) -> None:
    glued = re.compile(rf"[{LOWER}][{UPPER}]")
    assert (_GLUED_WORD.search(text) is not None) == (glued.search(text) is not None)
    assert [m.span() for m in _DIGIT_RUN.finditer(text)] == [m.span() for m in re.finditer(r"\d+", text)]
    assert has_role_word(text) == (_ROLE_WORD.search(text) is not None)
    plural = re.compile(rf"\b(?i:{_PLURAL_ROLE})(?:\s+[–—-]|:)?\s+(?=[{UPPER}][{LOWER}])")
    assert [m.span() for m in _ROLES_PLURAL.finditer(text)] == [m.span() for m in plural.finditer(text)]
    spoke = re.compile(
        r"\b(?:phát biểu (?:tại|trong) (?:buổi|lễ|hội)|spoke at the (?:ceremony|meeting|event|signing|talks|conference)"
        r"|in (?:his|her) (?:remarks|speech|opening remarks) at the)\b"
        r"|^\s*(?:In (?:his|her) (?:remarks|speech)|Speaking at the (?:ceremony|meeting|event|signing|talks|conference))\b",
        re.I,
    )
    assert bool(_SPOKE_AT.search(text) or _SPOKE_AT_OPENING.match(text)) == bool(spoke.search(text))
    matcher = topic_matcher()
    assert matcher.profile_cues is not None
    data = json.loads(resources.files("loaders").joinpath("gazetteers", "topics.json").read_text(encoding="utf-8"))
    cues = re.compile(r"\b(?:" + "|".join(map(re.escape, data["economy_profile"]["cues"])) + r")\b")
    lower = text.lower()
    assert [m.span() for m in matcher.profile_cues.finditer(lower)] == [m.span() for m in cues.finditer(lower)]


def test_the_sentences_exercise_each_rewrite() -> None:
    """Each rewrite has a sentence it matches (so the comparisons above are not all between two misses)."""
    joined = "\n".join(_SENTENCES)
    assert _GLUED_WORD.search(joined)
    assert has_role_word(joined)
    assert [m.group(0).strip() for m in _ROLES_PLURAL.finditer(joined)] == [
        "Deputy Prime Ministers –",
        "senators",
        "MINISTERS:",
    ]
    assert _SPOKE_AT_OPENING.match(_SENTENCES[2]) and _SPOKE_AT.search(_SENTENCES[1])
    matcher = topic_matcher()
    assert matcher.profile_cues is not None and matcher.profile_cues.search(_SENTENCES[7].lower())
