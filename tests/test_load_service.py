"""The load service (`graph.loading.Loader`): one walker, failure isolation, bugs shown as bugs, and extraction in
worker processes that writes the same graph as one process. A real Neo4j server (the tests marked `neo4j`), the
real extractor, no mocks."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from neo4j import Driver

from core.settings import Settings
from graph.loading import Loader
from graph.rows import PendingArticle
from graph.writer import BatchResult, GraphWriter
from loaders import walking
from loaders.models import DocumentExtraction
from loaders.parallel import Crash, extract_all, extract_one
from loaders.pipeline import Extractor
from loaders.synth import generate
from tests.conftest import wipe
from tests.test_load_fixtures import dump, make_article

SYNTH_ARTICLES = 300


def test_the_walker_keeps_sorted_path_order_skips_hidden_and_refuses_a_fifo(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "c.txt").write_text("x")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x")
    (tmp_path / ".dot.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    items = list(walking.walk([tmp_path, "-", tmp_path / "missing.txt"]))
    names = [str(i.path.relative_to(tmp_path)) if isinstance(i, walking.Refused) else i for i in items]
    assert names[:2] == [tmp_path / "a" / "z.txt", tmp_path / "a.txt"]  # sorted(rglob) order: "a" < "a.txt"
    assert names[2:] == [tmp_path / "b" / "c.txt", "gone", "pipe", "-", tmp_path / "missing.txt"]
    refused = {i.path.name: i.reason for i in items if isinstance(i, walking.Refused)}
    assert "broken symbolic link" in refused["gone"] and "FIFO" in refused["pipe"]
    assert walking.count([tmp_path]) == 5


class _Breaking:
    """An extractor whose code has a bug on one file (a TypeError), as any of ours might."""

    def __init__(self, docs: dict[str, DocumentExtraction]):
        self.docs = docs

    def extract_file(self, path: Path) -> DocumentExtraction:
        if path.name == "bug.txt":
            return 1.0 + path  # type: ignore[operator, return-value]  # the bug
        return self.docs[path.name]

    def extract_stream(self, stream: None = None, source: str = "-") -> DocumentExtraction:
        raise AssertionError("not used")


GOOD = make_article(
    "Bộ Công Thương làm việc với tỉnh Hải Nam.\nNội dung.",
    source="good.txt",
    entities=[("org:moit", "Organization", "Bộ Công Thương"), ("province:cn-hi", "Province", "Hải Nam")],
)
OTHER = make_article(
    "Bộ Công Thương làm việc với tỉnh Sơn Đông.\nNội dung.",
    source="other.txt",
    entities=[("org:moit", "Organization", "Bộ Công Thương"), ("province:cn-sd", "Province", "Sơn Đông")],
)


@pytest.mark.neo4j
def test_a_file_our_code_breaks_on_is_an_internal_error_with_its_traceback_and_the_rest_loads(
    empty_graph: Driver, test_settings: Settings, tmp_path: Path
):
    docs = {
        "good.txt": DocumentExtraction("good.txt", [GOOD.extraction]),
        "unreadable.bin": DocumentExtraction("unreadable.bin", error="binary file, not text"),
    }
    for name in ("good.txt", "bug.txt", "unreadable.bin"):
        (tmp_path / name).write_text("x")
    report = Loader(empty_graph, test_settings.neo4j_database, _Breaking(docs)).load([tmp_path])
    assert report.files == 3 and report.stats.articles_new == 1
    by_source = {Path(f.source).name: f for f in report.failures}
    assert set(by_source) == {"bug.txt", "unreadable.bin"}
    bug = by_source["bug.txt"]
    assert bug.internal and bug.reason.startswith("internal error (TypeError: unsupported operand")
    assert "return 1.0 + path" in (bug.traceback or "")
    assert not by_source["unreadable.bin"].internal  # bad input stays bad input
    assert [f.source for f in report.internal_errors] == [bug.source]


class _BuggyWriter(GraphWriter):
    """The real writer, with a bug on the articles named in `breaks` (all of them when `breaks` is None)."""

    def __init__(self, driver: Driver, database: str, breaks: set[str] | None):
        super().__init__(driver, database, batch_articles=10)
        self.breaks = breaks

    def write(self, batch: list[PendingArticle], stamp: object = None) -> BatchResult:
        if self.breaks is None or any(p.id in self.breaks for p in batch):
            raise KeyError("a bug in the writer")
        return super().write(batch, stamp)  # type: ignore[arg-type]


def _documents(*articles: PendingArticle) -> list[DocumentExtraction]:
    return [DocumentExtraction(p.source, [p.extraction]) for p in articles]


@pytest.mark.neo4j
def test_an_article_the_writer_breaks_on_is_isolated_and_reported_as_internal(
    empty_graph: Driver, test_settings: Settings
):
    db = test_settings.neo4j_database
    loader = Loader(empty_graph, db, Extractor(), writer=_BuggyWriter(empty_graph, db, {OTHER.id}))
    report = loader.write(_documents(GOOD, OTHER))
    assert report.stats.articles_new == 1 and report.stats.articles_failed == 1
    (failure,) = report.failures
    assert failure.internal and failure.source == "other.txt" and "KeyError" in failure.reason
    ids = [r["id"] for r in empty_graph.execute_query("MATCH (a:Article) RETURN a.id AS id")[0]]
    assert ids == [GOOD.id]


@pytest.mark.neo4j
def test_a_bug_every_article_breaks_on_is_raised_not_reported_as_failed_articles(
    empty_graph: Driver, test_settings: Settings
):
    db = test_settings.neo4j_database
    loader = Loader(empty_graph, db, Extractor(), writer=_BuggyWriter(empty_graph, db, None))
    with pytest.raises(KeyError, match="a bug in the writer"):
        loader.write(_documents(GOOD, OTHER))


def test_worker_processes_give_the_documents_of_one_process_in_order(tmp_path: Path):
    corpus = tmp_path / "corpus"
    first, *_ = generate(corpus, 40, seed=5)
    (first.parent / "synth-z-copy.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    items = [*walking.walk([corpus]), tmp_path / "missing.txt"]
    one = list(extract_all(Extractor(), items, jobs=1))
    two = list(extract_all(Extractor(), items, jobs=2, chunk=3))
    assert [d.source for d in two] == [d.source for d in one]
    assert all(isinstance(d, DocumentExtraction) for d in two)
    assert one == two  # duplicates flagged alike (the copy), the missing file failed alike
    assert any(a.article.duplicate_of for d in two if isinstance(d, DocumentExtraction) for a in d.articles)


def test_one_job_offloaded_to_a_worker_process_gives_the_documents_of_this_process(tmp_path: Path):
    """`edkg load --bulk` reads in one worker process while it writes the import files: the same documents,
    entity names included (the worker names them itself, having read everything before them)."""
    corpus = tmp_path / "corpus"
    first, *_ = generate(corpus, 120, seed=11)
    (first.parent / "synth-z-copy.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    items = [*walking.walk([corpus]), tmp_path / "missing.txt"]
    here = list(extract_all(Extractor(), items, jobs=1))
    offloaded = list(extract_all(Extractor(), items, jobs=1, chunk=7, offload=True))
    assert offloaded == here
    assert any(a.article.duplicate_of for d in offloaded if isinstance(d, DocumentExtraction) for a in d.articles)


def test_extract_one_turns_a_bug_into_a_crash_not_an_error_of_the_input(tmp_path: Path):
    (tmp_path / "bug.txt").write_text("x")
    crash = extract_one(_Breaking({}), tmp_path / "bug.txt")
    assert isinstance(crash, Crash) and crash.error.startswith("TypeError") and "Traceback" in crash.traceback


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    for _ in generate(out, SYNTH_ARTICLES, seed=7):
        pass
    return out


@pytest.mark.neo4j
def test_two_jobs_write_the_graph_of_one_job(driver: Driver, test_settings: Settings, synth_corpus: Path):
    from graph.schema import apply_schema

    db = test_settings.neo4j_database
    apply_schema(driver, db)
    graphs = []
    for jobs in (1, 2):
        wipe(driver, db)
        writer = GraphWriter(driver, db, batch_articles=50)
        report = Loader(driver, db, Extractor(), writer=writer, jobs=jobs).load([synth_corpus])
        assert not report.failures and report.files == SYNTH_ARTICLES
        assert report.stats.articles_new == SYNTH_ARTICLES
        graphs.append(dump(driver))
    assert graphs[0] == graphs[1]
    assert len(graphs[0][0]) > SYNTH_ARTICLES and len(graphs[0][1]) > SYNTH_ARTICLES


def test_standard_input_among_files_is_read_at_its_place_with_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, second = generate(tmp_path / "corpus", 2, seed=9)
    text = first.read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
    docs = list(extract_all(Extractor(), [first, walking.STDIN, second], jobs=2, chunk=1))
    assert [d.source for d in docs] == [str(first), "-", str(second)]
    flags = [d.articles[0].article.duplicate_of for d in docs if isinstance(d, DocumentExtraction)]
    assert flags[0] is None and flags[1] == docs[0].articles[0].article.id and flags[2] is None  # type: ignore[union-attr]
