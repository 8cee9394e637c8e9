"""A visit told beside the meetings held during it is its traveller's (decided in `docs/annotation-conventions.md`,
"A visit beside its meetings"). Every text here is written for the test, with names of our own."""

from __future__ import annotations

from tests.extraction import attendees, of_kind, run


def test_his_visit_after_talks_with_a_partner_is_the_subject_s() -> None:
    """`During talks with Thai Minister Y on April 8 as part of his visit to the country, X said …`: Y is named as
    the partner of the talks, so `his` stands for the subject X after the clause; the visit is X's, not Y's."""
    doc = run(
        "date 2024-04-09 VIENTIANE — Minister of Industry and Trade Trần Văn Lâm said Việt Nam would buy more "
        "electricity from Thailand.\n\nDuring talks with Thai Minister of Energy Somchai Prasert on April 8 as part of "
        "his visit to the country, Lâm said the two ministries would set up a working group on power trade."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}


def test_a_foreign_guest_who_speaks_of_the_delegations_visit_is_its_visitor() -> None:
    """`Governor Y said the delegation's visit aimed to …` after a meeting no sentence places: the foreign guest
    speaking of the visit is its visitor, the host is not."""
    doc = run(
        "date 2023-03-07 Officials of the Vietnamese province of Phu Yen and the Lao province of Attapeu met on "
        "March 7 to discuss cooperation.\n\nNguyen Van Tam, Chairman of the Phu Yen Provincial People's Committee, "
        "met with Khamphan Sisavath, Governor of Attapeu province of Laos.\n\nKhamphan Sisavath said the "
        "delegation's visit aimed to learn local experiences in investment attraction."
    )
    visits = of_kind(doc, "visit")
    assert any("person:khamphan-sisavath" in attendees(doc, v) for v in visits)
    assert not any("person:nguyen-van-tam" in attendees(doc, v) for v in visits)


def test_a_delegation_after_a_visit_clause_is_on_its_head_s_visit() -> None:
    """`Trong khuôn khổ chuyến thăm … tại Campuchia từ ngày 10-12/3, …, Đoàn đại biểu Bộ A có cuộc họp với …`, no one
    said to lead it: the visit the clause names is the delegation's, that of the official the page names at Bộ A
    (not the host's), dated by the clause."""
    doc = run(
        "Trong khuôn khổ chuyến thăm và làm việc tại Campuchia từ ngày 10-12/3/2024, sáng nay (12/3), tại thủ đô "
        "Phnom Penh, Đoàn đại biểu Bộ Tư pháp Việt Nam có cuộc họp với Đoàn đại biểu Bộ Tư pháp Campuchia.\n\n"
        "Bộ trưởng Bộ Tư pháp Trần Văn Lâm và Bộ trưởng Bộ Tư pháp Campuchia Keo Sophal trao biên bản hợp tác năm "
        "2024 giữa hai bộ."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    assert visit["properties"]["date"] == "2024-03-10"
