"""Names as they run into what stands before them. Names that open with initials (`P.Orlov`, `V.Sh. Petrov`,
`B. K. Perera`), as Vietnamese news writes Russian and Mongolian names and English news south Asian ones: the place
or body named before such a name ends where the initial begins, and the name keeps every initial. Names a
portfolio's last words run into (`Minister for Rural Communities Mark Tanner`). Every sentence is written for the
form, with names no article of the real development set uses."""

from __future__ import annotations

from tests.extraction import held_by, run


def officials(doc: dict) -> dict[str, str]:
    """Officials by name -> id."""
    return {e["name"]: e["id"] for e in doc["entities"] if e["label"] == "Official"}


def test_a_country_named_in_full_ends_where_its_holder_s_initial_begins() -> None:
    doc = run(
        "Hợp tác\n\nNgày 3/4, Thứ trưởng Liên bang Nga P.Orlov đã thăm tỉnh Nghệ An và làm việc với lãnh đạo tỉnh.",
        lang="vi",
    )
    named = officials(doc)
    assert "P.Orlov" in named
    assert held_by(doc, named["P.Orlov"]) == {"country:ru"}


def test_a_body_ends_where_its_holder_s_initial_begins() -> None:
    doc = run(
        "Làm việc\n\nĐoàn đã làm việc với Chủ nhiệm Ủy ban Môi trường và Nông nghiệp T.Ganbold về hợp tác nông "
        "nghiệp giữa hai nước.",
        lang="vi",
    )
    assert "T.Ganbold" in officials(doc)


def test_two_initials_glued_by_their_stop_then_the_family_name() -> None:
    doc = run(
        "Ties\n\nDeputy Prime Minister Le Van Khoa received Prime Minister of the Republic of Tatarstan of Russia V.Sh. Petrov "
        "in Hanoi on Monday."
    )
    assert "V.Sh. Petrov" in officials(doc)


def test_a_name_before_its_title_keeps_all_its_initials() -> None:
    doc = run(
        "Trade\n\nTrade will grow, said B. K. Perera, Sri Lanka's Ambassador to Vietnam, on Monday. On this occasion, "
        "S. Rama Krishna, president of the Andhra Chamber of Commerce, met the Ambassador."
    )
    named = set(officials(doc))
    assert {"B. K. Perera", "S. Rama Krishna"} <= named
    assert not named & {"K. Perera", "Rama Krishna"}


def test_a_country_s_abbreviation_is_no_person_s_initials() -> None:
    doc = run("Visit\n\nMinister of Industry and Trade Tran Van Long met U.S. Ambassador Mark Dalton in Hanoi.")
    named = set(officials(doc))
    assert "Mark Dalton" in named and not any(n.startswith("S.") for n in named)


def test_a_portfolio_s_last_words_are_no_part_of_the_minister_s_name() -> None:
    """`Minister for Rural Communities Mark Tanner`, `Minister of Infrastructure and Water Management Van Dijkstra`:
    a portfolio no gazetteer lists runs into its holder's name with no comma; its English field nouns end it."""
    doc = run(
        "Visit\n\nMinister for Housing and Public Works, Minister for Rural Communities Mark Tanner, and Minister "
        "of Infrastructure and Water Management Van Dijkstra met Deputy Minister Tran Van Hai in Hanoi."
    )
    named = set(officials(doc))
    assert {"Mark Tanner", "Van Dijkstra"} <= named
    assert not any(n.startswith(("Communities", "Management")) for n in named)
