"""Load benchmark: the batched writer against a per-row baseline, `edkg load` by batch size and jobs, and an
end-to-end `edkg load` of 100,000 articles.

    python bench/load.py                      # 20,000 articles for the ratio, a 3,000-article grid, 100,000 end to end
    python bench/load.py --quick              # 2,000 / 200 / a 1,000-article grid / 2,000: a few minutes
    python bench/load.py --articles 0 --e2e-articles 0 --grid-articles 5000   # only the grid

Part 1 (the writer alone): the true extractions of the synthetic corpus
(`loaders.synth.article_extraction`, so the extractor's speed does not blur
the figure) are written by the batched writer; relationships per second =
relationships created or updated (facts and MENTIONED_IN) / time spent in
write transactions. The baseline writes `--sample` articles of the same
corpus one relationship per transaction (`cypher/write/baseline_fact.cypher`):
the first half of them on an empty graph before the batched load, the second
half (the articles that follow the loaded ones) on the loaded graph after it,
so that neither the graph's size nor the machine's load at one moment decides
the ratio. Part 2: `--e2e-articles` synthetic files are generated, then
`edkg load` runs as a subprocess on them: wall time, nodes, relationships,
and the subprocess's peak RSS.

The grid (`--grid-articles`): one synthetic corpus, loaded by `edkg load`
(a subprocess, on an emptied graph each time) with every batch size of
`--batch-sizes` and every jobs count of `--jobs` (1 and the number of cores):
articles per second, the whole command's wall time (start-up, schema, worker
start included), and the ratio of N jobs to 1 job at each batch size. The
default `--batch-articles` of `edkg load` is chosen from it.

It uses the server of the environment (NEO4J_HOME, NEO4J_BOLT_PORT, ...;
started if it is local and not running, stopped again at the end) and WIPES
its database: it refuses a non-empty graph unless `--wipe` is given.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from neo4j import Driver  # noqa: E402

from core.settings import Settings  # noqa: E402
from graph.driver import open_driver  # noqa: E402
from graph.rows import PendingArticle, article_key, merge_label  # noqa: E402
from graph.schema import apply_schema  # noqa: E402
from graph.schema import wipe_graph as wipe  # noqa: E402
from graph.writer import GraphWriter, statement, write_batch  # noqa: E402
from loaders.synth import article_extraction, generate  # noqa: E402


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def counts(driver: Driver, database: str) -> tuple[int, int]:
    n = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database)[0][0]["c"]
    r = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database)[0][0]["c"]
    return n, r


def pending(seed: int, articles: int, start: int = 0):
    for i in range(start, start + articles):
        x = article_extraction(seed, i)
        yield PendingArticle(x, article_key(x.article, 1))


def batched(driver: Driver, database: str, seed: int, articles: int, batch_articles: int) -> dict:
    writer = GraphWriter(driver, database, batch_articles=batch_articles)
    write_seconds, rels, facts, done = 0.0, 0, 0, 0
    started = time.perf_counter()
    for batch in writer.batches(pending(seed, articles)):
        t0 = time.perf_counter()
        result = write_batch(driver, database, batch)
        write_seconds += time.perf_counter() - t0
        rels += result.stats.relationships_created + result.stats.relationships_updated
        facts += result.stats.facts
        done += len(batch)
        if done % (batch_articles * 20) < batch_articles:
            print(f"  {done:>7} articles, {rels / write_seconds:,.0f} rel/s in write transactions", flush=True)
    return {
        "articles": articles,
        "relationships": rels,
        "facts": facts,
        "write_s": write_seconds,
        "wall_s": time.perf_counter() - started,
        "rel_per_s": rels / write_seconds,
    }


def baseline(driver: Driver, database: str, seed: int, articles: int, start: int = 0) -> dict:
    """One relationship (with its two MERGEd end nodes) per statement and per transaction."""
    rels, seconds = 0, 0.0
    with driver.session(database=database) as session:
        for p in pending(seed, articles, start):
            x = p.extraction
            labels = {e.id: merge_label(e) for e in x.entities}
            labels[x.article.id] = "Article"
            rows = [("MENTIONED_IN", e.id, x.article.id, [m.sentence for m in e.mentions]) for e in x.entities]
            rows += [(r.type, r.source, r.target, [ev.sentence for ev in r.evidence]) for r in x.relations]
            for rel_type, source, target, evidence in rows:
                query = statement("baseline_fact", source=labels[source], target=labels[target], rel_type=rel_type)
                t0 = time.perf_counter()
                params = {"source": source, "target": target, "article_id": x.article.id, "evidence": evidence}
                session.execute_write(lambda tx, query=query, params=params: tx.run(query, params).consume())
                seconds += time.perf_counter() - t0
                rels += 1
    return {"articles": articles, "relationships": rels, "write_s": seconds, "rel_per_s": rels / seconds}


def edkg_load(settings: Settings, corpus: Path, *options: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    """`edkg load CORPUS --quiet OPTIONS` as a subprocess: its wall time and result."""
    env = dict(
        os.environ,
        NEO4J_URI=settings.neo4j_uri,
        NEO4J_HOME=str(settings.neo4j_home),
        NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        NEO4J_HTTP_PORT=str(settings.neo4j_http_port),
    )
    edkg = [sys.executable, "-c", "from edkg.cli import main; main()"]
    t0 = time.perf_counter()
    proc = subprocess.run(
        [*edkg, "load", str(corpus), "--quiet", *options], env=env, cwd=ROOT, capture_output=True, text=True
    )
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
    return seconds, proc


def grid(driver: Driver, settings: Settings, articles: int, seed: int, sizes: list[int], jobs: list[int]) -> None:
    """`edkg load` of the same corpus for every batch size and jobs count; prints the table and the ratios."""
    workdir = Path(tempfile.mkdtemp(prefix="edkg-bench-grid-"))
    try:
        corpus = workdir / "corpus"
        for _ in generate(corpus, articles, seed):
            pass
        rates: dict[tuple[int, int], float] = {}
        print(f"  {'batch':>6} {'jobs':>5} {'seconds':>8} {'articles/s':>11}", flush=True)
        for size in sizes:
            for n in jobs:
                wipe(driver, settings.neo4j_database)
                seconds, proc = edkg_load(settings, corpus, "--batch-articles", str(size), "--jobs", str(n))
                rates[size, n] = articles / seconds if proc.returncode == 0 else 0.0
                print(f"  {size:>6} {n:>5} {seconds:>8.1f} {rates[size, n]:>11,.0f}", flush=True)
        if len(jobs) > 1:
            low, high = min(jobs), max(jobs)
            ratios = ", ".join(
                f"batch {size}: {rates[size, high] / rates[size, low]:.2f}x" for size in sizes if rates[size, low]
            )
            print(f"  {high} jobs / {low} job: {ratios}", flush=True)
        best = max(rates, key=lambda key: rates[key])
        print(f"  fastest: batch {best[0]}, {best[1]} jobs ({rates[best]:,.0f} articles/s)", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def end_to_end(settings: Settings, articles: int, seed: int, workdir: Path, *options: str) -> dict:
    corpus = workdir / "corpus"
    t0 = time.perf_counter()
    for _ in generate(corpus, articles, seed):
        pass
    gen_s = time.perf_counter() - t0
    seconds, proc = edkg_load(settings, corpus, *options)
    return {
        "articles": articles,
        "generate_s": gen_s,
        "load_s": seconds,
        "returncode": proc.returncode,
        "peak_rss_mib": peak_rss_mib(resource.RUSAGE_CHILDREN),
        "summary": proc.stdout.strip(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000, help="articles for the batched writer (part 1; 0 skips)")
    ap.add_argument("--sample", type=int, default=300, help="articles for the per-row baseline (part 1)")
    ap.add_argument("--e2e-articles", type=int, default=100_000, help="articles for `edkg load` (part 2; 0 skips)")
    ap.add_argument("--batch-articles", type=int, default=500, help="batch size of part 1")
    ap.add_argument("--grid-articles", type=int, default=3_000, help="articles for the batch x jobs grid (0 skips)")
    ap.add_argument("--batch-sizes", default="100,250,500,1000", help="batch sizes of the grid")
    ap.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="jobs counts of the grid")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--quick", action="store_true", help="2,000 / 200 / 2,000 articles")
    ap.add_argument("--wipe", action="store_true", help="allow wiping a non-empty graph")
    args = ap.parse_args()
    if args.quick:
        args.articles, args.sample, args.e2e_articles, args.grid_articles = 2_000, 200, 2_000, 1_000

    from graph.local_server import LocalNeo4j

    settings = Settings()
    server = LocalNeo4j(settings) if settings.uses_local_server else None
    started_here = server is not None and server.pid() is None
    if started_here:
        print(f"starting Neo4j in {settings.neo4j_home} on {settings.neo4j_uri}", flush=True)
        server.start()
    db = settings.neo4j_database
    try:
        with open_driver(settings) as driver:
            if counts(driver, db)[0] and not args.wipe:
                sys.exit(f"{settings.neo4j_uri} holds a graph: pass --wipe to let the benchmark erase it")
            apply_schema(driver, db)
            if args.articles:
                print(f"== part 1: per-row baseline on {args.sample // 2} articles, empty graph", flush=True)
                wipe(driver, db)
                before = baseline(driver, db, args.seed, args.sample // 2)
                print(
                    f"  {before['relationships']} relationships in {before['write_s']:.1f} s: "
                    f"{before['rel_per_s']:,.0f} rel/s"
                )
                print(f"== part 1: batched writer on {args.articles} articles", flush=True)
                wipe(driver, db)
                fast = batched(driver, db, args.seed, args.articles, args.batch_articles)
                nodes, rels = counts(driver, db)
                print(
                    f"  {fast['relationships']} relationships in {fast['write_s']:.1f} s of write transactions "
                    f"({fast['wall_s']:.1f} s with generating the extractions): {fast['rel_per_s']:,.0f} rel/s; "
                    f"graph: {nodes} nodes, {rels} relationships",
                    flush=True,
                )
                print(
                    f"== part 1: per-row baseline on {args.sample - args.sample // 2} more articles, loaded graph",
                    flush=True,
                )
                after = baseline(driver, db, args.seed, args.sample - args.sample // 2, start=args.articles)
                print(
                    f"  {after['relationships']} relationships in {after['write_s']:.1f} s: "
                    f"{after['rel_per_s']:,.0f} rel/s"
                )
                base_rate = (before["relationships"] + after["relationships"]) / (before["write_s"] + after["write_s"])
                print(
                    f"  per-row baseline overall: {base_rate:,.0f} rel/s; batched: {fast['rel_per_s']:,.0f} rel/s; "
                    f"ratio batched / per-row: {fast['rel_per_s'] / base_rate:.1f}x; "
                    f"peak RSS of this process: {peak_rss_mib():.0f} MiB",
                    flush=True,
                )
            if args.grid_articles:
                sizes = [int(x) for x in args.batch_sizes.split(",")]
                jobs = sorted({int(x) for x in args.jobs.split(",")})
                print(
                    f"== part 2: `edkg load` of {args.grid_articles} synthetic articles by batch size and jobs "
                    f"({os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
                grid(driver, settings, args.grid_articles, args.seed, sizes, jobs)
            if args.e2e_articles:
                print(
                    f"== part 3: `edkg load` of {args.e2e_articles} synthetic articles (default options: "
                    f"{os.cpu_count()} jobs; load average {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
                wipe(driver, db)
                workdir = Path(tempfile.mkdtemp(prefix="edkg-bench-"))
                try:
                    e2e = end_to_end(settings, args.e2e_articles, args.seed, workdir)
                finally:
                    shutil.rmtree(workdir, ignore_errors=True)
                nodes, rels = counts(driver, db)
                print(e2e["summary"])
                print(
                    f"  generated in {e2e['generate_s']:.1f} s; loaded in {e2e['load_s']:.1f} s "
                    f"({e2e['articles'] / e2e['load_s']:,.0f} articles/s), exit code {e2e['returncode']}; "
                    f"graph: {nodes} nodes, {rels} relationships; peak RSS of the largest process "
                    f"(`edkg load` or one of its workers): {e2e['peak_rss_mib']:.0f} MiB; "
                    f"load average after: {os.getloadavg()[0]:.1f}"
                )
    finally:
        if started_here:
            server.stop()


if __name__ == "__main__":
    main()
