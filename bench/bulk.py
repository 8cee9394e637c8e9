"""Bulk load benchmark: `edkg load --bulk` against `edkg load` on the same synthetic articles, then a million.

    python bench/bulk.py                          # 100,000 articles both ways, then 1,000,000 through --bulk
    python bench/bulk.py --quick                  # 2,000 articles both ways, no million
    python bench/bulk.py --articles 100000 --million 0 --tx-jobs 2

Part 1: `--articles` synthetic files (`loaders.synth`) are generated once; the bulk path loads them into the
empty database, then the database is wiped and `edkg load` (the transactional writer) loads the same files.
Both extract with `--jobs` processes (the transactional one with `--tx-jobs` if given). Printed: wall time of each (generation not included), articles/s, the
ratio, the node and relationship counts of both graphs (they must be equal), the bulk's phases and the peak RSS
of the loading process and of `neo4j-admin database import`. Part 2: `--million` articles through the bulk path:
wall time and peak RSS (of edkg, of its worker processes and of the import tool).

Each load runs as a process of its own: the transactional one is `edkg load CORPUS --quiet`; the bulk one is
this script run as a child (`--child`), which calls `graph.bulk.bulk_load` (what `edkg load --bulk` runs) and
prints its figures as JSON, so the import tool's own peak RSS (`os.wait4`) and each phase's time come back.

It uses the server of the environment (NEO4J_HOME, NEO4J_BOLT_PORT, ...; started if it is local and not
running, stopped again at the end) and WIPES its database: it refuses a non-empty graph unless `--wipe`.
The corpora are generated under `--workdir` (default: a temporary folder, removed at the end; a million
articles take about 4 GB) and reused when already there.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.settings import Settings  # noqa: E402
from graph.driver import open_driver  # noqa: E402
from graph.schema import apply_schema, wipe_graph  # noqa: E402
from loaders.parallel import default_jobs  # noqa: E402
from loaders.synth import article_path, generate  # noqa: E402

PROGRESS_EVERY = 10_000
"""Files between two progress lines of a bulk load (on stderr, with the rate so far and this process's RSS)."""


def _child(corpus: str, jobs: int) -> None:
    """Run the bulk load in this process and print its figures (one JSON line on stdout); progress on stderr."""
    from graph.bulk import bulk_load

    started = time.perf_counter()
    done = 0

    def say(text: str) -> None:
        print(
            f"  [{time.strftime('%H:%M:%S')} +{time.perf_counter() - started:,.0f} s] {text}",
            file=sys.stderr,
            flush=True,
        )

    def on_file(source: str) -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            rate = done / (time.perf_counter() - started)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            workers = _workers_rss()
            say(
                f"{done:,} files read and written ({rate:,.0f}/s), peak RSS {rss:,.0f} MiB"
                + (f", extraction workers {workers} MiB" if workers else "")
                + f"; {_load()}"
            )

    result = bulk_load(Settings(), [corpus], jobs=jobs, on_file=on_file, on_phase=say)
    s = result.load.stats
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "phases": result.phases,
                "articles": s.articles_new,
                "failed": s.articles_failed,
                "nodes": result.nodes,
                "relationships": result.relationships,
                "import_peak_mib": result.import_peak_mib,
                "edkg_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "children_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def _workers_rss() -> str:
    """The resident memory of this process's worker processes now (Linux's /proc; empty elsewhere)."""
    import multiprocessing

    sizes = []
    for child in multiprocessing.active_children():
        try:
            status = Path(f"/proc/{child.pid}/status").read_text(encoding="ascii")
        except OSError:
            continue
        kib = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), None)
        if kib is not None:
            sizes.append(f"{int(kib) / 1024:,.0f}")
    return " + ".join(sizes)


def corpus(workdir: Path, articles: int, seed: int) -> tuple[Path, float]:
    """`articles` synthetic files under workdir (made once; a corpus already there is reused)."""
    folder = workdir / f"synth-{seed}-{articles}"
    if article_path(folder, seed, articles - 1).exists():
        return folder, 0.0
    t0 = time.perf_counter()
    for _ in generate(folder, articles, seed):
        pass
    return folder, time.perf_counter() - t0


def _env(settings: Settings) -> dict[str, str]:
    return dict(
        os.environ,
        NEO4J_URI=settings.neo4j_uri,
        NEO4J_HOME=str(settings.neo4j_home),
        NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        NEO4J_HTTP_PORT=str(settings.neo4j_http_port),
    )


QUIET = ("ambiguous name:",)
"""Warnings of the extraction printed for thousands of synthetic articles, counted instead of shown."""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run `cmd`; its stderr is shown as it comes (progress), but for the QUIET warnings; returns the exit code,
    stdout and the last lines of stderr."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        tail: list[str] = []
        quiet = 0
        for line in proc.stderr:
            if line.startswith(QUIET):
                quiet += 1
                continue
            tail = [*tail[-39:], line]
            print(line, end="", flush=True)
        code = proc.wait()
        out.seek(0)
        if quiet:
            print(f"  ({quiet:,} 'ambiguous name' warnings of the extraction not shown)", flush=True)
        return code, out.read(), "".join(tail)


def bulk(settings: Settings, folder: Path, jobs: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(folder), "--jobs", str(jobs)]
    t0 = time.perf_counter()
    code, stdout, stderr = _run(cmd, _env(settings))
    wall = time.perf_counter() - t0
    if code != 0:
        sys.exit(f"the bulk load failed:\n{stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    figures["wall_s"] = wall
    return figures


def transactional(settings: Settings, folder: Path, jobs: int) -> dict[str, Any]:
    cmd = [sys.executable, "-c", "from edkg.cli import main; main()", "load", str(folder), "--quiet"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    code, stdout, stderr = _run(cmd, _env(settings))
    wall = time.perf_counter() - t0
    if code != 0:
        sys.exit(f"edkg load failed:\n{stdout[-2000:]}\n{stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"wall_s": wall, "peak_mib": peak / 1024 if peak > before else None, "summary": stdout.strip()}


def counts(settings: Settings) -> tuple[int, int]:
    with open_driver(settings) as driver:  # a new driver each time: a bulk import starts a new database
        n = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=settings.neo4j_database)[0][0]["c"]
        r = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=settings.neo4j_database)
        return n, r[0][0]["c"]


def wipe(settings: Settings) -> None:
    with open_driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        wipe_graph(driver, settings.neo4j_database)


def _phases(figures: dict[str, Any]) -> str:
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in figures["phases"].items())


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="articles loaded both ways (0 skips)")
    ap.add_argument("--million", type=int, default=1_000_000, help="articles through --bulk alone (0 skips)")
    ap.add_argument(
        "--jobs",
        type=int,
        help="extraction processes, both paths (default: the commands' own, one per core for 1,000 files or more; "
        "any number gives the same graph, loaders/parallel.py, so the two graphs are always compared)",
    )
    ap.add_argument("--tx-jobs", type=int, help="extraction processes of the transactional load (default --jobs)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workdir", type=Path, help="where the corpora are made (kept); default a temporary folder")
    ap.add_argument("--quick", action="store_true", help="2,000 articles both ways, no million")
    ap.add_argument("--wipe", action="store_true", help="allow wiping a non-empty graph")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.jobs or 1)
        return
    if args.quick:
        args.articles, args.million = 2_000, 0

    from graph.local_server import LocalNeo4j

    settings = Settings()
    server = LocalNeo4j(settings) if settings.uses_local_server else None
    if server is None:
        sys.exit(f"the bulk path needs the local server; NEO4J_URI points at {settings.neo4j_uri}")
    started_here = server.pid() is None
    if started_here:
        server.start()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="edkg-bench-bulk-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if counts(settings)[0] and not args.wipe:
            sys.exit(f"{settings.neo4j_uri} holds a graph: pass --wipe to let the benchmark erase it")
        if args.articles:
            jobs = args.jobs or default_jobs(args.articles)
            folder, made = corpus(workdir, args.articles, args.seed)
            print(f"== {args.articles:,} synthetic articles ({made:.0f} s to generate), jobs {jobs}; {_load()}")
            wipe(settings)
            fast = bulk(settings, folder, jobs)
            bulk_counts = counts(settings)
            print(
                f"  edkg load --bulk: {fast['wall_s']:.1f} s ({args.articles / fast['wall_s']:,.0f} articles/s; "
                f"{_phases(fast)}); peak RSS edkg {fast['edkg_peak_mib']:.0f} MiB, import tool "
                f"{fast['import_peak_mib']:.0f} MiB; {_load()}",
                flush=True,
            )
            wipe(settings)
            tx_jobs = args.tx_jobs or jobs
            print(f"  edkg load (jobs {tx_jobs}) of the same files; {_load()}", flush=True)
            slow = transactional(settings, folder, tx_jobs)
            tx_counts = counts(settings)
            peak = f"peak RSS {slow['peak_mib']:.0f} MiB; " if slow["peak_mib"] else ""
            print(
                f"  edkg load:        {slow['wall_s']:.1f} s ({args.articles / slow['wall_s']:,.0f} articles/s); "
                f"{peak}{_load()}"
            )
            same = bulk_counts == tx_counts
            print(
                f"  ratio edkg load / --bulk: {slow['wall_s'] / fast['wall_s']:.2f}x; nodes {bulk_counts[0]:,} "
                f"(bulk) / {tx_counts[0]:,} (transactional), relationships {bulk_counts[1]:,} / {tx_counts[1]:,}"
                + ("" if same else "  ** the graphs differ **"),
                flush=True,
            )
        if args.million:
            folder, made = corpus(workdir, args.million, args.seed)
            print(f"== {args.million:,} synthetic articles through --bulk ({made:.0f} s to generate); {_load()}")
            wipe(settings)
            big = bulk(settings, folder, args.jobs or default_jobs(args.million))
            print(
                f"  edkg load --bulk: {big['wall_s']:.1f} s = {big['wall_s'] / 60:.1f} min "
                f"({args.million / big['wall_s']:,.0f} articles/s; {_phases(big)}); {big['nodes']:,} nodes, "
                f"{big['relationships']:,} relationships; peak RSS: edkg {big['edkg_peak_mib']:.0f} MiB, "
                f"its largest child {big['children_peak_mib']:.0f} MiB, import tool {big['import_peak_mib']:.0f} MiB; "
                f"{_load()}",
                flush=True,
            )
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
        if started_here:
            server.stop()


if __name__ == "__main__":
    main()
