"""A Vietnamese title written in lowercase in an apposition, right before the body or province it is held at
(`ông X, tổng giám đốc Công ty Y`, `… – Phó bí thư, phó tỉnh trưởng tỉnh Z`), is a title; a lowercase title word
elsewhere in prose is not. Sentences written for the form, with names no article of the real set uses."""

from __future__ import annotations

from tests.extraction import held_by, run


def test_a_lowercase_title_after_a_comma_before_a_company_is_held_there() -> None:
    doc = run(
        "Đoàn doanh nghiệp thăm khu kinh tế\n\nDẫn đầu đoàn là ông Lâm Chí Hào, tổng giám đốc Công ty Cơ khí Hưng "
        "Thịnh, đến làm việc với Ban Quản lý khu kinh tế."
    )
    held = held_by(doc, "person:lam-chi-hao")
    assert held and all("hung-thinh" in h for h in held)


def test_a_lowercase_second_title_before_a_province_abroad_is_held_there() -> None:
    doc = run(
        "Hội đàm\n\nNgày 28/10, đoàn đại biểu tỉnh ta hội đàm với tỉnh Luang Namtha nước Cộng hòa Dân chủ Nhân dân "
        "Lào. Dự hội đàm có đồng chí Bun Thong Xay Ya – Phó bí thư, phó tỉnh trưởng tỉnh Luang Namtha."
    )
    assert any("la-lm" in h or "luang" in h for h in held_by(doc, "person:bun-thong-xay-ya"))


def test_a_lowercase_title_word_in_prose_is_no_title() -> None:
    doc = run(
        "Hợp tác\n\nTheo ông Lâm Chí Hào, các phó chủ tịch Công ty Cơ khí Hưng Thịnh sẽ sang Nhật Bản vào tháng tới."
    )
    assert held_by(doc, "person:lam-chi-hao") == set()
