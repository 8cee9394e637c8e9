"""Bodies named bare after their country's possessive (`loaders/entities/organizations_en/possessed.py`) and
enterprises described by what they do before a foreign brand (`loaders/entities/organizations/companies.py`); a
person, a day, a policy or a modifier of a noun after the possessive is no body. Every sentence here is written for
the form, with names no article of the real development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import run


def names(doc: dict) -> set[str]:
    """Every name of the page's organisations."""
    return {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_a_brand_after_a_countrys_possessive_is_a_body() -> None:
    doc = run(
        "Deal\n\nJapan's KVR Sanwa Chemicals has signed a memorandum of understanding with Vietnam National "
        "Petroleum Group on Monday.",
        lang="en",
    )
    assert "KVR Sanwa Chemicals" in names(doc)


def test_a_brand_with_a_capital_inside_after_a_possessive_is_a_body() -> None:
    doc = run(
        "Payments\n\nThe deal covers payments between Vietnam's banks and China's QuickPayNet via QR codes.", lang="en"
    )
    assert "QuickPayNet" in names(doc)


def test_plain_words_and_people_after_a_possessive_are_no_bodies() -> None:
    doc = run(
        "Visit\n\nIndia's Act East Policy and Vietnam's Independence Day were discussed. Brazil's Joao Pereira said "
        "so, and Mr Pereira thanked the hosts. Japan's Shinkansen technology was shown.",
        lang="en",
    )
    assert not {"Act East Policy", "Independence Day", "Joao Pereira", "Shinkansen"} & names(doc)


def test_an_enterprise_described_before_its_foreign_brand() -> None:
    doc = run("Viện trợ\n\nSố gạo do doanh nghiệp sản xuất lúa gạo Korvagri của Việt Nam bàn giao ngày 13/2.")
    assert "Korvagri" in names(doc)


def test_a_ministers_portfolio_of_small_enterprises_gives_no_body() -> None:
    doc = run(
        "Tiếp đoàn\n\nĐoàn gặp Bộ trưởng Bộ Nông nghiệp và doanh nghiệp nhỏ Jenna Marlow tại tiệc. Phát biểu, bà "
        "Jenna Marlow chào mừng đoàn."
    )
    assert "Jenna Marlow" not in names(doc)


def test_a_plural_possessive_ends_an_english_bodys_name() -> None:
    doc = run(
        "Talks\n\nThe minister met the Peruvian Ministry of Foreign Affairs’ Trade Relations Undersecretary Ana "
        "Quispe on Monday.",
        lang="en",
    )
    assert not any("Trade Relations" in n for n in names(doc))


def test_a_dash_after_a_companys_brand_sets_off_what_it_does() -> None:
    doc = run("Tiếp đoàn\n\nChiều 17/9, lãnh đạo tỉnh tiếp đại diện Tập đoàn KVX - chuyên cung cấp dịch vụ y tế.")
    assert "Tập đoàn KVX" in names(doc)
