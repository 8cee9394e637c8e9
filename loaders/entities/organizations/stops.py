"""Where a name stops or goes on: the sentence's two-word verbs after a name, a capitalised subject after `về`,
the next word and the words skipped before a province.

Small word tests of the name reader, apart so that the governments' rules can use them too."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import person_starts
from loaders.entities.organizations.words import _CAP_TOKEN, _TOKEN


def _two_word_stop(text: str, at: int) -> bool:
    return (
        text[at : at + 12]
        .lower()
        .startswith(
            (
                "cho biết",
                "nhấn mạnh",
                "đề nghị",
                "kiến nghị",
                "phối hợp",
                "tổ chức",
                "làm việc",
                "hội đàm",
                "chủ trì",
                "tham dự",
                "bày tỏ",
                "đánh giá",
                "tham gia",
                "thông tin về",
                "thực hiện",
                "cam kết",  # `Tập đoàn X cam kết …`, `… X dẫn đầu`: the sentence's verb after the name
                "dẫn đầu",
                "khẳng định",
                "nhất trí",
                "mong muốn",
                "chuyên về",
                "giai đoạn",  # `Tổ chức X giai đoạn 2017 – 2019`, `Hội đồng X ngày 21 …`: when, no word of the name
                "ngày ",
                "thường niên",  # `Ủy ban Liên Chính phủ thường niên lần thứ 20`: the session is annual, not the body
            )
        )
    )


def _first_word(text: str, at: int) -> str:
    m = _TOKEN.match(text, at)
    return m.group(0) if m else ""


def _skip_words(text: str, end: int) -> int:
    m = re.compile(r"\s*,\s*(?:tỉnh\s+|thành phố\s+|khu tự trị\s+)?").match(text, end)
    return m.end() if m else end


def _subject_named(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a body's capitalised name goes on after `về` at `at` with a capitalised subject (`Ủy ban Quốc gia về
    Thanh niên`, `Hội đồng Hòa bình về Dải Gaza`), not with a place, a person, a title or another body (`Hội đồng
    Bảo an về Ukraine`, `… về Bộ trưởng X`), which the sentence goes on to."""
    text = doc.text
    word = _CAP_TOKEN.match(text, at + 1) if text.startswith(" ", at) else None
    return (
        word is not None
        and doc.span_at(doc.places, at + 1) is None
        and doc.title_at(at + 1) is None
        and not lex.org_head_re.match(text, at + 1)
        and not person_starts(lex, text, at + 1)
    )
