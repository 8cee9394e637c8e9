"""The logistic regression the learned last words are trained with, spelled once for their training scripts.

Plain Python on purpose: a few thousand rows of a few dozen general features train in seconds, and the weights
must come out the same on every rerun (a test retrains each shipped file and compares it byte for byte), which a
fixed number of full-batch steps from zero gives and a library's stochastic solver would not promise.
"""

from __future__ import annotations

import math


def train_binary(
    rows: list[list[float]],
    labels: list[int],
    k: int,
    *,
    iterations: int,
    rate: float,
    momentum: float,
    l2: float,
) -> list[float]:
    """Batch gradient descent with Nesterov momentum on the mean log loss plus L2 (the bias, feature 0, unpenalised),
    from zero, a fixed number of iterations: the same rows give the same weights (rounded to 6 places)."""
    n = len(rows)
    w, v = [0.0] * k, [0.0] * k
    sparse = [[(j, x) for j, x in enumerate(r) if x] for r in rows]
    for _ in range(iterations):
        ahead = [wj + momentum * vj for wj, vj in zip(w, v, strict=True)]
        grad = [0.0] * k
        for r, y in zip(sparse, labels, strict=True):
            z = sum(ahead[j] * x for j, x in r)
            err = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for j, x in r:
                grad[j] += err * x
        v = [
            momentum * vj - rate * (g / n + (l2 * aj if j else 0.0))
            for j, (vj, g, aj) in enumerate(zip(v, grad, ahead, strict=True))
        ]
        w = [wj + vj for wj, vj in zip(w, v, strict=True)]
    return [round(x, 6) for x in w]


def probability(w: list[float], row: list[float]) -> float:
    """The logistic of the weighted row."""
    z = sum(wj * v for wj, v in zip(w, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def near_ties(cross_validated: dict[float, float], near_tie: float) -> list[float]:
    """The settings (thresholds, margins) whose cross-validated figure is within `near_tie` of the best: on a flat
    curve the arg-max moves from one retraining to the next, so each script picks among these by what a wrong
    answer costs (the highest threshold, the fewest changes)."""
    top = max(cross_validated.values())
    return [t for t, figure in cross_validated.items() if figure >= top - near_tie]


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as the shared scorer computes them (0.0 where a denominator is empty)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0
