"""What the learned last words are trained from, spelled once for their three training scripts.

The look files are the dev files of `tests/data/real/gold.json` outside the check's rounds (`HELD_BACK`): the
rounds scored only as an aggregate, never read by a rule writer, so that a learned decision is judged on pages it
did not learn from. The labels come from the shared scorer itself (`shared_scorer`), so that what a scorer learns
to keep is what the evaluation counts. When the check moves to another round, it moves here, for all of them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
HELD_BACK = ("zm", "zn", "zo", "zp", "zq", "zr", "zs", "zt", "zu", "zv", "zw", "zx", "zy", "zz", "ya")
"""The check's rounds: never learned from (round zm since the 19th session; rounds zn, zo, zp, zq, zr, zs, zt, zu, zv, zw, zx, zy, zz and ya, each collected in
one session and held out while it scored that session's work, since the end of the 21st–34th sessions)."""


def shared_scorer() -> ModuleType:
    """`../shared/eval/score.py` as a module (its matching rules give the labels)."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_date() -> str:
    """The day the gold was last committed: what the weights were trained from (the same on every rerun)."""
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", "tests/data/real/gold.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return f"gold of {out.stdout.strip() or 'unknown'}"


def look_files(gold: dict[str, Any]) -> list[str]:
    """The dev files one may learn from: not check's rounds, not a held-out round, not test."""
    return sorted(n for n in gold["splits"].get("dev", []) if not n.startswith(HELD_BACK))


def fold(name: str, folds: int) -> int:
    """A file's cross-validation fold, from its name alone (crc32 of the name): one look file more or less leaves every
    other file in its fold. By the files' index, every file after an added one moved to another fold, and the curve a
    threshold or margin is chosen on moved with them (the party threshold went 0.5 -> 0.4 -> 0.45 -> 0.5 between the
    23rd session's retrainings)."""
    return zlib.crc32(name.encode("utf-8")) % folds


def same_event(S: ModuleType, D: Any, g: dict[str, Any], p: dict[str, Any]) -> bool:
    """The shared scorer's `same_event` (a closure inside its `score_file`, so not importable), as it reads a gold and
    a predicted event: the month (or the day's month of an undated year) and half the gold's participants among the
    predicted event's attendees. Spelled once for the event scorer's labels and the rule families' counts."""
    props = p.get("properties") or {}
    gd, pd = g.get("date"), str(props.get("date") or "")
    if gd and gd.startswith("XXXX"):
        if pd[4:7] != gd[4:7]:
            return False
    elif gd and not pd.startswith(gd[:7]):
        return False
    people = [D.entities.get(r["from"]) for r in D.rels("ATTENDED", dst=p["id"])]
    names = set().union(*(D.names(x) for x in people if x)) if people else set()
    hits = sum(1 for n in g["participants"] if S.variants(n) & names)
    return bool(hits * 2 >= len(g["participants"]))


def parties_of(D: Any, agreement: dict[str, Any]) -> list[dict[str, Any]]:
    """The parties of a predicted agreement as the shared scorer reads them (its `Doc`'s `PARTY_TO` relations to it,
    from entities it holds): spelled once for the scripts that match agreements as it does."""
    return [
        D.entities[r["from"]]
        for r in D.relations
        if r.get("type") == "PARTY_TO" and r.get("to") == agreement["id"] and r.get("from") in D.entities
    ]
