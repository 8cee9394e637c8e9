"""Neighbourhoods written without models are the models' own JSON, and the step's rows come whole in chunks.

Why: the route writes its answer from plain values (`api.subgraph.to_json`) instead of one validated model per
node, edge and evidence entry, and the step query returns its rows as lists (`fetch_chunks`); both were done
for CPU per request, and neither may change an answer. Checked on the sample corpus loaded through the real
pipeline (Vietnamese names, evidence, articles, hubs) and the real Neo4j server.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api import subgraph
from api.convert import PROJECTION
from api.main import create_app
from api.queries import GraphReader, text, with_types
from graph.driver import open_async_driver
from graph.model import PROVENANCE_TYPE, RELATIONSHIP_TYPES

pytestmark = pytest.mark.neo4j

FACTS = list(RELATIONSHIP_TYPES)
CASES: list[dict[str, Any]] = [
    {"depth": 1, "rel_types": FACTS, "labels": [], "limit": 100, "per_node": 50, "hub_degree": 1000},
    {"depth": 2, "rel_types": FACTS, "labels": [], "limit": 100, "per_node": 50, "hub_degree": 1000},
    {"depth": 3, "rel_types": FACTS, "labels": [], "limit": 40, "per_node": 3, "hub_degree": 5},
    {
        "depth": 2,
        "rel_types": [*FACTS, PROVENANCE_TYPE],
        "labels": [],
        "limit": 60,
        "per_node": None,
        "hub_degree": None,
    },
    {
        "depth": 2,
        "rel_types": FACTS,
        "labels": ["Official", "Organization"],
        "limit": 100,
        "per_node": 50,
        "hub_degree": 1000,
    },
]


def _entity_ids(driver: Any, database: str) -> list[str]:
    with driver.session(database=database) as session:
        return [
            r["id"]
            for r in session.run("MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Article RETURN n.id AS id ORDER BY id")
        ]


def test_to_json_is_the_models_json_on_the_sample_corpus(sample_graph, test_settings):
    ids = _entity_ids(sample_graph, test_settings.neo4j_database)
    assert len(ids) > 20

    async def compare() -> int:
        driver = open_async_driver(test_settings)
        reader = GraphReader(driver, test_settings.neo4j_database)
        compared = 0
        try:
            for i, entity_id in enumerate(ids):
                for case in CASES if i % 4 == 0 else CASES[1:2]:
                    raw = await subgraph.neighbourhood(reader, entity_id, **case)
                    model = subgraph.to_model(raw, entity_id, case["depth"])
                    assert subgraph.to_json(raw, entity_id, case["depth"]) == model.model_dump_json().encode()
                    compared += 1
        finally:
            await driver.close()
        return compared

    assert asyncio.run(compare()) > len(ids)


def test_the_routes_body_is_the_models_json(sample_graph, test_settings):
    """The bytes the route sends: the model's JSON of the same neighbourhood, hubs collapsed and not."""
    ids = _entity_ids(sample_graph, test_settings.neo4j_database)[::7]

    async def expected(entity_id: str, depth: int, hub_degree: int | None) -> bytes:
        driver = open_async_driver(test_settings)
        try:
            reader = GraphReader(driver, test_settings.neo4j_database)
            raw = await subgraph.neighbourhood(
                reader, entity_id, depth, FACTS, [], 100, test_settings.api_neighbourhood_per_node, hub_degree
            )
        finally:
            await driver.close()
        return subgraph.to_model(raw, entity_id, depth).model_dump_json().encode()

    with TestClient(create_app(test_settings)) as client:
        for entity_id in ids:
            for depth, include_hubs in ((1, False), (2, False), (2, True)):
                response = client.get(
                    f"/entities/{entity_id}/neighbourhood", params={"depth": depth, "include_hubs": include_hubs}
                )
                assert response.status_code == 200, response.text
                assert response.headers["content-type"] == "application/json"
                hub_degree = None if include_hubs else test_settings.api_hub_degree
                assert response.content == asyncio.run(expected(entity_id, depth, hub_degree))


def test_a_steps_rows_come_whole_and_in_order_whatever_the_chunk(sample_graph, test_settings):
    """`fetch_chunks` joins the step's lists; a chunk of one row gives the rows of one list of them all."""
    with sample_graph.session(database=test_settings.neo4j_database) as session:
        frontier = [
            r["element_id"]
            for r in session.run(
                "MATCH (n)-[r]-() WHERE NOT n:Article AND type(r) <> $mention "
                "WITH n, count(r) AS degree ORDER BY degree DESC, n.id LIMIT 3 RETURN elementId(n) AS element_id",
                mention=PROVENANCE_TYPE,
            )
        ]
    query = with_types(text("neighbourhood_step"), FACTS)
    params = {"frontier": frontier, "labels": [], "with_articles": False, "per_node": 200, "max_rows": 1000}

    async def rows(chunk: int) -> tuple[list[dict[str, Any]], int]:
        driver = open_async_driver(test_settings)
        try:
            async with driver.session(database=test_settings.neo4j_database) as session:
                tx = await session.begin_transaction()
                try:
                    records = [r async for r in await tx.run(query, {**params, **PROJECTION, "chunk": chunk})]
                    joined = await subgraph.fetch_chunks(tx, query, {**params, **PROJECTION, "chunk": chunk})
                finally:
                    await tx.close()
        finally:
            await driver.close()
        assert [row for record in records for row in record["rows"]] == joined
        return joined, len(records)

    whole, lists = asyncio.run(rows(100_000))
    assert lists == 1 and len(whole) > 10
    one_by_one, lists = asyncio.run(rows(1))
    assert one_by_one == whole and lists == len(whole)
    by_seven, lists = asyncio.run(rows(7))
    assert by_seven == whole and lists == -(-len(whole) // 7)


def test_a_root_with_nothing_to_follow_is_the_whole_neighbourhood(sample_graph, test_settings):
    """The root's own query keeps the root when no relationship of the types asked leaves it."""
    with TestClient(create_app(test_settings)) as client:
        body = client.get("/entities/org:moit/neighbourhood", params={"depth": 2, "labels": "Article"}).json()
        assert [n["id"] for n in body["nodes"]] == ["org:moit"] and body["edges"] == []
        assert body["truncated"] is False and body["nodes"][0]["article_count"] > 0
        missing = client.get("/entities/org:nothing-here/neighbourhood", params={"depth": 2})
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
