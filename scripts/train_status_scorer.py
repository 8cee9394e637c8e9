"""Train the agreement-status scorer (`loaders/entities/agreements/scored_status.py`) on the real set's look gold.

    python scripts/train_status_scorer.py            # writes loaders/gazetteers/status_scorer.json
    python scripts/train_status_scorer.py --out F    # elsewhere (the test compares it with the shipped file)

Retrain whenever the gold of the look files changes or a stage changes what the agreements' features read (the
party scorer's retraining included: it decides which agreements are matched).

Data: the dev files of `tests/data/real/gold.json` whose names do not start with `HELD_BACK`'s rounds (rounds `zm`, `zn`, `zo`, `zp`, `zq`, `zr`, `zs`, `zt`, `zu`, `zv`, `zw`, `zx`, `zy`, `zz` and `ya`,
the aggregate-only check); never the test split. Each file is extracted with the status scorer switched off (the
party scorer on, as in use); every agreement the shared scorer (`../shared/eval/score.py`) matches to a gold one
(`same_agreement`, its greedy one-to-one matching) is a row, labelled with that gold agreement's status.

Learner: multinomial logistic regression by deterministic batch gradient descent with L2, fixed iterations, the
features in `scored_status.FEATURES` order and the classes in `scored_status.STATUSES` order (plain Python: no
dependency). The margin is fixed (`MARGIN`), kept only when the status accuracy over 5 folds of the files (each fold
scored by weights trained without it; a file's fold is a hash of its name, `look_set.fold`) beats the rules alone,
else `OFF` (the scorer replaces nothing); the file records the look figures with the rules only and cross-validated
with the scorer, and the cross-validated curve over `MARGINS` for the record.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from look_set import HELD_BACK, REAL, fold, gold_date, look_files, parties_of, shared_scorer  # noqa: E402

from loaders.contract import to_document  # noqa: E402
from loaders.entities.agreements import scored_status  # noqa: E402
from loaders.entities.doc import ArticleDoc  # noqa: E402
from loaders.pipeline import Extractor  # noqa: E402

OUT = scored_status.WEIGHTS
ITERATIONS = 200
RATE = 0.5
MOMENTUM = 0.9
L2 = 0.003
FOLDS = 5
MARGIN = 0.0
"""The margin by which the model's status must beat the rules' default to replace it: none, the more probable status
wins. Fixed rather than chosen on the cross-validated curve, which is flat (the scorer's gain is two or three statuses
of 1,123): the highest margin within 0.001 of the best went 0.35 with folds by the files' index and 0.05 with folds by
their name, and moved with one row more or less."""
OFF = 2.0
"""A margin no difference of two probabilities reaches: the rules' statuses all stand."""
MARGINS = tuple(round(0.05 * i, 2) for i in range(0, 19))
"""The margins whose cross-validated accuracy the weights file records (the curve, not a choice)."""


@dataclass(slots=True)
class Row:
    """One matched agreement: its file, the rules' status, its features in `FEATURES` order, the gold status."""

    file: str
    rule: str
    row: list[float]
    label: str


def read_file(name: str, ex: Extractor, captured: list[ArticleDoc], gold: dict[str, Any], S: ModuleType) -> list[Row]:
    """The file's matched agreements as rows. `ex` keeps each page in `captured` as the rules and the party scorer
    leave it (its status scorer is `captured.append`)."""
    captured.clear()
    extraction = ex.extract_file(REAL / "articles" / name)
    D = S.Doc(to_document(extraction))
    by_id = {c.agreement: c for doc in captured for c in scored_status.candidates(doc)}

    def same_agreement(g: dict[str, Any], p: dict[str, Any]) -> bool:
        props = p.get("properties") or {}
        if props.get("type", p.get("type")) != g["type"]:
            return False
        got = parties_of(D, p)
        return all(any(S.party_match(x, e, D) for e in got) for x in g["parties"])

    pairs = S.match_sets(gold["files"][name]["agreements"], D.with_label("Agreement"), same_agreement)[5]
    out = []
    for g, p in pairs:
        cand = by_id.get(p["id"])
        if cand is None or g.get("status") not in scored_status.STATUSES:
            continue
        out.append(Row(name, cand.status, [cand.features.get(f, 0.0) for f in scored_status.FEATURES], g["status"]))
    return out


def _softmax(w: list[list[float]], sparse: list[tuple[int, float]]) -> list[float]:
    z = [sum(wc[j] * x for j, x in sparse) for wc in w]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def train(rows: list[Row]) -> list[list[float]]:
    """Batch gradient descent with Nesterov momentum on the mean cross-entropy plus L2 (the bias unpenalised), from
    zero, a fixed number of iterations: the same rows give the same weights. One weight vector per status."""
    classes = scored_status.STATUSES
    n, k, c = len(rows), len(scored_status.FEATURES), len(classes)
    w = [[0.0] * k for _ in range(c)]
    v = [[0.0] * k for _ in range(c)]
    sparse = [[(j, x) for j, x in enumerate(r.row) if x] for r in rows]
    labels = [classes.index(r.label) for r in rows]
    for _ in range(ITERATIONS):
        ahead = [[wj + MOMENTUM * vj for wj, vj in zip(wc, vc, strict=True)] for wc, vc in zip(w, v, strict=True)]
        grad = [[0.0] * k for _ in range(c)]
        for r, y in zip(sparse, labels, strict=True):
            p = _softmax(ahead, r)
            for ci in range(c):
                err = p[ci] - (1.0 if ci == y else 0.0)
                if err:
                    gc = grad[ci]
                    for j, x in r:
                        gc[j] += err * x
        for ci in range(c):
            v[ci] = [
                MOMENTUM * vj - RATE * (g / n + (L2 * aj if j else 0.0))
                for j, (vj, g, aj) in enumerate(zip(v[ci], grad[ci], ahead[ci], strict=True))
            ]
            w[ci] = [wj + vj for wj, vj in zip(w[ci], v[ci], strict=True)]
    return [[round(x, 6) for x in wc] for wc in w]


def probabilities(w: list[list[float]], row: list[float]) -> dict[str, float]:
    p = _softmax(w, [(j, x) for j, x in enumerate(row) if x])
    return dict(zip(scored_status.STATUSES, p, strict=True))


def figures(rows: list[Row], probs: list[dict[str, float]] | None, margin: float) -> dict[str, float]:
    """Right and wrong statuses of the matched agreements (the shared scorer's `agreement_status`), with the rules'
    status replaced by the model's where it is a default and the model wins by `margin` (the rules alone when `probs`
    is None)."""
    right = 0
    default = scored_status.FEATURES.index(scored_status.DEFAULT_FEATURE)
    for i, r in enumerate(rows):
        status = (
            r.rule
            if probs is None
            else scored_status.decide(probs[i], r.rule, margin, rule_default=bool(r.row[default]))
        )
        right += status == r.label
    return {"right": right, "wrong": len(rows) - right, "accuracy": round(right / len(rows), 4) if rows else 0.0}


def choose_margin(cross_validated: float, rules_only: float) -> float:
    """`MARGIN` when its cross-validated accuracy beats the rules' alone, else `OFF`: the scorer speaks only for a
    cross-validated gain (a status changed wrongly is a fact a user sees)."""
    return MARGIN if cross_validated > rules_only else OFF


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    S = shared_scorer()
    gold = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))
    names = look_files(gold)
    captured: list[ArticleDoc] = []
    ex = Extractor(status_scorer=captured.append)
    rows: list[Row] = []
    for name in names:
        rows.extend(read_file(name, ex, captured, gold, S))
    fold_of = {name: fold(name, FOLDS) for name in names}
    oof: list[dict[str, float]] = [{} for _ in rows]
    for k in range(FOLDS):
        w = train([r for r in rows if fold_of[r.file] != k])
        for i, r in enumerate(rows):
            if fold_of[r.file] == k:
                oof[i] = probabilities(w, r.row)
    curve = {m: figures(rows, oof, m)["accuracy"] for m in MARGINS}
    best = choose_margin(figures(rows, oof, MARGIN)["accuracy"], figures(rows, None, 0.0)["accuracy"])
    weights = train(rows)
    result = {
        "about": "weights of loaders/entities/agreements/scored_status.py; written by scripts/train_status_scorer.py",
        "data": f"tests/data/real look: {len(names)} dev files not starting {', '.join(HELD_BACK)}; "
        f"{len(rows)} matched agreements",
        "date": gold_date(),
        "command": "python scripts/train_status_scorer.py",
        "learner": f"multinomial logistic regression, batch gradient descent (Nesterov momentum {MOMENTUM}), "
        f"{ITERATIONS} iterations, rate {RATE}, L2 {L2}",
        "margin_choice": f"fixed {MARGIN}, kept when its status accuracy over {FOLDS}-fold cross-validation over files "
        f"(by a hash of the name, crc32 mod {FOLDS}) beats the rules alone, else {OFF} (the scorer off)",
        "figures": {
            "look_rules_only": figures(rows, None, 0.0),
            "look_cross_validated": figures(rows, oof, best),
            "look_cross_validated_curve": {str(m): a for m, a in curve.items()},
        },
        "margin": best,
        "weights": {
            s: dict(zip(scored_status.FEATURES, wc, strict=True))
            for s, wc in zip(scored_status.STATUSES, weights, strict=True)
        },
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result["figures"]), "margin", best)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
