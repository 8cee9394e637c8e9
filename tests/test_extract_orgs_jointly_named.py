"""Bodies named jointly in the plural are one body per country, named with the text's own words
(docs/annotation-conventions.md: `the ministries of industry of A and B`). Every sentence here is written for the
form, with names no article of the real development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import only_agreement, parties, run


def names(doc: dict) -> set[str]:
    """Every name and alias of the page's organisations."""
    return {
        n
        for e in doc["entities"]
        if e["label"] in ("Organization", "Ministry")
        for n in [e["name"], *(e.get("aliases") or [])]
    }


def test_ministries_of_a_field_of_two_countries_are_one_ministry_of_each() -> None:
    doc = run(
        "Ties deepen\n\nASTANA, May 3. The Ministries of Foreign Affairs of Kazakhstan and Vietnam signed a "
        "cooperation plan for 2025-2026 on Monday.",
        lang="en",
    )
    assert {"Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Vietnam"} <= names(doc)
    assert parties(doc, only_agreement(doc)) == {"org:bo-ngoai-giao-kz", "org:mofa"}


def test_two_countries_adjectives_before_a_plural_ministry_are_one_ministry_of_each() -> None:
    doc = run(
        "Talks\n\nThe Mongolian and Peruvian foreign ministries held their second political consultation in Lima.",
        lang="en",
    )
    assert {"Mongolian foreign ministry", "Peruvian foreign ministry"} <= names(doc)


def test_a_plural_of_one_country_is_no_two_bodies() -> None:
    doc = run(
        "Talks\n\nThe Ministries of Finance and Justice of Kazakhstan held a meeting with Vietnamese partners.",
        lang="en",
    )
    assert not any(n.startswith("Ministry of Finance and Justice of") for n in names(doc))
