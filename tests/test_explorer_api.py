"""The explorer's reads (`/suggest`, `/entities/{id}/timeline`) and its static files, on the sample corpus.

The sample corpus is loaded through the real extractor and writer (the `sample_graph` fixture of tests/conftest.py) into the real test
server; the application is the real one. What a user of the page relies on: suggestions in any language or
script with or without accents, while the last word is still being typed; a timeline in date order whose every
item carries its evidence, filtered by partner and period; the same error shape as the rest of the API; the
page and the documentation naming no address off the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import Settings

pytestmark = pytest.mark.neo4j

OUTSIDE_URL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def client(sample_graph, test_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(test_settings)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "q, expected",
    [
        ("quang tay", "province:cn-gx"),
        ("Quảng Tây", "province:cn-gx"),
        ("quang ta", "province:cn-gx"),
        ("Guangxi", "province:cn-gx"),
        ("guangx", "province:cn-gx"),
        ("MOIT", "org:moit"),
        ("bo cong thuong", "org:moit"),
        ("hai nam", "province:cn-hi"),
        ("son dong", "province:cn-sd"),
    ],
)
def test_suggest_finds_as_you_type_in_any_language_with_or_without_accents(client, q, expected):
    answer = client.get("/suggest", params={"q": q}).json()
    assert answer["q"] == q
    assert expected in [item["id"] for item in answer["items"]][:3], answer
    first = answer["items"][0]
    assert first["name"] not in first["aliases"]


def test_suggest_keeps_its_limit_and_answers_nothing_for_punctuation(client):
    assert len(client.get("/suggest", params={"q": "bo", "limit": 3}).json()["items"]) <= 3
    assert client.get("/suggest", params={"q": "***"}).json() == {"q": "***", "total": 0, "items": []}


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "x" * 201}, {"q": "moit", "limit": 0}, {"q": "moit", "limit": 21}]
)
def test_suggest_refuses_bad_parameters_in_the_error_shape(client, params):
    response = client.get("/suggest", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_timeline_of_moit_is_in_date_order_with_evidence_for_every_item(client):
    answer = client.get("/entities/org:moit/timeline", params={"limit": 200}).json()
    items = answer["items"]
    assert answer["total"] == len(items) > 3
    dates = [item["date"] for item in items]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # oldest first, undated last
    for item in items:
        assert item["links"], item["id"]
        assert all(
            link["evidence"] and link["evidence"][0]["article_id"].startswith("article:") for link in item["links"]
        ), item["id"]
    # the minister's meetings are MOIT's (an official holding a position there is on its side)
    assert any(link["entity"]["id"].startswith("person:") for item in items for link in item["links"])


def test_timeline_filters_by_partner_type_and_period(client):
    with_guangxi = client.get("/entities/org:moit/timeline", params={"partner": "province:cn-gx"}).json()
    assert with_guangxi["items"]
    for item in with_guangxi["items"]:
        # Guangxi itself, a body of it (ids of its bodies name it: org:chinh-quyen-cn-gx) or one of its officials
        assert any("cn-gx" in o["id"] or "Official" in o["labels"] for o in item["others"]), item
        assert not any(o["id"] in ("province:cn-hi", "province:cn-sd") for o in item["others"]), item
    mous = client.get("/entities/org:moit/timeline", params={"kind": "mou"}).json()["items"]
    assert mous and {item["kind"] for item in mous} == {"mou"}
    assert {"province:cn-hi", "province:cn-sd"} <= {o["id"] for item in mous for o in item["others"]}
    in_2024 = client.get("/entities/org:moit/timeline", params={"since": "2024-01-01", "until": "2024-12-31"}).json()[
        "items"
    ]
    assert in_2024 and all(item["date"] and item["date"].startswith("2024") for item in in_2024)


def test_timeline_pages_keep_the_total(client):
    whole = client.get("/entities/org:moit/timeline", params={"limit": 200}).json()
    beyond = client.get("/entities/org:moit/timeline", params={"offset": 1000}).json()
    assert beyond == {"total": whole["total"], "limit": 50, "offset": 1000, "items": []}
    second = client.get("/entities/org:moit/timeline", params={"limit": 1, "offset": 1}).json()
    assert second["items"][0]["id"] == whole["items"][1]["id"]


def test_timeline_errors_have_the_one_shape(client):
    missing = client.get("/entities/org:nothing-here/timeline")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    for params in ({"since": "last year"}, {"kind": "MoU; DROP"}, {"limit": 201}, {"status": "maybe"}):
        response = client.get("/entities/org:moit/timeline", params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["code"] == "invalid_request"


def test_relationship_timeline_of_moit_and_guangxi_year_by_year(client):
    answer = client.get("/timeline", params={"a": "org:moit", "b": "province:cn-gx"}).json()
    assert answer["a"]["id"] == "org:moit" and answer["b"]["id"] == "province:cn-gx"
    assert answer["total"] == len(answer["items"]) >= 2
    dated = [item["date"] for item in answer["items"] if item["date"]]
    assert dated == sorted(dated) and any(d.startswith("2025") for d in dated)
    for item in answer["items"]:
        assert item["links_a"] and item["links_b"], item["id"]
        assert all(link["evidence"] for link in item["links_a"] + item["links_b"]), item["id"]
    # Guangxi's side is its bodies and officials: the party secretary's meeting with the minister is there
    assert any(link["entity"]["labels"] == ["Official"] for item in answer["items"] for link in item["links_b"])


def test_relationship_timeline_errors_have_the_one_shape(client):
    same = client.get("/timeline", params={"a": "org:moit", "b": "org:moit"})
    assert same.status_code == 422 and same.json()["error"]["code"] == "invalid_request"
    missing = client.get("/timeline", params={"a": "org:moit", "b": "org:nothing-here"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get("/timeline", params={"a": "org:moit"}).status_code == 422


def test_article_text_is_what_the_evidence_offsets_point_into(client):
    article = client.get("/entities/org:moit?articles_limit=1").json()["articles"][0]["id"]
    facts = client.get(f"/articles/{article}").json()["facts"]
    body = client.get(f"/articles/{article}/text").json()
    assert body["id"] == article and body["text"]
    entries = [e for f in facts for e in f["evidence"] if e["span"]]
    assert entries
    for entry in entries:
        start, end = map(int, entry["span"].split(":"))
        assert body["text"][start:end] == entry["sentence"], entry
    missing = client.get("/articles/article:0000000000000000/text")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_top_partners_of_moit_rank_the_provinces_with_agreements(client):
    answer = client.get("/analytics/partners", params={"partner": "org:moit", "labels": "Province"}).json()
    assert answer["total"] == len(answer["items"]) >= 3
    ids = [item["partner"]["id"] for item in answer["items"]]
    assert {"province:cn-hi", "province:cn-sd", "province:cn-gx"} <= set(ids)
    totals = [item["agreements"] + item["events"] for item in answer["items"]]
    assert totals == sorted(totals, reverse=True)
    for item in answer["items"]:
        assert sum(item["per_year"].values()) == item["agreements"] + item["events"]
        assert "Province" in item["partner"]["labels"]
    in_2024 = client.get("/analytics/partners", params={"partner": "org:moit", "until": "2024-12-31"}).json()
    assert in_2024["items"] and all(year <= "2024" for item in in_2024["items"] for year in item["per_year"])
    assert client.get("/analytics/partners", params={"partner": "org:nothing"}).status_code == 404
    bad = client.get("/analytics/partners", params={"partner": "org:moit", "labels": "Nope"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def test_the_root_opens_the_explorer_and_its_files_are_the_packages(client):
    root = client.get("/", follow_redirects=False)
    assert root.status_code == 307 and root.headers["location"] == "/explore"
    page = client.get("/explore")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert not OUTSIDE_URL.search(page.text)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/static/vendor/cytoscape/LICENSE").status_code == 200
    for traversal in (
        "/static/../main.py",
        "/static/%2e%2e/main.py",
        "/static/vendor/../../main.py",
        "/static/nothing.js",
    ):
        response = client.get(traversal)
        assert response.status_code == 404, traversal
        assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_load_only_files_of_the_package(client, path):
    html = client.get(path).text
    assert not OUTSIDE_URL.search(html), html
    assets = re.findall(r"""(?:src|href)\s*=\s*["'](/static/[^"']+)["']""", html)
    assert assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "fonts.googleapis" not in html
