"""Which documents: a counted list whose fields are long (Vietnamese counts syllables as words) is as many documents as
its count says when the split agrees with it; a headline's singular over such a list is one of them, not another; a
capitalised `Arrangement` closing a name is a document, and so are a signed record (`biên bản ký kết`) and a
cooperation text (`văn bản hợp tác`); a roadmap for cooperation is a plan; a set whose signing is told between `the
two countries` is one document of theirs."""

from __future__ import annotations

from tests.extraction import agreements, parties, run

_BODY = (
    "Ngày 12/6/2024, tại thủ đô Tokyo, Chủ tịch UBND tỉnh Quảng Bình Trần Văn A và Chủ tịch Tập đoàn Sakura Foods "
    "đã ký kết 02 bản ghi nhớ (MOU) về việc hợp tác nghiên cứu triển khai dự án điện gió ngoài khơi tại huyện Quảng "
    "Trạch và dự án nhà máy chế biến thủy sản xuất khẩu tại huyện Lệ Thủy."
)


def test_a_count_the_split_agrees_with_keeps_two_long_fields_two_documents() -> None:
    doc = run(_BODY)
    memoranda = [d for d in agreements(doc) if d["properties"]["type"] == "mou"]
    assert len(memoranda) == 2
    assert all(d["properties"]["status"] == "signed" for d in memoranda)


def test_a_count_the_split_does_not_agree_with_is_no_list_of_long_fields() -> None:
    doc = run(_BODY.replace("02 bản ghi nhớ", "03 bản ghi nhớ"))
    assert len([d for d in agreements(doc) if d["properties"]["type"] == "mou"]) < 3


def test_a_headline_s_memorandum_over_the_body_s_counted_list_is_one_of_them() -> None:
    doc = run("Quảng Bình ký kết Bản ghi nhớ với Tập đoàn Sakura Foods tại Tokyo\n" + _BODY)
    assert len([d for d in agreements(doc) if d["properties"]["type"] == "mou"]) == 2


def test_a_capitalised_arrangement_closing_a_name_is_a_document() -> None:
    doc = run(
        "Canberra - Australia and Vietnam held talks on Monday. A new Maritime Cooperation Arrangement will "
        "strengthen the two countries' work on search and rescue."
    )
    assert [d["name"] for d in agreements(doc)] == ["Maritime Cooperation Arrangement"]


def test_arrangements_in_lower_case_or_after_a_determiner_are_no_document() -> None:
    doc = run(
        "Canberra - Australia and Vietnam held talks on Monday on travel arrangements for students. The "
        "Arrangement of the meeting was praised."
    )
    assert not agreements(doc)


def test_a_signed_record_handed_over_is_an_agreement_of_the_two_localities() -> None:
    doc = run(
        "Hà Giang (TTXVN) - Chủ tịch UBND tỉnh Hà Giang và Châu trưởng châu Văn Sơn (Trung Quốc) trao biên bản ký "
        "kết về việc mở mới lối thông quan hàng hóa tại cửa khẩu Thanh Thủy."
    )
    (document,) = agreements(doc)
    assert document["properties"]["type"] == "agreement"
    assert document["name"].startswith("biên bản ký kết")


def test_a_cooperation_text_signed_is_an_agreement() -> None:
    doc = run(
        "Hà Nội - Trong chuyến đi này, Hiệp hội Chè Liên bang Nga sẽ ký với Hiệp hội Chè Việt Nam văn bản hợp tác "
        "và phát triển."
    )
    (document,) = agreements(doc)
    assert document["properties"]["type"] == "agreement"


def test_a_roadmap_for_economic_cooperation_is_an_action_plan() -> None:
    doc = run(
        "Minsk - Plans to develop a roadmap for economic cooperation between Belarus and Vietnam were agreed upon "
        "during an intergovernmental commission meeting on Thursday."
    )
    assert [d["properties"]["type"] for d in agreements(doc)] == ["action_plan"]


def test_a_set_whose_signing_is_told_between_the_two_countries_is_one_document_of_theirs() -> None:
    doc = run(
        "Hanoi (VNA) - Czech Prime Minister Petr Fiala paid an official visit to Vietnam. During his stay, Fiala "
        "held talks with his Vietnamese counterpart Pham Minh Chinh and witnessed the signing of cooperation "
        "documents between the two countries."
    )
    (document,) = agreements(doc)
    assert document["properties"]["type"] == "other"
    assert document["properties"]["status"] == "signed"
    assert {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)} == {"Việt Nam", "Cộng hòa Séc"}


def test_agreements_between_the_two_countries_only_carried_out_are_no_set() -> None:
    doc = run(
        "Hà Nội (TTXVN) - Thủ tướng Việt Nam hội đàm với Thủ tướng Cộng hòa Séc. Hai bên nhất trí triển khai hiệu "
        "quả các thỏa thuận giữa hai nước."
    )
    assert not agreements(doc)
