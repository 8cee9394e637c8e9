"""Events whose sentence names a delegation and no one: the delegation's leader, named with `led by`/`do … làm Trưởng
đoàn` a sentence or a few before, attended them, wherever the delegation stands in the sentence (`Đón tiếp đoàn, …`,
`The delegation, which included …, toured …`). Every text here is written for the test, with names of our own, in the
forms the real development set showed."""

from __future__ import annotations

from tests.extraction import attendees, of_kind, run


def test_a_delegation_received_in_a_sentence_of_its_own_is_its_leader_s_meeting() -> None:
    """`Ngày 3/9, Đoàn công tác huyện A, do ông X, Chủ tịch UBND huyện làm Trưởng đoàn, đã đến thăm huyện B.`, then
    `Đón tiếp đoàn, về phía huyện B có …`: the reception names no one, the delegation's leader was at it."""
    doc = run(
        "date 2025-09-04 Đối ngoại\n\nNgày 3/9, Đoàn công tác của huyện Mường Khương, tỉnh Phông Sa Lỳ, nước CHDCND "
        "Lào, do đồng chí Khăm Phăn Sỉ Vông, Chủ tịch UBND huyện làm Trưởng đoàn, đã đến thăm và làm việc tại huyện "
        "Bắc Hà.\n\nĐón tiếp đoàn, về phía huyện Bắc Hà có các tập thể Thường trực Huyện ủy, HĐND, UBND huyện."
    )
    meetings = [e for e in of_kind(doc, "meeting") if e["properties"]["date"] == "2025-09-03"]
    assert any("person:kham-phan-si-vong" in attendees(doc, m) for m in meetings)


def test_a_delegation_s_visit_told_after_its_leader_is_his() -> None:
    """`… and a delegation from A, led by Governor X.`, then `The delegation, which included …, toured …`: the tour
    names no one; it is the visit of the delegation's leader named just before."""
    doc = run(
        "date 2024-06-12 Education\n\nThe University of Leeds has signed an agreement with the Da Nang Department of "
        "Education on teacher training.\n\nThe signing was attended by representatives of the university and a "
        "delegation from Da Nang People's Committee, led by Chairman Mr Le Trung Kien.\n\nThe delegation, which "
        "included provincial officials, toured the Leeds Institute for Medical Engineering."
    )
    [visit] = of_kind(doc, "visit")
    assert "person:le-trung-kien" in attendees(doc, visit)


def test_attendance_lists_after_another_day_s_meeting_are_that_meeting_s() -> None:
    """`Từ ngày 2 - 4/6, X tháp tùng … hội đàm …`, then `Ngày 4/6, X tháp tùng Y chủ trì buổi gặp gỡ …`, a sentence
    about it, and `Về phía Việt Nam có sự tham dự của …` and `Về phía Chile có …`: both side lists follow the meeting of
    the 4th, told just before them, not the main talks of the 2nd (a list opened right after another goes with it)."""
    doc = run(
        "date 2024-06-05 Đối ngoại\n\nTheo đó, từ ngày 2 - 4/6/2024, Thứ trưởng Hà Minh Khuê đã tháp tùng Chủ tịch "
        "nước tại các hoạt động chính thức, hội đàm với Tổng thống Chile.\n\nTrong đó, ngày 4/6/2024, tại thủ đô "
        "Santiago, Thứ trưởng Hà Minh Khuê đã tháp tùng Chủ tịch nước Lâm Quang Dũ chủ trì buổi gặp gỡ các doanh "
        "nghiệp tiêu biểu của Chile.\n\nĐây là sự kiện do Bộ Công Thương phối hợp với các cơ quan hữu quan tổ "
        "chức.\n\nVề phía Việt Nam có sự tham dự của Bộ trưởng Ngoại giao Tạ Quang Vinh; Đại sứ Việt Nam tại Chile "
        "Đoàn Hữu Lộc.\n\nVề phía Chile có sự tham dự của ông Ricardo Soto Alarcón, Phó Tổng thống Chile."
    )
    [meeting] = [e for e in of_kind(doc, "meeting") if e["properties"].get("date") == "2024-06-04"]
    people = attendees(doc, meeting)
    assert {"person:ta-quang-vinh", "person:doan-huu-loc"} <= people
    assert any("ricardo" in p for p in people)


def test_who_the_host_was_joined_by_at_talks_attended_them() -> None:
    """`A held talks with B … . A was joined by Deputy Minister C, while B was accompanied by D.`: C sat with A at the
    talks told just before, as the companions of `was accompanied by` did."""
    doc = run(
        "date 2025-05-13 Trade\n\nHanoi (VNA) - Minister of Industry and Trade Lam Quang Du held talks with Chilean "
        "Minister of Economy Ricardo Soto Alarcon in Hanoi on May 12. Du was joined by Deputy Minister Ta Quang Vinh, "
        "while Soto Alarcon was accompanied by Chilean Ambassador Pablo Serrano Vega."
    )
    [talks] = of_kind(doc, "meeting")
    assert {"person:ta-quang-vinh", "person:pablo-serrano-vega"} <= attendees(doc, talks)
