"""Search finds an entity by either language's name on a graph loaded with an English and a Vietnamese report."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.loading import Loader
from loaders.pipeline import Extractor
from tests.conftest import wipe

pytestmark = pytest.mark.neo4j

REPORTS = Path(__file__).parent / "data" / "crosslang"


@pytest.fixture(scope="module")
def client(driver, test_settings):
    wipe(driver, test_settings.neo4j_database)
    Loader(driver, test_settings.neo4j_database, Extractor()).load(
        [REPORTS / "vi_caexpo_meeting.txt", REPORTS / "en_caexpo_meeting.txt"]
    )
    with TestClient(create_app(test_settings)) as test_client:
        yield test_client


def top(client: TestClient, q: str) -> str:
    response = client.get("/entities", params={"q": q})
    assert response.status_code == 200, response.text
    return response.json()["items"][0]["id"]


@pytest.mark.parametrize(
    ("english", "vietnamese", "entity_id"),
    [
        ("Guangxi", "quang tay", "province:cn-gx"),
        ("Ministry of Industry and Trade", "Bộ Công Thương", "org:moit"),
        ("Nguyen Hong Dien", "Nguyễn Hồng Diên", "person:nguyen-hong-dien"),
    ],
)
def test_either_language_finds_the_same_entity(
    client: TestClient, english: str, vietnamese: str, entity_id: str
) -> None:
    assert top(client, english) == top(client, vietnamese) == entity_id
