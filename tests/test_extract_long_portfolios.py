"""A minister's portfolio of several fields, one of them in words no field list holds, then the holder's name
(`Minister of Industry and Pharmaceutical Production X Y`, `Minister for Tourism, Innovation and Sport X Y`): the
name after the last field is read, and a name set off by a comma or following fields all known is read as before.
Every sentence is written for the form, with names no article of the real development set uses."""

from __future__ import annotations

from tests.extraction import run


def people(text: str) -> set[str]:
    """The names of the persons read from a text."""
    return {e["name"] for e in run(text)["entities"] if e["label"] in ("Official", "Person")}


def test_a_portfolio_with_a_field_no_list_holds_ends_before_the_holder_s_name() -> None:
    found = people(
        "Trade talks\n\nThe Algerian Minister of Industry and Pharmaceutical Production Karim Belhadj co-chaired the "
        "meeting in Hanoi on Monday."
    )
    assert "Karim Belhadj" in found


def test_a_portfolio_of_fields_listed_with_commas_and_and_ends_before_the_name() -> None:
    found = people(
        "Trade talks\n\nCanada's Minister of Small Business, Export Promotion and International Trade Jane Obrien said "
        "on Monday that Canada saw a growing market. The Minister for Tourism, Innovation and Sport Mark Bailey met "
        "the ambassador."
    )
    assert {"Jane Obrien", "Mark Bailey"} <= found


def test_a_portfolio_s_last_field_in_two_words_is_not_read_into_the_name() -> None:
    found = people(
        "Farm ties\n\nThe minister met Vice Minister of Agriculture, Nature and Food Quality Jan Smit on Monday."
    )
    assert "Jan Smit" in found and "Quality Jan Smit" not in found


def test_names_after_known_fields_or_a_comma_are_read_whole_as_before() -> None:
    found = people(
        "Energy\n\nMinister of Industry and Trade, Nguyen Van Binh, met Minister of Energy and Infrastructure Salem "
        "Rashid Obaid Al Kaabi on Monday."
    )
    assert {"Nguyen Van Binh", "Salem Rashid Obaid Al Kaabi"} <= found


def test_a_portfolio_of_general_words_a_list_holds_names_the_whole_ministry() -> None:
    """`Utilities`, `Communities`, `Media`: words of portfolios in general, read as fields of the minister's
    ministry (`Minister for Rural Communities X`: the Ministry of Rural Communities, not `of Rural`)."""
    doc = run("Farm ties\n\nThe visit was hosted by Australia's Minister for Rural Communities Dale Furnell on Monday.")
    ministries = {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}
    assert "Ministry of Rural Communities" in ministries and "Ministry of Rural" not in ministries
