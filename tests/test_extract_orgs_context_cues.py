"""Bodies named bare, with no head word, read by what their sentence says of them: a kind said after the name
(`leaders of X group`), an apposition (`X, a steel pipes maker`, `Y – one of France's leading cooperatives`), an
executive or board after the name's possessive (`X's chairman`), a trade's lowercase kind before a brand (`nhà sản
xuất ô tô điện X`). Every sentence is written for the form, with names no article of the real development set uses,
so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import run


def org_names(doc: dict) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_a_group_after_a_lowercase_of_is_the_whole_name_and_after_a_capitalised_joiner_is_not() -> None:
    names = org_names(
        run(
            "Energy ties\n\nThe Prime Minister received leaders of Qorvanta group and the Saudi Fund for Development "
            "on Monday. He also thanked the Oil and Gas group for its work."
        )
    )
    assert "Qorvanta" in names
    assert "Gas" not in names


def test_a_maker_and_one_of_a_countrys_cooperatives_set_beside_a_name_are_companies() -> None:
    names = org_names(
        run(
            "Trade deals\n\nZelmar Trading, a steel pipes maker, signed a contract on Tuesday. Verger de la Nuit, one "
            "of France's leading fruit growing cooperatives, signed a memorandum with a Vietnamese retailer. Dravo "
            "Foods – one of the largest exporters in the region – joined them."
        )
    )
    assert {"Zelmar Trading", "Verger de la Nuit", "Dravo Foods"} <= names


def test_an_executive_after_a_possessive_names_a_company_but_not_after_a_place_or_a_person() -> None:
    names = org_names(
        run(
            "Investment\n\nKestrovia Energy's chairman said the company would build a plant. Hanoi's chairman "
            "welcomed it. Mr Pellegrin met the minister; Pellegrin's chairman was not there."
        )
    )
    assert "Kestrovia Energy" in names
    assert not {"Hanoi", "Pellegrin"} & names


def test_a_trades_lowercase_kind_before_a_foreign_brand_names_a_company() -> None:
    names = org_names(
        run(
            "Hợp tác ô tô\n\nNgày 3/5, nhà sản xuất ô tô điện Zentrova đã ký thỏa thuận với tỉnh Hà Nam. Nhà cung cấp "
            "thiết bị Brellix (Đức) và nhà mạng Telqora cũng dự lễ."
        )
    )
    assert {"Zentrova", "Telqora"} <= names


def test_a_list_of_companies_goes_on_after_a_slash_and_a_legal_forms_full_stop() -> None:
    names = org_names(
        run(
            "Hợp tác năng lượng\n\nBộ trưởng đã tiếp lãnh đạo các công ty năng lượng lớn của Hoa Kỳ như Quorra Corp, "
            "Zento Limited/Zento LNG, Merrowind Inc., Talvora và đại diện Đại sứ quán Hoa Kỳ."
        )
    )
    assert {"Quorra Corp", "Zento Limited", "Zento LNG", "Talvora"} <= names


def test_a_list_of_companies_after_what_they_do_is_read_but_not_its_places() -> None:
    names = org_names(
        run(
            "Trade\n\nThere are several Malaysian companies operating here including Velmora Foods and candle makers "
            "from Kedah. Businesses working in the region such as Vietnam and Laos grow."
        )
    )
    assert "Velmora Foods" in names
    assert not {"Vietnam", "Laos"} & names


def test_a_post_of_a_bare_name_names_a_body_but_not_a_country_or_its_head() -> None:
    names = org_names(
        run(
            "Ties\n\nPham Van Anh, head of Zorvan Construction, said on Monday. The minister greeted the vice-president "
            "of the KLPA and the President of Vietnam, the head of State and the President of Laos Thongvan Sikhamay. "
            "Representatives of Qardan Steel signed the deal."
        )
    )
    assert {"Zorvan Construction", "KLPA", "Qardan Steel"} <= names
    assert not {"State", "Vietnam", "Laos Thongvan Sikhamay"} & names


def test_a_latin_group_or_malaysian_legal_form_in_a_vietnamese_sentence_is_a_company() -> None:
    names = org_names(
        run(
            "Hợp tác đầu tư\n\nNgày 3/5, Zorvan Group đã ký thỏa thuận với tỉnh Bình Định về dự án điện gió. Daxen Sdn "
            "Bhd cũng tham gia."
        )
    )
    assert {"Zorvan Group", "Daxen Sdn Bhd"} <= names


def test_a_factory_or_subsidiary_after_a_possessive_names_its_company_but_not_a_places() -> None:
    names = org_names(
        run(
            "Investment\n\nKestrovia Energy's factory in Binh Duong opened. Hanoi's factory sector and Vietnam's plant grew."
        )
    )
    assert "Kestrovia Energy" in names
    assert not {"Hanoi", "Vietnam"} & names
