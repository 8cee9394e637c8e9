"""Bodies whose name the short form in brackets closes (`loaders/entities/organizations/bracketed.py`): a head
word, the words of one clause in any case, then `(ABBR)`. Every sentence here is written for the form, with names no
article of the real development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

import pytest

from tests.extraction import run


def names(doc: dict) -> set[str]:
    """Every name and alias of the page's organisations."""
    return {
        n
        for e in doc["entities"]
        if e["label"] in ("Organization", "Ministry")
        for n in [e["name"], *(e.get("aliases") or [])]
    }


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Ngày 4/3, Cơ quan quản lý nghề cá Quốc gia (NFMA) của Ghana đã làm việc với Sở Nông nghiệp tỉnh Cà Mau.",
            "Cơ quan quản lý nghề cá Quốc gia",
            "NFMA",
        ),
        (
            "Ông Peter Holm, Chủ tịch Hiệp hội vật liệu xây dựng xanh (GBMA), cho biết các doanh nghiệp muốn đầu tư.",
            "Hiệp hội vật liệu xây dựng xanh",
            "GBMA",
        ),
        (
            "Trung tâm nghiên cứu cây trồng nhiệt đới Ghana (CTCR) sẽ hợp tác với Viện Lúa Đồng bằng sông Cửu Long.",
            "Trung tâm nghiên cứu cây trồng nhiệt đới Ghana",
            "CTCR",
        ),
        (
            "Hội đồng Doanh nghiệp Canada-ASEAN (CABC) đã tổ chức đoàn khảo sát tới tỉnh Bình Định.",
            "Hội đồng Doanh nghiệp Canada-ASEAN",
            "CABC",
        ),
    ],
)
def test_a_short_form_in_brackets_closes_the_name_of_the_body_it_follows(text: str, name: str, short: str) -> None:
    found = names(run(text))
    assert name in found
    assert short in found


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Bộ trưởng Năng lượng ASEAN (AMEM) diễn ra tại Hà Nội với sự tham dự của các bộ trưởng.",
        "Ông Tạ Văn Bình cho biết Công ty sẽ sản xuất linh kiện cho thị trường Liên minh châu Âu (EU) và Nhật Bản.",
    ],
)
def test_a_title_or_a_sentence_before_a_short_form_is_no_body_s_name(text: str) -> None:
    found = names(run(text))
    assert not any(n.startswith(("Bộ trưởng", "Công ty sẽ")) for n in found)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Officials of the Southern African Development Community (SADC) met the Vietnamese delegation on Monday.",
            "Southern African Development Community",
            "SADC",
        ),
        (
            "The firm signed a memorandum with Norway's Fjord Offshore Partners (FOP) to study wind farms.",
            "Fjord Offshore Partners",
            "FOP",
        ),
        (
            "The Gulf Shipping Authorities (GSA) will send a delegation to Hai Phong.",
            "Gulf Shipping Authorities",
            "GSA",
        ),
    ],
)
def test_an_english_body_the_short_form_spells_out_is_read_with_a_kind_of_body_and_no_place(
    text: str, name: str, short: str
) -> None:
    """`Economic Community of West African States (ECOWAS)`: no head word opens the name, no place is in it, but a
    kind of body is (`Community`, `Partners`, `Authorities`), and its initials, `of` spelt or not, make the short form."""
    found = names(run(text))
    assert name in found
    assert short in found


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Direct Investment (FDI) into the province rose by a third, officials said.",
        "Both sides welcomed the Regional Comprehensive Economic Partnership (RCEP) and its rules of origin.",
    ],
)
def test_what_a_short_form_spells_out_with_no_kind_of_body_is_no_body(text: str) -> None:
    found = names(run(text))
    assert not {"Foreign Direct Investment", "Regional Comprehensive Economic Partnership", "FDI"} & found
