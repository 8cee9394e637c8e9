"""`edkg load --bulk`: an empty database filled through `neo4j-admin database import full`.

Why: the transactional writer (`graph.writer`) merges every batch into the graph with MERGE, locks and index
lookups, a few thousand relationships a second; Neo4j's import tool writes the store files directly, from CSV,
hundreds of thousands of records a second. It can only fill an empty database whose server is stopped, so this
path is for the first load of a large corpus; everything after it (`edkg load`, `edkg unload`, `POST /articles`)
is the usual transactional writer on the graph it made.

The same graph as `edkg load`, not an approximation:
- the same extraction (`loaders.parallel.extract_all`, `--jobs` worker processes, duplicates flagged in input
  order) and the same refusals (unreadable files, impossible dates);
- the writer's own batches (`GraphWriter.batches`) and classification on an empty graph (new, unchanged,
  duplicate, no facts), the writer's own rows (`graph.rows.BatchRows`: entity resolution and merging inside a
  batch, mentions with what each article says of an entity, fact keys on each Article, dangling relations
  skipped), and the writer's Cypher merge rules across batches replayed in Python (`graph.bulk_merge`);
- then the schema of `cypher/schema.cypher` (and any other index or constraint the empty database had),
  and the empty lists the CSV format cannot carry (`graph.bulk_files`) set afterwards.
A file that holds a second version of an article (same key, other text) is refused before anything changes: the
writer would replace the first version, which an import cannot do; load such files without `--bulk`.

Memory stays bounded: files are extracted one at a time (or a few chunks in flight), articles and mentions are
written to CSV as they come, entity and fact rows go to partition files (`graph.bulk_merge.Spill`) and are
folded one partition at a time; what is kept for the whole corpus is one small hash per article id and key.

What happens to the database: it must be empty (no node); it is checked when the command starts and again just
before the server is stopped for the import, once the files are read, and its indexes and constraints are read
then. Nothing else is kept: a failed import leaves the database as it found it by removing the store the import
tool began (the server makes the empty default database again when it starts) and making those indexes and
constraints again. (Until the 29th session the empty database was dumped with `neo4j-admin database dump` and
loaded back: a JVM of its own, 21-40 s on a fresh database on a busy machine and most of the 95 s before the
import of a 20,000-article run on one emptied after a load, whose store files keep their size, for a copy of
nothing but that schema.) The server stops in the background while this
process folds the entities and facts; it is started again after the import (or stopped again if it was not
running). Clients connected meanwhile (a running `edkg serve`) are cut off, as by `edkg restore`.
"""

from __future__ import annotations

import gc
import os
import re
import resource
import shutil
import subprocess
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from neo4j import Driver
from neo4j.time import DateTime

import cypher
from core.errors import EdkgError, ProvisioningError
from core.settings import Settings
from graph import model
from graph.bulk_files import (
    ARRAY_DELIMITER,
    ARRAY_DELIMITER_OPTION,
    MULTILINE_FILE_CHARS,
    READ_BUFFER,
    Table,
    merge_types,
)
from graph.bulk_merge import EntityState, FactState, Spill, fold_partition
from graph.counts import WriteStats
from graph.driver import open_driver
from graph.loading import LoadReport, articles_of
from graph.local_server import ADMIN_CLASS, PRIVATE_UMASK, LocalNeo4j
from graph.rows import BatchRows, PendingArticle, article_props
from graph.writer import DUPLICATE, EVIDENCE_CAP, NEW, NO_FACTS, UNCHANGED, GraphWriter, has_facts, new_stamp
from loaders.int_table import IntTable
from loaders.parallel import CHUNK_FILES, extract_all
from loaders.pipeline import Extractor
from loaders.walking import walk

IMPORT_HEAP = "768m"
"""The import tool's Java heap; with IMPORT_OFF_HEAP its whole footprint stays under 2 GiB."""
IMPORT_OFF_HEAP = "1g"
"""`--max-off-heap-memory` (Neo4j's default, 90% of the machine, would take what the server's page cache needs)."""
FIXUP_ROWS = 10_000
"""Rows per transaction when setting the empty lists after the import."""
FILES_PER_PARTITION = 4_000
"""Input files per spill partition (a partition is folded in memory: ~4,000 articles' entities and facts)."""


class BulkRefusedError(EdkgError):
    """A bulk import that must not run (a remote server, a database that is not empty, a second version)."""


@dataclass(slots=True)
class BulkReport:
    """What `edkg load --bulk` did: the load's own report (outcomes, failures) and the import's figures."""

    load: LoadReport = field(default_factory=LoadReport)
    nodes: int = 0
    relationships: int = 0
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds per phase: extract and write files, fold, import, schema, empty lists."""
    import_peak_mib: float = 0.0
    peak_mib: float = 0.0
    """This process's own peak RSS (workers and the import tool are other processes)."""


@dataclass(slots=True)
class _Tables:
    articles: Table
    mentions: Table
    entities: Table
    facts: Table


def _label_of(entity_id: str) -> str | None:
    """The label an id's prefix names (`org:` -> Organization, `article:` -> Article), as `merge_label` reads it."""
    prefix = entity_id.partition(":")[0]
    for label, known in model.ID_PREFIXES.items():
        if known == prefix and label != model.MINISTRY:
            return str(label)
    return None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off meanwhile (back to what it was after).

    Why: turning a batch into rows and files, or folding a partition, makes hundreds of thousands of lists, dicts
    and tuples that all stay alive until the batch or the partition is done, and none of them in a cycle
    (reference counting frees them). The collector runs every 700 new containers and, every few runs, walks
    every object of the process: it found nothing to free and took ~40% of the loading process's CPU and ~half
    of a fold's (4,000 synthetic articles, 2026-12-04)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class BulkBuilder:
    """The first two passes: batches of articles into CSV rows and spilled records, then the folded entities and
    facts into CSV. Nothing here touches Neo4j."""

    def __init__(
        self, folder: Path, *, stamp: DateTime, partitions: int, cap: int = EVIDENCE_CAP, compress: bool = False
    ) -> None:
        self.folder = folder
        self.compress = compress
        self.stamp = stamp
        self.cap = cap
        self.spill = Spill(folder, partitions, cap)
        self.stats = WriteStats()
        self.dangling = 0
        self.entity_rows = 0
        self.fact_rows = 0
        # The articles written, for the classification of later batches: numbered in order, hash(article id) ->
        # number, number -> hash(key), hash(key) -> number. Flat arrays (`IntTable`), not dicts: they hold every
        # article of the corpus (a dict entry of two ints costs ~100 bytes, these ~50 bytes an article).
        self._ids = IntTable()
        self._key_of = array("q")
        self._keys = IntTable()
        self.articles: Table | None = None
        self.mentions: Table | None = None
        self.fact_sources: dict[tuple[str, str, str], str] = {}
        """The source label of facts a batch gave no evidence (their empty lists are set after the import)."""

    # ------------------------------------------------------------------ pass 1
    def add_batch(self, batch: list[PendingArticle]) -> dict[str, str]:
        """Classify a batch as the writer does on a graph holding what came before, write what is new."""
        with collector_paused():
            return self._add_batch(batch)

    def _add_batch(self, batch: list[PendingArticle]) -> dict[str, str]:
        outcomes: dict[str, str] = {}
        to_write: list[PendingArticle] = []
        for p in batch:
            if p.extraction.article.duplicate_of:
                outcomes[p.id] = DUPLICATE
                continue
            if not has_facts(p):
                outcomes[p.id] = NO_FACTS
                continue
            article, key = hash(p.id), hash(p.key)
            loaded = self._ids.get(article)
            if loaded >= 0:
                outcomes[p.id] = UNCHANGED if self._key_of[loaded] == key else DUPLICATE
                continue
            if key in self._keys:
                raise BulkRefusedError(
                    f"{p.source}: article {p.id} is another version of an article read before under the same key "
                    f"({p.key}); a bulk import writes each article once and cannot replace one: load these files "
                    "without --bulk (the writer replaces the older version)"
                )
            number = len(self._key_of)
            self._ids.set(article, number)
            self._keys.set(key, number)
            self._key_of.append(key)
            outcomes[p.id] = NEW
            to_write.append(p)
        for outcome in outcomes.values():
            setattr(self.stats, f"articles_{outcome}", getattr(self.stats, f"articles_{outcome}") + 1)
        if to_write:
            self._write(to_write)
        return outcomes

    def _write(self, articles: list[PendingArticle]) -> None:
        rows = BatchRows()
        for p in articles:
            rows.add(p.extraction)
        self.dangling += rows.dangling
        for p in articles:
            props = {**article_props(p), "facts": rows.facts.get(p.id, []), "loaded_at": self.stamp}
            if self.articles is None:
                self.articles = Table(
                    self.folder,
                    "articles",
                    ["id:ID"],
                    list(props),
                    rotate_chars=MULTILINE_FILE_CHARS,
                    compress=self.compress,
                )
            self.articles.write((p.id,), props)
        for entity_id, article_id, evidence, spans, contribution in rows.mentions:
            props = {"evidence": evidence, "spans": spans, **contribution.as_mention_props()}
            if self.mentions is None:
                self.mentions = Table(
                    self.folder, "mentions", [":START_ID", ":END_ID"], list(props), compress=self.compress
                )
            self.mentions.write((entity_id, article_id), props)
        for rel_type, by_pair in rows.relations.items():
            for (source, target), row in by_pair.items():
                if not row.evidence:
                    label = next((lb for lb, ids in rows.entities.items() if source in ids), model.ARTICLE)
                    self.fact_sources[(rel_type, source, target)] = str(label)
        entities, facts = self.spill.add(rows)
        self.entity_rows += entities
        self.fact_rows += facts
        self.stats.nodes_created += len(articles)
        self.stats.relationships_created += len(rows.mentions)
        self.stats.facts += len(rows.mentions) + entities + facts

    # ------------------------------------------------------------------ pass 2
    def finish(self, jobs: int = 1) -> _Tables:
        """Fold every partition (in `jobs` processes) into the entity and fact files; write every header."""
        self.spill.close()
        if self.articles is None or self.mentions is None:
            raise ValueError("no article to import")
        entity_columns = ["name", "name_key", "aliases", "search_text", "first_seen", "last_seen"]
        entity_columns += sorted(set(self.spill.entity_keys) - set(entity_columns))
        fact_columns = [
            "article_count",
            "evidence",
            "evidence_articles",
            "evidence_spans",
            "evidence_confidence",
            "confidence",
            "first_seen",
            "last_seen",
        ]
        fact_columns += sorted(set(self.spill.fact_keys) - set(fact_columns))
        entities = Table(self.folder, "entities", ["id:ID", ":LABEL"], entity_columns)
        facts = Table(self.folder, "facts", [":START_ID", ":END_ID", ":TYPE"], fact_columns)
        tasks = [
            (self.spill.path(i), self.folder, i, self.cap, entity_columns, fact_columns, self.compress)
            for i in range(self.spill.partitions)
        ]
        if jobs > 1 and len(tasks) > 1:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
                parts = list(pool.map(_fold_partition_files, tasks))
        else:
            parts = [_fold_partition_files(task) for task in tasks]
        entity_types, fact_types = [], []
        for part in parts:
            for table, key in ((entities, "entities"), (facts, "facts")):
                done: Table = part[key]
                table.data_paths += done.data_paths
                table.multiline_files |= done.multiline_files
                table.take_empty_lists(done)
                table.rows += done.rows
            entity_types.append(part["entities"].types)
            fact_types.append(part["facts"].types)
        entities.types = merge_types(entity_types)
        facts.types = merge_types(fact_types)
        for table in (self.articles, self.mentions, entities, facts):
            table.write_header()
        self.stats.nodes_created += entities.rows
        self.stats.nodes_updated += self.entity_rows - entities.rows
        self.stats.relationships_created += facts.rows
        self.stats.relationships_updated += self.fact_rows - facts.rows
        return _Tables(self.articles, self.mentions, entities, facts)


def _fold_partition_files(task: tuple[Path, Path, int, int, list[str], list[str], bool]) -> dict[str, Table]:
    """One partition folded and written as its own entity and fact data files (run in a worker process)."""
    path, folder, index, cap, entity_columns, fact_columns, compress = task
    entities = Table(folder, "entities", ["id:ID", ":LABEL"], entity_columns, compress=compress)
    facts = Table(folder, "facts", [":START_ID", ":END_ID", ":TYPE"], fact_columns, compress=compress)
    with collector_paused():
        entity_states, fact_states = fold_partition(path, cap)
        _write_folded(entities, facts, index, entity_states, fact_states)
    path.unlink(missing_ok=True)
    return {"entities": entities, "facts": facts}


def _write_folded(
    entities: Table,
    facts: Table,
    index: int,
    entity_states: dict[str, EntityState],
    fact_states: dict[tuple[str, str, str], FactState],
) -> None:
    """A folded partition's entities and facts into their data files (closed at the end)."""
    for entity_id, state in entity_states.items():
        if entities.rows == 0:
            entities.new_file(f".p{index}")
        entities.write((entity_id, ARRAY_DELIMITER.join(state.labels())), state.properties())
    for (rel_type, source, target), fact in fact_states.items():
        if facts.rows == 0:
            facts.new_file(f".p{index}")
        facts.write((source, target, rel_type), fact.properties())
    entities.close()
    facts.close()


# ---------------------------------------------------------------------- the database side
def _nodes(driver: Driver, database: str) -> int:
    (check,) = cypher.statements("bulk/is_empty.cypher")
    records, _, _ = driver.execute_query(check, database_=database)
    return int(records[0]["nodes"])


def _require_local(settings: Settings) -> None:
    if not settings.uses_local_server:
        raise BulkRefusedError(
            "edkg load --bulk writes the local server's store with neo4j-admin; NEO4J_URI points at "
            f"{settings.neo4j_uri}, not at the local server: load into it without --bulk. Nothing was changed."
        )


def _require_empty(driver: Driver, settings: Settings) -> None:
    nodes = _nodes(driver, settings.neo4j_database)
    if nodes:
        raise BulkRefusedError(
            f"edkg load --bulk fills an empty database only; database {settings.neo4j_database!r} at "
            f"{settings.neo4j_uri} holds {nodes:,} nodes: load into it without --bulk (incremental), "
            "or empty it first. Nothing was changed."
        )


def _schema_statements(driver: Driver, database: str) -> dict[str, str]:
    """The indexes and constraints the database has now, each name with its create statement (to make them again).

    A constraint's own index has the constraint's name: the constraint, read first, keeps it (made again, it makes
    its index too)."""
    out: dict[str, str] = {}
    for query in ("SHOW CONSTRAINTS YIELD name, createStatement", "SHOW INDEXES YIELD name, type, createStatement"):
        records, _, _ = driver.execute_query(query, database_=database)
        for r in records:
            if r.get("type") != "LOOKUP" and r["createStatement"]:
                out.setdefault(str(r["name"]), r["createStatement"])
    return out


def _apply_schema(driver: Driver, database: str, earlier: dict[str, str]) -> None:
    """`cypher/schema.cypher`, then what else the empty database had (waited for by `_await_indexes`).

    The schema's statements run in one transaction: Neo4j populates the indexes one transaction creates with one
    scan of the store, not one scan each; a uniqueness constraint's index is populated before the transaction
    commits, the other indexes after it, in the background."""
    with driver.session(database=database) as session, session.begin_transaction() as tx:
        for stmt in cypher.statements("schema.cypher"):
            tx.run(stmt).consume()
        tx.commit()
    _make_again(driver, database, _not_there(driver, database, earlier))


def _not_there(driver: Driver, database: str, statements: dict[str, str]) -> list[str]:
    """The create statements (by name, as `_schema_statements` read them) whose index or constraint the database does
    not have by that name now. Why: the empty database usually had this very schema, and making each of its ~26
    statements again only to be told it exists cost a failing transaction each."""
    names: set[str] = set()
    for query in ("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"):
        records, _, _ = driver.execute_query(query, database_=database)
        names.update(str(r["name"]) for r in records)
    return [stmt for name, stmt in statements.items() if name not in names]


def _make_again(driver: Driver, database: str, statements: list[str], timeout: float | None = None) -> None:
    """Indexes and constraints made again from their create statements (one already there is left alone); waited
    for when `timeout` is given."""
    with driver.session(database=database) as session:
        for stmt in statements:
            try:
                session.run(stmt).consume()
            except Exception as exc:  # the same index or constraint under its own name, made just above
                if "AlreadyExists" not in getattr(exc, "code", "") and "already exists" not in str(exc):
                    raise
    if timeout is not None:
        _await_indexes(driver, database, timeout)


def _await_indexes(driver: Driver, database: str, timeout: float) -> None:
    """Every index online (`db.awaitIndexes`), at most `timeout` seconds."""
    driver.execute_query("CALL db.awaitIndexes($timeout)", timeout=int(timeout), database_=database)


def _statement(name: str, **labels: str) -> str:
    """`cypher/bulk/<name>.cypher` with `__LABEL__`/`__TYPE__` replaced by names checked against graph.model."""
    text = "\n".join(cypher.statements(f"bulk/{name}.cypher"))
    for token, value in labels.items():
        check = model.check_relationship_type if token == "TYPE" else model.check_label
        text = text.replace(f"__{token}__", check(value))
    return text


def _set_empty_lists(
    driver: Driver, database: str, tables: _Tables, fact_sources: dict[tuple[str, str, str], str]
) -> int:
    """The empty lists the files could not carry (see graph.bulk_files), set by id; returns how many rows.

    Streamed: the rows are read from the tables' spill files and sent FIXUP_ROWS at a time per statement, so a
    million articles' rows are never all in memory."""
    work: dict[str, list[dict[str, Any]]] = {}
    done = 0

    def add(query: str, row: dict[str, Any]) -> None:
        nonlocal done
        rows = work.setdefault(query, [])
        rows.append(row)
        if len(rows) >= FIXUP_ROWS:
            driver.execute_query(query, rows=rows, database_=database)
            done += len(rows)
            work[query] = []

    articles, mentions = _statement("empty_article_lists"), _statement("empty_mention_lists")
    for (aid,), keys in tables.articles.each_empty_list():
        add(articles, {"id": aid, "keys": list(keys)})
    for (entity, aid), keys in tables.mentions.each_empty_list():
        add(mentions, {"entity": entity, "article": aid, "keys": list(keys)})
    for (entity, labels), keys in tables.entities.each_empty_list():
        label = labels.split(ARRAY_DELIMITER)[0]
        add(_statement("empty_entity_lists", LABEL=label), {"id": entity, "keys": list(keys)})
    for (source, target, rel_type), keys in tables.facts.each_empty_list():
        label = fact_sources.get((rel_type, source, target)) or _label_of(source) or model.ARTICLE
        add(
            _statement("empty_fact_lists", LABEL=label, TYPE=rel_type),
            {"source": source, "target": target, "keys": list(keys)},
        )
    for query, rows in work.items():
        if rows:
            driver.execute_query(query, rows=rows, database_=database)
            done += len(rows)
    return done


def _run_admin(server: LocalNeo4j, args: list[str], log: Path, cwd: Path | None = None) -> tuple[int, float]:
    """Neo4j's admin tool with a bounded heap, run in `cwd` (the import files are named relative to their folder);
    its output into `log`. Returns the exit code and its peak RSS.

    Measured and left as they are (20,000 synthetic articles' files, 2026-12-07, load 4-9, CPU seconds of the
    tool): the home's class-data archive (`LocalNeo4j.cds_flags`) 24-25 -> 23.5 s but +120-200 MiB of peak RSS
    (the mapped archive), which the 2 GiB budget of a million articles cannot spare; C1 only
    (`-XX:TieredStopAtLevel=1`) halves a 2,000-article import's CPU (12 -> 6.5 s) but not 20,000's (25 -> 25.6 s:
    the slower code eats the compilations saved); uncompressed files 26-27 -> 22-25 s, for 5x the disk."""
    cmd = [server.check_java(), f"-Xmx{IMPORT_HEAP}", "-cp", f"{server.lib_dir}/*", ADMIN_CLASS, *args]
    env = {**os.environ, "NEO4J_HOME": str(server.home), "NEO4J_CONF": str(server.conf_dir)}
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, umask=PRIVATE_UMASK, cwd=cwd
        )
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (its peak RSS), not all children's
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024


def import_arguments(database: str, tables: _Tables, report_file: Path) -> list[str]:
    """`neo4j-admin database import full` for the four tables (multiline parsing only when a value needs it)."""
    args = [
        "database",
        "import",
        "full",
        database,
        "--overwrite-destination=true",
        "--id-type=string",
        f"--array-delimiter={ARRAY_DELIMITER_OPTION}",
        "--bad-tolerance=0",
        "--verbose",  # a failure's cause (the file, line and value) goes into the log, for the error message
        f"--max-off-heap-memory={IMPORT_OFF_HEAP}",
        f"--report-file={report_file}",
    ]
    each = (tables.articles, tables.mentions, tables.entities, tables.facts)
    multiline = sorted(p for t in each for p in t.multiline_files)
    if multiline and all(t.rotate_chars and t.largest <= t.rotate_chars for t in each if t.multiline_files):
        # Only these files are parsed line by line, the others in parallel chunks (see MULTILINE_FILE_CHARS).
        args += [
            f"--read-buffer-size={READ_BUFFER}",
            "--multiline-fields-format=v2",
            "--multiline-fields=" + ",".join(p.name for p in multiline),
        ]
    elif multiline:
        # A value too long for one read buffer (or a multiline value in another table's big file): the older
        # switch, which parses every file line by line, reads it.
        args.append("--multiline-fields=true")
    args.append(tables.articles.import_argument("nodes", f"{model.ARTICLE}="))
    if tables.entities.data_paths:
        args.append(tables.entities.import_argument("nodes"))
    args.append(tables.mentions.import_argument("relationships", f"{model.PROVENANCE_TYPE}="))
    if tables.facts.data_paths:
        args.append(tables.facts.import_argument("relationships"))
    return args


def _imported(log: Path) -> tuple[int, int]:
    """The nodes and relationships the import tool says it imported (the lines after `IMPORT DONE`)."""
    text = log.read_text(encoding="utf-8", errors="replace").rpartition("IMPORT DONE")[2]
    nodes = re.search(r"(\d+) nodes", text)
    rels = re.search(r"(\d+) relationships", text)
    return (int(nodes.group(1)) if nodes else 0, int(rels.group(1)) if rels else 0)


def _tail(log: Path, lines: int = 12) -> str:
    """What the import tool said went wrong: its error and cause lines (not the stack frames), then its last lines."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    kept = [line for line in text.splitlines() if line.strip() and not line.startswith((".", "\tat ", "\t..."))]
    causes = [line for line in kept if "Exception" in line or "Caused by" in line or "ERROR" in line]
    return "\n".join(dict.fromkeys(causes[:6] + kept[-lines:]))


# ---------------------------------------------------------------------- the command
def bulk_load(
    settings: Settings,
    paths: list[str],
    *,
    jobs: int = 1,
    batch_articles: int = 500,
    on_file: Callable[[str], None] | None = None,
    on_phase: Callable[[str], None] | None = None,
    index_timeout: float = 3600.0,
    keep_files: bool = False,
    fold_jobs: int | None = None,
    partitions: int | None = None,
    compress: bool = True,
) -> BulkReport:
    """Extract `paths` (in `jobs` processes) and import them into the local server's empty database.

    `fold_jobs` processes (default: one per core, the extraction being over by then) fold the `partitions` spill
    files (default: one per FILES_PER_PARTITION inputs) into the entity and fact files; neither changes the graph.
    """
    _require_local(settings)
    result = BulkReport()
    inputs = sum(1 for _ in walk(paths))

    def articles() -> Iterator[PendingArticle]:
        if on_phase:
            on_phase(f"extracting {inputs:,} inputs with {jobs} job(s) and writing the import files")
        # One job: the reader still runs in a worker process (the same results as in this one), while this
        # process turns what it read into the import files: two cores' work in the time of the larger.
        ahead = 2 * jobs + batch_articles // CHUNK_FILES  # a batch's worth: the workers read on while it is written
        documents = extract_all(Extractor(), walk(paths), jobs, offload=True, ahead=ahead)
        yield from articles_of(documents, result.load, on_file)

    return bulk_write(
        settings,
        articles(),
        result=result,
        partitions=partitions or max(1, min(256, -(-inputs // FILES_PER_PARTITION))),
        jobs=fold_jobs or os.cpu_count() or 1,
        batch_articles=batch_articles,
        on_phase=on_phase,
        index_timeout=index_timeout,
        keep_files=keep_files,
        compress=compress,
    )


def bulk_write(
    settings: Settings,
    articles: Iterable[PendingArticle],
    *,
    result: BulkReport | None = None,
    partitions: int = 1,
    jobs: int = 1,
    batch_articles: int = 500,
    on_phase: Callable[[str], None] | None = None,
    index_timeout: float = 3600.0,
    keep_files: bool = False,
    compress: bool = True,
) -> BulkReport:
    """Import articles (read lazily, once the database was found empty) into the local server's empty database,
    in the batches `GraphWriter(batch_articles=…)` would write them in (see the module docstring)."""
    on_phase = on_phase or (lambda phase: None)
    _require_local(settings)
    server = LocalNeo4j(settings)
    started_here = server.pid() is None
    result = result or BulkReport()
    report = result.load
    started = time.perf_counter()
    folder: Path | None = None
    try:
        if started_here:
            on_phase("starting the local Neo4j server")
            server.start()
        with open_driver(settings) as driver:
            _require_empty(driver, settings)
        folder = Path(tempfile.mkdtemp(prefix=".edkg-bulk-", dir=server.home))
        builder = BulkBuilder(folder, stamp=new_stamp(), partitions=partitions, compress=compress)
        writer = GraphWriter(None, settings.neo4j_database, batch_articles=batch_articles)  # type: ignore[arg-type]
        for batch in writer.batches(articles):
            builder.add_batch(batch)
        report.stats = builder.stats
        report.dangling = builder.dangling
        report.stats.articles_failed += report.refused
        result.phases["extract"] = time.perf_counter() - started
        if builder.articles is None:
            on_phase("nothing to import")
        else:
            earlier_schema = _require_empty_before_stop(server, settings)
            on_phase("stopping the local Neo4j server for the import (requests in progress are cut off)")
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="edkg-stop") as stopper:
                # The server stops (~5-10 s: its shutdown and checkpoint) while this process folds.
                stopped = stopper.submit(_timed, server.stop)
                try:
                    t0 = time.perf_counter()
                    on_phase("merging entities and facts across batches (the server stopping meanwhile)")
                    tables = builder.finish(jobs)
                except BaseException:
                    stopped.exception()  # stopped before it starts again
                    server.start()
                    raise
                result.phases["fold"] = time.perf_counter() - t0
                result.phases["server stop"] = stopped.result()
            _import(server, settings, tables, builder, result, on_phase, index_timeout, earlier_schema)
    finally:
        if folder is not None and not keep_files:
            shutil.rmtree(folder, ignore_errors=True)
        if started_here:
            server.stop()
    result.peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report.seconds = time.perf_counter() - started
    return result


def _require_empty_before_stop(server: LocalNeo4j, settings: Settings) -> dict[str, str]:
    """The database found empty once more (the files took a while, and someone may have written meanwhile); its
    indexes and constraints as they are now (made again after the import, or after a failed one)."""
    if server.pid() is None:
        server.start()
    with open_driver(settings) as driver:
        _require_empty(driver, settings)
        return _schema_statements(driver, settings.neo4j_database)


def _timed(action: Callable[[], object]) -> float:
    """Seconds `action` took (run in a thread beside the fold)."""
    t0 = time.perf_counter()
    action()
    return time.perf_counter() - t0


def _remove_store(server: LocalNeo4j, database: str) -> None:
    """The stopped server's database removed (its store and its transaction logs): what a failed import began.

    The server makes its default database again, empty, when it starts, as on a fresh home; the database was
    empty before the import (checked just before the server stopped), so only its indexes and constraints are
    to be made again, and they were read then."""
    for folder in ("databases", "transactions"):
        shutil.rmtree(server.data_dir / folder / database, ignore_errors=True)


def _import(
    server: LocalNeo4j,
    settings: Settings,
    tables: _Tables,
    builder: BulkBuilder,
    result: BulkReport,
    on_phase: Callable[[str], None],
    index_timeout: float,
    earlier_schema: dict[str, str],
) -> None:
    """Import the builder's files into the stopped server's database, start it, schema, empty lists (a failed
    import: the empty database made again, with the indexes and constraints it had)."""
    database = settings.neo4j_database
    folder = builder.folder
    t0 = time.perf_counter()
    on_phase("importing with neo4j-admin database import full")
    log = folder / "import.log"
    args = import_arguments(database, tables, folder / "import.report")
    code, result.import_peak_mib = _run_admin(server, args, log, cwd=folder)
    result.phases["import"] = time.perf_counter() - t0
    if code != 0:
        message = _tail(log)
        _remove_store(server, database)
        server.start()
        with open_driver(settings) as driver:
            _make_again(driver, database, list(earlier_schema.values()), index_timeout)
        raise ProvisioningError(
            f"neo4j-admin database import failed (the database is empty again, with its indexes and constraints):"
            f"\n{message}"
        )
    result.nodes, result.relationships = _imported(log)
    server.secure_home()
    t0 = time.perf_counter()
    on_phase("starting the local Neo4j server")
    server.start()
    result.phases["server start"] = time.perf_counter() - t0
    with open_driver(settings) as driver:
        t0 = time.perf_counter()
        on_phase("applying the schema (constraints and indexes)")
        _apply_schema(driver, database, earlier_schema)
        result.phases["schema"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        # The uniqueness constraints are online once their transaction commits (the empty lists find rows by id
        # through them); the other indexes populate meanwhile and are waited for after.
        _set_empty_lists(driver, database, tables, builder.fact_sources)
        result.phases["empty lists"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        _await_indexes(driver, database, index_timeout)
        result.phases["indexes online"] = time.perf_counter() - t0
