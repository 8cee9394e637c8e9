"""A body's head word in lowercase right after its head's title (`Giám đốc sở Lao động … tỉnh X Y`, `Chủ tịch công ty
Z W`): the department read from the lowercase head when it ends with a place, the company by the name the
organisations stage read after its kind; the title is held there. Sentences written for the form, with names no
article of the real set uses."""

from __future__ import annotations

from tests.extraction import positions, run


def test_a_department_written_with_a_lowercase_so_before_the_name_is_its_head_s_body() -> None:
    doc = run(
        "Lao động\n\nGiám đốc sở Lao động - Thương binh và Xã hội tỉnh Sóc Trăng Trần Văn Hòa và ông Lee Jae Won ký "
        "thỏa thuận hợp tác."
    )
    held = {body for person, body in positions(doc) if person == "person:tran-van-hoa"}
    assert held and all(body.startswith("org:so-lao-dong") for body in held)


def test_a_company_s_kind_in_lowercase_between_title_and_name_is_crossed() -> None:
    doc = run(
        "Lúa gạo\n\nDự án của công ty Vina-Agri tại Cuba tiến triển tốt. Tiếp Chủ tịch công ty Vina-Agri Lê Văn Bình, "
        "Bộ trưởng Nông nghiệp Cuba bày tỏ vui mừng."
    )
    assert ("person:le-van-binh", "org:vina-agri") in positions(doc)
