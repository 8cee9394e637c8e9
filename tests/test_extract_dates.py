"""Stage 4, dates: every form of the brief, ranges, precision and year inference."""

from __future__ import annotations

import pytest

from loaders.dates import find_dates, url_date
from loaders.pipeline import Extractor
from tests.extraction import of_kind, run


def one(text: str, pub: str | None = "2025-10-27"):
    found = find_dates(text, pub_date=pub)
    assert len(found) == 1, found
    d = found[0]
    return d.start, d.end, d.precision


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ký ngày 19 tháng 02 năm 2025 tại Hà Nội", ("2025-02-19", None, "day")),
        ("văn bản số 12 ký 19/02/2025", ("2025-02-19", None, "day")),
        ("Chiều 17/9, hai bên làm việc", ("2025-09-17", None, "day")),
        ("sáng ngày 26/10 tại Kuala Lumpur", ("2025-10-26", None, "day")),
        ("chuyến thăm từ 14 - 15/4", ("2025-04-14", "2025-04-15", "day")),
        ("diễn ra 18 - 20/8 tại Bắc Kinh", ("2025-08-18", "2025-08-20", "day")),
        ("từ ngày 18 - 20/8", ("2025-08-18", "2025-08-20", "day")),
        ("từ 30/6 đến 2/7/2024", ("2024-06-30", "2024-07-02", "day")),
        ("dự kiến vào tháng 4/2025", ("2025-04", None, "month")),
        ("từ tháng 8 năm 2024", ("2024-08", None, "month")),
        ("trong năm 2024, xuất khẩu tăng", ("2024", None, "year")),
        ("8 tháng năm 2024, kim ngạch đạt", ("2024", None, "year")),
        ("date 2025-10-27 (VTC News)", ("2025-10-27", None, "day")),
        ("The meeting on October 26, 2025 in Kuala Lumpur", ("2025-10-26", None, "day")),
        ("signed on 26 October 2025", ("2025-10-26", None, "day")),
        ("talks held Oct. 26 in Hanoi", ("2025-10-26", None, "day")),
        ("hôm qua, Bộ trưởng tiếp", ("2025-10-26", None, "day")),
        ("năm ngoái, kim ngạch", ("2024", None, "year")),
    ],
)
def test_forms(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text", ["chiếm 1/3 tổng kim ngạch", "ngành dệt may 12 tháng", "hoạt động 24/7", "(1995 - 2025)"]
)
def test_not_dates(text):
    assert find_dates(text, pub_date="2025-10-27") == []


def test_period_is_flagged_and_sets_the_present():
    found = find_dates("Trong 6 tháng đầu năm 2023, xuất khẩu tăng. Sáng 12/7, Bộ trưởng tiếp đoàn.")
    assert found[0].kind == "period" and found[0].start == "2023"
    assert found[1].start == "2023-07-12" and found[1].inferred_year


def test_year_from_the_same_sentence_wins():
    found = find_dates("Năm 2022, trong chuyến thăm từ ngày 3 - 5/11, hai bên ký kết.", pub_date="2025-01-10")
    assert found[-1].start == "2022-11-03"


def test_year_of_an_undated_article_is_the_most_frequent_then_latest():
    text = "Sáng 12/6, hai bên làm việc. Năm 2023 ký kế hoạch giai đoạn 2023-2025. Ngày 20/8/2025 sẽ thăm."
    assert find_dates(text)[0].start == "2025-06-12"


def test_a_month_far_after_the_publication_date_is_last_year():
    assert one("ngày 28/12, Bộ trưởng tiếp", pub="2026-01-05")[0] == "2025-12-28"


def test_offsets_point_at_the_text():
    text = "Tin ngày 3/3: chiều 17/9, họp."
    for d in find_dates(text, pub_date="2024-10-01"):
        assert text[d.offset : d.end_offset] == d.text


def test_an_english_month_alone_after_in_takes_the_page_s_year() -> None:
    """`established in March`, `in early June`: a month with no day or year (the year inferred as for `tháng 3`);
    `in July last year` is the year before the page's; `in March 5` stays the day."""
    assert one("The partnership was established in March.", "2025-10-21") == ("2025-03", None, "month")
    assert one("The plant opened in early June.", "2025-10-21") == ("2025-06", None, "month")
    assert one("He visited Laos in July last year.", "2017-04-04") == ("2016-07", None, "month")
    assert one("It was signed in Hanoi on March 5.", "2025-10-21") == ("2025-03-05", None, "day")


def test_a_whole_date_glued_to_a_byline_s_channel_is_read() -> None:
    """`by HTV712 March 2021`: the channel (capitals and a digit) and the day run together on a byline; the day is
    the digits after the channel's one, so the page has its date and a weekday in its lead is counted from it."""
    assert one("by HTV712 March 2021 Last updated at 09:15 AM", None) == ("2021-03-12", None, "day")
    found = find_dates("by HTV712 March 2021\n\nThe minister met his guest on Friday morning.", pub_date=None)
    assert [d.start for d in found] == ["2021-03-12", "2021-03-12"]
    assert find_dates("Flight AB123 May be late", pub_date=None) == []


def test_the_start_of_an_anniversary_s_span_of_whole_dates_is_no_page_date() -> None:
    """An undated page: `Ngày 14/8, … nhân dịp kỷ niệm 60 năm Quốc khánh (9/9/1965 – 9/9/2025)`: the span's first
    whole date, near the top, is not the page's date, so the day and month take the present its span ends in."""
    text = (
        "Ngày 14/8, đoàn công tác tỉnh Hà Nam đã đến thăm Đại sứ quán Singapore nhân dịp kỷ niệm 60 năm Quốc khánh "
        "Singapore (9/8/1965 – 9/8/2025)."
    )
    assert find_dates(text, pub_date=None)[0].start == "2025-08-14"
    assert find_dates("Sáng 3/11, tin ngày 1/11/2024 cho biết.", pub_date=None)[0].start == "2024-11-03"


def test_an_undated_page_is_in_the_year_an_anniversary_counts_to() -> None:
    """An undated page whose only whole year is the one an anniversary counts from (`kỷ niệm 30 năm Ngày ký Hiệp định
    … (12/10/1995)`, `the 25th anniversary of diplomatic ties (1998)`): its present is that year and the years counted,
    so a day and month told without a year (`Chiều 5/9`) is of that present, not of the year counted from."""
    text = (
        "Chiều 5/9, tỉnh Bắc Ninh và tỉnh Champasak đã tổ chức lễ ký kết biên bản hợp tác.\n\nHướng tới kỷ niệm 30 năm "
        "Ngày ký Hiệp định Hợp tác giữa hai tỉnh (12/10/1995), hai bên thống nhất tăng cường hợp tác."
    )
    assert find_dates(text, pub_date=None)[0].start == "2025-09-05"
    text = "On May 3, the two cities signed a pact.\n\nIt marks the 25th anniversary of their twinning (1998)."
    assert find_dates(text, pub_date=None)[0].start == "2023-05-03"


def test_a_relative_day_glossed_with_its_date_is_that_date() -> None:
    """`signed five deals today, March 4`, `Hôm nay (4/3), …`: the writer glosses `today` with the day itself; on a
    page read later (dated by its date line a month on), `today` must not add a second, wrong day."""
    english = find_dates("Laos and Thailand signed five deals today, March 4, in Vientiane.", pub_date="2023-04-10")
    assert [d.start for d in english] == ["2023-03-04", "2023-03-04"]
    vietnamese = find_dates("Hôm nay (4/3), hai tỉnh đã ký kết Bản ghi nhớ.", pub_date="2023-04-10")
    assert [d.start for d in vietnamese] == ["2023-03-04", "2023-03-04"]
    apart = find_dates("They met today. On March 4 they will sign.", pub_date="2023-04-10")
    assert [d.start for d in apart] == ["2023-04-10", "2023-03-04"]


def test_a_year_in_what_someone_plans_is_not_the_page_s_year() -> None:
    """An undated page that tells `visited Osaka from May 8-10` and then that the hosts `announced plans to visit
    Hue in March 2020`: the plan's year lies ahead; the page is of the latest year it tells as past (the `2019
    festival`), and so is the visit."""
    text = (
        "A delegation from Hue visited Osaka from May 8-10. The hosts announced plans to visit Hue in March 2020 "
        "to discuss the projects. The 2019 Vietnam Festival in Osaka drew many visitors."
    )
    [visit, *_] = find_dates(text)
    assert visit.start == "2019-05-08"


def test_a_target_year_told_before_a_day_lends_it_no_year() -> None:
    """An undated page whose lead sets a target (`to raise trade to $20 billion by 2030`) and then tells a meeting `on
    October 6`: the target's year lies ahead and is not the meeting's; the meeting is of the year the page tells as
    past (`the 2021 summit`), as when no year stands before the day."""
    text = (
        "The two ministers agreed to raise bilateral trade to $20 billion by 2030.\nMeeting Minister Karim Haddad on "
        "October 6, Minister Tran Van Lam recalled the 2021 summit."
    )
    [meeting, *_] = find_dates(text)
    assert meeting.start == "2021-10-06"
    [meeting, *_] = find_dates("Trade should reach $20 billion by 2030. Minister Lam met Minister Haddad on October 6.")
    assert not meeting.start.startswith("2030")


def test_a_range_of_days_in_the_dash_style_is_read() -> None:
    """`từ ngày 4 đến 6-11`, `(từ 21 đến 23-3)`: outlets that write `chiều 12-2` write a stay of days with the month
    after a dash too; the whole stay is one range, not no date (a count after it, `4 đến 6-11 người`, is none)."""
    [stay] = find_dates("Bộ trưởng đã thăm chính thức Ba Lan từ ngày 4 đến 6-11.", pub_date="2021-12-01")
    assert (stay.start, stay.end, stay.precision) == ("2021-11-04", "2021-11-06", "day")
    [bracketed] = find_dates("Đoàn làm việc 3 ngày (từ 21 đến 23-3).", pub_date="2021-12-01")
    assert (bracketed.start, bracketed.end) == ("2021-03-21", "2021-03-23")
    assert find_dates("tăng từ 4 đến 6-11 người", pub_date="2021-12-01") == []


def test_a_range_between_two_whole_dates_is_read() -> None:
    """`từ ngày 05/9/2023 đến ngày 09/9/2023`: a stay written as two whole dates after `từ` is one range from its
    first day (each date keeps its own year across a new year), not two days; a dash between whole dates is the span
    an anniversary counts (`(2/12/1975 – 2/12/2025)`), and two dates with no `từ` stay two."""
    [stay] = find_dates("Từ ngày 05/9/2023 đến ngày 09/9/2023 đoàn đã thăm tỉnh bạn.", pub_date="2023-09-12")
    assert (stay.start, stay.end, stay.precision) == ("2023-09-05", "2023-09-09", "day")
    [year_end] = find_dates("làm việc từ 29/12/2022 tới 03/01/2023", pub_date="2023-01-05")
    assert (year_end.start, year_end.end) == ("2022-12-29", "2023-01-03")
    assert len(find_dates("kỷ niệm (2/12/1975 – 2/12/2025)", pub_date="2025-12-02")) == 2
    assert len(find_dates("ký ngày 05/9/2023 đến ngày 09/9/2023", pub_date="2023-09-12")) == 2


def test_a_weekday_counts_from_the_story_s_dateline_not_a_later_page_date() -> None:
    """`Lima, Mar 4 (Andina) Peru and Laos signed on Monday …` on a page dated May 20: the wire story was filed on
    March 4 (a Monday in 2024), and its `on Monday` and `on Sunday` count back from that day, not from the page's
    (a reprint's or a site's date of today). Above the dateline, the page's own day still counts."""
    text = (
        "Monday news roundup\n\nLima, Mar 4 (Andina) Peru and Laos signed on Monday five agreements.\n\n"
        "The minister, who arrived on Sunday, met the president."
    )
    found = find_dates(text, pub_date="2024-05-20")
    assert [(d.text, d.start) for d in found] == [
        ("Monday", "2024-05-20"),
        ("Mar 4", "2024-03-04"),
        ("Monday", "2024-03-04"),
        ("Sunday", "2024-03-03"),
    ]
    dashed = find_dates("HANOI, March 21 — The two ministers met on Saturday.", pub_date="2022-04-02")
    assert [d.start for d in dashed] == ["2022-03-21", "2022-03-19"]


def test_a_weekday_counts_from_the_page_s_own_date_line_when_the_page_is_dated_later() -> None:
    """A reprint's page filed under a later day (`/stories/202211180042.html`) that keeps the story's own date line at
    its top (`7 November 2022`): `on Thursday` is the Thursday before the story was written (November 3), not the one
    before the page's day; a page whose date line agrees with it, or is later, counts from its own day."""
    text = "Ghana, Laos to Deepen Ties\n\n7 November 2022\n\nAccra - The ambassador said on Thursday that ties grew."
    found = find_dates(text, pub_date="2022-11-18")
    assert [(d.text, d.start) for d in found] == [("7 November 2022", "2022-11-07"), ("Thursday", "2022-11-03")]
    same = find_dates(text, pub_date="2022-11-07")
    assert [d.start for d in same] == ["2022-11-07", "2022-11-03"]
    far = find_dates(text, pub_date="2023-06-01")  # (a page a year later: no reprint of that story, its own day)
    assert [d.start for d in far] == ["2022-11-07", "2023-06-01"]


def test_a_page_s_address_gives_the_day_or_month_it_was_published() -> None:
    """Content systems file a story under its day: `/news/2018/04/04/…`, `/article/22/06/2025/…`, `/20181219/…`,
    a long story number that opens with a stamp (`…-20220120195245839.htm`), or a month (`/2021/07/…`). Not a story
    number that only looks like one (`/2003363970`, no month 36), nor a day ahead of today."""
    assert url_date("http://example.org/news/2018/04/04/two-ministers-meet/") == "2018-04-04"
    assert url_date("https://example.com/article/22/06/2025/agency-signs-deal") == "2025-06-22"
    assert url_date("http://example.cn/newscenter/20181219/108051.html") == "2018-12-19"
    assert url_date("https://example.vn/hop-tac-viet-nam-lao-20220120195245839.htm") == "2022-01-20"
    assert url_date("https://example.org/2021/07/trade-deal-review/") == "2021-07"
    assert url_date("https://koreanews.example/news/2024-07-01/business/") == "2024-07-01"
    assert url_date("http://example.com/News/biz/archives/2003363970") is None
    assert url_date("https://example.org/2999/01/01/ahead/") is None
    assert url_date(None) is None


def test_a_month_and_day_in_a_story_take_the_year_its_address_gives() -> None:
    """An undated page whose text names `March 29` and a later year (`until 2019`) but whose address files it under
    April 2018: the signing is of 2018, the year the page was published, not the latest the text names."""
    doc = run(
        "New accords strengthen relations between Chile and Laos\n\nWith the March 29 signing of a series of "
        "agreements, Chile and Laos strengthened their relationship until 2019.\n\nIn the presence of President "
        "Mateo Rivas Soto and President Somsak Vongkham, the countries' representatives signed nine accords.",
        url="http://example.cl/news/2018/04/04/new-accords-chile-laos/",
    )
    [signing] = of_kind(doc, "signing")
    assert signing["properties"]["date"] == "2018-03-29"


def test_a_date_written_year_first_with_dots_or_slashes_is_one_day() -> None:
    """`승인 2021.05.07 09:12`, `2016/8/25` (East Asian sites write the year first, as ISO does, with dots or slashes):
    one day, whose date line a weekday counts from; not a version number's run of four parts."""
    found = find_dates("승인 2021.05.07 09:12\n\nThe governor met them on Tuesday.")
    assert [(d.text, d.start) for d in found] == [("2021.05.07", "2021-05-07"), ("Tuesday", "2021-05-04")]
    assert [d.start for d in find_dates("Ngày 2016/8/25, hai bên đã ký")] == ["2016-08-25"]
    assert find_dates("phiên bản 2019.1.2.3 của phần mềm") == []


def test_a_whole_date_with_a_space_typed_after_its_dashes_is_one_day() -> None:
    """`Tối 24- 4-2010`, `ngày 3/ 5/ 2019`: a space some outlets type after the separator; the day, month and year are
    still one date (a range of days, `ngày 28- 29/11`, stays a range)."""
    assert [d.start for d in find_dates("Tối 12- 6-2011, Chủ tịch tỉnh đã tiếp đoàn")] == ["2011-06-12"]
    assert [d.start for d in find_dates("ngày 3/ 5/ 2019 tại Hà Nội")] == ["2019-05-03"]
    assert [(d.start, d.end) for d in find_dates("ngày 28- 29/11/2022")] == [("2022-11-28", "2022-11-29")]


def test_a_us_date_whose_middle_number_cannot_be_a_month_is_month_first() -> None:
    """`Update: 4/27/2016`, `Fri, 09/14/2012 - 10:05` (the US order): a middle number above 12 is the day, so the
    first is the month; `13/4/2016` stays day first."""
    assert [d.start for d in find_dates("Update: 4/27/2016\n\nOn 25/4, the two sides signed")][:1] == ["2016-04-27"]
    assert [d.start for d in find_dates("Submitted on Fri, 09/14/2012 - 10:05")] == ["2012-09-14"]
    assert [d.start for d in find_dates("ngày 13/4/2016")] == ["2016-04-13"]


def test_an_article_with_no_date_of_its_own_is_dated_by_its_address_and_a_stated_date_wins() -> None:
    """The Article's own date, what the graph's facts are dated by (first and last seen, timelines): the day the
    page's address files it under when nothing else dates it; a date the caller or the page states comes first."""
    extractor = Extractor()
    text = "Hợp tác\n\nSở Công Thương tỉnh Lạng Sơn làm việc với đoàn doanh nghiệp Quảng Tây."
    by_address = extractor.extract_text(text, url="https://tin.example.vn/kinh-te/2019/11/08/hop-tac-bien-gioi")
    assert [a.article.date for a in by_address.articles] == ["2019-11-08"]
    stated = extractor.extract_text(text, url="https://tin.example.vn/kinh-te/2019/11/08/hop-tac", date="2019-11-09")
    assert [a.article.date for a in stated.articles] == ["2019-11-09"]
    undated = extractor.extract_text(text, url="https://tin.example.vn/kinh-te/hop-tac-bien-gioi")
    assert [a.article.date for a in undated.articles] == [None]


def test_a_relative_day_part_that_opens_a_line_is_read() -> None:
    """`Sáng nay` / `Chiều qua` at the start of a line (under a headline, a new paragraph) is the page's day or the
    day before, as it is after a space: the word's start is found after a line break too."""
    today = find_dates("Hai tỉnh tăng cường hợp tác\nSáng nay, đoàn công tác đã làm việc.", pub_date="2024-05-14")
    assert [d.start for d in today] == ["2024-05-14"]
    yesterday = find_dates("Tin tức\nChiều qua, hai bên đã hội đàm.", pub_date="2024-05-14")
    assert [d.start for d in yesterday] == ["2024-05-13"]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        ("The President will visit Jakarta next year to attend the summit.", "2024-11-03", "2025"),
        ("The Prime Minister plans to pay an official visit to Chile this year.", "2024-03", "2024"),
    ],
)
def test_an_english_year_named_from_the_page_s_is_that_year(text: str, pub: str, expected: str) -> None:
    """`next year`, `this year` alone, as `năm tới`, `năm nay` are: counted from the page's year."""
    found = find_dates(text, pub_date=pub)
    assert [(d.start, d.precision) for d in found] == [(expected, "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 12 percent over this year's first quarter.",
        "Trade reached 3 billion USD in the first nine months of this year.",
        "Both sides aim to finalise the deal by the end of this year.",
    ],
)
def test_this_year_as_a_figure_s_term_dates_nothing(text: str) -> None:
    assert find_dates(text, pub_date="2024-11-03") == []


def test_last_month_on_a_page_dated_by_its_month_alone_is_the_month_before() -> None:
    """A page whose address files it under a month (`/2023/05/`): `last month` is April, `earlier this month` May."""
    found = find_dates("The two ministers met last month and again earlier this month.", pub_date="2023-05")
    assert [(d.start, d.precision) for d in found] == [("2023-04", "month"), ("2023-05", "month")]


def test_a_day_told_again_takes_the_year_written_with_it():
    """A site's date line of today (`March 2, 2023`) above a story's own (`Friday, June 14, 2013`): the lead's `On June
    14` is that day told again, in 2013, not in the page's year; a day written only once keeps the page's year."""
    dates = find_dates(
        "March 2, 2023\nLaos, Vietnam open a new border gate\nFriday, June 14, 2013\nOn the morning of June 14, Minister "
        "Tran Van Lam and Minister Khamla Sisouk opened the gate. They will meet again on July 3.",
        pub_date="2023-03-02",
    )
    told = {d.text: d.start for d in dates}
    assert told["June 14"] == "2013-06-14"
    assert told["July 3"] == "2023-07-03"


def test_a_day_opening_the_lead_dates_its_event_however_old():
    """`On the morning of June 14, X held talks with Y …` under a story date line of 2013 on a page dated 2023: the day
    opening the sentence is the talks', though ten years before the page's present."""
    doc = run(
        "date 2023-03-02 March 2, 2023\nLaos, Vietnam open a new border gate\nFriday, June 14, 2013\nOn the morning of "
        "June 14, Minister Tran Van Lam of Vietnam held talks with Lao Minister Khamla Sisouk in Vientiane."
    )
    [meeting] = of_kind(doc, "meeting")
    assert meeting["properties"]["date"] == "2013-06-14"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("07-Mar-2018 Asia Wire | 9:40 AM", "2018-03-07"),
        ("Posted 3-Sept-2021 by the desk", "2021-09-03"),
    ],
)
def test_a_web_stamp_of_day_month_and_year_joined_by_dashes_is_read(text: str, expected: str) -> None:
    """`07-Mar-2018` (a site's date stamp): the day, the month's abbreviation and the year joined by dashes are a
    whole date, as `7 Mar 2018` is."""
    assert [(d.start, d.precision) for d in find_dates(text)] == [(expected, "day")]


def test_a_web_stamp_dates_the_weekday_of_the_story_under_it() -> None:
    """A page stamped `15-Nov-2017` whose story tells a workshop held `on Monday`: that Monday is the one before the
    stamp (read through the stamp, as through any date line at the top of a page)."""
    found = find_dates("15-Nov-2017 Daily Wire | 6:00 AM\nThe seminar on pepper trade was held on Monday in Maputo.")
    assert [d.start for d in found] == ["2017-11-15", "2017-11-13"]


def test_a_month_s_abbreviation_glued_to_its_day_by_the_dot_is_read() -> None:
    """`Sept.8` as `Sept. 8`: a dot with no space after it still ends the month's abbreviation."""
    found = find_dates("The governor met the guests yesterday (Sept.8, 2019).")
    assert [(d.start, d.text) for d in found if d.kind == "point"] == [("2019-09-08", "Sept.8, 2019")]


def test_a_whole_date_glued_to_the_place_before_it_is_read() -> None:
    """`DhakaMarch 4, 2024 –`: a date line whose place lost the space before its month (a capital right after a small
    letter) is still the page's date, and `On Monday` counts from it; a small word glued to a month is not read."""
    found = find_dates("DhakaMarch 4, 2024 – Asia Desk: On Monday, the two firms signed a memorandum.")
    assert [d.start for d in found if d.kind == "point"] == ["2024-03-04", "2024-03-04"]
    assert find_dates("the rebMay 4, 2024 draft") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thứ Sáu, 6 Tháng Ba 2015 (Xem: 212)", [("2015-03-06", "day")]),
        ("Thứ Hai, 14 Tháng Mười Hai, 2020 · Bản tin sáng", [("2020-12-14", "day")]),
        ("Ngày 9 tháng Năm năm 2018, hai hiệp hội gặp nhau", [("2018-05-09", "day")]),
        ("Chủ Nhật, 7 Tháng Mười Một 20217:45 CH", [("2021-11-07", "day")]),
        ("6 tháng năm 2023, kim ngạch tăng", [("2023", "year")]),  # (six months of 2023, no May)
    ],
)
def test_a_date_line_with_its_month_in_words_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    """`Thứ Sáu, 6 Tháng Ba 2015`: some sites write their date line's month in words (and glue the clock to the
    year); the day is read, `8 tháng năm 2024` stays the months of a year."""
    assert [(d.start, d.precision) for d in find_dates(text, pub_date=None)] == expected


def test_a_date_line_in_words_gives_the_year_of_a_day_told_without_one() -> None:
    """A page whose only year is on its date line in words (`Thứ Ba, 17 Tháng Mười 2017`) tells `hôm 16/10` of that
    year, not of the year it is read in."""
    found = find_dates("Thứ Ba, 17 Tháng Mười 20178:10 SA\nHai công ty đã ký hợp đồng hôm 16/10 tại Đà Nẵng.")
    assert [d.start for d in found] == ["2017-10-17", "2017-10-16"]


def test_a_day_told_with_the_clock_it_is_set_by_is_a_day() -> None:
    """`chiều 14-3 giờ địa phương`: the day, then the clock it is told in (abroad), is a day; `chiều 14-3 giờ` (a
    count of hours) is none."""
    assert one("Chiều 14-3 giờ địa phương, đoàn đã đến thăm trường.", "2024-03-20") == ("2024-03-14", None, "day")
    assert find_dates("Chiều 14-3 giờ, trời mưa.", pub_date="2024-03-20") == []


def test_a_day_after_its_weekday_is_read() -> None:
    """`hôm thứ Tư 28/10`, `sáng Chủ nhật (15/6)`: Vietnamese names the weekday before its day, which is a day (a bare
    `28/10` after another word is not read)."""
    assert [
        d.start for d in find_dates("Ông Hùng cho biết hôm thứ Tư 28/10 hai bên đã ký.", pub_date="2020-10-30")
    ] == ["2020-10-28"]
    assert [d.start for d in find_dates("Sáng Chủ nhật (15/6), đoàn rời Hà Nội.", pub_date="2025-06-20")] == [
        "2025-06-15"
    ]
    assert find_dates("tỷ lệ 28/10 của hai nhóm", pub_date="2020-10-30") == []


def test_a_relative_day_glossed_without_a_comma_is_the_day_it_glosses() -> None:
    """`today September 13`, `Sáng nay 31/7`: the relative day written right before its date (no comma, no bracket) is
    that date, whatever day the page is dated."""
    found = find_dates("The deal was unveiled today September 13 in Mombasa.", pub_date="2018-09-20")
    assert [d.start for d in found] == ["2018-09-13", "2018-09-13"]
    found = find_dates("Sáng nay 31/7, Chủ tịch tỉnh tiếp đoàn.", pub_date="2024-07")
    assert [d.start for d in found] == ["2024-07-31", "2024-07-31"]


def test_a_month_in_words_without_a_day_is_read() -> None:
    """`vào tháng Tư vừa qua`, `trong tháng Mười năm 2019`: a month named in words, a cue word before it, the month's
    word capitalised (not `nhiều tháng năm`, a span of time, nor a title's `Cách mạng Tháng Tám`)."""
    found = find_dates("Bộ trưởng đã sang thăm Ba Lan vào tháng Sáu vừa qua.", pub_date="2021-08-02")
    assert [(d.start, d.precision) for d in found] == [("2021-06", "month")]
    found = find_dates("Diễn đàn họp lần đầu trong tháng Mười Một, 2017 tại Đà Nẵng.", pub_date=None)
    assert [(d.start, d.precision) for d in found] == [("2017-11", "month")]
    assert find_dates("Sau nhiều tháng năm xa quê, ông về dự lễ kỷ niệm Cách mạng Tháng Tám.", pub_date=None) == []


def test_a_month_year_after_a_dash_lends_its_year_to_a_day_without_one() -> None:
    """`tháng 3-2016` writes its year after a dash, as a period's second year is written; it is a year the page names
    all the same, so a day told without one (`từ 7 đến 9-3`) on an undated page takes it."""
    found = find_dates("Từ 7 đến 9-3, tỉnh tổ chức hội chợ; tháng 3-2016 là lần thứ hai.", pub_date=None)
    assert [d.start for d in found] == ["2016-03-07", "2016-03"]
