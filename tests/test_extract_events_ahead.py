"""Events still ahead: a meeting word whose clause a Vietnamese modal (`sẽ`) or a schedule (`Theo lịch trình`) opens,
however far before it, is planned, not held (the conventions: a planned event with named people is no event). Texts
written for the test, with names of our own."""

from __future__ import annotations

from tests.extraction import attendees, of_kind, run


def test_a_welcome_a_president_will_host_is_no_event() -> None:
    """`Chủ tịch nước X sẽ chủ trì lễ đón chính thức Tổng thống Y`: the modal stands before another verb."""
    doc = run(
        "date 2023-05-10 Chiều 9/5, Phó Thủ tướng Lê Văn Thành hội đàm với Tổng thống Aliyar Nurmanov tại Hà Nội.\n\n"
        "Ngày mai, Chủ tịch nước Đỗ Minh Khang sẽ chủ trì lễ đón chính thức Tổng thống Aliyar Nurmanov."
    )
    assert not [e for e in of_kind(doc, "meeting") if "person:do-minh-khang" in attendees(doc, e)]


def test_meetings_after_a_planned_forum_in_one_programme_are_no_events() -> None:
    """`X cũng sẽ dự Diễn đàn …, sau đó tới TP HCM, gặp A và B`: the whole programme is ahead."""
    doc = run(
        "date 2022-09-28 Chiều 27/9, Thủ tướng Trần Quang Lâm hội đàm với Thủ tướng Cuba Rafael Montero Díaz.\n\n"
        "Thủ tướng Cuba cũng sẽ dự Diễn đàn Doanh nghiệp Việt Nam - Cuba, sau đó tới Đà Nẵng, gặp Bí thư Thành ủy Đà "
        "Nẵng Lê Văn Hùng."
    )
    assert not [e for e in of_kind(doc, "meeting") if "person:le-van-hung" in attendees(doc, e)]
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == {"person:tran-quang-lam", "person:rafael-montero-diaz"}


def test_a_meeting_told_done_after_the_modal_is_held() -> None:
    """`Tỉnh sẽ …; chiều cùng ngày, ông X đã tiếp Y`: a clause the modal does not reach (its `;`, its `đã`)."""
    doc = run(
        "date 2024-03-12 Tỉnh Bình Phước sẽ tiếp tục thu hút đầu tư; chiều 11/3, Chủ tịch UBND tỉnh Bình Phước Trần "
        "Tuệ Hiền đã tiếp ông Park Jin-ho, Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-tue-hien", "person:park-jin-ho"}


def test_a_visit_a_leader_plans_is_no_event() -> None:
    # (`có kế hoạch thăm`: Vietnamese `plans to visit`, as `sẽ thăm` is)
    doc = run(
        "date 2015-06-10 Chiều 9/6, Thủ tướng Lê Văn Thành tiếp Bộ trưởng Ngoại giao Belarus Ivan Petrovich tại Hà "
        "Nội.\n\nTổng thống Belarus Andrei Sokolov có kế hoạch thăm chính thức Việt Nam vào cuối năm 2015."
    )
    assert not [v for v in of_kind(doc, "visit") if "person:andrei-sokolov" in attendees(doc, v)]
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-thanh", "person:ivan-petrovich"}


def test_a_delegation_that_will_be_sent_on_a_visit_is_no_event_and_dates_none() -> None:
    """`Dự kiến vào mùa Xuân năm tới, tỉnh A sẽ cử đoàn đến thăm tỉnh B`: a visit a modal sets ahead (`sẽ cử đoàn đến
    thăm`, as `sẽ thăm`) is no event, and its year (`năm tới`) does not date the visit the page then tells as made."""
    doc = run(
        "date 2019-06-24 Dự kiến vào mùa Xuân năm tới, tỉnh Ústecký của Czech sẽ cử đoàn đến thăm tỉnh Kiên Giang cùng "
        "với một số doanh nghiệp.\n\nĐại sứ Việt Nam tại Czech Lê Văn Tâm đã thăm và làm việc với lãnh đạo tỉnh Ústecký "
        "nhằm thúc đẩy hợp tác."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"].startswith("2019")
    assert attendees(doc, visit) == {"person:le-van-tam"}
