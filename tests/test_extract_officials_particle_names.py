"""A holder's name read as the last words of a capitalised run after a title's `of` (`Chairman of X Federation Y Z`)
keeps the given name before a particle (`Hans De Boer`, not `De Boer`). Sentences written for the form, with names
no article of the real set uses."""

from __future__ import annotations

from tests.extraction import run


def _officials(doc: dict) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["label"] == "Official"}


def test_a_particle_after_an_unknown_body_keeps_the_given_name_before_it() -> None:
    doc = run("Đoàn Hà Lan\n\nThe delegation included Chairman of Traders’ Federation Pieter De Wit and others.")
    assert "Pieter De Wit" in _officials(doc)
    assert "De Wit" not in _officials(doc)


def test_a_portfolio_then_a_particle_name_keeps_the_given_name() -> None:
    doc = run("Đoàn Hà Lan\n\nMinister of Housing and Spatial Planning Mieke De Vries attended the talks in Hanoi.")
    assert "Mieke De Vries" in _officials(doc)


def test_a_name_without_a_particle_is_read_as_before() -> None:
    doc = run("Đoàn Mỹ\n\nMayor of Springdale Tom Carver welcomed the guests on Monday.")
    assert "Tom Carver" in _officials(doc)
