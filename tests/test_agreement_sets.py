"""A counted set signed whose sides its clause leaves unnamed is one document of the page's two sides, when the page
tells none of its documents; firms' sets and pages that tell the documents keep to those."""

from __future__ import annotations

from tests.extraction import agreements, parties, run

_TALKS = (
    "Pretoria (VNA) - Vietnamese Vice President Vo Thi Anh Xuan held talks with South African Deputy President Paul "
    "Mashatile on May 4 on ties between Vietnam and South Africa. "
)


def test_several_agreements_signed_at_talks_are_one_document_of_the_two_countries() -> None:
    doc = run(_TALKS + "The two leaders then witnessed the signing of several cooperation agreements.")
    (document,) = agreements(doc)
    assert document["properties"]["type"] == "agreement"
    assert document["properties"]["status"] == "signed"
    assert {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)} == {"Việt Nam", "Nam Phi"}


def test_a_set_the_page_tells_document_by_document_is_no_document_of_its_own() -> None:
    doc = run(
        _TALKS + "The two leaders then witnessed the signing of several cooperation agreements. Earlier, the two "
        "finance ministries had signed a memorandum of understanding on customs cooperation."
    )
    assert [d["properties"]["type"] for d in agreements(doc)] == ["mou"]


def test_a_set_companies_signed_is_not_the_countries() -> None:
    doc = run(_TALKS + "At a business forum, Vietnamese and South African companies signed several memoranda.")
    assert not agreements(doc)


def test_a_trade_agreement_named_in_several_meetings_is_one_document_of_all_their_sides() -> None:
    doc = run(
        "Santiago (VNA) - Minister Tran Tuan Anh held bilateral meetings on the sidelines of the signing of the "
        "CPTPP. In a meeting with Japanese Economy Minister Toshimitsu Motegi, Minister Anh stressed that Vietnam "
        "highly values Japan's leading role in the negotiation on the CPTPP. While meeting with Chilean Foreign "
        "Minister Heraldo Munoz, Minister Anh said Vietnam highly appreciates Chile's organisation of the CPTPP "
        "signing ceremony."
    )
    fta = [d for d in agreements(doc) if d["properties"]["type"] == "fta"]
    assert len(fta) == 1


def test_adjectives_of_one_noun_of_areas_are_no_list_of_documents() -> None:
    doc = run(
        "Luanda (VNA) - Angola and Vietnam established diplomatic relations in 1975 and in 1978 signed the General "
        "Cooperation Agreement, an instrument that served as the basis for several protocols in the social, "
        "economic, as well as technical-scientific areas."
    )
    assert not [d for d in agreements(doc) if d["name"].startswith("Document on")]


def test_a_headline_s_fields_are_the_documents_the_body_names() -> None:
    doc = run(
        "RP, Vietnam ink pacts on environment, defense\n\n"
        "Hanoi - The Philippines and Vietnam have signed four agreements. The chairperson of the Commission on "
        "Higher Education signed the MOA on Academic Cooperation. Defense Secretary Voltaire Gazmin signed an MOA "
        "on Defense Cooperation."
    )
    assert not [d for d in agreements(doc) if d["name"].startswith("Agreement on")]


def test_a_document_s_possessive_ends_its_title() -> None:
    doc = run(
        "Santiago (VNA) - Vietnam and Chile signed the Vietnam-Chile Free Trade Agreement in 2011. The two ministers "
        "reviewed the Vietnam-Chile Free Trade Agreement’s implementation."
    )
    assert [a["name"] for a in agreements(doc)] == ["Vietnam-Chile Free Trade Agreement"]


_HOI_DAM = (
    "Hà Nội (TTXVN) - Chiều 4/5, Phó Chủ tịch nước Võ Thị Ánh Xuân đã hội đàm với Phó Tổng thống Nam Phi Paul "
    "Mashatile về quan hệ giữa Việt Nam và Nam Phi. "
)


def test_a_vietnamese_counted_set_the_two_sides_signed_is_one_document_of_the_two_countries() -> None:
    """The English rule's twin: `hai bên đã ký kết 5 văn kiện hợp tác` counts its documents with a singular noun."""
    doc = run(_HOI_DAM + "Sau hội đàm, hai bên đã ký kết 5 văn kiện hợp tác.", lang="vi")
    (document,) = agreements(doc)
    assert document["properties"]["type"] == "other"  # (documents of mixed kinds)
    assert document["properties"]["status"] == "signed"
    assert {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)} == {"Việt Nam", "Nam Phi"}


def test_a_vietnamese_set_firms_signed_or_the_page_tells_one_by_one_is_no_document_of_the_countries() -> None:
    firms = run(_HOI_DAM + "Tại diễn đàn, nhiều doanh nghiệp đã ký kết 10 thỏa thuận hợp tác.", lang="vi")
    assert not agreements(firms)
    told = run(
        _HOI_DAM + "Sau hội đàm, hai bên đã ký kết 5 văn kiện hợp tác. Trước đó, Bộ Tài chính hai nước đã ký Bản "
        "ghi nhớ về hợp tác hải quan.",
        lang="vi",
    )
    assert [d["properties"]["type"] for d in agreements(told)] == ["mou"]
