"""`StrMap` (the resolver's compact names, slugs and roles) and `HashSet` answer as a dict and a set would."""

from __future__ import annotations

import random

import pytest

from loaders import str_map
from loaders.int_table import HashSet
from loaders.str_map import StrMap


@pytest.mark.parametrize("recent", [4_096, 5])
def test_a_str_map_answers_as_a_dict_through_sets_replacements_and_deletions(
    recent: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(str_map, "RECENT", recent)  # the keys read lately, in front: kept, or cleared often
    rng = random.Random(7)
    names = ["Nguyễn Hồng Diên", "Nguyen Hong Dien", "Lý Cường", "Li Qiang", "", "a\x00b", "Đà Nẵng", "x"]
    keys: list[str | tuple[str, ...]] = [f"person:{i}" for i in range(300)]
    keys += [("person:1", "Bộ trưởng"), ("person:1", "Thứ trưởng"), ("a\x00", "b"), "id\x00with nul"]
    ours, plain = StrMap(), {}
    for _ in range(3_000):
        key, value = rng.choice(keys), rng.choice(names)
        action = rng.random()
        if action < 0.6:
            ours[key] = value
            plain[key] = value
        elif action < 0.8 and key in plain:
            del ours[key]
            del plain[key]
        assert (key in ours) == (key in plain)
        assert ours.get(key) == plain.get(key)
        assert ours.get(key, "absent") == plain.get(key, "absent")  # (a miss answered without a KeyError)
    assert len(ours) == len(plain)
    assert dict(ours.items()) == plain
    with pytest.raises(KeyError):
        ours["never set"]
    with pytest.raises(KeyError):
        del ours["never set"]


def test_keys_whose_hashes_meet_are_both_kept() -> None:
    class Same(str):
        def __hash__(self) -> int:
            return 42

    ours = StrMap()
    ours[Same("person:a")] = "A"
    ours[Same("person:b")] = "B"
    assert ours[Same("person:a")] == "A" and ours[Same("person:b")] == "B"
    del ours[Same("person:a")]
    assert Same("person:a") not in ours and ours[Same("person:b")] == "B"


def test_a_hash_set_adds_and_discards() -> None:
    seen = HashSet()
    seen.add(hash("one"))
    seen.add(hash("one"))
    assert hash("one") in seen and len(seen) == 1
    seen.discard(hash("one"))
    assert hash("one") not in seen and len(seen) == 0
    seen.add(hash("one"))
    assert hash("one") in seen
