"""`edkg load --bulk` (graph/bulk.py) against the real test server: the graph `neo4j-admin database import` makes
is the graph the transactional writer makes, and stays an ordinary graph afterwards.

Each bulk import stops the test server, imports and starts it again (about half a minute here), so the tests
are few and each asks much of one import. After an import the database's transaction ids start again from a
few; a long-lived driver (the session's) still holds bookmarks of the emptied database and would wait for them
(`_forget_bookmarks`), which is why the README tells to restart clients such as `edkg serve` after a bulk load.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from neo4j import Driver

from core.errors import ProvisioningError
from graph import bulk as bulk_module
from graph import bulk_files
from graph.bulk import BulkRefusedError, bulk_load, bulk_write
from graph.bulk_files import BulkFormatError, Table, format_value
from graph.driver import open_driver
from graph.loading import Loader
from graph.local_server import LocalNeo4j
from graph.unload import unload_articles
from graph.writer import GraphWriter
from loaders.pipeline import Extractor
from loaders.synth import generate
from tests.conftest import SHARED, make_test_settings, wipe
from tests.reliability_helpers import run_edkg
from tests.test_load_fixtures import dump, make_article

pytestmark = pytest.mark.neo4j

DB = "neo4j"
SMALL_SERVER = {"NEO4J_HEAP": "1g", "NEO4J_PAGECACHE": "512m"}
"""A server the command restarts keeps the test sizes (conftest), not the 2 GiB defaults."""
SEED = 15
BATCH = 100
"""Articles per batch in both paths: a few hundred articles make several batches, so the rules that merge a
batch into what earlier batches wrote are exercised, not only the merging inside one batch."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """Three hundred synthetic articles plus the shared sample corpus when present; and twenty more to add."""
    root = tmp_path_factory.mktemp("bulk")
    list(generate(root / "synth", 300, SEED))
    list(generate(root / "more", 20, SEED, start=300))
    paths = [str(root / "synth")]
    if (SHARED / "corpus").is_dir():
        paths.append(str(SHARED / "corpus"))
    return paths, root / "more"


def _forget_bookmarks(driver: Driver) -> None:
    """Point the session driver's bookmarks at the new database (see the module docstring)."""
    with driver.session(database=DB) as session:
        session.run("RETURN 1").consume()
        fresh = session.last_bookmarks().raw_values
    manager = driver.execute_query_bookmark_manager
    manager.update_bookmarks(manager.get_bookmarks(), fresh)


def _transactional(driver: Driver, paths: list[str]) -> None:
    Loader(driver, DB, Extractor(), writer=GraphWriter(driver, DB, batch_articles=BATCH)).load(paths)


def _article_ids(driver: Driver) -> list[str]:
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.id AS id ORDER BY id", database_=DB)
    return [r["id"] for r in records]


def test_bulk_load_makes_the_transactional_graph_which_then_loads_and_unloads_as_usual(
    empty_graph, test_settings, corpus, monkeypatch
):
    paths, more = corpus
    # The empty-list rows spilled to files past a few (a million articles' would not fit), and sent in small
    # chunks: the graph must be the same.
    monkeypatch.setattr(bulk_files, "EMPTY_LISTS_IN_MEMORY", 25)
    monkeypatch.setattr(bulk_module, "FIXUP_ROWS", 7)
    server = LocalNeo4j(test_settings)
    result = bulk_load(test_settings, paths, batch_articles=BATCH, fold_jobs=2, partitions=3)
    assert server.pid() is not None  # started again after the import
    assert not list(server.home.glob(".edkg-bulk-*"))  # the import files are gone
    _forget_bookmarks(empty_graph)
    stats = result.load.stats
    assert stats.articles_new >= 300 and stats.articles_failed == 0 and not result.load.failures
    with open_driver(test_settings) as fresh:
        bulk = dump(fresh)
        ids = _article_ids(fresh)
        assert len(ids) == stats.articles_new
        assert result.nodes == len(bulk[0]) and result.relationships == len(bulk[1])
        # the schema is there (an index the search needs, the writer's lock constraint) and online
        names = {r["name"] for r in fresh.execute_query("SHOW INDEXES YIELD name", database_=DB)[0]}
        assert {"entity_search", "article_key", "article_id", "write_lock_name"} <= names
        # then an incremental load and an unload, through the ordinary writer
        gone = ids[len(ids) // 2]
        after_load = Loader(fresh, DB, Extractor(), writer=GraphWriter(fresh, DB, batch_articles=BATCH)).load([more])
        unloaded, _ = unload_articles(fresh, DB, [gone])
        assert unloaded == [gone] and after_load.stats.articles_new > 0
        bulk_after = dump(fresh)

    wipe(empty_graph)
    _transactional(empty_graph, paths)
    assert dump(empty_graph) == bulk  # node for node, property for property (evidence, counts, aliases …)
    again = Loader(empty_graph, DB, Extractor(), writer=GraphWriter(empty_graph, DB, batch_articles=BATCH)).load([more])
    unload_articles(empty_graph, DB, [gone])
    assert again.stats == after_load.stats  # the same outcomes and changes on either graph
    assert dump(empty_graph) == bulk_after


def test_bulk_replays_the_batches_of_the_writer(empty_graph, test_settings):
    """A value read before the node's last date is not taken in a later batch (update_entities.cypher): with
    batches [1, 2] and [3], article 3's `kind` loses to article 1's, although within one batch it would win."""

    def article(n: int, date: str, name: str, props: dict[str, str]):
        return make_article(
            f"Bài {n}: {name} họp.\nNội dung {n}.",
            source=f"b{n}.txt",
            date=date,
            entities=[("org:alpha", "Organization", name, props), ("country:vn", "Country", "Việt Nam")],
            facts=[("BASED_IN", "org:alpha", "country:vn", props)],
        )

    articles = [
        article(1, "2025-01-01", "Tổ chức Ánh", {"kind": "a"}),
        article(2, "2025-03-01", "Tổ chức Bình", {}),
        article(3, "2025-02-01", "Tổ chức Cường", {"kind": "b"}),
    ]
    writer = GraphWriter(empty_graph, DB, batch_articles=2)
    for batch in writer.batches(articles):
        writer.write(batch)
    expected = dump(empty_graph)
    kind = empty_graph.execute_query("MATCH (n {id: 'org:alpha'}) RETURN n.kind AS k", database_=DB)[0][0]["k"]
    assert kind == "a"
    wipe(empty_graph)

    # An index of the empty database that is not the project's is made again after the import (the project's own,
    # already made by the schema, are not sent twice: `_not_there`).
    empty_graph.execute_query(
        "CREATE INDEX `bulk test ``extra``` IF NOT EXISTS FOR (n:Topic) ON (n.kind)", database_=DB
    )
    try:
        bulk_write(test_settings, articles, batch_articles=2)
        _forget_bookmarks(empty_graph)
        with open_driver(test_settings) as fresh:
            assert dump(fresh) == expected
            names = {r["name"] for r in fresh.execute_query("SHOW INDEXES YIELD name", database_=DB)[0]}
            assert {"bulk test `extra`", "article_id", "entity_search"} <= names
            assert bulk_module._not_there(fresh, DB, bulk_module._schema_statements(fresh, DB)) == []
    finally:
        with open_driver(test_settings) as fresh:
            fresh.execute_query("DROP INDEX `bulk test ``extra``` IF EXISTS", database_=DB)
        _forget_bookmarks(empty_graph)


def test_a_failed_import_leaves_the_empty_database_with_its_indexes(empty_graph, test_settings, tmp_path, monkeypatch):
    """The import tool stops half-way (a relationship to no node, after the nodes are written): the database is
    empty again, holds the indexes and constraints it had (one of them not the project's), and takes writes."""
    articles = [
        make_article(
            f"Bài {n}: Tổ chức Ánh họp.\nNội dung {n}.",
            source=f"f{n}.txt",
            entities=[("org:alpha", "Organization", "Tổ chức Ánh"), ("country:vn", "Country", "Việt Nam")],
            facts=[("BASED_IN", "org:alpha", "country:vn")],
        )
        for n in (1, 2)
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text(":START_ID,:END_ID\nnowhere:1,nowhere:2\n", encoding="utf-8")
    arguments = bulk_module.import_arguments
    monkeypatch.setattr(bulk_module, "import_arguments", lambda *a: [*arguments(*a), f"--relationships=BROKEN={bad}"])
    empty_graph.execute_query("CREATE INDEX bulk_test_extra IF NOT EXISTS FOR (n:Topic) ON (n.kind)", database_=DB)
    try:
        with pytest.raises(ProvisioningError, match=r"import failed \(the database is empty again"):
            bulk_write(test_settings, articles)
        assert LocalNeo4j(test_settings).pid() is not None  # running again
        with open_driver(test_settings) as fresh:
            assert dump(fresh) == ([], [])
            names = {r["name"] for r in fresh.execute_query("SHOW INDEXES YIELD name", database_=DB)[0]}
            assert {"bulk_test_extra", "article_id", "entity_search", "write_lock_name"} <= names
            writer = GraphWriter(fresh, DB)
            for batch in writer.batches(articles):
                writer.write(batch)
            assert _article_ids(fresh) == sorted(a.id for a in articles)
    finally:
        with open_driver(test_settings) as fresh:
            fresh.execute_query("DROP INDEX bulk_test_extra IF EXISTS", database_=DB)
        _forget_bookmarks(empty_graph)


def test_bulk_refuses_a_database_that_is_not_empty(empty_graph, test_settings, corpus):
    paths, more = corpus
    _transactional(empty_graph, [more])
    before = dump(empty_graph)
    server = LocalNeo4j(test_settings)
    pid = server.pid()
    with pytest.raises(BulkRefusedError, match=r"fills an empty database only.*holds [0-9,]+ nodes.*without --bulk"):
        bulk_load(test_settings, paths)
    proc = run_edkg(["load", "--bulk", *paths, "--quiet"], test_settings, env=SMALL_SERVER)
    assert proc.returncode == 1
    assert "fills an empty database only" in proc.stderr and "Nothing was changed" in proc.stderr, proc.stderr
    assert server.pid() == pid  # never stopped
    assert dump(empty_graph) == before


def test_bulk_refuses_a_second_version_of_an_article(empty_graph, test_settings, tmp_path):
    """Two files of the same name (the same key `file:<name>#1`) with other texts: the writer would replace the
    first version by the second, an import cannot; refused before the server is touched."""
    for folder, text in (("a", "Bộ Công Thương họp với tỉnh Hải Nam."), ("b", "Bộ Công Thương họp với tỉnh Sơn Đông.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"{text}\nNội dung.\n", encoding="utf-8")
    server = LocalNeo4j(test_settings)
    pid = server.pid()
    with pytest.raises(BulkRefusedError, match=r"another version.*without --bulk"):
        bulk_load(test_settings, [str(tmp_path / "a"), str(tmp_path / "b")])
    assert server.pid() == pid
    assert dump(empty_graph) == ([], [])
    assert not list(server.home.glob(".edkg-bulk-*"))


def test_bulk_refuses_a_remote_server(tmp_path):
    remote = make_test_settings(neo4j_uri="neo4j+s://graph.example.org:7687", neo4j_home=tmp_path / "home")
    with pytest.raises(BulkRefusedError, match=r"not at the local server.*without --bulk"):
        bulk_load(remote, [str(tmp_path)])
    assert not (tmp_path / "home").exists()


def test_import_files_keep_empty_strings_absent_values_and_refuse_what_they_cannot_carry(tmp_path):
    assert format_value(None) == ""  # no property
    assert format_value("") == '""'  # an empty string, as the writer stores it
    assert format_value('say "hi"\nnext') == '"say ""hi""\nnext"'
    assert format_value(["a;b", "c,d"]) == '"a;b\x1fc,d"'
    assert format_value([0.5, 1.0]) == '"0.5\x1f1.0"'
    assert format_value(True) == "true"
    with pytest.raises(BulkFormatError):
        format_value(["one\x1ftwo"])
    table = Table(tmp_path, "t", ["id:ID"], ["name", "aliases"])
    table.write(("x:1",), {"name": "X", "aliases": []})
    table.write(("x:2",), {"name": "Y\nZ", "aliases": ["y"]})
    with pytest.raises(BulkFormatError, match="'name' is string in one row and long"):
        table.write(("x:3",), {"name": 3})
    table.write_header()
    assert table.empty_lists == [(("x:1",), ("aliases",))]  # set to [] after the import
    assert table.multiline_files == set(table.data_paths)
    assert table.header_path.read_text() == "id:ID,name:string,aliases:string[]\n"
    shutil.rmtree(tmp_path)


def test_empty_list_rows_spill_to_files_and_come_back_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_files, "EMPTY_LISTS_IN_MEMORY", 4)
    first = Table(tmp_path, "t", ["id:ID"], ["aliases"])
    second = Table(tmp_path, "t", ["id:ID"], ["aliases"])
    for i in range(10):
        first.write((f"x:{i}",), {"aliases": []})
        second.write((f"y:{i}",), {"aliases": [] if i % 2 else ["a"]})
    assert len(first.empty_lists) < 4 and len(first.empty_spills) == 1  # most of them on disk
    whole = Table(tmp_path, "t", ["id:ID"], ["aliases"])
    whole.take_empty_lists(first)
    whole.take_empty_lists(second)
    rows = list(whole.each_empty_list())
    assert sorted(rows) == sorted(
        [((f"x:{i}",), ("aliases",)) for i in range(10)] + [((f"y:{i}",), ("aliases",)) for i in range(1, 10, 2)]
    )
    assert [r for r in rows if r[0][0].startswith("x")] == [((f"x:{i}",), ("aliases",)) for i in range(10)]
