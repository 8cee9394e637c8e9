"""Officials in forms of news the chains alone did not read: a person the page names in full and again by a shorter
name of two words or more (that name is his alias), a minister's portfolio of fields no list has before his name, a
diplomat's lowercase role and seat before his name. Every sentence
is written for the form, with names no article of the real development set uses."""

from __future__ import annotations

from tests.extraction import run


def people(doc: dict) -> dict[str, dict]:
    """Persons by name."""
    return {e["name"]: e for e in doc["entities"] if e["label"] in ("Official", "Person")}


def test_a_shorter_name_the_page_writes_is_the_person_s_alias() -> None:
    doc = run(
        "Thăm chính thức\n\nTổng thống Chile Rodrigo Andrés Morales Vidal thăm Việt Nam từ ngày 3/5. Thủ tướng và "
        "Tổng thống Morales Vidal nhất trí tăng cường hợp tác thương mại."
    )
    person = people(doc)["Rodrigo Andrés Morales Vidal"]
    assert "Morales Vidal" in person["aliases"]


def test_a_lone_word_is_no_alias() -> None:
    doc = run(
        "Thăm chính thức\n\nTổng thống Chile Rodrigo Andrés Morales Vidal thăm Việt Nam từ ngày 3/5. Ông Vidal "
        "nhất trí tăng cường hợp tác thương mại."
    )
    assert "Vidal" not in people(doc)["Rodrigo Andrés Morales Vidal"]["aliases"]


def test_a_minister_s_portfolio_of_fields_no_list_has_ends_before_his_name() -> None:
    doc = run(
        "Trade talks\n\nThe minister met the visiting Chilean Minister of Foreign Affairs, Maritime Heritage and "
        "Worship Tomás Ignacio Reyes in Hanoi on Monday. Talks were also held with the Minister of Political, "
        "Legal and Security Affairs Hartono and others."
    )
    found = people(doc)
    assert "Tomás Ignacio Reyes" in found or "Ignacio Reyes" in found
    assert not any("Worship" in name or "Affairs" in name for name in found)


def test_a_name_after_a_portfolio_s_comma_is_read_whole() -> None:
    doc = run("Trade talks\n\nCambodian Minister of Commerce, Pan Sorasak, said the two sides agreed on Monday.")
    assert "Pan Sorasak" in people(doc)


def test_a_headline_verb_after_the_portfolio_s_holder_is_no_name() -> None:
    doc = run(
        "Minister of Agriculture and Fisheries Development, Chief Bello Adamu Visits Vietnam for Talks\n\n"
        "The minister arrived in Hanoi on Monday."
    )
    assert not any(name.endswith("Vietnam") or name.startswith("Visits") for name in people(doc))


def test_a_diplomat_s_lowercase_role_then_where_he_serves_then_his_name() -> None:
    doc = run(
        "Trade ties\n\nTrade will grow, Estonia's envoy to Hanoi Margus Tamm said on Monday. The Chilean consul in "
        "Ho Chi Minh City, Pablo Serrano, declared that Chile would promote cooperation."
    )
    assert {"Margus Tamm", "Pablo Serrano"} <= set(people(doc))


def test_a_lowercase_chairperson_after_her_body_holds_it() -> None:
    doc = run(
        "Education deal\n\nThe memorandum was signed by Commission on Higher Education (CHEd) chairperson Lorna "
        "Dimaculangan on Monday."
    )
    person = people(doc)["Lorna Dimaculangan"]
    held = {r["to"] for r in doc["relations"] if r["type"] == "HOLDS_POSITION" and r["from"] == person["id"]}
    names = {e["name"] for e in doc["entities"] if e["id"] in held}
    assert "Commission on Higher Education" in names


def test_the_head_of_the_region_written_by_its_kind_is_the_name_after_it() -> None:
    doc = run(
        "Regional ties\n\nThe ambassador held talks with President of the region Étienne Marchal, and visited a "
        "port. Chairman of the region Juraj Kollár said investment would grow."
    )
    assert {"Étienne Marchal", "Juraj Kollár"} <= set(people(doc))


def test_a_title_right_before_a_second_name_is_that_name_s() -> None:
    doc = run(
        "Provincial talks\n\nReceiving the delegation were Chairman of the Provincial People's Committee, Mr Doan "
        "Van Khoi, Vice Chairman Luong Thanh Hai and leaders of several departments."
    )
    assert {"Doan Van Khoi", "Luong Thanh Hai"} <= set(people(doc))


def test_a_full_name_right_after_a_country_the_title_ends_with_is_read_whole() -> None:
    doc = run(
        "Hội thảo xúc tiến\n\nNgày 17/9, hội thảo diễn ra tại Washington. Tham dự có Tham tán Thương mại của Việt Nam "
        "tại Hoa Kỳ Trịnh Văn Khởi và Tham tán của Việt Nam Lương Hữu Nghị."
    )
    found = people(doc)
    assert "Trịnh Văn Khởi" in found and "Lương Hữu Nghị" in found
    assert not any("Kỳ" in name or "Nam" in name for name in found)


def test_a_leader_after_a_country_named_as_a_city_is_no_person() -> None:
    doc = run(
        "Ties\n\nThe minister recalled the great leader of Viet Nam Ho Chi Minh and the friendship of the peoples."
    )
    assert "Ho Chi Minh" not in people(doc) and "Hồ Chí Minh" not in people(doc)


def test_the_speaker_of_a_lower_house_is_read_as_a_senate_s_president_is() -> None:
    doc = run(
        "Chào xã giao\n\nNgày 3/7, Đại sứ Lương Hữu Nghị chào xã giao Chủ tịch Hạ viện Nhật Bản Tanaka Hiroshi tại "
        "Tokyo."
    )
    assert "Tanaka Hiroshi" in people(doc)


def test_a_name_written_again_with_a_letter_doubled_is_the_same_person() -> None:
    doc = run(
        "Hợp tác kinh tế\n\nNgày 4/6, Phó Thủ tướng đã tiếp Bộ trưởng Kinh tế Nhật Bản Takeda Ryoota. Bộ trưởng "
        "Takeda Ryota cho biết Nhật Bản sẽ mở rộng đầu tư vào Việt Nam."
    )
    found = people(doc)
    assert "Takeda Ryoota" in found and "Takeda Ryota" not in found
    assert "Takeda Ryota" in found["Takeda Ryoota"]["aliases"]


def test_a_long_foreign_name_with_its_last_letters_slipped_is_the_same_person() -> None:
    doc = run(
        "State visit\n\nKazakh President Nursultan Abenovich Tokayevski arrived in Hanoi on Monday. For his part, "
        "President Nursultan Abenovich Tokayevsky said that the two countries would expand trade."
    )
    found = people(doc)
    assert "Nursultan Abenovich Tokayevski" in found and "Nursultan Abenovich Tokayevsky" not in found


def test_a_lone_name_with_two_letters_swapped_is_the_person_named_in_full() -> None:
    doc = run(
        "Talks in Seoul\n\nDeputy Prime Minister Le Van Thinh met the Korean Prime Minister on Monday. Deputy Prime "
        "Minister Thihn said that trade between the two countries had grown."
    )
    assert "Thihn" not in people(doc)


def test_two_vietnamese_names_one_letter_apart_are_two_people() -> None:
    doc = run(
        "Hợp tác\n\nBộ trưởng Bộ Công Thương Trần Văn Bình và Thứ trưởng Bộ Công Thương Trần Văn Minh đã tiếp đoàn "
        "doanh nghiệp Hàn Quốc tại Hà Nội ngày 5/6."
    )
    found = people(doc)
    assert "Trần Văn Bình" in found and "Trần Văn Minh" in found
