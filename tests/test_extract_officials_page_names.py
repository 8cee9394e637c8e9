"""One person under the names a page itself gives him: a one-word name bracketed after his full name (`X Y (Z)`,
then `President Z`), and a full name written right after a place that ends a title in lowercase (`đại sứ … tại Việt
Nam X Y`, then `Đại sứ Y`). Every sentence is written for the form, with names no article of the real development
set uses."""

from __future__ import annotations

from tests.extraction import run


def officials(doc: dict) -> dict[str, dict]:
    """Officials by name -> entity."""
    return {e["name"]: e for e in doc["entities"] if e["label"] == "Official"}


def test_a_name_bracketed_after_a_full_name_is_the_same_person() -> None:
    doc = run(
        "Talks in Hanoi\n\nPrime Minister Bounmy Keosavanh (Noy) held talks with Vietnamese Prime Minister Pham Minh "
        "Chinh in Hanoi. Prime Minister Noy said the two sides would deepen cooperation in trade."
    )
    named = officials(doc)
    assert set(named) == {"Bounmy Keosavanh", "Pham Minh Chinh"}
    assert "Noy" in named["Bounmy Keosavanh"]["aliases"]


def test_a_bracketed_acronym_is_no_name_of_the_person() -> None:
    doc = run("Talks\n\nPrime Minister Bounmy Keosavanh (LPRP) met the press. President Noy spoke after him.")
    named = officials(doc)
    assert "Noy" in named  # (no full name brackets it: another person)
    assert "LPRP" not in named["Bounmy Keosavanh"].get("aliases", [])


def test_a_full_name_after_the_place_of_a_lowercase_title_is_the_short_name_s() -> None:
    doc = run(
        "Hợp tác nông nghiệp\n\nBộ trưởng Trần Văn Bình gặp đại sứ Na Uy tại Việt Nam Hilde Solbakken. Đại sứ "
        "Solbakken nhấn mạnh ưu tiên hợp tác nông nghiệp giữa hai nước.",
        lang="vi",
    )
    named = officials(doc)
    assert "Hilde Solbakken" in named
    assert "Solbakken" not in named


def held_at(doc: dict, person: str) -> set[str]:
    """The names of the bodies a person holds a position at."""
    names = {e["id"]: e["name"] for e in doc["entities"]}
    return {names[r["to"]] for r in doc["relations"] if r["type"] == "HOLDS_POSITION" and r["from"] == person}


def test_a_foreign_name_after_a_place_abroad_no_gazetteer_knows() -> None:
    doc = run(
        "Hợp tác địa phương\n\nĐoàn đã làm việc với Phó Thị trưởng thành phố Kelmsford Dana Whitcombe, Chủ tịch "
        "Hội đồng thành phố. Thị trưởng thị trấn Ardenvale Oskar Lindqvist cho biết sẽ sang thăm Nam Định.",
        lang="vi",
    )
    named = officials(doc)
    assert {"Dana Whitcombe", "Oskar Lindqvist"} <= set(named)
    assert "thành phố Kelmsford" in held_at(doc, named["Dana Whitcombe"]["id"])  # (and the council, his second post)
    assert held_at(doc, named["Oskar Lindqvist"]["id"]) == {"thị trấn Ardenvale"}


def test_a_three_word_place_abroad_is_no_name() -> None:
    doc = run(
        "Hợp tác\n\nThị trưởng thành phố Salt Lake City cho biết thành phố sẽ mở văn phòng tại Hà Nội.", lang="vi"
    )
    assert not officials(doc)
