"""A delegation's leader holds his role at the body whose delegation he leads, when his title names none of its own
or only its kind (`Đoàn đại biểu thành phố A do ông X, Phó Chủ tịch Hội đồng thành phố`, `the delegation from B City
Council led by its chairman Y, …`), and an association's head (`Hội trưởng`) is its chairman. Sentences written
for the form, with names no article of the real set uses."""

from __future__ import annotations

from tests.extraction import held_by, run


def test_a_title_naming_only_its_kind_is_held_at_the_led_delegation_s_place() -> None:
    doc = run(
        "Đoàn đại biểu thành phố Suwon thăm tỉnh\n\nSáng 6-11, Sở Du lịch tiếp đoàn đại biểu thành phố Suwon, "
        "Hàn Quốc, do ông Park Min-seok, Phó Chủ tịch Hội đồng thành phố dẫn đầu đến thăm và làm việc tại tỉnh."
    )
    held = held_by(doc, "person:park-min-seok")
    assert held and all("suwon" in h for h in held)


def test_a_delegation_s_leader_with_no_body_holds_his_title_at_the_delegation_s_body() -> None:
    doc = run(
        "Ties\n\nOn Monday the provincial leaders received a delegation of the Gyeonggi Provincial Council led by "
        "Mr. Kim Tae-ho, Secretary General, who said firms wish to invest."
    )
    assert held_by(doc, "person:kim-tae-ho") == {"org:gyeonggi-provincial-council"}
    doc = run(
        "Hợp tác\n\nSáng 6-11, tỉnh tiếp đoàn công tác của Hội đồng tỉnh Gyeonggi do ông Kim Tae-ho, Tổng Thư ký dẫn đầu."
    )
    assert held_by(doc, "person:kim-tae-ho") == {"org:hoi-dong-kr-41"}


def test_no_delegation_no_body_from_it() -> None:
    doc = run(
        "Ties\n\nOn Monday the Gyeonggi Provincial Council announced a fair. Mr. Kim Tae-ho, Secretary General, said "
        "firms wish to invest."
    )
    assert held_by(doc, "person:kim-tae-ho") == set()


def test_an_association_s_head_is_its_chairman() -> None:
    doc = run(
        "Hợp tác\n\nChiều 5/3, lãnh đạo tỉnh tiếp Hội trưởng Hiệp hội Thương mại Đài Loan tại Bình Dương Lý Minh "
        "Đức và đoàn doanh nghiệp."
    )
    held = held_by(doc, "person:ly-minh-duc")
    assert held and all("hiep-hoi" in h for h in held)
