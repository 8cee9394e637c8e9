"""Benchmark: the REST API against the same reads run directly through the async driver.

    .venv/bin/python bench/api.py                  # 20,000 synthetic articles, 16 clients
    .venv/bin/python bench/api.py --concurrency 32 --requests 3000 --duration 60

What it does, in one command:
1. starts a dedicated Neo4j server home (`.neo4j/bench-api`, Bolt 38687, HTTP 38474);
2. loads it with `edkg synth --articles N` + `edkg load` unless it already holds
   N articles or more (then it is reused);
3. starts the API under uvicorn (`edkg serve`) as a separate process on loopback;
4. for each scenario (search, 2-hop neighbourhood, shortest path), runs the same
   workload (fixed seed) with the same number of concurrent clients, bounded in
   requests and time, first through the driver in this process (the very
   functions the routes call: `api.search`, `api.subgraph`, `api.paths`), then
   over HTTP with httpx;
5. prints p50/p95/p99 latency, requests per second, errors, and API/driver ratios.

The API server, Neo4j and this load generator share the machine's cores, so
the ratio includes the cost of the HTTP client too: an upper bound on the API's
own overhead.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cypher
from api import subgraph
from api.paths import shortest_paths
from api.queries import GraphReader
from api.search import search_rows
from core.settings import PROJECT_ROOT, Settings
from graph.driver import open_async_driver, open_driver
from graph.local_server import LocalNeo4j
from graph.model import RELATIONSHIP_TYPES
from loaders.text import fold

HOME = PROJECT_ROOT / ".neo4j" / "bench-api"
BOLT, HTTP, API_PORT = 38687, 38474, 38700
FACTS = list(RELATIONSHIP_TYPES)
EDKG = str(Path(sys.executable).parent / "edkg")


def bench_settings() -> Settings:
    return Settings(
        _env_file=None,
        neo4j_home=HOME,
        neo4j_bolt_port=BOLT,
        neo4j_http_port=HTTP,
        neo4j_uri=f"bolt://127.0.0.1:{BOLT}",
        neo4j_password=None,
        neo4j_heap="2g",
        neo4j_pagecache="1g",
        api_host="127.0.0.1",
        api_port=API_PORT,
    )


def child_env(settings: Settings) -> dict[str, str]:
    """The environment that points `edkg` subcommands at the bench server."""
    return {
        **os.environ,
        "NEO4J_HOME": str(settings.neo4j_home),
        "NEO4J_BOLT_PORT": str(BOLT),
        "NEO4J_HTTP_PORT": str(HTTP),
        "NEO4J_URI": settings.neo4j_uri,
        "NEO4J_HEAP": settings.neo4j_heap,
        "NEO4J_PAGECACHE": settings.neo4j_pagecache,
        "API_HOST": "127.0.0.1",
        "API_PORT": str(API_PORT),
    }


def edkg(*args: str, settings: Settings) -> None:
    """Run an `edkg` command of this virtualenv on the bench server."""
    subprocess.run([EDKG, *args], env=child_env(settings), check=True)


def read_rows(settings: Settings, name: str, **params) -> list[dict]:
    """Rows of `cypher/api/<name>.cypher`, read once with the synchronous driver (notifications off)."""
    with (
        open_driver(settings) as driver,
        driver.session(database=settings.neo4j_database, notifications_min_severity="OFF") as session,
    ):
        return session.execute_read(lambda tx: tx.run(cypher.read(f"api/{name}.cypher"), params).data())


def article_count(settings: Settings) -> int:
    return read_rows(settings, "stats")[0]["labels"]["Article"]


def ensure_loaded(settings: Settings, articles: int, seed: int) -> int:
    """Reuse the bench graph when this corpus was loaded (or it holds enough articles), else generate and load it.

    A marker file records a completed load: the synthetic corpus may hold a few
    identical texts, which the writer counts once, so the article count alone
    can stay just under `articles`.
    """
    corpus = HOME / f"corpus-seed{seed}-{articles}"
    marker = HOME / f"loaded-seed{seed}-{articles}"
    have = article_count(settings)
    if marker.exists() or have >= articles:
        print(f"reusing the bench graph: {have:,} distinct articles in {HOME}")
        return have
    if (sum(1 for _ in corpus.rglob("*.txt")) if corpus.exists() else 0) < articles:
        print(f"generating {articles:,} synthetic articles into {corpus} …", flush=True)
        edkg("synth", "--articles", str(articles), "--seed", str(seed), "--out", str(corpus), settings=settings)
    print(f"loading {corpus} (this takes a while once; later runs reuse the graph) …", flush=True)
    started = time.perf_counter()
    edkg("load", str(corpus), "--quiet", settings=settings)
    have = article_count(settings)
    marker.write_text(f"{have}\n", encoding="utf-8")
    print(f"loaded {have:,} articles in {time.perf_counter() - started:,.0f} s")
    return have


@dataclass
class Scenario:
    name: str
    path: str
    params: list[dict]
    direct: Callable[[GraphReader, dict], Awaitable[object]]


def workload(settings: Settings, per_scenario: int, seed: int) -> list[Scenario]:
    """The same requests for both modes: a fixed-seed sample of officials and provinces."""
    row = read_rows(settings, "bench_workload", limit=5000)[0]
    officials, provinces = row["officials"], row["provinces"]
    rng = random.Random(seed)
    names = [o["name"] for o in officials] + [fold(p["name"]) for p in provinces]
    search = [{"q": rng.choice(names)} for _ in range(per_scenario)]
    hoods = [{"id": rng.choice(officials)["id"], "depth": 2} for _ in range(per_scenario)]
    pairs = [
        {"source": rng.choice(officials)["id"], "target": rng.choice(provinces)["id"], "max_hops": 4, "k": 1}
        for _ in range(per_scenario)
    ]
    return [
        Scenario("search", "/entities", search, lambda reader, p: search_rows(reader, p["q"], None, 20, 0)),
        Scenario(
            "neighbourhood depth 2",
            "/entities/{id}/neighbourhood",
            hoods,
            lambda reader, p: subgraph.neighbourhood(reader, p["id"], p["depth"], FACTS, [], 100),
        ),
        Scenario(
            "path (shortest)",
            "/paths",
            pairs,
            lambda reader, p: shortest_paths(reader, p["source"], p["target"], p["max_hops"], p["k"], FACTS),
        ),
    ]


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000 if ordered else float("nan")

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


async def drive(calls: list[Callable[[], Awaitable[bool]]], concurrency: int, duration: float) -> Run:
    """Run the calls with `concurrency` workers until all are done or `duration` seconds have passed."""
    run = Run()
    queue = iter(calls)
    deadline = time.perf_counter() + duration

    async def worker() -> None:
        for call in queue:
            if time.perf_counter() > deadline:
                return
            started = time.perf_counter()
            try:
                ok = await call()
            except Exception:
                ok = False
            if ok:
                run.latencies.append(time.perf_counter() - started)
            else:
                run.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.seconds = time.perf_counter() - started
    return run


def http_calls(client: httpx.AsyncClient, scenario: Scenario) -> list[Callable[[], Awaitable[bool]]]:
    def call(p: dict) -> Callable[[], Awaitable[bool]]:
        params = {k: v for k, v in p.items() if k != "id"}
        url = scenario.path.format(id=p.get("id", ""))

        async def get() -> bool:
            return (await client.get(url, params=params)).status_code == 200

        return get

    return [call(p) for p in scenario.params]


def driver_calls(reader: GraphReader, scenario: Scenario) -> list[Callable[[], Awaitable[bool]]]:
    def call(p: dict) -> Callable[[], Awaitable[bool]]:
        async def read() -> bool:
            await scenario.direct(reader, p)
            return True

        return read

    return [call(p) for p in scenario.params]


def start_api(settings: Settings) -> subprocess.Popen:
    log = open(HOME / "bench-api-server.log", "w")
    process = subprocess.Popen(
        [EDKG, "serve", "--host", "127.0.0.1", "--port", str(API_PORT)], env=child_env(settings), stdout=log, stderr=log
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{API_PORT}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"the API exited with {process.returncode}; see {log.name}")
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("the API did not answer /health in 60 s")


async def measure(
    settings: Settings, scenarios: list[Scenario], concurrency: int, duration: float, warmup: int
) -> list[tuple[str, Run, Run]]:
    results = []
    driver = open_async_driver(settings)
    reader = GraphReader(driver, settings.neo4j_database)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{API_PORT}", limits=limits, timeout=60) as client:
            for scenario in scenarios:
                warm = Scenario(scenario.name, scenario.path, scenario.params[:warmup], scenario.direct)
                await drive(driver_calls(reader, warm), concurrency, duration)
                await drive(http_calls(client, warm), concurrency, duration)
                direct = await drive(driver_calls(reader, scenario), concurrency, duration)
                over_http = await drive(http_calls(client, scenario), concurrency, duration)
                results.append((scenario.name, direct, over_http))
                print(f"  {scenario.name}: done", flush=True)
    finally:
        await driver.close()
    return results


def report(results: list[tuple[str, Run, Run]], concurrency: int) -> None:
    print(f"\n{concurrency} concurrent clients; latencies in ms\n")
    header = f"{'scenario':<24}{'mode':<8}{'ok':>7}{'err':>5}{'p50':>9}{'p95':>9}{'p99':>9}{'req/s':>9}"
    print(header)
    print("-" * len(header))
    for name, direct, over_http in results:
        for mode, run in (("driver", direct), ("api", over_http)):
            print(
                f"{name:<24}{mode:<8}{len(run.latencies):>7}{run.errors:>5}{run.pct(0.5):>9.1f}"
                f"{run.pct(0.95):>9.1f}{run.pct(0.99):>9.1f}{run.rps:>9.0f}"
            )
    print("\nAPI / driver (target ≤ 1.5× at p50)")
    for name, direct, over_http in results:
        ratios = "  ".join(
            f"{label} {over_http.pct(q) / direct.pct(q):.2f}×"
            for label, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
        )
        print(
            f"  {name:<24}{ratios}   throughput {over_http.rps / direct.rps:.2f}× of direct"
            if direct.rps
            else f"  {name:<24}{ratios}"
        )


def _loop_factory():
    """uvloop's event loop where it is installed (not on Windows), else asyncio's own."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="synthetic articles in the graph (at least)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and workload seed")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=2_000, help="requests per scenario and mode")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds at most per scenario and mode")
    parser.add_argument("--warmup", type=int, default=100, help="unmeasured requests per scenario and mode")
    parser.add_argument(
        "--only",
        choices=("search", "neighbourhood", "path"),
        action="append",
        help="run only this scenario (repeatable; default: all three)",
    )
    parser.add_argument("--keep-neo4j", action="store_true", help="leave the bench Neo4j server running")
    args = parser.parse_args()

    settings = bench_settings()
    server = LocalNeo4j(settings)
    was_running = server.pid() is not None
    print(f"Neo4j bench server: {HOME} (Bolt {BOLT})", flush=True)
    server.start()
    api = None
    try:
        articles = ensure_loaded(settings, args.articles, args.seed)
        scenarios = [
            s for s in workload(settings, args.requests, args.seed) if not args.only or s.name.split()[0] in args.only
        ]
        api = start_api(settings)
        print(
            f"API under uvicorn on 127.0.0.1:{API_PORT} (pid {api.pid}); graph of {articles:,} articles; "
            f"{args.requests} requests per scenario and mode, ≤ {args.duration:.0f} s each",
            flush=True,
        )
        # uvloop (a dependency: the API serves on it) drives both modes alike in this process.
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            results = runner.run(measure(settings, scenarios, args.concurrency, args.duration, args.warmup))
        report(results, args.concurrency)
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        if not was_running and not args.keep_neo4j:
            server.stop()


if __name__ == "__main__":
    main()
