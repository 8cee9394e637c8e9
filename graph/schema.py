"""Applying `cypher/schema.cypher` (idempotent: every statement is IF NOT EXISTS), and emptying a database."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

import cypher


def apply_schema(driver: Driver, database: str) -> list[str]:
    """Run every schema statement; return the statements run."""
    stmts = cypher.statements("schema.cypher")
    with driver.session(database=database) as session:
        for stmt in stmts:
            session.run(stmt).consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    return stmts


def describe_schema(driver: Driver, database: str) -> dict[str, list[dict[str, Any]]]:
    """Constraints and indexes as Neo4j reports them (`SHOW CONSTRAINTS`, `SHOW INDEXES`)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for key, query in (("constraints", "SHOW CONSTRAINTS"), ("indexes", "SHOW INDEXES")):
        records, _, _ = driver.execute_query(query, database_=database)
        out[key] = [dict(r) for r in records]
    return out


def wipe_graph(driver: Driver, database: str, batch: int = 10_000) -> int:
    """Delete every node and relationship, keep constraints and indexes (tests and benchmarks start empty).

    Why a loop of bounded statements: every transaction, the outer one of `CALL { } IN TRANSACTIONS` included,
    must end within the server's transaction timeout, whatever the graph's size. Returns how many nodes and
    relationships were deleted.
    """
    deleted = 0
    with driver.session(database=database) as session:
        for stmt in cypher.statements("wipe.cypher"):
            while True:
                record = session.run(stmt, batch=batch).single(strict=True)
                deleted += int(record["deleted"])
                if record["deleted"] < batch:
                    break
    return deleted
