"""Emptying the graph in bounded transactions (`graph.schema.wipe_graph`), against the real server."""

from __future__ import annotations

import pytest
from neo4j import Driver

from core.settings import Settings
from graph.schema import wipe_graph

pytestmark = pytest.mark.neo4j


def test_a_graph_larger_than_one_batch_is_emptied_whole_and_the_schema_stays(
    empty_graph: Driver, test_settings: Settings
):
    database = test_settings.neo4j_database
    empty_graph.execute_query(
        "UNWIND range(1, 7) AS i CREATE (:WipeProbe {i: i})-[:WIPE_PROBE]->(:WipeProbe {i: -i})",
        database_=database,
    )
    constraints_before = empty_graph.execute_query("SHOW CONSTRAINTS", database_=database)[0]

    deleted = wipe_graph(empty_graph, database, batch=3)

    assert deleted == 7 + 14
    counts = empty_graph.execute_query(
        "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships",
        database_=database,
    )[0][0]
    assert (counts["nodes"], counts["relationships"]) == (0, 0)
    assert len(empty_graph.execute_query("SHOW CONSTRAINTS", database_=database)[0]) == len(constraints_before)
