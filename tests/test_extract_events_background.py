"""Events the story recalls rather than tells: a signing set in a year before the article's, or recalled as done by
someone speaking at the event, is the history behind the story, not an event of it (the conventions: a past event
cited as background is none). Texts written for the test, with names of our own."""

from __future__ import annotations

from tests.extraction import attendees, of_kind, run


def test_a_signing_recalled_by_the_host_at_a_reception_is_no_event() -> None:
    """`Tại buổi tiếp, ông X cho biết, … đã ký kết Bản ghi nhớ … vào tháng 5/2015`: what the host recalls."""
    doc = run(
        "date 2019-06-12 Chiều 11/6, Phó Chủ tịch UBND tỉnh Bình Phước Trần Văn Khải tiếp ngài Kim Dae-sung, Thị trưởng "
        "thành phố Seoyang (Hàn Quốc).\n\nTại buổi tiếp, Phó Chủ tịch Trần Văn Khải cho biết, tỉnh Bình Phước và thành "
        "phố Seoyang đã ký kết Bản ghi nhớ hợp tác vào tháng 5/2015."
    )
    assert not of_kind(doc, "signing")
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-van-khai", "person:kim-dae-sung"}


def test_a_signing_counted_as_done_so_far_is_no_event() -> None:
    """`cho biết đến nay, tỉnh A đã ký kết và thực hiện hợp tác với 5 tỉnh`: a tally of past signings, undated."""
    doc = run(
        "date 2024-09-20 Chiều 19-9, Chủ tịch UBND tỉnh Bình Phước Lê Minh Tâm tiếp và làm việc với ngài Sok Vanna, Phó "
        "Tỉnh trưởng tỉnh Kandal (Campuchia).\n\nTại buổi làm việc, Chủ tịch Lê Minh Tâm cho biết đến nay, tỉnh Bình "
        "Phước đã ký kết và thực hiện hợp tác với 4 tỉnh của Campuchia."
    )
    assert not of_kind(doc, "signing")
    assert of_kind(doc, "meeting")


def test_a_signing_set_in_an_earlier_year_is_no_event() -> None:
    """`On March 3, 2012, the two sides signed …` in a story of 2019 talks: the deal's history."""
    doc = run(
        "date 2019-10-15 Minister Tran Quoc Vinh held talks with his counterpart Ahmed Karimov in Hanoi on October 14.\n\n"
        "On March 3, 2012, the two sides signed an agreement on trade cooperation, which expired last year."
    )
    assert not of_kind(doc, "signing")
    [meeting] = of_kind(doc, "meeting")
    assert attendees(doc, meeting) == {"person:tran-quoc-vinh", "person:ahmed-karimov"}


def test_a_signing_of_the_story_s_own_year_stays_an_event() -> None:
    """A signing told after the talks, in the story's own year, is one of its events: only an earlier year or a
    speaker's recollection makes one background."""
    doc = run(
        "date 2019-10-15 Minister Tran Quoc Vinh held talks with his counterpart Ahmed Karimov in Hanoi on October 14.\n\n"
        "On October 14, 2019, Tran Quoc Vinh and Ahmed Karimov signed an agreement on trade cooperation."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:tran-quoc-vinh", "person:ahmed-karimov"}


def test_signed_as_an_adjective_or_in_a_relative_clause_names_a_document() -> None:
    """`to fully implement signed agreements`, `a signed document on …`, `the memorandum … they signed`, `The statement
    signed by X`: a document named by its signing, no signing told."""
    doc = run(
        "date 2021-05-12 President Ramon Castillo held talks with Prime Minister Le Van Dung in Manila on May 11.\n\n"
        "Both leaders agreed to fully implement signed agreements, including putting a signed document on fisheries "
        "into effect soon.\n\nCastillo hoped the two sides would implement the memorandum of understanding on trade "
        "they signed.\n\nThe statement signed by the ministry's spokesman Juan Reyes said the talks went well."
    )
    assert not of_kind(doc, "signing")
    [talks] = of_kind(doc, "meeting")
    assert {"person:ramon-castillo", "person:le-van-dung"} <= attendees(doc, talks)


def test_a_signer_named_an_still_signs() -> None:
    """`… Vice Minister Tran Van An signed a new agreement`: the name `An` is not the article before `signed`."""
    doc = run(
        "On 14 March, Ambassador Lars Holm and Vietnamese Vice Minister of Industry and Trade Tran Van An signed a new "
        "agreement on energy cooperation."
    )
    [signing] = of_kind(doc, "signing")
    assert attendees(doc, signing) == {"person:lars-holm", "person:tran-van-an"}
