"""The cheap looks that spare a costly pattern its scan must never skip a text the pattern matches.

Each look (`cleaning._may_call_to_action`, the `cook` and `ảnh` looks of `cleaning._keep`,
`dates._may_count_an_anniversary`, `cleaning._may_end_with_a_day`, `officials.holders._may_end_before_title`,
`officials.bodies._AN_INITIAL`) says whether its pattern can match at all; the pattern then decides. These tests
give each pattern lines it matches, in the cases and forms pages write, and check that the look lets them through,
and that it turns away ordinary lines (the reason it exists).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import cleaning, dates
from loaders.entities.officials import bodies, holders

CALLS = [
    "Please read more news on our site",
    "Subscribe to our newsletter for daily updates",
    "Follow Daily Harbour Times on Facebook",
    "Like us on Zalo",
    "Mời quý độc giả xem thêm",
    "Mời bạn đọc gửi ý kiến",
    "Theo dõi baomoi.vn trên Google News",
]


@pytest.mark.parametrize("line", CALLS)
def test_a_call_to_action_passes_the_look(line: str) -> None:
    assert cleaning._CALL_TO_ACTION.search(line)
    assert cleaning._may_call_to_action(line)


def test_an_ordinary_line_is_turned_away_before_the_call_pattern() -> None:
    line = "The delegation of Nordland visited a port and discussed shipping routes."
    assert not cleaning._may_call_to_action(line)


COOKIE_NOTICES = [
    "This website uses cookies to improve your experience",
    "ACCEPT ALL COOKIES",
    "Cookie Policy",
    "Trang này sử dụng cookie",
    "Chính sách Cookie",
    "This site uses coo\u212aies",  # the Kelvin sign, which `re.IGNORECASE` takes for a `k`
]


@pytest.mark.parametrize("line", COOKIE_NOTICES)
def test_a_cookie_notice_passes_the_look(line: str) -> None:
    assert cleaning._COOKIES.search(line)
    assert "cook" in line.lower()


@pytest.mark.parametrize("line", ["Việt Nam, Lào tăng cường hợp tác - ảnh 1", "Ảnh 2", "Lễ ký kết – Ảnh 12."])
def test_a_numbered_photo_passes_the_look(line: str) -> None:
    assert cleaning._ALT_TEXT.search(line)
    assert "ảnh" in line or "Ảnh" in line


ANNIVERSARIES = [
    "Lễ kỷ niệm 46 năm Ngày ký Hiệp ước hữu nghị (18/7/1977)",
    "LỄ KỶ NIỆM 30 NĂM QUAN HỆ NGOẠI GIAO (1993)",
    "the 25th anniversary of diplomatic ties (1999)",
    "THE 40TH ANNIVERSARY OF RELATIONS (1985)",
    "kỷ niệm 70 năm quan hệ (1955 - 2025)",
    "the anniversary of the friendship treaty (1962–2022)",
]


@pytest.mark.parametrize("text", ANNIVERSARIES)
def test_an_anniversary_passes_the_look(text: str) -> None:
    assert dates._ANNIVERSARY_COUNT.search(text) or dates._ANNIVERSARY_SPAN.search(text)
    assert dates._may_count_an_anniversary(text)


def test_a_page_with_no_anniversary_is_turned_away() -> None:
    assert not dates._may_count_an_anniversary("Ngày 3/4, tại Hà Nội (Việt Nam), hai bên ký kết.")
    assert not dates._may_count_an_anniversary("kỷ niệm 30 năm quan hệ ngoại giao")  # no parenthesis: no year counted


CAPTION_PAIRS = [
    (
        "bộ trưởng nguyễn văn khải tiếp đại sứ nordland tại hà nội",
        "chiều 5/6, bộ trưởng nguyễn văn khải tiếp đại sứ nordland tại hà nội, hai bên trao đổi về hợp tác thương mại.",
    ),
    (
        "minister of trade tom ellery receives the ambassador of nordland in hanoi",
        "on june 5, minister of trade tom ellery received the ambassador of nordland in hanoi to discuss trade.",
    ),
    (
        "toàn cảnh hội nghị xúc tiến đầu tư tỉnh bắc sơn năm 2024",
        "toàn cảnh hội nghị xúc tiến đầu tư tỉnh bắc sơn năm 2024.",
    ),
]


@pytest.mark.parametrize(("caption", "paragraph"), CAPTION_PAIRS)
def test_a_caption_that_repeats_its_paragraph_passes_the_subsequence_look(caption: str, paragraph: str) -> None:
    assert cleaning.fuzz.partial_ratio(caption, paragraph, score_cutoff=90)
    assert cleaning._shares_a_long_subsequence(caption, paragraph)
    assert cleaning._shares_a_long_subsequence(paragraph, caption)


def test_a_caption_of_other_words_is_turned_away_before_the_comparison() -> None:
    caption = "quang cảnh buổi làm việc giữa hai đoàn đại biểu"
    paragraph = "đại biểu hai đoàn giữa việc làm buổi cảnh quang, " * 3  # the same letters, in another order
    assert not cleaning.fuzz.partial_ratio(caption, paragraph, score_cutoff=90)
    assert not cleaning._shares_a_long_subsequence(caption, paragraph)


@pytest.mark.parametrize("line", ["Bắc Sơn: 16°C Bắc Sơn", "Nordvik 28 °C", "Hải Đông: -3,5° C trời mưa nhỏ"])
def test_a_weather_widget_passes_the_look(line: str) -> None:
    assert cleaning._WEATHER.match(line)
    assert "°" in line


@pytest.mark.parametrize(
    "line",
    [
        "Hai bên ký Bản ghi nhớ hợp tác giữa tỉnh Bắc Sơn và vùng Nordland - Ảnh: Lê Văn Tâm |",
        "Lễ ký kết biên bản hợp tác giữa hai địa phương – Nguồn ảnh: Sở Ngoại vụ",
        "The two sides exchange the cooperation documents in Nordvik - Photo: Daily Harbour",
    ],
)
def test_a_trailing_credit_passes_the_look(line: str) -> None:
    assert cleaning._TRAILING_CREDIT.search(line)
    assert ":" in line and cleaning._may_end_in_a_credit(line)


def test_a_line_with_no_credit_word_is_turned_away() -> None:
    assert not cleaning._may_end_in_a_credit("Thời gian: 9 giờ sáng - Địa điểm: Nhà khách Chính phủ")


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Lima",
        "By: News Staff",
        "Reported by T.Lan – Translated by Q.Vy",
        "Translated by Minh Chau",
        "Written by Jon Doe",
        "Edited by Jon Doe",
        "Compiled by Lan Anh",
        "Posted by Site Admin",
    ],
)
def test_an_author_s_line_passes_the_first_letter_look(line: str) -> None:
    assert line[0] in cleaning._BYLINE_FIRST_LETTERS and cleaning._BYLINE_LINE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tỉnh Bắc Sơn tiếp đoàn công tác của vùng Nordland (12/06/2025)",
        "Tỉnh Bắc Sơn tiếp đoàn công tác của vùng Nordland [12/6]  ",
        "Tỉnh Bắc Sơn tiếp đoàn công tác của vùng Nordland - 12/06/2025\n",
        "Nordland delegation visits the port of Bắc Sơn | 12/6/25 - 09:30",
        "Nordland delegation visits the port of Bắc Sơn – 12/6 14h05 ",
        "Tỉnh Bắc Sơn tiếp đoàn công tác của vùng Nordland (12/06/2025, 08:15)\t",
    ],
)
def test_a_dated_teaser_passes_the_look(line: str) -> None:
    assert cleaning._DATED_TEASER.match(line)
    assert cleaning._may_end_with_a_day(line)


def test_a_sentence_is_turned_away_before_the_dated_teaser_pattern() -> None:
    assert not cleaning._may_end_with_a_day("Ngày 12/6, tỉnh Bắc Sơn tiếp đoàn công tác của vùng Nordland.")


@pytest.mark.parametrize(
    "window",
    [
        "Hôm qua, Jacob Helberg, ",
        "Chiều 3/4, Lê Văn Tâm - ",
        "Chiều 3/4, Lê Văn Tâm – ",
        "on the occasion of Pi Mai Lao, the ",
        "ông Lê Văn Tâm và ông Trần Văn Nam, hai ",
        "ông Lê Văn Tâm và ông Trần Văn Nam – các  ",
        "Bùi Đình Long - Ủy viên BCH Đảng bộ tỉnh, ",
        "Nguyễn Văn Tâm, Tỉnh ủy viên,\n",
        "X Y Z, Member of the Provincial Party Standing Committee, ",
    ],
)
def test_a_name_before_a_title_passes_the_look(window: str) -> None:
    patterns = (holders._NAME_THEN_SEP, holders._NAME_THEN_OTHER_ROLE, holders._NAME_COMMA_OTHER_ROLE)
    assert any(p.search(window) for p in patterns)
    assert holders._may_end_before_title(window)


def test_every_window_a_name_before_pattern_matches_passes_the_look() -> None:
    """Every window of the sample corpus that ends at a title's possible start (each position after a space)."""
    patterns = (holders._NAME_THEN_SEP, holders._NAME_THEN_OTHER_ROLE, holders._NAME_COMMA_OTHER_ROLE)
    matched = 0
    for path in sorted(Path("data/corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for end in range(1, len(text)):
            if text[end - 1] not in " \n":
                continue
            window = text[max(0, end - 80) : end]
            if any(p.search(window) for p in patterns):
                matched += 1
                assert holders._may_end_before_title(window), window
    assert matched > 10


def test_a_window_of_other_words_is_turned_away_before_the_name_patterns() -> None:
    assert not holders._may_end_before_title("Chiều 3/4, tại Hà Nội, đoàn công tác do ")


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thủ tướng Bê-la-rút A.Cô-bi-a thăm Hà Nội.",
        "Thứ trưởng Ngoại giao Kazakhstan K. Umarov phát biểu.",
        "Ambassador of Mongolia to Vietnam B.Tsogt said.",
        "Ông Uzbekistan Sh. Mirziyoyev",
        "Đại sứ Uzbekistan Ts. Batbayar",
    ],
)
def test_a_run_before_an_initial_passes_the_look(text: str) -> None:
    assert bodies._RUN_THEN_INITIAL.search(text)
    assert bodies._AN_INITIAL.search(text)


def test_a_page_with_no_initial_is_turned_away_before_the_run_pattern() -> None:
    assert not bodies._AN_INITIAL.search("Thứ trưởng Ngoại giao Kazakhstan Kairat Umarov phát biểu tại TP. Hà Nội.")
