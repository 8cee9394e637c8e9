"""The schema on the real server: a uniqueness constraint per label, idempotent application."""

from __future__ import annotations

import pytest
from neo4j import Driver
from neo4j.exceptions import ConstraintError

from graph.model import NODE_LABELS
from graph.schema import apply_schema, describe_schema

pytestmark = pytest.mark.neo4j


def _snapshot(driver: Driver) -> tuple[list, list]:
    desc = describe_schema(driver, "neo4j")
    constraints = sorted(
        (c["name"], c["type"], tuple(c["labelsOrTypes"]), tuple(c["properties"])) for c in desc["constraints"]
    )
    indexes = sorted(
        (i["name"], i["type"], tuple(i["labelsOrTypes"] or ()), tuple(i["properties"] or ())) for i in desc["indexes"]
    )
    return constraints, indexes


def test_every_label_has_an_id_uniqueness_constraint(empty_graph: Driver) -> None:
    constraints, _ = _snapshot(empty_graph)
    unique = {labels[0] for _, kind, labels, props in constraints if kind == "UNIQUENESS" and props == ("id",)}
    assert set(NODE_LABELS) <= unique


def test_applying_twice_changes_nothing(empty_graph: Driver) -> None:
    before = _snapshot(empty_graph)
    apply_schema(empty_graph, "neo4j")
    apply_schema(empty_graph, "neo4j")
    assert _snapshot(empty_graph) == before


def test_uniqueness_is_enforced_and_a_node_round_trips(empty_graph: Driver) -> None:
    props = {"id": "province:cn-gx", "name": "Quảng Tây", "aliases": ["Guangxi", "Quang Tay"]}
    empty_graph.execute_query("CREATE (p:Province) SET p = $props", props=props)
    records, _, _ = empty_graph.execute_query("MATCH (p:Province {id: $id}) RETURN properties(p) AS p", id=props["id"])
    assert records[0]["p"] == props
    with pytest.raises(ConstraintError):
        empty_graph.execute_query("CREATE (:Province {id: $id})", id=props["id"])


def test_fulltext_index_matches_vietnamese_without_diacritics(empty_graph: Driver) -> None:
    empty_graph.execute_query(
        "CREATE (:Province {id: 'province:cn-gx', name: 'Quảng Tây', search_text: 'Quảng Tây | Guangxi'}),"
        " (:Official {id: 'person:x', name: 'Đỗ Hùng Việt', search_text: 'Đỗ Hùng Việt'})"
    )
    query = "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id"
    for text, expected in (
        ("quang tay", "province:cn-gx"),
        ("Guangxi", "province:cn-gx"),
        ("do hung viet", "person:x"),
    ):
        records, _, _ = empty_graph.execute_query(query, q=text)
        assert [r["id"] for r in records][:1] == [expected], text
