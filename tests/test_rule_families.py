"""`scripts/rule_families.py`: an event of ours is right when the shared scorer's greedy matching pairs it with a gold
event; a wrong one is sorted by why (a second of ours for a gold event taken, of its kind or another; no gold like
it), and a family's cost is the matching redone without it."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from tests.conftest import PROJECT_ROOT as ROOT
from tests.shared_eval import SCORER, require


def _modules() -> tuple[ModuleType, ModuleType]:
    require(SCORER)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import look_set
        import rule_families
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return rule_families, look_set.shared_scorer()


def _page(*events: tuple[str, str, str, list[str]]) -> dict[str, Any]:
    """A page of the extraction's shape: each event (id, kind, date, the names of who attended)."""
    names = sorted({n for *_, people in events for n in people})
    entities: list[dict[str, Any]] = [{"id": f"person:{n}", "label": "Official", "name": n} for n in names]
    relations: list[dict[str, Any]] = []
    for event_id, kind, date, people in events:
        entities.append(
            {"id": event_id, "label": "Event", "name": event_id, "properties": {"kind": kind, "date": date}}
        )
        relations += [{"type": "ATTENDED", "from": f"person:{n}", "to": event_id} for n in people]
    return {"entities": entities, "relations": relations}


def test_a_second_event_for_one_gold_event_is_wrong_and_costs_nothing_removed() -> None:
    R, S = _modules()
    D = S.Doc(
        _page(
            ("event:a", "meeting", "2025-03-11", ["An", "Binh"]),
            ("event:b", "visit", "2025-03-11", ["An", "Binh"]),
            ("event:c", "visit", "2025-03-12", ["Chau"]),
        )
    )
    golds = [{"kind": "meeting", "date": "2025-03-11", "participants": ["An", "Binh"]}]
    preds = D.with_label("Event")
    same = R._same_event(S, D)
    table = [[same(g, p) for p in preds] for g in golds]
    assert R._matched(table, {0, 1, 2}) == {0}
    assert R._matched(table, {1, 2}) == {1}  # (without the meeting, the visit takes its gold event)
    assert R._why_wrong(S, D, golds, preds[1], same) == "as other"
    assert R._why_wrong(S, D, golds, preds[2], same) == "no gold"
