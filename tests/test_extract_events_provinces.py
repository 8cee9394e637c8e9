"""Events of provinces: a dated meeting or signing the lead tells with two or more provinces as its sides and no one
named at it is an event of those provinces (`PARTICIPATED_IN`), as the conventions read a body that takes part as a
body; a province named as where it happened is no side. Every text here is written for the test, with names of our
own, in the forms the real development set showed."""

from __future__ import annotations

from tests.extraction import attendees, events, run


def test_talks_between_two_provinces_naming_no_one_are_theirs() -> None:
    """`Ngày 20/6, … đã diễn ra buổi Hội đàm … giữa hai tỉnh A (Việt Nam) và B (Lào)`: the talks name no one; the two
    provinces took part."""
    doc = run(
        "date 2025-06-21 Đối ngoại\n\nNgày 20/6, tại Hội trường Ủy ban nhân dân tỉnh đã diễn ra buổi Hội đàm thường niên "
        "năm 2025 giữa hai tỉnh Sơn La (Việt Nam) và Luông Pha Bang (Lào)."
    )
    [talks] = [e for e in events(doc) if e["properties"]["date"] == "2025-06-20"]
    sides = attendees(doc, talks, "PARTICIPATED_IN")
    assert {"province:vn-05", "province:la-lp"} <= sides  # (Sơn La, Luang Prabang)


def test_officials_of_provinces_who_held_talks_make_them_the_sides() -> None:
    """`Senior officials of A province and Cambodia's B and C provinces held talks in D city on March 14`: no one is
    named; the provinces whose officials met took part, not the city where they met."""
    doc = run(
        "date 2024-03-15 Localities strengthen ties\n\nSenior officials of Kien Giang province and Cambodia's Kampot "
        "and Takeo provinces held talks in Rach Gia city on March 14, during which they reviewed border cooperation."
    )
    [talks] = [e for e in events(doc) if e["properties"]["date"] == "2024-03-14"]
    sides = attendees(doc, talks, "PARTICIPATED_IN")
    assert sides == {"province:vn-47", "province:kh-7", "province:kh-21"}  # (Kiên Giang, Kampot, Takeo)
