"""Hubs in paths and neighbourhoods, on a small graph built for it (real Neo4j server).

The graph: `org:hub` has HUB_FANS officials besides the four below (more than the hub degree these tests
set, HUB_DEGREE). `person:a` and `person:b` both hold a position there (a 2-hop path through the hub) and
are also joined, without it, by two 4-hop paths (through `person:c` and through `province:p1`).
`person:x` and `person:y` are joined only through the hub.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.queries import text, with_literals, with_types
from graph.model import RELATIONSHIP_TYPES
from graph.schema import apply_schema
from tests.api_fixtures import HandGraph
from tests.conftest import make_test_settings, wipe

pytestmark = pytest.mark.neo4j

HUB_FANS = 40
HUB_DEGREE = 20
HUB = "org:hub"


def hub_graph() -> HandGraph:
    g = HandGraph()
    g.article("article:00000000000000b1", "Trung tâm", "2025-03-01", "Một bài báo.")
    article = "article:00000000000000b1"
    g.entity(HUB, "Organization", "Bộ Trung Tâm", article=article)
    for name in ("a", "b", "c", "x", "y"):
        g.entity(f"person:{name}", "Official", f"Ông {name.upper()}", article=article)
    for i in range(HUB_FANS):
        g.entity(f"person:fan-{i:02d}", "Official", f"Người {i:02d}", article=article)
        g.fact("HOLDS_POSITION", f"person:fan-{i:02d}", HUB, "Giữ chức.", article=article)
    for name in ("a", "b", "x", "y"):
        g.fact("HOLDS_POSITION", f"person:{name}", HUB, "Giữ chức.", article=article)
    g.entity("event:e1", "Event", "Cuộc họp 1", article=article, kind="meeting")
    g.entity("event:e2", "Event", "Cuộc họp 2", article=article, kind="meeting")
    g.entity("province:p1", "Province", "Tỉnh Một", article=article)
    g.fact("ATTENDED", "person:a", "event:e1", "Dự họp.", article=article)
    g.fact("ATTENDED", "person:c", "event:e1", "Dự họp.", article=article)
    g.fact("ATTENDED", "person:c", "event:e2", "Dự họp.", article=article)
    g.fact("ATTENDED", "person:b", "event:e2", "Dự họp.", article=article)
    g.fact("HELD_IN", "event:e1", "province:p1", "Họp tại tỉnh.", article=article)
    g.fact("HELD_IN", "event:e2", "province:p1", "Họp tại tỉnh.", article=article)
    return g


@pytest.fixture(scope="module")
def client(driver, test_settings):
    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    hub_graph().write(driver, test_settings.neo4j_database)
    settings = make_test_settings(api_hub_degree=HUB_DEGREE, api_neighbourhood_per_node=50)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def ids(path: dict) -> list[str]:
    return [node["id"] for node in path["nodes"]]


def paths(client: TestClient, source: str, target: str, **params) -> list[dict]:
    return ok(client.get("/paths", params={"source": source, "target": target, **params}))["paths"]


# ------------------------------------------------------------------------ paths


def test_a_path_around_the_hub_is_found_when_one_exists(client):
    found = paths(client, "person:a", "person:b", max_hops=6, k=10)
    assert found, "a path without the hub exists"
    assert all(HUB not in ids(p) for p in found), [ids(p) for p in found]
    assert found[0]["length"] == 4
    assert {tuple(ids(p)) for p in found if p["length"] == 4} == {
        ("person:a", "event:e1", "person:c", "event:e2", "person:b"),
        ("person:a", "event:e1", "province:p1", "event:e2", "person:b"),
    }


def test_include_hubs_crosses_the_hub(client):
    through = paths(client, "person:a", "person:b", max_hops=6, k=1, include_hubs=True)
    assert [ids(p) for p in through] == [["person:a", HUB, "person:b"]]
    many = paths(client, "person:a", "person:b", max_hops=6, k=10, include_hubs=True)
    assert ids(many[0]) == ["person:a", HUB, "person:b"]
    assert any(HUB not in ids(p) for p in many)


def test_k_paths_are_distinct_and_shortest_first(client):
    for include_hubs in (False, True):
        found = paths(client, "person:a", "person:b", max_hops=6, k=10, include_hubs=include_hubs)
        lengths = [p["length"] for p in found]
        assert lengths == sorted(lengths), lengths
        edge_lists = [tuple((e["source"], e["type"], e["target"]) for e in p["edges"]) for p in found]
        assert len(set(edge_lists)) == len(edge_lists), edge_lists
        for path in found:
            assert path["nodes"][0]["id"] == "person:a" and path["nodes"][-1]["id"] == "person:b"
            assert len(path["nodes"]) == path["length"] + 1 == len(path["edges"]) + 1


def test_only_through_the_hub_means_no_path_unless_asked(client):
    assert paths(client, "person:x", "person:y", max_hops=6, k=10) == []
    assert [ids(p) for p in paths(client, "person:x", "person:y", include_hubs=True)] == [["person:x", HUB, "person:y"]]


def test_a_hub_may_be_an_end(client):
    assert [ids(p) for p in paths(client, "person:a", HUB, k=1)] == [["person:a", HUB]]
    from_hub = paths(client, HUB, "person:c", k=3)
    assert {tuple(ids(p)) for p in from_hub} == {
        (HUB, "person:a", "event:e1", "person:c"),
        (HUB, "person:b", "event:e2", "person:c"),
    }


def test_the_hub_test_runs_inside_the_search(driver, test_settings, client):
    """The degree is tested while the search expands (an inlined predicate of the shortest-path operator),
    not on paths found: the plan says so."""
    query = with_types(with_literals(text("paths"), k=10, max_hops=6), list(RELATIONSHIP_TYPES))
    with driver.session(database=test_settings.neo4j_database) as session:
        plan = session.run("EXPLAIN " + query, source="person:a", target="person:b").consume().plan

    def operators(node: dict) -> list[dict]:
        return [node, *(op for child in node.get("children", []) for op in operators(child))]

    search = [op for op in operators(plan) if op["operatorType"].startswith("StatefulShortestPath")]
    assert len(search) == 1, [op["operatorType"] for op in operators(plan)]
    details = search[0]["args"]["Details"]
    assert "inlined predicates" in details and "getDegree" in details and "$hub_degree" in details, details
    assert search[0]["operatorType"].startswith("StatefulShortestPath(Into)"), "both ends bound"


# ---------------------------------------------------------------- neighbourhood


def test_a_hub_neighbour_is_collapsed_with_its_count(client):
    body = ok(client.get("/entities/person:a/neighbourhood", params={"depth": 2}))
    nodes = {n["id"]: n for n in body["nodes"]}
    hub = nodes[HUB]
    assert hub["collapsed"] is True and hub["degree"] == HUB_FANS + 4
    assert not any(i.startswith("person:fan-") for i in nodes), "a hub is not expanded"
    assert {"event:e1", "person:c", "province:p1"} <= set(nodes)
    assert not nodes["event:e1"]["collapsed"] and nodes["event:e1"]["degree"] == 3
    assert body["truncated"] is False
    expanded = ok(client.get("/entities/person:a/neighbourhood", params={"depth": 2, "include_hubs": True}))
    assert sum(n["id"].startswith("person:fan-") for n in expanded["nodes"]) == HUB_FANS
    assert not any(n["collapsed"] for n in expanded["nodes"])


def test_a_hub_at_the_root_is_expanded_up_to_the_cap_per_node(client):
    capped = ok(client.get(f"/entities/{HUB}/neighbourhood", params={"per_node": 10}))
    assert len(capped["nodes"]) == 1 + 10 and capped["truncated"] is True
    whole = ok(client.get(f"/entities/{HUB}/neighbourhood", params={"per_node": 100}))
    assert len(whole["nodes"]) == 1 + HUB_FANS + 4 and whole["truncated"] is False


def test_per_node_limits_are_422(client):
    for value in (0, 501):
        response = client.get(f"/entities/{HUB}/neighbourhood", params={"per_node": value})
        assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"
