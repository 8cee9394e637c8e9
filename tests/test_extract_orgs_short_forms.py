"""Bodies the press names by their initials only, read where a title says they are bodies (`Tổng giám đốc XYZ`,
`President of the ABCCI`). Every sentence is written for the form, with names no article of the real development
set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import held_by, run


def org_names(doc: dict) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_a_short_form_right_after_a_title_is_the_body_the_title_is_held_at() -> None:
    doc = run(
        "Hợp tác năng lượng\n\nNgày 4/3, Tổng giám đốc QTPower Trịnh Văn Khải đã làm việc với đoàn. Chủ tịch KVMC, "
        "ông Lạc Minh Đông cho biết công ty sẵn sàng hợp tác."
    )
    names = org_names(doc)
    assert {"QTPower", "KVMC"} <= names
    assert {e for e in held_by(doc, "person:trinh-van-khai")} == {"org:qtpower"}


def test_an_english_short_form_after_a_title_and_of_is_a_body() -> None:
    doc = run(
        "Trade ties\n\nThe delegation was led by the President of the ZWCCI, Tomas Varga, who met the Chairman of "
        "KTDA on Monday."
    )
    assert {"ZWCCI", "KTDA"} <= org_names(doc)


def test_capitals_after_a_title_that_are_no_body_of_their_own_stay_unread() -> None:
    doc = run(
        "Hợp tác\n\nBộ trưởng NNPTNT Lò Văn Tú và Đặc phái viên TTXVN cùng dự. Chairman KIM Sung-ho of the group "
        "and CEO JB Walton spoke."
    )
    names = org_names(doc)
    assert not {"NNPTNT", "TTXVN", "KIM", "JB"} & names
