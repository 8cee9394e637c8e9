"""Loading the sample corpus through the real extractor into the real server.

These depend on `loaders.pipeline.Extractor` (another stage of the project):
if it is missing or does not find the facts, they fail (never skip).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cypher
from graph.loading import Loader
from graph.unload import unload_articles
from tests.conftest import CORPUS
from tests.test_load_fixtures import counts, dump

pytestmark = pytest.mark.neo4j

DB = "neo4j"


def _load(driver, *paths):
    from loaders.pipeline import Extractor

    return Loader(driver, DB, Extractor()).load(list(paths))


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A private copy of data/corpus (tests edit it)."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def _article_ids(driver) -> list[str]:
    return sorted(r["id"] for r in driver.execute_query("MATCH (a:Article) RETURN a.id AS id")[0])


def test_loading_the_corpus_twice_gives_the_same_graph(empty_graph, corpus):
    first = _load(empty_graph, corpus)
    assert not first.failures
    assert len(_article_ids(empty_graph)) == 5
    before, sizes = dump(empty_graph), counts(empty_graph)
    second = _load(empty_graph, corpus)
    assert second.stats.articles_new == 0 and second.stats.articles_changed == 0
    assert second.stats.articles_unchanged == first.stats.articles_new
    assert (second.stats.nodes_created, second.stats.relationships_created) == (0, 0)
    assert counts(empty_graph) == sizes
    assert dump(empty_graph) == before


def test_duplicates_add_nothing(empty_graph, corpus, tmp_path):
    _load(empty_graph, corpus)
    before = dump(empty_graph)
    extra = tmp_path / "extra"
    extra.mkdir()
    files = sorted(corpus.iterdir())
    glued = files[1].read_text(encoding="utf-8") + "\n\n" + files[3].read_text(encoding="utf-8")
    (extra / "glued.txt").write_text(glued, encoding="utf-8")
    shutil.copy(files[2], extra / "copy-under-another-name.txt")
    report = _load(empty_graph, extra)
    assert not report.failures
    assert report.stats.articles_new == 0 and report.stats.articles_changed == 0
    assert report.stats.articles_duplicate + report.stats.articles_unchanged >= 3
    assert dump(empty_graph) == before


def test_editing_an_article_replaces_exactly_its_contribution(empty_graph, corpus, tmp_path):
    _load(empty_graph, corpus)
    target = sorted(corpus.iterdir())[4]  # the Guangxi talks
    text = target.read_text(encoding="utf-8")
    edited = text.replace("Quảng Tây", "Vân Nam")
    assert edited != text
    target.write_text(edited, encoding="utf-8")
    report = _load(empty_graph, corpus)
    assert report.stats.articles_changed == 1 and report.stats.articles_unchanged == 4
    assert len(_article_ids(empty_graph)) == 5
    replaced = dump(empty_graph)
    empty_graph.execute_query("MATCH (n) DETACH DELETE n")
    _load(empty_graph, corpus)  # the edited corpus from scratch
    assert dump(empty_graph) == replaced  # facts, provenance and the entities' properties


def test_unload_then_reload_restores_the_graph(empty_graph, corpus):
    _load(empty_graph, corpus)
    before = dump(empty_graph)
    ids = _article_ids(empty_graph)
    found, stats = unload_articles(empty_graph, DB, ids[:2])
    assert sorted(found) == ids[:2] and stats.nodes_deleted >= 2
    assert len(_article_ids(empty_graph)) == 3
    report = _load(empty_graph, corpus)
    assert report.stats.articles_new == 2
    assert dump(empty_graph) == before


def test_canonical_question_over_the_loaded_corpus(empty_graph, corpus):
    _load(empty_graph, corpus)
    mou = cypher.saved_query("mou_partners")
    rows = empty_graph.execute_query(mou.text, country="CN", partner="org:moit", type="mou")[0]
    assert sorted({r["province_id"] for r in rows}) == ["province:cn-hi", "province:cn-sd"]
    for r in rows:
        assert r["type"] == "mou" and r["status"] and r["evidence"] and r["agreement"]
    docs = cypher.saved_query("cooperation_documents")
    rows = empty_graph.execute_query(docs.text, country="CN", partner="org:moit")[0]
    by_province = {}
    for r in rows:
        by_province.setdefault(r["province_id"], []).append((r["type"], r["status"]))
    assert sorted(by_province) == ["province:cn-cq", "province:cn-gx", "province:cn-hi", "province:cn-sd"]
    assert any(status == "planned" for _, status in by_province["province:cn-cq"])
    assert any(kind == "action_plan" for kind, _ in by_province["province:cn-gx"])


def test_cli_load_names_failed_files_and_exits_non_zero(empty_graph, corpus, test_settings, monkeypatch):
    from core.settings import get_settings
    from edkg.cli import app

    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 50)
    for key, value in (
        ("NEO4J_URI", test_settings.neo4j_uri),
        ("NEO4J_HOME", str(test_settings.neo4j_home)),
        ("NEO4J_BOLT_PORT", str(test_settings.neo4j_bolt_port)),
    ):
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["load", str(corpus), "--quiet"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1, result.output
    assert "broken.txt" in result.output and "failed" in result.output
    assert len(_article_ids(empty_graph)) == 5


def test_cli_unload_removes_an_article(empty_graph, corpus, test_settings, monkeypatch):
    from core.settings import get_settings
    from edkg.cli import app

    _load(empty_graph, corpus)
    victim = _article_ids(empty_graph)[0]
    for key, value in (
        ("NEO4J_URI", test_settings.neo4j_uri),
        ("NEO4J_HOME", str(test_settings.neo4j_home)),
        ("NEO4J_BOLT_PORT", str(test_settings.neo4j_bolt_port)),
    ):
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["unload", victim, "article:0000000000000000"])
        missing_only = CliRunner().invoke(app, ["unload", "article:0000000000000000"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "unloaded 1 article" in result.output and "not loaded: article:0000000000000000" in result.output
    assert missing_only.exit_code == 1
    assert victim not in _article_ids(empty_graph) and len(_article_ids(empty_graph)) == 4
