"""Organisations as the page writes them: what a body is called on the page stays one of its names, though its id
and name follow the gazetteer. Every sentence here is written for the form, with names no article of the real
development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import run


def names(doc: dict) -> set[str]:
    """Every name and alias of the page's organisations."""
    return {
        n
        for e in doc["entities"]
        if e["label"] in ("Organization", "Ministry")
        for n in [e["name"], *(e.get("aliases") or [])]
    }


def test_a_bare_provincial_body_keeps_the_province_as_the_page_spells_it() -> None:
    doc = run(
        "Đắc Lắc đón đoàn doanh nghiệp Séc\n\nChiều 5/3, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Hoàng Văn Tư "
        "tiếp đoàn doanh nghiệp Séc đến tìm hiểu cơ hội đầu tư tại tỉnh Đắc Lắc. Tỉnh Đắc Lắc mong muốn hợp tác "
        "trong lĩnh vực cà phê."
    )
    assert "UBND tỉnh Đắc Lắc" in names(doc)


def test_a_numbered_company_named_before_the_clause_goes_on() -> None:
    doc = run(
        "Hợp tác điện mặt trời\n\nCông ty Năng lượng Nordwind đã ký biên bản ghi nhớ với Tổng công ty Xây lắp 7 để "
        "cùng phát triển các dự án điện mặt trời tại Việt Nam."
    )
    assert "Tổng công ty Xây lắp 7" in names(doc)
    assert "Tổng công ty Xây lắp" not in names(doc)


def test_a_consulate_a_consul_serves_is_also_named_as_the_page_spells_its_city() -> None:
    doc = run(
        "Tiếp Tổng Lãnh sự Hà Lan\n\nNgày 3/5, UBND tỉnh Vĩnh Long tiếp và làm việc với Đoàn công tác của Tổng Lãnh "
        "sự Hà Lan tại TP. HCM. Bà Anna Verbeek - Tổng Lãnh sự Hà Lan tại TP. HCM cho biết nhiều doanh nghiệp Hà Lan "
        "quan tâm đến nông nghiệp."
    )
    assert "Tổng Lãnh sự quán Hà Lan tại TP. HCM" in names(doc)
