"""A cooperation programme named with its period or its sides is a plan of action (the plural, `implement cooperation
programmes`, is the sides' projects, no document); a power purchase agreement is a contract; a head of cooperation
takes the field it is in as its complement."""

from __future__ import annotations

from tests.extraction import agreements, run


def test_a_signed_cooperation_program_for_a_period_is_an_action_plan() -> None:
    doc = run(
        "Tashkent, April 10 (VNA) - The Ministries of Foreign Affairs of Uzbekistan and Vietnam signed a cooperation "
        "program for 2025-2026."
    )
    (plan,) = agreements(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert plan["properties"]["status"] == "signed"


def test_cooperation_programmes_carried_out_are_no_document() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - During the 2016-2021 period, the two provinces implemented comprehensive cooperation "
        "programmes in various fields, especially economy and healthcare."
    )
    assert not agreements(doc)


def test_a_power_purchase_agreement_is_a_contract() -> None:
    doc = run(
        "Hanoi, June 28 (VNA) - The General Director of Vietnam Electricity (EVN) exchanged the PPA between EVN and "
        "Phongsubthavy Group."
    )
    (contract,) = agreements(doc)
    assert contract["properties"]["type"] == "other"


def test_a_memorandum_of_cooperation_in_a_field_is_a_document_of_its_own() -> None:
    doc = run(
        "Astana, May 4 (VNA) - The two sides exchanged several documents. These included a memorandum of cooperation "
        "in technology and innovation; and a memorandum on cultural and sports cooperation for 2025-2027."
    )
    assert len(agreements(doc)) == 2


def test_a_named_cooperation_strategy_is_a_document_and_an_aim_is_none() -> None:
    doc = run(
        "Hợp tác thương mại biên giới là cơ chế quan trọng trong việc triển khai Chiến lược hợp tác Việt Nam - Lào "
        "giai đoạn 2021-2030."
    )
    (strategy,) = agreements(doc)
    assert strategy["properties"]["type"] == "other"
    aim = run("Phía Cuba mong muốn phiên họp lần này sẽ vạch ra chiến lược hợp tác phát triển thời gian tới.")
    assert not agreements(aim)


def test_a_capitalised_joint_vision_is_a_document() -> None:
    doc = run(
        "New Delhi (VNA) - Prime Minister Narendra Modi said India and Vietnam adopted the Joint Vision for Peace, "
        "Prosperity and People on Monday. The two countries share a joint vision for the region."
    )
    assert [a["name"] for a in agreements(doc)] == ["Joint Vision for Peace, Prosperity and People"]


def test_the_acronym_ppa_in_a_vietnamese_page_is_a_topic() -> None:
    doc = run(
        "Bộ Ngoại giao đánh giá cao những nỗ lực của Bộ Công Thương để tháo gỡ những khó khăn về điện gió, PPA… "
        "đây là những bước tiến rất lớn."
    )
    assert not agreements(doc)


def test_the_contract_whose_terms_an_agreement_sets_is_no_document_of_its_own() -> None:
    doc = run(
        "Tổng công ty Khí Việt Nam và Tập đoàn AES đã ký Thỏa thuận các điều khoản chính của Hợp đồng liên doanh dự "
        "án kho cảng LNG Sơn Mỹ."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_a_title_ends_before_examples_and_before_what_its_implementation_achieves() -> None:
    doc = run(
        "Hai tỉnh Đồng Nai và Pinar del Río đã ký thỏa thuận hợp tác giai đoạn 2023-2028. Lãnh đạo tỉnh mong muốn "
        "hai tỉnh xây dựng chương trình để triển khai Bản thỏa thuận hợp tác giữa hai địa phương như: tổ chức giao "
        "lưu thanh niên. Hai tỉnh sẽ thực hiện các nội dung trong thỏa thuận hợp tác đạt hiệu quả cao."
    )
    assert len(agreements(doc)) == 1
