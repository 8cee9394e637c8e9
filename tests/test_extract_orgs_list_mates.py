"""Bare names listed with a body read by its head word are bodies too (`loaders/entities/organizations/list_mates.py`);
a list of commas only, places, people, regions and a ministry's fields are not. Every sentence here is written for
the form, with names no article of the real development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import run


def names(doc: dict) -> set[str]:
    """Every name of the page's organisations."""
    return {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_bare_names_listed_with_a_ministry_are_bodies() -> None:
    doc = run(
        "Forum held\n\nThe forum was co-hosted by Northwind Retail Asia, Belvane Partners International, and the "
        "Ministry of Finance of Vietnam on Friday.",
        lang="en",
    )
    assert {"Northwind Retail Asia", "Belvane Partners International"} <= names(doc)


def test_a_bare_name_joined_by_and_to_a_company_is_a_body() -> None:
    doc = run(
        "Deal signed\n\nA deal between Kestrel Holdings Group and Zorvanta was signed in Hanoi on Monday.", lang="en"
    )
    assert "Zorvanta" in names(doc)


def test_a_vietnamese_list_with_a_brand_after_va() -> None:
    doc = run("Hợp tác\n\nSáng 3/5, Petrovietnam và Quellmark đã ký biên bản ghi nhớ hợp tác tại Hà Nội.")
    assert "Quellmark" in names(doc)


def test_a_vietnamese_word_capitalised_in_a_list_is_no_body() -> None:
    doc = run("Hợp tác\n\nSáng 3/5, Petrovietnam và Phát triển Quốc tế đã ký biên bản ghi nhớ tại Hà Nội.")
    assert "Phát" not in names(doc)


def test_people_places_and_common_words_in_the_list_are_no_bodies() -> None:
    doc = run(
        "Talks\n\nThe Ministry of Trade of Vietnam and Marco Belvedere, chairman of the board of Tarsis, met. The "
        "Vietnamese Party and Government thanked the Ministry of Health and Osaka. Cooperation between ASEAN and "
        "Asia-Pacific grew.",
        lang="en",
    )
    assert not {"Marco Belvedere", "Government", "Osaka", "Asia-Pacific"} & names(doc)


def test_commas_alone_are_an_apposition_not_a_list() -> None:
    doc = run("Visit\n\nThe Ministry of Finance, Kestrel Bay, hosted the delegation.", lang="en")
    assert "Kestrel Bay" not in names(doc)


def test_a_ministry_read_short_does_not_give_its_last_field_as_a_body() -> None:
    doc = run(
        "Talks\n\nDelegates from the Danish Ministry of Climate, Energy and Utilities met Vietnamese officials.",
        lang="en",
    )
    assert "Utilities" not in names(doc)


def test_an_agency_or_fund_named_after_what_it_is() -> None:
    doc = run(
        "Rice deal\n\nLast week, the state procurement agency Zelbora said it had signed a memorandum with the "
        "Vietnamese side, and the sovereign wealth fund Quandor joined the talks.",
        lang="en",
    )
    assert {"Zelbora", "Quandor"} <= names(doc)


def test_a_company_named_before_its_kind_in_lowercase() -> None:
    doc = run(
        "Dairy deal\n\nA memorandum between the Zorvan Milk company of Vietnam and the Keltor group of New Zealand "
        "was signed. The Vietnam Oil and Gas group and the party group also met.",
        lang="en",
    )
    found = names(doc)
    assert {"Zorvan Milk", "Keltor"} <= found
    assert not {"Gas", "Oil and Gas"} & found


def test_the_list_goes_on_after_a_short_form_in_brackets() -> None:
    doc = run(
        "Hợp tác\n\nSáng 3/5, đại diện Tổng công ty Phát điện 3 (EVNGENCO3) và KORVANE ENERGIA đã ký biên bản ghi nhớ."
    )
    assert "KORVANE ENERGIA" in names(doc)


def test_a_partner_joined_by_together_with_is_a_body() -> None:
    doc = run(
        "Fair opens\n\nThe Ministry of Industry and Trade, in cooperation with Belvane Expositions, opened the fair "
        "in Hanoi on Monday.",
        lang="en",
    )
    assert "Belvane Expositions" in names(doc)


def test_a_vietnamese_partner_after_phoi_hop_voi_is_a_body() -> None:
    doc = run("Hội chợ\n\nSáng 3/5, Sở Công Thương tỉnh Long An phối hợp với Quellmark Expo tổ chức hội chợ.")
    assert "Quellmark Expo" in names(doc)


def test_a_person_after_a_partner_word_is_no_body() -> None:
    doc = run(
        "Visit\n\nThe Ministry of Finance, together with Marco Belvedere, chairman of Tarsis, visited the port.",
        lang="en",
    )
    assert "Marco Belvedere" not in names(doc)


def test_the_word_scans_find_what_their_patterns_found() -> None:
    """`_in_a_sentence` and `_standing_alone` (by `str.find`) answer as the patterns made for each word did."""
    import re

    from loaders.entities.organizations.list_mates import _in_a_sentence, _standing_alone

    texts = [
        "The embassy said the Embassy of Norland would host it; embassy, staff and guests came.",
        "Also Quellmark and Belvane signed. also-ran also_x l'also also",
        "Bộ Tài chính và Quellmark; tổng công ty, công ty: công ty.",
        "government",
        " government",
        " government.",
        "xgovernment, government",
        "aa aaa aa",
        "",
    ]
    words = ["embassy", "also", "government", "công ty", "aa", "quellmark", "a", "staff"]
    for text in texts:
        for word in words:
            assert _in_a_sentence(text, word) == bool(re.search(rf"(?<= ){re.escape(word)}(?=[ ,.;:])", text))
            alone = re.search(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", text)
            assert _standing_alone(text, word) == bool(alone), (text, word)
