"""Events told without the usual meeting words: a standing body's session (`Khóa họp lần thứ 9 Ủy ban liên Chính
phủ`), a round of negotiations, a signing told in the passive with the document as its subject (`Thỏa thuận được ký
kết giữa A và B`), and the day such a signing takes from the sentence before that names the document with one. Every
text here is written for the test, with names of our own, in the forms the real development set showed."""

from __future__ import annotations

from tests.extraction import attendees, events, of_kind, run


def test_a_standing_body_s_session_co_chaired_is_an_event() -> None:
    """`Khóa họp lần thứ 9 Ủy ban liên Chính phủ A - B … đã diễn ra`, then `X và Y đồng chủ trì Khóa họp`: the session
    of a standing body is met like `Kỳ họp`, an event its co-chairs attended."""
    doc = run(
        "date 2019-05-20 Hợp tác kinh tế\n\nNgày 17 tháng 5 năm 2019, tại Thủ đô Riga, Cộng hòa Latvia, đã diễn ra "
        "Khóa họp lần thứ 9 Ủy ban liên Chính phủ Việt Nam – Latvia về hợp tác kinh tế. Phó Thủ tướng Latvia Janis "
        "Ozols và Bộ trưởng Bộ Xây dựng Việt Nam Hoàng Văn Khải đồng chủ trì Khóa họp."
    )
    [session] = [e for e in events(doc) if e["properties"]["date"] == "2019-05-17"]
    assert {"person:janis-ozols", "person:hoang-van-khai"} <= attendees(doc, session)


def test_a_round_of_negotiations_held_is_an_event() -> None:
    """`A and B held the fifth round of negotiations on …`: a round of negotiations held is an event of those who
    held it, as `held talks` is."""
    doc = run(
        "date 2024-03-08 Trade talks\n\nMinister of Trade Pham Quoc Dat and Estonian Minister of Economy Karl Tamm "
        "held the fifth round of negotiations on a trade agreement in Tallinn on March 6."
    )
    [talks] = [e for e in events(doc) if e["properties"]["date"] == "2024-03-06"]
    assert attendees(doc, talks) == {"person:pham-quoc-dat", "person:karl-tamm"}


def test_a_document_signed_in_the_passive_as_its_clause_s_subject_is_a_signing() -> None:
    """`Bản ghi nhớ được ký giữa ông X, … và ông Y, …`: a Vietnamese passive with the document as its subject tells a
    signing, as `đã ký` does; a document named by its signing inside another clause (`triển khai “Kế hoạch …” được ký
    kết vào tháng 4/2023`) or a signing still to come (`khi Hiệp định được ký kết`) tells none."""
    doc = run(
        "date 2023-09-14 Xuất khẩu gạo\n\nNgày 12/9, Bản ghi nhớ được ký giữa ông Lê Văn Sáng, Tổng giám đốc Tổng "
        "công ty Lương thực miền Nam, và ông Miguel Torres, Chủ tịch Tập đoàn AgroSur."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2023-09-12"
    assert attendees(doc, signing) == {"person:le-van-sang", "person:miguel-torres"}
    doc = run(
        "date 2023-09-14 Thương mại\n\nNgày 12/9, Bộ trưởng Bộ Công Thương Lê Văn Sáng tiếp Bộ trưởng Kinh tế Chile "
        "Miguel Torres.\n\nHai Bộ trưởng nhất trí thúc đẩy triển khai “Kế hoạch hành động về thương mại” được ký kết "
        "vào tháng 4/2023, để doanh nghiệp tận dụng ưu đãi của Hiệp định khi Hiệp định được ký kết."
    )
    assert of_kind(doc, "signing") == []


def test_a_passive_signing_takes_the_month_of_the_sentence_that_names_its_document() -> None:
    """`Vào tháng 5/2024, A và B đã công bố thỏa thuận hợp tác …` then `Thỏa thuận được ký kết giữa C và D.`: the
    document the second sentence names back as signed is the one the first dates: the signing is in that month, not
    on the page's date."""
    doc = run(
        "date 2025-02-10 Hợp tác nông nghiệp\n\nVào tháng 5/2024, Việt Nam và Peru đã công bố thỏa thuận hợp tác mới "
        "trong lĩnh vực nông nghiệp. Thỏa thuận được ký kết giữa Công ty Nông sản Mekong và Tập đoàn Andes Agro."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2024-05"
    doc = run(
        "date 2023-01-16 Education ties\n\nIn March 2022, Hanoi University and the University of Tartu announced a "
        "partnership agreement on teacher training. The agreement was signed by Rector Do Minh Chau and Rector Mart "
        "Kivi."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2022-03"


def test_a_day_another_verb_gives_a_thing_named_after_the_event_word_is_not_the_event_s() -> None:
    """`Lễ ký kết được tiến hành tại Diễn đàn … theo Sáng kiến … được công bố vào tháng 5/2021`, `… under the programme
    launched in March 2020`: the day after another verb's participle (`được công bố`, `launched in`) is the day of the
    thing it names, not the signing's, which keeps the page's month (`vừa tổ chức lễ ký kết`)."""
    doc = run(
        "Thứ năm, 14/9/2023 | 09:10\nTổng công ty Cảng Sài Gòn và Tập đoàn Nordhavn (Đan Mạch) vừa tổ chức lễ ký kết "
        "bản ghi nhớ về hợp tác phát triển cảng xanh.\n\nLễ ký kết được tiến hành tại Diễn đàn cảng biển theo Sáng "
        "kiến cảng xanh châu Á được công bố vào tháng 5/2021. Ông Lars Holm, Chủ tịch Nordhavn và ông Trần Văn Hải, "
        "Tổng giám đốc Cảng Sài Gòn đã tham gia lễ ký kết."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2023-09"


def test_a_conference_naming_no_one_is_attended_by_the_one_delegation_head_named_around_it() -> None:
    """`Ngày 2/2, tại Côn Minh đã diễn ra Hội chợ …`, then `Đoàn cán bộ tỉnh A do bà X … làm Trưởng đoàn cùng doanh
    nghiệp của tỉnh tham gia`: a conference or meeting that names no one, with one delegation's head named around it,
    is attended by that head (two heads were read already: the meeting of the two delegations)."""
    doc = run(
        "date 2024-02-03 Ngày 2/2, tại Côn Minh (Trung Quốc) đã diễn ra Hội chợ Thương mại quốc tế Côn Minh lần thứ 10."
        "\n\nĐoàn cán bộ tỉnh Đắk Lắk do bà Trần Thị Hoa, Phó Giám đốc Trung tâm Xúc tiến Thương mại – Sở Công Thương "
        "làm Trưởng đoàn cùng doanh nghiệp của tỉnh tham gia."
    )
    [fair] = events(doc)
    assert fair["properties"]["date"].endswith("-02-02")
    assert attendees(doc, fair) == {"person:tran-thi-hoa"}


def test_the_committee_whose_session_is_co_chaired_is_no_participant() -> None:
    """`co-chaired the 9th meeting of the A-B Joint Committee`, `đồng chủ trì Khóa họp lần thứ 9 Ủy ban liên Chính
    phủ A – B`: the committee is what the session is of (issue #12: the occasion is no participant); the co-chairs and
    their ministries are."""
    doc = run(
        "date 2024-06-14 Trade ties\n\nOn June 12, Minister of Industry and Trade Pham Quoc Dat and Slovak Minister "
        "of Economy Karl Tamm co-chaired the 9th meeting of the Vietnam-Slovakia Joint Committee on Economic "
        "Cooperation in Hanoi."
    )
    [session] = events(doc)
    assert attendees(doc, session) == {"person:pham-quoc-dat", "person:karl-tamm"}
    assert attendees(doc, session, "PARTICIPATED_IN") == {"org:moit", "org:ministry-of-economy-sk"}
    doc = run(
        "date 2019-05-20 Hợp tác kinh tế\n\nNgày 17/5/2019, Bộ trưởng Bộ Xây dựng Hoàng Văn Khải và Phó Thủ tướng "
        "Latvia Janis Ozols đồng chủ trì Khóa họp lần thứ 9 Ủy ban liên Chính phủ Việt Nam – Latvia về hợp tác kinh "
        "tế tại Riga."
    )
    [session] = events(doc)
    assert attendees(doc, session) == {"person:hoang-van-khai", "person:janis-ozols"}
    assert "org:uy-ban-lien-chinh-phu-vn-lv" not in attendees(doc, session, "PARTICIPATED_IN")


def test_the_venue_of_an_event_is_no_participant() -> None:
    """`… took place at the Chamber`, `tại trụ sở Liên đoàn … đã diễn ra Lễ ký`: the body whose premises host the
    event is where it was held, not a side of it (as the annotation reads a chamber hosting a workshop)."""
    doc = run(
        "date 2024-03-05 Ties\n\nThe talks between Deputy Foreign Minister Le Van Hoa and Czech Deputy Minister of "
        "Industry Karel Novak took place at the Vietnam Chamber of Commerce and Industry in Hanoi on March 3."
    )
    [talks] = events(doc)
    assert attendees(doc, talks) == {"person:le-van-hoa", "person:karel-novak"}
    assert "org:vcci" not in attendees(doc, talks, "PARTICIPATED_IN")
    doc = run(
        "date 2019-07-20 Hợp tác\n\nNgày 17/7/2019 tại trụ sở Liên đoàn Thương mại và Công nghiệp Việt Nam đã diễn "
        "ra Lễ ký Biên bản ghi nhớ giữa Thứ trưởng Bộ Công Thương Lê Văn Hòa và Thứ trưởng Bộ Công nghiệp Séc Karel "
        "Novak."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing, "PARTICIPATED_IN") == {"org:moit", "org:bo-cong-nghiep-cz"}


def test_a_committee_or_forum_a_session_is_numbered_or_named_by_is_no_participant() -> None:
    """`met … at the fourth A-B Joint Trade Committee`, `dự Hội nghị thượng đỉnh Nhóm BRICS`: the body an ordinal or a
    summit word makes the name of a session is the occasion, not a side of the meeting held there."""
    doc = run(
        "date 2024-05-05 Trade\n\nOn May 3, Minister of Industry and Trade Pham Quoc Dat met with Thai Commerce "
        "Minister Somchai Wong at the fourth Vietnam-Thailand Joint Trade Committee in Bangkok."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:pham-quoc-dat", "person:somchai-wong"}
    assert attendees(doc, meeting, "PARTICIPATED_IN") == {"org:moit", "org:th-moc"}
    doc = run(
        "date 2024-10-25 Hợp tác\n\nNgày 23/10, Thủ tướng Phạm Minh Chính đã dự Hội nghị thượng đỉnh Nhóm BRICS mở "
        "rộng tại Kazan."
    )
    [summit] = events(doc)
    assert attendees(doc, summit) == {"person:pham-minh-chinh"}
    assert "org:brics" not in attendees(doc, summit, "PARTICIPATED_IN")


def test_bodies_whose_unnamed_leaders_attend_are_no_participants() -> None:
    """`Cùng dự buổi làm việc có lãnh đạo Sở A, Văn phòng B`, `Attending the meeting were the leaders of A and B`: an
    attendance list that names a body only as whose unnamed leaders or representatives came gives no participant
    (issue #12: a body takes part when it acts as one; unnamed attendees are none); the named people and their bodies
    stay."""
    doc = run(
        "date 2024-05-16 Hợp tác\n\nChiều 14/5, Chủ tịch UBND tỉnh Nam Định Trần Văn Hùng tiếp ông Karl Tamm, Đại sứ "
        "Estonia tại Việt Nam. Cùng dự buổi tiếp có lãnh đạo Sở Ngoại vụ tỉnh Nam Định, Văn phòng UBND tỉnh."
    )
    [meeting] = [e for e in events(doc) if e["properties"]["date"] == "2024-05-14"]
    assert {"person:tran-van-hung", "person:karl-tamm"} <= attendees(doc, meeting)
    bodies = attendees(doc, meeting, "PARTICIPATED_IN")
    assert not any("ngoai-vu" in b or "van-phong" in b for b in bodies)
    doc = run(
        "date 2024-05-16 Ties\n\nOn May 14, Chairman of the Thai Nguyen Provincial People's Committee Tran Van Hung "
        "received Estonian Ambassador Karl Tamm. Attending the meeting were the leaders of the Department of Foreign "
        "Affairs and Thai Nguyen University."
    )
    [meeting] = [e for e in events(doc) if e["properties"]["date"] == "2024-05-14"]
    assert {"person:tran-van-hung", "person:karl-tamm"} <= attendees(doc, meeting)
    bodies = attendees(doc, meeting, "PARTICIPATED_IN")
    assert not any("university" in b or "foreign-affairs" in b for b in bodies)


def test_the_sides_of_a_signing_a_visit_frames_are_no_participants_of_the_visit() -> None:
    """`trong khuôn khổ chuyến thăm … của Thủ tướng X, Bộ A đã ký … với Bộ B`, `A signed … with B … within the
    framework of the official visit … by X`: the two ministries are the signing's sides, not the visit's, whose
    participants are its visitor and delegation (docs/annotation-conventions.md, "A visit beside its meetings"); where
    the visitor goes (`visited Khon Kaen University`) stays the visit's."""
    doc = run(
        "date 2024-07-04 Hợp tác\n\nNgày 2/7, trong khuôn khổ chuyến thăm chính thức Hàn Quốc của Thủ tướng Trần Văn "
        "Nam, Bộ Công Thương đã ký Bản ghi nhớ hợp tác với Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc."
    )
    [visit] = of_kind(doc, "visit")
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, visit) == {"person:tran-van-nam"}
    assert attendees(doc, signing, "PARTICIPATED_IN") == {"org:moit", "org:kr-motie"}
    assert not attendees(doc, visit, "PARTICIPATED_IN") & {"org:moit", "org:kr-motie"}
    doc = run(
        "date 2024-07-04 Ties\n\nThe Vietnamese Ministry of Industry and Trade signed a memorandum of understanding "
        "with the Korean Ministry of Trade, Industry and Energy in Seoul on July 2 within the framework of the "
        "official visit to Korea by Prime Minister Tran Van Nam."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-nam"}
    assert not attendees(doc, visit, "PARTICIPATED_IN") & {"org:moit", "org:kr-motie"}
    doc = run(
        "date 2024-03-12 Ties\n\nOn March 10, Ambassador Tran Van Nam and the embassy staff visited Khon Kaen "
        "University and held a working session with its leaders."
    )
    [visit] = of_kind(doc, "visit")
    assert "org:khon-kaen-university" in attendees(doc, visit, "PARTICIPATED_IN")
