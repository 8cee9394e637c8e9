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


def test_a_visit_clause_after_the_meeting_is_the_one_s_who_is_away() -> None:
    """`X đã có cuộc gặp với Bộ trưởng Trung Quốc Y nhân dịp sang thăm Trung Quốc …`: the clause after the main verb
    says not whose visit it is; of the pair, X is away from home in China and Y at home, so the visit is X's."""
    doc = run(
        "Ngày 18/4/2017, Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn Lâm đã có cuộc gặp với Bộ trưởng Ngoại giao "
        "Trung Quốc Vương Minh Đạt nhân dịp sang thăm Trung Quốc và đồng chủ trì Phiên họp lần thứ 10 Ủy ban chỉ đạo "
        "hợp tác song phương."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}


def test_several_working_sessions_of_which_one_counterpart_is_read_tell_a_meeting_with_him() -> None:
    """`… đã có các buổi làm việc với Thống đốc tỉnh A Y, Phòng Thương mại …` inside a trip: several sessions held,
    one of them with Y, the one person named; not dropped as sessions in general."""
    doc = run(
        "Từ ngày 17-20/10/2024, Đại sứ Việt Nam tại Argentina Trần Thị Lan đã có chuyến thăm và làm việc tại tỉnh "
        "Mendoza.\n\nTrong khuôn khổ chuyến công tác, Đại sứ Trần Thị Lan đã có các buổi làm việc với Thống đốc tỉnh "
        "Mendoza Alfredo Cornejo, Phòng Ngoại thương và Cơ quan Phát triển Kinh tế của tỉnh."
    )
    meetings = of_kind(doc, "meeting")
    assert any({"person:tran-thi-lan", "person:alfredo-cornejo"} <= attendees(doc, m) for m in meetings)


def test_the_conference_a_trip_was_made_for_is_an_event_of_the_traveller() -> None:
    """`As part of her business trip to A to take part in the B Summit, X met Y`: X attended the summit her trip was
    for, an event besides the meeting; a trip still ahead (`preparations for Z's visit … for the C Summit`) puts no
    one at its conference."""
    doc = run(
        "date 2023-05-10 As part of her business trip to the UAE to take part in the 2023 Global Summit of Women, "
        "Vice President Tran Thi Lan met with UAE Minister Ahmed Saeed on May 9."
    )
    [conference] = of_kind(doc, "conference")
    assert "person:tran-thi-lan" in attendees(doc, conference)
    took_part = run(
        "date 2025-04-08 ABU DHABI – Deputy Prime Minister Tran Van Lam met with UAE Minister Ahmed Saeed on April 7 "
        "as part of his participation in the 2025 World Investment Forum."
    )
    assert any("person:tran-van-lam" in attendees(took_part, c) for c in of_kind(took_part, "conference"))
    ahead = run(
        "date 2017-10-20 At a meeting with Governor John Carter on October 19, Ambassador Tran Van Lam briefed him on "
        "preparations for President Nguyen Van Binh's visit to Vietnam for the APEC Summit in November."
    )
    assert not of_kind(ahead, "conference")


def test_a_consul_received_by_a_province_s_leaders_is_on_a_visit_not_one_received_in_the_capital() -> None:
    """An ambassador or a consul lives in the country, so one received by its leaders in the capital has not
    travelled; one received by a province's leaders (`Chủ tịch UBND tỉnh A tiếp Tổng Lãnh sự B tại TP. C`) came
    there on a visit."""
    tail = (
        "\n\nTại buổi tiếp, bà Vương Lệ Hoa giới thiệu về tình hình phát triển của Trung Quốc.\n\nBà Vương Lệ Hoa gửi "
        "lời mời lãnh đạo tỉnh sang thăm Trung Quốc."
    )
    doc = run(
        "date 2023-02-08 Chiều 7/2, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Tâm tiếp bà Vương Lệ Hoa - Tổng Lãnh sự Trung "
        "Quốc tại TP. Đà Nẵng đến chào xã giao lãnh đạo UBND tỉnh Quảng Nam nhân dịp năm mới." + tail
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2023-02-07"
    assert attendees(doc, visit) == {"person:vuong-le-hoa"}
    capital = run(
        "date 2023-02-08 Chiều 7/2, tại Hà Nội, Thủ tướng Lê Văn Tâm tiếp bà Vương Lệ Hoa, Đại sứ Trung Quốc tại Việt "
        "Nam, đến chào xã giao nhân dịp năm mới." + tail
    )
    assert not of_kind(capital, "visit")


def test_a_visit_word_of_a_reception_is_the_guest_s_trip_not_the_host_s() -> None:
    """`Tại buổi tiếp, X nhấn mạnh, chuyến thăm của Đại sứ …` after `Bí thư X tiếp Đại sứ Cuba Y nhân chuyến thăm
    tỉnh`: the host received his guest at home; the visit the reception's sentences tell is the guest's, once."""
    doc = run(
        "Ngày 14/10/2025, Bí thư Tỉnh ủy Ninh Bình Trần Văn Lâm tiếp Đại sứ Cộng hòa Cuba tại Việt Nam Pedro Álvarez "
        "nhân chuyến thăm tỉnh Ninh Bình.\n\nTại buổi tiếp, đồng chí Trần Văn Lâm nhấn mạnh, chuyến thăm của Đại sứ "
        "là nguồn động viên lớn đối với tỉnh."
    )
    visits = of_kind(doc, "visit")
    assert not any("person:tran-van-lam" in attendees(doc, v) for v in visits)


def test_the_guest_delegation_s_own_trip_stays_its_leader_s() -> None:
    """`Lãnh đạo tỉnh A (Lào) do Y dẫn đầu có buổi tiếp đón đoàn tỉnh B thăm và làm việc, do Chủ tịch X dẫn đầu`: X is
    the guest, named after the reception word; the visit is his own trip, not handed to anyone."""
    doc = run(
        "Ngày 19.2.2024, lãnh đạo tỉnh Salavan, Lào do Tỉnh trưởng Bounmy Sivongsa dẫn đầu có buổi tiếp đón đoàn lãnh "
        "đạo tỉnh Quảng Trị thăm và làm việc, do Chủ tịch UBND tỉnh Trần Văn Lâm dẫn đầu."
    )
    visits = of_kind(doc, "visit")
    assert any("person:tran-van-lam" in attendees(doc, v) for v in visits)
    assert not any("person:bounmy-sivongsa" in attendees(doc, v) for v in visits)


def test_a_host_on_her_own_trip_keeps_her_visit_when_she_welcomes_a_guest() -> None:
    """`As part of her business trip to A, X welcomed Y`: the host is the one away; her trip stays hers."""
    doc = run(
        "date 2023-05-05 As part of her business trip to the UAE to attend a forum, Vice President Tran Thi Lan "
        "welcomed Ahmed Saeed, the Director-General of the UAE's news agency, on May 4."
    )
    visits = of_kind(doc, "visit")
    assert any("person:tran-thi-lan" in attendees(doc, v) for v in visits)


def test_a_working_trip_is_a_visit_beside_its_session() -> None:
    """`Tiếp tục chuyến làm việc tại A, … đoàn công tác tỉnh B do đồng chí X dẫn đầu đã có buổi làm việc với …`: a
    working trip (`chuyến làm việc`, as `chuyến công tác`) is its leader's visit, an event beside the session."""
    doc = run(
        "Tiếp tục chuyến làm việc tại Cộng hòa Séc, ngày 12-5-2024, đoàn công tác tỉnh Nghệ An do đồng chí Trần Văn "
        "Lâm, Bí thư Tỉnh ủy dẫn đầu đã có buổi làm việc với lãnh đạo vùng Nam Moravia."
    )
    visits = of_kind(doc, "visit")
    assert any("person:tran-van-lam" in attendees(doc, v) for v in visits)
    assert of_kind(doc, "meeting")


def test_a_working_programme_abroad_is_a_visit_beside_its_meeting() -> None:
    """`Tiếp tục chương trình làm việc tại A, sáng ngày 28/8, Đoàn công tác của tỉnh B do đồng chí X dẫn đầu đã gặp …`:
    the delegation's programme in a place is its leader's trip there, a visit beside the meeting."""
    doc = run(
        "Tiếp tục chương trình làm việc tại Vương quốc Campuchia, sáng ngày 28/8/2023, Đoàn công tác của tỉnh Tây Ninh "
        "do đồng chí Trần Văn Lâm, Phó Bí thư Tỉnh ủy dẫn đầu đã gặp gỡ Tỉnh trưởng tỉnh Svay Rieng Men Kong."
    )
    visits = of_kind(doc, "visit")
    assert any("person:tran-van-lam" in attendees(doc, v) for v in visits)
