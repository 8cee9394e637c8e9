"""Every saved query of cypher/queries/ runs on the sample corpus and answers what its header says.

The graph is the one `edkg load data/corpus` builds (the real extractor and
writer); the expected names are those of the hand-made gold
(shared/eval/gold_seeds.json: questions q1-q5).
"""

from __future__ import annotations

import re

import pytest
from neo4j import Driver
from typer.testing import CliRunner

import cypher
from core.settings import Settings
from graph import model
from graph.saved_queries import param_defaults, run_saved_query

pytestmark = pytest.mark.neo4j

MY_QUERIES = {
    "minister_meetings",
    "topic_partners",
    "neighbourhood",
    "shortest_path",
    "fact_provenance",
    "province_agreements",
    "mou_partners_graph",
}


def _run(driver: Driver, settings: Settings, name: str, **params):
    return run_saved_query(driver, name, params, settings.neo4j_database)


def _column(result, key: str) -> list:
    return [record[key] for record in result.records]


# ----------------------------------------------------------------- headers
@pytest.mark.parametrize("name", cypher.saved_query_names())
def test_header_documents_title_answer_and_every_parameter_with_a_default(name):
    query = cypher.saved_query(name)
    body_params = set(
        re.findall(
            r"\$(\w+)", "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("//"))
        )
    )
    assert query.title and query.title != name
    assert query.answers
    assert body_params == set(query.params), f"{name}: parameters used {body_params}, documented {set(query.params)}"
    assert all(value for value in param_defaults(query).values()), f"{name}: a parameter has no default"


def test_my_saved_queries_are_all_there():
    assert set(cypher.saved_query_names()) >= MY_QUERIES


def test_shortest_path_follows_exactly_the_fact_types_of_the_model():
    types = re.search(r"\[:([A-Z_|]+)\*", cypher.saved_query("shortest_path").text).group(1).split("|")
    assert sorted(types) == sorted(model.RELATIONSHIP_TYPES)


# ----------------------------------------------------------------- answers
def test_mou_partners_are_hainan_and_shandong(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "mou_partners")
    assert set(_column(result, "province")) == {"Hải Nam", "Sơn Đông"}
    assert set(_column(result, "type")) == {"mou"}


def test_mou_partners_graph_draws_the_same_answer(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "mou_partners_graph")
    provinces = {
        node["name"] for record in result.records for node in record["path"].nodes if "Province" in node.labels
    }
    assert provinces == {"Hải Nam", "Sơn Đông"}
    for record in result.records:
        path = record["path"]
        assert path.start_node["id"] == "org:moit" and path.end_node["iso2"] == "CN"
        assert [rel.type for rel in path.relationships] == ["PARTY_TO", "PARTY_TO", "IN_COUNTRY"]


def test_cooperation_documents_cover_every_chinese_partner_province(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "cooperation_documents")
    assert set(_column(result, "province")) == {"Hải Nam", "Sơn Đông", "Trùng Khánh", "Quảng Tây"}


def test_minister_meetings_lists_the_foreign_officials_he_met(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "minister_meetings")
    officials = set(_column(result, "official"))
    assert {"Alejandro Negrin Muñoz", "Jacob Helberg", "Trần Cương", "Hà Vĩ"} <= officials
    assert "Nguyễn Hồng Diên" not in officials
    by_name = {record["official"]: record for record in result.records}
    assert "Hoa Kỳ" in by_name["Jacob Helberg"]["countries"]
    assert by_name["Trần Cương"]["date"] == "2025-02-19"


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("topic:power_interconnection", {"Trung Quốc", "Quảng Tây"}),
        ("topic:ai", {"Hoa Kỳ", "Quảng Tây"}),
    ],
)
def test_topic_partners_names_the_foreign_partners(sample_graph, test_settings, topic, expected):
    result = _run(sample_graph, test_settings, "topic_partners", topic=topic)
    partners = set(_column(result, "partner"))
    assert expected <= partners
    assert not {"Việt Nam", "Bộ Công Thương"} & partners, "our own side is not a partner"
    assert all(record["through"] for record in result.records)


def test_topic_partners_defaults_to_power_interconnection_with_moit(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "topic_partners")
    assert result.params == {"topic": "topic:power_interconnection", "partner": "org:moit"}
    assert {"Trung Quốc", "Quảng Tây"} <= set(_column(result, "partner"))


def test_neighbourhood_lists_facts_both_ways_without_provenance_links(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "neighbourhood", id="province:cn-gx")
    rows = {(record["relationship"], record["neighbour"], record["outgoing"]) for record in result.records}
    assert ("IN_COUNTRY", "Trung Quốc", True) in rows
    assert any(rel == "PARTY_TO" and out for rel, _, out in rows)
    assert any(not out for _, _, out in rows), "incoming facts (e.g. BASED_IN) are part of the neighbourhood"
    assert "MENTIONED_IN" not in {rel for rel, _, _ in rows}
    for record in result.records:
        assert len(record["path"]) == 1 and record["path"].start_node["id"] == "province:cn-gx"
        assert record["articles"] >= 1


def test_shortest_path_connects_the_minister_to_shandong(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "shortest_path")
    assert len(result.records) == 1
    record = result.records[0]
    path = record["path"]
    assert path.start_node["id"] == "person:nguyen-hong-dien" and path.end_node["id"] == "province:cn-sd"
    assert record["via"][0] == "Nguyễn Hồng Diên" and record["via"][-1] == "Sơn Đông"
    assert record["hops"] == len(record["relationships"]) == len(path)
    assert 1 <= record["hops"] <= 3, "minister -HOLDS_POSITION-> MOIT -PARTY_TO-> MoU <-PARTY_TO- Shandong is 3 hops"
    assert set(record["relationships"]) <= set(model.RELATIONSHIP_TYPES)


def test_fact_provenance_points_at_the_evidence_sentences_in_their_articles(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "fact_provenance")
    assert result.records, "the minister's post at MOIT has evidence"
    for record in result.records:
        assert record["relationship"] == "HOLDS_POSITION" and record["target"] == "Bộ Công Thương"
        assert record["article_id"].startswith("article:") and record["article"]
        assert record["text_at_span"] == record["sentence"], "the offsets locate the sentence in the article text"
        assert "Nguyễn Hồng Diên" in record["sentence"]


def test_fact_provenance_of_a_shandong_mou(sample_graph, test_settings):
    mou = _run(sample_graph, test_settings, "mou_partners").records
    shandong = next(record for record in mou if record["province"] == "Sơn Đông")
    result = _run(
        sample_graph,
        test_settings,
        "fact_provenance",
        source="province:cn-sd",
        type="PARTY_TO",
        target=shandong["agreement_id"],
    )
    assert result.records
    assert all(record["text_at_span"] == record["sentence"] for record in result.records)
    assert any("Sơn Đông" in record["sentence"] for record in result.records)


def test_province_agreements_lists_each_chinese_provinces_documents(sample_graph, test_settings):
    result = _run(sample_graph, test_settings, "province_agreements")
    pairs = {(record["province"], record["type"]) for record in result.records}
    assert {
        ("Hải Nam", "mou"),
        ("Sơn Đông", "mou"),
        ("Quảng Tây", "action_plan"),
        ("Trùng Khánh", "agreement"),
    } <= pairs
    assert all(record["province_id"].startswith("province:cn-") for record in result.records)
    shandong = [record for record in result.records if record["province"] == "Sơn Đông"]
    assert all("Bộ Công Thương" in record["parties"] for record in shandong)


# ------------------------------------------------------------------- CLI
@pytest.fixture
def cli_env(monkeypatch, test_settings: Settings):
    """`edkg` reads the environment: point it at the test server."""
    from core.settings import get_settings

    for key, value in {
        "NEO4J_URI": test_settings.neo4j_uri,
        "NEO4J_HOME": str(test_settings.neo4j_home),
        "NEO4J_BOLT_PORT": str(test_settings.neo4j_bolt_port),
        "NEO4J_HTTP_PORT": str(test_settings.neo4j_http_port),
        "API_PORT": "8123",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_cli_lists_the_saved_queries(cli_env):
    from edkg.cli import app

    result = CliRunner().invoke(app, ["query", "--list"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for name in cypher.saved_query_names():
        assert name in result.output


def test_cli_runs_a_saved_query_with_a_parameter(sample_graph, cli_env):
    from edkg.cli import app

    result = CliRunner().invoke(app, ["query", "topic_partners", "--param", "topic=topic:ai"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "Hoa Kỳ" in result.output and "Quảng Tây" in result.output
    assert "topic=topic:ai" in result.output


def test_cli_rejects_an_unknown_parameter(cli_env):
    from core.errors import ConfigurationError
    from edkg.cli import app

    result = CliRunner().invoke(app, ["query", "minister_meetings", "--param", "nobody=x"])
    assert isinstance(result.exception, ConfigurationError)
    assert "no parameter nobody" in str(result.exception)


def test_cli_browser_prints_the_urls_and_commands(cli_env):
    from edkg.cli import app

    result = CliRunner().invoke(app, ["browser"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/browser/guide.html" in result.output
    assert ":play http://127.0.0.1:8123/browser/guide.html" in result.output
    assert ":style http://127.0.0.1:8123/browser/style.grass" in result.output
