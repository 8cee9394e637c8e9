"""The REST API on a small hand-made graph of known shape (tests/api_fixtures.py), real Neo4j server.

These cover what the sample corpus cannot pin down: paths of known length, the
size caps and `truncated`, empty answers, a province that takes part through its
People's Government, the error shape, request ids, CORS and GraphML export.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from api.convert import EVIDENCE_LIMIT
from api.main import create_app
from graph.schema import apply_schema
from tests.api_fixtures import ARTICLE_ONE, ARTICLE_TWO, HUB_SIZE, hand_graph
from tests.conftest import make_test_settings, wipe

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def client(driver, test_settings):
    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    hand_graph().write(driver, test_settings.neo4j_database)
    with TestClient(create_app(test_settings)) as test_client:
        yield test_client


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    return body["error"]


# ----------------------------------------------------------------- health, stats


def test_health_reports_versions_and_counts(client):
    body = ok(client.get("/health"))
    assert body["status"] == "ok" and body["version"]
    assert body["neo4j"]["status"] == "up" and body["neo4j"]["version"].startswith("5.")
    assert body["neo4j"]["edition"] == "community"
    assert body["nodes"] == len(hand_graph().entities) + len(hand_graph().articles)
    assert body["relationships"] == len(hand_graph().facts) + len(hand_graph().mentions)


def test_health_is_503_in_the_error_shape_when_neo4j_is_down():
    down = make_test_settings(neo4j_uri="bolt://127.0.0.1:1", neo4j_password="unused")
    with TestClient(create_app(down)) as down_client:
        detail = error(down_client.get("/health"), 503, "graph_unavailable")
    assert detail["detail"]["reason"] == "ServiceUnavailable"


def test_stats_counts_by_label_and_type(client):
    body = ok(client.get("/stats"))
    assert body["labels"]["Province"] == 6 and body["labels"]["Ministry"] == 1
    assert body["labels"]["Article"] == 2
    assert body["relationship_types"]["ATTENDED"] == 4 + 2 * HUB_SIZE
    assert body["relationship_types"]["SUCCEEDED_BY"] == 0


# ----------------------------------------------------------------------- search


@pytest.mark.parametrize(
    "q, expected",
    [
        ("quang tay", "province:cn-gx"),
        ("Quảng Tây", "province:cn-gx"),
        ("QUẢNG TÂY", "province:cn-gx"),
        ("Guangxi", "province:cn-gx"),
        ("guang", "province:cn-gx"),
        ("MOIT", "org:moit"),
        ("moit", "org:moit"),
        ("Ministry of Industry and Trade", "org:moit"),
        ("bo cong thuong", "org:moit"),
        ("Nguyen Hong Dien", "person:nguyen-hong-dien"),
        ("Chen Gang", "person:tran-cuong"),
    ],
)
def test_search_finds_by_name_or_alias_first(client, q, expected):
    body = ok(client.get("/entities", params={"q": q}))
    assert body["items"], q
    assert body["items"][0]["id"] == expected
    assert body["items"][0]["exact"] is (q not in ("guang",))


@pytest.mark.parametrize(
    "q, expected",
    [
        ("tỉnh Hải Nam", "province:cn-hi"),  # before: its People's Government, whose name holds the words
        ("Hainan Province", "province:cn-hi"),
        ("China's Hainan province", "province:cn-hi"),
        ("the Chinese province of Hainan", "province:cn-hi"),
        ("Minister Nguyen Hong Dien", "person:nguyen-hong-dien"),  # before: nothing
        ("Bộ trưởng Công Thương Nguyễn Hồng Diên", "person:nguyen-hong-dien"),
        ("ông Nguyễn Hồng Diên", "person:nguyen-hong-dien"),
        ("Guangxi Party Secretary Chen Gang", "person:tran-cuong"),
        ("US Deputy Secretary of State Jacob Helberg", "person:jacob-helberg"),
        ("Ministry of Industry and Trade (MOIT)", "org:moit"),  # before: found, but not as its name
        ("Bộ Công Thương (MOIT)", "org:moit"),
        ("Province of Hainan", "province:cn-hi"),
    ],
)
def test_search_finds_a_name_said_with_its_kind_or_title(client, q, expected):
    body = ok(client.get("/entities", params={"q": q}))
    assert body["items"], q
    assert body["items"][0]["id"] == expected and body["items"][0]["exact"] is True


def test_search_keeps_the_text_s_own_name_first_and_alone(client):
    """A text that is a name is searched as it is: the forms without kind words or titles add nothing."""
    ids = [
        item["id"] for item in ok(client.get("/entities", params={"q": "Chính quyền nhân dân tỉnh Hải Nam"}))["items"]
    ]
    assert ids[0] == "org:hainan-government" and "province:cn-hi" not in ids
    assert ok(client.get("/entities", params={"q": "Minister Nobody Known"}))["total"] == 0


def test_search_puts_the_entity_named_so_before_one_that_has_the_name_as_an_alias(client, driver, test_settings):
    """`Bộ Công Thương` is MOIT's name; a foreign ministry read as `Bộ Công Thương Nga` may carry it as an alias."""
    create = (
        "CREATE (:Organization:Ministry {id: 'org:moit-ru', name: 'Bộ Công Thương Nga', name_key: 'bo cong thuong nga', "
        "aliases: ['Bộ Công Thương', 'Bo Cong Thuong'], search_text: 'Bộ Công Thương Nga | Bộ Công Thương', "
        "kind: 'ministry', country: 'RU'})"
    )
    driver.execute_query(create, database_=test_settings.neo4j_database)
    try:
        for q in ("Bộ Công Thương", "bo cong thuong"):
            items = ok(client.get("/entities", params={"q": q}))["items"]
            assert [i["id"] for i in items[:2]] == ["org:moit", "org:moit-ru"], q
            assert items[0]["exact"] and items[1]["exact"]
    finally:
        driver.execute_query("MATCH (n {id: 'org:moit-ru'}) DETACH DELETE n", database_=test_settings.neo4j_database)


@pytest.mark.parametrize(
    "q, expected",
    [
        ("Hainnan", "province:cn-hi"),  # before: nothing
        ("Guangxii", "province:cn-gx"),
        ("Shandung province", "province:cn-sd"),
        ("Minister Jacob Hellberg", "person:jacob-helberg"),
    ],
)
def test_search_forgives_a_misspelt_letter_when_nothing_else_is_found(client, q, expected):
    items = ok(client.get("/entities", params={"q": q}))["items"]
    assert items and items[0]["id"] == expected and items[0]["exact"] is False


def test_search_forgives_no_misspelling_of_a_short_word_nor_a_long_way_off(client):
    # Vietnamese syllables are short, and one letter off is another syllable: `Lê Văn Nhanh` is not Lê Văn Nhàn.
    for q in ("Hai Nan", "Quarterly Review", "Guangdong", "Lê Văn Nhanh", "Nguyen Hong Dieu"):
        assert ok(client.get("/entities", params={"q": q}))["total"] == 0, q


def test_search_finds_a_name_with_an_apostrophe_either_way(client, driver, test_settings):
    """`People's` is one word to the index (`people's`): folded to `people s`, the search found nothing."""
    create = (
        "CREATE (:Organization {id: 'org:ubnd-hcm', name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', "
        "name_key: 'uy ban nhan dan thanh pho ho chi minh', aliases: ['Ho Chi Minh City People’s Committee'], "
        "search_text: 'Ủy ban nhân dân Thành phố Hồ Chí Minh | Ho Chi Minh City People’s Committee', "
        "kind: 'provincial_government', country: 'VN'})"
    )
    driver.execute_query(create, database_=test_settings.neo4j_database)
    try:
        for q in ("Ho Chi Minh City People's Committee", "Ho Chi Minh City People’s Committee", "City People's"):
            items = ok(client.get("/entities", params={"q": q}))["items"]
            assert items and items[0]["id"] == "org:ubnd-hcm", q
            assert items[0]["exact"] is (q != "City People's")
    finally:
        driver.execute_query("MATCH (n {id: 'org:ubnd-hcm'}) DETACH DELETE n", database_=test_settings.neo4j_database)


def test_search_finds_a_name_made_of_stop_words(client):
    body = ok(client.get("/entities", params={"q": "Tô An"}))
    assert body["items"][0]["id"] == "person:to-an" and body["items"][0]["exact"] is True


def test_search_ranks_exact_matches_before_longer_names(client):
    ids = [item["id"] for item in ok(client.get("/entities", params={"q": "Quảng Tây"}))["items"]]
    assert ids[0] == "province:cn-gx"
    assert "event:talks-guangxi" in ids and "agreement:plan-guangxi" in ids


def test_search_escapes_lucene_syntax(client):
    for q in ('Quảng Tây" OR *:*', "(MOIT)", "a:b AND NOT c", "\\", "~"):
        response = client.get("/entities", params={"q": q})
        assert response.status_code == 200, (q, response.text)
    assert ok(client.get("/entities", params={"q": "(MOIT)"}))["items"][0]["id"] == "org:moit"


def test_search_filters_by_label_and_pages(client):
    body = ok(client.get("/entities", params={"q": "su kien", "label": "Event", "limit": 5, "offset": 5}))
    assert body["total"] == HUB_SIZE and body["limit"] == 5 and body["offset"] == 5
    assert len(body["items"]) == 5 and all(item["labels"] == ["Event"] for item in body["items"])
    assert ok(client.get("/entities", params={"q": "Quảng Tây", "label": "Official"}))["total"] == 0


def test_search_rejects_unknown_labels_and_bad_limits(client):
    error(client.get("/entities", params={"q": "x", "label": "Person"}), 422, "invalid_request")
    error(client.get("/entities", params={"q": "x", "limit": 0}), 422, "invalid_request")
    error(client.get("/entities", params={"q": "x", "limit": 101}), 422, "invalid_request")
    error(client.get("/entities"), 422, "invalid_request")


def test_search_with_nothing_to_search_is_empty(client):
    assert ok(client.get("/entities", params={"q": "?!"})) == {"total": 0, "limit": 20, "offset": 0, "items": []}


# ----------------------------------------------------------------------- entity


def test_entity_detail(client):
    body = ok(client.get("/entities/org:moit"))
    assert body["name"] == "Bộ Công Thương"
    assert set(body["labels"]) == {"Organization", "Ministry"}
    assert "MOIT" in body["aliases"]
    assert body["properties"]["abbr"] == "MOIT" and "search_text" not in body["properties"]
    assert body["degree"] == {
        "PARTY_TO": 3,
        "BASED_IN": 1,
        "PART_OF": 1,
        "HOLDS_POSITION": 1,
        "HELD_IN": 1,
        "MENTIONED_IN": 2,
    }
    assert body["articles"] == [  # newest first
        {"id": ARTICLE_TWO, "title": "Hội đàm với Quảng Tây", "date": "2025-02-20", "source": "test", "url": None},
        {
            "id": ARTICLE_ONE,
            "title": "Bộ Công Thương ký văn kiện với các địa phương Trung Quốc",
            "date": "2025-02-19",
            "source": "test",
            "url": None,
        },
    ]
    assert body["articles_total"] == 2


def test_unknown_entity_is_404(client):
    error(client.get("/entities/person:nobody"), 404, "not_found")
    error(client.get("/entities/person:nobody/neighbourhood"), 404, "not_found")


# ---------------------------------------------------------------- neighbourhood


def test_neighbourhood_depth_one_without_articles(client):
    body = ok(client.get("/entities/person:jacob-helberg/neighbourhood"))
    assert {n["id"] for n in body["nodes"]} == {"person:jacob-helberg", "country:us", "event:meeting-helberg"}
    assert body["truncated"] is False
    edge = next(e for e in body["edges"] if e["type"] == "HOLDS_POSITION")
    assert edge == {
        "id": "person:jacob-helberg|HOLDS_POSITION|country:us",
        "type": "HOLDS_POSITION",
        "source": "person:jacob-helberg",
        "target": "country:us",
        "properties": edge["properties"],
        "article_count": 1,
        "evidence": [
            {"sentence": "Thứ trưởng Ngoại giao Mỹ Jacob Helberg.", "article_id": ARTICLE_ONE, "span": "0:40"}
        ],
    }
    assert edge["properties"]["title"] == "Thứ trưởng"


def test_neighbourhood_shows_few_evidence_entries_and_no_provenance_lists(client):
    body = ok(client.get("/entities/country:vn/neighbourhood", params={"rel_types": "BASED_IN"}))
    edge = body["edges"][0]
    assert len(edge["evidence"]) == EVIDENCE_LIMIT < 8 and edge["article_count"] == 1
    assert all("facts" not in n["properties"] and "article_count" not in n["properties"] for n in body["nodes"])
    assert next(n for n in body["nodes"] if n["id"] == "org:moit")["article_count"] == 2


def test_neighbourhood_reaches_articles_only_when_asked(client):
    body = ok(client.get("/entities/person:jacob-helberg/neighbourhood", params={"rel_types": "MENTIONED_IN"}))
    assert {n["id"] for n in body["nodes"]} == {"person:jacob-helberg", ARTICLE_ONE}
    assert body["edges"][0]["evidence"][0]["article_id"] == ARTICLE_ONE


def test_neighbourhood_depth_two_and_filters(client):
    body = ok(client.get("/entities/person:jacob-helberg/neighbourhood", params={"depth": 2}))
    ids = {n["id"] for n in body["nodes"]}
    assert {"person:nguyen-hong-dien", "topic:ai"} <= ids
    only = ok(
        client.get(
            "/entities/person:jacob-helberg/neighbourhood",
            params={"depth": 2, "rel_types": "ATTENDED", "labels": "Event,Official"},
        )
    )
    assert {n["id"] for n in only["nodes"]} == {
        "person:jacob-helberg",
        "event:meeting-helberg",
        "person:nguyen-hong-dien",
    }
    assert {e["type"] for e in only["edges"]} == {"ATTENDED"}


def test_neighbourhood_is_capped_and_says_so(client):
    body = ok(client.get("/entities/person:hub/neighbourhood", params={"depth": 2, "limit": 10}))
    assert len(body["nodes"]) == 10 and body["truncated"] is True
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    whole = ok(client.get("/entities/person:hub/neighbourhood", params={"depth": 2, "limit": 500}))
    assert len(whole["nodes"]) == 1 + 2 * HUB_SIZE and whole["truncated"] is False


@pytest.mark.parametrize(
    "params", [{"depth": 0}, {"depth": 4}, {"limit": 501}, {"limit": 0}, {"rel_types": "KNOWS"}, {"labels": "Person"}]
)
def test_neighbourhood_limits_are_422(client, params):
    error(client.get("/entities/org:moit/neighbourhood", params=params), 422, "invalid_request")


# ------------------------------------------------------------------------ paths


def test_paths_of_known_shape(client):
    body = ok(client.get("/paths", params={"source": "person:jacob-helberg", "target": "province:cn-gx", "k": 10}))
    assert body["paths"], body
    assert min(p["length"] for p in body["paths"]) == 4
    for path in body["paths"]:
        assert path["nodes"][0]["id"] == "person:jacob-helberg" and path["nodes"][-1]["id"] == "province:cn-gx"
        assert len(path["nodes"]) == path["length"] + 1 == len(path["edges"]) + 1
        for i, edge in enumerate(path["edges"]):
            assert {edge["source"], edge["target"]} == {path["nodes"][i]["id"], path["nodes"][i + 1]["id"]}
            assert edge["type"] != "MENTIONED_IN"
    through_minister = [p for p in body["paths"] if "person:nguyen-hong-dien" in [n["id"] for n in p["nodes"]]]
    assert through_minister


def test_paths_respect_k_max_hops_and_types(client):
    one = ok(client.get("/paths", params={"source": "person:jacob-helberg", "target": "province:cn-gx", "k": 1}))
    assert len(one["paths"]) == 1
    assert (
        ok(client.get("/paths", params={"source": "person:jacob-helberg", "target": "province:cn-gx", "max_hops": 3}))[
            "paths"
        ]
        == []
    )
    attended = ok(
        client.get(
            "/paths",
            params={"source": "person:jacob-helberg", "target": "person:tran-cuong", "rel_types": "ATTENDED", "k": 5},
        )
    )
    assert [[n["id"] for n in p["nodes"]] for p in attended["paths"]] == [
        [
            "person:jacob-helberg",
            "event:meeting-helberg",
            "person:nguyen-hong-dien",
            "event:talks-guangxi",
            "person:tran-cuong",
        ]
    ]


def test_paths_do_not_pass_through_articles_unless_asked(client):
    # person:idle and topic:ai share only ARTICLE_ONE.
    assert ok(client.get("/paths", params={"source": "person:idle", "target": "person:guest-00"}))["paths"] == []
    via_article = ok(
        client.get(
            "/paths",
            params={"source": "person:idle", "target": "person:guest-00", "rel_types": "MENTIONED_IN", "max_hops": 2},
        )
    )
    assert via_article["paths"][0]["nodes"][1]["id"] == ARTICLE_ONE


def test_paths_unknown_end_is_404_and_limits_422(client):
    error(
        client.get("/paths", params={"source": "person:jacob-helberg", "target": "province:nowhere"}), 404, "not_found"
    )
    error(client.get("/paths", params={"source": "person:nobody", "target": "province:cn-gx"}), 404, "not_found")
    error(client.get("/paths", params={"source": "org:moit", "target": "org:moit"}), 422, "invalid_request")
    for params in ({"max_hops": 7}, {"max_hops": 0}, {"k": 11}, {"k": 0}):
        error(
            client.get("/paths", params={"source": "org:moit", "target": "country:cn", **params}),
            422,
            "invalid_request",
        )


# ------------------------------------------------------- agreements, provinces


def test_agreements_filters_and_evidence(client):
    body = ok(client.get("/agreements", params={"party": "org:moit", "country": "CN"}))
    assert {a["id"] for a in body["items"]} == {
        "agreement:mou-hainan",
        "agreement:mou-shandong",
        "agreement:doc-chongqing",
        "agreement:plan-guangxi",
    }
    plan = next(a for a in body["items"] if a["id"] == "agreement:plan-guangxi")
    assert plan["status"] == "in_force" and plan["topics"][0]["id"] == "topic:power_interconnection"
    assert plan["signed_at"][0]["id"] == "event:talks-guangxi"
    assert {p["entity"]["id"] for p in plan["parties"]} == {"org:moit", "province:cn-gx"}
    assert all(p["evidence"][0]["sentence"] for p in plan["parties"])
    assert body["items"][-1]["id"] == "agreement:plan-guangxi"  # undated last
    mous = ok(client.get("/agreements", params={"type": "mou", "since": "2024", "until": "2024"}))
    assert {a["id"] for a in mous["items"]} == {"agreement:mou-hainan", "agreement:mou-shandong"}
    assert ok(client.get("/agreements", params={"topic": "topic:power_interconnection"}))["total"] == 1


def test_agreements_pagination(client):
    first = ok(client.get("/agreements", params={"limit": 2}))
    rest = ok(client.get("/agreements", params={"limit": 2, "offset": 2}))
    beyond = ok(client.get("/agreements", params={"offset": 50}))
    assert first["total"] == rest["total"] == beyond["total"] == 5
    assert len(first["items"]) == 2 and beyond["items"] == []
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in rest["items"]}


@pytest.mark.parametrize(
    "params", [{"type": "treaty"}, {"status": "done"}, {"since": "last year"}, {"limit": 201}, {"offset": -1}]
)
def test_agreements_bad_parameters_are_422(client, params):
    error(client.get("/agreements", params=params), 422, "invalid_request")


def test_provinces_count_parties_through_their_government(client):
    body = ok(client.get("/provinces", params={"country": "CN", "partner": "org:moit", "agreement_type": "mou"}))
    assert [p["province"]["id"] for p in body["items"]] == ["province:cn-hi", "province:cn-sd"]
    hainan = body["items"][0]["agreements"][0]
    assert hainan["via"][0]["entity"]["id"] == "org:hainan-government"
    assert hainan["partner_evidence"][0]["sentence"]
    # Shandong's MoU names a department PART_OF MOIT: it counts for MOIT.
    assert body["items"][1]["agreements"][0]["id"] == "agreement:mou-shandong"


def test_provinces_any_type_and_other_filters(client):
    body = ok(client.get("/provinces", params={"country": "country:cn", "partner": "org:moit"}))
    by_id = {p["province"]["id"]: p["agreements"] for p in body["items"]}
    assert set(by_id) == {"province:cn-hi", "province:cn-sd", "province:cn-cq", "province:cn-gx"}
    assert by_id["province:cn-cq"][0]["status"] == "planned"
    assert by_id["province:cn-gx"][0]["status"] == "in_force"
    # Yunnan's MoU is with Việt Nam, not MOIT.
    everything = ok(client.get("/provinces", params={"country": "CN"}))
    assert "province:cn-yn" in {p["province"]["id"] for p in everything["items"]}
    assert ok(client.get("/provinces", params={"country": "VN", "partner": "org:moit"}))["items"] == []


@contextmanager
def _qn_hainan_mou(driver, test_settings, agreement_id: str, hainan_side: str) -> Iterator[None]:
    """A signed MoU of Quảng Ninh with Hainan's side (`hainan_side`: the province or its government), in the graph
    for the length of the `with` block."""
    write = """MATCH (qn {id: 'province:vn-qn'}), (side {id: $side})
               CREATE (a:Agreement {id: $id, name: 'Bản ghi nhớ Quảng Ninh – Hải Nam',
                                    title: 'Bản ghi nhớ Quảng Ninh – Hải Nam', type: 'mou', status: 'signed'})
               CREATE (qn)-[:PARTY_TO {evidence: ['Quảng Ninh ký.']}]->(a)
               CREATE (side)-[:PARTY_TO {evidence: ['Hải Nam ký.']}]->(a)"""
    driver.execute_query(write, id=agreement_id, side=hainan_side, database_=test_settings.neo4j_database)
    try:
        yield
    finally:
        driver.execute_query(
            "MATCH (a {id: $id}) DETACH DELETE a", id=agreement_id, database_=test_settings.neo4j_database
        )


def test_provinces_with_a_province_as_partner_count_its_government_and_not_the_province_itself(
    client, driver, test_settings
):
    """Quảng Ninh's MoU with Hainan's People's Government is an MoU with Hainan (as `/agreements?party=` reads it);
    Hainan, which signs through that government, is not its own partner."""
    with _qn_hainan_mou(driver, test_settings, "agreement:mou-qn-hainan", "org:hainan-government"):
        body = ok(client.get("/provinces", params={"partner": "province:cn-hi", "agreement_type": "mou"}))
        assert [p["province"]["id"] for p in body["items"]] == ["province:vn-qn"]
        assert body["items"][0]["agreements"][0]["partner_evidence"][0]["sentence"] == "Hải Nam ký."
        parties = ok(client.get("/agreements", params={"party": "province:cn-hi", "type": "mou"}))
        assert "agreement:mou-qn-hainan" in {a["id"] for a in parties["items"]}
        # ... and the other way round: with Hainan's government as partner, an MoU read as Hainan's counts.
        body = ok(client.get("/provinces", params={"partner": "org:hainan-government", "country": "VN"}))
        assert [p["province"]["id"] for p in body["items"]] == ["province:vn-qn"]
        driver.execute_query(
            "MATCH (:Organization {id: 'org:hainan-government'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:mou-qn-hainan'})"
            " MATCH (hainan {id: 'province:cn-hi'}), (a:Agreement {id: 'agreement:mou-qn-hainan'})"
            " DELETE r CREATE (hainan)-[:PARTY_TO {evidence: ['Hải Nam ký.']}]->(a)",
            database_=test_settings.neo4j_database,
        )
        body = ok(client.get("/provinces", params={"partner": "org:hainan-government", "country": "VN"}))
        assert [p["province"]["id"] for p in body["items"]] == ["province:vn-qn"]


def test_provinces_with_a_province_as_partner_count_its_departments_and_not_its_companies(
    client, driver, test_settings
):
    """Quảng Ninh's MoU with Chongqing's department of commerce is an MoU with Chongqing: a province's department
    signs for it, as Quảng Ninh's own side counts any body BASED_IN it; a company based there does not."""
    write = """MATCH (qn {id: 'province:vn-qn'}), (cq {id: 'province:cn-cq'})
               CREATE (d:Organization {id: 'org:cq-commerce', name: 'Sở Thương mại Trùng Khánh', kind: 'department'})
               CREATE (c:Organization {id: 'org:cq-company', name: 'Công ty Cảng Trùng Khánh', kind: 'company'})
               CREATE (d)-[:BASED_IN]->(cq), (c)-[:BASED_IN]->(cq)
               WITH qn, d, c
               UNWIND [['agreement:mou-qn-cq-department', d], ['agreement:mou-qn-cq-company', c]] AS pair
               WITH qn, pair[0] AS id, pair[1] AS side
               CREATE (a:Agreement {id: id, name: id, title: id, type: 'mou', status: 'signed'})
               CREATE (qn)-[:PARTY_TO {evidence: ['Quảng Ninh ký.']}]->(a)
               CREATE (side)-[:PARTY_TO {evidence: ['Trùng Khánh ký.']}]->(a)"""
    driver.execute_query(write, database_=test_settings.neo4j_database)
    try:
        body = ok(client.get("/provinces", params={"partner": "province:cn-cq", "country": "VN"}))
        assert [p["province"]["id"] for p in body["items"]] == ["province:vn-qn"]
        assert [a["id"] for a in body["items"][0]["agreements"]] == ["agreement:mou-qn-cq-department"]
    finally:
        driver.execute_query(
            "MATCH (n) WHERE n.id IN ['org:cq-commerce', 'org:cq-company', 'agreement:mou-qn-cq-department',"
            " 'agreement:mou-qn-cq-company'] DETACH DELETE n",
            database_=test_settings.neo4j_database,
        )


def test_agreements_of_a_government_include_those_of_the_province_it_governs(client, driver, test_settings):
    """Hainan's People's Government and Hainan are one side: an MoU read as Hainan's is its government's too (as
    one read as its government's is Hainan's); MOIT, which governs no place, keeps only its own."""
    with _qn_hainan_mou(driver, test_settings, "agreement:mou-qn-hainan-direct", "province:cn-hi"):
        by_government = ok(client.get("/agreements", params={"party": "org:hainan-government"}))
        by_province = ok(client.get("/agreements", params={"party": "province:cn-hi"}))
        assert {a["id"] for a in by_government["items"]} == {"agreement:mou-hainan", "agreement:mou-qn-hainan-direct"}
        assert {a["id"] for a in by_province["items"]} == {a["id"] for a in by_government["items"]}
        assert "agreement:mou-qn-hainan-direct" not in {
            a["id"] for a in ok(client.get("/agreements", params={"party": "org:moit"}))["items"]
        }


# ----------------------------------------------------- meetings, topics, articles


def test_meetings_who_met_whom(client):
    body = ok(client.get("/officials/person:nguyen-hong-dien/meetings"))
    assert body["total"] == 2
    assert [m["event"]["id"] for m in body["items"]] == ["event:meeting-helberg", "event:talks-guangxi"]
    talks = body["items"][1]
    assert talks["officials"][0]["entity"]["id"] == "person:tran-cuong"
    assert talks["officials"][0]["positions"] == [
        {"title": "Bí thư Khu ủy", "at": {"id": "province:cn-gx", "name": "Quảng Tây", "labels": ["Province"]}}
    ]
    assert talks["delegations"][0]["entity"]["id"] == "province:cn-gx"
    assert talks["places"][0]["id"] == "org:moit"
    assert {t["id"] for t in talks["topics"]} == {"topic:ai", "topic:power_interconnection"}
    assert talks["agreements"][0]["id"] == "agreement:plan-guangxi"
    assert talks["evidence"][0]["article_id"] == ARTICLE_TWO


def test_meetings_empty_paged_and_unknown(client):
    assert ok(client.get("/officials/person:idle/meetings"))["items"] == []
    page = ok(client.get("/officials/person:hub/meetings", params={"limit": 7, "offset": 28}))
    assert page["total"] == HUB_SIZE and len(page["items"]) == 2
    error(client.get("/officials/person:nobody/meetings"), 404, "not_found")


def test_topic_partners(client):
    # Each side stands for its jurisdiction, and a province's talks and plan are the province's, not also its
    # country's (the seed gold's q4/q5: AI was discussed with Guangxi and the United States, not with China).
    body = ok(client.get("/topics/topic:power_interconnection/partners"))
    assert {p["partner"]["id"] for p in body["items"]} == {"province:cn-gx"}
    gx = next(p for p in body["items"] if p["partner"]["id"] == "province:cn-gx")
    assert {v["id"] for v in gx["via"]} == {"event:talks-guangxi", "agreement:plan-guangxi"}
    assert gx["country"] == "CN"
    ai = ok(client.get("/topics/topic:ai/partners"))
    assert {p["partner"]["id"] for p in ai["items"]} == {"country:us", "province:cn-gx"}
    error(client.get("/topics/topic:nope/partners"), 404, "not_found")
    error(client.get("/topics/topic:ai/partners", params={"partner": "org:nope"}), 404, "not_found")


def test_article_and_its_facts(client):
    body = ok(client.get(f"/articles/{ARTICLE_TWO}"))
    assert body["title"] == "Hội đàm với Quảng Tây" and "text" not in body
    facts = {(f["type"], f["source"]["id"], f["target"]["id"]) for f in body["facts"]}
    assert ("HOLDS_POSITION", "person:tran-cuong", "province:cn-gx") in facts
    assert ("ATTENDED", "person:nguyen-hong-dien", "event:talks-guangxi") in facts
    assert ("ATTENDED", "person:nguyen-hong-dien", "event:meeting-helberg") not in facts
    assert all(e["article_id"] == ARTICLE_TWO for f in body["facts"] for e in f["evidence"])
    # the article names every end of its facts (the writer's invariant; api_fixtures adds those mentions)
    assert {m["entity"]["id"] for m in body["mentions"]} == {
        "person:tran-cuong",
        "event:talks-guangxi",
        "person:nguyen-hong-dien",
        "province:cn-gx",
        "org:moit",
        "agreement:plan-guangxi",
        "topic:ai",
        "topic:power_interconnection",
    }
    about = ok(client.get(f"/articles/{ARTICLE_ONE}"))
    assert ("ABOUT", ARTICLE_ONE, "topic:ai") in {
        (f["type"], f["source"]["id"], f["target"]["id"]) for f in about["facts"]
    }
    error(client.get("/articles/article:0000000000000000"), 404, "not_found")


# ----------------------------------------------------------------------- export


def test_export_graphml_reads_in_networkx(client):
    response = client.get("/export", params={"root": "province:cn-gx", "depth": 2, "format": "graphml"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/graphml+xml")
    graph = nx.read_graphml(io.BytesIO(response.content))
    as_json = ok(client.get("/export", params={"root": "province:cn-gx", "depth": 2}))
    assert set(graph.nodes) == {n["id"] for n in as_json["nodes"]}
    assert graph.number_of_edges() == len(as_json["edges"])
    assert graph.nodes["province:cn-gx"]["name"] == "Quảng Tây"
    assert graph.nodes["province:cn-gx"]["labels"] == "Province"
    edge = next(data for _, target, data in graph.edges(data=True) if target == "country:cn")
    assert edge["type"] == "IN_COUNTRY" and edge["evidence"] == "Quảng Tây (Trung Quốc)."


def test_export_whole_graph_is_capped(client):
    body = ok(client.get("/export", params={"limit": 5}))
    assert len(body["nodes"]) == 5 and body["truncated"] is True
    whole = ok(client.get("/export", params={"limit": 5000, "labels": "Province,Country"}))
    assert len(whole["nodes"]) == 9 and whole["truncated"] is False
    assert {e["type"] for e in whole["edges"]} == {"IN_COUNTRY"}
    graph = nx.read_graphml(io.BytesIO(client.get("/export", params={"format": "graphml"}).content))
    assert graph.number_of_nodes() == len(ok(client.get("/export"))["nodes"])
    error(client.get("/export", params={"format": "gexf"}), 422, "invalid_request")


# ----------------------------------------------------------- cross-cutting


def test_request_id_is_echoed_or_generated(client):
    assert client.get("/health", headers={"X-Request-ID": "trace-42"}).headers["x-request-id"] == "trace-42"
    generated = client.get("/health").headers["x-request-id"]
    assert len(generated) == 32
    assert (
        client.get("/health", headers={"X-Request-ID": "bad id\twith spaces"}).headers["x-request-id"]
        != "bad id\twith spaces"
    )
    assert client.get("/entities/person:nobody", headers={"X-Request-ID": "e-1"}).headers["x-request-id"] == "e-1"


def test_access_log_has_method_path_status_and_id(client, caplog):
    with caplog.at_level("INFO", logger="edkg.api.access"):
        client.get("/entities/org:moit", headers={"X-Request-ID": "log-1"})
    line = next(r.getMessage() for r in caplog.records if r.name == "edkg.api.access")
    assert line.startswith("GET /entities/org:moit 200 ") and line.endswith("request_id=log-1")


def test_cors_follows_settings(driver, test_settings):
    allowed = test_settings.model_copy(update={"cors_origins": ["http://localhost:3000"]})
    with TestClient(create_app(allowed)) as cors_client:
        response = cors_client.get("/health", headers={"Origin": "http://localhost:3000"})
        assert response.headers["access-control-allow-origin"] == "http://localhost:3000"
        other = cors_client.get("/health", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    with TestClient(create_app(test_settings)) as plain_client:
        assert (
            "access-control-allow-origin"
            not in plain_client.get("/health", headers={"Origin": "http://localhost:3000"}).headers
        )


def test_unknown_route_and_method_use_the_error_shape(client):
    error(client.get("/nowhere"), 404, "not_found")
    error(client.post("/health"), 405, "method_not_allowed")
