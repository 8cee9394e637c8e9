"""The one reading of a story's dateline (`loaders.datelines`), with made-up places and outlets."""

from __future__ import annotations

from loaders import datelines


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_line_opening_on_a_place_in_capitals_and_a_dash_is_a_dateline() -> None:
    text = "Headline of the day\nZENTARA — Two ports signed a pact."
    marks = datelines.read(text)
    assert marks.place_in_capitals(*_span(text, "ZENTARA"))
    assert marks.filed_from(*_span(text, "ZENTARA"))


def test_the_outlet_in_brackets_may_stand_between_the_place_and_the_dash() -> None:
    text = "QUILLPORT (Tidings) - Two ports signed a pact."
    marks = datelines.read(text)
    assert marks.place_in_capitals(*_span(text, "QUILLPORT"))
    assert marks.filed_from(*_span(text, "QUILLPORT"))


def test_a_place_and_an_agency_before_a_dash_is_where_the_story_was_filed_wherever_it_stands() -> None:
    text = "Menu Home News Quillport (TNA) – The two ports signed a pact."
    assert datelines.read(text).filed_from(*_span(text, "Quillport"))


def test_a_colon_after_a_line_opening_name_is_a_dateline_in_any_case_but_not_inside_a_line() -> None:
    opening = "Port Ellery: Two firms signed a deal."
    inside = "The firms met in Port Ellery: Two deals were signed."
    assert datelines.read(opening).filed_from(*_span(opening, "Port Ellery"))
    assert not datelines.read(inside).filed_from(*_span(inside, "Port Ellery"))


def test_a_place_in_capitals_before_a_colon_counts_for_places() -> None:
    text = "KORVANIA: The two sides signed a deal."
    assert datelines.read(text).place_in_capitals(*_span(text, "KORVANIA"))


def test_an_em_dash_closes_a_place_in_capitals_even_glued_to_a_menu_for_places_only() -> None:
    text = "Home News KORVANIA — The two sides signed a deal."
    marks = datelines.read(text)
    assert marks.place_in_capitals(*_span(text, "KORVANIA"))
    assert not marks.filed_from(*_span(text, "KORVANIA"))  # (parties read only a line's opening name)


def test_a_plain_sentence_is_no_dateline() -> None:
    text = "Quillport is a port on the coast - and a busy one."
    marks = datelines.read(text)
    assert not marks.place_in_capitals(*_span(text, "Quillport"))
    assert not marks.filed_from(*_span(text, "Quillport"))


def test_a_headline_in_capitals_with_no_dash_is_no_dateline() -> None:
    text = "ZENTARA SIGNS A PACT WITH KORVANIA\nThe two ports signed a pact."
    marks = datelines.read(text)
    for name in ("ZENTARA", "KORVANIA"):
        assert not marks.place_in_capitals(*_span(text, name))
        assert not marks.filed_from(*_span(text, name))


def test_a_line_opening_name_in_lowercase_letters_before_a_dash_is_no_dateline_for_parties() -> None:
    text = "Quillport – The two ports signed a pact."
    assert not datelines.read(text).filed_from(*_span(text, "Quillport"))


def test_a_wire_dateline_is_a_place_a_comma_then_the_day_then_the_agency_or_a_dash() -> None:
    line = "Port Ellery, Mar. 4 (Tidings) -- The two ports signed a pact."
    day = line.index("Mar. 4")
    assert datelines.WIRE_PLACE.fullmatch(line, 0, day)
    assert datelines.WIRE_AFTER.match(line, day + len("Mar. 4"))
    assert not datelines.WIRE_PLACE.fullmatch("the port of Ellery, ")


def test_an_english_editions_first_line_gives_its_place_day_and_outlet() -> None:
    dated = datelines.ENGLISH_LINE.match("Quillport, March 4, 2031 (Tidings) – The two ports signed a pact.")
    assert dated is not None
    assert (dated.group("date"), dated.group("outlet")) == ("March 4, 2031", "Tidings")
    capitals = datelines.ENGLISH_LINE.match("ZENTARA — The two ports signed a pact.")
    assert capitals is not None
    assert capitals.group("date") is None
    assert datelines.ENGLISH_LINE.match("Quillport is a port on the coast.") is None


def test_a_raw_line_opening_on_the_outlet_and_a_dash_gives_the_outlet() -> None:
    m = datelines.OUTLET_LINE.match("(Tidings Daily) - The two ports signed a pact.")
    assert m is not None
    assert m.group(1) == "Tidings Daily"
    assert datelines.OUTLET_LINE.match("(Tidings Daily) The two ports signed a pact.") is None
