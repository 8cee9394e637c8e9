"""Officials in forms of news the chains alone did not read: a person the page names in full and again by a shorter
name of two words or more (that name is his alias), a minister's portfolio of fields no list has before his name, a
diplomat's lowercase role and seat before his name, a portfolio before the body a title is held at, a rank word before
a title, a name written once with one mark slipped. Every sentence
is written for the form, with names no article of the real development set uses."""

from __future__ import annotations

from loaders.contract import to_document
from loaders.entities.officials.resolve import _usual_spellings
from loaders.pipeline import Extractor
from tests.extraction import held_by, run


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


def _held(doc: dict) -> set[tuple[str, str]]:
    """(person, body) of every position held."""
    names = {e["id"]: e["name"] for e in doc["entities"]}
    return {(names[r["from"]], names[r["to"]]) for r in doc["relations"] if r["type"] == "HOLDS_POSITION"}


def test_a_portfolio_in_capitals_then_the_body_it_is_held_at_gives_the_body() -> None:
    doc = run(
        "Hợp tác nông nghiệp\n\nNgày 12/3, quyền Thứ trưởng phụ trách Thương mại Quốc tế và Dịch vụ Nông nghiệp của Bộ "
        "Nông nghiệp Canada Jean Tremblay dẫn đầu đoàn doanh nghiệp đến Hà Nội."
    )
    assert ("Jean Tremblay", "Bộ Nông nghiệp Canada") in _held(doc)


def test_a_portfolio_then_its_ministry_in_brackets_gives_the_ministry() -> None:
    doc = run(
        "Hợp tác khoa học\n\nÔng Carlos Mendes Ribeiro, Thứ trưởng phụ trách Khoa học vì phát triển xã hội (Bộ Khoa học "
        "và Công nghệ Brazil), đã làm việc với Sở Ngoại vụ."
    )
    assert ("Carlos Mendes Ribeiro", "Bộ Khoa học và Công nghệ Brazil") in _held(doc)


def test_a_minister_in_charge_of_a_body_holds_his_post_there() -> None:
    doc = run(
        "Cambodia receives new envoy\n\nPhnom Penh, March 3 - Keo Vannak, Minister in charge of the Office of the "
        "Council of Ministers, received the new Vietnamese ambassador to Cambodia on Monday."
    )
    assert ("Keo Vannak", "Office of the Council of Ministers") in _held(doc)


def test_a_rank_word_before_a_title_after_a_name_keeps_the_title_his() -> None:
    doc = run(
        "Political talks\n\nThe talks in Colombo were led by Mr. Ravi Perera Gunasekara, Additional Secretary of the "
        "Ministry of Foreign Affairs, and a delegation of Vietnam."
    )
    assert any(person == "Ravi Perera Gunasekara" for person, _ in _held(doc))


def test_a_name_written_once_with_a_slipped_mark_is_the_page_s_usual_spelling() -> None:
    extractor = Extractor()
    first = to_document(
        extractor.extract_text(
            "Tiếp Đại sứ\n\nNgày 3/5, Bộ trưởng Bộ Công Thương Nguyễn Hồng Tiến đã tiếp Đại sứ Nhật Bản tại Hà Nội."
        )
    )
    second = to_document(
        extractor.extract_text(
            "Bộ trưởng Nguyên Hồng Tiến tiếp đoàn doanh nghiệp\n\nNgày 9/5, Bộ trưởng Bộ Công Thương Nguyễn Hồng Tiến đã "
            "tiếp đoàn doanh nghiệp Hàn Quốc. Bộ trưởng Nguyễn Hồng Tiến nhấn mạnh hợp tác thương mại."
        )
    )
    ids = {e["id"] for doc in (first, second) for e in doc["entities"] if e["label"] == "Official"}
    assert len(ids) == 1
    assert people(second)["Nguyễn Hồng Tiến"]


def test_two_spellings_one_mark_apart_each_written_twice_are_left_as_written() -> None:
    assert _usual_spellings(["Lê Văn Thanh", "Lê Văn Thành", "Lê Văn Thanh", "Lê Văn Thành"]) == {}
    assert _usual_spellings(["Lê Văn Thanh", "Lê Văn Thành", "Lê Văn Thành"]) == {"Lê Văn Thanh": "Lê Văn Thành"}
    assert _usual_spellings(["Le Van Thanh", "Lê Văn Thành", "Lê Văn Thành"]) == {}


def test_a_dash_glued_to_a_name_before_a_role_the_gazetteer_lacks_keeps_the_next_title_his() -> None:
    doc = run(
        "Khai mạc phiên chợ biên giới\n\nDự lễ khai mạc có các đồng chí: Hoàng Văn Khải - Trưởng ban Dân vận Tỉnh ủy "
        "Điện Biên; Lò Thị Mai- TUV, Giám đốc Sở Công thương tỉnh Điện Biên; cùng đại diện các sở, ngành."
    )
    assert any(person == "Lò Thị Mai" and "Sở Công" in body for person, body in _held(doc))


def test_a_foreign_name_whose_last_word_lost_its_last_letter_is_the_same_person() -> None:
    doc = run(
        "Visit\n\nThe province met Korean Ambassador in Vietnam Park Sung-wan on Monday. With the backing from Korean "
        "Ambassador Park Sung-wa, the province reached a deal.",
        lang="en",
    )
    found = people(doc)
    assert "Park Sung-wan" in found and "Park Sung-wa" not in found


def test_a_consul_general_s_seat_no_stage_reads_then_his_name_after_a_comma() -> None:
    doc = run(
        "Conference\n\nThe Vietnamese Consulate General in Savannakhet held a trade conference. Vietnamese Consul "
        "General in Savannakhet, Tran Van Hoa highlighted its significance.",
        lang="en",
    )
    consulate = next(e for e in doc["entities"] if e["name"] == "Vietnamese Consulate General in Savannakhet")
    assert held_by(doc, "person:tran-van-hoa") == {consulate["id"]}
