"""What the learned last words share at run time: where their weights live and the linear scorer they apply.

The party scorer (`agreement_parties.scored`) and the events' scorers (`events.scored`, `events.scored_attendees`)
each weigh a candidate's named features and compare the logistic of the sum with a threshold; the status scorer
(`agreements.scored_status`) is a multinomial of its own. Their weights files are written by the training scripts
in `scripts/` (`logistic.py` beside them is the training half of what is here).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

GAZETTEERS = Path(__file__).resolve().parent.parent / "gazetteers"
"""The folder of the shipped weights files (package data, as the gazetteers are)."""


def logistic(z: float) -> float:
    """1 / (1 + e^-z), clipped so that no weight can overflow it."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """A weight for each named feature and the threshold on the probability."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The logistic of the weighted features (a candidate has values for a few of them only)."""
        weights = self.weights
        return logistic(sum(weights[name] * value for name, value in features.items()))
