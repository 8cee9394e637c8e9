"""Running the saved queries of `cypher/queries/` with their documented defaults.

Why defaults live in the header (`// @param name: meaning (default: value)`):
one place documents them for the reader, Neo4j Browser's `:param` blocks of
the guide, the `edkg query` command and the tests; Cypher itself has no
default parameters (a query that names `$x` fails when `x` is not given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, Record

import cypher
from core.errors import ConfigurationError

_DEFAULT = re.compile(r"\(default:?\s*'?(?P<value>[^')]*?)'?\)\s*$")


def param_defaults(query: cypher.SavedQuery) -> dict[str, str | None]:
    """Each parameter's documented default (None when the header gives none)."""
    defaults: dict[str, str | None] = {}
    for name, meaning in query.params.items():
        match = _DEFAULT.search(meaning)
        defaults[name] = match.group("value").strip() if match else None
    return defaults


def resolve_params(query: cypher.SavedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """The defaults overridden by `given`; an unknown or missing parameter is an error, not a silent null."""
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        known = ", ".join(query.params) or "none"
        raise ConfigurationError(f"query {query.name!r} has no parameter {', '.join(unknown)} (parameters: {known})")
    params = {**param_defaults(query), **given}
    missing = sorted(name for name, value in params.items() if value is None)
    if missing:
        raise ConfigurationError(f"query {query.name!r} needs a value for {', '.join(missing)} (--param NAME=VALUE)")
    return params


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The columns and rows of one run of a saved query."""

    query: cypher.SavedQuery
    params: dict[str, Any]
    keys: list[str]
    records: list[Record]


def run_saved_query(
    driver: Driver, name: str, given: dict[str, Any] | None = None, database: str = "neo4j"
) -> QueryResult:
    """Run `cypher/queries/<name>.cypher` read-only with its defaults overridden by `given`."""
    if name not in cypher.saved_query_names():
        raise ConfigurationError(f"no saved query {name!r}; known: {', '.join(cypher.saved_query_names())}")
    query = cypher.saved_query(name)
    params = resolve_params(query, given or {})
    with driver.session(database=database, default_access_mode="READ", notifications_min_severity="OFF") as session:
        result = session.run(query.text, params)
        records = list(result)
        keys = list(result.keys())
    return QueryResult(query=query, params=params, keys=keys, records=records)
