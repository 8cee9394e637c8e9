"""The sides of documents signed at a meeting of several border provinces of two countries or more
(`agreement_parties.round_table`): every province of the meeting, not the two countries nor one of them. Sentences in
the forms of real news, with other names."""

from __future__ import annotations

from tests.extraction import agreements, parties, run


def _by_name(doc: dict, words: str) -> dict:
    found = [a for a in agreements(doc) if a["name"].startswith(words)]
    assert len(found) == 1, [a["name"] for a in agreements(doc)]
    return found[0]


def test_an_english_plan_the_two_sides_carry_out_is_every_province_of_the_meeting() -> None:
    doc = run(
        "Border provinces hold working group meeting\n\nOn March 3, the 5th Joint Working Group meeting between the "
        "provinces of Lao Cai, Lai Chau, Ha Giang (Vietnam) and Yunnan province (China) took place in Lao Cai city. "
        "The two sides agreed to jointly carry out the Action Plan for the period 2024 - 2027."
    )
    sides = parties(doc, _by_name(doc, "Action Plan"))
    assert {"province:vn-02", "province:vn-01", "province:vn-03", "province:cn-yn"} <= sides


def test_a_vietnamese_memorandum_signed_at_a_meeting_of_three_provinces_of_three_countries() -> None:
    doc = run(
        "Hợp tác giữa ba tỉnh\n\nNgày 5/6, tại thành phố Đông Hà diễn ra Hội nghị hợp tác thương mại giữa 3 tỉnh "
        "Quảng Trị (Việt Nam), Savannakhet (Lào) và Mukdahan (Thái Lan). Các bên đã thống nhất ký biên bản ghi nhớ về "
        "hợp tác thương mại trong năm tới."
    )
    sides = parties(doc, _by_name(doc, "biên bản ghi nhớ"))
    assert {"province:vn-25", "province:la-sv", "province:th-49"} <= sides


def test_a_pair_of_the_meeting_keeps_its_own_two_provinces() -> None:
    doc = run(
        "Localities strengthen ties\n\nLeaders of Quang Tri province and Laos' Savannakhet and Salavan provinces held "
        "talks on May 4. In the cooperation agreement between Quang Tri and Salavan, the two sides agreed to boost "
        "trade."
    )
    sides = parties(doc, _by_name(doc, "cooperation agreement"))
    assert "province:la-sv" not in sides
    assert {"province:vn-25", "province:la-sl"} <= sides


def test_the_states_own_treaty_named_at_the_meeting_gets_no_province() -> None:
    doc = run(
        "Localities strengthen ties\n\nLeaders of Quang Tri province and Laos' Savannakhet and Salavan provinces held "
        "talks on May 4. The talks marked 45 years since the signing of the Vietnam-Laos Treaty of Amity and "
        "Cooperation."
    )
    treaty = [a for a in agreements(doc) if "Treaty" in a["name"]]
    assert treaty, [a["name"] for a in agreements(doc)]
    assert not any(p.startswith("province:") for p in parties(doc, treaty[0]))


def test_a_pair_meeting_is_no_round_table() -> None:
    doc = run(
        "Hai tỉnh hợp tác\n\nNgày 5/6, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã hội đàm tại Đông Hà. "
        "Hai bên đã ký biên bản ghi nhớ về hợp tác thương mại."
    )
    sides = parties(doc, _by_name(doc, "biên bản ghi nhớ"))
    assert not any(p.startswith("province:th") for p in sides)
