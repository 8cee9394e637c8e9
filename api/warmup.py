"""The reads planned when the API starts (`GraphReader.warm`, setting `API_WARM_PLANS`).

Why these: they are the product's canonical questions (which provinces have MoUs with a ministry, a party's
agreements), whose Cypher is the most complex the API runs and the slowest to plan; a plan is kept per query text
and parameter types, so each is planned with values of the types its route sends (a country given or not).
"""

from __future__ import annotations

from typing import Any

from core.vocabulary import AgreementType

WARM_LIMIT = 30.0
"""Seconds the start waits for the plans at most (a server that hangs must not hold the API back)."""

WARM_PLANS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("provinces", {"country": None, "partner": "org:moit", "agreement_type": AgreementType.MOU, "status": None}),
    (
        "provinces",
        {"country": "country:cn", "partner": "org:moit", "agreement_type": AgreementType.MOU, "status": None},
    ),
    (
        "agreements",
        {
            "party": "org:moit",
            "country": None,
            "type": AgreementType.MOU,
            "status": None,
            "topic": None,
            "since": None,
            "until": None,
            "limit": 50,
            "offset": 0,
        },
    ),
)
