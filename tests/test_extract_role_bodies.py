"""The body of a role whose title does not write it in full, in general forms of news: a delegation named by its body
and led by the title's holder, the page's own acronym of a body it names in full, a deputy named right after the
head whose body his sentence writes, a local body's level written before its name. Every sentence is written for
the form, with names no article of the real development set uses."""

from __future__ import annotations

from tests.extraction import held_by, positions, run


def bodies_of(doc: dict, person: str) -> set[str]:
    """The names of the bodies (or places) a person holds a position at."""
    names = {e["id"]: e["name"] for e in doc["entities"]}
    return {names.get(body, body) for who, body in positions(doc) if who == person}


def test_a_delegation_named_by_its_body_is_led_by_that_body_s_head() -> None:
    doc = run(
        "Customs cooperation\n\nThe General Department of Vietnam Customs delegation headed by Director-General, Mr. "
        "Tran Van Khoa and the Korea Customs Service delegation met in Seoul on Monday."
    )
    assert bodies_of(doc, "person:tran-van-khoa") == {"Cục Hải quan"}


def test_a_vietnamese_delegation_dan_dau_la_its_body_s_head() -> None:
    doc = run(
        "Hợp tác kinh doanh\n\nĐại sứ Việt Nam tại Ghana Lê Văn Tịnh ngày 8/5 đã tiếp đoàn đại biểu Hội đồng Kinh "
        "doanh Ghana - Việt Nam (GVBC), dẫn đầu là Chủ tịch Kwame Mensah Owusu. Hai bên trao đổi về thương mại."
    )
    assert bodies_of(doc, "person:kwame-mensah-owusu") == {"Hội đồng Kinh doanh Ghana - Việt Nam"}


def test_a_title_of_the_page_s_acronym_is_the_body_it_names_in_full() -> None:
    doc = run(
        "Kenyan chamber seeks partners\n\nThe Kenya-Vietnam Chamber of Commerce and Industry, KVCCI, is to partner "
        "with Vietnamese investors. Speaking at the KVCCI office in Nairobi, the President of KVCCI, Mr. Otieno "
        "Kamau, said the chamber seeks partners."
    )
    (body,) = bodies_of(doc, "person:otieno-kamau")
    assert body != "KVCCI"


def test_an_acronym_before_a_title_is_the_body_it_names_in_full() -> None:
    doc = run(
        "Vietnam eyes trade with Kenya\n\nThe ambassador was talking to KVCCI acting President Otieno Kamau at the "
        "Kenya-Vietnam Chamber of Commerce and Industry in Nairobi on Monday."
    )
    assert len(bodies_of(doc, "person:otieno-kamau")) == 1


def test_an_acronym_two_bodies_spell_is_neither_s() -> None:
    doc = run(
        "Chambers meet\n\nThe Kenya Chamber of Commerce and the Kampala Chamber of Commerce held talks. The ambassador "
        "was talking to KCC acting President Otieno Kamau in Nairobi on Monday."
    )
    assert bodies_of(doc, "person:otieno-kamau") == set()


def test_a_deputy_named_after_the_head_holds_his_post_at_the_head_s_body() -> None:
    doc = run(
        "Hợp tác điện lực\n\nNgày 3/9, Tổng Giám đốc Tổng công ty Điện lực Miền Trung - ông Trần Văn Khải, cùng Phó "
        "Tổng Giám đốc Lê Đức Thịnh đã tiếp đoàn công tác của Tập đoàn Điện lực Quốc gia Lào."
    )
    assert bodies_of(doc, "person:le-duc-thinh") == {"Tổng công ty Điện lực Miền Trung"}


def test_an_english_vice_after_the_head_holds_his_post_at_the_head_s_body() -> None:
    doc = run(
        "Chamber talks\n\nHe was talking to Chairman of the Kenya National Chamber of Commerce Otieno Kamau and Vice "
        "Chairman Wanjiru Njeri at the chamber's office in Nairobi."
    )
    assert bodies_of(doc, "person:wanjiru-njeri") == {"Kenya National Chamber of Commerce"}


def test_a_deputy_in_another_sentence_than_the_head_gets_no_body_of_his() -> None:
    doc = run(
        "Chamber talks\n\nHe was talking to Chairman of the Kenya National Chamber of Commerce Otieno Kamau on Monday. "
        "Vice Chairman Wanjiru Njeri also attended the talks in Nairobi."
    )
    assert bodies_of(doc, "person:wanjiru-njeri") == set()


def test_a_local_body_s_level_before_its_name_is_no_part_of_the_title() -> None:
    doc = run(
        "Trade ties\n\nThe visitors met Chairman of the Hai Phong municipal People's Committee Le Van Thanh. A "
        "memorandum was signed by Chairman of the municipal Peoples’ Committee Tran Minh Duc and Governor Ivan Petrov."
    )
    assert bodies_of(doc, "person:tran-minh-duc") == {"Ủy ban nhân dân Hải Phòng"}


def test_a_body_s_possessive_before_its_unit_s_title_is_whose_the_title_is() -> None:
    doc = run(
        "Digital trade\n\nThe Ministry of Industry and Trade and the World Bank signed a memorandum on Monday. In his "
        "speech, the World Bank's Mission Director for Vietnam Karl Lindqvist said the project would help firms."
    )
    assert held_by(doc, "person:karl-lindqvist") == {"org:world-bank"}


def test_a_title_before_the_next_attendee_of_a_list_is_the_one_before_s() -> None:
    """`đồng chí A – T1, T2, đồng chí B – T3`: B's titles follow him after his dash; T2 goes on A's."""
    doc = run(
        "Hội đàm\n\nDự hội đàm có đồng chí Lò Văn Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La, đồng chí Khăm "
        "Phăn Xay Na – Phó Bí thư, Phó Tỉnh trưởng tỉnh Luang Namtha."
    )
    assert "UBND tỉnh Sơn La" in bodies_of(doc, "person:lo-van-hai")
    assert "UBND tỉnh Sơn La" not in bodies_of(doc, "person:kham-phan-xay-na")


def test_our_deputy_minister_whose_title_names_no_body_is_at_the_one_ministry_of_ours_named() -> None:
    doc = run(
        "Border trade talks\n\nThe Ministry of Planning and Investment of Vietnam and Cambodian officials met in Phnom "
        "Penh on Monday. The Vietnamese delegation was led by Deputy Minister Pham Van Hoa, while the Cambodian side "
        "was headed by Secretary of State Chea Sophal."
    )
    assert bodies_of(doc, "person:pham-van-hoa") == {"Bộ Kế hoạch và Đầu tư"}
