"""A title whose body no stage read, closed by the place the body is of (`X - Tổng Thư ký Nhóm Hữu nghị tỉnh Y;`,
`X, Deputy Head of the Y border gate economic zone management board,`), is held in that place; a place that does
not close the title, or a Vietnamese one without its kind word, is not taken. Sentences written for the form, with
names no article of the real set uses."""

from __future__ import annotations

from tests.extraction import positions, run


def test_a_list_item_s_unread_body_closed_by_its_province_is_held_there() -> None:
    doc = run(
        "Hữu nghị\n\nTiếp đón đoàn có các ông: Choi Min Su - Chủ tịch Hội đồng tỉnh Gyeonggi; Park Ji Sung - Tổng Thư "
        "ký Nhóm Hữu nghị tỉnh Quảng Nam và các thành viên liên quan."
    )
    assert ("person:park-ji-sung", "province:vn-27") in positions(doc)
    assert not any(p.startswith("person:nhom") for p, _ in positions(doc))  # (`Nhóm Hữu`: a group's words, no one)


def test_an_english_body_with_its_province_inside_is_held_there() -> None:
    doc = run(
        "Border trade\n\nLang Son is building roads. Tran Van Nam, Deputy Head of the Lang Son border gate economic "
        "zone management board, said trade grew.",
        lang="en",
    )
    assert ("person:tran-van-nam", "province:vn-09") in positions(doc)


def test_a_vietnamese_place_without_its_kind_word_is_not_taken() -> None:
    doc = run("Hữu nghị\n\nÔng Park Ji Sung, Tổng Thư ký Nhóm Hữu nghị Quảng Nam, cho biết hai bên sẽ hợp tác.")
    assert not any(p == "person:park-ji-sung" for p, _ in positions(doc))
