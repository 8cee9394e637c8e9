"""The API's contract without a database: Cypher vocabulary, query building, OpenAPI."""

from __future__ import annotations

import re
from importlib import resources

import pytest

import cypher
from api.main import create_app
from api.queries import text, with_literals, with_types
from api.search import escape, lucene_query, variants
from graph import model
from tests.conftest import make_test_settings

API_QUERIES = sorted(
    p.name[: -len(".cypher")] for p in resources.files(cypher).joinpath("api").iterdir() if p.name.endswith(".cypher")
)


def code_of(name: str) -> str:
    """The query without its comment lines."""
    return "\n".join(line for line in text(name).splitlines() if not line.lstrip().startswith("//"))


def test_stats_query_lists_every_label_and_type_of_the_model():
    code = code_of("stats")
    assert re.findall(r"(\w+): COUNT \{ \(:(\w+)\) \}", code) == [(label, label) for label in model.NODE_LABELS]
    assert re.findall(r"(\w+): COUNT \{ \(\)-\[:(\w+)\]->\(\) \}", code) == [
        (rel_type, rel_type) for rel_type in model.ALL_RELATIONSHIP_TYPES
    ]


def test_entity_degree_map_covers_every_relationship_type():
    degree = re.findall(r"(\w+): COUNT \{ \(n\)-\[:(\w+)\]-\(\) \}", code_of("entity"))
    assert [key for key, _ in degree] == [rel for _, rel in degree] == list(model.ALL_RELATIONSHIP_TYPES)


@pytest.mark.parametrize("name", API_QUERIES)
def test_queries_use_only_the_models_labels_and_types(name):
    code = code_of(name)
    for group in re.findall(r"\w?:!?([A-Z][A-Za-z_]*(?:\|[A-Z][A-Za-z_]*)*)", code):
        for name_ in group.split("|"):
            if name_.isupper():
                assert name_ in model.ALL_RELATIONSHIP_TYPES, (name, name_)
            else:
                assert name_ in model.NODE_LABELS, (name, name_)
    assert "$" in code or name in ("health", "stats"), "every query but the counts takes parameters"


def test_queries_are_read_only():
    for name in API_QUERIES:
        assert not re.search(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP)\b", code_of(name)), name


def test_with_literals_puts_only_ints():
    query = "MATCH p = SHORTEST /*k*/3 (a)--{1, /*max_hops*/4}(b)"
    assert with_literals(query, k=5, max_hops=2) == "MATCH p = SHORTEST /*k*/5 (a)--{1, /*max_hops*/2}(b)"
    for bad in ("5", 5.0, True, "1} (x) DETACH DELETE x //"):
        with pytest.raises(TypeError):
            with_literals(query, k=bad, max_hops=2)
    with pytest.raises(KeyError):
        with_literals(query, k=1)
    assert "/*k*/" in text("paths") and "/*max_hops*/" in text("paths")


def test_with_types_puts_only_the_models_types():
    query = "MATCH (a)-[r:/*rel_types*/PARTY_TO|ABOUT]-(b)"
    assert with_types(query, ["ATTENDED", "MENTIONED_IN"]) == "MATCH (a)-[r:/*rel_types*/ATTENDED|MENTIONED_IN]-(b)"
    for bad in (["KNOWS"], ["ATTENDED]-() DETACH DELETE a //"], []):
        with pytest.raises(ValueError):
            with_types(query, bad)
    for name in ("neighbourhood_step", "paths", "export_graph"):
        assert "/*rel_types*/" + "|".join(model.RELATIONSHIP_TYPES) in text(name), name


def test_lucene_query_folds_escapes_and_ands():
    assert lucene_query("Quảng Tây") == "quang AND (tay OR tay*)"
    assert lucene_query("MOIT") == "(moit OR moit*)"
    assert lucene_query("Hà Vĩ") == "ha AND (vi)"
    assert lucene_query("Đỗ Hùng Việt") == "do AND hung AND (viet OR viet*)"
    assert lucene_query("AND OR NOT") == "and AND or AND (not OR not*)"
    assert lucene_query('"*:*" ~ ( ) \\') is None
    assert (
        escape('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')
        == 'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t'
    )
    assert variants("  Quảng Tây ") == ["quang tay", "quảng tây"]


def test_openapi_documents_every_route():
    spec = create_app(make_test_settings()).openapi()
    tags = {tag["name"] for tag in spec["tags"]}
    expected = {
        "/health",
        "/stats",
        "/entities",
        "/entities/{entity_id}",
        "/entities/{entity_id}/neighbourhood",
        "/paths",
        "/agreements",
        "/provinces",
        "/officials/{official_id}/meetings",
        "/topics/{topic_id}/partners",
        "/articles/{article_id}",
        "/export",
        "/articles",
        "/sources",
        "/suggest",
        "/entities/{entity_id}/timeline",
        "/timeline",
        "/articles/{article_id}/text",
        "/analytics/partners",
    }  # the explorer's (api/routes/explore.py)
    assert set(spec["paths"]) == expected
    assert set(spec["paths"]["/articles"]) == {"post"}  # the one write route (tests/test_api_security.py)
    for path, operations in spec["paths"].items():
        if path == "/articles":
            assert set(spec["paths"][path]["post"]["tags"]) <= tags
            continue
        assert set(operations) == {"get"}, path
        operation = operations["get"]
        assert operation["tags"] and set(operation["tags"]) <= tags, path
        assert operation["summary"] and operation["description"], path
        assert "$ref" in str(operation["responses"]["200"]), path
        for status in ("404", "422", "503"):
            assert operation["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith(
                "/ErrorResponse"
            ), (path, status)
        for parameter in operation.get("parameters", []):
            if parameter["name"] in (
                "q",
                "source",
                "target",
                "entity_id",
                "official_id",
                "topic_id",
                "country",
                "partner",
                "rel_types",
                "labels",
            ):
                assert parameter["schema"].get("examples") or parameter.get("examples") or parameter.get("example"), (
                    path,
                    parameter["name"],
                )
