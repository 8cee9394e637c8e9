"""The resolver's log, replay and take-back: what lets `edkg load --jobs N` give one job's graph.

A worker process's resolver writes down every question its stages ask (`Resolver.log`); the main process asks
its own resolver the same questions in input order (`Resolver.replay`). Where an answer differs, everything the
replay changed is taken back, so that the document can be read again from the state one job would have.
"""

from __future__ import annotations

from typing import Any

from loaders.models import Entity
from loaders.resolution import Resolver


def _state(resolver: Resolver) -> dict[str, Any]:
    """Everything a resolver remembers across documents (Known and ChineseNames compare by value)."""
    return {
        name: repr(getattr(resolver, name))
        for name in (
            "_names",
            "_roles",
            "_people",
            "_by_words",
            "ambiguities",
            "_reported",
            "_chinese",
            "_chinese_of",
            "_aliases",
        )
    }


def _read_a_page(resolver: Resolver) -> None:
    """The questions the stages ask of a short page: names unaccented and marked, a role, a Chinese official."""
    diem = resolver.person("Nguyen Hong Dien", country="VN")
    resolver.canonical(Entity(diem, "Official", "Nguyen Hong Dien"))
    resolver.person("Nguyễn Hồng Diên", country="VN")
    resolver.canonical(Entity(diem, "Official", "Nguyễn Hồng Diên"))
    resolver.remember_role(diem, "Bộ trưởng", "org:moit")
    resolver.role_org(diem, "Bộ trưởng")
    ly = resolver.person("Lý Cường", country="CN")
    resolver.canonical(Entity(ly, "Official", "Lý Cường"))
    resolver.person("Lê Cường", country="CN")
    resolver.person("Li Qiang", country="CN")  # fits both: an ambiguity
    resolver.person("Helberg", {"jacob helberg": "person:jacob-helberg"})
    resolver.name(diem)


def test_a_replayed_log_teaches_another_resolver_what_the_page_taught_the_first() -> None:
    worker = Resolver()
    worker.log = []
    _read_a_page(worker)
    caller = Resolver()
    assert caller.replay(worker.log)
    assert _state(caller) == _state(worker)
    assert caller.log is None  # replaying writes nothing down


def test_an_answer_that_differs_takes_back_everything_the_replay_changed() -> None:
    worker = Resolver()
    worker.log = []
    _read_a_page(worker)
    caller = Resolver()
    caller.person("Nguyen Hong Dien", country="VN")
    caller.person("Nguyễn Hồng Điền", country="VN")  # another marked spelling read first: another person
    caller.canonical(Entity("person:nguyen-hong-dien", "Official", "Nguyen Hong Dien"))
    before = _state(caller)
    worker.log.append(("role_org", ("person:nguyen-hong-dien", "Thứ trưởng"), "org:mof"))  # answered otherwise here
    assert not caller.replay(worker.log)
    assert _state(caller) == before


def test_taken_back_ambiguities_are_neither_kept_nor_logged(caplog: Any) -> None:
    worker = Resolver()
    worker.log = []
    _read_a_page(worker)
    worker.log.append(("name", ("org:unknown",), "a name this resolver never read"))
    caller = Resolver()
    caplog.clear()  # (the worker's own warnings)
    with caplog.at_level("WARNING", logger="loaders.resolution"):
        assert not caller.replay(worker.log)
    assert not caller.ambiguities and not caplog.records
    with caplog.at_level("WARNING", logger="loaders.resolution"):
        assert caller.replay(worker.log[:-1])
    assert caller.ambiguities and "Li Qiang" in caplog.text  # logged once the replay is kept
