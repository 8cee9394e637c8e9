"""Which Chinese provinces have signed MoUs with MOIT? — asked with py2neo, for compatibility only.

py2neo reached its end of life in 2023 and is no longer maintained: new code
should use the official driver (examples/canonical_question_driver.py). This
example shows that existing py2neo code can still read the graph: py2neo
2021.2.4 negotiates Bolt 4.3, which Neo4j 5.26 still speaks (checked by tests/test_examples.py). Install it from
the `py2neo` extra (`pip install -e '.[py2neo]'`), then:

    python examples/canonical_question_py2neo.py

Settings come from the environment like the rest of the project (NEO4J_URI,
NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; the local server's generated
password by default).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from py2neo import Graph

import cypher
from core.settings import get_settings

PARAMS = {"country": "CN", "partner": "org:moit", "type": "mou"}


def main() -> int:
    settings = get_settings()
    password = settings.resolved_password()
    if password is None:
        print("no Neo4j password: set NEO4J_PASSWORD or start the local server (edkg neo4j start)", file=sys.stderr)
        return 2
    query = cypher.saved_query("mou_partners")
    graph = Graph(settings.neo4j_uri, auth=(settings.neo4j_user, password), name=settings.neo4j_database)
    rows = graph.run(query.text, PARAMS).data()
    print(query.title)
    for row in rows:
        print(
            f"- {row['province']} ({row['province_id']}): {row['agreement']} "
            f"[{row['status']}, {row['date'] or 'date unknown'}]"
        )
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
