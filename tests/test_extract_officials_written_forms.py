"""Officials in two forms of news the chains alone did not read: a person the page names in full and again by a
shorter name of two words or more (that name is his alias), and the head of a foreign town no gazetteer knows, named
after the town in one capitalised run (`Thị trưởng thị trấn X Y Z`: the town is X, the mayor Y Z). Every sentence
is written for the form, with names no article of the real development set uses."""

from __future__ import annotations

from tests.extraction import run


def people(doc: dict) -> dict[str, dict]:
    """Persons by name."""
    return {e["name"]: e for e in doc["entities"] if e["label"] in ("Official", "Person")}


def test_a_shorter_name_the_page_writes_is_the_person_s_alias() -> None:
    doc = run(
        "Thăm chính thức\n\nTổng thống Chile Rodrigo Andrés Morales Vidal thăm Việt Nam từ ngày 3/5. Thủ tướng và "
        "Tổng thống Morales Vidal nhất trí tăng cường hợp tác thương mại."
    )
    person = people(doc)["Rodrigo Andrés Morales Vidal"]
    assert "Morales Vidal" in person["aliases"]


def test_a_lone_word_is_no_alias() -> None:
    doc = run(
        "Thăm chính thức\n\nTổng thống Chile Rodrigo Andrés Morales Vidal thăm Việt Nam từ ngày 3/5. Ông Vidal "
        "nhất trí tăng cường hợp tác thương mại."
    )
    assert "Vidal" not in people(doc)["Rodrigo Andrés Morales Vidal"]["aliases"]


def test_the_head_of_a_town_no_gazetteer_knows_is_the_run_s_last_two_words() -> None:
    doc = run(
        "Hợp tác địa phương\n\nĐại sứ đã làm việc với Thị trưởng thị trấn Valdoria Marco Ferrante và Phó Chủ tịch "
        "thành phố Kestrel Anna Novak về hợp tác du lịch."
    )
    found = people(doc)
    assert {"Marco Ferrante", "Anna Novak"} <= set(found)
    assert not any(name.startswith(("Valdoria", "Kestrel")) for name in found)


def test_a_run_with_a_vietnamese_family_name_is_left_to_the_vietnamese_rule() -> None:
    doc = run("Hợp tác\n\nÔng gặp Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm hôm qua tại Hà Nội.")
    assert "Hà Niê" not in people(doc) and "Niê Kđăm" not in people(doc)
