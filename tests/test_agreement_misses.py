"""`scripts/agreement_misses.py`: a missed gold agreement is sorted by why it was missed, after the shared scorer's
own matching (a type-only miss only where a spurious agreement of ours has its parties)."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import PROJECT_ROOT as ROOT
from tests.shared_eval import SCORER, require


def _modules() -> tuple[ModuleType, ModuleType]:
    require(SCORER)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import agreement_misses
        import look_set
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return agreement_misses, look_set.shared_scorer()


def _page(*agreements: tuple[str, str, list[str]]) -> dict[str, Any]:
    """A page of the extraction's shape: each agreement (id, type, its parties' country names)."""
    entities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    names = {n for _, _, parties in agreements for n in parties}
    entities += [{"id": f"country:{n.lower()}", "label": "Country", "name": n} for n in sorted(names)]
    for agreement_id, kind, parties in agreements:
        entities.append({"id": agreement_id, "label": "Agreement", "name": agreement_id, "properties": {"type": kind}})
        relations += [{"type": "PARTY_TO", "from": f"country:{n.lower()}", "to": agreement_id} for n in parties]
    return {"entities": entities, "relations": relations}


def _gold(kind: str, *parties: str) -> dict[str, Any]:
    return {"type": kind, "parties": list(parties), "title": f"{kind} of {' and '.join(parties)}", "status": "signed"}


@pytest.fixture(scope="module")
def modules() -> tuple[ModuleType, ModuleType]:
    return _modules()


def test_a_document_of_another_type_with_the_parties_is_a_type_only_miss(modules):
    misses, S = modules
    page = _page(("agreement:a", "agreement", ["Vietnam", "Laos"]))
    counts, out = misses.sort_file([_gold("mou", "Vietnam", "Laos")], page, S)
    assert counts["fn"] == 1 and counts["fp"] == 1 and counts["type_only"] == 1
    assert counts["pair:agreement->mou"] == 1
    assert [kind for kind, _, _ in out] == ["type_only"]


def test_a_document_of_its_type_with_other_parties_is_a_parties_miss(modules):
    misses, S = modules
    page = _page(("agreement:a", "mou", ["Vietnam"]))
    counts, _ = misses.sort_file([_gold("mou", "Vietnam", "Laos")], page, S)
    assert counts["parties"] == 1 and counts["type_only"] == 0


def test_a_second_document_of_a_type_already_matched_is_merged_and_an_empty_page_none(modules):
    misses, S = modules
    page = _page(("agreement:a", "mou", ["Vietnam", "Laos"]))
    gold = [_gold("mou", "Vietnam", "Laos"), _gold("mou", "Vietnam", "Cambodia")]
    counts, _ = misses.sort_file(gold, page, S)
    assert counts["tp"] == 1 and counts["merged"] == 1
    counts, _ = misses.sort_file([_gold("fta", "Vietnam", "Chile")], _page(), S)
    assert counts["none"] == 1


def test_a_spurious_document_is_told_by_what_its_page_gold_has(modules):
    misses, S = modules
    page = _page(("agreement:a", "partnership", ["Vietnam", "Japan"]), ("agreement:b", "mou", ["Vietnam", "Japan"]))
    counts, _ = misses.sort_file([_gold("mou", "Vietnam", "Japan")], page, S)
    assert counts["fp:partnership:gold_other_types"] == 1
    counts, _ = misses.sort_file([], page, S)
    assert counts["fp:partnership:gold_none"] == 1 and counts["fp:mou:gold_none"] == 1
