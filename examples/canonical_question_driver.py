"""Which Chinese provinces have signed MoUs with MOIT? — asked with the official Neo4j Python driver.

Run it against any Neo4j holding the graph (the local server by default; set
NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE for another):

    python examples/canonical_question_driver.py

The question is the saved query cypher/queries/mou_partners.cypher, with
parameters: no Cypher is built from strings here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from neo4j import GraphDatabase

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
    with GraphDatabase.driver(settings.neo4j_uri, auth=(settings.neo4j_user, password)) as driver:
        records, _, _ = driver.execute_query(query.text, PARAMS, database_=settings.neo4j_database, routing_="r")
    print(query.title)
    for record in records:
        print(
            f"- {record['province']} ({record['province_id']}): {record['agreement']} "
            f"[{record['status']}, {record['date'] or 'date unknown'}]"
        )
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main())
