"""A title held at a unit written right before the body it is part of, a comma between (`Chủ tịch Ủy ban Kinh tế và
Phát triển, Nghị viện X`): held at both. Sentences written for the form, with names no article of the real set
uses."""

from __future__ import annotations

from tests.extraction import positions, run


def test_a_committee_then_its_parliament_after_a_comma_are_both_the_title_s() -> None:
    doc = run(
        "Hợp tác\n\nTrưởng đoàn, Chủ tịch Ủy ban Kinh tế và Phát triển, Nghị viện Timor-Leste Ana Maria da Costa đã "
        "làm việc với VCCI."
    )
    held = {body for person, body in positions(doc) if person == "person:ana-maria-da-costa"}
    assert "org:uy-ban-kinh-te-va-phat-trien" in held
    assert any(body.startswith("org:nghi-vien") for body in held)


def test_a_department_then_its_ministry_in_brackets_before_the_name_are_both_the_title_s() -> None:
    doc = run(
        "Hội chợ\n\nDự khai mạc có Cục trưởng Cục Xúc tiến thương mại (Bộ Công Thương) Lê Văn Bình và Phó Chủ tịch "
        "UBND tỉnh An Giang Trần Văn Nam."
    )
    held = {body for person, body in positions(doc) if person == "person:le-van-binh"}
    assert "org:moit" in held and len(held) == 2
