"""`GET /health` and `GET /stats`: is the service usable, and what does the graph hold."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ReaderDep, SettingsDep
from api.models import Health, Neo4jStatus, Stats
from core import __version__
from graph import model

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    response_model=Health,
    summary="API and Neo4j status",
    description="The API's version, Neo4j's version and edition (`CALL dbms.components()`), the node and "
    "relationship counts, and when the graph last changed (the newest article's load time). "
    "503 in the error shape when Neo4j cannot be reached.",
)
async def health(reader: ReaderDep, settings: SettingsDep) -> Health:
    row = (await reader.rows("health"))[0]
    return Health(
        status="ok",
        version=__version__,
        neo4j=Neo4jStatus(
            status="up",
            name=row["name"],
            version=row["version"],
            edition=row["edition"],
            database=settings.neo4j_database,
        ),
        nodes=row["nodes"],
        relationships=row["relationships"],
        graph_last_changed=row["last_changed"],
    )


@router.get(
    "/stats",
    response_model=Stats,
    summary="Counts by label and relationship type",
    description="How many nodes carry each label of the model and how many relationships of each type "
    "exist (0 for those not in the graph yet), from Neo4j's count store.",
)
async def stats(reader: ReaderDep) -> Stats:
    row = (await reader.rows("stats"))[0]
    return Stats(
        labels={label: row["labels"][label] for label in model.NODE_LABELS},
        relationship_types={rel_type: row["types"][rel_type] for rel_type in model.ALL_RELATIONSHIP_TYPES},
    )
