"""Events as real news writes them, in forms rather than sentences: the kinds of meeting words, who takes part
(and who is only mentioned), and the day an event happened (from its sentence, the page's date, `on Thursday`,
`today`). Every text here is written for the test, with names of our own, in the forms the real development set
(`tests/data/real/`) showed; a rule passes only if it reads the form, not one article."""

from __future__ import annotations

from tests.extraction import attendees, events, of_kind, run, run_rules

# --- dates ------------------------------------------------------------------------------------------------------


def test_a_dated_page_s_present_is_its_own_year_not_a_target_it_names() -> None:
    """A page dated 2016 that speaks of a target year (`should reach $3 billion in 2024`) still tells of 2016: `on
    Thursday` far from the event word dates the signing."""
    doc = run(
        "date 2016-03-11 Officials from Laos and Thailand signed three agreements during a ceremony in Vientiane "
        "attended by Prime Minister Somsak Vongkham and Prime Minister Arthit Chanrai, who arrived on Thursday.\n\n"
        "Arthit said trade between the two nations should reach $3 billion in 2024."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2016-03-10"
    assert attendees(doc, signing) == {"person:somsak-vongkham", "person:arthit-chanrai"}


def test_the_year_a_document_covers_is_not_the_day_it_was_signed() -> None:
    """`ký Biên bản hợp tác năm 2019` names the year the minutes cover, not a date: the signing told after the lead's
    conference is on the lead's day, not dated by that year alone."""
    doc = run(
        "date 2019-04-12 Sáng 10-4, tại TP. Pleiku, UBND tỉnh Gia Lai và tỉnh Ratanakiri (Campuchia) đã tổ chức Hội "
        "nghị tổng kết hợp tác năm 2018.\n\nPhó Chủ tịch UBND tỉnh Gia Lai Trần Văn Hòa và Phó Tỉnh trưởng tỉnh "
        "Ratanakiri Sok Heng đã ký Biên bản hợp tác năm 2019 giữa hai tỉnh."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2019-04-10"
    assert attendees(doc, signing) == {"person:tran-van-hoa", "person:sok-heng"}


def test_an_old_day_told_after_the_event_s_place_is_its_day() -> None:
    """A page whose furniture names a later year (`Exchange rates of 05/03/2023`) makes its present that year, and a
    day five years older is read as another time's; but a day written right after the event's place (`held talks with
    Y in Astana on 14 May 2009`) is the event's, however old."""
    doc = run(
        "Exchange rates of 05/03/2023\nUSD – 24,500.10\nEUR – 26,100.25\nSearch\nKazakhstan 14/05/2009 Prime "
        "Ministers of Kazakhstan and Vietnam discuss trade\nAstana (KazNews) -- Tran Van Lam, Prime Minister of "
        "Vietnam, held talks with the Prime Minister of Kazakhstan Askar Temirov in Astana on 14 May 2009.\n\nThe two "
        "sides recalled the trade agreement signed by the two governments on June 2, 1995."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2009-05-14"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:askar-temirov"}


def test_a_definite_event_word_is_dated_by_its_own_held_clause_however_long_its_name() -> None:
    """`The eighth meeting on border province cooperation and development, held in Hanoi October 27-28, was co-chaired
    by X and Y`: the day its own `held …` clause gives is the meeting's, however far past the word its name runs; a
    later `the previous meeting in March 2012` does not date it."""
    doc = run(
        "date 2015-10-29 Vietnam and Norland agreed on measures to bolster cooperation between their border provinces."
        "\n\nThe eighth meeting on border province cooperation and development, held in Hanoi October 27-28, was "
        "co-chaired by Deputy Prime Minister Tran Van Lam and Norland's Deputy Prime Minister Erik Vandal.\n\nThe two "
        "Deputy Prime Ministers reviewed progress since the previous meeting in March 2012."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2015-10-27"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:erik-vandal"}


def test_held_negotiations_with_a_person_is_talks() -> None:
    """`X held negotiations with Prime Minister Y` tells talks as `held talks with` does."""
    doc = run(
        "date 2012-04-20 Tran Van Lam, Prime Minister of Vietnam, held negotiations with the Prime Minister of "
        "Kazakhstan Askar Temirov in Astana on April 18."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2012-04-18"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:askar-temirov"}


def test_an_event_naming_one_person_is_attended_by_those_quoted_after_it() -> None:
    """`Speaking at the signing ceremony, X said …`, then `Y, Chairman of …, stated …` and `Ambassador Z affirmed …`: a
    signing or a meeting that names one person only is attended by the people quoted after it (news tells who was
    there by what each said); a visit stays its traveller's alone."""
    doc = run(
        "date 2024-07-05 A memorandum of understanding on cooperation between the province of Ben Tre and Germany's "
        "Bremen city was signed on July 3.\n\nSpeaking at the signing ceremony, Klaus Hartmann, deputy mayor of "
        "Bremen, said his city values its ties with Vietnamese localities.\n\nTran Van Lam, Chairman of the "
        "provincial People's Committee of Ben Tre, stated the province will create the best conditions for German "
        "investors.\n\nVietnamese Ambassador to Germany Le Minh Hoa affirmed the embassy will assist the "
        "implementation of the MoU."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:klaus-hartmann", "person:tran-van-lam", "person:le-minh-hoa"}


# --- event words ------------------------------------------------------------------------------------------------


def test_a_meeting_named_as_a_noun_is_an_event() -> None:
    """`meeting` is an event word after a determiner (`an international exchange meeting`, `After an hourlong
    meeting`), not as a verb (`meeting the demand`); `cuộc họp` is a meeting."""
    doc = run(
        "Mayor Park Soo-hyun invited Chairman Tran Van Lam of Vietnam's Ninh Binh Province to hold an international "
        "exchange meeting at the city hall on October 14."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"].endswith("-10-14")
    assert attendees(doc, meeting) == {"person:park-soo-hyun", "person:tran-van-lam"}
    doc = run(
        "date 2019-05-06 Cùng ngày, Bộ trưởng Lê Văn Hải và Bộ trưởng Kim Jae-won đã tổ chức cuộc họp của Ủy ban "
        "hỗn hợp về thương mại."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:kim-jae-won"}
    assert not events(run("Minister Tran Van Lam said the port is a way of meeting demand for exports."))


def test_the_meeting_refers_back_to_the_meeting_already_told() -> None:
    """`The meeting, held online, …` and `At the meeting, …` after `co-chaired the first meeting of the committee`
    are that meeting (one event), and a day the later sentence gives for something else is not its day."""
    doc = run(
        "date 2022-06-10 Minister Tran Van Lam and Commissioner Anna Berg have co-chaired the first meeting of the "
        "joint trade committee.\n\nThe meeting, held online, reviewed the trade deal.\n\nAt the meeting, the two sides "
        "also discussed the ministerial conference, which is scheduled to take place from November 30 in Geneva."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:anna-berg"}
    assert not (meeting["properties"].get("date") or "").endswith("-11-30")


def test_a_visit_is_the_visitor_s_whom_its_own_words_name() -> None:
    """`X, who is on a two-day official visit to …`, `the ongoing visit by X`, `X hiện đang trong chuyến thăm …`:
    the visit is X's alone, not also his host's or the speaker's."""
    doc = run(
        "date 2019-04-02 President Lena Holm, who is on a two-day official visit to Vietnam, was greeted on "
        "arrival by Prime Minister Tran Van Lam at the Presidential Palace."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:lena-holm"}
    doc = run(
        "date 2019-04-02 Foreign Minister Karl Weber described the ongoing visit by Deputy Prime Minister Tran Van "
        "Lam as a milestone for both countries, on April 1."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "date 2019-04-02 Bộ trưởng Kim Jae-won ngày 1/4 đã ký kết biên bản ghi nhớ với Bộ trưởng Lê Văn Hải hiện "
        "đang trong chuyến thăm Seoul."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-hai"}


def test_today_is_the_page_s_day_and_a_dateline_dates_what_the_article_tells_after() -> None:
    """`X today witnessed …` on a page dated 2020-09-14 happened that day; with a dateline (`HANOI, March 21 —`),
    a meeting told later with no day of its own (`The two leaders had earlier held a meeting`) is on that day."""
    doc = run(
        "date 2020-09-14 BANGKOK: Prime Minister Arthit Chanrai and his counterpart Tran Van Lam today witnessed "
        "the exchange of two documents."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2020-09-14"
    assert not [d for d in run("Today, trade grew.", date="2020-09")["entities"] if d["label"] == "Event"]
    doc = run(
        "Leaders witness exchanges\n\nHANOI, March 21 — Prime Minister Arthit Chanrai and his counterpart Tran Van "
        "Lam witnessed the exchange of documents on trade.\n\nTrade reached $10 billion last year.\n\nArthit and "
        "Tran Van Lam had earlier led their delegations in a meeting on investment."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"].endswith("-03-21")


# --- who takes part ---------------------------------------------------------------------------------------------


def test_an_event_of_bodies_is_attended_by_the_officials_then_quoted() -> None:
    """`Authorities of A and B held a signing ceremony …` names no one; the officials the article then quotes (`X,
    Director of …, expressed …`, `Y cho biết …`) took part in it. An article that names its event's people keeps
    them."""
    doc = run(
        "date 2023-06-02 Authorities of the northern province of Cao Bằng and Yunnan Province of China held an online "
        "signing ceremony for a memorandum of understanding on border trade.\n\nThe MoU sets up regular meetings.\n\n"
        "Li Wenhua, Director of the Department of Commerce of Yunnan, expressed his optimism about the project.\n\n"
        "Hoàng Văn Bình, Deputy Head of the Cao Bằng border gate economic zone management board, said the province "
        "has built roads to the gate."
    )
    [signing] = events(doc)
    assert attendees(doc, signing) == {"person:li-wenhua", "person:hoang-van-binh"}
    doc = run(
        "date 2023-06-02 Lễ ký kết bản ghi nhớ giữa Sở Công Thương tỉnh Cao Bằng và tỉnh Shiga, Nhật Bản vừa diễn ra "
        "tại Hà Nội.\n\nThống đốc Mikazuki Taizo cho biết tỉnh Shiga có thế mạnh về công nghiệp."
    )
    [signing] = events(doc)
    assert attendees(doc, signing) == {"person:mikazuki-taizo"}


def test_a_conference_its_body_holds_with_its_sides_listed_and_signing_leaders() -> None:
    """`UBND tỉnh … tổ chức Hội nghị …` is an event (who holds it is at it), dated by the day opening its sentence,
    not by the day of the document it reviews (`được ký kết ngày 14/05/2018`); `Về phía tỉnh X, …, có ông Y` lists
    its people even with a comma inside; `lãnh đạo hai tỉnh … đã ký kết` is a signing of the two sides just named."""
    doc = run(
        "Sáng ngày 12.10, tại Văn phòng tỉnh Kampot, Ủy ban nhân dân tỉnh phối hợp với Ban Hành chính tỉnh Kampot tổ "
        "chức Hội nghị sơ kết thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 14/05/2018).\n\nTham dự hội nghị, về "
        "phía tỉnh Kiên Giang có ông Trần Văn Minh – Chủ tịch UBND tỉnh.\n\nVề phía tỉnh Kampot, tiếp và làm việc với "
        "đoàn có ông Chea Sokha - Tỉnh trưởng tỉnh Kampot.\n\nKết thúc Hội nghị, lãnh đạo hai tỉnh đã ký kết biên bản "
        "sơ kết."
    )
    conference = next(e for e in events(doc) if e["properties"]["kind"] == "conference")
    assert conference["properties"]["date"].endswith("-10-12")
    assert attendees(doc, conference) == {"person:tran-van-minh", "person:chea-sokha"}
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"].endswith("-10-12")
    assert attendees(doc, signing) == {"person:tran-van-minh", "person:chea-sokha"}


def test_this_morning_and_a_page_date_line_with_its_weekday() -> None:
    """`this morning` / `sáng nay` are the page's day; a date line under the headline with a weekday or a label
    before the date (`Thứ 5, 14/03/2024 | 09:12`, `Updated: 14-03-2024`) dates the lead's meeting."""
    from loaders.dates import find_dates

    assert [d.start for d in find_dates("Updated: 14-03-2024 10:23 IST")] == ["2024-03-14"]
    doc = run(
        "date 2018-06-05 The two governments reached two deals. The signing ceremony was witnessed by Prime "
        "Minister Somsak Vongkham and his visiting counterpart Tran Van Lam at the Peace Palace this morning."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2018-06-05"
    doc = run(
        "Lãnh đạo tỉnh tiếp Đoàn Lãnh sự quán Lào\n\nThứ 5, 14/03/2024 | 09:12:05 [GMT +7]\n\nSáng nay, Phó Chủ tịch "
        "UBND tỉnh Trần Văn Minh đón tiếp Đoàn công tác do Ngài Khamsay Vongsa dẫn đầu."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2024-03-14"


def test_talks_told_before_a_signing_in_its_sentence_are_an_event_of_their_own() -> None:
    """`… witnessed the signing …, following their official talks` tells two events; a signing held `during an online
    meeting` tells one."""
    doc = run(
        "date 2018-06-05 The signing ceremony was witnessed by Prime Minister Somsak Vongkham and his visiting "
        "counterpart Tran Van Lam, following their official talks at the Peace Palace."
    )
    assert {e["properties"]["kind"] for e in events(doc)} == {"signing", "meeting"}
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == {"person:somsak-vongkham", "person:tran-van-lam"}
    doc = run(
        "date 2018-06-05 Foreign Minister Karl Weber signed a memorandum of understanding with his counterpart Tran "
        "Van Lam on Monday. The signing ceremony was held during an online meeting."
    )
    assert [e["properties"]["kind"] for e in events(doc)] == ["signing"]


def test_meetings_told_one_after_another_with_pairs_of_their_own_are_distinct() -> None:
    """`A gặp B. C gặp D.`: each sentence tells a meeting of its own pair; `Tại buổi làm việc, …` names the meeting
    already told, whoever speaks there."""
    doc = run(
        "date 2021-08-10 Ngày 9/8 đã diễn ra các hoạt động gặp gỡ giữa lãnh đạo các Bộ hai nước: Bộ trưởng Bộ Tư pháp "
        "Trần Văn Minh gặp Bộ trưởng Bộ Tư pháp Lào Khamsay Vongsa. Bộ trưởng Bộ Y tế Lê Thị Hoa gặp Bộ trưởng Bộ Y tế "
        "Lào Bounthan Sisavath. Bộ trưởng Bộ Xây dựng Phạm Văn Đức gặp Bộ trưởng Bộ Xây dựng Lào Somchai Keola."
    )
    pairs = {frozenset(attendees(doc, e)) for e in of_kind(doc, "meeting")}
    assert {
        frozenset({"person:tran-van-minh", "person:khamsay-vongsa"}),
        frozenset({"person:le-thi-hoa", "person:bounthan-sisavath"}),
        frozenset({"person:pham-van-duc", "person:somchai-keola"}),
    } <= pairs
    doc = run(
        "date 2021-08-10 Chiều 9/8, Bộ trưởng Trần Văn Minh đã làm việc với Bộ trưởng Khamsay Vongsa. Tại buổi làm "
        "việc, Thứ trưởng Lê Thị Hoa và Thứ trưởng Bounthan Sisavath trình bày kết quả hợp tác."
    )
    [meeting] = events(doc)
    assert {"person:tran-van-minh", "person:khamsay-vongsa", "person:le-thi-hoa"} <= attendees(doc, meeting)


def test_more_event_words_as_news_writes_them() -> None:
    """`held meetings with`, `đến chào xã giao`, a dialogue `was held virtually by A and B`."""
    doc = run("Prime Minister Kim Jae-won held meetings with Deputy Prime Minister Tran Van Lam in Seoul on Nov. 3.")
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:kim-jae-won", "person:tran-van-lam"}
    doc = run(
        "Ngày 5/3, đồng chí Trần Văn Minh, Chủ tịch UBND tỉnh, đã đến chào xã giao đồng chí Khamsay Vongsa, Tỉnh "
        "trưởng tỉnh Luang Prabang."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-minh", "person:khamsay-vongsa"}
    doc = run(
        "HÀ NỘI — Norway and Việt Nam on Wednesday signed a fisheries arrangement at the first Norway – Việt Nam "
        "Fisheries Dialogue. The dialogue was held virtually by Director General Ola Nordmann of the Norwegian "
        "Directorate of Fisheries and Deputy Minister Lê Văn Hải."
    )
    assert any({"person:ola-nordmann", "person:le-van-hai"} & attendees(doc, e) for e in events(doc)), [
        e["name"] for e in events(doc)
    ]


def test_a_bare_weekday_and_a_wire_dateline_date_the_meeting() -> None:
    """AP style's bare weekday (`agreed Tuesday`) is read from the page's day, not `Black Friday`; a wire dateline
    (`Oslo, Nov. 23 (NTB)--…`) dates a meeting the lead names later (`After the ministerial meeting, …`)."""
    from loaders.dates import find_dates

    assert [d.start for d in find_dates("They agreed Tuesday to boost ties.", pub_date="2021-11-25")] == ["2021-11-23"]
    assert find_dates("Black Friday sales grew.", pub_date="2021-11-25") == []
    doc = run(
        "Oslo, Nov. 23 (NTB)--Norwegian Defence Minister Ola Nordmann and his Vietnamese counterpart, Tran Van Lam, "
        "agreed to strengthen security cooperation.\n\nAfter the ministerial meeting, Nordmann told reporters that "
        "cooperation has entered a new level."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"].endswith("-11-23")


def test_a_visit_named_after_a_reception_is_the_guest_s() -> None:
    """`X tiếp bà Y, …, nhân chuyến thăm và làm việc tại Việt Nam`: the reception is X's and Y's, the visit Y's."""
    doc = run(
        "Ngày 14/11, tại Hà Nội, Phó Thủ tướng Trần Văn Minh tiếp bà Anna Berg, Thống đốc bang Vermont, Hoa Kỳ, nhân "
        "chuyến thăm và làm việc tại Việt Nam."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:anna-berg"}
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-minh", "person:anna-berg"}


def test_a_visit_is_its_subject_s_and_an_event_joined_by_and_is_another() -> None:
    """`X paid an official visit to Việt Nam and co-chaired the seventh meeting of the Joint Commission with
    Minister Y`: the visit is X's (not Y's), and the joint commission meeting is an event of its own with both."""
    doc = run(
        "date 2023-07-21 Norwegian Minister of Foreign Affairs Karl Weber paid an official visit to Việt Nam and "
        "co-chaired the seventh meeting of the Joint Commission for Economic Cooperation with Minister Tran Van Lam "
        "from July 19-20."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:karl-weber"}
    [meeting] = of_kind(doc, "conference")
    assert attendees(doc, meeting) == {"person:karl-weber", "person:tran-van-lam"}


def test_signings_as_headlines_and_reports_write_them() -> None:
    """`A và B ký kết biên bản ghi nhớ` (no `đã`), `Buổi ký kết diễn ra …, ông X đến dự`, `Hanoi and Oslo sign new
    pact` are signings; `to negotiate and sign the agreement`, `tiến trình đàm phán, ký kết Hiệp định`, `việc ký kết`
    are none; the officials quoted up to ten sentences later attend a signing of bodies."""
    doc = run(
        "UBND tỉnh Bến Tre và Tập đoàn Sakura (Nhật Bản) ký kết biên bản ghi nhớ hợp tác. Buổi ký kết diễn ra vào sáng "
        "ngày 15/11/2022, ông Trần Văn Minh – Phó Bí thư Thường trực Tỉnh ủy đến dự, chứng kiến."
    )
    [signing] = events(doc)
    assert signing["properties"]["date"] == "2022-11-15"
    assert attendees(doc, signing) == {"person:tran-van-minh"}
    quiet = " ".join(f"The two cities will expand exchanges in field {n}." for n in range(8))
    doc = run(
        "Da Nang and Oslo sign new cooperation pact\n\nThe authorities of Da Nang and Oslo on December 1 signed a "
        f"memorandum of understanding. {quiet} Vice Chairman of the Da Nang People’s Committee Tran Van Lam "
        "highlighted the significance of the new memorandum."
    )
    [signing] = events(doc)
    assert attendees(doc, signing) == {"person:tran-van-lam"}
    for text in (
        "Minister Tran Van Lam said the two sides will complete procedures to negotiate and sign the agreement soon.",
        "Bộ trưởng Trần Văn Minh và Quốc vụ khanh Sok Chenda thống nhất các bước của tiến trình đàm phán, ký kết "
        "Hiệp định Thương mại biên giới.",
    ):
        assert not of_kind(run(text), "signing"), text


def test_who_the_sentence_after_an_event_says_attended_it() -> None:
    """`X attended … a meeting on …` then `The event saw the presence of A, B and C`: they were at that meeting, not
    at the signing the article is about; `received and talked to Y` is a meeting with Y."""
    doc = run(
        "date 2024-03-10 The Foreign Ministry of Vietnam and the state of Oregon signed an agreement on March 9. The "
        "deal was inked by Director Tran Van Lam and Deputy Secretary Anna Berg.\n\nDuring his stay, Director Lam "
        "also attended a meeting on the business environment in Vietnam. The event saw the presence of US Ambassador "
        "Mark Hill, Consul General Karen Lee and President of the American Chamber of Commerce in Vietnam John Tran."
    )
    meeting = next(e for e in events(doc) if "person:mark-hill" in attendees(doc, e))
    assert {"person:karen-lee", "person:john-tran"} <= attendees(doc, meeting)
    assert "person:anna-berg" not in attendees(doc, meeting)
    doc = run(
        "On the morning of April 23, Minister Tran Van Lam received and talked to Mr. Sato Kenji, Ambassador of "
        "Japan to Vietnam, on the occasion of the Ambassador concluding his term of office in Vietnam."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}


def test_a_list_its_last_words_say_was_there_attended_the_event_before_it() -> None:
    """`A, rector of …; B, director of …; and leaders of city departments all participated.` (the splitter cuts the
    list at its semicolons), `C and D were also in attendance.`, `…, ông E cùng tham dự.`: the people of a sentence whose
    last words say they were there attended the event told just before; a verb with more after it (`attended the
    talks with …`) is no such list."""
    doc = run(
        "date 2024-05-04 Riverton and Lakeside sign port memorandum\n\nOn May 3, 2024, Governor Arlo Brenner of "
        "Riverton and Mayor Tilda Voss of Lakeside signed a memorandum on port cooperation. Professor Cato Rind, rector "
        "of Riverton University; Dr Enna Falk, director of the Lakeside Port Authority; and leaders of city departments "
        "all participated."
    )
    [signing] = of_kind(doc, "signing")
    assert {"person:cato-rind", "person:enna-falk"} <= attendees(doc, signing)
    doc = run(
        "date 2024-06-12 The board of the Harbour Trade Council had a productive meeting with Chairman Oskar Lind in "
        "Perth on June 11. Deputy Consul Mira Sand and Mr Bram Holt, executive director of the Perth Law College, were also in "
        "attendance."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"person:mira-sand", "person:bram-holt"} <= attendees(doc, meeting)
    doc = run(
        "Sáng 12/3/2024, Chủ tịch UBND tỉnh Quảng Trị Hồ Văn Nam đã tiếp ông Khamla Vongsa, Tỉnh trưởng tỉnh "
        "Savannakhet. Giám đốc Sở Ngoại vụ Trần Thị Lan, Phó Giám đốc Sở Công Thương Lê Minh Châu cùng tham dự."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"person:tran-thi-lan", "person:le-minh-chau"} <= attendees(doc, meeting)


def test_a_headline_visit_is_on_the_day_its_lead_tells() -> None:
    """`Chủ tịch UBND tỉnh thăm và làm việc tại tỉnh X` (the headline), `Ngày 12/12, ông Y … đã đến chào xã giao …`
    (the lead): the visit was going on that day."""
    doc = run(
        "Chủ tịch UBND tỉnh Trần Văn Minh thăm và làm việc tại tỉnh Champasak, nước CHDCND Lào\n\nNgày 12/12/2023, đồng "
        "chí Trần Văn Minh, Chủ tịch UBND tỉnh, đã đến chào xã giao đồng chí Khamsay Vongsa, Tỉnh trưởng tỉnh "
        "Champasak."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2023-12-12"
    assert attendees(doc, visit) == {"person:tran-van-minh"}


def test_a_conference_to_be_held_is_no_event() -> None:
    """`đề nghị hai bên phối hợp để có thể tổ chức Kỳ họp lần thứ IV dự kiến trong năm 2023` is a wish, not a
    conference anyone attended."""
    doc = run(
        "Đại sứ Carlos Ruiz đề nghị hai bên phối hợp chặt chẽ để có thể tổ chức Kỳ họp lần thứ IV Ủy ban hỗn hợp dự "
        "kiến trong năm 2023 tại Mexico."
    )
    assert not events(doc)


def test_a_headline_signing_does_not_outrank_the_lead_s_dated_talks() -> None:
    """`MOIT and Yunnan sign memorandum …` (the headline), `X held talks with Y … on October 25`, `Following the
    talks, the two officials witnessed the signing …`, `Also present at the talks was Z`: the talks are the main
    event (Z attended them), and the signing was on their day."""
    doc = run(
        "MOIT and Yunnan sign memorandum on border trade\n\nHanoi, October 26, 2025 (VNA) – Minister Tran Van Lam "
        "held talks with Vice Governor of Yunnan Li Wenhua in Hanoi on October 25.\n\nFollowing the talks, the two "
        "officials witnessed the signing of a memorandum of understanding on border trade.\n\nAlso present at the "
        "talks was Le Van Hai, Director General of the Asia-Africa Market Department."
    )
    [talks] = of_kind(doc, "meeting")
    assert talks["properties"]["date"] == "2025-10-25"
    assert "person:le-van-hai" in attendees(doc, talks)
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2025-10-25"


def test_phone_and_video_talks_are_meetings() -> None:
    """`held a phone conversation with`, `a telephone call with`, `trao đổi qua điện thoại với`: meetings at a
    distance, with both sides."""
    for text in (
        "date 2024-05-08 Foreign Minister Tran Van Lam on Tuesday held a phone conversation with his Norwegian "
        "counterpart Karl Weber.",
        "date 2024-05-08 Foreign Minister Tran Van Lam had a telephone call with Norwegian Foreign Minister Karl Weber "
        "on May 7.",
        "Ngày 7/5/2024, Bộ trưởng Trần Văn Lâm đã trao đổi qua điện thoại với Bộ trưởng Ngoại giao Na Uy Karl Weber.",
    ):
        [meeting] = events(run(text))
        assert meeting["properties"]["date"] == "2024-05-07", text


def test_earlier_that_day_is_the_day_last_named() -> None:
    """`Earlier that day, X received Y`: on the day the text named last."""
    doc = run(
        "On March 4, 2024, Prime Minister Tran Van Lam held talks with Prime Minister Karl Weber in Oslo.\n\nEarlier "
        "that day, Tran Van Lam received Norwegian Minister of Trade Ola Nordmann."
    )
    found = {frozenset(attendees(doc, e)): e["properties"].get("date") for e in of_kind(doc, "meeting")}
    assert found[frozenset({"person:tran-van-lam", "person:ola-nordmann"})] == "2024-03-04"


def test_a_day_in_the_outcome_reported_at_a_meeting_is_not_the_meeting_s() -> None:
    """`At a meeting with Y, X briefed him on the outcome of Z's visit to the US in May this year` on a page of October:
    May is the day of the visit reported, not of the meeting (before, it dated the meeting, which the visit's day then
    reached as well: one sentence names them all); the meeting is in the page's month."""
    doc = run(
        "date 2017-10-13 Ambassador Tran Van Lam has paid a visit to the State of Oregon.\n\nAt a meeting with Governor "
        "Peter Collins, Ambassador Lam briefed him on the outcome of Prime Minister Hoang Minh Tuan's visit to the US "
        "in May this year."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2017-10"
    assert {"person:peter-collins", "person:tran-van-lam"} <= attendees(doc, meeting)
    assert any(
        v["properties"]["date"] == "2017-05" and attendees(doc, v) == {"person:hoang-minh-tuan"}
        for v in of_kind(doc, "visit")
    )


def test_a_day_and_month_with_a_dash_or_a_two_digit_year() -> None:
    """`Chiều 12-2`, `trưa 11-8` (the dash some outlets write between day and month) and `Ngày 12/9/23` (a
    two-digit year) date the event; a count with a dash (`trong 2-3 ngày`) is no date."""
    doc = run(
        "date 2026-02-13 Chiều 12-2, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Hải đã tiếp Ngài Som Chanthy, "
        "Phó Tỉnh trưởng tỉnh Kampot (Campuchia)."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2026-02-12"
    doc = run(
        "Ngày 5/10/23, Đại sứ Trần Văn Lâm đã tiếp đoàn công tác tỉnh Hà Nam do ông Lê Văn Hải, Chủ tịch UBND tỉnh "
        "làm Trưởng đoàn."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2023-10-05"
    doc = run("date 2026-02-13 Bộ trưởng Lê Văn Hải cho biết dự án sẽ hoàn thành trong 2-3 tháng tới.")
    assert all(d["properties"].get("date") != "2026-03-02" for d in events(doc))


def test_an_undated_page_s_year_from_a_date_written_with_dashes() -> None:
    """An undated page whose only year is in a whole date written with dashes (`Updated: 24-11-2021`, below the
    headline and the lead) is of that year: `on November 23` in its lead is in 2021, not the year it is read."""
    doc = run(
        "Cooperation between Vietnamese provinces and a Japanese prefecture\n\n"
        "During his official visit to Japan on November 23, Vietnamese Prime Minister Tran Van Lam received Governor "
        "Sato Kenji of Gunma Prefecture and took part in a conference on cooperation between localities of the two "
        "countries, where both sides agreed to expand trade and investment.\n\n"
        "ANI | Tokyo | Updated: 24-11-2021 10:23 IST\n\n"
        "At a meeting with Governor Sato Kenji, the head of government suggested that Gunma expand cooperation."
    )
    dated = {e["properties"].get("date") for e in events(doc)}
    assert "2021-11-23" in dated and not any(d and d.startswith("2026") for d in dated)


def test_a_visit_is_of_whom_visiting_qualifies() -> None:
    """`held talks with his visiting counterpart X`, `a meeting with visiting … Director X`, `X, who is visiting
    Hanoi, held a meeting with Y`: X is on a visit, an event besides the talks (which keep both sides)."""
    doc = run(
        "date 2024-04-10 Prime Minister Karl Weber on Tuesday held talks with his visiting Vietnamese counterpart "
        "Tran Van Lam in Oslo."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == {"person:karl-weber", "person:tran-van-lam"}
    doc = run(
        "date 2024-04-10 Minister of Foreign Affairs Sato Kenji, who is visiting Hanoi, held a meeting with Deputy "
        "Prime Minister Tran Van Lam on April 9."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:sato-kenji"}
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:sato-kenji", "person:tran-van-lam"}


def test_courtesy_calls_and_meetings_in_the_plural_are_one_meeting_each() -> None:
    """`paid separate courtesy calls on A, B and C`, `held meetings with A and B`: one meeting with each of them (with
    the visitor when he is named), not one meeting of all."""
    doc = run(
        "date 2019-03-12 This afternoon, the Lao premier paid separate courtesy calls on Prime Minister Karl Weber, "
        "National Assembly Chairman Ola Nordmann and Senate President Anna Berg."
    )
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [["person:anna-berg"], ["person:karl-weber"], ["person:ola-nordmann"]]
    doc = run(
        "date 2019-03-12 Deputy Prime Minister Tran Van Lam on Monday held meetings with Prime Minister Karl Weber "
        "and Minister of Trade Ola Nordmann."
    )
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [["person:karl-weber", "person:tran-van-lam"], ["person:ola-nordmann", "person:tran-van-lam"]]


def test_meetings_joined_to_a_second_meeting_word_are_one_meeting_each() -> None:
    """`đã có các cuộc gặp và làm việc với A và B`: the plural meeting word and the one joined to it name whom they are
    with after their shared `với`: one meeting with each guest, not one of all."""
    doc = run(
        "Ngày 5/6, Đại sứ Trần Văn Lâm đã có các cuộc gặp và làm việc với Bộ trưởng Ngoại giao Na Uy Karl Weber "
        "và Thứ trưởng Thương mại Na Uy Ola Nordmann."
    )
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [["person:karl-weber", "person:tran-van-lam"], ["person:ola-nordmann", "person:tran-van-lam"]]


def test_guests_received_in_sentences_of_their_own_are_a_meeting_each() -> None:
    """`X received the ambassadors of A, B and C.`, then `Meeting Ambassador P, X …`, `At a reception for Ambassador Q,
    X …`, `Meeting Ambassador R, X …`: the page tells the receptions apart, a meeting with each guest; a guest the text
    names only once after one verb (`received Ambassador P and Ambassador Q`) stays one meeting with both."""
    doc = run(
        "date 2023-11-14 President Tran Van Lam on Monday received the ambassadors of Norway, Chile and Kenya, who "
        "presented their credentials.\n\nMeeting Norwegian Ambassador Karl Weber, President Lam stressed the need to "
        "boost trade.\n\nAt a reception for Chilean Ambassador Ana Rojas, President Lam hoped the two sides would "
        "expand investment.\n\nMeeting Kenyan Ambassador John Mwangi, President Lam suggested closer political ties."
    )
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [
        ["person:ana-rojas", "person:tran-van-lam"],
        ["person:john-mwangi", "person:tran-van-lam"],
        ["person:karl-weber", "person:tran-van-lam"],
    ]
    doc = run(
        "date 2023-11-14 President Tran Van Lam on Monday received Secretary General Karl Weber and Deputy Secretary "
        "General Ana Rojas of the Nordic Trade Council.\n\nMeeting President Lam, Secretary General Weber praised the "
        "growth of trade."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:karl-weber", "person:ana-rojas"}


def test_a_meeting_a_visit_held_is_an_event_besides_the_visit() -> None:
    """`X paid a visit to A where he met with B and C`: the visit and the meeting it held, two events (one meeting with
    both, named after one verb)."""
    doc = run(
        "From 5 to 9 May 2024, Secretary General Karl Weber of the Nordic Trade Council paid a visit to Vietnam where he "
        "met with Deputy Minister Tran Van Lam and Vice Chairman Le Thi Hoa of the Vietnam Chamber of Commerce."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:karl-weber"}
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:karl-weber", "person:tran-van-lam", "person:le-thi-hoa"}


def test_an_event_verb_joined_to_another_by_and_is_told_as_done() -> None:
    """`X visited and worked with leaders of …`, `X visited and offered New Year wishes to …`: a visit of X, though no
    name follows the verb."""
    for text, visitor, day in (
        (
            "date 2023-06-20 Chairman of the Provincial People's Committee Tran Van Lam visited and worked with leaders "
            "of Gunma Prefecture on June 19.",
            "person:tran-van-lam",
            "2023-06-19",
        ),
        (
            "date 2024-01-26 Governor Somsak Vongkham visited and offered New Year greetings to leaders of Ha Nam "
            "province on January 25.",
            "person:somsak-vongkham",
            "2024-01-25",
        ),
    ):
        doc = run(text)
        [visit] = of_kind(doc, "visit")
        assert attendees(doc, visit) == {visitor} and visit["properties"]["date"] == day, text


def test_a_visit_told_as_background_leaves_the_talks_of_its_sentence_and_is_its_subject_s() -> None:
    """`X, who is on an official visit to …, held talks with Y`: the talks (X and Y) and X's visit, both; `During his
    official visit …, X met with Y and received Z`: the visit is X's alone, the meetings X's with each."""
    doc = run(
        "News\n\nPrime Minister Tran Van Lam, who is on an official visit to Japan, held talks with Prime Minister Sato "
        "Kenji in Tokyo on March 5, 2024."
    )
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == {"person:tran-van-lam", "person:sato-kenji"}
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "News\n\nDuring his official visit to Japan from March 5-7, 2024, Prime Minister Tran Van Lam met with Prime "
        "Minister Sato Kenji and received Governor Ito Hiroshi of Gunma Prefecture."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [["person:ito-hiroshi", "person:tran-van-lam"], ["person:sato-kenji", "person:tran-van-lam"]]


def test_discussions_and_conferring_are_meetings() -> None:
    """`held discussions with`, `had discussions with`, `conferred with`: a meeting of both sides on the day given."""
    for text in (
        "date 2023-10-27 Foreign Minister Somsak Vongkham held discussions with and vowed to strengthen ties with "
        "Vietnamese Foreign Minister Tran Van Lam on October 26.",
        "date 2023-10-27 Foreign Minister Somsak Vongkham conferred with Vietnamese Foreign Minister Tran Van Lam in "
        "Bangkok on October 26.",
    ):
        doc = run(text)
        [meeting] = of_kind(doc, "meeting")
        assert meeting["properties"]["date"] == "2023-10-26", text
        assert attendees(doc, meeting) == {"person:somsak-vongkham", "person:tran-van-lam"}, text


def test_a_buddhist_era_year_gives_an_undated_page_its_year() -> None:
    """`Lao New Year BE 2565` (Thai, Lao and Cambodian news count years from the Buddhist Era, 543 ahead): an undated
    page that names only that year is of 2022, so `on Apr 1` is 2022-04-01."""
    doc = run(
        "Consul general calls on governor\n\nConsul General Tran Van Lam on Apr 1 paid a courtesy visit to Savannakhet "
        "Governor Somsak Vongkham on the occasion of Lao New Year BE 2565."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2022-04-01"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:somsak-vongkham"}


def test_counterparts_long_conference_names_and_headline_verbs() -> None:
    """`met his Japanese counterpart X`, `received his Lao counterpart X` (a possessive before the name); `co-chaired
    the Vietnam-Laos investment cooperation conference` (a conference's name of several words after the verb); a
    headline in the present (`Sato Kenji meets Tran Van Lam`) dated by the dateline after it."""
    doc = run("date 2024-03-08 Minister Tran Van Lam met his Japanese counterpart Sato Kenji in Tokyo on March 7.")
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    doc = run(
        "date 2024-03-08 Vice President Tran Thi Lan and Lao Vice President Somsak Vongkham co-chaired the Vietnam-Laos "
        "investment cooperation conference in Vientiane on March 7."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {"person:tran-thi-lan", "person:somsak-vongkham"}
    doc = run(
        "Japanese Minister Sato Kenji meets Vietnamese Minister Tran Van Lam\n\nTOKYO, March 7, 2024 (Kyodo) -- The two "
        "ministers discussed energy cooperation."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    assert meeting["properties"]["date"] == "2024-03-07"


def test_a_meeting_told_anew_with_a_counterpart_of_its_own_is_another_even_undated() -> None:
    """`Earlier, X met with Z` after `X held talks with Y on March 7`: X met Z too, another meeting (on the main
    event's day), not the talks with Z added; `At the talks, X told Z …` names the talks back."""
    doc = run(
        "date 2024-03-08 Prime Minister Tran Van Dung held talks with Prime Minister Sato Kenji in Tokyo on March 7.\n\n"
        "Earlier, Dung met with Governor Ito Hiroshi of Gunma Prefecture."
    )
    met = sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting"))
    assert met == [["person:ito-hiroshi", "person:tran-van-dung"], ["person:sato-kenji", "person:tran-van-dung"]]
    doc = run(
        "date 2024-03-08 Prime Minister Tran Van Dung held talks with Prime Minister Sato Kenji in Tokyo on March 7.\n\n"
        "At the talks, Dung told Minister Ito Hiroshi that trade had grown."
    )
    [talks] = of_kind(doc, "meeting")
    assert "person:sato-kenji" in attendees(doc, talks)


def test_talks_by_phone_or_video_meals_and_a_ceremony_to_sign() -> None:
    """`spoke by phone with`, `held a videoconference with`, `trao đổi trực tuyến với`, `tiếp thân mật`, `hosted a
    luncheon for`, `dự tiệc chiêu đãi do … chủ trì`: meetings of both; `attended a ceremony to sign a memorandum with
    Y`: a signing told as held (an infinitive after `ceremony`, not a signing planned)."""
    for text in (
        "Prime Minister Tran Van Lam spoke by phone with Prime Minister Karl Weber on May 7, 2024.",
        "Prime Minister Tran Van Lam held a videoconference with Prime Minister Karl Weber on May 7, 2024.",
        "Prime Minister Tran Van Lam hosted a luncheon for Prime Minister Karl Weber on May 7, 2024.",
        "Ngày 7/5/2024, Thủ tướng Trần Văn Lâm đã trao đổi trực tuyến với Thủ tướng Na Uy Karl Weber.",
        "Ngày 7/5/2024, Thủ tướng Trần Văn Lâm đã tiếp thân mật Thủ tướng Na Uy Karl Weber.",
        "Tối 7/5/2024, Thủ tướng Trần Văn Lâm dự tiệc chiêu đãi do Thủ tướng Na Uy Karl Weber chủ trì.",
    ):
        doc = run("News\n\n" + text)
        [meeting] = of_kind(doc, "meeting")
        assert meeting["properties"]["date"] == "2024-05-07", text
        assert {"person:karl-weber"} < attendees(doc, meeting), text
    doc = run(
        "News\n\nMinister Tran Van Lam attended a ceremony to sign a memorandum of understanding with Minister Karl "
        "Weber on May 7, 2024."
    )
    [signing] = of_kind(doc, "signing")
    assert {"person:tran-van-lam", "person:karl-weber"} == attendees(doc, signing)


def test_a_delegation_that_visited_and_worked_with_its_hosts_met_them() -> None:
    """`Đoàn công tác tỉnh A đến thăm, làm việc với tỉnh B`, then `Đồng chí X - …, làm trưởng đoàn` and `Tiếp đón
    đoàn có ông Y …`: the visit is the leader's, and the work joined to it by a comma is a meeting of its own, where
    the hosts the list names received him."""
    doc = run(
        "date 2024-06 Ngày 12/6, đoàn công tác của Hội đồng nhân dân tỉnh Hà Tĩnh đến thăm, làm việc với tỉnh "
        "Chungcheong (Hàn Quốc).\n\nĐồng chí Trần Văn Khải - Phó Chủ tịch Hội đồng nhân dân tỉnh Hà Tĩnh làm trưởng "
        "đoàn công tác.\n\nTiếp đón đoàn có ông Park Sung-min - Chủ tịch Hội đồng tỉnh Chungcheong và các thành viên."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-khai"} and visit["properties"]["date"] == "2024-06-12"
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-khai", "person:park-sung-min"}
    assert meeting["properties"]["date"] == "2024-06-12"


def test_whose_visit_an_occasion_clause_or_a_later_possessive_names() -> None:
    """`Theo đặc phái viên TTXVN, trong khuôn khổ chuyến thăm … tới Nhật Bản, trưa 11-8, Thủ tướng X và Thủ tướng Y đã
    chứng kiến …`: the clause stands before the sentence's event word, its visitor the subject after it (however long
    the words before the clause); `Y đánh giá cao chuyến thăm chính thức … lần đầu tiên của Chủ tịch nước X`: X's visit,
    not Y's (a visit one praises or welcomes is another's)."""
    doc = run(
        "date 2025-08-12 Theo đặc phái viên TTXVN, trong khuôn khổ chuyến thăm chính thức tới Nhật Bản, trưa 11-8 (giờ "
        "địa phương), Thủ tướng Trần Văn Lâm và Thủ tướng Nhật Bản Sato Kenji đã chứng kiến Lễ trao các văn kiện hợp "
        "tác."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "date 2025-08-12 Thủ tướng Nhật Bản Sato Kenji hoan nghênh và đánh giá cao chuyến thăm chính thức Nhật Bản lần "
        "đầu tiên của Chủ tịch nước Trần Văn Lâm."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}


def test_an_event_of_bodies_is_attended_by_the_officials_named_at_them() -> None:
    """`The leaders of the Hanoi People's Committee and the Government of Gyeonggi Province signed a MoU on December 18`,
    then a reception of the province's governor told earlier that day: the signing is attended by the officials the
    article names at those bodies, besides the reception."""
    doc = run(
        "date 2023-12-19 The leaders of the Hanoi People's Committee and the Government of Gyeonggi Province signed a "
        "Memorandum of Understanding on friendship and cooperation on December 18.\n\nPreviously, Chairman of the "
        "Hanoi People's Committee Tran Van Lam received a delegation from Gyeonggi Province led by Governor of "
        "Gyeonggi Province Kim Min-ho."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2023-12-18"
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:kim-min-ho"}


def test_the_day_in_brackets_after_this_morning() -> None:
    """`Sáng nay (6.12), …`, `Chiều nay (14/5), …`: the day in brackets after the relative word dates the event, on a
    page with no date of its own."""
    for text, day in (
        (
            "Sáng nay (6.12), tại Seoul, Chủ tịch nước Trần Văn Lâm đã tham dự Diễn đàn doanh nghiệp Việt Nam - Hàn Quốc.",
            "-12-06",
        ),
        ("Chiều nay (14/5), Bộ trưởng Trần Văn Lâm đã tiếp Đại sứ Nhật Bản Sato Kenji.", "-05-14"),
    ):
        [event] = events(run("Tin\n\n" + text))
        assert (event["properties"].get("date") or "").endswith(day), text


def test_at_the_meeting_in_the_lead_is_the_meeting_of_whom_the_lead_names() -> None:
    """`X and Y have looked into measures …` (no event word), then `At the meeting, which took place on February 28,
    …`: the lead's meeting on that day, with whoever of its sides the lead names (here one: the other is no known
    name)."""
    doc = run(
        "Measures sought to foster cooperation\n\nVietnamese Ambassador to Thailand Tran Van Lam and the governor of "
        "the province have looked into measures to promote cooperation.\n\nAt the meeting, which took place on "
        "February 28, 2023, the ambassador pointed to cooperation potential between the sides."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2023-02-28"
    assert attendees(doc, meeting) == {"person:tran-van-lam"}


def test_a_signing_told_with_an_adverb_between_its_words() -> None:
    """`… đã chính thức ký Hiệp định …` (an adverb between `đã` and `ký`) is a signing with its signers."""
    doc = run(
        "Tin\n\nTrước đó, ngày 18/8/2010, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Trần Văn Lâm và Đại sứ Ai Cập tại Việt "
        "Nam Karim Aziz đã chính thức ký Hiệp định về miễn thị thực."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2010-08-18"
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:karim-aziz"}


def test_a_dotted_range_of_days() -> None:
    """`từ ngày 16 đến 19.10` (the dotted style, a day word before it) dates the visit from its first day; a range of
    amounts (`tăng từ 2 - 3.5 lần`) is none."""
    doc = run(
        "Hợp tác nông nghiệp\n\n22/10/2011 12:23 GMT+7\n\nTừ ngày 16 đến 19.10 vừa qua, Bộ trưởng Trần Văn Lâm và đoàn "
        "cán bộ của Bộ đã thăm và làm việc với Bộ Nông Lâm nghiệp Lào tại tỉnh Luang Prabang."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2011-10-16"
    from loaders.dates import find_dates

    assert not find_dates("Sản lượng tăng từ 2 - 3.5 lần.", pub_date="2011-10-22")


def test_an_english_range_of_days_takes_the_year_written_after_it() -> None:
    """`June 5-7, 2023`, `5-7 June 2023`, `from June 5 to 7, 2023`: one range of days, its year the one written after
    it (not the page's, a later year)."""
    for text in (
        "date 2024-01-03 Prime Minister Tran Van Lam paid an official visit to Norway on June 5-7, 2023.",
        "date 2024-01-03 Prime Minister Tran Van Lam paid an official visit to Norway on 5-7 June 2023.",
        "date 2024-01-03 Prime Minister Tran Van Lam paid an official visit to Norway from June 5 to 7, 2023.",
    ):
        [visit] = of_kind(run(text), "visit")
        assert visit["properties"]["date"] == "2023-06-05", text


def test_a_bare_sign_verb_before_a_document_is_a_signing() -> None:
    """`A và B ký biên bản cuộc họp …` (the bare verb, as headlines and captions write it) and `A and B sign the minutes
    of the meeting` are signings of both; `sẽ ký biên bản` is none."""
    for text in (
        "Tin\n\nNgày 24/2/2016, Bộ trưởng Trần Văn Lâm và Bộ trưởng Kế hoạch Campuchia Som Chanthy ký biên bản cuộc họp "
        "lần thứ 5 giữa hai Bộ.",
        "News\n\nOn February 24, 2016, Minister Tran Van Lam and Cambodian Minister of Planning Som Chanthy sign the "
        "minutes of their fifth meeting.",
    ):
        doc = run(text)
        [signing] = of_kind(doc, "signing")
        assert attendees(doc, signing) == {"person:tran-van-lam", "person:som-chanthy"}, text
    doc = run("Tin\n\nNgày 24/2/2016, Bộ trưởng Trần Văn Lâm cho biết hai bên sẽ ký biên bản cuộc họp vào tháng sau.")
    assert not of_kind(doc, "signing")


def test_a_memorandum_named_without_ban_is_signed_too() -> None:
    """`ký kết ghi nhớ`, `ký ghi nhớ hợp tác` (the memorandum without `bản`, as captions and headlines write it) is a
    signing of whom the sentence names, as `ký kết bản ghi nhớ` is."""
    doc = run(
        "Tin\n\nNgày 24/2/2016, Chủ tịch UBND tỉnh Lạng Sơn Trần Văn Lâm và Tỉnh trưởng tỉnh Udomxay Som Chanthy ký "
        "kết ghi nhớ hợp tác giai đoạn 2016 - 2020."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:som-chanthy"}


def test_leaders_of_both_named_sides_sign_at_the_meeting_told_before() -> None:
    """`Leaders of A and B provinces sign a memorandum …` (a caption, undated) and `Leaders of the Lao and Thai provinces
    signed an MoU …`, after the story of the two provinces' conference: a signing of its own, there and that day, as
    `the two sides signed …` is, by the leaders of that conference; before, the signing far from the lead was dropped."""
    for sign in (
        "Leaders of Savannakhet and Mukdahan provinces sign a memorandum of understanding on border trade.",
        "Leaders of the Lao and Thai provinces signed an MoU on border trade at the conference.",
    ):
        doc = run(
            "News\n\nOn October 10, 2025, Governor Somchai Rattanakul of Mukdahan province and Governor Khamphan "
            "Vongsa of Savannakhet province co-chaired a conference on border cooperation.\n\nThe two governors "
            "reviewed trade at the border gate.\n\nThe gate handled 1,200 trucks a day last year.\n\nExports rose 12 "
            "percent.\n\nImports of fruit doubled.\n\n" + sign
        )
        [signing] = of_kind(doc, "signing")
        assert signing["properties"]["date"] == "2025-10-10", sign
        assert attendees(doc, signing) == {"person:somchai-rattanakul", "person:khamphan-vongsa"}, sign


def test_political_consultations_are_conferences_of_whom_chairs_them() -> None:
    """`co-chaired the 10th political consultation between the two foreign ministries`, `đồng chủ trì Tham vấn chính
    trị lần thứ 10`: an event of both chairs."""
    for text in (
        "News\n\nDeputy Foreign Minister Tran Van Lam and Japanese Deputy Foreign Minister Sato Kenji co-chaired the "
        "10th political consultation between the two foreign ministries in Tokyo on March 5, 2024.",
        "Tin\n\nNgày 5/3/2024, Thứ trưởng Ngoại giao Trần Văn Lâm và Thứ trưởng Ngoại giao Nhật Bản Sato Kenji đồng chủ "
        "trì Tham vấn chính trị lần thứ 10 giữa hai Bộ Ngoại giao.",
    ):
        doc = run(text)
        [event] = events(doc)
        assert attendees(doc, event) == {"person:tran-van-lam", "person:sato-kenji"}, text
        assert event["properties"]["date"] == "2024-03-05", text


def test_a_meeting_told_as_ahead_is_no_event() -> None:
    """`sẽ gặp Thủ tướng Y vào tháng tới`, `will hold talks with Y`, `is scheduled to hold talks with Y`: not held yet,
    no event (as a signing planned is none); `held talks with Y` is one."""
    for text in (
        "Tin\n\nNgày 5/3/2024, Thủ tướng Trần Văn Lâm cho biết sẽ gặp Thủ tướng Nhật Bản Sato Kenji vào tháng tới.",
        "News\n\nPrime Minister Tran Van Lam will hold talks with Prime Minister Sato Kenji in Tokyo on March 5, 2024.",
        "News\n\nPrime Minister Tran Van Lam is scheduled to hold talks with Prime Minister Sato Kenji in Tokyo on March 5, "
        "2024.",
    ):
        assert not of_kind(run(text), "meeting"), text
    assert of_kind(run("News\n\nPrime Minister Tran Van Lam held talks with Prime Minister Sato Kenji."), "meeting")


def test_a_political_consultation_in_the_vietnamese_word_for_it() -> None:
    """`đồng chủ trì Phiên tham khảo chính trị lần thứ 12 và đối thoại chiến lược`: an event of both chairs."""
    doc = run(
        "Tin\n\nSáng 5/3/2024, Thứ trưởng Ngoại giao Trần Văn Lâm và Thứ trưởng Ngoại giao Ấn Độ Rahul Mehta đã đồng "
        "chủ trì Phiên tham khảo chính trị lần thứ 12 giữa hai Bộ Ngoại giao."
    )
    [event] = events(doc)
    assert attendees(doc, event) == {"person:tran-van-lam", "person:rahul-mehta"}


def test_an_invitation_to_visit_and_co_chair_is_no_event() -> None:
    """`X gửi lời mời Bộ trưởng S. Y thăm Việt Nam và đồng chủ trì Kỳ họp … dự kiến vào nửa cuối năm`, `invited Y to
    visit Vietnam and co-chair the meeting`: invited to, not held; `theo lời mời của X` is a visit made."""
    for text in (
        "Tin\n\nNgày 5/3/2022, Bộ trưởng Trần Văn Lâm gửi lời mời Bộ trưởng Ngoại giao S. Rahul Mehta thăm Việt Nam và "
        "đồng chủ trì Kỳ họp Ủy ban hỗn hợp lần thứ 18 dự kiến vào nửa cuối năm 2022.",
        "News\n\nOn March 5, 2022, Minister Tran Van Lam invited Minister Rahul Mehta to visit Vietnam and co-chair the "
        "18th meeting of the Joint Commission.",
    ):
        doc = run(text)
        assert not of_kind(doc, "conference") and not of_kind(doc, "visit"), text
    doc = run("Tin\n\nNgày 5/3/2022, Bộ trưởng Rahul Mehta thăm Việt Nam theo lời mời của Bộ trưởng Trần Văn Lâm.")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:rahul-mehta"}


def test_this_visit_is_the_visit_told_before() -> None:
    """`During this visit to Tokyo, X also met with Y and Z` (`trong chuyến thăm này`): the visit told before, whose
    visitor is X alone, not everyone the later sentence names."""
    doc = run(
        "News\n\nPrime Minister Tran Van Lam paid an official visit to Japan on March 5, 2024.\n\nDuring this visit to "
        "Tokyo, Tran Van Lam also met with Governor Sato Kenji and Speaker Ito Hiroshi."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:tran-van-lam"}]
    doc = run(
        "Tin\n\nNgày 5/3/2024, Thủ tướng Trần Văn Lâm bắt đầu chuyến thăm chính thức Nhật Bản.\n\nTrong chuyến thăm "
        "này, Thủ tướng Trần Văn Lâm đã hội kiến Thống đốc Sato Kenji."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:tran-van-lam"}]


def test_a_meeting_naming_one_side_takes_the_other_from_the_sentence_before() -> None:
    """`During his talks with Minister X, the guest …`, `During a meeting in Berlin, Y also …`: a meeting word whose
    sentence names one person is the meeting of the pair the sentence before named with him, not a meeting of one."""
    doc = run(
        "date 2023-05-11 Foreign Minister Tran Van Lam and his Latvian counterpart Anna Berzina on Thursday agreed to "
        "boost trade.\n\nLatvian Foreign Minister Anna Berzina paid an official visit to Viet Nam and met with "
        "Minister Tran Van Lam from May 10-11.\n\nDuring his talks with Minister Tran Van Lam in Hanoi on Thursday "
        "morning, the guest expressed her pleasure."
    )
    [talks] = [e for e in of_kind(doc, "meeting") if e["properties"]["date"] == "2023-05-11"]
    assert attendees(doc, talks) == {"person:tran-van-lam", "person:anna-berzina"}
    doc = run(
        "date 2019-03-14 Polish Foreign Minister Jan Kowalski described the ongoing visit by Deputy Prime Minister "
        "Le Quang Hai as a foundation for ties, on March 14.\n\nDeputy Prime Minister Le Quang Hai and Foreign "
        "Minister Jan Kowalski (Photo: VNA)\n\nDuring a meeting in Warsaw, Kowalski also praised Vietnam's growth."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:jan-kowalski", "person:le-quang-hai"}


def test_a_meeting_on_the_sidelines_of_a_dated_event_is_on_its_day() -> None:
    """`On the sidelines of the signing ceremony, X held a meeting with Y`: on the day of the signing the article told,
    not on the first day of the trip the lead names (`is on a working trip to Australia from July 23-28`)."""
    doc = run(
        "Canberra (VNA) – A delegation from the province of Binh Lam led by Chairman of the provincial People's "
        "Committee Tran Van Lam is on a working trip to Australia from July 23-28, 2023.\n\nOn July 25, the two sides "
        "signed a plan to implement their cooperation agreement.\n\nSpeaking at the event, Lam highlighted the "
        "significance of the signing.\n\nOn the sidelines of the signing ceremony, Lam held a meeting with Speaker "
        "of the Legislative Assembly Anna Berg."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2023-07-25"
    assert "person:anna-berg" in attendees(doc, meeting)


def test_a_meeting_told_with_also_and_someone_new_is_another() -> None:
    """`X held a meeting with the Speaker of …` (whom no name gives), then `X and Z also met business representatives
    in Darwin`: another meeting (Z was not at the first), not the first named again."""
    doc = run(
        "date 2023-07-25 On July 24, Chairman Tran Van Lam held a meeting with the Speaker of the Northern Territory "
        "Legislative Assembly.\n\nTran Van Lam and Vice Chairman Le Quang Hai also met Vietnamese business "
        "representatives in Darwin city."
    )
    meetings = of_kind(doc, "meeting")
    assert sorted(sorted(attendees(doc, m)) for m in meetings) == [
        ["person:le-quang-hai", "person:tran-van-lam"],
        ["person:tran-van-lam"],
    ]


def test_what_a_sentence_tells_after_a_leading_after_clause() -> None:
    """`After the signing ceremony, X and Y co-chaired the meeting of the Joint Committee`, `Sau lễ ký, X và Y đồng chủ
    trì Hội nghị …`: the sentence tells the meeting (an event of its own); the signing is the one told before."""
    doc = run(
        "date 2023-12-05 Minister Tran Van Lam and Minister Kim Min-su signed a memorandum of understanding in Seoul "
        "on December 5.\n\nAfter the signing ceremony, Minister Tran Van Lam and Minister Kim Min-su co-chaired the "
        "mid-term meeting of the Joint Committee for energy cooperation."
    )
    [signing] = of_kind(doc, "signing")
    [meeting] = of_kind(doc, "conference")
    assert attendees(doc, meeting) == attendees(doc, signing) == {"person:tran-van-lam", "person:kim-min-su"}
    doc = run(
        "Ngày 5/12/2023, Bộ trưởng Lê Văn Hải và Bộ trưởng Kim Min-su đã ký Bản ghi nhớ hợp tác năng lượng.\n\nSau lễ "
        "ký, Bộ trưởng Lê Văn Hải và Bộ trưởng Kim Min-su đồng chủ trì Hội nghị Ủy ban hỗn hợp lần thứ 9."
    )
    [meeting] = of_kind(doc, "conference")
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:kim-min-su"}
    assert meeting["properties"]["date"] == "2023-12-05"


def test_a_pair_that_met_calls_greetings_and_meals_are_meetings() -> None:
    """Wire copy's meetings: `A and B met in Tokyo on Wednesday`, `The two leaders met on …` (the pair named before
    the verb), `paid a call on`, `greeted`, `attended a dinner hosted by`, `had a working lunch`; `met` with
    nothing after it that places it (`the targets were met.`) stays none."""
    for text in (
        "date 2024-03-14 Minister Tran Van Lam and Japanese Governor Sato Kenji met in Tokyo on Wednesday.",
        "date 2024-03-14 Japanese Governor Sato Kenji paid a call on Minister Tran Van Lam in Hanoi on Wednesday.",
        "date 2024-03-14 Minister Tran Van Lam greeted Japanese Governor Sato Kenji in Hanoi on Wednesday.",
        "date 2024-03-14 Minister Tran Van Lam attended a dinner hosted by Japanese Governor Sato Kenji in Tokyo on "
        "Wednesday.",
    ):
        [meeting] = events(run(text))
        assert meeting["properties"]["date"] == "2024-03-13"
        assert attendees(run(text), meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    doc = run(
        "date 2024-03-14 Minister Tran Van Lam received Japanese Governor Sato Kenji on Wednesday.\n\nOn Thursday, "
        "Governor Sato Kenji and Minister Le Quang Hai had a working lunch in Hanoi."
    )
    [lunch] = [e for e in of_kind(doc, "meeting") if e["properties"]["date"] == "2024-03-14"]
    assert attendees(doc, lunch) == {"person:sato-kenji", "person:le-quang-hai"}
    assert not events(run("date 2024-03-14 Minister Tran Van Lam said the targets agreed with Sato Kenji were met."))


def test_last_week_and_this_month_give_the_month() -> None:
    """`met … last week`, `earlier this month`, `tuần trước` date an event by the month of the page's day a week or a
    month back (its day unknown); `hai tuần trước`, `3 tháng trước` count from another time and give nothing."""
    doc = run("date 2024-03-04 Minister Tran Van Lam met Japanese Governor Sato Kenji in Tokyo last week.")
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2024-02"
    doc = run("date 2024-03-20 Minister Tran Van Lam held talks with Governor Sato Kenji earlier this month.")
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2024-03"
    doc = run("date 2024-03-04 Tuần trước, Bộ trưởng Lê Văn Hải đã hội đàm với Thống đốc Sato Kenji tại Tokyo.")
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2024-02"
    doc = run("date 2024-03-04 Hai tuần trước, Bộ trưởng Lê Văn Hải đã hội đàm với Thống đốc Sato Kenji tại Tokyo.")
    [meeting] = events(doc)
    assert not meeting["properties"].get("date")


def test_a_lead_telling_what_a_pair_did_together_is_their_meeting() -> None:
    """A lead with no event word that tells what two people did together (`A and B discussed trade in Hanoi on
    Tuesday`, `A and his counterpart B have agreed to …`) tells their meeting; not `the two sides agreed` (no pair
    named), nor a lead whose next sentences name the event (`During a working session on February 23, …`)."""
    doc = run(
        "date 2024-03-14 Vietnam's Prime Minister Tran Van Lam and Japanese Prime Minister Sato Kenji discussed "
        "trade and investment in Hanoi on Tuesday.\n\nThe two leaders also spoke about regional security."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2024-03-12"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    doc = run(
        "date 2023-02-24 Minister Tran Van Lam and Lao Minister Khamla Vongsa have agreed to boost cooperation in "
        "energy.\n\nDuring a working session in Hanoi on February 23, the two sides reviewed their projects."
    )
    [meeting] = events(doc)
    assert meeting["name"].startswith("Working session")
    assert not events(run("date 2023-02-24 Under the MoU, the two sides agreed to hold quarterly meetings."))


def test_told_in_person_tours_delegations_led_and_vietnamese_meeting_forms() -> None:
    """`X told visiting Minister Y on Wednesday that …` (not `told Reuters that …`), `led a delegation to Japan`,
    `toured`, a headline's `visits`, `A và B đã gặp nhau`, `chủ trì lễ đón chính thức Y`, `đã trao đổi với Y`."""
    doc = run(
        "date 2024-03-14 Prime Minister Tran Van Lam told Japanese Minister Sato Kenji on Wednesday that Vietnam "
        "wants more investment."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    assert not events(run("date 2024-03-14 Minister Tran Van Lam told Reuters that Sato Kenji would come."))
    for text in (
        "date 2024-03-14 Minister Tran Van Lam led a delegation to Japan from March 10 to 13.",
        "date 2024-03-14 Minister Tran Van Lam toured Japan from March 10 to 13.",
    ):
        [visit] = events(run(text))
        assert visit["properties"]["kind"] == "visit" and visit["properties"]["date"] == "2024-03-10"
    for text in (
        "Sáng 13/3/2024, Thủ tướng Trần Văn Lâm và Thống đốc Sato Kenji đã gặp nhau tại Tokyo.",
        "Sáng 13/3/2024, Thủ tướng Trần Văn Lâm chủ trì lễ đón chính thức Thủ tướng Sato Kenji.",
        "Sáng 13/3/2024, Bộ trưởng Trần Văn Lâm đã trao đổi với Bộ trưởng Sato Kenji về hợp tác năng lượng.",
    ):
        doc = run(text)
        [meeting] = of_kind(doc, "meeting")  # (the guest of an official welcome is on a visit besides)
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}


def test_continuing_a_visit_frames_the_meeting_its_sentence_tells() -> None:
    """`Tiếp tục chuyến thăm và làm việc tại Nhật Bản, chiều 25/4, Đoàn … do X làm Trưởng đoàn đã có buổi làm việc với
    Y`, `Continuing his official visit to Japan, X met with Y`: the meeting is what the sentence tells (dated, X and
    Y), the visit its frame and X's alone."""
    doc = run(
        "Tiếp tục chuyến thăm và làm việc tại Nhật Bản, chiều 25/4/2024, Đoàn đại biểu tỉnh Lào Cai do Chủ tịch UBND "
        "tỉnh Trần Văn Lâm làm Trưởng đoàn đã có buổi làm việc với Thống đốc tỉnh Shizuoka Sato Kenji."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2024-04-25"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "date 2024-04-26 Continuing his official visit to Japan, Prime Minister Tran Van Lam on Thursday met with "
        "Governor Sato Kenji."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2024-04-25"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}


def test_who_is_in_a_place_is_there_on_a_visit() -> None:
    """`… a meeting with Director X, who is currently in Seoul to sign a memorandum …`: X's visit besides the meeting
    (X alone, the person the relative clause follows)."""
    doc = run(
        "date 2023-11-08 SEOUL, Nov. 8 (Yonhap) -- Foreign Minister Park Min-su made the remark during a meeting with "
        "General Director Tran Van Lam, who is currently in Seoul to sign a memorandum of understanding."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:park-min-su", "person:tran-van-lam"}
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    assert visit["name"].startswith("Chuyến thăm")


def test_a_banquet_after_the_talks_is_an_event_of_its_own_and_dates_the_pair() -> None:
    """`Sau hội đàm, …` then `Tối 11.7, X dự tiệc chiêu đãi do Y chủ trì`: the banquet is an event besides the talks
    (not the talks named again), and the talks no sentence dates are on the pair's one day."""
    doc = run(
        "Chủ tịch nước Trần Văn Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Khamla Vongsa.\n\nHai nhà lãnh đạo "
        "đánh giá cao quan hệ hai nước.\n\nTối 11.7.2024, Chủ tịch nước Trần Văn Lâm dự tiệc chiêu đãi trọng thể do "
        "Tổng Bí thư, Chủ tịch nước Lào Khamla Vongsa chủ trì."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2
    for meeting in meetings:
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:khamla-vongsa"}
        assert meeting["properties"]["date"] == "2024-07-11"


def test_meetings_in_the_plural_and_a_leading_within_the_visit() -> None:
    """`Governor X shared the view at separate meetings with Ambassador Y during the latter's visit on July 21-22`: a
    meeting of X and Y on that day; `Within the visit to China, Mr. X … held working sessions with A and B`: the visit
    frames the working sessions, which are an event of X's."""
    doc = run(
        "date 2015-07-25 Victoria Governor Anna Berg and other State legislators shared the view at separate meetings "
        "with Vietnamese Ambassador to Australia Tran Van Lam during the latter's visit on July 21-22."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:anna-berg", "person:tran-van-lam"}
    assert meeting["properties"]["date"] == "2015-07-21"
    doc = run(
        "date 2018-11-28 Within the visit to China, Minister of Finance Tran Van Lam and the Vietnamese delegation "
        "held working sessions with the China Securities Regulatory Commission."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam"}


def test_the_delegation_that_acts_is_its_leader() -> None:
    """`A delegation … led by X is on a working visit to France`, then `the delegation worked with representatives of
    …` and `the delegation met with Mayor Y`: X takes part in both (whom leads the delegation the sentence makes
    its subject), and `worked with` counts after a delegation though no name follows it."""
    doc = run(
        "date 2023-10-16 Paris (VNA) – A delegation from the northern province of Binh Lam led by Secretary of the "
        "provincial Party Committee Tran Van Lam is on a working visit to France from October 12-15.\n\nOn October 12, "
        "the Binh Lam delegation worked with representatives from Val de Marne.\n\nOn October 13, the delegation met "
        "with Mayor Karim Dubois of Saint Ouen."
    )
    meetings = {m["properties"]["date"]: attendees(doc, m) for m in of_kind(doc, "meeting")}
    assert meetings == {
        "2023-10-12": {"person:tran-van-lam"},
        "2023-10-13": {"person:tran-van-lam", "person:karim-dubois"},
    }


def test_a_day_after_since_does_not_date_the_event() -> None:
    """`X arrived yesterday for a three-day official visit. This is his first official visit since he was appointed
    Deputy Prime Minister on April 9 last year.`: the visit is on the day before the page's, not on April 9."""
    doc = run(
        "date 2017-07-12 Deputy Prime Minister Tran Van Lam arrived yesterday for a three-day official visit to "
        "Malaysia.\n\nThis is the first official visit here of Tran Van Lam since he was appointed Deputy Prime "
        "Minister on April 9 last year."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2017-07-11"


def test_the_two_prime_ministers_are_the_article_s_pair() -> None:
    """`The two prime ministers had earlier led their delegations in a meeting`: the pair the lead names, not the two
    who exchanged a document in the sentence before."""
    doc = run(
        "date 2022-03-21 March 21 — Prime Minister Anwar Salleh and his Vietnamese counterpart Tran Van Lam today "
        "witnessed the exchange of documents.\n\nThe ceremony was held at the Government Office.\n\nThe documents "
        "cover trade and labour.\n\nAttorney General Idris Harun exchanged documents with Vietnam's "
        "Law Minister Le Quang Hai.\n\nThe two prime ministers had earlier led their delegations in a meeting where "
        "they discussed trade."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:anwar-salleh", "person:tran-van-lam"}


def test_who_represented_a_party_in_the_exchange_attended_the_signing() -> None:
    """`… witnessed the exchange of three documents`, then `TNB was represented by its CEO, X, while EVN was
    represented by its CEO, Y` and `Z represented Vietnam in the exchange`: X, Y and Z were at the signing."""
    doc = run(
        "date 2025-05-25 PUTRAJAYA: Prime Minister Anwar Salleh and his Vietnamese counterpart Tran Van Lam today "
        "witnessed the exchange of three documents.\n\nThe first document exchanged was a Memorandum of "
        "Understanding between Tenaga Nasional Berhad (TNB) and Vietnam Electricity (EVN).\n\nTNB was represented by "
        "its President and CEO, Datuk Megat Hassan, while EVN was represented by its President, Nguyen Anh Tu.\n\n"
        "Vietnam National University vice-president Pham Bao Son represented Vietnam in the exchange."
    )
    [signing] = of_kind(doc, "signing")
    assert {"person:megat-hassan", "person:nguyen-anh-tu", "person:pham-bao-son"} <= attendees(doc, signing)


def test_a_conference_joined_to_the_actions_of_a_sentence_is_an_event() -> None:
    """`X visited A Prefecture, received its Governor Y, and also took part in a conference on cooperation`: the
    conference is an event besides the meeting (the last of the actions the sentence lists)."""
    doc = run(
        "date 2021-11-24 During his official visit to Japan on November 23, Prime Minister Tran Van Lam visited "
        "Tochigi Prefecture, received its Governor Sato Kenji, and also took part in a conference on cooperation "
        "between Vietnamese and Japanese regions."
    )
    [conference] = of_kind(doc, "conference")
    assert "person:tran-van-lam" in attendees(doc, conference)
    assert conference["properties"]["date"] == "2021-11-23"


def test_a_date_line_with_a_weekday_and_a_label_in_words() -> None:
    """`Thứ năm, ngày 15 tháng 9 năm 2022 | 21:23` at the top of a page (a weekday, a comma, then `ngày`) dates the
    lead's undated events, as `Thứ 4, 22/11/2023 | 11:36` did."""
    doc = run(
        "Thứ năm, ngày 15 tháng 9 năm 2022 | 21:23\n\nViệt Nam - Mông Cổ ký bản ghi nhớ về hợp tác nông nghiệp\n\n"
        "Bộ trưởng Lê Văn Hải đã hội đàm với Bộ trưởng Nông nghiệp Mông Cổ Batbayar Ganbold tại Ulaanbaatar."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2022-09-15"


def test_an_undated_event_of_a_one_month_story_is_in_that_month() -> None:
    """An article whose dated events all fall in one month (`Ngày 15/9, …`) tells its undated ones in that month too
    (`Bộ trưởng X đã thăm và làm việc tại …` with no day of its own: month precision, not a day it does not give)."""
    doc = run(
        "Bộ trưởng Lê Văn Hải thăm và làm việc tại Mông Cổ\n\nTrong chuyến công tác, Bộ trưởng Lê Văn Hải cũng đã "
        "thăm Trung tâm nghiên cứu nông nghiệp.\n\nHai bên nhất trí tăng cường hợp tác về chăn nuôi.\n\nSau đó, ngày "
        "15/9/2022, Bộ trưởng Lê Văn Hải đã hội đàm với Bộ trưởng Batbayar Ganbold."
    )
    assert {e["properties"]["date"][:7] for e in events(doc)} == {"2022-09"}


def test_people_only_named_at_an_event_and_a_visit_still_ahead() -> None:
    """`received Y, who conveyed greetings from Prime Minister Z`, `asked him to convey his regards to Z`, `Đại sứ
    chuyển lời thăm hỏi của Thủ tướng Z`: Z is named, not at the meeting; `to prepare for the upcoming visit of Z`,
    `chuẩn bị chuyến thăm Việt Nam sắp tới của Z` is no visit yet, and Z is not at the meeting either."""
    for text in (
        "date 2024-03-14 Prime Minister Tran Van Lam on Wednesday received Japanese Ambassador Sato Kenji, who "
        "conveyed greetings from Prime Minister Kishida Fumio.",
        "date 2024-03-14 Prime Minister Tran Van Lam on Wednesday met with Japanese Ambassador Sato Kenji and asked "
        "him to convey his regards to Prime Minister Kishida Fumio.",
        "date 2024-03-14 Minister Tran Van Lam met with Japanese Ambassador Sato Kenji in Hanoi on Wednesday to "
        "prepare for the upcoming visit of Prime Minister Kishida Fumio.",
        "Sáng 13/3/2024, Bộ trưởng Trần Văn Lâm tiếp Đại sứ Nhật Bản Sato Kenji. Hai bên trao đổi về việc chuẩn bị "
        "chuyến thăm Việt Nam sắp tới của Thủ tướng Kishida Fumio.",
    ):
        doc = run(text)
        [meeting] = events(doc)
        assert "person:kishida-fumio" not in attendees(doc, meeting)
        assert {"person:sato-kenji"} < attendees(doc, meeting)


def test_who_paid_a_visit_is_the_visitor_alone() -> None:
    """`… between Prime Minister X and Mrs. Y, Vice President of Vietnam, who paid a visit to Thailand`: the visit is
    Y's, not X's, whom the sentence names first."""
    doc = run(
        "date 2022-06-25 The issue was raised on 24 June 2022 between Prime Minister Somchai Rattana and Mrs. Tran "
        "Thi Lan, Vice President of Vietnam, who paid a visit to Thailand to attend the Global Summit of Women."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-thi-lan"}


def test_an_undated_event_of_the_lead_s_pair_is_on_the_day_the_lead_gives() -> None:
    """`A and B on Monday discussed …`, then `The discussions took place as the two ministers co-chaired the 12th
    meeting of …`: the meeting is on that Monday (the lead's day for the pair), not only in the month of the visit
    told after it."""
    doc = run(
        "date 2023-11-28 Vietnamese Minister of Industry and Trade Tran Van Lam and Chinese Minister of Commerce Wang "
        "Ming on Monday discussed preparations for the upcoming visits of high-level leaders.\n\nThe discussions took "
        "place as the two ministers co-chaired the 12th meeting of the trade committee in Hanoi.\n\nThe meeting was "
        "part of Wang Ming's agenda during a four-day (November 25-28) visit to Vietnam."
    )
    [meeting] = of_kind(doc, "conference")
    assert meeting["properties"]["date"] == "2023-11-27"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:wang-ming"}


def test_a_bare_year_in_a_document_s_name_does_not_date_its_signing() -> None:
    """`Hai Bộ trưởng cũng đã ký kết Bản thỏa thuận hợp tác giữa hai Bộ năm 2012` in an article whose events are told
    in October 2011: the year names the document; the signing is in the story's month (during the visit told
    before it, on the visit's first day when no day of its own is told)."""
    doc = run(
        "Từ ngày 16 đến 19.10.2011, Bộ trưởng Lê Văn Hải đã thăm và làm việc với Bộ Nông Lâm nghiệp Lào.\n\nBộ trưởng "
        "Nông Lâm nghiệp Lào Khamla Vongsa đã tiếp Bộ trưởng Lê Văn Hải.\n\nHai Bộ trưởng cũng đã ký kết Bản thỏa "
        "thuận hợp tác giữa hai Bộ năm 2012."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"].startswith("2011-10")


def test_a_chaired_conference_clause_and_two_ministers_named_by_a_bare_title() -> None:
    """`Bộ trưởng Y đã tiếp đoàn …, hai Bộ trưởng đã chủ trì Hội thảo …`: the conference its own clause tells is an
    event besides the reception; `Hai Bộ trưởng cũng đã ký kết …` (a bare title, no name) is signed by the pair the
    sentence before names."""
    doc = run(
        "Ngày 16/10/2011, Bộ trưởng Lê Văn Hải và đoàn cán bộ Bộ Nông nghiệp đã thăm và làm việc với Bộ Nông Lâm nghiệp "
        "Lào.\n\nÔng Khamla Vongsa - Bộ trưởng Nông Lâm nghiệp Lào đã tiếp Bộ trưởng Lê Văn Hải, hai Bộ trưởng đã chủ "
        "trì Hội thảo về phát triển nông nghiệp Lào.\n\nHai Bộ trưởng cũng đã ký kết Bản thỏa thuận hợp tác giữa hai "
        "Bộ."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) >= {"person:le-van-hai", "person:khamla-vongsa"}
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) >= {"person:le-van-hai", "person:khamla-vongsa"}


def test_a_meal_that_follows_the_meeting_in_its_sentence_is_an_event_of_its_own() -> None:
    """`X held a Foreign Ministers' Meeting with Y, followed by a working lunch`, under a headline `Foreign Ministers'
    Meeting and Working Lunch`: the meeting and the lunch, two events of X and Y (the headline's lunch is the lunch)."""
    doc = run(
        "date 2020-01-07 Japan-Viet Nam Foreign Ministers' Meeting and Working Lunch\n\nOn Monday, January 6, Mr. "
        "Sato Kenji, Minister for Foreign Affairs of Japan, who is visiting Hanoi, held a Foreign Ministers' Meeting "
        "with H.E. Mr. Tran Van Lam, Deputy Prime Minister, followed by a working lunch for approximately 1 hour."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2
    for meeting in meetings:
        assert attendees(doc, meeting) == {"person:sato-kenji", "person:tran-van-lam"}


def test_talks_named_as_what_came_before_with_their_own_pair_are_another_meeting() -> None:
    """`X hosted a reception for the Governor of Rostov region on September 10`, then `following the talks between X
    and Speaker Z, …`: the earlier talks of X and Z are a meeting of their own, not the reception named again."""
    doc = run(
        "date 2024-09-11 Chairman of the National Assembly Tran Van Lam hosted a reception for the Governor of Rostov "
        "region on September 10.\n\nThe governor revealed that following the talks between Chairman Tran Van Lam and "
        "Speaker of the Federation Council Anna Petrova, the region had signed an agreement."
    )
    meetings = of_kind(doc, "meeting")
    assert sorted(sorted(attendees(doc, m)) for m in meetings) == [
        ["person:anna-petrova", "person:tran-van-lam"],
        ["person:tran-van-lam"],
    ]


def test_a_guest_received_from_abroad_is_on_a_visit() -> None:
    """`President X received Governor of … Y in Hanoi on May 5` in a story that speaks of a visit (`the governor's
    visit will …`), `Thủ tướng X tiếp ông Y`, `at a reception for governor Y`: the guest received travelled, a visit
    of his besides the reception; not an ambassador (who lives there), nor whom a host on a visit of his own receives
    where he is."""
    doc = run(
        "date 2023-05-06 President Tran Van Lam received Governor of Germany's State of Bavaria Karl Weber in Hanoi on "
        "May 5.\n\nLam said he believes the governor's visit will deepen the ties between the two sides."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:karl-weber"} and visit["properties"]["date"] == "2023-05-05"
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:karl-weber"}
    doc = run(
        "date 2023-05-06 President Tran Van Lam received Ambassador of Germany Karl Weber in Hanoi on May 5, on the "
        "eve of the visit of Chancellor Anna Berg."
    )
    assert not [v for v in of_kind(doc, "visit") if "person:karl-weber" in attendees(doc, v)]
    doc = run(
        "date 2023-05-06 During his official visit to Japan, Prime Minister Tran Van Lam received Governor of Aichi "
        "Prefecture Sato Kenji in Nagoya on May 5."
    )
    assert {frozenset(attendees(doc, v)) for v in of_kind(doc, "visit")} == {frozenset({"person:tran-van-lam"})}


def test_a_pronoun_opening_a_meeting_s_sentence_is_the_subject_before() -> None:
    """`X … asked Y's province to …`, then `He made the suggestions at a meeting with Z`: X met Z (the subject of the
    sentence before, or its speaker, `…, said Governor X`); not whom that sentence names after its verb."""
    doc = run(
        "Tran Van Lam, permanent member of the Party Central Committee's Secretariat, on August 22 asked China's "
        "Hunan province to step up cooperation with Vietnamese localities in trade and tourism.\n\nHe made the "
        "suggestions at a meeting with Wang Xiaoming, Secretary of the Hunan Provincial Committee, in Changsha."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:wang-xiaoming"}
    doc = run(
        "Trade between the two states can double, said Governor of Ohio Jack Miller.\n\nHe made the statement at a "
        "meeting with visiting Deputy Minister Tran Van Lam."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:jack-miller", "person:tran-van-lam"}
    doc = run(
        "Minister Jack Miller called on Deputy Minister Tran Van Lam in Hanoi.\n\nHe also met with Chairman Le Van "
        "Hai of the Chamber of Commerce."
    )
    assert "person:tran-van-lam" not in attendees(doc, of_kind(doc, "meeting")[-1])


def test_an_event_of_the_lead_is_on_the_day_the_lead_gives_one_of_its_people() -> None:
    """`X … on August 22 asked Y's province to …`, then `He made the suggestions at a meeting with Z`: the meeting
    the lead tells without a day is on the day the lead gives X (not undated)."""
    doc = run(
        "Tran Van Lam, permanent member of the Party Central Committee's Secretariat, on August 22 asked China's "
        "Hunan province to step up cooperation with Vietnamese localities in trade and tourism.\n\nHe made the "
        "suggestions at a meeting with Wang Xiaoming, Secretary of the Hunan Provincial Committee, in Changsha."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:wang-xiaoming"}
    assert (meeting["properties"].get("date") or "")[4:] == "-08-22"


def test_an_undated_event_of_the_lead_is_in_the_page_s_month() -> None:
    """A wire story dated by its page (`date 2019-11-28`) whose lead says no day (`BUSAN, VNA – X and his counterpart
    Y have discussed …`, `During their meeting in Busan …`): the meeting is in the page's month."""
    doc = run(
        "date 2019-11-28 OSAKA, VNA – Minister of Industry and Trade Tran Van Lam and his Japanese counterpart Sato "
        "Kenji have discussed measures to bolster trade between the two countries.\n\nDuring their meeting in Osaka "
        "on the sidelines of the regional summit, the two sides sought ways to deal with issues in various fields."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}
    assert (meeting["properties"].get("date") or "")[:7] == "2019-11"


def test_who_attended_the_event_told_before() -> None:
    """`Leaders of A and B on December 28 signed a MoU …`, then `Minister X attended the online event`: X attended
    the signing (`event` names no kind of its own)."""
    doc = run(
        "date 2021-12-29 Leaders of Dong Thap province and the Lao province of Salavan on December 28 signed a "
        "Memorandum of Understanding on cooperation.\n\nLao Deputy Minister of Home Affairs Khamla Sisouk attended "
        "the online event."
    )
    [signing] = of_kind(doc, "signing")
    assert "person:khamla-sisouk" in attendees(doc, signing)
    assert signing["properties"]["date"] == "2021-12-28"


def test_a_reception_of_several_told_as_several_is_a_meeting_with_each() -> None:
    """`X received Governor A, Governor B and Governor C`, then `At the meetings, …`; `Bộ trưởng X đã lần lượt tiếp A,
    B`: one meeting with each guest (one guest and no plural: one meeting)."""
    doc = run(
        "date 2023-05-06 On May 5, Prime Minister Tran Van Lam received Governor of Aichi Prefecture Sato Kenji, "
        "Governor of Osaka Prefecture Tanaka Hiroshi and Governor of Kyoto Prefecture Suzuki Ichiro.\n\nAt the "
        "meetings, Lam said Vietnam wants closer ties with Japanese localities."
    )
    meetings = of_kind(doc, "meeting")
    assert {frozenset(attendees(doc, m)) for m in meetings} == {
        frozenset({"person:tran-van-lam", guest})
        for guest in ("person:sato-kenji", "person:tanaka-hiroshi", "person:suzuki-ichiro")
    }
    doc = run(
        "Ngày 5/5, Bộ trưởng Lê Văn Hải đã lần lượt tiếp Thống đốc tỉnh Aichi Sato Kenji và Thống đốc tỉnh Osaka "
        "Tanaka Hiroshi."
    )
    assert len(of_kind(doc, "meeting")) == 2
    doc = run(
        "date 2023-05-06 On May 5, Prime Minister Tran Van Lam received Governor of Aichi Prefecture Sato Kenji and "
        "his deputy Tanaka Hiroshi.\n\nAt the meeting, Lam said Vietnam wants closer ties with Aichi."
    )
    assert len(of_kind(doc, "meeting")) == 1


def test_whom_a_travelling_host_receives_is_not_on_a_visit() -> None:
    """`On May 5, within the framework of a business trip to attend the summit in Tokyo, Prime Minister X received
    Governor Y`: X travels (whether or not his trip is read as a visit), Y is of the place: no visit of Y."""
    doc = run(
        "date 2023-05-06 On May 5, within the framework of a business trip to attend the summit in Tokyo, Prime "
        "Minister Tran Van Lam received Governor of Aichi Prefecture Sato Kenji.\n\nLam said his visit will deepen "
        "the ties between the two countries."
    )
    assert not [v for v in of_kind(doc, "visit") if "person:sato-kenji" in attendees(doc, v)]
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:sato-kenji"}


def test_working_sessions_with_several_bodies_are_one_meeting_each() -> None:
    """`Mr. X and the delegation held working sessions with the A and B`: a meeting with each body (its side present
    through it), besides the talks told before."""
    doc = run(
        "date 2018-11-28 Minister of Finance Tran Van Lam and his Lao counterpart Somsak Vongkham held talks in "
        "Vientiane on November 27.\n\nWithin the visit, Mr. Lam and the Vietnamese delegation held working sessions "
        "with the Ministry of Industry and Commerce of Laos and the Bank of the Lao PDR."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 3
    bodies = [attendees(doc, m, "PARTICIPATED_IN") for m in meetings if attendees(doc, m) == {"person:tran-van-lam"}]
    assert len(bodies) == 2 and bodies[0] != bodies[1]


def test_a_conference_its_sentence_tells_held_is_an_event() -> None:
    """`Hue (VNA) – An investment promotion conference themed "…" to boost … was held in Hue on November 17`, `Hội
    nghị xúc tiến đầu tư … đã diễn ra tại …`: the conference heads the sentence that tells it held (and a
    conference only named, `a conference will be held`, is none)."""
    doc = run(
        "date 2023-11-18 Hue (VNA) – An investment promotion conference themed “Vietnam and Japan together” to boost "
        "cooperation between Hue and Japan’s Aomori prefecture was held in Hue on November 17.\n\nAt the conference, "
        "Chairman of the Hue People's Committee Tran Van Lam called for more Japanese investment."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {"person:tran-van-lam"}
    assert conference["properties"]["date"] == "2023-11-17"
    doc = run(
        "Ngày 17/11/2023, Hội nghị xúc tiến đầu tư vào tỉnh Nghệ An năm 2023 với sự tham gia của doanh nghiệp Nhật "
        "Bản đã diễn ra tại TP Vinh.\n\nTại hội nghị, Chủ tịch UBND tỉnh Lê Văn Hải đề nghị các doanh nghiệp đầu tư."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {"person:le-van-hai"} and conference["properties"]["date"] == "2023-11-17"


def test_a_meeting_of_provinces_is_attended_by_whom_the_story_then_quotes() -> None:
    """`The province of A and the Lao province of B agreed to … during a meeting between their leaders on January
    5`, then `X, Chairman of …, spoke highly of …`, `Y, Governor of B, said …`, `At the meeting, …`: the meeting is
    X's and Y's (the speakers after its first sentence, though the story names it again later)."""
    doc = run(
        "date 2023-01-06 The province of Bac Lieu and the Lao province of Salavan agreed to step up cooperation "
        "during a meeting between their leaders in Bac Lieu on January 5.\n\nTran Van Lam, Chairman of the "
        "People's Committee of Bac Lieu, spoke highly of Salavan's growth.\n\nThe two provinces signed an agreement "
        "on cooperation in 2014.\n\nKhamla Sisouk, Governor of Salavan province, said the visit aimed to learn local "
        "experiences.\n\nAt the meeting, both sides shared the view that there remains much room for cooperation."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:khamla-sisouk"}
    assert meeting["properties"]["date"] == "2023-01-05"


def test_a_signing_a_period_is_counted_from_is_no_event() -> None:
    """`reviewed the progress … since the signing of the Letter of Intent … in 2015`, `kể từ khi ký Bản ghi nhớ`: the
    signing is what a period is counted from, not a signing the story tells."""
    doc = run(
        "date 2022-11-15 At the meeting, Minister Tran Van Lam and Governor Anna Berg reviewed the progress in the "
        "relations since the signing of the Letter of Intent on Cooperation between the two sides in 2015."
    )
    assert not of_kind(doc, "signing")
    doc = run(
        "Ngày 14/11/2022, Bộ trưởng Lê Văn Hải tiếp Thống đốc Anna Berg. Hai bên đánh giá kết quả hợp tác kể từ khi "
        "ký Bản ghi nhớ năm 2015."
    )
    assert not of_kind(doc, "signing")


def test_a_ceremony_one_attends_is_an_event_of_its_own() -> None:
    """`The same day, President X attended a ceremony to mark …`, `Bộ trưởng X gặp Y và dự lễ trao tặng Huân chương
    …`: the ceremony is an event besides the meeting told before (or in the same sentence)."""
    doc = run(
        "date 2023-05-11 President Tran Van Lam met with Governor of Moscow province Ivan Petrov on May 10 in "
        "Moscow.\n\nThe same day, President Lam attended a ceremony to mark the 10 millionth tonne of oil tapped by "
        "a joint venture."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:ivan-petrov"}
    [ceremony] = of_kind(doc, "conference")
    assert attendees(doc, ceremony) == {"person:tran-van-lam"} and ceremony["properties"]["date"] == "2023-05-10"
    doc = run(
        "Ngày 5/8/2021, Bộ trưởng Bộ Công an Lê Văn Hải gặp Bộ trưởng Bộ An ninh Lào Khamla Sisouk và dự lễ trao tặng "
        "Huân chương của Bộ An ninh Lào."
    )
    assert len(of_kind(doc, "conference")) == 1 and len(of_kind(doc, "meeting")) == 1


def test_a_meal_the_two_leaders_attended_is_the_lead_pair_s() -> None:
    """`The two leaders and their delegations then attended lunch which was hosted by X`: a meal of its own (besides
    the talks), attended by the pair the lead names though no sentence just before names them."""
    doc = run(
        "March 21 — Prime Minister Ahmad Karim and his Vietnamese counterpart Tran Van Lam today held talks in "
        "Hanoi.\n\nThey discussed trade and investment.\n\nBoth sides agreed to boost cooperation in energy.\n\nThe "
        "two leaders and their delegations then attended lunch which was hosted by Lam at Government Office.",
        date="2022-03-21",
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2
    assert all(attendees(doc, m) == {"person:ahmad-karim", "person:tran-van-lam"} for m in meetings)


def test_a_visit_whose_relative_clause_follows_no_person_is_no_one_s() -> None:
    """`Ahmad Karim, who is on a two-day official visit to Vietnam, was greeted by Lam`: the visit is whom the clause
    follows, never the host the sentence names after it (when that name is not read as a person, no visit)."""
    doc = run(
        "March 21 — Prime Minister Datuk Seri Ahmad Karim Yusof and his Vietnamese counterpart Tran Van Lam today "
        "held talks in Hanoi.\n\nAhmad Karim, who is on a two-day official visit to Vietnam, was given a red carpet "
        "welcome at the Presidential Palace where he was greeted on arrival by Lam.",
        date="2022-03-21",
    )
    assert not [v for v in of_kind(doc, "visit") if "person:tran-van-lam" in attendees(doc, v)]


def test_calls_paid_passive_receptions_and_phone_calls_are_meetings() -> None:
    """`X called on Prime Minister Y at …` (not `called on investors to …`), `sat down with`, `was received by`, `A and
    B spoke by phone`, `Bộ trưởng X đã được Thủ tướng Y tiếp tại Tokyo`: a meeting of the two."""
    pair = {"person:sato-kenji", "person:tran-van-lam"}
    for sentence in (
        "Governor of Aichi Prefecture Sato Kenji called on Prime Minister Tran Van Lam at the Government Office in "
        "Hanoi on May 5.",
        "Prime Minister Tran Van Lam sat down with Japanese Prime Minister Sato Kenji in Hanoi on May 5.",
        "Prime Minister Tran Van Lam was received by Japanese Prime Minister Sato Kenji in Tokyo on May 5.",
        "Prime Minister Tran Van Lam and Japanese Prime Minister Sato Kenji spoke by phone on May 5.",
    ):
        [meeting] = events(run(sentence, date="2023-05-09"))
        assert attendees(run(sentence, date="2023-05-09"), meeting) == pair
        assert meeting["properties"]["date"] == "2023-05-05"
    doc = run("Chiều 5/5, Bộ trưởng Lê Văn Hải đã được Thủ tướng Nhật Bản Sato Kenji tiếp tại Tokyo.")
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:sato-kenji"}
    doc = run("Prime Minister Tran Van Lam called on Japanese Governor Sato Kenji to expand investment in Vietnam.")
    assert not events(doc)
    doc = run("Thủ tướng Lê Văn Hải cho biết giai đoạn tiếp theo sẽ được Chính phủ tiếp tục chỉ đạo.")
    assert not events(doc)


def test_whoever_invited_is_not_on_the_visit() -> None:
    """`At the invitation of Prime Minister X, Y paid an official visit …`, `Nhận lời mời của X, Y thăm chính thức …`:
    the visit is Y's; X invited (wherever the clause stands)."""
    doc = run(
        "At the invitation of Japanese Prime Minister Sato Kenji, Vietnamese Prime Minister Tran Van Lam paid an "
        "official visit to Japan from May 4 to 6.",
        date="2023-05-09",
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "Nhận lời mời của Thủ tướng Nhật Bản Sato Kenji, Thủ tướng Lê Văn Hải thăm chính thức Nhật Bản từ ngày 4 đến "
        "6/5/2023."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-hai"}


def test_a_welcome_ceremony_is_not_the_talks_of_its_day() -> None:
    """`Prior to the talks, X hosted an official welcome ceremony for Y`, `Sau lễ đón, X đã có cuộc gặp với Y`: the
    welcome ceremony and the talks are two events (as a banquet and the talks are)."""
    doc = run(
        "President Tran Van Lam held talks with visiting Indonesian President Budi Santoso in Hanoi on November 12."
        "\n\nPrior to the talks, President Tran Van Lam hosted an official welcome ceremony for President Budi "
        "Santoso at the Presidential Palace.",
        date="2024-11-13",
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2 and len({m["id"] for m in meetings}) == 2
    assert all(attendees(doc, m) == {"person:tran-van-lam", "person:budi-santoso"} for m in meetings)


def test_a_royal_audience_after_arrival_is_a_meeting_of_its_own_on_that_day() -> None:
    """`Prime Minister X arrived in Phnom Penh yesterday afternoon …`, then `After arrival, the delegation was
    received in a royal audience by His Majesty Z`: a meeting with Z (told with whom, in the passive) on the day of
    the arrival, not the talks with Y told first."""
    doc = run(
        "date 2017-04-25 Prime Minister Hun Sen held official talks with his visiting Vietnamese counterpart Nguyen "
        "Van Nam at the Peace Palace this morning.\n\nThe high-level Vietnamese delegation led by Prime Minister "
        "Nguyen Van Nam arrived in Phnom Penh yesterday afternoon for a three-day official visit.\n\nAfter arrival, "
        "the delegation was received in a royal audience by His Majesty Norodom Sihamoni, King of Cambodia."
    )
    meetings = {frozenset(attendees(doc, m)): m["properties"]["date"] for m in of_kind(doc, "meeting")}
    assert meetings == {
        frozenset({"person:hun-sen", "person:nguyen-van-nam"}): "2017-04-25",
        frozenset({"person:norodom-sihamoni", "person:nguyen-van-nam"}): "2017-04-24",
    }


def test_one_visitor_s_visit_told_days_apart_is_one_visit() -> None:
    """`… with his visiting Vietnamese counterpart X this morning`, then `X arrived yesterday for a three-day official
    visit`: one visit of X (from its earliest day), not two."""
    doc = run(
        "date 2017-04-25 Prime Minister Hun Sen held official talks with his visiting Vietnamese counterpart Nguyen "
        "Van Nam at the Peace Palace this morning.\n\nThe high-level Vietnamese delegation led by Prime Minister "
        "Nguyen Van Nam arrived in Phnom Penh yesterday afternoon for a three-day official visit."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:nguyen-van-nam"} and visit["properties"]["date"] == "2017-04-24"


def test_talks_and_a_dinner_with_someone_are_two_events() -> None:
    """`X held bilateral talks and a working-level dinner with Y`: the dinner with Y is an event besides the talks;
    `will host a dinner reception in honour of Y` is still ahead (none)."""
    doc = run(
        "date 2024-04-16 Minister Kim Min-soo held bilateral talks and a working-level dinner with Vietnamese Deputy "
        "Prime Minister Tran Van Lam in Hanoi on April 15."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2 and len({m["id"] for m in meetings}) == 2
    assert all(attendees(doc, m) == {"person:kim-min-soo", "person:tran-van-lam"} for m in meetings)
    doc = run(
        "date 2024-04-16 Minister Kim Min-soo held talks with Deputy Prime Minister Tran Van Lam on April 15.\n\nThis "
        "evening, Minister Kim Min-soo will host a dinner reception in honour of Deputy Prime Minister Tran Van Lam."
    )
    assert len(of_kind(doc, "meeting")) == 1


def test_a_conference_carried_out_is_held() -> None:
    """`Thứ trưởng X đã tiến hành hội nghị trực tuyến với Thứ trưởng Y`: a conference carried out (`tiến hành`) is
    held, as `tổ chức` says."""
    doc = run(
        "Ngày 16/7/2021, tại Trụ sở Bộ Ngoại giao, Thứ trưởng Bộ Ngoại giao Lê Văn Hải đã tiến hành hội nghị trực "
        "tuyến với Thứ trưởng Bộ Ngoại giao Lào Khamla Sisouk."
    )
    [conference] = events(doc)
    assert "person:le-van-hai" in attendees(doc, conference)
    assert conference["properties"]["date"] == "2021-07-16"


def test_a_delegation_going_over_to_greet_is_a_visit() -> None:
    """`Nhận lời mời của lãnh đạo tỉnh A, chiều 10.4, Phó Chủ tịch UBND tỉnh X làm trưởng đoàn … sang chúc mừng Tết
    … tại tỉnh A`: X's visit (a holiday greeting across the border), on its day."""
    doc = run(
        "Nhận lời mời của lãnh đạo tỉnh Savannakhet, chiều 10/4/2019, Phó Chủ tịch UBND tỉnh Lê Văn Hải làm trưởng "
        "đoàn, cùng đoàn lãnh đạo tỉnh Quảng Trị sang chúc mừng Tết cổ truyền Bunpimay tại tỉnh Savannakhet, Lào."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-hai"} and visit["properties"]["date"] == "2019-04-10"


def test_a_one_sided_meeting_is_attended_by_whom_the_story_then_quotes() -> None:
    """`The delegation, led by X, worked with the Normandy Regional Council …`, then `Y, Chairman of the Normandy
    Regional Council, highlighted …`: the meeting told with one side named is attended by the officials quoted after
    it (the other side), up to two."""
    doc = run(
        "date 2023-12-12 The delegation, led by Secretary of the Vinh Phuc provincial Party Committee Tran Van Lam, "
        "worked with the Normandy Regional Council in Rouen on December 11.\n\nThe Vinh Phuc representatives called "
        "for investment in mechanical manufacturing.\n\nPresident of the Normandy Regional Council Pierre Martin "
        "highlighted the sound friendship between Vietnam and France."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:pierre-martin"}


def test_an_event_of_bodies_is_attended_by_whom_a_quote_is_said_by() -> None:
    """`Ohio has signed a Memorandum of Understanding with the provincial leaders of Vietnam …`, then `"I'm pleased to
    announce this MOU today," said Governor X.`: the speaker named after the verb attended (as one named before it)."""
    doc = run(
        "date 2017-09-20 Ohio has signed a Memorandum of Understanding with the provincial leaders of Vietnam to "
        "foster trade.\n\n“I’m pleased to announce this MOU today, a signal of our partnership,” said Governor Jack "
        "Miller."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:jack-miller"}


def test_a_weekday_or_yesterday_counts_from_the_page_s_date_line() -> None:
    """A page with no date of its own but a date line at its top (`Wednesday, 15 November 2023`, `Posted: Nov 15,
    2023`): `on Tuesday` is the day before, and `Chiều qua` (yesterday afternoon) under `Thứ Tư, 15/11/2023 10:25`
    too."""
    for line in ("Wednesday, 15 November 2023", "Posted: Nov 15, 2023", "Updated 15 November 2023"):
        doc = run(f"{line}\n\nPrime Minister Tran Van Lam met Japanese Prime Minister Sato Kenji in Tokyo on Tuesday.")
        [meeting] = events(doc)
        assert meeting["properties"]["date"] == "2023-11-14"
    doc = run("Thứ Tư, 15/11/2023 10:25\n\nChiều qua, Thủ tướng Lê Văn Hải đã tiếp Đại sứ Nhật Bản Sato Kenji.")
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2023-11-14"


def test_leaders_whose_agreements_are_implemented_or_who_are_accompanied_are_only_named() -> None:
    """`asked him to help implement agreements reached by General Secretary A and Prime Minister B`, `Y, who is
    accompanying Prime Minister B on his visit`, `thực hiện nhận thức chung giữa Tổng Bí thư A và …`: A and B are
    named, not at the meeting."""
    pair = {"person:tran-van-lam", "person:sato-kenji"}
    for text in (
        "Prime Minister Tran Van Lam met Japanese Foreign Minister Sato Kenji in Hanoi on May 5 and asked him to "
        "help implement agreements reached by General Secretary Le Van Hai and Prime Minister Kishida Ryo.",
        "Prime Minister Tran Van Lam on May 5 held talks with Japanese Foreign Minister Sato Kenji, who is "
        "accompanying Prime Minister Kishida Ryo on his visit.",
    ):
        doc = run(text, date="2023-05-06")
        [meeting] = events(doc)
        assert attendees(doc, meeting) == pair
    doc = run(
        "Ngày 5/5/2023, Thủ tướng Lê Văn Hải tiếp Bộ trưởng Ngoại giao Lào Khamla Sisouk, đề nghị hai bên thực hiện "
        "nhận thức chung giữa Tổng Bí thư Nguyễn Văn Nam và Tổng Bí thư Somsak Vongkham."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:khamla-sisouk"}


def test_a_later_meeting_word_with_its_own_subject_is_that_subject_s() -> None:
    """`X met Minister Y in Hanoi on May 5, a day after Y met President Z`: the second meeting is Y's and Z's (the
    subject named right before its word), not X's."""
    doc = run(
        "Prime Minister Tran Van Lam met Japanese Foreign Minister Sato Kenji in Hanoi on May 5, a day after Sato "
        "Kenji met President Le Van Hai.",
        date="2023-05-06",
    )
    assert {frozenset(attendees(doc, m)) for m in of_kind(doc, "meeting")} == {
        frozenset({"person:tran-van-lam", "person:sato-kenji"}),
        frozenset({"person:sato-kenji", "person:le-van-hai"}),
    }


def test_a_conference_one_travels_to_attend_is_attended_one_still_ahead_is_not() -> None:
    """`Vice President X also led a group of business people to attend the Thailand-Vietnam Business Forum`: X
    attended the forum (the infinitive of purpose); `the delegation is set to attend the first … Forum next year`,
    `will attend`: still ahead."""
    doc = run(
        "date 2022-06-27 During this visit to Thailand, Vice President Tran Thi Lan also led a group of Vietnamese "
        "business people to attend the Thailand-Vietnam Business Forum in Bangkok."
    )
    [forum] = of_kind(doc, "conference")
    assert attendees(doc, forum) == {"person:tran-thi-lan"}
    doc = run(
        "date 2018-12-04 Deputy Minister Tran Van Lam said the Vietnamese delegation is set to attend the first Rural "
        "Revitalization International Forum next year."
    )
    assert not of_kind(doc, "conference")


def test_a_discussion_between_two_people_is_their_meeting() -> None:
    """`The issue was raised for discussion on 24 June 2022 between Prime Minister A and Mrs. B, Vice President of …`:
    A and B met that day; `discussion` of a topic (`for further discussion`) is none."""
    doc = run(
        "date 2022-06-27 The issue was raised for discussion on 24 June 2022 between Prime Minister Somsak Vongkham "
        "and Mrs. Tran Thi Lan, Vice President of Vietnam."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:somsak-vongkham", "person:tran-thi-lan"}
    assert meeting["properties"]["date"] == "2022-06-24"
    doc = run("date 2022-06-27 Prime Minister Somsak Vongkham said the draft law is open for further discussion.")
    assert not events(doc)


def test_talks_whose_outcome_is_reported_are_held_before_with_their_own_sides() -> None:
    """`Minister X briefed his host on the outcome of talks with Việt Nam's Ministry of …` (X's talks), `Y lauded the
    outcomes of the talks between A and B` (A's and B's), `theo kết quả hội đàm giữa ông A và ông B`: talks of their
    own, not the reception the sentence is told at."""
    doc = run(
        "date 2023-03-05 Prime Minister Tran Van Lam on Saturday received Lao Minister of Planning and Investment "
        "Khamla Sisouk in Hanoi.\n\nMinister Khamla Sisouk briefed his host on the outcome of talks with Việt Nam's "
        "Ministry of Planning and Investment.\n\nLam lauded the outcomes of the talks between Minister Khamla Sisouk "
        "and Minister of Public Security Le Van Hai."
    )
    meetings = {frozenset(attendees(doc, m)) for m in of_kind(doc, "meeting")}
    assert frozenset({"person:tran-van-lam", "person:khamla-sisouk"}) in meetings
    assert frozenset({"person:khamla-sisouk"}) in meetings
    assert frozenset({"person:khamla-sisouk", "person:le-van-hai"}) in meetings


def test_a_visit_welcomed_with_a_long_subject_is_not_the_welcomer_s() -> None:
    """`Chào mừng đoàn công tác của TP Hà Nội đến thăm và làm việc với tỉnh Aichi, ông X, Thống đốc tỉnh Aichi, bày tỏ
    …`: the visit welcomed is the delegation's, not X's (who welcomes it), however many words name the delegation."""
    doc = run(
        "Ngày 27/9/2025, Phó Chủ tịch UBND TP Hà Nội Lê Văn Hải đã có buổi làm việc với ông Sato Kenji, Thống đốc tỉnh "
        "Aichi.\n\nChào mừng đoàn công tác của TP Hà Nội đến thăm và làm việc với tỉnh Aichi, ông Sato Kenji, Thống "
        "đốc tỉnh Aichi, bày tỏ sự cảm ơn sâu sắc."
    )
    assert not [v for v in of_kind(doc, "visit") if "person:sato-kenji" in attendees(doc, v)]


def test_today_s_meeting_named_again_is_the_meeting_told() -> None:
    """`Sáng ngày 27/9, X đã có buổi làm việc với Y`, then in a quote on a page of 28/9 `buổi gặp mặt hôm nay …`, `Cuộc
    họp này bắt đầu vào năm 2014`: the meeting told, named again, not another meeting on the page's day (or in 2014)."""
    doc = run(
        "date 2025-09-28 Sáng ngày 27/9, Phó Chủ tịch UBND TPHCM Lê Văn Hải đã có buổi làm việc với ông Sato Kenji, "
        "Thống đốc tỉnh Yamaguchi.\n\nÔng Lê Văn Hải khẳng định, buổi gặp mặt hôm nay tiếp nối tình cảm đã có giữa "
        "hai địa phương.\n\nCuộc họp này bắt đầu vào năm 2014 và là lần thứ sáu được tổ chức."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:sato-kenji"}
    assert meeting["properties"]["date"] == "2025-09-27"


def test_a_trip_told_by_its_travel_verb_or_its_length_is_a_visit() -> None:
    """`X flew to Hanoi on May 4 for talks with Y`, `traveled to`, `arrived in`: X's visit, and the talks it was for
    an event too; `X is in Hanoi for a two-day visit`: X's visit."""
    doc = run(
        "Japanese Prime Minister Sato Kenji flew to Hanoi on May 4 for talks with Prime Minister Tran Van Lam.",
        date="2023-05-07",
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:sato-kenji"} and visit["properties"]["date"] == "2023-05-04"
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:sato-kenji", "person:tran-van-lam"}
    doc = run("Japanese Prime Minister Sato Kenji is in Hanoi for a two-day visit.", date="2023-05-07")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:sato-kenji"}


def test_a_courtesy_visit_and_an_audience_in_vietnamese_are_meetings() -> None:
    """`Đại sứ X đã thăm xã giao Bộ trưởng Y` (a courtesy call), `Bộ trưởng Y đã tiếp kiến Thủ tướng X` (an audience):
    a meeting of the two, not a visit."""
    for text in (
        "Chiều 5/5/2023, Đại sứ Nhật Bản Sato Kenji đã thăm xã giao Bộ trưởng Lê Văn Hải.",
        "Chiều 5/5/2023, Bộ trưởng Lê Văn Hải đã tiếp kiến Thủ tướng Nhật Bản Sato Kenji.",
    ):
        doc = run(text)
        [meeting] = events(doc)
        assert meeting["properties"]["kind"] == "meeting"
        assert attendees(doc, meeting) == {"person:le-van-hai", "person:sato-kenji"}


def test_the_i_spelling_of_ky_is_a_signing_too() -> None:
    """`đã kí kết`, `lễ kí kết`: the older orthography some outlets keep signs as `ký` does."""
    doc = run(
        "Ngày 5/8, tại Hà Nội, Thứ trưởng Bộ Công Thương Nguyễn Văn An và Thứ trưởng Bộ Thương mại Lào Khampheng "
        "Saysompheng đã kí kết Biên bản ghi nhớ về hợp tác thương mại biên giới."
    )
    assert of_kind(doc, "signing")


def test_a_pair_that_discussed_anywhere_in_the_article_met() -> None:
    """After the lead (which `_PAIR_TALK` reads on its own), a sentence with no event word whose subject is two people joined by `and` and whose
    verb is what a pair does together (`Ambassador A and Admiral B discussed …`, `A và B đã thảo luận …`) tells their
    meeting, another than the one told before; a pair named after someone's speech verb is no subject."""
    doc = run(
        "date 2024-03-12 Ambassador Tran Van Lam attended a reception hosted by Governor David Kalani on March 10.\n\n"
        "The governor praised the community's contributions.\n\nHe recalled the arrival of the first Vietnamese ship.\n\n"
        "The guests enjoyed Hawaiian music.\n\nAmbassador Lam and Admiral Peter Grant discussed military cooperation between the two countries."
    )
    assert any(attendees(doc, m) == {"person:tran-van-lam", "person:peter-grant"} for m in of_kind(doc, "meeting"))
    doc = run(
        "date 2024-03-12 Ambassador Tran Van Lam attended a reception hosted by Governor David Kalani on March 10.\n\n"
        "The governor praised the community's contributions.\n\nHe recalled the arrival of the first Vietnamese ship.\n\n"
        "The guests enjoyed Hawaiian music.\n\nLam said Admiral Peter Grant and General Mark Dunn discussed the exercise last year."
    )
    assert not any("person:peter-grant" in attendees(doc, m) for m in events(doc))
    doc = run(
        "Sáng 5/5/2023, Bộ trưởng Lê Văn Hải tiếp Đại sứ Nhật Bản Sato Kenji.\n\n"
        "Đại sứ cảm ơn sự hỗ trợ của Bộ.\n\nHai bên điểm lại kết quả hợp tác.\n\nĐại sứ mời Bộ trưởng sang Nhật Bản.\n\n"
        "Thứ trưởng Nguyễn Văn An và Thứ trưởng Bộ Tài chính Lào Khampheng Saysompheng đã thảo luận về hợp tác hải quan."
    )
    assert any(
        attendees(doc, m) == {"person:nguyen-van-an", "person:khampheng-saysompheng"} for m in of_kind(doc, "meeting")
    )


def test_a_visit_joined_to_an_irregular_past_verb_is_made() -> None:
    """`X visited and held a working session with leaders of …` (`held`, `met`, `had`: past verbs without `-ed`) tells
    the visit as made, as `visited and worked with …` does, though no name follows `visited`."""
    doc = run(
        "date 2024-05-06 A delegation from the US state of Oregon, led by Mayor Anna Berg, visited and held a working "
        "session with leaders of Long An province on May 5."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:anna-berg"} and visit["properties"]["date"] == "2024-05-05"
    doc = run("date 2024-05-06 Governor Paul Reyes visited and met business leaders of Binh Duong province on May 4.")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:paul-reyes"}


def test_a_visit_concluded_in_a_relative_clause_is_the_occasion_of_the_meeting() -> None:
    """`X, who concluded a three-day working visit to Chile on Tuesday, also met with A, …, and B, …`: the visit is
    told by the way (as `who is on a visit to …`), the meeting with A and B is what the sentence tells."""
    doc = run(
        "date 2024-05-09 Deputy Minister Tran Van Lam held talks with Minister Jorge Alba in Santiago on May 6.\n\n"
        "Deputy Minister Tran Van Lam, who concluded a three-day working visit to Chile on Tuesday, also met with Rosa Vidal, Director of the "
        "Customs Service, and Pablo Mena, Deputy Minister of Finance."
    )
    meetings = of_kind(doc, "meeting")
    assert {"person:rosa-vidal", "person:pablo-mena", "person:tran-van-lam"} in [attendees(doc, m) for m in meetings]
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}


def test_who_thanks_for_the_welcome_was_the_guest_of_the_meeting_told_before() -> None:
    """`Tại buổi tiếp, Bộ trưởng X …`, then `Thứ trưởng Y cảm ơn sự đón tiếp nồng hậu của …` (`Y thanked … for the warm
    welcome`): Y was the guest of that meeting, though no sentence names the two together."""
    doc = run(
        "Sáng 5/5/2023, tại Hà Nội, Bộ trưởng Lê Văn Hải đã có buổi tiếp.\n\n"
        "Tại buổi tiếp, Bộ trưởng Lê Văn Hải đề nghị hai bên thúc đẩy hợp tác thương mại.\n\n"
        "Bộ trưởng cũng đề nghị tăng cường giao lưu nhân dân.\n\n"
        "Thứ trưởng Ngoại giao Nhật Bản Sato Kenji cảm ơn sự đón tiếp nồng hậu của Bộ Công Thương."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:sato-kenji"}
    doc = run(
        "date 2023-05-06 Minister Tran Van Lam hosted a working session in Hanoi on May 5.\n\n"
        "Lam briefed the guests on the investment climate.\n\n"
        "Governor Paul Reyes thanked the minister for the warm welcome and hospitality."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:paul-reyes"}


def test_talks_with_people_of_several_countries_are_one_each_and_he_is_the_subject_after_an_opening_phrase() -> None:
    """`He also held talks with Japan's Minister A, Singapore's Minister B, and Australia's Treasurer C`: bilateral
    talks, one with each country's guest; `He` is the subject of the sentence before, named after its opening phrase
    (`During the … Meeting held in Jakarta on May 4, Minister X met …`)."""
    doc = run(
        "date 2024-05-06 During the ASEAN Finance Ministers' Meeting held in Jakarta on May 4, Minister Tran Van Lam "
        "met with senior officials of the World Bank to advance cooperation.\n\n"
        "He also held talks with Japan's Minister of Finance Sato Kenji, Singapore's Minister for Finance Lee Wei "
        "Ming, and Australia's Treasurer Mark Dunn."
    )
    met = [attendees(doc, m) for m in of_kind(doc, "meeting")]
    for guest in ("person:sato-kenji", "person:lee-wei-ming", "person:mark-dunn"):
        assert {"person:tran-van-lam", guest} in met


def test_a_conversation_told_with_its_verb_is_a_meeting() -> None:
    """`A spoke with Prime Minister B by phone`, `A exchanged views with B`, `A and B talked on the phone`: a meeting
    of the two (a call is one); `spoke with Reuters`, `exchanged views with Japanese businesses`: no one met."""
    for text in (
        "date 2024-05-07 Prime Minister Tran Van Lam spoke with Thai Prime Minister Arthit Chanrai by phone on May 4.",
        "date 2024-05-07 Prime Minister Tran Van Lam exchanged views with Thai Prime Minister Arthit Chanrai on May 4.",
        "date 2024-05-07 Prime Minister Tran Van Lam and Thai Prime Minister Arthit Chanrai talked on the phone on "
        "May 4.",
    ):
        doc = run(text)
        [meeting] = events(doc)
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:arthit-chanrai"}, text
        assert meeting["properties"]["date"] == "2024-05-04"
    for text in (
        "date 2024-05-07 Prime Minister Tran Van Lam spoke with Reuters in an interview on May 4.",
        "date 2024-05-07 Minister Tran Van Lam exchanged views with Japanese businesses on May 4.",
    ):
        assert not events(run(text)), text


def test_calls_credentials_passive_receptions_and_separate_meetings_are_meetings() -> None:
    """`paid a farewell call on Y`, `presented his credentials to President Y`, `A was welcomed (hosted, greeted) by
    Y`: a meeting of the two; `met separately with A and B`: one meeting with each."""
    for text in (
        "date 2024-05-09 Ambassador Tran Van Lam paid a farewell call on Thai Prime Minister Arthit Chanrai in Bangkok on "
        "May 8.",
        "date 2024-05-09 Ambassador Tran Van Lam presented his credentials to President Arthit Chanrai on May 8.",
        "date 2024-05-09 Prime Minister Tran Van Lam was welcomed by Thai Prime Minister Arthit Chanrai in Bangkok on "
        "May 8.",
        "date 2024-05-09 Prime Minister Tran Van Lam was hosted by Thai Prime Minister Arthit Chanrai in Bangkok on May 8.",
    ):
        doc = run(text)
        [meeting] = events(doc)
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:arthit-chanrai"}, text
        assert meeting["properties"]["date"] == "2024-05-08"
    doc = run(
        "date 2024-05-09 Prime Minister Tran Van Lam met separately with Thai Prime Minister Arthit Chanrai and "
        "Korean Prime Minister Kim Min-soo in Tokyo on May 8."
    )
    assert sorted(sorted(attendees(doc, m)) for m in of_kind(doc, "meeting")) == [
        ["person:arthit-chanrai", "person:tran-van-lam"],
        ["person:kim-min-soo", "person:tran-van-lam"],
    ]


def test_a_guest_who_is_in_town_for_a_visit_makes_it_alone() -> None:
    """`Y received X, who is in Hanoi for a working visit, on May 8`: the visit is X's, the host only receives him."""
    doc = run(
        "date 2024-05-09 Prime Minister Tran Van Lam received Thai Foreign Minister Arthit Chanrai, who is in Hanoi for "
        "a working visit, on May 8."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:arthit-chanrai"}
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:arthit-chanrai"}


def test_vietnamese_bilateral_meetings_farewell_calls_and_contacts_are_meetings() -> None:
    """`gặp song phương Y` (a bilateral meeting), `chào từ biệt Y` (a farewell call), `có cuộc tiếp xúc với Y`: a
    meeting of the two."""
    for text in (
        "Chiều 8/5/2024, Thủ tướng Trần Văn Lâm đã gặp song phương Thủ tướng Thái Lan Arthit Chanrai.",
        "Chiều 8/5/2024, Đại sứ Thái Lan Arthit Chanrai đã chào từ biệt Thủ tướng Trần Văn Lâm.",
        "Chiều 8/5/2024, Thủ tướng Trần Văn Lâm đã có cuộc tiếp xúc với Thủ tướng Thái Lan Arthit Chanrai.",
    ):
        doc = run(text)
        [meeting] = events(doc)
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:arthit-chanrai"}, text


def test_the_two_pms_are_the_pair_the_article_is_about() -> None:
    """`the two PMs`, `both FMs`: the newsroom's abbreviations name the article's pair as `the two prime ministers`
    does, also in a sentence after the lead (a headline and a repeated lead push it there)."""
    doc = run(
        "date 2021-03-05 Thai PM visits Laos\n\nThai Prime Minister Arthit Chanrai on March 5 concluded a visit to Laos "
        "at the invitation of Prime Minister Somsak Vongkham.\n\nVientiane (KPL) – Thai Prime Minister Arthit Chanrai "
        "on March 5 concluded a visit to Laos at the invitation of Prime Minister Somsak Vongkham.\n\nWithin the "
        "framework of the trip from March 3-5, the two PMs co-chaired the 12th meeting of the Joint Committee.\n\n"
        "After the meeting, the two PMs witnessed the signing ceremony for cooperation documents."
    )
    pair = {"person:arthit-chanrai", "person:somsak-vongkham"}
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == pair
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == pair


def test_had_meetings_with_several_is_a_meeting_with_each() -> None:
    """`had meetings with Governor A and Mayor B`: one meeting with each, as `held meetings with` is."""
    doc = run(
        "date 2021-03-05 Ambassador Tran Van Lam paid a working trip to Lyon on March 4.\n\nDuring the trip, "
        "Ambassador Lam had meetings with Governor Jean Morel and Mayor Paul Girard."
    )
    meetings = of_kind(doc, "meeting")
    assert sorted(sorted(attendees(doc, m)) for m in meetings) == [
        ["person:jean-morel", "person:tran-van-lam"],
        ["person:paul-girard", "person:tran-van-lam"],
    ]


def test_a_visit_named_by_its_visitor_s_possessive_is_his() -> None:
    """`Omura’s visit will …`: a bare `visit` after a person's possessive is that person's visit (an event of its own
    besides the talks, on their day); not a title's (`the Thai Foreign Minister’s visit`, who may be the host named
    with that title before) nor one still planned (`Omura's planned visit`)."""
    doc = run(
        "date 2024-11-16 Minister Tran Van Lam held talks with Governor Omura Hideaki of Japan’s Aichi Prefecture in "
        "Hanoi on November 15.\n\nLam said Omura’s visit would deepen cooperation between the two sides."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:omura-hideaki"}
    assert visit["properties"]["date"] == "2024-11-15"
    planned = run(
        "date 2024-11-16 Minister Tran Van Lam held talks with Governor Omura Hideaki of Japan’s Aichi Prefecture in "
        "Hanoi on November 15.\n\nLam said Omura's planned visit would deepen cooperation between the two sides."
    )
    assert not of_kind(planned, "visit")
    titled = run(
        "date 2015-07-10 Foreign Minister Tran Van Lam held talks with his counterpart Somsak Vongkham on July 9.\n\n"
        "Foreign Minister Tran Van Lam: “I believe that the Lao Foreign Minister’s visit will boost bilateral ties.”"
    )
    assert not of_kind(titled, "visit")


def test_a_visit_told_in_a_month_alone_is_in_that_month() -> None:
    """`the partnership established in March during President X’s official visit to Laos`: the visit is of March,
    not of the day the article's meeting took place."""
    doc = run(
        "date 2025-10-22 Minister Tran Van Lam met with Minister Somsak Vongkham in Vientiane on October 21.\n\n"
        "During the meeting, both sides renewed their commitment to the partnership established in March during "
        "President Le Van Hai’s official visit to Laos."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-hai"}
    assert visit["properties"]["date"] == "2025-03"


def test_a_business_trip_or_a_study_tour_is_a_visit() -> None:
    """`during his business trip to Japan`, `took part in a study tour`: trips named as news names them are visits,
    the traveller's (the possessive's, not whom he met)."""
    doc = run(
        "date 2023-12-18 The governors expressed their honour to meet Prime Minister Tran Van Lam during his business "
        "trip to Japan, on December 17."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run(
        "date 2024-06-25 Deputy Minister Le Van Hai led a delegation on a study tour to Ireland from June 18 to 24."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-hai"}


def test_a_signing_told_by_the_year_and_by_the_day_is_one() -> None:
    """`A and B on May 8 signed a MoU …`, then `X expressed his pleasure when the MoU was successfully signed, especially
    in 2023`: the year holds the day, so one signing (on May 8), with both signers."""
    doc = run(
        "date 2023-05-09 The People’s Committee of Hai Duong Province and the city of Kofu on May 8 signed a "
        "Memorandum of Understanding on cooperation in agriculture.\n\nAddressing the signing ceremony, Chairman Tran "
        "Van Lam said the agreement will bring practical effects.\n\nMayor Sato Kenji expressed his pleasure when "
        "the MoU was successfully signed, especially in 2023."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2023-05-08"
    assert {"person:tran-van-lam", "person:sato-kenji"} <= attendees(doc, signing)


def test_working_towards_a_signing_is_no_signing() -> None:
    """`should work together towards the signing of a MoU`: a signing aimed at, not held."""
    doc = run(
        "date 2014-07-30 Foreign Minister Kim Jae-won held talks with Foreign Minister Tran Van Lam in Seoul on July 29."
        "\n\nThe two sides should work together towards the signing of a memorandum of understanding on labour, "
        "Kim added."
    )
    assert not of_kind(doc, "signing")


def test_a_visit_one_wishes_to_welcome_is_none() -> None:
    """`mong muốn sớm được đón Thủ tướng X sang thăm`, `hopes to welcome President X in …`: a wish, as an invitation
    is, not a visit (and not the speaker's)."""
    doc = run(
        "date 2014-02-11 Sáng 10/2, Bộ trưởng Lê Văn Hải tiếp ông Kim Jae-won, Thứ trưởng Ngoại giao Hàn Quốc.\n\n"
        "Nhân dịp này, Bộ trưởng Lê Văn Hải cho biết Việt Nam mong muốn sớm được đón Thủ tướng Hàn Quốc sang thăm "
        "chính thức Việt Nam."
    )
    assert "person:le-van-hai" not in {p for v in of_kind(doc, "visit") for p in attendees(doc, v)}
    doc = run(
        "date 2019-05-06 Governor Ivan Petrov met with Ambassador Tran Van Lam in Kaluga on May 5.\n\n"
        "Petrov said he hopes to welcome President Le Van Hai to visit Kaluga next year."
    )
    assert not of_kind(doc, "visit")


def test_a_day_in_what_was_said_is_not_the_meeting_s() -> None:
    """`Lam told the Governor that the carrier will launch a route from August 12`: the day belongs to what was said;
    the meeting keeps the day the article gives it (here the visit's)."""
    doc = run(
        "date 2023-07-06 Ambassador Tran Van Lam visits Kerala\n\nAmbassador Tran Van Lam on July 4 visited Kerala "
        "and met with Governor Anil Kumar.\n\nLam told Governor Anil Kumar that the carrier will launch a direct route "
        "linking Kochi with Hanoi from August 12."
    )
    assert all(not (e["properties"].get("date") or "").endswith("-08-12") for e in events(doc))


def test_a_delegation_s_members_are_on_its_visit() -> None:
    """`The visiting delegation consisted of Mr. A, …, Mr. B, …`, `The delegation includes Director A, …`: whom a
    delegation's list names travels with it, on the visit told before; a `trade mission to` a country is a visit."""
    doc = run(
        "date 2018-11-23 On November 22, the Korea Trade Association delegation led by Mr. Kim Jae-won, Vice "
        "Chairman of the Association, made a visit to Quang Nam.\n\nChairman Tran Van Lam welcomed the delegation."
        "\n\nThe visiting delegation consisted of Mr. Le Van Hai, First Secretary of the Vietnamese Embassy in Korea, "
        "and Mr. Pham Van Duc, Second Secretary of the Embassy."
    )
    [visit] = of_kind(doc, "visit")
    assert {"person:kim-jae-won", "person:le-van-hai", "person:pham-van-duc"} <= attendees(doc, visit)
    doc = run(
        "date 2023-04-09 Director John Miller was part of nearly five dozen delegates of a trade mission to Vietnam."
        "\n\nThe delegation includes Commerce Director Anna Berg and state senator Paul Girard."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:john-miller", "person:anna-berg", "person:paul-girard"}


def test_a_conference_told_as_taking_place_is_dated_by_its_sentence() -> None:
    """`Sáng 24/5, tại thành phố X đã diễn ra Hội nghị …`, then `A và B chủ trì Hội nghị`: the conference took place on
    the day of the sentence that tells it, and its chairs attended it."""
    doc = run(
        "date 2024-05-25 Sáng 24/5, tại thành phố Vinh đã diễn ra Hội nghị cấp cao giữa hai tỉnh Nghệ An và Xiêng "
        "Khoảng.\n\nBí thư Tỉnh ủy Lê Văn Hải và Tỉnh trưởng Somsak Vongkham chủ trì Hội nghị."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2024-05-24"
    assert attendees(doc, conference) == {"person:le-van-hai", "person:somsak-vongkham"}


def test_leading_a_delegation_or_making_a_trip_to_a_place_is_a_visit() -> None:
    """`is leading a delegation of 30 businesses to Vietnam`, `headed a high-level delegation to …`, `made a trip to
    …`: the visit of whom travels (`will lead a delegation to …`: still ahead, none); `held a phone talk with` is a
    meeting, as `phone talks` is."""
    for text in (
        "date 2024-03-12 Governor John Miller is leading a delegation of 30 businesses to Vietnam from March 10 to 14.",
        "date 2024-03-12 Governor John Miller headed a high-level delegation to Vietnam on March 10.",
        "date 2024-03-12 Governor John Miller made a trip to Vietnam on March 10.",
    ):
        doc = run(text)
        [visit] = of_kind(doc, "visit")
        assert attendees(doc, visit) == {"person:john-miller"}
        assert visit["properties"]["date"] == "2024-03-10"
    assert not events(run("date 2024-03-12 Governor John Miller will lead a delegation to Vietnam next month."))
    doc = run("date 2024-03-12 Minister Tran Van Lam held a phone talk with his counterpart Anna Berg on March 8.")
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:anna-berg"}


def test_visits_by_several_are_a_visit_each_on_its_own_day() -> None:
    """`the first official visits to Vietnam by Governor A in September 2019 and Premier B in October the same year`,
    `recent Việt Nam visits by B in October and A a month earlier`: a visit of each, dated by what follows his name (a
    month counted from the one before); `more visits by leaders … in 2020`: ahead, none."""
    doc = run(
        "date 2023-03-03 Ambassador Tran Van Lam met Governor Anna Berg in Melbourne on March 1.\n\nLam said the first "
        "official visits to Vietnam by Governor Anna Berg in September 2019 and Premier Paul Girard in October the "
        "same year paved the way for cooperation."
    )
    visits = {e["properties"]["date"]: attendees(doc, e) for e in of_kind(doc, "visit")}
    assert visits == {"2019-09": {"person:anna-berg"}, "2019-10": {"person:paul-girard"}}
    doc = run(
        "date 2019-11-27 Deputy Prime Minister Tran Van Lam met Premier Paul Girard in Melbourne on November 26.\n\n"
        "Lam spoke highly of recent Việt Nam visits by Premier Paul Girard in October and Governor Anna Berg a month "
        "earlier.\n\nGirard said there will be more visits by leaders of the state to Việt Nam in 2020."
    )
    visits = {e["properties"]["date"]: attendees(doc, e) for e in of_kind(doc, "visit")}
    assert visits == {"2019-10": {"person:paul-girard"}, "2019-09": {"person:anna-berg"}}


def test_a_signing_urged_or_to_be_sped_up_is_none() -> None:
    """`asked the state to accelerate the signing of a Letter of Intent`, `urged the signing of`, `called for the
    signing of`: an appeal, no signing held."""
    for verb in ("accelerate", "speed up", "push for"):
        doc = run(
            f"date 2023-05-06 Prime Minister Tran Van Lam held talks with Minister-President Karl Weber in Stuttgart on "
            f"May 5.\n\nLam asked the state's authorities to {verb} the signing of a Letter of Intent on training."
        )
        assert not of_kind(doc, "signing"), verb
    doc = run(
        "date 2023-05-06 Prime Minister Tran Van Lam held talks with Minister-President Karl Weber in Stuttgart on May 5."
        "\n\nLam urged the signing of a Letter of Intent on training."
    )
    assert not of_kind(doc, "signing")


def test_the_ministers_of_the_two_countries_are_the_article_s_pair() -> None:
    """`Cùng ngày, Bộ trưởng hai nước đã tổ chức cuộc họp …` three sentences after the lead: the lead's pair met (a bare
    `Bộ trưởng` is not one of them alone); then `Tại cuộc họp, Bộ trưởng Kim … năm 2025` is that meeting, the year in
    what he explained no day of it."""
    doc = run(
        "date 2021-12-23 Bộ trưởng Thương mại Hàn Quốc Kim Jae-won ngày 22/12 đã ký kết biên bản ghi nhớ với Bộ trưởng "
        "Lê Văn Hải, hiện đang trong chuyến thăm Seoul.\n\nHai bên nhất trí tăng cường hợp tác.\n\nVăn kiện có hiệu "
        "lực ngay.\n\nCùng ngày, Bộ trưởng hai nước đã tổ chức cuộc họp của Ủy ban chung về công nghiệp.\n\nTại cuộc "
        "họp, Bộ trưởng Kim giải thích Seoul sẽ hoàn tất thủ tục gia nhập hiệp định vào năm 2025."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:kim-jae-won", "person:le-van-hai"}
    assert meeting["properties"]["date"] == "2021-12-22"


def test_talks_with_each_of_several_countries_guests_are_not_the_meeting_told_before() -> None:
    """`Minister X met with senior officials …. He also held talks with A, B, and C` (each for another country): one
    talk with each guest, and the meeting with unnamed officials told before stays his own (no talk of the list is
    folded into it)."""
    doc = run(
        "date 2024-05-06 During the ASEAN Finance Ministers' Meeting held in Jakarta on May 4, Minister Tran Van Lam "
        "met with senior officials and representatives from international financial institutions.\n\n"
        "He also held talks with Japan's Minister of Finance Sato Kenji, Singapore's Minister for Finance Lee Wei "
        "Ming, and Australia's Treasurer Mark Dunn."
    )
    met = [attendees(doc, m) for m in of_kind(doc, "meeting")]
    for guest in ("person:sato-kenji", "person:lee-wei-ming", "person:mark-dunn"):
        assert {"person:tran-van-lam", guest} in met, met
    assert {"person:tran-van-lam"} in met, met


def test_the_hosts_listed_as_receiving_a_delegation_attended_its_meeting() -> None:
    """`Tiếp và làm việc với Đoàn có các đồng chí: A, …; B, …; lãnh đạo một số sở`: the hosts a list after the
    delegation's visit names (cut at its semicolons) were at its meeting, as `Tham dự buổi tiếp có …` lists them."""
    doc = run(
        "date 2024-03-13 Chủ tịch UBND tỉnh tiếp và làm việc với Đoàn đại biểu thành phố Suwon (Hàn Quốc)\n\n"
        "Sáng 12/3, Đoàn đại biểu thành phố Suwon (Hàn Quốc) do ông Lee Jae-joon, Thị trưởng thành phố làm Trưởng "
        "đoàn đã đến thăm và làm việc với tỉnh Hà Nam. Tiếp và làm việc với Đoàn có các đồng chí: Trương Quốc Huy, "
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Lê Thị Thủy, Phó Chủ tịch UBND tỉnh; lãnh đạo một số sở, ngành."
    )
    met = [attendees(doc, m) for m in of_kind(doc, "meeting") if "person:lee-jae-joon" in attendees(doc, m)]
    assert met == [{"person:lee-jae-joon", "person:truong-quoc-huy", "person:le-thi-thuy"}], met


def test_a_visit_to_another_country_than_the_received_guest_s_is_the_guest_s() -> None:
    """`X received Governor Y of Nevada State on the occasion of her working visit to Vietnam`: the guest, an
    American, travels to Vietnam, so the visit is hers, not her host's; a guest received in his own country (`X hosted
    Governor Y of Rostov region … as part of his visit to Russia`) leaves the visit to the host."""
    doc = run(
        "date 2021-11-15 On November 14, Foreign Minister Le Van Hai received Governor of Nevada State Laura Green on "
        "the occasion of her working visit to Vietnam."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:laura-green"}]
    doc = run(
        "date 2024-09-11 Chairman of the National Assembly Tran Van Hai hosted a reception for Governor of Rostov "
        "region Ivan Petrov on September 10, 2024 as part of his ongoing official visit to Russia."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:tran-van-hai"}]


def test_a_visit_during_which_the_subject_acted_is_his() -> None:
    """`X welcomed Y's proposal … during his official visit`: `during` opens the visit's occasion as `on the occasion
    of` does, and `his` makes the visit the subject's, an event besides what the sentence tells."""
    doc = run(
        "date 2025-09-12 Vietnamese Deputy Prime Minister Le Van Hung welcomed Indonesia's proposal to build a seafood "
        "processing zone in Vietnam during his official visit.\n\nHe noted the zone would serve exports."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:le-van-hung"}]


def test_a_vietnamese_official_named_again_by_his_given_name_alone_takes_part() -> None:
    """`Ambassador Tran Van Lam … Lam said at a meeting with Governor Y during his working visit`: English copy names
    a Vietnamese official again by his given name; the word is his when he is the only one of the page with that
    given name, not inside a place's name (`Lam Dong province`)."""
    doc = run(
        "date 2022-08-27 Vietnamese Ambassador to Thailand Tran Van Lam on August 27 expressed his hope for closer ties "
        "with Rayong province.\n\nTourism is an important field, Lam said at a meeting with Rayong Governor Somchai "
        "Wongsawat during his working visit to the province. He also toured Lam Dong province."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:somchai-wongsawat"}
    [visit] = of_kind(doc, "visit")
    assert "person:tran-van-lam" in attendees(doc, visit)
    assert {e["id"] for e in doc["entities"] if e["label"] == "Official"} == {
        "person:tran-van-lam",
        "person:somchai-wongsawat",
    }


def test_what_he_also_did_is_on_the_day_the_sentence_before_tells() -> None:
    """`Earlier on June 28, Ambassador X attended a reception …` then `He also met with Y, during which …`: the
    meeting is on that occasion's day; a sentence with a day of its own keeps it."""
    doc = run(
        "date 2016-07-02 On July 1, Ambassador Tran Van Lam held a working session with Governor Paul Reyes.\n\n"
        "Earlier on June 28, Ambassador Tran Van Lam attended an annual reception held by the Ohio "
        "Technology Council and delivered a speech.\n\nHe also met with council President Mary Collins, during which "
        "the two sides discussed cooperation plans."
    )
    [meeting] = [m for m in of_kind(doc, "meeting") if "person:mary-collins" in attendees(doc, m)]
    assert meeting["properties"]["date"] == "2016-06-28"
    doc = run(
        "date 2016-07-02 Earlier on June 28, Ambassador Tran Van Lam attended an annual reception held by the Ohio "
        "Technology Council.\n\nHe also met with council President Mary Collins on June 30."
    )
    [meeting] = [m for m in of_kind(doc, "meeting") if "person:mary-collins" in attendees(doc, m)]
    assert meeting["properties"]["date"] == "2016-06-30"


def test_a_visit_said_to_be_planned_for_a_later_month_is_none_yet() -> None:
    """`A Government of Chile Trade Mission to Vietnam is planned for November 2024`: the mission is ahead, no visit;
    it does not take the month of the study tour told before (`Minister X took part in a study tour …`)."""
    doc = run(
        "date 2024-06-24 Deputy Minister Tran Van Lam took part in a study tour in Chile under the agrifood "
        "partnership programme.\n\nA Government of Chile Trade Mission to Vietnam is planned for November 2024 to "
        "include Hanoi and Da Nang."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    assert not str(visit["properties"].get("date") or "").startswith("2024-11")


def test_a_signing_the_lead_tells_with_no_signer_named_is_an_event() -> None:
    """`Tỉnh A và tỉnh B đã ký kết Biên bản ghi nhớ …` with no one named: a signing of the two bodies all the same,
    dated by its sentence; two such pages of one day are two signings, not one."""
    first = run(
        "Lạng Sơn và Tochigi ký kết hợp tác\n\nNgày 12/3/2024, tỉnh Lạng Sơn và tỉnh Tochigi (Nhật Bản) đã ký kết "
        "Biên bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp và du lịch."
    )
    [signing] = of_kind(first, "signing")
    assert signing["properties"]["date"] == "2024-03-12"
    second = run(
        "Ngày 12/3/2024, tỉnh Cao Bằng và tỉnh Gunma (Nhật Bản) đã ký kết Biên bản ghi nhớ hợp tác về giáo dục."
    )
    [other] = of_kind(second, "signing")
    assert other["id"] != signing["id"]


def test_a_signing_of_the_sides_of_the_lead_s_meeting_is_signed_by_its_people() -> None:
    """`UBND tỉnh A tổ chức hội nghị … và ký kết biên bản hợp tác với tỉnh B`, then `Tham dự buổi ký kết có X, Y`:
    a signing told with bodies alone is signed by the people of the lead's main event of that day."""
    doc = run(
        "Ngày 5.10.2024, UBND tỉnh Lào Cai tổ chức hội nghị gặp gỡ và ký kết biên bản hợp tác với tỉnh Phongsaly "
        "của Lào nhằm thúc đẩy thương mại biên giới.\n\nTham dự buổi ký kết có Bí thư Tỉnh ủy Lào Cai Trần Văn Lâm; "
        "Tỉnh trưởng tỉnh Phongsaly Khamla Sengdara."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:khamla-sengdara"}
    assert signing["properties"]["date"] == "2024-10-05"


def test_the_two_sides_offices_doing_what_a_pair_does_tell_their_talks() -> None:
    """A page that tells only a visit at someone's invitation, then `The Foreign Ministers discussed …` (`The two
    ministers`, `The officials`): the talks of the lead's pair; not what one of them said the ministers did."""
    lead = (
        "At the invitation of Foreign Minister Tran Van Lam, Foreign Minister of Oman Ahmed Al Said pays an official "
        "visit to Vietnam from June 3 to 4, 2023.\n\nForeign Minister Lam said that the exchange of delegations is "
        "positive.\n\nTrade between the two countries has grown.\n\nThe guest said his country values Vietnam.\n\n"
    )
    for subject in ("The Foreign Ministers", "The two ministers", "The officials"):
        doc = run(lead + subject + " discussed progress made in their cooperation in energy and trade.")
        [meeting] = of_kind(doc, "meeting")
        assert attendees(doc, meeting) == {"person:tran-van-lam", "person:ahmed-al-said"}
        assert meeting["properties"]["date"] == "2023-06-03"
    doc = run(lead + "Lam said the ministers discussed progress made in their cooperation in energy and trade.")
    assert not of_kind(doc, "meeting")


def test_a_visit_told_with_a_modal_before_it_is_still_ahead() -> None:
    """`plans to pay an official visit to`, `will pay a state visit`, `sẽ thăm chính thức`, `dự kiến sẽ có chuyến thăm`:
    a visit ahead, no event (as `sẽ gặp` is no meeting); `paid an official visit` is one, and so is one whose day
    is set."""
    for sentence in (
        "Prime Minister Tran Van Lam plans to pay an official visit to Chile this year.",
        "Prime Minister Tran Van Lam will pay a state visit to Chile next month.",
        "Prime Minister Tran Van Lam is scheduled to pay an official visit to Chile.",
        "Thủ tướng Trần Văn Lâm sẽ thăm chính thức Chile vào tháng tới.",
        "Thủ tướng Trần Văn Lâm dự kiến sẽ có chuyến thăm chính thức Chile.",
    ):
        assert not events(run("date 2024-07-19 " + sentence)), sentence
    doc = run("date 2024-07-19 Prime Minister Tran Van Lam paid an official visit to Chile on July 18.")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-lam"}
    doc = run("date 2024-07-19 Ngày 20/8/2024, Thủ tướng Trần Văn Lâm sẽ thăm chính thức Chile.")
    [visit] = of_kind(doc, "visit")  # (a day set: a visit on the calendar)
    assert visit["properties"]["date"] == "2024-08-20"


def test_a_signing_wished_for_soon_or_told_as_a_condition_is_none() -> None:
    """`hope for the early signing of the MoU`, `đề nghị hai bên sớm ký kết`: a signing wished for; `when the draft is
    signed or approved, it will …`: a condition; no signing either way. `In early May, A and B signed …` is one."""
    for sentence in (
        "Director Tran Van Lam highlighted the leaders’ hope for the early signing of the MoU.",
        "Director Tran Van Lam said that when the draft is signed or approved, it will boost trade.",
        "Giám đốc Trần Văn Lâm đề nghị hai bên sớm ký kết Biên bản ghi nhớ.",
    ):
        assert not of_kind(run("date 2024-07-19 " + sentence), "signing"), sentence
    doc = run("date 2024-07-19 In early May, Director Tran Van Lam and Governor Paul Reyes signed an MoU.")
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:paul-reyes"}


def test_an_official_named_again_as_his_country_s_leader_or_official_takes_part() -> None:
    """`The visit of the Vietnamese official …`, `The Polish leader also met …`: English copy names again the one
    official of a country it named in full by the country's adjective and `leader`, `official` or `envoy`."""
    doc = run(
        "date 2017-04-26 Chilean Trade Secretary Pedro Araya met with Vietnamese Minister of Industry and Trade "
        "Tran Van Lam in Santiago on Monday.\n\nThe two sides discussed trade in fruit and copper.\n\n"
        "The visit of the Vietnamese official comes ahead of the APEC trade ministers' meeting."
    )
    assert [attendees(doc, v) for v in of_kind(doc, "visit")] == [{"person:tran-van-lam"}]


def test_a_meeting_only_named_back_is_the_talks_of_the_main_event_s_pair() -> None:
    """`A and B announced the target … as Mr B makes an official visit`, then `At the meeting, the two nations sought
    …`: a meeting named back with no one of its own, on a page none of whose meetings names anyone, is the talks of
    the two leaders the main event names."""
    doc = run(
        "Thailand and Vietnam have set a target to double trade by 2030.\n\nThe target was announced jointly by Prime "
        "Minister Somchai Rattana and Vietnamese Prime Minister Tran Van Lam at Government House yesterday as Mr Tran "
        "makes an official visit to Thailand.\n\nTrade is growing fast, he said.\n\nAt the meeting, the two nations "
        "sought closer ties to fight transnational crime.\n\nSomchai and Tran also witnessed the signing ceremony of "
        "four memoranda of understanding."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:somchai-rattana", "person:tran-van-lam"}


def test_an_official_named_again_by_his_bare_office_takes_part() -> None:
    """`Ambassador X visited …`, then `During a working session with Governor Y on May 5, the ambassador and his host
    discussed …`: the bare office is the one person the page gave it, and a meeting an opening phrase tells with an
    indefinite article (`During a working session with Y on May 5`) is told anew, on its own day; `the minister`
    between two ministers names neither."""
    doc = run(
        "date 2019-05-07 Vietnamese Ambassador to Russia Tran Van Lam visited Tver province on May 4-5 to promote "
        "cooperation.\n\nDuring a working session with Tver Governor Ivan Petrov on May 5, the ambassador and his host "
        "discussed collaboration in education and tourism."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:ivan-petrov"}
    assert meeting["properties"]["date"] == "2019-05-05"
    doc = run(
        "date 2019-05-07 Minister Tran Van Lam received Minister Ivan Petrov in Hanoi on May 6.\n\nLater, the minister "
        "met with Governor Oleg Sidorov."
    )
    assert all(
        attendees(doc, m) != {"person:tran-van-lam", "person:oleg-sidorov"}
        and attendees(doc, m) != {"person:ivan-petrov", "person:oleg-sidorov"}
        for m in of_kind(doc, "meeting")
    )


def test_a_bare_office_with_its_country_s_adjective_is_that_country_s_official() -> None:
    """`the Chilean Foreign Minister’s visit will boost …` on a page with two foreign ministers: the one of Chile, not
    whichever foreign minister was named last."""
    doc = run(
        "Deputy Prime Minister and Foreign Minister Tran Van Lam held talks with Chilean Foreign Minister Pedro "
        "Soto in Hanoi on Friday.\n\nThey agreed to boost trade and investment.\n\nThe two sides reviewed their "
        "cooperation.\n\nForeign Minister Tran Van Lam said: “I believe that the Chilean Foreign Minister’s visit will "
        "boost bilateral ties.”"
    )
    assert any(attendees(doc, v) == {"person:pedro-soto"} for v in of_kind(doc, "visit"))
    assert not any("person:tran-van-lam" in attendees(doc, v) for v in of_kind(doc, "visit"))


def test_a_bare_office_after_one_of_its_two_holders_in_its_sentence_is_the_other() -> None:
    """`Lam said the minister’s visit …` on a page with two foreign ministers: whom the sentence names before the bare
    office is not it (he would be `his`), so `the minister` is the other one; a foreign minister is `the minister`
    when the page names no plain minister."""
    doc = run(
        "date 2019-05-07 Deputy Prime Minister and Foreign Minister Tran Van Lam held talks with Chilean Minister of "
        "Foreign Affairs Pedro Soto in Hanoi.\n\nLam expressed his belief that the minister’s visit to Vietnam on "
        "May 6 and 7 will create new momentum for bilateral ties.\n\nThe two sides reviewed their cooperation."
    )
    assert any(attendees(doc, v) == {"person:pedro-soto"} for v in of_kind(doc, "visit"))
    assert not any("person:tran-van-lam" in attendees(doc, v) for v in of_kind(doc, "visit"))


def test_a_visit_whose_subject_is_the_delegation_is_its_leader_s() -> None:
    """`Tổng Lãnh sự X bày tỏ vui mừng khi đoàn tới thăm trụ sở …`, `Đại sứ X chúc mừng đoàn công tác tỉnh A sang thăm …`:
    the delegation's visit, its leader's (named before), not that of the host who speaks of it."""
    doc = run(
        "Ngày 5/6/2024, đoàn công tác tỉnh Hà Nam do ông Trần Văn Lâm, Chủ tịch UBND tỉnh, làm Trưởng đoàn đã làm việc "
        "với Tổng Lãnh sự quán Việt Nam tại Osaka.\n\nTổng Lãnh sự Lê Văn Bình chào mừng đoàn và bày tỏ vui mừng khi "
        "đoàn tới thăm trụ sở Tổng Lãnh sự quán."
    )
    assert not any("person:le-van-binh" in attendees(doc, v) for v in of_kind(doc, "visit"))
    assert any("person:tran-van-lam" in attendees(doc, v) for v in of_kind(doc, "visit"))


def test_an_event_one_attends_told_with_an_indefinite_article_is_one_of_its_own() -> None:
    """`He also attended an event in Chennai city to introduce …` after the visit's meeting: an event of its own, with
    the subject; `an event` no one attends, holds or hosts (`It was an event of great significance`) is none."""
    doc = run(
        "date 2023-07-08 Vietnamese Ambassador Tran Van Lam paid a working visit to Tamil Nadu state from July 4-6.\n\n"
        "Ambassador Lam held talks with Chief Minister Ravi Kumar on July 5.\n\nHe also attended an event in Chennai "
        "city to introduce Vietnam’s universities to Indian students."
    )
    assert len([e for e in events(doc) if attendees(doc, e) == {"person:tran-van-lam"}]) == 2  # (the visit and it)
    doc = run("date 2023-07-08 Minister Tran Van Lam said the fair was an event of great significance for trade.")
    assert not events(doc)


def test_a_vietnamese_bare_office_before_its_verb_is_the_one_official_named_with_it() -> None:
    """`Thống đốc bang X Y đã ký …`, then `Thống đốc cũng đã gặp gỡ Thủ tướng Z`: the bare office is the one person the
    page gave it; two holders of it name neither."""
    doc = run(
        "date 2015-10-21 Ngày 19 tháng 10, Thống đốc Bang Oregon Kate Brown đã ký Ý định thư với Bộ Ngoại giao.\n\n"
        "Thống đốc cũng đã gặp gỡ Thủ tướng Nguyễn Tấn Dũng để thảo luận về các cơ hội hợp tác."
    )
    assert any({"person:kate-brown", "person:nguyen-tan-dung"} <= attendees(doc, m) for m in of_kind(doc, "meeting"))
    doc = run(
        "date 2015-10-21 Ngày 19 tháng 10, Thống đốc Bang Oregon Kate Brown và Thống đốc Bang Iowa Kim Reynolds đã ký "
        "Ý định thư với Bộ Ngoại giao.\n\nThống đốc cũng đã gặp gỡ Thủ tướng Nguyễn Tấn Dũng."
    )
    pairs = ({"person:kate-brown", "person:nguyen-tan-dung"}, {"person:kim-reynolds", "person:nguyen-tan-dung"})
    assert not any(attendees(doc, m) in pairs for m in of_kind(doc, "meeting"))


def test_a_guest_received_by_his_standing_and_then_another_the_same_day() -> None:
    """`received newly-accredited Ambassador Z` (`outgoing`, `incoming`, `new`) is a meeting with Z, as `received
    Ambassador Z` is; after a headline that names its guests only as a plural (`X receives new Thai, Chilean
    ambassadors`), the one received `later the same day` is a meeting of his own, not folded into the first."""
    doc = run("date 2021-05-06 Prime Minister Tran Van Hoa received outgoing Ambassador of Peru Luis Ramos on May 5.")
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-hoa", "person:luis-ramos"}
    doc = run(
        "date 2021-03-10 Deputy PM receives new Thai, Chilean ambassadors\n"
        "Hanoi (VNA) – Deputy Prime Minister Tran Van Hoa on March 9 hosted a reception for Thai Ambassador Somchai "
        "Wongsawat, urging him to work as a bridge between the two countries.\n"
        "Hoa expressed his hope that the ambassador will coordinate with Vietnamese agencies.\n"
        "Later the same day, Deputy Prime Minister Tran Van Hoa received newly-accredited Ambassador of Chile Pedro "
        "Alvarez."
    )
    assert sorted(sorted(attendees(doc, m)) for m in of_kind(doc, "meeting")) == [
        ["person:pedro-alvarez", "person:tran-van-hoa"],
        ["person:somchai-wongsawat", "person:tran-van-hoa"],
    ]


def test_a_visit_the_subject_is_welcoming_is_not_his() -> None:
    """`Welcoming the second Vietnam visit by the minister, PM X expressed …` (`hailing`, `praising`): the visit is
    the guest's, whom the participle's object names, not the subject's who speaks of it."""
    doc = run(
        "date 2022-05-10 Prime Minister Tran Van Hoa on May 9 received Minister of State Omar Al-Tamimi of Oman.\n\n"
        "Welcoming the second Vietnam visit by the minister, PM Tran Van Hoa expressed satisfaction with bilateral ties."
    )
    assert "person:tran-van-hoa" not in set().union(*(attendees(doc, v) for v in of_kind(doc, "visit")))


def test_each_side_s_opening_speech_names_the_one_conference_again() -> None:
    """`Phát biểu khai mạc Hội nghị, Bộ trưởng Y …` (`phát biểu bế mạc`, `phát biểu chào mừng`, `Addressing the forum`)
    after the lead's conference is a speech at it: one conference, whose sides are each speaker."""
    doc = run(
        "date 2024-06-06 Chiều 5/6, tại tỉnh Lạng Sơn, Bộ Công Thương Việt Nam và Bộ Thương mại Campuchia phối hợp tổ "
        "chức Hội nghị Hợp tác phát triển thương mại biên giới lần thứ V.\n\nPhát biểu khai mạc Hội nghị, Bộ trưởng Bộ "
        "Công Thương Trần Văn Hòa đề nghị các đại biểu thảo luận các nội dung chủ yếu.\n\nPhát biểu khai mạc Hội nghị, "
        "Bộ trưởng Bộ Thương mại Campuchia Sok Heng nhấn mạnh thương mại biên giới có ý nghĩa lớn."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2024-06-05"
    assert attendees(doc, conference) == {"person:tran-van-hoa", "person:sok-heng"}


def test_co_chairs_listed_between_semicolons_chaired_the_conference() -> None:
    """`Hội nghị do Bộ trưởng A; Bộ trưởng B; Thứ trưởng C; ông D, Chủ tịch UBND tỉnh E chủ trì.`: the semicolons cut
    the list into sentences of their own; each item's person co-chaired the conference the sentence before tells."""
    doc = run(
        "date 2024-06-06 Sáng 5/6, tại tỉnh Lạng Sơn, Bộ Công Thương Việt Nam và Bộ Thương mại Campuchia tổ chức Hội "
        "nghị Hợp tác thương mại biên giới lần thứ V.\n\nHội nghị do Bộ trưởng Bộ Công Thương Trần Văn Hòa; Bộ trưởng "
        "Bộ Thương mại Campuchia Sok Heng; Thứ trưởng Bộ Thương mại Campuchia Chea Vuthy; ông Lê Minh Đức, Chủ tịch "
        "UBND tỉnh Lạng Sơn chủ trì."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {
        "person:tran-van-hoa",
        "person:sok-heng",
        "person:chea-vuthy",
        "person:le-minh-duc",
    }


def test_during_the_visit_names_the_visit_told_before_not_whom_the_guest_meets() -> None:
    """`During the three-day visit, he is also scheduled to meet A and B` (`During the official visit`, `On the state
    visit`): the visit the page told before, the guest's; A and B, whom he meets, are not its visitors."""
    doc = run(
        "date 2023-06-04 Czech Prime Minister Jan Novak’s visit starting on June 3 aims to strengthen relations between "
        "the two countries.\n\nDuring the three-day visit, he is also scheduled to meet State President Tran Van Hoa "
        "and Chairman of the National Assembly Le Minh Duc."
    )
    visitors = set().union(*(attendees(doc, v) for v in of_kind(doc, "visit")))
    assert "person:jan-novak" in visitors
    assert not visitors & {"person:tran-van-hoa", "person:le-minh-duc"}


# --- this session's forms (events, fifth round) -------------------------------------------------------------------


def test_a_meeting_held_that_day_is_on_the_day_the_sentence_before_names() -> None:
    """`President X visited the city on March 3 …`, then `An official meeting was held that day at …`: `that day`
    is the day told just before, as `the same day` is."""
    doc = run(
        'Mayor Hanna Berglund Meets Vice President Tran Quoc Bao\n\n"Toward closer ties"\n\nMayor Hanna Berglund '
        "met with Vice President Tran Quoc Bao and agreed to expand exchanges.\n\nThe city has a port.\n\nIt also has a "
        "university.\n\nThe city government announced that Vice "
        "President Tran Quoc Bao visited Gothenburg on March 3, 2024, after a summit in Stockholm.\n\nAn official "
        "meeting was held that day at the City Hall.\n\nMayor Berglund thanked him for the visit."
    )
    dates = {e["properties"].get("date") for e in of_kind(doc, "meeting")}
    assert dates == {"2024-03-03"}


def test_a_signing_the_two_countries_make_during_a_visit_is_an_event_of_its_own() -> None:
    """`During X's visit to Y from May 4-6, the two countries issued a joint statement and signed three deals`: the
    countries sign; the visitor only gives the occasion, and news tells the signing apart from the visit."""
    doc = run(
        "Chile, Vietnam sign three cooperation agreements\n\nDuring Chilean President Alicia Moreno’s visit to "
        "Vietnam from May 4-6, 2023, the two countries on Friday issued a joint statement and signed three "
        "cooperation deals."
    )
    assert len(of_kind(doc, "visit")) == 1
    assert len(of_kind(doc, "signing")) == 1


def test_a_ceremony_witnessed_by_leaders_after_a_signing_is_witnessed_by_them() -> None:
    """`Yesterday, it signed a MoU with …`, then `The Palace ceremony was witnessed by visiting President X and Prime
    Minister Y`: the witnesses of that signing, not only of the visit their titles tell."""
    doc = run(
        "date 2014-06-12 The joint venture plans a new park in the north.\n\nYesterday, it signed a memorandum of "
        "understanding with the People's Committee of Lao Cai province to conduct a study.\n\nThe Palace ceremony "
        "was witnessed by visiting Vietnamese President Hoang Minh Tam and Malaysian Prime Minister Rahman Aziz."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:hoang-minh-tam", "person:rahman-aziz"}
    assert signing["properties"]["date"] == "2014-06-11"


def test_a_signing_praised_is_a_topic_not_an_event() -> None:
    """`X highly appreciated the signing of cooperation agreements between A and B`: the signing is what he praised
    (told before, by others), not a ceremony he was at; the working session of the lead stays the one event."""
    doc = run(
        "Vice Chairman of Da Nang People’s Committee Le Van Hung on June 4, 2024 held a working session with a "
        "delegation of Hamburg led by Anna Kessler, Senator for Economy of the German city.\n\nAt the session, Hung "
        "said the city highly appreciated the signing of cooperation agreements between Altona district and Son Tra "
        "district, and welcomed the signing of a memorandum between the two ports."
    )
    assert of_kind(doc, "signing") == []
    assert len(of_kind(doc, "meeting")) == 1


def test_a_conference_the_opening_occasion_names_is_attended_by_the_people_after_it() -> None:
    """`On the occasion of the 5th Strategic Dialogue, Vice Minister A and Minister B welcome …`: A and B were at the
    dialogue, as after `At the forum,`; a conference word there before bodies alone stays the occasion only."""
    doc = run(
        "On the occasion of the 5th Viet Nam - Norway Strategic Dialogue, Vice Minister of Foreign Affairs of Viet "
        "Nam Pham Quang Vinh and State Secretary Erik Solheim welcome the progress in the partnership."
    )
    [dialogue] = of_kind(doc, "conference")
    assert attendees(doc, dialogue) == {"person:pham-quang-vinh", "person:erik-solheim"}
    bodies = run(
        "Trong khuôn khổ Hội nghị Cấp cao ASEAN - Nhật Bản, Bộ Công Thương và Bộ Kinh tế Nhật Bản đã thiết lập cơ "
        "chế đối thoại về năng lượng."
    )
    assert of_kind(bodies, "conference") == []


def test_visiting_in_an_apposition_after_the_subject_tells_his_visit() -> None:
    """`Wang Ning, the visiting governor of China's Guizhou province, in his speech …`: his visit, as `visiting
    Governor Wang Ning` would tell it; not the apposition of an object (`held talks with Y, visiting member of …`)."""
    doc = run(
        "HANOI, May 7 (Xinhua) -- A Guizhou-Vietnam investment seminar was held on Tuesday here.\n\nWang Ning, the "
        "visiting governor of China's Guizhou province, in his speech at the seminar, introduced the province.\n\n"
        "Governor Wang Ning made three suggestions."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:wang-ning"}
    talks = run(
        "Minister of Finance Le Quang Minh on June 3, 2024 held talks with Park Ji-won, visiting member of the "
        "National Assembly of South Korea."
    )
    assert of_kind(talks, "visit") == []


def test_a_signing_of_bodies_is_attended_by_the_people_quoted_with_any_speech_verb() -> None:
    """`A và B đã ký biên bản ghi nhớ`, then `Ông X nhận xét: …` and `Ông Y cũng nói rằng: …`: the people the
    article then quotes signed it, whichever speech verb quotes them (`remarked`, `nhận xét`, `nói
    rằng`, as `said`, `cho biết`)."""
    doc = run(
        "AmCham và KCCI bắt tay hợp tác\n\nNgày 14/6/2023, tại Hà Nội, Phòng Thương mại Hoa Kỳ tại Việt Nam "
        "(AmCham) và Phòng Thương mại Hàn Quốc (KCCI) đã ký biên bản ghi nhớ hợp tác.\n\nBiên bản ghi nhớ này thể "
        "hiện mục tiêu chung của hai bên.\n\nÔng John Miller nhận xét: “Đây là một bước tiến quan trọng.”\n\nÔng "
        "Lee Jung-ho cũng nói rằng: “Chúng tôi mong đợi sự hợp tác tích cực.”"
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:john-miller", "person:lee-jung-ho"}


def test_a_document_named_by_its_signing_is_no_signing_told() -> None:
    """`the positive impacts of the free trade agreement signed between A and B`: a participle after a document, with
    no auxiliary, names the document; the meeting is the event told, and no signing is (`the MoU was signed …`, `A
    and B signed …` still are)."""
    doc = run(
        "Deputy Minister of Industry and Trade Tran Van Long on March 5, 2024 met with Governor of Tomsk Region "
        "Ivan Petrov.\n\nPetrov spoke highly of the progress in ties, particularly the positive impacts of the free "
        "trade agreement signed between Vietnam and the Eurasian Economic Union."
    )
    assert of_kind(doc, "signing") == []
    told = run(
        "Deputy Minister of Industry and Trade Tran Van Long on March 5, 2024 met with Governor of Tomsk Region "
        "Ivan Petrov.\n\nAt the meeting, the memorandum of understanding was signed by Long and Petrov."
    )
    assert len(of_kind(told, "signing")) == 1


# --- Vietnamese pages the rules had not seen (events6) ------------------------------------------------------------


def test_a_welcome_told_between_commas_before_the_talks_is_their_background() -> None:
    """`…, sau lễ đón chính thức …, X đã có cuộc hội đàm với Y`: the clause between commas names what came before the
    talks the sentence tells (a bullet before a leading one too, `* Sau lễ đón, …`); the talks are the event, not a
    welcome ceremony."""
    for text in (
        "Chiều 5/3 (giờ địa phương), trong khuôn khổ chuyến thăm cấp Nhà nước, sau lễ đón chính thức tại Phủ Tổng "
        "thống, Chủ tịch nước Trần Văn An đã có cuộc hội đàm với Tổng thống Kenya Samuel Otieno.",
        "Ngày 5/3, Chủ tịch nước Trần Văn An tới Nairobi.\n\n* Sau lễ đón chính thức, Chủ tịch nước Trần Văn An và "
        "Tổng thống Kenya Samuel Otieno đã tiến hành hội đàm.",
    ):
        doc = run(text)
        [talks] = of_kind(doc, "meeting")
        assert "welcome" not in talks["id"]
        assert attendees(doc, talks) == {"person:tran-van-an", "person:samuel-otieno"}


def test_who_attends_at_a_bridgehead_of_an_online_conference_attended_it() -> None:
    """`Dự tại điểm cầu tỉnh A có các đồng chí: …`: the people at one end of an online conference attended it, as
    `Tham dự … có` lists them."""
    doc = run(
        "Sáng 15-4, UBND tỉnh Kon Tum và tỉnh Attapeu (Lào) đã tổ chức hội nghị trực tuyến ký kết biên bản ghi nhớ "
        "giữa 2 tỉnh.\n\nDự tại điểm cầu tỉnh Kon Tum có các đồng chí: Nguyễn Văn Hòa - Phó Bí thư Thường trực Tỉnh ủy; "
        "Trần Minh Khoa - Giám đốc Sở Ngoại vụ."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:nguyen-van-hoa", "person:tran-minh-khoa"}


def test_the_heads_quoted_with_nhan_xet_and_noi_rang_attended_a_signing_of_their_bodies() -> None:
    """`Ông X, Chủ tịch A nhận xét: …`, `Ông Y, Chủ tịch B cũng nói rằng: …`: the officials quoted after a signing of
    two bodies (`A và B đã ký biên bản ghi nhớ`) attended it, as those who `cho biết` do."""
    doc = run(
        "Hôm qua (12/6), tại TP. Hồ Chí Minh, Phòng Thương mại Bắc Âu tại Việt Nam (NordCham) và Hiệp hội các doanh "
        "nghiệp Canada tại Việt Nam (CanCham) đã ký biên bản ghi nhớ hợp tác.\n\nÔng Lars Nilsson, Chủ tịch NordCham "
        "nhận xét: “Đây là bước đi quan trọng”.\n\nÔng Peter Brown, Chủ tịch CanCham cũng nói rằng: “Chúng tôi mong "
        "đợi sự hợp tác”."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:lars-nilsson", "person:peter-brown"}


def test_a_review_ceremony_held_is_the_event_its_attendance_list_fills() -> None:
    """`A và B đã tổ chức Lễ tổng kết hợp tác năm 2017`: a review ceremony held is an event (as `Hội nghị tổng kết`
    is), the one `Tham dự buổi lễ, về phía … có …` lists the people of."""
    doc = run(
        "Sáng 20-3, tại TP. Kon Tum, UBND tỉnh Kon Tum và tỉnh Sekong (Lào) đã tổ chức Lễ tổng kết hợp tác năm 2017 "
        "giữa hai tỉnh.\n\nTham dự buổi lễ, về phía tỉnh Kon Tum có Phó Chủ tịch UBND tỉnh Lê Văn Hùng.\n\nVề phía "
        "tỉnh Sekong có Phó Tỉnh trưởng Bounthong Chanthavong."
    )
    [ceremony] = of_kind(doc, "conference")
    assert ceremony["properties"]["date"].endswith("-03-20")
    assert attendees(doc, ceremony) == {"person:le-van-hung", "person:bounthong-chanthavong"}


def test_a_conference_attended_besides_the_meeting_a_sentence_tells_is_one_of_its_own() -> None:
    """`X gặp Y khi dự Hội nghị …`, `Bên lề Hội nghị …, X làm việc với Y`, `kết thúc chuyến công tác dự Hội nghị Cấp cao
    …`, `tham dự Tuần lễ Cấp cao …`: the conference the subject attended is an event besides the meeting or trip the
    sentence tells; not one still ahead (`Trước thềm tham dự …`)."""
    doc = run(
        "Bộ trưởng Ngoại giao Trần Minh Đức gặp Ngoại trưởng Indonesia Ahmad Wirajaya khi dự Hội nghị Bộ trưởng "
        "Ngoại giao ASEAN tại thủ đô Jakarta hôm 12/7."
    )
    [conference] = of_kind(doc, "conference")
    assert "person:tran-minh-duc" in attendees(doc, conference)
    assert conference["properties"]["date"].endswith("-07-12")
    assert len(of_kind(doc, "meeting")) == 1
    doc = run(
        "Bên lề Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 40 tại Jakarta, Bộ trưởng Bộ Công Thương Trần Minh Đức đã có "
        "buổi làm việc với Bộ trưởng Thương mại Peru Carlos Mendoza."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {"person:tran-minh-duc", "person:carlos-mendoza"}
    doc = run(
        "Trước thềm tham dự Tuần lễ Cấp cao APEC tại Lima, Chủ tịch nước Trần Minh Đức đã thăm chính thức Chile theo "
        "lời mời của Tổng thống Chile Carlos Mendoza."
    )
    assert not of_kind(doc, "conference")


def test_each_visit_word_naming_its_own_visitor_is_a_visit_of_its_own() -> None:
    """`sau chuyến thăm Việt Nam vào tháng 3/2015 của Tổng thống A và chuyến thăm Peru của Chủ tịch nước B tháng
    11/2015`: two visits, each dated by what its own phrase says."""
    doc = run(
        "Hai nhà lãnh đạo nhất trí cho rằng quan hệ hai nước phát triển tốt đẹp, nhất là sau chuyến thăm Việt Nam vào "
        "tháng 3/2015 của Tổng thống Peru Carlos Mendoza và chuyến thăm Peru của Chủ tịch nước Trần Minh Đức tháng "
        "11/2015."
    )
    visits = {frozenset(attendees(doc, v)): v["properties"]["date"] for v in of_kind(doc, "visit")}
    assert visits == {
        frozenset({"person:carlos-mendoza"}): "2015-03",
        frozenset({"person:tran-minh-duc"}): "2015-11",
    }


def test_the_day_a_document_named_after_the_meeting_was_signed_is_not_the_meeting_s() -> None:
    """`Tại Lyon, Đoàn đã làm việc với A để trao đổi về Bản ghi nhớ … được ký kết tháng 9/2019`: that month is the
    memorandum's; the working session is of the delegation's visit (its month)."""
    doc = run(
        "Đoàn công tác tỉnh Cao Bằng do Chủ tịch Hội đồng nhân dân Lê Thị Hoa dẫn đầu đã thăm - làm việc tại Lyon ngày "
        "14-15/10/2023.\n\nTại Lyon, bà Lê Thị Hoa đã làm việc với Trường Đại học Lyon để trao đổi về việc triển khai "
        "Bản ghi nhớ hợp tác giữa tỉnh và Trường được ký kết tháng 9/2019."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"].startswith("2023-10")


def test_a_document_implemented_or_a_period_counted_from_its_signing_is_no_signing() -> None:
    """`Thực hiện Biên bản đã ký kết tại …`, `triển khai nội dung biên bản hợp tác đã ký kết năm 2019` (a document named
    by its signing) and `kể từ khi hai nước … và ký kết Hiệp định … vào tháng 10/2020` (what a period is counted from)
    tell no signing."""
    for text in (
        "Ngày 28/02/2019, UBND tỉnh Cao Bằng phối hợp với tỉnh Phongsaly tổ chức khai trương tuyến xe buýt. Thực hiện "
        "Biên bản đã ký kết tại thị xã Phongsaly về việc mở tuyến, các tỉnh đã chỉ đạo các sở phối hợp triển khai.",
        "Ngày 19.2, Tỉnh trưởng Phongsaly Bounmy Chanthala tiếp Chủ tịch UBND tỉnh Cao Bằng Lê Văn Tâm. Hai bên nhất trí "
        "tập trung triển khai nội dung biên bản hợp tác đã ký kết năm 2019.",
        "Ngày 23/9, Phó Thủ tướng Trần Minh Đức gặp Bộ trưởng Ngoại giao Peru Carlos Mendoza. Hai bên vui mừng về quan "
        "hệ hai nước, đặc biệt kể từ khi hai nước thiết lập quan hệ Đối tác toàn diện và ký kết Hiệp định thương mại "
        "tự do vào tháng 10/2020.",
    ):
        assert not of_kind(run(text), "signing"), text


def test_a_high_level_delegation_on_a_visit_is_its_leader_s_not_its_host_s() -> None:
    """`X … có buổi tiếp đón đoàn lãnh đạo cấp cao tỉnh A thăm và làm việc, do Chủ tịch Y dẫn đầu`: the delegation's
    words (`lãnh đạo cấp cao`) stand between `đoàn` and its province; the visit is its leader's."""
    doc = run(
        "Ngày 19.2, lãnh đạo tỉnh Phongsaly do Tỉnh trưởng Bounmy Chanthala dẫn đầu có buổi tiếp đón đoàn lãnh đạo cấp "
        "cao tỉnh Cao Bằng thăm và làm việc, do Chủ tịch Lê Văn Tâm dẫn đầu."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}


def test_a_meeting_agreed_to_be_convened_is_still_ahead() -> None:
    """`Hai bên nhất trí triệu tập cuộc họp thứ chín của Ủy ban Hỗn hợp`, `sớm tổ chức kỳ họp`: agreed or wished for,
    not held (not a meeting of the visit's sides)."""
    doc = run(
        "Ngày 19/4, Tổng thống Peru Carlos Mendoza bắt đầu chuyến thăm chính thức Việt Nam. Cả hai bên cũng đã nhất "
        "trí triệu tập cuộc họp thứ chín của Ủy ban Hỗn hợp song phương Việt Nam - Peru."
    )
    assert [e["properties"]["kind"] for e in events(doc)] == ["visit"]


def test_whom_a_place_is_named_after_is_not_on_the_visit() -> None:
    """`Đoàn công tác cũng đã đến thăm Trường THPT mang tên Chủ tịch X`: X names the school, he is not there."""
    doc = run(
        "Ngày 26/6, Đoàn công tác tỉnh Cao Bằng cũng đã đến thăm Trường THPT số 5 mang tên Chủ tịch Trần Minh Đức."
    )
    assert not any("person:tran-minh-duc" in attendees(doc, e) for e in events(doc))


def test_a_visit_dated_by_its_own_year_keeps_it_on_a_page_of_one_month() -> None:
    """`… kể từ khi hai nước nâng cấp quan hệ vào năm 2018 nhân chuyến thăm chính thức Peru của Tổng Bí thư X`: a past
    visit dated by its year is of that year, though every other event of the page is of one month."""
    doc = run(
        "Chiều 18/1, sau khi tiến hành hội đàm, Thủ tướng Trần Minh Đức và Thủ tướng Peru Carlos Mendoza đã gặp gỡ báo "
        "chí.\n\nHai bên nhất trí cho rằng quan hệ hai nước phát triển tích cực, đặc biệt từ khi hai nước nâng cấp quan "
        "hệ lên Đối tác Toàn diện vào năm 2018 nhân chuyến thăm chính thức Peru của Tổng Bí thư Lê Văn Tâm."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2018"


def test_a_person_a_place_is_named_after_is_no_participant() -> None:
    """`visited the X Museum`, `thăm Trường mang tên Chủ tịch X`, `dâng hoa tại tượng đài X`: the person a school, a
    memorial or a museum is named after is not at the visit."""
    doc = run(
        "Prime Minister Tran Van Nam arrived in Havana on May 3, 2024.\n\nEarlier in the day, he visited the Ton "
        "Duc Thang Museum, where he laid a wreath."
    )
    assert all("person:ton-duc-thang" not in attendees(doc, e) for e in events(doc))
    vi = run(
        "Ngày 25/6/2024, đoàn công tác do ông Lê Minh Khoa dẫn đầu đã làm việc với lãnh đạo thành phố Kazan.\n\n"
        "Đoàn công tác cũng đã đến thăm Trường Trung học số 5 mang tên Chủ tịch Tôn Đức Thắng."
    )
    assert all("person:ton-duc-thang" not in attendees(vi, e) for e in events(vi))


def test_a_date_line_far_from_the_lead_s_own_day_is_the_site_s_date() -> None:
    """`Thứ hai, ngày 9/12/2024` at the top (the site's today), a headline `X hội đàm với Y`, then a lead that tells
    `chiều 3-5, … bắt đầu chuyến thăm` of 2019: the talks are of the visit's time, not of the date line's day."""
    doc = run(
        "Thứ hai, ngày 9/12/2024\n\nThủ tướng Trần Văn Nam hội đàm với Thủ tướng Hà Lan Pieter de Vries\n\nNhận "
        "lời mời của Thủ tướng Hà Lan Pieter de Vries, chiều 3-5-2019, Thủ tướng Trần Văn Nam tới La Hay, bắt "
        "đầu chuyến thăm chính thức Hà Lan.\n\nSau lễ đón, Thủ tướng Trần Văn Nam và Thủ tướng Pieter de Vries đã "
        "tiến hành hội đàm."
    )
    dates = {e["properties"].get("date") for e in events(doc)}
    assert "2024-12-09" not in dates
    assert dates <= {"2019-05-03", "2019-05"}


def test_an_occasion_phrase_ends_at_its_comma() -> None:
    """`During his stay in Vietnam, Mr X met with A, worked with B, and held talks with C`: the comma closes the
    occasion phrase, so `met with` is what the sentence tells, as the other two are: a meeting with each."""
    doc = run(
        "Spanish State Secretary for Trade Carlos Ruiz Ortega paid a working visit to Vietnam from May 6-8, 2024.\n\nDuring his stay in Vietnam, Mr Ortega met with Deputy Prime Minister Tran "
        "Minh Duc, worked with Minister of Culture Le Van Hoa, and held talks with Deputy Foreign Minister Do Thanh "
        "Binh."
    )
    hosts = [attendees(doc, e) - {"person:carlos-ruiz-ortega"} for e in of_kind(doc, "meeting")]
    assert {"person:tran-minh-duc"} in hosts


def test_a_delegation_acting_during_the_trip_told_before_is_its_traveller_s() -> None:
    """`Thứ trưởng X … thăm và làm việc tại A`, then `Trong chuyến công tác, Đoàn đã làm việc với …`: no `do … dẫn
    đầu` names the delegation's leader, so it is the one who made the trip told before."""
    doc = run(
        "Từ ngày 5 đến 8/4/2019, Thứ trưởng Bộ Ngoại giao Lê Văn Bình thăm và làm việc tại Bỉ và Hà Lan.\n\nChuyến "
        "công tác nhằm thúc đẩy quan hệ Việt Nam – EU.\n\nTrong chuyến công tác, Đoàn đã làm việc với Nghị viện "
        "châu Âu, Bộ Ngoại giao Hà Lan và Phòng Thương mại châu Âu."
    )
    meetings = of_kind(doc, "meeting")
    assert meetings and all("person:le-van-binh" in attendees(doc, m) for m in meetings)


def test_a_document_handed_over_in_the_year_of_the_meeting_is_signed_on_its_day() -> None:
    """`Bộ trưởng A và Bộ trưởng B trao Thỏa thuận hợp tác trong lĩnh vực Nông – Lâm nghiệp, Thủy sản … năm 2015`, after
    the meeting of `hôm nay (21/07)`: a year that holds the main event's day is that day, told loosely."""
    doc = run(
        "Trong khuôn khổ chuyến thăm và làm việc tại Campuchia từ ngày 19-21/07, hôm nay (21/07), tại thủ đô Phnom "
        "Penh, Bộ trưởng Công Thương Trần Minh Đức có cuộc họp với Bộ trưởng Thương mại Campuchia Sok Chenda.\n\nĐây là "
        "hoạt động nằm trong chương trình làm việc giữa hai Bộ trong năm 2015.\n\nBộ trưởng Trần Minh Đức và Bộ trưởng "
        "Sok Chenda trao Thỏa thuận hợp tác trong lĩnh vực Thương mại, Đầu tư và Công nghiệp năm 2015 giữa hai bộ."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"].endswith("-07-21")


def test_a_state_visit_to_vietnam_is_the_foreign_leader_s_though_his_host_is_named_first() -> None:
    """`Trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam, ngày 1/9, …, Tổng Bí thư A và Tổng thống Peru B đã chứng
    kiến …`: the first after the clause is at home in Việt Nam, the host; the visitor is the one from abroad."""
    doc = run(
        "Trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam, ngày 1/9, tại Hà Nội, ngay sau hội đàm, Tổng Bí thư "
        "Trần Minh Đức và Tổng thống Peru Carlos Mendoza đã chứng kiến lễ trao các văn kiện hợp tác."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:carlos-mendoza"}


def test_a_meeting_between_the_leaders_of_the_two_cities_is_the_lead_s_pair() -> None:
    """`Tại cuộc hội kiến giữa lãnh đạo hai thành phố, Thị trưởng Y nhấn mạnh …`: `lãnh đạo hai thành phố` names the two
    sides the lead paired, as `hai Thủ tướng` does; the meeting is theirs, not Y's alone."""
    doc = run(
        "Ngày 6/10, tại Tòa thị chính thành phố Lyon (Pháp), ông Lê Văn Tâm, Phó Chủ tịch UBND thành phố Huế và ông "
        "Pierre Martin, Thị trưởng thành phố Lyon đã ký kết Bản ghi nhớ hợp tác giữa hai thành phố.\n\nBản ghi nhớ mở "
        "ra chương mới về quan hệ hợp tác giữa hai thành phố.\n\nHai bên sẽ hợp tác về du lịch và đào tạo.\n\nTại cuộc "
        "hội kiến giữa lãnh đạo hai thành phố, Thị trưởng Pierre Martin nhấn mạnh sự kiên trì của thành phố Lyon."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-tam", "person:pierre-martin"}


def test_who_received_the_delegation_on_another_day_attended_that_day_s_meeting() -> None:
    """`Ngày 28/6, đoàn đã làm việc với Chính quyền thành phố A.` then `Tiếp và làm việc với đoàn có ông X …`: the list
    names who attended that day's meeting, told right before with no one at it, not the article's main event."""
    doc = run(
        "Vào ngày 25/6, Bí thư Tỉnh ủy Lê Văn Tâm đã làm việc với Thống đốc tỉnh Kazan Ivan Petrov.\n\nNgày 28/6, đoàn "
        "đã làm việc với Chính quyền thành phố Moskva.\n\nTiếp và làm việc với đoàn có ông Sergei Volkov - Phó Chủ tịch "
        "Ủy ban Đối ngoại Chính quyền thành phố Moskva."
    )
    days = {m["properties"]["date"][5:]: attendees(doc, m) for m in of_kind(doc, "meeting")}
    assert "person:sergei-volkov" in days["06-28"]
    assert "person:sergei-volkov" not in days["06-25"]


def test_the_host_delegation_at_home_is_on_no_visit() -> None:
    """`Buổi hội đàm diễn ra ngày 30/7 tại thủ đô Nairobi giữa Đoàn … Chính phủ Kenya do Thủ tướng A dẫn đầu và Đoàn …
    Việt Nam, do Phó Thủ tướng B làm Trưởng đoàn`: the first delegation is at home where the talks are; the visit is
    B's."""
    doc = run(
        "Buổi hội đàm diễn ra ngày 30/7 tại thủ đô Nairobi giữa Đoàn đại biểu cấp cao Chính phủ Kenya do Thủ tướng "
        "Samuel Otieno dẫn đầu và Đoàn đại biểu cấp cao Chính phủ Việt Nam, do Phó Thủ tướng Trần Minh Đức làm Trưởng đoàn."
    )
    visits = of_kind(doc, "visit")
    assert all("person:samuel-otieno" not in attendees(doc, v) for v in visits)


def test_a_reception_of_a_body_s_leaders_is_a_meeting() -> None:
    """`PM X received the leaders of the Acme Group`, `Bộ trưởng X tiếp lãnh đạo Tập đoàn Y`: `received`/`tiếp` takes
    a body's leaders as it takes a named guest or a delegation: a meeting of X's."""
    doc = run(
        "Prime Minister Le Van Tam arrived in Oslo on June 3, 2024.\n\nOn the same day, PM Le Van Tam received the "
        "leaders of the Norsk Hydro Group."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-tam"}
    assert meeting["properties"]["date"] == "2024-06-03"
    vi = run("Chiều 5/6/2024, Bộ trưởng Bộ Công Thương Trần Văn Minh tiếp lãnh đạo Tập đoàn Samsung tại Hà Nội.")
    [meeting_vi] = of_kind(vi, "meeting")
    assert attendees(vi, meeting_vi) == {"person:tran-van-minh"}


def test_signed_as_an_adjective_of_a_document_is_no_signing() -> None:
    """`the freshly-signed memorandum between A and B will …`, `a newly signed pact`: a document named by its state;
    `A and B recently signed an MoU` is a verb, and a signing."""
    doc = run(
        "Vice Chairman of Can Tho People's Committee Tran Van Loc on May 9, 2024 received Governor of Queensland "
        "Anna Hartley.\n\nThe official emphasised that the freshly-signed memorandum of understanding between the two "
        "chambers will boost trade."
    )
    assert of_kind(doc, "signing") == []
    verb = run("Can Tho province and Queensland recently signed a memorandum of understanding on May 9, 2024.")
    assert len(of_kind(verb, "signing")) == 1


def test_a_stay_of_someone_s_in_a_place_is_a_visit() -> None:
    """`During their stay in X, A and his delegation visited …`, `During his stay in X, Mr A met with B`: a stay of
    someone's in a place is his visit there, as `his visit to X` is (the visitor, not whom he met)."""
    doc = run(
        "Le Van Tam, Deputy Prime Minister of Vietnam, on June 3, 2024 met with Ola Hansen, Governor of Vestland "
        "county.\n\nDuring their stay in Vestland, Tam and his delegation toured a fish farm and a shipyard."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}
    his = run("During his stay in Norway, Minister Le Van Tam met with Norwegian Minister of Energy Ola Hansen.")
    [visit] = of_kind(his, "visit")
    assert attendees(his, visit) == {"person:le-van-tam"}


def test_a_trip_of_someone_s_to_a_place_is_a_visit() -> None:
    """`Minister A met B …, as part of his trip to X`, `A and her delegation concluded their trip to X`: a trip of
    someone's to a place named after it is a visit there, as `his visit to X` is; a trip of no one's is none."""
    doc = run(
        "Prime Minister Le Van Tam, as part of his trip to Norway, met with Norwegian Minister of Energy Ola Hansen "
        "in Oslo on June 3, 2024."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}
    theirs = run(
        "Vice President Tran Thi Mai and a delegation of Vietnam have concluded their trip to Kazakhstan, where they "
        "attended a summit in Astana on October 13, 2022."
    )
    [visit] = of_kind(theirs, "visit")
    assert "person:tran-thi-mai" in attendees(theirs, visit)
    nobody = run("Minister Le Van Tam said a trip to Norway by Vietnamese firms would help trade in 2024.")
    assert of_kind(nobody, "visit") == []


def test_a_span_of_days_told_with_a_visit_besides_a_reception_is_the_visit_s() -> None:
    """`Ngày 3/8, … Đại sứ X đã tiếp đoàn … do Y dẫn đầu thăm làm việc tại Hà Lan, từ ngày 30/7-3/8`: the reception is on
    the day the sentence opens with, the visit named besides it on the span its own phrase gives."""
    doc = run(
        "date 2017-08-05 Ngày 3/8, tại thành phố La Hay, Đại sứ Việt Nam tại Hà Lan Trần Thị Lan đã tiếp đoàn đại "
        "biểu tỉnh An Giang do Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Nam dẫn đầu thăm làm việc tại Hà Lan, từ ngày "
        "30/7-3/8."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"] == "2017-07-30"
    assert "person:le-van-nam" in attendees(doc, visit)
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2017-08-03"


def test_the_latter_s_visit_is_the_second_of_the_pair_s() -> None:
    """`… the summit between President A and B, …, during the latter's state visit last month`: the visit is B's
    (the second of the two named before it; `the former's`, A's), not the pair's nor the speaker's."""
    doc = run(
        "Minister Park Min-ho expressed hope that both governments would implement the outcomes of the summit "
        "between President Kim Dae-sung and Le Van Tam, general secretary of the Communist Party of Vietnam, during "
        "the latter's state visit in May 2025."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}
    former = run(
        "Minister Park Min-ho welcomed the talks between President Kim Dae-sung and Le Van Tam in Hanoi, during the "
        "former's state visit in May 2025."
    )
    [visit] = of_kind(former, "visit")
    assert attendees(former, visit) == {"person:kim-dae-sung"}


def test_who_a_since_when_clause_names_was_at_a_past_event() -> None:
    """`He is on a three-day official visit to X, the first high-level trip since 2005 when then-President Z visited`:
    Z was on a visit of 2005, not on the one the sentence tells."""
    doc = run(
        "The two countries signed a defence agreement in Hanoi on December 3, 2022.\n\nHe is on a three-day official "
        "visit to Vietnam, the first high-level trip from the Presidency since 2005 when then-President Musa Danjuma "
        "visited."
    )
    assert all("person:musa-danjuma" not in attendees(doc, e) for e in events(doc))


# --- events9: dates of unseen pages ------------------------------------------------------------------------------


def test_a_page_dated_by_its_month_dates_the_lead_s_events_in_it() -> None:
    """A page whose stamp gives only a month (`date 2023-04`, a saved page's metadata) still says when its lead
    happened, as a stamp with a day does: the working session and the signing the lead tells are of that month."""
    doc = run(
        "date 2023-04 Nhận lời mời của tỉnh Savannakhet, đoàn đại biểu tỉnh Quảng Trị do ông Lê Văn Hải, Phó Chủ tịch "
        "UBND tỉnh Quảng Trị làm trưởng đoàn, đã có buổi làm việc với ông Khamsay Vongsa, Phó Tỉnh trưởng tỉnh "
        "Savannakhet."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2023-04"


def test_the_chairs_named_after_a_meeting_of_bodies_attended_it() -> None:
    """`… lãnh đạo tỉnh A và tỉnh B đã tổ chức hội nghị sơ kết …`, then `Ông X, … và ông Y, … đồng chủ trì.`: news
    names the chairs of a meeting told by its bodies in a sentence of their own, with no event word; they were at it."""
    doc = run(
        "Chiều 12/3, lãnh đạo tỉnh Điện Biên và tỉnh Phongsaly (Lào) đã tổ chức hội nghị sơ kết hợp tác năm 2023. "
        "Hội nghị nhằm đánh giá kết quả hợp tác giữa hai tỉnh. Ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên và "
        "ông Khamphan Sisouk, Phó Tỉnh trưởng tỉnh Phongsaly đồng chủ trì."
    )
    [conference] = events(doc)
    assert conference["properties"]["date"].endswith("-03-12")
    assert attendees(doc, conference) == {"person:lo-van-tien", "person:khamphan-sisouk"}


def test_who_also_attended_the_meeting_attended_the_one_told_before() -> None:
    """`Đại sứ A và Đại sứ B cũng tham dự cuộc họp.` after a session of a joint committee and its co-chairs: a bare
    `cuộc họp` ending the sentence after `dự` is the session told before, not a meeting of the two ambassadors."""
    doc = run(
        "Ngày 5/6, Kỳ họp lần thứ V Ủy ban liên Chính phủ Việt Nam - Chile đã được tổ chức tại Hà Nội. Kỳ họp do Thứ "
        "trưởng Bộ Công Thương Lê Văn Hải và Thứ trưởng Ngoại giao Chile Pablo Rojas đồng chủ trì. Đại sứ Việt Nam tại "
        "Chile Trần Thu Hà và Đại sứ Chile tại Việt Nam Diego Soto cũng tham dự cuộc họp."
    )
    [session] = events(doc)
    assert attendees(doc, session) == {
        "person:le-van-hai",
        "person:pablo-rojas",
        "person:tran-thu-ha",
        "person:diego-soto",
    }


def test_whom_a_sentence_reports_after_a_conference_of_no_one_attended_it() -> None:
    """`Ngày 8-5 tại Hà Nội đã diễn ra Hội nghị …`, then `Theo Thứ trưởng X, …`: a sentence opening with whom it
    reports quotes him as a speech verb after him would; a conference its lead tells with no one is his."""
    doc = run(
        "Ngày 8-5 tại Hà Nội đã diễn ra Hội nghị xúc tiến đầu tư Việt Nam - Hungary. Sự kiện do Cục Đầu tư nước "
        "ngoài tổ chức. Theo Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Bảo, Hungary là đối tác quan trọng của Việt "
        "Nam tại Trung Âu."
    )
    [conference] = events(doc)
    assert conference["properties"]["date"].endswith("-05-08")
    assert attendees(doc, conference) == {"person:tran-quoc-bao"}


def test_a_conference_of_provinces_the_lead_tells_held_on_its_day_is_an_event() -> None:
    """`Ngày 20/9, tại thành phố A diễn ra Hội nghị hợp tác … giữa 4 tỉnh …`: a conference held on the day its own
    sentence gives is an event of the bodies it brings together, as a signing of bodies is, though the page names no
    one at it; one whose sentence gives no day (`Hội nghị … năm nay diễn ra trong bối cảnh …`) is only named."""
    doc = run(
        "Ngày 20/9, tại thành phố Lào Cai diễn ra Hội nghị hợp tác thương mại giữa các tỉnh Lào Cai, Hà Giang, Lai "
        "Châu (Việt Nam) và tỉnh Vân Nam (Trung Quốc). Hội nghị đánh giá kết quả hợp tác năm 2023."
    )
    [conference] = events(doc)
    assert conference["properties"]["date"].endswith("-09-20")
    assert not events(
        run("Hội nghị hợp tác thương mại giữa các tỉnh năm nay diễn ra trong bối cảnh thương mại tăng trưởng mạnh.")
    )


def test_an_item_of_a_list_of_doings_cut_at_its_semicolons_is_the_subject_s() -> None:
    """`Ngày 5/3, Chủ tịch nước X đã đến thăm tỉnh A; gặp Thống đốc B; tham dự Diễn đàn … tại A.`: the splitter cuts
    the list at its semicolons, and the item that opens with `tham dự` is X's conference (not an attendance list of
    the visit); an item of what someone said (`đề nghị …; tổ chức hội chợ …`) is no event of his."""
    doc = run(
        "Ngày 5/3, Chủ tịch nước Lê Văn Tâm đã đến thăm tỉnh Osaka, Nhật Bản; gặp Thống đốc Yamada Taro; tham dự Diễn "
        "đàn hợp tác địa phương Việt Nam - Nhật Bản tại Osaka."
    )
    [forum] = of_kind(doc, "conference")
    assert forum["properties"]["date"].endswith("-03-05")
    assert "person:le-van-tam" in attendees(doc, forum)
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-tam", "person:yamada-taro"}
    said = run(
        "Ngày 5/3, Chủ tịch nước Lê Văn Tâm đề nghị hai bên tăng cường hợp tác đầu tư; tổ chức hội chợ thương mại hằng "
        "năm."
    )
    assert not of_kind(said, "conference")


def test_an_english_item_of_a_list_of_doings_cut_at_its_semicolons_is_the_subject_s() -> None:
    """`During the visit, X held talks with Y; paid a courtesy visit to Z; met with W;`: English copy lists one
    person's doings the same way, and each item after a semicolon is a meeting of his with whom it names, not a
    meeting of that person alone folded into the talks."""
    doc = run(
        "date 2019-04-10 Prime Minister of Norland Erik Vandal paid an official visit to Vietnam on April 9.\n\n"
        "During the visit, Prime Minister Erik Vandal held talks with Prime Minister Tran Van Lam; paid a courtesy "
        "visit to State President Le Van Tam; met with National Assembly Chairwoman Hoang Thi Mai."
    )
    meetings = [attendees(doc, m) for m in of_kind(doc, "meeting")]
    for other in ("person:tran-van-lam", "person:le-van-tam", "person:hoang-thi-mai"):
        assert {"person:erik-vandal", other} in meetings


def test_a_visiting_guest_s_meeting_told_as_an_occasion_is_the_meeting_and_his_visit() -> None:
    """`The agreement was reached by X and visiting Minister Y during their meeting in Hanoi on July 11`: every event
    word of the sentence is an occasion; the meeting after `visiting` is the sentence's event, with both sides, and
    Y's visit is told besides it (not one visit of both)."""
    doc = run(
        "date 2022-07-12 Hanoi (VNA) – Vietnam and Norland have agreed to expand cooperation in agriculture.\n\n"
        "The agreement was reached by Minister of Industry and Trade Tran Van Lam and visiting Norland Minister of "
        "Foreign Affairs Erik Vandal during their meeting in Hanoi on July 11."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2022-07-11"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:erik-vandal"}
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:erik-vandal"}


def test_a_document_said_signed_at_talks_between_two_is_their_signing_and_their_talks() -> None:
    """`Bản ghi nhớ … đã được ký tại cuộc hội đàm giữa đoàn … do Bộ trưởng A … và đoàn … do Bộ trưởng B …`: the
    passive (`đã được ký`, as `was signed`) tells a signing, and talks named with a pair of their own (`giữa`) are held
    besides it, not only its occasion."""
    doc = run(
        "Bản ghi nhớ hợp tác về tài chính giữa Việt Nam và Lào đã được ký tại cuộc hội đàm giữa đoàn Bộ Tài chính Việt "
        "Nam do Bộ trưởng Lê Văn Hải làm trưởng đoàn và đoàn Bộ Tài chính Lào do Bộ trưởng Khamsay Vongsa làm trưởng "
        "đoàn."
    )
    pair = {"person:le-van-hai", "person:khamsay-vongsa"}
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == pair
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == pair


def test_talks_in_the_plural_with_several_bodies_are_one_meeting_with_each() -> None:
    """`Thống đốc X đã có các cuộc hội đàm với lãnh đạo Bộ A, Bộ B`: talks in the plural whose counterparts are
    bodies, not named people, are a meeting with each, as `các cuộc hội kiến với A, B` with people is."""
    doc = run(
        "Ngày 5/6, Thống đốc bang Victoria Anna Berg đã có các cuộc hội đàm với lãnh đạo Bộ Công Thương, Bộ Tài chính."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2
    assert all(attendees(doc, m) == {"person:anna-berg"} for m in meetings)


def test_whom_a_visitor_meets_at_a_reception_is_at_home() -> None:
    """`Thủ tướng X đã đến thăm tỉnh A`, then `Tại buổi tiếp Thống đốc B, Thủ tướng X …`: the reception names its
    guest before its host; B met a visitor in his own province, he is on no visit himself."""
    doc = run(
        "Ngày 3/4, Thủ tướng Lê Văn Tâm đã đến thăm tỉnh Osaka, Nhật Bản. Tại buổi tiếp Thống đốc Yamada Taro, Thủ "
        "tướng Lê Văn Tâm giới thiệu các thành viên trong đoàn."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}


def test_a_ceremony_the_next_sentence_says_was_witnessed_is_the_signing_told() -> None:
    """`A và B đã ký kết Bản ghi nhớ …`, then `Buổi lễ ký kết có sự chứng kiến của Thủ tướng C và Thủ tướng D`: the
    ceremony named back with its witnesses (`có sự chứng kiến`, as `có sự tham dự`) is the signing told, one event
    with its signers and witnesses, not a second signing of the witnesses on the day of the page's date line."""
    doc = run(
        "Việt Nam và Ba Lan ký hợp tác nông nghiệp\nVăn An 16/04/2019 08:57 GMT+7\nNgày 15/4/2019, Bộ trưởng Nông "
        "nghiệp Việt Nam Lê Văn Hải và Bộ trưởng Nông nghiệp Ba Lan Jan Nowak đã ký kết Bản ghi nhớ về hợp tác nông "
        "nghiệp.\nBuổi lễ ký kết có sự chứng kiến của Thủ tướng Trần Văn Lâm và Thủ tướng Ba Lan Anna Kowalska."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2019-04-15"
    assert attendees(doc, signing) == {
        "person:le-van-hai",
        "person:jan-nowak",
        "person:tran-van-lam",
        "person:anna-kowalska",
    }


def test_whose_home_town_a_visited_place_is_named_as_is_not_on_the_visit() -> None:
    """`Bày tỏ vui mừng được đến thăm tỉnh A, quê hương của Chủ tịch X`: the place is named by whose home town it is, as
    a school is by whom it is named after; X is on no visit."""
    doc = run(
        "Ngày 10/5, Chủ tịch nước Lê Văn Tâm đã hội kiến Bí thư Tỉnh ủy Thiểm Tây Vương Kiến Quân. Bày tỏ vui mừng "
        "được đến thăm Thiểm Tây, quê hương của Chủ tịch Trần Quốc Bình, vị lãnh tụ của nhân dân Trung Quốc, Chủ tịch "
        "nước Lê Văn Tâm cảm ơn sự đón tiếp."
    )
    assert all("person:tran-quoc-binh" not in attendees(doc, e) for e in events(doc))
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:le-van-tam"}


def test_the_lead_after_a_page_s_section_lines_is_still_the_lead() -> None:
    """A page that opens with its site's lines (`Chính trị`, `Quốc phòng - An ninh`, the province, a headline) tells
    its lead after them (`(ĐL)- Sáng 12-4, … đã tổ chức hội nghị trực tuyến ký kết …`): the signing it tells with no
    one named is the main event, which the attendance list after it (`Dự tại điểm cầu … có các đồng chí: …`) fills."""
    doc = run(
        "Chính trị\nQuốc phòng - An ninh\nĐắk Lắk\nKý kết biên bản ghi nhớ giữa 2 tỉnh Đắk Lắk và Mondulkiri\n(ĐL)- "
        "Sáng 12-4, chính quyền tỉnh Đắk Lắk và tỉnh Mondulkiri (Campuchia) đã tổ chức hội nghị trực tuyến ký kết bản "
        "ghi nhớ giữa 2 tỉnh.\nDự tại điểm cầu tỉnh Đắk Lắk có các đồng chí: Lê Văn Hải-Phó Chủ tịch UBND tỉnh; Trần "
        "Văn Nam-Phó Chủ tịch HĐND tỉnh."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"].endswith("-04-12")
    assert attendees(doc, signing) == {"person:le-van-hai", "person:tran-van-nam"}


def test_a_page_that_dates_none_of_its_events_is_of_the_day_its_lead_gives() -> None:
    """`Từ 10-12/6, Tổng lãnh sự quán … tham gia các hoạt động của đoàn … do bà X dẫn đầu tại thành phố A.`, then
    `Thay mặt đoàn, bà X cảm ơn sự đón tiếp …`: an undated page whose events name no day of their own tells what
    happened on the day its lead gives (its month kept, as for a page's date line)."""
    doc = run(
        "Quảng Ninh và bang New South Wales tăng cường hợp tác\nMinh Anh\nĐoàn chụp ảnh lưu niệm với lãnh đạo bang.\n"
        "Quang cảnh buổi làm việc.\nTừ 10-12/6, Tổng lãnh sự quán Việt Nam tại Sydney đã phối hợp tổ chức các hoạt "
        "động của đoàn đại biểu tỉnh Quảng Ninh do bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh, dẫn đầu tại thành phố "
        "Sydney.\nĐoàn đã tìm hiểu về du lịch và giáo dục của bang.\nThay mặt đoàn, bà Lê Thị Hoa cảm ơn sự đón tiếp "
        "nồng hậu của chính quyền bang."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"][4:] == "-06"
    assert "person:le-thi-hoa" in attendees(doc, meeting)


def test_receptions_told_in_the_plural_then_named_back_with_their_guests_are_one_each() -> None:
    """`X có các buổi tiếp những đoàn khách quốc tế …`, then `* Tại buổi tiếp, Đại sứ A, …` and `* Tại buổi tiếp Đại sứ
    B, …`: after receptions told in the plural, each named back with its own guest is one of them, not the same one."""
    doc = run(
        "Ngày 2/9, Chủ tịch UBND tỉnh Lê Văn Tâm có các buổi tiếp những đoàn khách quốc tế đến từ Nhật Bản và Hàn "
        "Quốc.\n* Tại buổi tiếp, Đại sứ Nhật Bản Yamada Taro, ông Lê Văn Tâm giới thiệu tiềm năng của tỉnh.\n* Tại buổi "
        "tiếp Đại sứ Hàn Quốc Kim Jae-won, ông Lê Văn Tâm cảm ơn sự ủng hộ của Hàn Quốc."
    )
    assert sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting")) == [
        ["person:kim-jae-won", "person:le-van-tam"],
        ["person:le-van-tam", "person:yamada-taro"],
    ]


# --- events8: an event told anew in an opening phrase, dates of a wire dateline, an event named back -------------


def test_a_reception_told_with_an_indefinite_article_is_a_meeting_of_its_own() -> None:
    """`At a reception for Y on October 16, X highlighted …`: the article belongs to the event word (`a reception`),
    so the phrase tells a meeting anew, with its own guest and day, not the talks told before named back."""
    doc = run(
        "Prime Minister Tran Van Lam on May 14, 2019 held talks with Chancellor Karl Huber of Austria in Vienna.\n\n"
        "The two leaders discussed trade and investment.\n\nThey agreed to boost cooperation in education.\n\n"
        "At a reception for Minister-President of Austria's Tyrol region Hans Keller on October 16, Prime Minister "
        "Tran Van Lam highlighted that Vietnam attaches great importance to cooperation with Austrian regions."
    )
    meetings = {e["properties"]["date"]: attendees(doc, e) for e in of_kind(doc, "meeting")}
    assert meetings == {
        "2019-05-14": {"person:tran-van-lam", "person:karl-huber"},
        "2019-10-16": {"person:tran-van-lam", "person:hans-keller"},
    }


def test_a_meeting_named_with_its_day_then_told_in_the_next_sentence_is_on_that_day() -> None:
    """`Laos and Chile agreed to … during the fifth meeting of the Laos-Chile Joint Commission in Santiago on March 9.`
    then `The meeting was chaired by A and B.`: the sentence that names the meeting with its day tells no one at it;
    the next names it back with its chairs. One meeting, on March 9."""
    doc = run(
        "Laos, Chile target more trade\n\nLaos and Chile agreed to double two-way trade during the fifth meeting of "
        "the Laos-Chile Joint Commission in Santiago on March 9.\n\nThe meeting was chaired by Lao Minister of "
        "Industry and Commerce Khampheng Sayavong and Chilean Minister of Economy Rodrigo Fuentes.\n\nThe two sides "
        "also discussed mining."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"].endswith("-03-09")
    assert attendees(doc, meeting) == {"person:khampheng-sayavong", "person:rodrigo-fuentes"}


def test_the_exchange_of_a_document_witnessed_names_the_signing_s_witnesses() -> None:
    """`The Port Authority of A and the Maritime Administration of B signed a MoU today.` then `The exchange of the MoU
    was witnessed by Prime Minister X and Prime Minister Y at the Palace`: X and Y were at the signing (a signing of
    bodies, whose documents were exchanged before them)."""
    doc = run(
        "date 2023-05-04 The Port Authority of Thailand and the Maritime Administration of Laos signed a Memorandum "
        "of Understanding today to enhance port cooperation.\n\nThe exchange of the MoU was witnessed by Thai Prime "
        "Minister Arthit Chanrai and Lao Prime Minister Somsak Vongkham at the Government House."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2023-05-04"
    assert {"person:arthit-chanrai", "person:somsak-vongkham"} <= attendees(doc, signing)


def test_a_report_that_dates_none_of_its_events_tells_them_in_its_date_line_s_month() -> None:
    """A page whose only date is its date line (`- 12 Mar 2019 9:15 AM`) and whose text dates nothing: what it tells
    happened as it was written, in that month, also an event told well after the lead (`The foreign ministers of
    the two countries signed an agreement …, Minister X told the press`)."""
    doc = run(
        "Laos and Poland to deepen ties\n- 12 Mar 2019 9:15 AM\nHe also noted the many Lao students in Poland.\n\n"
        "Poland could help Laos in health care, the prime minister said.\n\nThe number of grants will rise.\n\n"
        "The foreign ministers of the two countries signed an agreement on a tied aid programme, Polish Foreign "
        "Minister Jan Kowalczyk told the press."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2019-03"
    assert attendees(doc, signing) == {"person:jan-kowalczyk"}


def test_the_first_two_words_of_a_full_name_name_its_person_again() -> None:
    """`Datuk Seri Razak Hamzah Osman … Razak Hamzah, who is on a two-day official visit to Vietnam, …`: English copy
    names a Malay (or Arab, or Indian) official again by the first two words of his name; they are the one person
    whose full name they open, and the visit is his."""
    doc = run(
        "date 2022-03-21 Prime Minister Datuk Seri Razak Hamzah Osman and his Vietnamese counterpart Tran Van Lam "
        "today held talks in Hanoi.\n\nThe two leaders discussed trade.\n\nThey agreed to boost investment.\n\nRazak "
        "Hamzah, who is on a two-day official visit to Vietnam, was given a red carpet welcome at the Presidential "
        "Palace."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:razak-hamzah-osman"}


def test_a_bare_office_with_another_country_s_adjective_is_not_the_host_s_holder() -> None:
    """`On the first day of the visit, the Japanese Prime Minister visited Keio University`: an office with a country's
    adjective is no official of another country (the Vietnamese prime minister named before), even when the page
    gives no Japanese holder of it: no visit of the Vietnamese prime minister."""
    doc = run(
        "date 2023-06-04 Four agreements between Japan and Vietnam were signed today in Hanoi during a meeting "
        "between Vietnamese Prime Minister Tran Van Lam and Japanese Governor Sato Kenji.\n\nSato Kenji's visit "
        "starting on June 3 aims to strengthen relations.\n\nDuring the three-day visit, he is also scheduled to "
        "meet State President Le Van Hai.\n\nOn the first day of the visit, the Japanese Prime Minister visited Keio "
        "University."
    )
    assert all("person:tran-van-lam" not in attendees(doc, visit) for visit in of_kind(doc, "visit"))


def test_who_was_present_at_the_signing_attended_it() -> None:
    """`Port A and Port B have inked a MoU.` then `Laos's Deputy Prime Minister X and Thailand's Minister Y were present
    at the signing held in Vientiane`: X and Y attended the signing the bodies made (one signing, theirs)."""
    doc = run(
        "Laem Chabang Port and Vientiane Logistics Park sign MoU\n\nLaem Chabang Port (LCP) and Vientiane Logistics "
        "Park (VLP) have inked a Memorandum of Understanding to collaborate on port development.\n\nJuly 12, 2023"
        "\n\nLaos's Deputy Prime Minister Somsak Vongkham and Thailand's Minister of Transport Arthit Chanrai were "
        "present at the signing held in Vientiane."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:somsak-vongkham", "person:arthit-chanrai"}


# --- events10: signings, who takes part, what is no event --------------------------------------------------------


def test_the_only_signing_told_again_apart_from_the_visit_is_an_event_of_its_own() -> None:
    """`Prime Minister X signed a partnership agreement during a visit to Y`, then `A and B signed the agreement late on
    March 3`: the article's one signing, told again in a sentence that names no visit, is an event of its own beside
    the visit, not only part of it."""
    doc = run(
        "Chile and Laos lift ties with strategic pact\n\nChilean Prime Minister Mateo Rivas Soto signed a Strategic "
        "Partnership agreement during a visit to Laos to mark 40 years of relations.\n\nSANTIAGO – Chile and Laos "
        "signed a Strategic Partnership agreement late on March 3, the two countries said in a statement.\n\n"
        "Mr Rivas said the pact was important."
    )
    [signing] = of_kind(doc, "signing")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, signing) == attendees(doc, visit) == {"person:mateo-rivas-soto"}
    assert str(signing["properties"]["date"]).endswith("-03-03")


def test_a_memorandum_told_exchanged_in_the_passive_is_a_signing_on_its_day() -> None:
    """`On March 4th, a memorandum of understanding was exchanged at the Government Office`: a document exchanged (in
    the passive, as `was signed` is) tells its signing, on the day its sentence gives; the summit it was exchanged
    during and its signers, named after it, are of that day too, not of the page's date."""
    doc = run(
        "Thailand helps Laos set port standards\n\n10:15 | 12/04/2021\n\n"
        "On March 4th, a memorandum of understanding was exchanged at the Government Office in Vientiane.\n\n"
        "The memorandum was exchanged during the summit meeting between Thai Prime Minister Arthit Chanrai and Lao "
        "Prime Minister Somsak Vongkham. The MoU was signed by Deputy Minister of Transport of Thailand Wichai "
        "Srisuk, and Deputy Minister of Public Works of Laos Bounmy Keola."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2021-03-04"
    assert {"person:wichai-srisuk", "person:bounmy-keola"} <= attendees(doc, signing)


def test_a_protocol_signed_is_a_signing() -> None:
    """`… đã thay mặt hai chính phủ ký Nghị định thư về …`, `signs protocol`: a protocol is a document signed, as a
    memorandum or an agreement is, so the verb before it tells a signing (with whoever signs it)."""
    doc = run(
        "Việt Nam - Chile: Ký nghị định thư hợp tác y tế\n\nChiều 12/5, tại trụ sở Bộ Y tế ở Hà Nội, Bộ trưởng Y tế "
        "Trần Văn Lâm và Đại sứ Chile Mateo Rivas Soto đã thay mặt hai chính phủ ký Nghị định thư về hợp tác y tế."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-van-lam", "person:mateo-rivas-soto"}
    assert str(signing["properties"]["date"]).endswith("-05-12")


def test_a_signing_promoted_is_no_signing() -> None:
    """`Thành phố A xúc tiến ký thỏa thuận hữu nghị với các tỉnh …` (a headline), `Xúc tiến ký kết những hiệp định …`:
    a signing promoted is sought, not made, as `thúc đẩy ký kết` and `promoted the signing of` are."""
    doc = run(
        "Thành phố Cần Thơ xúc tiến ký thỏa thuận hữu nghị hợp tác với các tỉnh miền Nam Chile\n\nNgày 3/4, Phó Chủ "
        "tịch UBND thành phố Cần Thơ Trần Văn Lâm tiếp Đại sứ Chile Mateo Rivas Soto tại trụ sở UBND thành phố."
    )
    assert of_kind(doc, "signing") == []
    assert len(of_kind(doc, "meeting")) == 1


def test_a_guest_received_in_his_own_country_is_on_no_visit() -> None:
    """`Chiều 8/6, tại Santiago, nhân dịp tham dự Hội nghị … tại Chile, Thủ tướng X tiếp Bộ trưởng Chile Y`: the
    reception is told in the guest's own country (the host's trip told as a summit attended, no visit word), so the
    guest is at home, on no visit of his own."""
    doc = run(
        "Việt Nam - Chile thúc đẩy hợp tác nông nghiệp\n\nChiều 8/6 (giờ địa phương), tại Santiago, nhân dịp tham "
        "dự Hội nghị Thượng đỉnh Mercosur mở rộng tại Chile, Thủ tướng Chính phủ Trần Văn Lâm tiếp Bộ trưởng Nông "
        "nghiệp Chile Mateo Rivas Soto.\n\nThủ tướng tin tưởng kết quả chuyến thăm lần này sẽ mở ra một kỷ nguyên mới "
        "cho hợp tác nông nghiệp."
    )
    assert all("person:mateo-rivas-soto" not in attendees(doc, visit) for visit in of_kind(doc, "visit"))
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:mateo-rivas-soto"}


def test_a_signing_someone_proposed_is_not_made() -> None:
    """`X proposed that the two sides set up a working group, negotiate and sign a memorandum …`: a signing in what
    someone proposed or asked for, however far after the verb, is not made."""
    doc = run(
        "date 2023-05-02 Minister of Industry Tran Van Lam on May 2 held talks in Hanoi with Chilean Minister of "
        "Economy Mateo Rivas Soto.\n\nLam proposed that the two sides set up a working group on trade, negotiate "
        "and sign a memorandum of understanding on industrial cooperation, and speed up technology transfer."
    )
    assert of_kind(doc, "signing") == []


def test_a_guest_received_visiting_is_on_a_visit() -> None:
    """`X on June 7 received visiting Vice Governor of Japan's Gifu prefecture Y`: the guest's own sentence says he is
    on a visit, which is his, on the reception's day, even when the article names no visit elsewhere."""
    doc = run(
        "date 2023-06-07 Vice Chairman of the Hanoi People's Committee Tran Van Lam on June 7 received visiting Vice "
        "Governor of Japan's Gifu prefecture Sato Kenji.\n\nLam said the city is willing to foster joint work with "
        "Gifu in high technology."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:sato-kenji"}
    assert visit["properties"]["date"] == "2023-06-07"


def test_a_reception_of_a_visiting_guest_is_a_meeting_and_his_visit() -> None:
    """`Prime Minister X on Tuesday received visiting Japanese Foreign Minister Y in Hanoi.`: the reception is a meeting
    of the two, and `visiting` tells the guest's visit (the real set's annotation gives the guest a visit wherever a
    page says so)."""
    doc = run(
        "News\n\nPrime Minister Le Van Nam on Tuesday received visiting Japanese Foreign Minister Sato Aiko in Hanoi."
    )
    [meeting] = of_kind(doc, "meeting")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, meeting) == {"person:le-van-nam", "person:sato-aiko"}
    assert attendees(doc, visit) == {"person:sato-aiko"}


def test_the_two_sides_signing_during_undated_talks_is_the_talks_pair_s_signing() -> None:
    """`The consensus was reached during a meeting between Industry Minister A and his counterpart B in Lima.`, then
    `During the talks, the two sides signed a memorandum …`: a signing `the two sides` made in a sentence of the talks
    (neither dated) is the pair's, an event of its own beside the talks."""
    doc = run(
        "Peru and Laos agreed on Thursday to enhance cooperation on minerals, Lima's ministry said.\n\nThe consensus "
        "was reached during a meeting between Peru's Industry Minister Mateo Rivas Soto and his Lao counterpart, "
        "Somsak Vongkham, in Lima.\n\nDuring the talks, the two sides signed a memorandum of understanding on joint "
        "research for supply chains of critical minerals."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}


def test_a_signing_on_the_occasion_of_a_meeting_dated_by_its_page_is_an_event() -> None:
    """`At the 12th Meeting of the Joint Commission on Wednesday, A and B agreed …`, then `On the occasion, a
    memorandum … was signed.` after the meeting's account: the signing placed at the meeting told before is one of its
    own even when the meeting takes its day only from the page (undated while the signing is read), in its month. (The
    rules' reading: the event scorer drops this one, a signing of no one told last on the page, as more likely wrong
    than right.)"""
    doc = run_rules(
        "date 2022-03-18 Lima.- At the 12th Meeting of the Joint Commission on Wednesday, Peru and Laos agreed to "
        "expand trade in coffee and minerals.\n\nCo-chaired by Peruvian Trade Minister Mateo Rivas Soto and Lao "
        "Minister of Industry Somsak Vongkham, the two parties reviewed their action plan.\n\nThe Peruvian "
        "delegation pledged to support Lao exporters of coffee.\n\nThe Lao side offered to send experts in mining to "
        "Peru.\n\nThe delegations also agreed to cooperate in tourism and education.\n\nOn the occasion, a "
        "memorandum of understanding on cooperation in sports was signed."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"].startswith("2022-03")


def test_a_business_trip_told_with_sang_cong_tac_is_a_visit() -> None:
    """`… Nghị sỹ Y, Chủ tịch Nhóm Nghị sỹ hữu nghị Chile – Việt Nam sang công tác tại Hà Nội từ ngày 21 – 26/4`: `sang
    công tác` (`đến công tác`), a trip on business to a place, tells a visit, as `chuyến công tác` does."""
    doc = run(
        "date 2025-04-28 Chiều 24/4, Thứ trưởng Bộ Công Thương Trần Văn Lâm đã tiếp và làm việc với Nghị sỹ Mateo "
        "Rivas Soto, Chủ tịch Nhóm Nghị sỹ hữu nghị Chile – Việt Nam sang công tác tại Hà Nội từ ngày 21 – "
        "26/4/2025.\n\nHai bên trao đổi về hợp tác thương mại."
    )
    assert any("person:mateo-rivas-soto" in attendees(doc, visit) for visit in of_kind(doc, "visit"))


def test_a_visit_word_in_a_clause_a_decade_opens_is_history() -> None:
    """`Congratulating A on his appointment, President B recalled the ties, which date back to the 1930s when the
    first Lao traders arrived in Chile`: the visit word is in the clause the decade opens (`1930s when`, `in 1995
    when`), history, not a visit of the people its sentence names."""
    doc = run(
        "date 2024-05-07 President of Chile Mateo Rivas Soto hosted a reception for Lao Ambassador Somsak Vongkham, "
        "who presented his credentials in Santiago on May 6.\n\nCongratulating Somsak on his appointment, President "
        "Rivas recalled the historical ties between the two nations, which date back to the 1930s when the first Lao "
        "traders arrived in Chile."
    )
    assert of_kind(doc, "visit") == []


def test_a_summit_held_by_a_pair_where_a_signing_took_place_is_an_event_too() -> None:
    """`Minister A signed a memorandum with Deputy Minister B during the summit held by President C with his
    counterpart, President D`: the summit, told as held by a pair of its own, is an event besides the signing (as
    `the talks between C and D` are), with C and D at it."""
    doc = run(
        "date 2025-08-07 Minister of Planning Mateo Rivas Soto signed a Memorandum of Understanding on economic "
        "development with Deputy Minister of Industry of Laos Somsak Vongkham during the summit held by President "
        "of Chile Pablo Herrera Diaz with his counterpart, President of Laos Bounmy Keola."
    )
    [signing] = of_kind(doc, "signing")
    [summit] = [e for e in events(doc) if e["properties"]["kind"] in ("conference", "meeting")]
    assert {"person:mateo-rivas-soto", "person:somsak-vongkham"} <= attendees(doc, signing)
    assert {"person:pablo-herrera-diaz", "person:bounmy-keola"} <= attendees(doc, summit)


# --- events11: who takes part, and which events are events ----------------------------------------------------


def test_a_named_conference_a_signing_was_held_on_the_margins_of_is_an_event_too() -> None:
    """`The deal, signed on May 6 in Santiago on the sidelines of the 12th Pacific Summit, was witnessed by …`, `… were
    present at the signing held in Lima during the Andean Business Forum`: the conference named by its capitalised
    name as the signing's occasion is an event besides it, with the same people, on its day; `during the forum`,
    named back in lower case, is none. The conference a meeting was held on the margins of is one too, with both
    (docs/annotation-conventions.md, "Occasions": an occasion is an event when the text puts a named person at it)."""
    doc = run(
        "date 2024-05-07 Laos and Chile have signed an agreement on clean energy.\n\nThe deal, signed on May 6 in "
        "Santiago on the sidelines of the 12th Pacific Summit, was witnessed by Chilean President Mateo Rivas Soto "
        "and Lao Prime Minister Somsak Vongkham."
    )
    [summit] = of_kind(doc, "conference")
    assert summit["properties"]["date"] == "2024-05-06"
    assert attendees(doc, summit) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    doc = run(
        "date 2024-05-07 Chilean Deputy Minister Mateo Rivas Soto and Lao Deputy Minister Somsak Vongkham were "
        "present at the signing held in Lima during the Andean Business Forum."
    )
    [forum] = of_kind(doc, "conference")
    assert attendees(doc, forum) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    doc = run(
        "date 2024-05-07 Chilean Deputy Minister Mateo Rivas Soto and Lao Deputy Minister Somsak Vongkham were "
        "present at the signing held in Lima during the forum."
    )
    assert of_kind(doc, "conference") == []
    doc = run(
        "date 2024-05-07 Chilean Minister Mateo Rivas Soto met with Lao Minister Somsak Vongkham on May 6 on the "
        "sidelines of the 22nd Andean Trade Expo in Lima."
    )
    [expo] = of_kind(doc, "conference")
    assert attendees(doc, expo) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    assert expo["properties"]["date"] == "2024-05-06"
    assert len(of_kind(doc, "meeting")) == 1


def test_a_conference_the_subject_attends_by_the_way_is_an_event_of_his() -> None:
    """`Nhân dịp tham dự Hội nghị …, Thủ tướng X đã có cuộc gặp với Y`, `Nhân dịp dự “Hội nghị …”`: the sentence puts X
    at the conference, an event besides the meeting (docs/annotation-conventions.md, "Occasions"), with whom he met
    there, as `met Y on the sidelines of the … Expo` tells it (one event, one id, from either language); `tháp tùng Thủ
    tướng tham dự …` puts there the one accompanied, not the subject; `on the sidelines of the 9th Association of
    Pacific Nations (APN) Summit`, a name with an acronym in it, both sides."""
    doc = run(
        "date 2025-09-02 Ngày 01/9, tại Thượng Hải, nhân dịp tham dự Hội nghị Thượng đỉnh Tổ chức Hợp tác Á - Âu mở "
        "rộng, Thủ tướng Lê Văn Hải đã có cuộc gặp với Thủ tướng Somsak Vongkham."
    )
    [summit] = of_kind(doc, "conference")
    assert attendees(doc, summit) == {"person:le-van-hai", "person:somsak-vongkham"}
    assert summit["properties"]["date"] == "2025-09-01"
    doc = run(
        "date 2025-01-12 Nhân dịp dự “Hội nghị Thượng đỉnh Đầu tư toàn cầu” lần thứ 5 đang diễn ra tại bang Kerala, "
        "hôm nay (11/1), Phó Thủ tướng Lê Văn Hải đã tiếp ông Arun Mehta, Chủ tịch Tập đoàn Mehta."
    )
    [summit] = of_kind(doc, "conference")
    assert attendees(doc, summit) == {"person:le-van-hai", "person:arun-mehta"}
    doc = run(
        "date 2025-09-02 Ngày 01/9, nhân dịp tháp tùng Thủ tướng tham dự Hội nghị Thượng đỉnh Tổ chức Hợp tác Á - Âu, "
        "Bộ trưởng Lê Văn Hải đã có cuộc gặp với Bộ trưởng Somsak Vongkham."
    )
    assert of_kind(doc, "conference") == []
    doc = run(
        "date 2026-05-08 President Mateo Rivas Soto met with Prime Minister Somsak Vongkham on the sidelines of the "
        "9th Association of Pacific Nations (APN) Summit in Lima on May 7."
    )
    [summit] = of_kind(doc, "conference")
    assert attendees(doc, summit) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}


def test_bilateral_discussions_a_signing_followed_are_talks() -> None:
    """`Four agreements were signed … in the presence of President A and President B.` then `The signing took place
    following bilateral discussions held at the Presidential Palace …`: `bilateral discussions` are talks, as
    `bilateral talks` are, an event besides the signing with the pair told before; `discussions` alone stays a word."""
    doc = run(
        "date 2024-05-07 Four agreements were signed between Chile and Laos, in the presence of President Mateo "
        "Rivas Soto and President Somsak Vongkham.\n\nThe signing took place following bilateral discussions held at "
        "the Presidential Palace in Santiago on Monday."
    )
    [talks] = of_kind(doc, "meeting")
    assert attendees(doc, talks) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    assert talks["properties"]["date"] == "2024-05-06"


def test_minutes_of_understanding_handed_over_before_witnesses_tell_a_signing() -> None:
    """`Thủ tướng A và Bộ trưởng B chứng kiến trao các biên bản ghi nhớ hợp tác`: the memoranda handed over (`biên bản
    ghi nhớ`, as `bản ghi nhớ` and `văn kiện` already were) tell their signing, with its witnesses."""
    doc = run(
        "date 2023-04-20 Thủ tướng Lào Somsak Vongkham và Bộ trưởng Kinh tế Chile Mateo Rivas Soto chứng kiến trao "
        "các biên bản ghi nhớ hợp tác giữa hai nước."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:somsak-vongkham", "person:mateo-rivas-soto"}


# --- round 12: who a visit is of, told on unseen pages ----------------------------------------------------------


def test_a_visit_in_what_a_host_welcomes_is_the_welcomed_delegation_s() -> None:
    """`Đồng chí A chào mừng Đoàn công tác quận X, thành phố Y, Lào đã đến thăm và làm việc với tỉnh`: the visit told
    in what the host welcomes, however long the delegation's name, is the welcomed delegation's (its leader's, named
    before), not the host's, who speaks."""
    doc = run(
        "date 2019-07-04 Chiều 3/7, Đoàn công tác quận Xaythany, thủ đô Viêng Chăn, Lào do ông Somsak Vongkham, "
        "Quận trưởng quận Xaythany làm Trưởng đoàn đã đến làm việc tại tỉnh. Tiếp và làm việc với đoàn có đồng chí "
        "Trần Văn Hòa, Phó Chủ tịch UBND tỉnh.\n\nTại buổi làm việc, đồng chí Trần Văn Hòa, Phó Chủ tịch UBND tỉnh "
        "chào mừng Đoàn công tác quận Xaythany, thủ đô Viêng Chăn, Lào đã đến thăm và làm việc với tỉnh."
    )
    visits = of_kind(doc, "visit")
    assert visits and all("person:tran-van-hoa" not in attendees(doc, v) for v in visits)
    assert any(attendees(doc, v) == {"person:somsak-vongkham"} for v in visits)


def test_a_visit_in_what_a_host_welcomes_is_the_welcomed_guest_s_named_by_his_office() -> None:
    """`A gửi lời chào mừng đến Ngài Tổng Lãnh sự cùng các thành viên Đoàn đại biểu đã đến thăm và làm việc tại tỉnh`:
    an office after the honorific `Ngài` names the one person the page gave it, and the visit told in what the host
    welcomes is that guest's, not the host's."""
    doc = run(
        "date 2023-10-18 Chiều ngày 17/10/2023, ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh Gia Lai đón tiếp Ngài "
        "Mateo Rivas Soto, Tổng Lãnh sự Chile tại Thành phố Hồ Chí Minh đến chào xã giao.\n\nPhát biểu tại buổi đón "
        "tiếp, Phó Chủ tịch UBND tỉnh Trần Văn Hòa gửi lời chào mừng tốt đẹp nhất đến Ngài Tổng Lãnh sự cùng các "
        "thành viên Đoàn đại biểu đã đến thăm và làm việc tại tỉnh Gia Lai."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:mateo-rivas-soto"}


def test_a_meeting_told_undated_is_on_the_day_of_the_welcome_that_names_its_pair() -> None:
    """A headline's reception with no day under a forum's lines (`A tiếp Thủ tướng B …`), then `Chiều ngày 20/10, A đã
    hoan nghênh Thủ tướng B, Phu nhân và Đoàn … thăm tỉnh X`: the visit is B's alone, and the reception is on the day
    of the sentence that names its pair, the welcome's, not only in the page's month."""
    doc = run(
        "date 2008-10-24 Hội hữu nghị Lào\n\nThảo luận chung => Tin tức và sự kiện => Tác giả chủ đề:: minhan vào "
        "Tháng Mười 24, 2008, 11:24:30 AM\n\nTiêu đề: Vân Nam sẽ tăng cường hợp tác với Lào\nGửi bởi: minhan vào "
        "Tháng Mười 24, 2008, 11:24:30 AM\n(http://example.org/anh/12.jpg)\nBí thư Tỉnh ủy Vân Nam Lý Kiến Quốc tiếp "
        "Thủ tướng Lào Somsak Vongkham và Đoàn cấp cao Lào\n\nChiều ngày 20/10 vừa qua, Bí thư Tỉnh ủy Vân Nam – Trung "
        "Quốc Lý Kiến Quốc đã nhiệt liệt hoan nghênh Thủ tướng Somsak Vongkham, Phu nhân và Đoàn cấp cao Chính phủ Lào "
        "thăm Vân Nam.\n\nTháng 5 năm nay, Tổng Bí thư Lào Bounmy Keo đã thăm Trung Quốc."
    )
    visits = of_kind(doc, "visit")
    assert {"person:somsak-vongkham"} in [attendees(doc, v) for v in visits]
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2008-10-20"


def test_an_undated_lead_s_signing_is_of_the_month_the_page_s_address_gives() -> None:
    """`SANTIAGO, Chile -- Andes Copper has signed a number of agreements with Lao companies … in the presence of A and
    B`, no day in the text, on a page filed under `/news/2014/11/25/`: the signing is of that month, as on a page
    with a date header."""
    doc = run(
        "Andes Copper, Lao Mining explore cooperation\n\nSANTIAGO, Chile -- Andes Copper has signed a number of "
        "agreements with Lao companies. The documents were signed in the presence of President Mateo Rivas Soto and "
        "Prime Minister Somsak Vongkham.",
        url="https://example.com/news/2014/11/25/andes-copper-lao-mining/",
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2014-11"


def test_signed_minutes_handed_over_tell_a_signing() -> None:
    """`Chủ tịch UBND tỉnh A và Tỉnh trưởng B trao biên bản ký kết về việc mở mới lối thông quan …`: minutes of a
    signing (or of cooperation, talks) handed over tell their signing, as `trao … bản ghi nhớ` already does; not a
    record of some other kind (`trao biên bản xử phạt`)."""
    doc = run(
        "date 2016-08-03 Ngày 2.8, Chủ tịch UBND tỉnh Lào Cai Trần Văn Hòa và đồng chí Somsak Vongkham, Tỉnh trưởng "
        "tỉnh Luang Namtha trao biên bản ký kết về việc mở mới lối thông quan hàng hóa."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-van-hoa", "person:somsak-vongkham"}
    doc = run("date 2016-08-03 Ngày 2.8, ông Trần Văn Hòa trao biên bản xử phạt cho doanh nghiệp.")
    assert of_kind(doc, "signing") == []


def test_the_first_words_of_a_name_standing_alone_are_found_without_a_pattern_per_name() -> None:
    """`Ahmad Zaki said …`: the two words stand alone (no word character or hyphen on either side, no capitalised word
    after them); not inside `Ahmad Zaki Hamid`, `x-Ahmad Zaki`, `Ahmad Zakiah`; matches do not overlap."""
    from loaders.entities.events import _standing_alone

    text = "Ahmad Zaki said. Ahmad Zaki Hamid met x-Ahmad Zaki and Ahmad Zakiah; Ahmad Zaki\n\nahmad."
    assert _standing_alone(text, "Ahmad Zaki") == [0, 69]
    assert _standing_alone("Ali Ali Ali", "Ali Ali") == [4]


# --- events13: who is at an event, which sentences are events -----------------------------------------------------


def test_a_meeting_also_joined_by_others_is_the_meeting_told_before() -> None:
    """`Cuộc gặp gỡ còn có sự tham gia của ông A và ông B`: who else took part in the meeting the lead told, as `Buổi
    gặp có sự tham dự của …` already is; not a second meeting of theirs."""
    doc = run(
        "date 2019-10-16 Ngày 4/10, Chủ tịch Hội đồng tỉnh Chungcheong Lee Min Ho đã tiếp Chủ tịch HĐND tỉnh Nam Định "
        "Trần Văn Hòa cùng đoàn đại biểu tại trụ sở Hội đồng tỉnh.\n\nCuộc gặp gỡ còn có sự tham gia của ông Kim Dae "
        "Jung và ông Park Ji Sung."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"person:tran-van-hoa", "person:kim-dae-jung", "person:park-ji-sung"} <= attendees(doc, meeting)


def test_a_guest_received_by_his_title_then_his_name_after_a_comma_is_on_a_visit() -> None:
    """`Chủ tịch A đã đón tiếp Chủ tịch HĐND tỉnh B, Trần Văn X cùng đoàn đại biểu …`, then `Chuyến thăm lần này …`:
    the guest named by his title first and his name after the comma is the one received, on a visit of his (as `tiếp
    ông X` is); not whom a clause in lower case after a comma names (`…, ông Y cho biết`)."""
    doc = run(
        "date 2019-10-16 Ngày 4/10, Tỉnh trưởng tỉnh Luang Namtha Somsak Vongkham đã đón tiếp Chủ tịch Hội đồng Nhân "
        "dân tỉnh Nam Định, Trần Văn Hòa cùng đoàn đại biểu gồm 11 người tại trụ sở tỉnh.\n\nChuyến thăm lần này của "
        "đoàn là chuyến thăm đáp lễ, qua đó thắt chặt quan hệ hữu nghị."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tran-van-hoa"}
    doc = run(
        "date 2019-10-16 Ngày 4/10, Tỉnh trưởng tỉnh Luang Namtha Somsak Vongkham đã đón tiếp đoàn đại biểu tỉnh Nam "
        "Định tại trụ sở tỉnh, ông Trần Văn Hòa cho biết.\n\nChuyến thăm lần này của đoàn là chuyến thăm đáp lễ."
    )
    assert all("person:tran-van-hoa" not in attendees(doc, v) for v in of_kind(doc, "visit"))


def test_a_visit_named_by_a_possessive_and_its_place_before_the_word_is_the_visitor_s() -> None:
    """`According to the minister, his Laos visit aims to …`: a visit whose place stands before the word, named by the
    possessive of whom the page told before, is his (as `his visit to Laos` is); not capitalised words that name no
    place (`his Christmas visit`)."""
    told = (
        "date 2008-06-13 Peruvian Minister of Trade Mateo Rivas Soto made the statement during his meeting with Lao "
        "Deputy Prime Minister Somsak Vongkham in Vientiane on June 12.\n\nMinister Rivas Soto also said Peru wants "
        "to export more.\n\nAccording to the minister, his "
    )
    doc = run(told + "Laos visit aims to implement the agreements between the two countries.")
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:mateo-rivas-soto"}
    doc = run(told + "Christmas visit was a pleasure for the family.")
    assert of_kind(doc, "visit") == []


def test_the_guest_of_an_official_welcome_ceremony_is_on_a_visit() -> None:
    """`Ngay sau Lễ đón chính thức Thủ tướng A tại Thủ đô B …, Tổng thống C cùng … bước vào phòng hội đàm`, `chủ trì lễ
    đón cấp Nhà nước Thủ tướng A`: the guest a country receives with an official ceremony is on a visit of his, on the
    day of the talks; not one still ahead (`sẽ chủ trì lễ đón chính thức …`)."""
    for text in (
        "date 2023-09-26 Ngay sau Lễ đón chính thức Thủ tướng Lào Somsak Vongkham tại Thủ đô Lima diễn ra sáng 25/9 "
        "theo giờ địa phương, Tổng thống Peru Mateo Rivas Soto cùng người đứng đầu Chính phủ Lào bước vào phòng hội đàm.",
        "date 2023-09-26 Sáng 25/9, Tổng thống Peru Mateo Rivas Soto chủ trì lễ đón cấp Nhà nước Thủ tướng Lào Somsak "
        "Vongkham, trước khi hai nhà lãnh đạo hội đàm.",
    ):
        doc = run(text)
        [visit] = of_kind(doc, "visit")
        assert attendees(doc, visit) == {"person:somsak-vongkham"}
        assert visit["properties"]["date"] == "2023-09-25"
    doc = run(
        "date 2023-09-26 Sáng 25/9, Tổng thống Peru Mateo Rivas Soto sẽ chủ trì lễ đón chính thức Thủ tướng Lào "
        "Somsak Vongkham. Hai nhà lãnh đạo sau đó sẽ hội đàm."
    )
    assert of_kind(doc, "visit") == []


def test_a_pair_of_leaders_announcing_jointly_in_the_lead_met() -> None:
    """`Prime Minister A and the Prime Minister of B, His Excellency Mr C made the announcement jointly …`: what two
    leaders announce together in a lead that names no event they announce where they meet, as `A and B discussed …`
    already tells; not what one announces alone."""
    doc = run(
        "date 2024-03-07 Peru-Laos relations have taken a big step forward with the announcement today of a new "
        "partnership.\n\nPrime Minister Mateo Rivas Soto and the Prime Minister of Laos, His Excellency Mr Somsak "
        "Vongkham made the announcement jointly saying the relationship is underpinned by trust."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    doc = run(
        "date 2024-03-07 Peru-Laos relations have taken a big step forward.\n\nPrime Minister Mateo Rivas Soto "
        "jointly announced with business leaders a new fund."
    )
    assert of_kind(doc, "meeting") == []


def test_a_visit_the_lead_tells_done_by_a_body_on_its_own_days_is_an_event_of_no_one_named() -> None:
    """`Từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác Sở Ngoại vụ tỉnh A … đã sang thăm, làm việc …`: a visit the
    lead tells done by a body on days of its own sentence is an event though the page names no one on it, as a
    conference held by bodies is; not a visit named inside what another sentence tells (`… trong chuyến thăm …`)."""
    doc = run(
        "date 2024-03-10 Nhận lời mời của Sở Ngoại vụ tỉnh Lào Cai, từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác "
        "Sở Ngoại vụ tỉnh Luang Namtha đã sang thăm, làm việc tại tỉnh Lào Cai."
    )
    [visit] = of_kind(doc, "visit")
    assert visit["properties"]["date"].startswith("2024-03")
    doc = run(
        "date 2024-03-10 Nhân dân tỉnh Lào Cai nhớ mãi sự đón tiếp trong chuyến thăm và làm việc với Sở Ngoại vụ tỉnh "
        "Luang Namtha ngày 06/3/2024."
    )
    assert of_kind(doc, "visit") == []


def test_a_meeting_of_bodies_the_headline_names_and_the_lead_tells_done_is_an_event() -> None:
    """`Gặp mặt huyện B nhân dịp …` above `Chiều ngày 29/9, …, Sở Ngoại vụ tỉnh A đã gặp mặt … với đại diện phía huyện
    B`: the headline names the meeting without a verb, the lead tells it done by a body on its own day: a meeting of
    bodies, though its first mention is the headline's."""
    doc = run(
        "Gặp mặt huyện Kim Bình (Trung Quốc) nhân dịp Tết Nguyên đán\n\n"
        "Chiều ngày 14/2/2021, tại cửa khẩu, Sở Ngoại vụ tỉnh Điện Biên đã gặp mặt, trao đổi thân tình với đại diện "
        "phía huyện Kim Bình nhân dịp Tết Nguyên đán."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2021-02-14"


def test_a_teleconference_or_an_online_meeting_is_a_meeting() -> None:
    """`held a teleconference`, `organised an online meeting`, `a virtual meeting`: a meeting held over the wire, as
    `online talks` and `video conference with` are; the bodies that hold it are represented by whom the article then
    quotes."""
    doc = run(
        "date 2021-06-08 Da Nang city and Australia's Queensland state held a teleconference on June 8 to promote "
        "their cooperation in education.\n\nRobert Clarke, Trade Commissioner of Queensland, said the state wants to "
        "welcome more students.\n\nTran Van Hieu, Director of the Da Nang Department of Foreign Affairs, said the "
        "city will support the plan."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2021-06-08"
    assert attendees(doc, meeting) == {"person:robert-clarke", "person:tran-van-hieu"}


def test_a_working_session_with_a_new_counterpart_told_with_a_is_another_meeting() -> None:
    """`X had a working session with Governor A. … During a working session with Mayor B, the two sides …`: a meeting
    told with an indefinite article and a counterpart the one before did not have is one of its own, not the first
    named again (`During the working session, …` is)."""
    doc = run(
        "date 2019-10-14 Vietnamese Ambassador to Poland Tran Van Lam visited Lodz province on October 14 and had a "
        "working session with Governor Piotr Nowak.\n\nDuring the working session, the two sides discussed trade.\n\n"
        "During a working session with Mayor Adam Kowalczyk, cultural exchanges were discussed."
    )
    meetings = of_kind(doc, "meeting")
    assert len(meetings) == 2
    assert {frozenset(attendees(doc, m)) for m in meetings} >= {
        frozenset({"person:tran-van-lam", "person:piotr-nowak"})
    }
    assert any("person:adam-kowalczyk" in attendees(doc, m) for m in meetings)
    assert not any({"person:piotr-nowak", "person:adam-kowalczyk"} <= attendees(doc, m) for m in meetings)


def test_a_meeting_a_page_only_names_back_with_its_two_sides_took_place() -> None:
    """`Tại buổi làm việc, hai bên đã thông tin …` after the background of a page that tells no event otherwise (its
    lead cut off): the meeting took place, attended by whom the page quotes; not a meeting named back without its two
    sides (`Tại hội nghị, các doanh nghiệp …` may be any meeting)."""
    background = (
        "date 2021-05-20 Quảng Trị và Savannakhet tăng cường hợp tác\n\n"
        "Thời gian qua, quan hệ hợp tác giữa hai tỉnh phát triển tốt đẹp.\n\n"
        "Thương mại qua cửa khẩu tăng nhanh.\n\n"
        "Giao lưu nhân dân được mở rộng.\n\n"
    )
    quoted = "\n\nPhó Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam cho biết, tỉnh sẵn sàng hỗ trợ tỉnh bạn."
    doc = run(background + "Tại buổi làm việc, hai bên đã thông tin về tình hình kinh tế - xã hội mỗi tỉnh." + quoted)
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"].startswith("2021-05")
    assert attendees(doc, meeting) == {"person:hoang-van-nam"}
    doc = run(background + "Tại hội nghị, các doanh nghiệp đã giới thiệu sản phẩm của mình." + quoted)
    assert events(doc) == []


def test_an_audience_granted_by_a_head_of_state_is_a_meeting() -> None:
    """`at the end of an audience granted to him by the President, Y`, `the King granted an audience to X`: an
    audience is a meeting of the guest and whoever granted it, as `an audience with` is."""
    doc = run(
        "date 2022-11-07 The information was given to the press by Vietnam's ambassador to Ghana, Tran Van Lam, at the "
        "end of an audience granted to him by the Ghanaian President, Kwame Mensah, on November 3."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2022-11-03"
    assert attendees(doc, meeting) == {"person:tran-van-lam", "person:kwame-mensah"}


def test_continuing_the_activities_at_a_conference_the_meeting_is_the_sentence_s_event() -> None:
    """`Sáng 23/11, tại A, tiếp tục các hoạt động tại Hội nghị Thượng đỉnh …, Thủ tướng X đã có cuộc gặp Thủ tướng Y`:
    the phrase that continues the activities at a conference is the occasion, as `tiếp tục chương trình …` is: the
    meeting is the sentence's event, with its pair, and the conference one the subject attended besides."""
    doc = run(
        "date 2024-09-23 Sáng 22/9, tại New York, tiếp tục các hoạt động tại Hội nghị Thượng đỉnh Tương lai, Thủ tướng "
        "Peru Mateo Rivas Soto đã có cuộc gặp Thủ tướng Lào Somsak Vongkham."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:mateo-rivas-soto", "person:somsak-vongkham"}
    assert meeting["properties"]["date"] == "2024-09-22"
    [conference] = of_kind(doc, "conference")
    assert "person:mateo-rivas-soto" in attendees(doc, conference)


def test_a_delegation_its_host_welcomes_is_on_its_leader_s_visit() -> None:
    """`Chào mừng đoàn đại biểu tỉnh A do ông Y dẫn đầu, Chủ tịch X nhấn mạnh …` after the meeting the page tells: the
    delegation welcomed has come, its leader's visit (on the meeting's day); not a delegation welcomed by a host of
    its own country."""
    doc = run(
        "date 2024-10-16 Chiều 15/10, Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam đã có buổi làm việc với ông Somsak "
        "Vongkham, Tỉnh trưởng tỉnh Savannakhet (Lào).\n\nChào mừng đoàn đại biểu tỉnh Savannakhet do ông Somsak "
        "Vongkham dẫn đầu, Chủ tịch UBND tỉnh nhấn mạnh quan hệ hữu nghị giữa hai tỉnh."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:somsak-vongkham"}
    assert visit["properties"]["date"] == "2024-10-15"
    doc = run(
        "date 2024-10-16 Chiều 15/10, Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Nam đã có buổi làm việc với ông Lê Văn "
        "Minh, Thứ trưởng Bộ Ngoại giao.\n\nChào mừng đoàn công tác do Thứ trưởng Lê Văn Minh dẫn đầu, Chủ tịch Hoàng "
        "Văn Nam nhấn mạnh vai trò của ngoại giao kinh tế."
    )
    assert of_kind(doc, "visit") == []


def test_a_signing_told_at_the_event_before_with_no_signer_named_is_a_signing() -> None:
    """`On the occasion, A and B signed an MoU` after the lead's dated meeting of bodies and a few sentences of its
    talk: a signing of its own on the meeting's day, though no signer is named (as one the lead tells is); not one
    told elsewhere than at the event (`In 2015, A and B signed …`: background)."""
    told = (
        "date 2021-12-16 The Indian consulate general in Ho Chi Minh City and Ben Tre Province organised an online "
        "meeting on December 15 to promote trade.\n\nTrade between India and the province grew steadily this year."
        "\n\nThe province wants to invite Indian investors to invest in farming coconut.\n\nIndian companies want to "
        "explore business interests in the province.\n\n"
    )
    signed = "the Indian Business Chamber in Vietnam and the Ben Tre Trade Promotion Centre signed an MoU."
    [signing] = of_kind(run(told + "On the occasion, " + signed), "signing")
    assert signing["properties"]["date"] == "2021-12-15"
    assert of_kind(run(told + "In 2015, " + signed), "signing") == []


def test_the_members_a_delegation_lists_after_semicolons_are_on_its_visit() -> None:
    """`Tham gia đoàn công tác có các đồng chí: A - …; B - …; C - ….`: the members of a delegation, listed in items its
    semicolons cut into sentences of their own, travel with it: each is on its leader's visit, not only the first."""
    doc = run(
        "date 2025-06-20 Từ ngày 16/6, Đoàn công tác tỉnh Quảng Trị do đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh "
        "làm trưởng đoàn đã sang thăm, làm việc tại tỉnh Kaluga, Liên bang Nga. Tham gia đoàn công tác có các đồng "
        "chí: Trần Thị Lan - Giám đốc Sở Công thương; Lê Quốc Bảo - Phó Giám đốc Sở Ngoại vụ; Phạm Minh Tâm - "
        "Chuyên viên Sở Ngoại vụ."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {
        "person:hoang-van-nam",
        "person:tran-thi-lan",
        "person:le-quoc-bao",
        "person:pham-minh-tam",
    }


def test_a_vietnamese_name_ending_in_an_is_no_indefinite_article() -> None:
    """`Prime Minister Le Thanh An held talks with …`: the given name `An` before the meeting word is no article (`During
    an audience …`), so the talks are not told as another meeting: the headline's `PM holds talks with Thai
    counterpart` is the same talks, one event with both leaders."""
    doc = run(
        "date 2023-03-15 PM holds talks with Thai counterpart\n\nPrime Minister Le Thanh An held talks with his Thai "
        "counterpart Somchai Rattanakul in Hanoi on March 14."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-thanh-an", "person:somchai-rattanakul"}


def test_a_visit_named_back_is_that_of_the_side_away_from_home() -> None:
    """`Ngày 14/3, tại Viêng Chăn, A hội đàm với Bộ trưởng Lào B.` then `… kết quả chuyến công tác lần này`, `the visit
    would …`: a visit named back, whose visitor the page does not name with it, is that of the side of the meeting
    away from home where its sentence places it, on its day; a visit ahead (`chuyến thăm sắp tới`) is none."""
    doc = run(
        "date 2023-03-15 Ngày 14/3, tại Viêng Chăn, Bộ trưởng Công Thương Hoàng Minh Tuấn đã hội đàm với Bộ trưởng Công "
        "Thương Lào Khampheng Sayavong.\n\nHai Bộ trưởng đánh giá cao kết quả chuyến công tác lần này."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:hoang-minh-tuan"}
    assert visit["properties"]["date"] == "2023-03-14"
    doc = run(
        "date 2023-03-15 Minister of Industry and Trade Hoang Minh Tuan held talks with Lao Minister of Industry and "
        "Commerce Khampheng Sayavong in Hanoi on March 14.\n\nKhampheng said the visit would bring trade between the "
        "two countries to a new level."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:khampheng-sayavong"}
    doc = run(
        "date 2023-03-15 Ngày 14/3, tại Viêng Chăn, Bộ trưởng Công Thương Hoàng Minh Tuấn đã hội đàm với Bộ trưởng Công "
        "Thương Lào Khampheng Sayavong.\n\nHai bên thống nhất chuẩn bị tốt cho chuyến thăm sắp tới."
    )
    assert not of_kind(doc, "visit")


def test_a_meeting_named_back_with_a_pair_of_its_own_is_another_meeting() -> None:
    """`During the meeting between A and B in Hanoi in May 2013, …` after X met Y: a meeting word named back (`the
    meeting`, `cuộc hội đàm`) with a pair of its own after `between`/`giữa`, none of whom was at the meeting told
    before, is another meeting, A's and B's, on the day its clause gives however long past; not X's meeting again."""
    doc = run(
        "date 2021-06-10 Minister Hoang Minh Tuan met with Korean Minister Choi Jae-won on June 9.\n\nDuring the meeting "
        "between former Korean Minister of Trade, Industry and Energy Lee Sang-ho and President Tran Quoc Bao in "
        "Hanoi in May 2013, the two sides agreed to boost trade."
    )
    got = {e["properties"]["date"]: attendees(doc, e) for e in of_kind(doc, "meeting")}
    assert got == {
        "2021-06-09": {"person:hoang-minh-tuan", "person:choi-jae-won"},
        "2013-05": {"person:lee-sang-ho", "person:tran-quoc-bao"},
    }
    doc = run(
        "date 2021-06-10 Ngày 9/6, Bộ trưởng Hoàng Minh Tuấn đã tiếp Bộ trưởng Hàn Quốc Choi Jae-won.\n\nTại cuộc hội "
        "đàm giữa Chủ tịch nước Trần Quốc Bảo và Tổng thống Hàn Quốc Lee Sang-ho tại Hà Nội tháng 5/2013, hai bên đã "
        "thống nhất thúc đẩy thương mại."
    )
    got = {e["properties"]["date"]: attendees(doc, e) for e in of_kind(doc, "meeting")}
    assert got == {
        "2021-06-09": {"person:hoang-minh-tuan", "person:choi-jae-won"},
        "2013-05": {"person:lee-sang-ho", "person:tran-quoc-bao"},
    }
    doc = run(
        "date 2021-06-10 Minister Hoang Minh Tuan met with Korean Minister Choi Jae-won on June 9.\n\nAt the meeting, "
        "Choi Jae-won and Hoang Minh Tuan agreed to boost trade."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:hoang-minh-tuan", "person:choi-jae-won"}


def test_tiep_xuc_voi_and_meetings_told_bilateral_are_meetings() -> None:
    """`đã tiếp xúc với Đại sứ Y` is a meeting, as `cuộc tiếp xúc` is (not `tiếp xúc với cử tri`, voters, no one named);
    and `các cuộc gặp song phương với A và B`, `bilateral` between the word and `với`, is a meeting with each, as
    `các cuộc gặp với A và B` is."""
    doc = run(
        "date 2022-11-05 Chiều 4/11, tại Hà Nội, Bộ trưởng Lê Quang Vinh đã tiếp xúc với Đại sứ Thái Lan tại Việt Nam "
        "Somchai Rattanakul."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-quang-vinh", "person:somchai-rattanakul"}
    assert not events(run("date 2022-11-05 Chiều 4/11, đại biểu Lê Quang Vinh đã tiếp xúc với cử tri huyện Ba Vì."))
    doc = run(
        "date 2022-11-05 Ngày 4/11, Bộ trưởng Lê Quang Vinh đã có các cuộc gặp song phương với Bộ trưởng Thương mại "
        "Australia Peter Collins và Bộ trưởng Thương mại Nhật Bản Sato Kenji."
    )
    assert sorted(sorted(attendees(doc, e)) for e in of_kind(doc, "meeting")) == [
        ["person:le-quang-vinh", "person:peter-collins"],
        ["person:le-quang-vinh", "person:sato-kenji"],
    ]


def test_tiep_opening_or_closing_a_compound_word_is_no_reception() -> None:
    """`tiếp` is `receive` alone (`tiếp Đoàn công tác`), not as a syllable of a compound word: `trao đổi đoàn và tiếp
    xúc cấp cao` (contacts, after a delegation word), `tiếp tục`, `trực tiếp` tell no reception besides the talks."""
    doc = run(
        "date 2023-09-12 Chiều 11/9, tại Hà Nội, Bộ trưởng Lê Quang Vinh đã hội đàm với Bộ trưởng Ngoại giao Thái Lan "
        "Somchai Rattanakul.\n\nHai bên nhất trí tăng cường trao đổi đoàn và tiếp xúc cấp cao giữa hai nước; đoàn "
        "doanh nghiệp hai bên sẽ làm việc trực tiếp Phòng Thương mại và tiếp tục kết nối."
    )
    [talks] = events(doc)
    assert attendees(doc, talks) == {"person:le-quang-vinh", "person:somchai-rattanakul"}


def test_a_reception_named_back_is_the_meeting_a_lead_tells_without_an_event_word() -> None:
    """`At the reception, X praised …`, `During the reception, …`: a page whose lead tells the reception with no event
    word (`was speaking to Y in Hanoi on May 21`, or a lead lost to the page's furniture) names it back, and the people
    the sentence names were at it; `the reception of trainees` (taking people in) is none."""
    doc = run(
        "date 2019-05-22 President Le Van Hai was speaking to Malaysian Trade Minister Ahmad Rahim in Hanoi on "
        "May 21.\n\nAt the reception, President Hai praised the growth of bilateral relations.\n\nAhmad Rahim "
        "conveyed greetings from his Prime Minister."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"].startswith("2019-05")
    assert "person:le-van-hai" in attendees(doc, meeting)
    doc = run(
        "During the reception, Deputy Prime Minister Tran Quoc Bao congratulated the province on its achievements."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-quoc-bao"}
    assert not events(
        run("Deputy Prime Minister Tran Quoc Bao said Japan will increase the reception of Vietnamese trainees.")
    )


def test_nhan_in_uy_ban_nhan_dan_is_no_occasion_of_the_reception_after_it() -> None:
    """`nhân` alone opens an occasion (`nhân Ngày Quốc khánh`), but not as a syllable of a word: `Chủ tịch Ủy ban nhân dân
    tỉnh X đã có buổi tiếp … đoàn … do ông Y làm trưởng đoàn, đến thăm …` tells the reception, with the delegation's
    visit besides it; before, `nhân` in `nhân dân` made the reception an occasion and the visit took its place."""
    doc = run(
        "date 2024-06-13 Chiều ngày 12/6, ông Lê Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh đã có buổi "
        "tiếp và làm việc với đoàn doanh nghiệp Nhật Bản do ông Tanaka Kenji, Chủ tịch Hiệp hội Doanh nghiệp Nhật Bản "
        "làm trưởng đoàn, đến thăm, tìm hiểu đầu tư tại tỉnh."
    )
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:tanaka-kenji"}
    [visit] = of_kind(doc, "visit")
    assert "person:tanaka-kenji" in attendees(doc, visit)
    assert visit["properties"]["date"] == "2024-06-12"


def test_a_dai_hoi_attended_is_a_conference_and_one_only_named_is_none() -> None:
    """`tham dự Đại hội Hợp tác …` (a congress, as `Hội nghị` is a conference) is a conference its people attended, and
    `Tại đại hội, X khẳng định …` names it back with X there; a congress only named (`thành công của Đại hội XIII`) is
    none, as for every conference word."""
    doc = run(
        "date 2023-09-25 Chiều 24/9, tại thành phố Côn Minh (Trung Quốc), Đoàn đại biểu tỉnh do ông Lê Văn Hải, Phó Chủ "
        "tịch UBND tỉnh làm trưởng đoàn tham dự Đại hội Hợp tác phát triển chuỗi cung ứng Trung Quốc - ASEAN.\n\nTại "
        "đại hội, Thị trưởng Vương Minh Đức khẳng định hai bên có nhiều tiềm năng hợp tác."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2023-09-24"
    assert attendees(doc, conference) == {"person:le-van-hai", "person:vuong-minh-duc"}
    doc = run(
        "date 2023-09-25 Ông Lê Văn Hải chúc mừng thành công của Đại hội XIII của Đảng và cho biết tỉnh sẵn sàng hợp tác."
    )
    assert not of_kind(doc, "conference")


def test_a_document_named_by_its_pronoun_or_a_signing_as_a_purpose_tells_no_signing() -> None:
    """`a new trade agreement, replacing the one signed in 1996`: `the one` stands for a document named by its signing,
    as `the agreement signed in 1996` does; `trao đổi một số nội dung cho ký kết bản ghi nhớ` (contents for the signing
    of a memorandum) is what a meeting prepares, no signing told. A signing told with its verb still is one."""
    doc = run(
        "date 2017-11-20 Havana, November 19 -- Minister Ramon Diaz and Minister Tran Van Lam said they are working on a "
        "new bilateral trade agreement, replacing the one signed in 1996."
    )
    assert not of_kind(doc, "signing")
    doc = run(
        "date 2023-11-08 Chiều ngày 7/11, Đoàn đại biểu huyện A do ông Park Min Soo, Huyện trưởng làm trưởng đoàn đã có "
        "buổi làm việc với UBND huyện B về trao đổi một số nội dung cho ký kết bản ghi nhớ hợp tác giữa hai huyện."
    )
    assert not of_kind(doc, "signing")
    assert of_kind(doc, "meeting")
    doc = run(
        "date 2023-11-08 Chiều ngày 7/11, ông Park Min Soo và ông Lê Văn Hải đã ký kết bản ghi nhớ hợp tác giữa hai huyện."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:park-min-soo", "person:le-van-hai"}


def test_a_visit_and_work_joined_by_a_comma_is_the_visit_of_whom_cua_names() -> None:
    """`chuyến thăm, làm việc tại tỉnh A của Tổng Lãnh sự X` (the work joined to the visit by a comma, as by `và`): the
    visit is X's, named after `của` in its own phrase, not the subject's who is glad of it."""
    doc = run(
        "date 2018-12-22 Sáng ngày 21/12, Phó Chủ tịch UBND tỉnh Lê Văn Hải có buổi tiếp bà Maria Gomez, Tổng Lãnh sự "
        "Cộng hòa Cuba tại Thành phố Hồ Chí Minh.\n\nTại buổi tiếp, Phó Chủ tịch UBND tỉnh Lê Văn Hải bày tỏ sự vui mừng "
        "qua chuyến thăm, làm việc tại tỉnh của Tổng Lãnh sự Maria Gomez."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:maria-gomez"}


def test_talking_or_speaking_to_a_person_is_a_meeting_but_not_to_the_press() -> None:
    """Wire copy tells a meeting as a conversation (`He was talking to Chamber President X and Vice President Y at the
    Chamber of Commerce`, `was speaking to Minister Y in Hanoi on May 21`), as `talked to X` is; speaking to the press
    (`speaking to reporters`) is no meeting."""
    doc = run(
        "date 2019-04-12 LAHORE - Ambassador of Vietnam Tran Van Lam has said that a business delegation would visit "
        "Pakistan soon.\n\nHe was talking to Chamber President Imran Qadir and Vice President Salman Butt at the Lahore "
        "Chamber of Commerce."
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) >= {"person:tran-van-lam", "person:imran-qadir"}
    doc = run("date 2017-05-22 President Le Van Hai was speaking to Trade Minister Ahmad Rahim in Hanoi on May 21.")
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:le-van-hai", "person:ahmad-rahim"}
    assert not events(run("date 2017-05-22 Minister Le Van Hai was speaking to reporters in Hanoi on May 21."))


def test_a_conference_a_speaker_is_at_with_an_indefinite_article() -> None:
    """`said during a seminar on …`, `Speaking at a workshop on …`, `during the consultation`: whoever speaks at or
    during a conference named with `a` (not only `at the`) was at it, an event of its own."""
    doc = run(
        "date 2024-05-07 Ambassador Karim Haddad said during a seminar on bilateral trade in Hanoi on Monday that "
        "exports of fruit had doubled."
    )
    [seminar] = events(doc)
    assert seminar["properties"]["kind"] == "conference"
    assert attendees(doc, seminar) == {"person:karim-haddad"}
    doc = run(
        "date 2024-05-07 Speaking at a workshop on green energy in Da Nang, Deputy Minister Tran Quoc Binh said "
        "the rules would be eased."
    )
    [workshop] = events(doc)
    assert attendees(doc, workshop) == {"person:tran-quoc-binh"}


def test_a_meeting_the_lead_tells_between_two_bodies_naming_no_one_is_theirs() -> None:
    """`Officials from A's Ministry of X and B's Ministry of Y reached an accord … during their working sessions`,
    `Hiệp hội A sang làm việc với Hiệp hội B`: a meeting the lead tells anew whose two sides are bodies of its clause,
    with no one named at it, is an event of those bodies (a body takes part as a body when none of its people is
    named), whatever verb tells it; one body alone names no meeting."""
    doc = run(
        "date 2011-05-20 Officials from Vietnam’s Ministry of Construction and Cambodia’s Ministry of Public Works "
        "and Transport agreed on a draft protocol during their working sessions on May 17-18.\n\n"
        "The draft covers road maintenance and the training of engineers."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2011-05-17"
    assert len(attendees(doc, meeting, "PARTICIPATED_IN")) == 2
    doc = run(
        "date 2012-09-14 Ngày 12/9/2012, Hiệp hội Dệt may Ấn Độ sang làm việc với Hiệp hội Da giày Việt Nam "
        "về cơ hội hợp tác.\n\nHai bên trao đổi về nguồn nguyên liệu."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2012-09-12"
    assert len(attendees(doc, meeting, "PARTICIPATED_IN")) == 2


def test_an_event_told_only_as_where_people_spoke_is_one_and_no_second_beside_a_named_one() -> None:
    """`Speaking at the event, X said …`, `Phát biểu tại sự kiện, Y …`: a page that names its event only by the word
        `event` still tells one, of the people who spoke at it (its day the page's); on a page that tells its event in
        words of its kind (`a trade forum`), `the event` is that one named back, no second. (The day is the page's month
    when no sentence with an event word gives one.)"""
    doc = run(
        "date 2021-04-09 Trade ties between Vietnam and Peru set to grow\n\nThe embassy of Vietnam in Peru and the "
        "Lima Chamber of Commerce on April 8 introduced Vietnamese coffee to local importers.\n\nSpeaking at the event, "
        "Ambassador Tran Quoc Hung said Vietnam hopes to export more coffee to Peru.\n\nLima Chamber of Commerce "
        "President Carlos Mendoza said Peruvian firms are keen on Vietnamese goods."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"].startswith("2021-04")
    assert {"person:tran-quoc-hung"} <= attendees(doc, conference)
    doc = run(
        "date 2023-10-06 Ngày 5/10, tại Hà Nội, Bộ Nông nghiệp và Đại sứ quán Chile tổ chức giới thiệu nông sản Chile."
        "\n\nPhát biểu tại sự kiện, Thứ trưởng Bộ Nông nghiệp Lê Văn Khoa cho biết hai nước còn nhiều tiềm năng hợp "
        "tác."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"].startswith("2023-10")
    assert {"person:le-van-khoa"} <= attendees(doc, conference)
    doc = run(
        "date 2021-04-09 Ambassador Tran Quoc Hung attended a trade forum in Lima on April 8.\n\nSpeaking at the "
        "event, he said Vietnam hopes to export more coffee to Peru."
    )
    assert len(events(doc)) == 1


def test_a_meeting_of_no_one_named_is_attended_by_the_heads_of_its_delegations_told_around_it() -> None:
    """`The third Joint Trade Committee meeting between A and B was held in X on Tuesday.` then `Trade Secretary Y led
    the A delegation while the B delegation was led by Deputy Minister Z`: the meeting names no one, the heads of the two
    delegations told beside it attended it (one head alone tells no meeting of both sides)."""
    doc = run(
        "date 2019-05-22 Chile and Vietnam review trade ties\n\nThe third meeting of the Chile-Vietnam "
        "Joint Trade Committee was held in Santiago on Tuesday.\n\nTrade Undersecretary Rodrigo Fuentes led the "
        "Chilean delegation while the Vietnamese delegation was led by Deputy Minister of Industry and Trade Tran "
        "Van Binh.\n\nThe meeting reviewed trade in fruit, seafood and electronics."
    )
    [meeting] = [e for e in events(doc) if e["properties"]["kind"] in ("meeting", "conference")]
    assert meeting["properties"]["date"].startswith("2019-05")
    assert {"person:rodrigo-fuentes", "person:tran-van-binh"} <= attendees(doc, meeting)


def test_a_conference_presided_over_or_held_by_a_host_after_a_comma_is_held() -> None:
    """`X and Y presided the opening ceremony of …`, `The seminar … was presided over by X`, `The forum, jointly held by
    A and B, …`: presiding is chairing, and a conference told held by its hosts after a comma is one that took place;
    each is an event, with whom the sentence names at it."""
    doc = run(
        "date 2018-05-15 On May 14 in Lima, Deputy Minister Tran Van Binh and Ambassador Rosa Quispe presided the "
        "opening ceremony of the second round of talks on a trade agreement between Vietnam and Peru."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2018-05-14"
    assert {"person:tran-van-binh", "person:rosa-quispe"} <= attendees(doc, conference)
    doc = run(
        "date 2020-11-06 A seminar on coffee exports was presided over by Deputy Minister Le Van Khoa in Da Lat on "
        "November 5."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2020-11-05"
    assert {"person:le-van-khoa"} <= attendees(doc, conference)
    doc = run(
        "date 2021-09-16 Vietnam and Chile can trade far more fruit, a business forum in Santiago heard on September "
        "15.\n\nThe forum, jointly held by the Embassy of Vietnam and the Chilean Chamber of Commerce, drew Ambassador "
        "Pham Truong Giang and Chamber President Rodrigo Fuentes."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2021-09-15"
    assert {"person:pham-truong-giang", "person:rodrigo-fuentes"} <= attendees(doc, conference)


def test_a_signing_named_back_is_in_the_month_of_the_signing_told_before() -> None:
    """`Quan hệ đối tác … được thiết lập bằng việc ký kết một bản ghi nhớ … vào tháng 4 năm 2019.` then `Lễ ký kết giữa hai
    trường đã diễn ra với sự có mặt của X`: the ceremony named back is the signing the sentence before tells (read there
    as no event of its own), in its month; so is `The signing ceremony was witnessed by X` after `The memorandum signed
    by A and B in March 2021 …`."""
    doc = run(
        "Hợp tác đào tạo nghề\n\nQuan hệ đối tác giữa Học viện Bavaria và Trường Cao đẳng Kỹ thuật Đà Nẵng đã được "
        "thiết lập bằng việc ký kết một bản ghi nhớ tại Đà Nẵng vào tháng 4 năm 2019.\n\nLễ ký kết giữa hai trường đã "
        "diễn ra với sự có mặt của ông Klaus Berger, Bộ trưởng Bộ Giáo dục bang Bavaria, tại Đà Nẵng."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2019-04"
    assert {"person:klaus-berger"} <= attendees(doc, signing)
    doc = run(
        "Training ties\n\nThe memorandum signed by the Saxony Academy and Hue College in Hue in March 2021 opens a "
        "partnership in vocational training.\n\nThe signing ceremony was witnessed by Minister of Economy of Saxony "
        "Petra Lange."
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2021-03"
    assert {"person:petra-lange"} <= attendees(doc, signing)


def test_a_session_told_ended_is_one_held() -> None:
    """`The sixth session of the A-B Joint Committee was wrapped up with success, X said`, `Kỳ họp … đã bế mạc`: a
    conference its sentence tells ended took place, attended by whom that sentence names."""
    doc = run(
        "date 2017-05-12 Trade ties\n\nThe sixth session of the Vietnam-Slovakia Joint Committee was wrapped up with "
        "success in Bratislava on May 11, Deputy Minister of Industry and Trade Tran Van Binh said."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2017-05-11"
    assert {"person:tran-van-binh"} <= attendees(doc, conference)
    doc = run(
        "date 2017-05-12 Hợp tác thương mại\n\nKỳ họp lần thứ 6 Ủy ban hỗn hợp Việt Nam - Slovakia đã bế mạc tốt đẹp "
        "tại Bratislava ngày 11/5, Thứ trưởng Bộ Công Thương Trần Văn Bình cho biết."
    )
    [conference] = of_kind(doc, "conference")
    assert conference["properties"]["date"] == "2017-05-11"
    assert {"person:tran-van-binh"} <= attendees(doc, conference)


def test_a_signing_of_bodies_named_first_in_a_headline_keeps_the_bodies_of_its_telling() -> None:
    """`… sign MoU on …` (a headline naming no one), then `A and B have signed an MoU …`: the signing is one, and the
    bodies of the clause that tells it are its sides (a merged telling brings its bodies, not only its people)."""
    doc = run(
        "date 2024-09-10 Vietnam, South Korea sign MoU on supporting businesses\n\nThe Vietnam Chamber of Commerce "
        "and Industry (VCCI) and the Korea International Trade Association (KITA) have signed an MoU to promote "
        "connectivity between businesses of the two countries."
    )
    [signing] = of_kind(doc, "signing")
    assert {"org:vcci", "org:international-trade-association-kr"} <= attendees(doc, signing, "PARTICIPATED_IN")


def test_a_body_an_attendance_list_names_alone_after_a_semicolon_took_part() -> None:
    """`Về phía A có sự tham dự của Đại sứ X; Cơ quan B; Tổ chức C.`: an item of the list that names a body and no one
    is the body at the event (the body of an item that names its person is only that person's)."""
    doc = run(
        "date 2020-07-01 Ngày 30/6, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị hợp tác Việt Nam - Hàn Quốc.\n\nVề "
        "phía Hàn Quốc có sự tham dự của Đại sứ Hàn Quốc tại Việt Nam ông Kim Jae-won; Cơ quan Xúc tiến Thương mại "
        "và Đầu tư Hàn Quốc (KOTRA); Tổ chức Y tế thế giới (WHO)."
    )
    [conference] = of_kind(doc, "conference")
    assert "person:kim-jae-won" in attendees(doc, conference)
    assert {"org:kotra", "org:who"} <= attendees(doc, conference, "PARTICIPATED_IN")


def test_the_examples_of_bodies_whose_unnamed_representatives_came_are_not_participants() -> None:
    """`Về phía A có Đại sứ X, đại diện các sở, ngành và doanh nghiệp của tỉnh B như …; Công ty C, Ngân hàng D.`: the
    items after the semicolon are examples of the bodies whose representatives came, none of them named, so not
    participants of a meeting of named people (the sample corpus's talks named firms of Guangxi this way)."""
    doc = run(
        "date 2021-03-10 Ngày 9/3, tại Hà Nội, Bộ trưởng Bộ Công Thương Lê Văn Thành hội đàm với Chủ tịch Chính quyền "
        "nhân dân tỉnh Vân Nam Vương Hạo.\n\nVề phía Trung Quốc có Đại sứ Trung Quốc tại Việt Nam Tôn Lập, đại diện "
        "lãnh đạo các sở, ngành và doanh nghiệp quan trọng của Vân Nam như Sở Ngoại vụ, Sở Thương mại; Công ty TNHH "
        "Tập đoàn Đầu tư Phát triển Vân Nam, Ngân hàng Nông nghiệp Trung Quốc chi nhánh Vân Nam."
    )
    [meeting] = of_kind(doc, "meeting")
    taking_part = attendees(doc, meeting) | attendees(doc, meeting, "PARTICIPATED_IN")
    assert {"person:le-van-thanh", "person:vuong-hao", "person:ton-lap"} <= taking_part
    assert not [b for b in taking_part if b.startswith(("org:cong-ty", "org:ngan-hang"))]


def test_an_english_list_of_who_received_a_delegation_attended_the_meeting() -> None:
    """`Receiving the delegation, there were comrades: A, …; B, …; C, ….`: the hosts who met the delegation, as
    `Tiếp đoàn có …` in Vietnamese."""
    doc = run(
        "date 2017-11-19 Chairman Tran Van Lam received the delegation of Oudomxay province\n\nIn the afternoon of "
        "November 18th, 2017, the delegation of Oudomxay province (Laos) led by Governor Somsak Vongkham "
        "visited Vinh Phuc.\n\nReceiving the delegation, there were comrades: Tran Van Lam, Chairman of the "
        "provincial People's Committee; Le Van Hai, Head of the provincial Party Committee's Commission for Mass "
        "Mobilisation; Pham Van Duc, Vice Chairman of the provincial People's Committee."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"person:tran-van-lam", "person:le-van-hai", "person:pham-van-duc"} <= attendees(doc, meeting)


def test_who_accompanies_a_visitor_is_on_the_visit() -> None:
    """`X was accompanied by two deputy ministers – A and B.`: the members of a visitor's delegation named after
    `accompanied by` travel with him (the conventions: every named member the text places at the event)."""
    doc = run(
        "date 2016-10-04 Deputy President Thabo Nkosi arrived in Hanoi on Monday for a working visit to Vietnam."
        "\n\nNkosi was accompanied by two deputy ministers – Lindiwe Dlamini and Sipho Mahlangu."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:thabo-nkosi", "person:lindiwe-dlamini", "person:sipho-mahlangu"}


def test_the_heads_of_the_delegations_told_after_a_meeting_attended_it_beside_its_listed_people() -> None:
    """`… a commission meeting was held …`, `The A delegation was led by X. Y headed the B delegation.`, then `Also
    attending the meeting were …`: the two heads attended as well as the people the list names (`lead by`, the
    common misspelling, too)."""
    doc = run(
        "date 2024-03-12 An intergovernmental commission meeting between Belarus and Vietnam was held in Ho Chi Minh "
        "City on March 7.\n\nThe Belarus delegation was lead by Deputy Foreign Minister Ivan Petrov. Deputy "
        "Industry and Trade Minister Nguyen Minh Duc headed the Vietnamese delegation.\n\nAlso attending the meeting "
        "were Deputy Industry Minister Sergei Volkov and Oleg Morozov, Chairman of the Belarusian Union of "
        "Consumer Societies."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"person:ivan-petrov", "person:nguyen-minh-duc", "person:sergei-volkov"} <= attendees(doc, meeting)


def test_the_bodies_listed_after_a_meeting_s_partner_are_partners_too() -> None:
    """`X đã có buổi làm việc với Đảng bộ, Ban chấp hành Hội A, Ban chấp hành Hội B …`: a comma that goes on to another
    body goes on with the list of the meeting's partners, not to another clause; a comma inside brackets (`Hạ nghị sĩ
    Y (bang A, Đảng B)`) is a gloss of the partner's, not the list."""
    doc = run(
        "date 2026-05-20 Ngày 19/5, Đại sứ Trần Văn Lâm đã có buổi làm việc với Đảng bộ, Ban chấp hành Hội người Việt "
        "Nam, Ban chấp hành Hội doanh nhân Việt Nam và những doanh nhân tiêu biểu trong thành phố."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"org:hoi-nguoi-vn", "org:hoi-doanh-nhan-vn"} <= attendees(doc, meeting, "PARTICIPATED_IN")
    doc = run(
        "date 2026-05-20 Ngày 19/5, Bộ trưởng Trần Văn Lâm làm việc với Hạ nghị sĩ John Miller (bang Nebraska, Đảng "
        "Cộng hòa)."
    )
    [meeting] = of_kind(doc, "meeting")
    assert not any("cong-hoa" in body for body in attendees(doc, meeting, "PARTICIPATED_IN"))


def test_bodies_a_delegation_s_list_names_and_no_one_travel_with_it() -> None:
    """`Đoàn công tác còn có sự tham gia của Hiệp hội A, Hội B`: a list of a delegation's members that names bodies and
    no one has the bodies travel as bodies (the conventions: a body takes part when none of its people is named)."""
    doc = run(
        "date 2023-09-14 Ngày 13/9, đoàn công tác Tổng lãnh sự quán Việt Nam tại Osaka do ông Trần Văn Lâm dẫn đầu đã "
        "đến thăm và làm việc tại tỉnh Tokushima.\n\nĐoàn công tác còn có sự tham gia của Hiệp hội xúc tiến hợp tác "
        "kinh tế Việt Nam Nhật Bản, Hội thân hữu Nhật - Việt."
    )
    [visit] = of_kind(doc, "visit")
    assert {"org:hiep-hoi-xuc-tien-hop-tac-kinh-te-vn-jp", "org:hoi-than-huu-jp-vn"} <= attendees(
        doc, visit, "PARTICIPATED_IN"
    )


def test_who_comes_with_a_delegation_s_head_was_at_the_meeting_with_the_delegation() -> None:
    """`X đã có buổi gặp gỡ đoàn doanh nghiệp … do ông Y dẫn đầu.`, then `Đi cùng với ông Y còn có lãnh đạo các công ty
    … như A, B và đại diện C`: with no trip told, the delegation's members were at the meeting told just before."""
    doc = run(
        "date 2019-11-09 Ngày 8/11/2019, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Văn Hải đã có buổi gặp gỡ đoàn "
        "doanh nghiệp Hoa Kỳ do Giám đốc Cơ quan Thương mại và Phát triển Hoa Kỳ (USTDA) ông John Miller dẫn đầu.\n\n"
        "Đi cùng với ông John Miller còn có lãnh đạo các công ty năng lượng lớn của Hoa Kỳ như Honeywell, Cheniere "
        "Energy Inc. và đại diện Đại sứ quán Hoa Kỳ tại Việt Nam."
    )
    [meeting] = of_kind(doc, "meeting")
    assert {"org:honeywell", "org:cheniere-energy-inc", "org:dai-su-quan-us"} <= attendees(
        doc, meeting, "PARTICIPATED_IN"
    )


def test_provinces_an_attendance_list_names_as_items_took_part() -> None:
    """`Tham dự Hội nghị có …; Các địa phương gồm: Thành phố A, B, C.`: the provinces a list item names as its items
    attended; not a province in a gloss (`tại D (tỉnh E, …)`) nor one whose departments are listed (`của tỉnh F`)."""
    doc = run(
        "date 2022-10-29 Ngày 28/10, tại trụ sở Bộ Ngoại giao, Thứ trưởng Trần Văn Lâm chủ trì Hội nghị hợp tác địa "
        "phương Việt Nam - Trung Quốc.\n\nTham dự Hội nghị có đồng chí Lê Văn Hải, Tổng Lãnh sự Việt Nam tại Côn Minh "
        "(tỉnh Vân Nam, Trung Quốc); Các địa phương gồm: Thành phố Hà Nội, Quảng Ninh, Hải Phòng và các sở, ngành của "
        "tỉnh Quảng Tây."
    )
    [conference] = of_kind(doc, "conference")
    bodies = attendees(doc, conference, "PARTICIPATED_IN")
    assert {"province:vn-hn", "province:vn-13", "province:vn-hp"} <= bodies
    assert not {"province:cn-yn", "province:cn-gx"} & bodies


def test_who_accompanies_a_visitor_told_verb_first_is_on_the_visit() -> None:
    """`Accompanying the Prime Minister of A are X, Y and Z.` and `Accompanied by A and B, the delegation is …`: news
    English's verb-first ways of naming who travels with a visitor; the sentence's own subject after a leading
    `Accompanied by …,` and whom it then meets are not members."""
    doc = run(
        "date 2019-04-10 Prime Minister of Norway Erik Solheim paid an official visit to Vietnam on April 9. "
        "Accompanying the Prime Minister of Norway are Minister of Trade Kari Nordby and Chairman of the Employers' "
        "Federation Lars Haugen."
    )
    [visit] = of_kind(doc, "visit")
    assert {"person:kari-nordby", "person:lars-haugen"} <= attendees(doc, visit)
    doc = run(
        "date 2024-04-12 HANOI — Oregon state Commerce Director Tom Becker is leading a trade mission to Vietnam. "
        "Accompanied by state Sen. Anna Kowalski and state Rep. Mark Delaney, the delegation is holding meetings "
        "with Deputy Minister Nguyen Van Hai."
    )
    [visit] = of_kind(doc, "visit")
    assert {"person:anna-kowalski", "person:mark-delaney"} <= attendees(doc, visit)
    assert "person:nguyen-van-hai" not in attendees(doc, visit)


def test_an_attendance_list_after_its_own_subject_fills_the_event() -> None:
    """`Lãnh đạo tỉnh A dự chương trình có đồng chí X - …`: a list of who attended, with the side it speaks for first,
    names people at the event told before it, as `Tham dự chương trình có …` would."""
    doc = run(
        "date 2024-04-17 Chiều 16/4, Hội Hữu nghị Việt - Nga tỉnh Hà Tĩnh tổ chức Chương trình gặp mặt hữu nghị Đoàn "
        "đại biểu tỉnh Kaluga đang có chuyến thăm, làm việc tại Hà Tĩnh.\n\nLãnh đạo tỉnh Hà Tĩnh dự chương trình có "
        "đồng chí Trần Văn Sơn - Phó Chủ tịch UBND tỉnh và lãnh đạo Sở Ngoại vụ."
    )
    [meeting] = of_kind(doc, "meeting")
    assert "person:tran-van-son" in attendees(doc, meeting)


def test_whom_a_speaker_speaks_of_at_the_event_is_not_at_it() -> None:
    """`Speaking at the meeting, X reaffirmed that … ties nurtured by Presidents A and B`, `During the meeting with Y,
    X noted that … under President Z`: in a sentence that opens with the event, whom the speaker speaks of after his
    speech verb is not at the event; the speaker, and whom the event's phrase names, are."""
    doc = run(
        "date 2021-03-12 Prime Minister Tran Van Lam received Lao Minister of Planning Khamphao Sisavath in Hanoi on "
        "March 11.\n\nSpeaking at the meeting, Prime Minister Lam reaffirmed that Vietnam treasures the ties nurtured "
        "by Presidents Souphanouvong Keo and Hoang Van Thu."
    )
    [meeting] = of_kind(doc, "meeting")
    people = attendees(doc, meeting)
    assert {"person:tran-van-lam", "person:khamphao-sisavath"} <= people
    assert not {"person:souphanouvong-keo", "person:hoang-van-thu"} & people


def test_a_leader_who_has_died_is_not_at_the_event() -> None:
    """`During the meeting, X extended his condolences for the passing of General Secretary Y`, `Vietnam and its
    late President Z`: a leader spoken of as dead is at no event."""
    doc = run(
        "date 2024-10-10 President Ramon Cruz met Prime Minister Tran Van Lam in Vientiane on October 9. During the "
        "meeting, Cruz also extended his condolences for the passing of General Secretary Nguyen Van Hung."
    )
    [meeting] = of_kind(doc, "meeting")
    assert "person:nguyen-van-hung" not in attendees(doc, meeting)
    assert {"person:ramon-cruz", "person:tran-van-lam"} <= attendees(doc, meeting)


def test_a_list_of_guests_met_in_turn_carried_on_after_its_semicolon() -> None:
    # (the splitter ends a sentence at `;`: the piece after it, with no event word of its own, names more guests)
    doc = run(
        "Bộ trưởng Ngoại giao gặp người đồng cấp\n\nNgày 5/3/2024, tại Hà Nội, Bộ trưởng Ngoại giao Trần Văn "
        "Minh đã lần lượt gặp Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar; Bộ trưởng Ngoại giao "
        "Chile Pedro Soto và Bộ trưởng Ngoại giao Ghana Kwame Mensah."
    )
    meetings = [e for e in events(doc) if e["properties"]["kind"] == "meeting"]
    assert sorted(sorted(attendees(doc, m)) for m in meetings) == [
        ["person:kwame-mensah", "person:tran-van-minh"],
        ["person:pedro-soto", "person:tran-van-minh"],
        ["person:rajesh-kumar", "person:tran-van-minh"],
    ]


def test_a_conference_the_traveller_chaired_besides_his_trip() -> None:
    # (`chủ trì hội nghị …` after the trip the sentence tells: a conference of its own, as `tham dự Hội nghị …` is)
    doc = run(
        "Hợp tác biên giới\n\nTrong 2 ngày 12-13/11/2025, Phó Thủ tướng Trần Văn Minh đã có chuyến công tác Lào, cùng "
        "Phó Thủ tướng, Bộ trưởng Nội vụ Lào Khamphan Sithong chủ trì hội nghị lần thứ 9 về hợp tác và phát triển các "
        "tỉnh biên giới Việt Nam - Lào."
    )
    [visit] = of_kind(doc, "visit")
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, visit) == {"person:tran-van-minh"}
    assert attendees(doc, conference) == {"person:tran-van-minh", "person:khamphan-sithong"}


def test_a_forum_attended_in_a_list_of_a_visitor_s_doings() -> None:
    doc = run(
        "Ties\n\nDuring his state visit to Vietnam on November 3-5, 2024, President Batbold Erdene met with leaders of "
        "Vietnam, attended the Vietnam-Mongolia Business Forum, and toured several factories in Hanoi."
    )
    [conference] = of_kind(doc, "conference")
    assert attendees(doc, conference) == {"person:batbold-erdene"}


def test_bilateral_discussions_with_an_adjective_between_are_talks() -> None:
    """`The bilateral official discussions between Prime Minister A and Prime Minister B were held this morning`: talks,
    as `bilateral discussions` are, even when only one side is read as a person; a bare `discussions` stays a topic."""
    doc = run(
        "date 2017-04-17 Sri Land and Vietnam agreed to increase trade.\n\nThe bilateral official discussions between "
        "Norland's Prime Minister erik vandal and Vietnamese Prime Minister Tran Van Lam were held this morning."
    )
    [meeting] = of_kind(doc, "meeting")
    assert "person:tran-van-lam" in attendees(doc, meeting)
    assert not events(run("Prime Minister Tran Van Lam said the official discussions on tariffs will go on."))


def test_a_capitalised_meeting_closing_a_proper_name_is_a_named_meeting() -> None:
    """`led the delegation to attend the 43rd ASEAN Ministers on Energy Meeting (AMEM 43) … from October 16 - 17, 2025`:
    a capitalised `Meeting` that closes a name is a meeting however many words the name runs before it (not the verb
    after a name, `Hanoi Power Supply is meeting demand`)."""
    doc = run(
        "date 2025-10-18 Deputy Minister Tran Van Lam led the Vietnamese delegation to attend the 43rd ASEAN Ministers "
        "on Energy Meeting (AMEM 43) and related meetings from October 16 - 17, 2025 in Kuala Lumpur, Malaysia."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2025-10-16"
    assert "person:tran-van-lam" in attendees(doc, meeting)
    assert not events(run("Deputy Minister Tran Van Lam said Hanoi Power Supply is meeting demand in the region."))


# --- a visit told in an apposition --------------------------------------------------------------------------------


def test_a_guest_an_apposition_says_is_on_a_visit_is_on_a_visit_of_his_own() -> None:
    """`… held talks with President Y, who is on a three-day visit`: the trip the apposition tells is an event of its
    own, Y's alone, on the talks' day; the host, named first, is on no visit."""
    doc = run(
        "date 2018-03-05 Prime Minister Arjun Mehra held talks with Ruritanian President Tomas Varga yesterday, who is "
        "on a three-day India visit. The two leaders agreed to expand trade."
    )
    [visit] = of_kind(doc, "visit")
    assert attendees(doc, visit) == {"person:tomas-varga"}
    assert visit["properties"]["date"] == "2018-03-04"
    [talks] = [e for e in events(doc) if e["properties"]["kind"] != "visit"]
    assert attendees(doc, talks) == {"person:arjun-mehra", "person:tomas-varga"}


def test_a_visit_named_after_a_day_as_its_occasion_is_on_that_day() -> None:
    """`… signed a memorandum with Y on May 14, 2006 during President X's visit to Chile`: the day before the occasion
    clause is the visit's too, however many years before the page it lies (not the day of the page's own story)."""
    doc = run_rules(
        "Vietnam wants to raise its trade with Chile to one billion USD, Ambassador Tran Van Minh told businesses at a "
        "meeting held at the office of the Chilean chamber of commerce, according to the chamber's spokesman here "
        "Sunday.\n\nTran Van Minh said that the Vietnam Chamber of Commerce and Industry had already signed a "
        "memorandum of understanding with the chamber on May 14, 2006 during President Nguyen Van Hoa's visit to Chile.",
        date="2021-11-25",
    )
    assert [v["properties"]["date"] for v in of_kind(doc, "visit")] == ["2006-05-14"]


def test_a_meeting_takes_no_day_from_an_event_its_pair_was_not_at() -> None:
    """`… has paid a working trip to Texas, during which he met Governor Y`, then `At a meeting with Governor Y, X
    informed him of the results of President Z's visit to the US in June`: Z's visit names the pair but neither was
    at it, so the meeting is not on its day (it is on the page's)."""
    doc = run_rules(
        "Vietnamese Consul General tours Texas\n\n14/11/2019, 09:10\n\nVietnamese Consul General Le Van Binh has paid "
        "a working trip to the State of Texas, during which he met Governor Greg Abbott and joined talks with local "
        "firms.\n\nAt a meeting with Governor Abbott, Consul General Binh informed him of the results of President "
        "Nguyen Van Hoa's visit to the US in June this year."
    )
    assert {m["properties"]["date"][:7] for m in of_kind(doc, "meeting")} == {"2019-11"}
