"""The reads planned when the API starts (`GraphReader.warm`, setting `API_WARM_PLANS`).

Why these: they are the product's canonical questions (which provinces have MoUs with a ministry, a party's
agreements), whose Cypher is the most complex the API runs and the slowest to plan, and the entity search
(`GET /entities`), the first request of every client that asks by name, whose union of full-text and exact-key
reads takes about a second to plan cold on a loaded machine out of the search's budget of two
(`API_SEARCH_TIMEOUT`): a question asked right after a start or a reload was answered 504. The search's file also
asks Neo4j to keep its plans across loads (`CYPHER replan=skip`): a load that changes the graph's size made every
cached search plan be planned again on its next use, and the first searches after each load timed out (measured:
1.6–2.6 s before the first rows at load ~10, 0.03–0.07 s with the option). A plan is kept per query
text and parameter types, so each is planned with values of the types its route sends (a country given or not; a
search by a title and a name, with relaxed forms, without a label and with one).
"""

from __future__ import annotations

from typing import Any

from api.search import search_params
from core.vocabulary import AgreementType, Label

WARM_LIMIT = 30.0
"""Seconds the start waits for the plans at most (a server that hangs must not hold the API back)."""

_SEARCHED = "Minister Nguyen Van An"
"""A search's text for its plan: a title and a name, so that the relaxed forms are maps, as most searches send."""

WARM_PLANS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("entity_search", search_params(_SEARCHED, None, 50, 0) or {}),
    ("entity_search", search_params(_SEARCHED, Label.OFFICIAL, 50, 0) or {}),
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
