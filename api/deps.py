"""Typed dependencies of the routes: settings, the graph reader, checked filters.

Why dependencies: the routes stay declarative, and every label or relationship
type a request names is checked against `graph.model` in one place before it
can reach a query (unknown -> 422 in the error shape).

Why the dependencies are coroutines: FastAPI runs a plain `def` dependency in a
worker thread, one hop to the thread pool and back for each (a neighbourhood
had five, for a few attribute reads); a coroutine runs on the event loop. The
plain functions `rel_types` and `node_labels` stay for other callers (MCP).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from api.deadlines import ExpensiveGate
from api.errors import InvalidParameter
from api.queries import GraphReader
from core.settings import Settings
from graph import model


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_reader(request: Request) -> GraphReader:
    reader: GraphReader = request.app.state.reader
    return reader


async def get_gate(request: Request) -> ExpensiveGate | None:
    """The cap on expensive reads (`api.deadlines`); None in an app built without one."""
    return getattr(request.app.state, "expensive_gate", None)


SettingsDep = Annotated[Settings, Depends(get_settings)]
ReaderDep = Annotated[GraphReader, Depends(get_reader)]
GateDep = Annotated[ExpensiveGate | None, Depends(get_gate)]


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


RelTypesQuery = Annotated[
    str | None,
    Query(
        description="comma-separated relationship types of graph.model (default: every fact type; "
        "add MENTIONED_IN to reach articles)",
        examples=["ATTENDED,HOLDS_POSITION"],
    ),
]
LabelsQuery = Annotated[
    str | None,
    Query(
        description="comma-separated node labels of graph.model a node must carry (any of them)",
        examples=["Official,Province"],
    ),
]


def rel_types(rel_types: RelTypesQuery = None) -> list[str]:
    """The relationship types to follow: the facts by default, MENTIONED_IN only when asked."""
    return _checked_rel_types(rel_types)


def node_labels(labels: LabelsQuery = None) -> list[str]:
    """The labels a node must carry (one of them), checked; [] for any."""
    return _checked_labels(labels)


async def rel_types_param(rel_types: RelTypesQuery = None) -> list[str]:
    """`rel_types` as the routes' dependency (a coroutine: run on the event loop, not in a worker thread)."""
    return _checked_rel_types(rel_types)


async def labels_param(labels: LabelsQuery = None) -> list[str]:
    """`node_labels` as the routes' dependency (a coroutine: run on the event loop, not in a worker thread)."""
    return _checked_labels(labels)


def _checked_rel_types(rel_types: str | None) -> list[str]:
    names = _split(rel_types)
    for name in names:
        if name not in model.ALL_RELATIONSHIP_TYPES:
            raise InvalidParameter(
                "rel_types",
                name,
                f"unknown relationship type {name!r}; known: " + ", ".join(model.ALL_RELATIONSHIP_TYPES),
            )
    return names or list(model.RELATIONSHIP_TYPES)


def _checked_labels(labels: str | None) -> list[str]:
    names = _split(labels)
    for name in names:
        if name not in model.NODE_LABELS:
            raise InvalidParameter("labels", name, f"unknown label {name!r}; known: " + ", ".join(model.NODE_LABELS))
    return names


RelTypesDep = Annotated[list[str], Depends(rel_types_param)]
LabelsDep = Annotated[list[str], Depends(labels_param)]


def country_id(value: str) -> str:
    """`CN`, `cn` or `country:cn` -> `country:cn` (the id of the Country node)."""
    value = value.strip()
    return value.lower() if value.lower().startswith("country:") else f"country:{value.lower()}"
