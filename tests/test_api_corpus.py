"""The must-show answers of the REST API on the sample corpus, loaded through the real pipeline.

`data/corpus` goes through `loaders.pipeline.Extractor` and `graph.loading.Loader`
into the real Neo4j test server; every route is then asked over HTTP (FastAPI's
TestClient on `create_app(test_settings)`). These tests depend on the
extractor's quality on purpose: when a fact is not in the graph they fail.
"""

from __future__ import annotations

import io

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.text import fold
from graph.loading import Loader
from graph.schema import apply_schema
from loaders.pipeline import Extractor
from tests.conftest import CORPUS, wipe

pytestmark = pytest.mark.neo4j

MINISTER = "person:nguyen-hong-dien"


@pytest.fixture(scope="module")
def client(driver, test_settings):
    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    report = Loader(driver, test_settings.neo4j_database, Extractor()).load([CORPUS])
    assert not report.failures, report.failures
    with TestClient(create_app(test_settings)) as test_client:
        yield test_client


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    return body["error"]


def test_chinese_provinces_with_mous_with_moit_are_hainan_and_shandong(client):
    body = ok(client.get("/provinces", params={"country": "CN", "partner": "org:moit", "agreement_type": "mou"}))
    assert {p["province"]["id"] for p in body["items"]} == {"province:cn-hi", "province:cn-sd"}
    assert body["total"] == 2
    for province in body["items"]:
        for agreement in province["agreements"]:
            assert agreement["type"] == "mou" and agreement["title"]
            assert agreement["via"] and all(side["evidence"] for side in agreement["via"])
            assert agreement["partner_evidence"]
            sentences = [e["sentence"] for side in agreement["via"] for e in side["evidence"]]
            assert any(fold("Bản ghi nhớ") in fold(s) for s in sentences), sentences


def test_any_agreement_type_adds_chongqing_and_guangxi_with_their_statuses(client):
    body = ok(client.get("/provinces", params={"country": "CN", "partner": "org:moit"}))
    by_id = {p["province"]["id"]: p["agreements"] for p in body["items"]}
    assert set(by_id) == {"province:cn-hi", "province:cn-sd", "province:cn-cq", "province:cn-gx"}
    assert "planned" in {a["status"] for a in by_id["province:cn-cq"]}, by_id["province:cn-cq"]
    guangxi = {(a["type"], a["status"]) for a in by_id["province:cn-gx"]}
    assert guangxi & {("action_plan", "in_force"), ("action_plan", "signed")}, guangxi


def test_the_ministers_meetings_include_his_foreign_guests(client):
    body = ok(client.get(f"/officials/{MINISTER}/meetings"))
    met = {fold(o["entity"]["name"]) for m in body["items"] for o in m["officials"]}
    assert {fold("Alejandro Negrin Muñoz"), fold("Jacob Helberg"), fold("Trần Cương")} <= met, met
    for meeting in body["items"]:
        assert meeting["evidence"], meeting["event"]
    helberg = next(
        m for m in body["items"] if any(fold(o["entity"]["name"]) == fold("Jacob Helberg") for o in m["officials"])
    )
    assert helberg["event"]["date"] == "2025-10-26"


def test_power_interconnection_partners_include_china_and_guangxi(client):
    body = ok(client.get("/topics/topic:power_interconnection/partners", params={"partner": "org:moit"}))
    partners = {p["partner"]["id"] for p in body["items"]}
    assert {"country:cn", "province:cn-gx"} <= partners, partners
    assert all(p["via"] for p in body["items"])
    assert "country:vn" not in partners


def test_a_path_joins_helberg_and_guangxi_through_the_minister(client):
    # People, meetings and documents only: through topics there are as many equally short paths as topics,
    # and which k of those ties come back is up to Neo4j.
    body = ok(
        client.get(
            "/paths",
            params={
                "source": "person:jacob-helberg",
                "target": "province:cn-gx",
                "max_hops": 6,
                "k": 10,
                "rel_types": "ATTENDED,HOLDS_POSITION,PARTY_TO,PARTICIPATED_IN",
            },
        )
    )
    assert body["paths"]
    through = [p for p in body["paths"] if MINISTER in [n["id"] for n in p["nodes"]]]
    assert through, [[n["id"] for n in p["nodes"]] for p in body["paths"]]
    for path in body["paths"]:
        assert path["nodes"][0]["id"] == "person:jacob-helberg" and path["nodes"][-1]["id"] == "province:cn-gx"
        assert all(edge["evidence"] for edge in path["edges"])


@pytest.mark.parametrize(
    "q, expected",
    [
        ("quang tay", "province:cn-gx"),
        ("Guangxi", "province:cn-gx"),
        ("MOIT", "org:moit"),
        ("Bộ Công Thương", "org:moit"),
        ("nguyen hong dien", MINISTER),
        ("Hải Nam", "province:cn-hi"),
    ],
)
def test_search_on_the_corpus(client, q, expected):
    assert ok(client.get("/entities", params={"q": q}))["items"][0]["id"] == expected


def test_entity_neighbourhood_agreements_and_stats(client):
    moit = ok(client.get("/entities/org:moit"))
    assert moit["degree"]["PARTY_TO"] >= 5 and moit["articles_total"] >= 4
    hood = ok(client.get(f"/entities/{MINISTER}/neighbourhood", params={"depth": 2, "limit": 25}))
    assert len(hood["nodes"]) <= 25 and hood["truncated"] is True
    assert not any("Article" in n["labels"] for n in hood["nodes"])
    mous = ok(client.get("/agreements", params={"party": "org:moit", "type": "mou"}))
    assert mous["total"] >= 3
    assert all(any(p["entity"]["id"] == "org:moit" for p in a["parties"]) for a in mous["items"])
    stats = ok(client.get("/stats"))
    health = ok(client.get("/health"))
    assert health["nodes"] == sum(v for k, v in stats["labels"].items() if k != "Ministry")
    assert health["relationships"] == sum(stats["relationship_types"].values())
    assert stats["labels"]["Article"] == 5


def test_the_lists_inside_an_answer_come_in_a_stable_order(client):
    """Parties, topics, sides and delegations are read in storage order unless the query sorts them, so the same
    graph could answer the same question in two orders (the real set's question runs showed it); each list is
    sorted by its entities' ids, officials by name."""
    agreements = ok(client.get("/agreements", params={"limit": 100}))["items"]
    assert any(len(a["parties"]) > 1 for a in agreements)
    for agreement in agreements:
        ids = [p["entity"]["id"] for p in agreement["parties"]]
        assert ids == sorted(ids), agreement["id"]
        topics = [t["id"] for t in agreement["topics"]]
        assert topics == sorted(topics), agreement["id"]
    provinces = ok(client.get("/provinces", params={"partner": "org:moit"}))["items"]
    assert provinces
    for province in provinces:
        for agreement in province["agreements"]:
            sides = [side["entity"]["id"] for side in agreement["via"]]
            assert sides == sorted(sides), agreement
    meetings = ok(client.get(f"/officials/{MINISTER}/meetings", params={"limit": 100}))["items"]
    assert any(len(m["officials"]) > 1 for m in meetings)
    for meeting in meetings:
        names = [o["entity"]["name"] for o in meeting["officials"]]
        assert names == sorted(names), meeting["event"]["id"]
        for key in ("delegations", "topics", "places"):
            ids = [x["entity"]["id"] if "entity" in x else x["id"] for x in meeting[key]]
            assert ids == sorted(ids), (key, meeting["event"]["id"])


def test_article_facts_carry_evidence_with_exact_offsets(client, driver):
    article_id = ok(client.get("/entities/org:moit"))["articles"][0]["id"]
    body = ok(client.get(f"/articles/{article_id}"))
    assert body["facts"] and body["mentions"]
    records, _, _ = driver.execute_query("MATCH (a:Article {id: $id}) RETURN a.text AS text", id=article_id)
    text = records[0]["text"]
    for fact in body["facts"]:
        assert fact["evidence"], fact
        for entry in fact["evidence"]:
            start, end = map(int, entry["span"].split(":"))
            assert text[start:end] == entry["sentence"]


def test_articles_of_the_corpus_in_a_neighbourhood_and_in_detail(client):
    hood = ok(client.get("/entities/org:moit/neighbourhood", params={"rel_types": "MENTIONED_IN"}))
    articles = [n for n in hood["nodes"] if n["labels"] == ["Article"]]
    assert len(articles) == 5 and all("text" not in n["properties"] for n in articles)
    assert all(e["evidence"] and e["evidence"][0]["article_id"] == e["target"] for e in hood["edges"])
    detail = ok(client.get(f"/articles/{articles[0]['id']}"))
    assert detail["loaded_at"][:2] == "20" and detail["title"]


def test_export_graphml_of_the_corpus_reads_in_networkx(client):
    response = client.get("/export", params={"root": "org:moit", "depth": 2, "format": "graphml"})
    graph = nx.read_graphml(io.BytesIO(response.content))
    assert "org:moit" in graph and graph.number_of_edges() > 0


@pytest.mark.parametrize(
    "path",
    [
        "/entities/person:nobody",
        "/entities/person:nobody/neighbourhood",
        "/officials/person:nobody/meetings",
        "/topics/topic:nothing/partners",
        "/articles/article:ffffffffffffffff",
        "/paths?source=person:jacob-helberg&target=province:nowhere",
        "/export?root=org:nobody",
    ],
)
def test_unknown_ids_are_404_in_the_error_shape(client, path):
    assert error(client.get(path), 404)["code"] == "not_found"


@pytest.mark.parametrize(
    "path",
    [
        "/entities?q=moit&limit=1000",
        "/entities/org:moit/neighbourhood?depth=9",
        "/entities/org:moit/neighbourhood?limit=100000",
        "/paths?source=org:moit&target=country:cn&max_hops=99",
        "/paths?source=org:moit&target=country:cn&k=0",
        "/agreements?limit=0",
        "/agreements?offset=-5",
        "/provinces?limit=10000",
        "/officials/person:nguyen-hong-dien/meetings?limit=0",
        "/topics/topic:ai/partners?limit=999",
        "/export?depth=5",
        "/export?limit=5001",
    ],
)
def test_out_of_range_parameters_are_422_in_the_error_shape(client, path):
    detail = error(client.get(path), 422)
    assert detail["code"] == "invalid_request" and detail["detail"][0]["loc"][0] == "query"
