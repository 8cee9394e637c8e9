"""Benchmark: hub-safe paths and neighbourhoods, the old queries and the new, through the driver and the API.

    .venv/bin/python bench/api.py                       # 20,000 synthetic articles, 1 and 16 clients
    .venv/bin/python bench/api.py --clients 16 --only path --requests 300

What it does, in one command:
1. starts a dedicated Neo4j server home (`.neo4j/bench-api` or BENCH_HOME, Bolt 38687, HTTP 38474, or
   BENCH_*_PORT);
2. loads it with `edkg synth --articles N` + `edkg load` unless it already holds
   N articles or more (then it is reused; `--reload` wipes it and loads it again with the current code);
3. starts the API under uvicorn (`edkg serve`) as a separate process on loopback, with its default settings
   (the hub degree, the cap per node, the cap on expensive reads and its 503s);
4. for each scenario — paths (`max_hops=6, k=10`) between random pairs of *peripheral* officials (at most 3
   relationships, as tests/test_api_deadlines.py calls them) and 2-hop neighbourhoods of random officials
   (limit 100), `--only search` adds the search — and for each number of clients (1 and 16), runs the same
   workload (fixed seed) in three modes, one after the other:
   - `driver old`: the raw async driver running the queries as they were before hubs were avoided
     (`cypher/api/bench_paths_old.cypher`, `bench_neighbourhood_step_old.cypher`, with the old
     breadth-first loop below);
   - `driver new`: the raw driver running the new ones (the very functions the routes call:
     `api.paths.shortest_paths`, `api.subgraph.neighbourhood` with the API's hub degree and cap per node);
   - `api`: over HTTP with httpx;
   every read of the driver modes gets the API's budget (`API_READ_TIMEOUT`) as its transaction timeout,
   as the API's own reads do, so an old search that runs longer is stopped and counted as an error;
5. prints, side by side, p50/p95/p99 latency of the answered requests, requests per second, errors by kind
   (a 503 of the cap on expensive reads, a 504 or driver timeout of the budget), how many path searches
   found a path, the CPU time each request cost the API process, Neo4j and this process (from `/proc`,
   so the machine's other work does not count), and ratios (new/old, api/new).

The API server, Neo4j and this load generator share the machine's cores (and, on a shared machine, other
work: the load average is printed before and after); each mode runs after the previous one has finished.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cypher
from api import subgraph
from api.convert import PROJECTION
from api.deadlines import REQUEST_DEADLINE
from api.paths import shortest_paths
from api.queries import GraphReader, fetch, with_literals, with_types
from api.search import search_rows
from core.errors import NotFoundError
from core.settings import PROJECT_ROOT, Settings
from core.text import fold
from graph.driver import open_async_driver, open_driver
from graph.local_server import LocalNeo4j
from graph.model import PROVENANCE_TYPE, RELATIONSHIP_TYPES
from graph.schema import apply_schema, wipe_graph

HOME = Path(os.environ.get("BENCH_HOME") or PROJECT_ROOT / ".neo4j" / "bench-api")
"""The bench server's home (BENCH_HOME: another one, e.g. a copy of a loaded graph beside another benchmark)."""
BOLT = int(os.environ.get("BENCH_BOLT_PORT", "38687"))
HTTP = int(os.environ.get("BENCH_HTTP_PORT", "38474"))
API_PORT = int(os.environ.get("BENCH_API_PORT", "38700"))
"""Ports of the bench server and API (BENCH_BOLT_PORT, BENCH_HTTP_PORT, BENCH_API_PORT: beside other servers)."""
FACTS = list(RELATIONSHIP_TYPES)
EDKG = str(Path(sys.executable).parent / "edkg")
PERIPHERAL_DEGREE = 3
"""An official with at most this many relationships (any type, articles included) is peripheral."""
PATH_HOPS, PATH_K = 6, 10
HOOD_DEPTH, HOOD_LIMIT = 2, 100
MODES = ("driver old", "driver new", "api")
SETTLE = 3.0
"""Seconds between two runs: transactions stopped at their budget leave the server before the next mode."""


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


def read_rows(settings: Settings, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of `cypher/api/<name>.cypher`, read once with the synchronous driver (notifications off)."""
    with (
        open_driver(settings) as driver,
        driver.session(database=settings.neo4j_database, notifications_min_severity="OFF") as session,
    ):
        return session.execute_read(lambda tx: tx.run(cypher.read(f"api/{name}.cypher"), params).data())


def article_count(settings: Settings) -> int:
    return int(read_rows(settings, "stats")[0]["labels"]["Article"])


def ensure_loaded(settings: Settings, articles: int, seed: int, reload: bool = False) -> int:
    """Reuse the bench graph when this corpus was loaded (or it holds enough articles), else generate and load it.

    A marker file records a completed load: the synthetic corpus may hold a few
    identical texts, which the writer counts once, so the article count alone
    can stay just under `articles`.
    """
    corpus = HOME / f"corpus-seed{seed}-{articles}"
    marker = HOME / f"loaded-seed{seed}-{articles}"
    if reload:  # the graph an older extraction made: wiped and loaded again with the code of this checkout
        with open_driver(settings) as driver:
            apply_schema(driver, settings.neo4j_database)
            wipe_graph(driver, settings.neo4j_database)
        marker.unlink(missing_ok=True)
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


# ------------------------------------------------------------------ the old queries (the baseline)

OLD_ROWS_PER_NODE = 4


async def old_paths(
    reader: GraphReader, source: str, target: str, max_hops: int, k: int, rel_types: list[str]
) -> list[dict[str, Any]]:
    """The paths query as it was: SHORTEST k through every node, hubs included."""
    query = with_types(with_literals(cypher.read("api/bench_paths_old.cypher"), k=k, max_hops=max_hops), rel_types)
    params = {"source": source, "target": target, "through_articles": PROVENANCE_TYPE in rel_types, **PROJECTION}
    return await reader.transaction(lambda tx: fetch(tx, query, params))


async def old_neighbourhood(reader: GraphReader, root_id: str, depth: int, rel_types: list[str], limit: int) -> int:
    """The breadth-first neighbourhood as it was (every node expanded, rows bounded per step only); node count."""
    step = with_types(cypher.read("api/bench_neighbourhood_step_old.cypher"), rel_types)

    async def work(tx: Any) -> int:
        roots = await fetch(tx, cypher.read("api/node_ref.cypher"), {"ids": [root_id], **PROJECTION})
        if not roots:
            raise NotFoundError(root_id)
        nodes = {roots[0]["element_id"]}
        frontier = [roots[0]["element_id"]]
        for _ in range(depth):
            if not frontier:
                break
            max_rows = OLD_ROWS_PER_NODE * max(limit - len(nodes), 1) + len(frontier)
            rows = await fetch(
                tx,
                step,
                {"frontier": frontier, "labels": [], "with_articles": False, "max_rows": max_rows, **PROJECTION},
            )
            frontier = []
            for row in rows:
                if row["element_id"] not in nodes and len(nodes) < limit:
                    nodes.add(row["element_id"])
                    frontier.append(row["element_id"])
        return len(nodes)

    return await reader.transaction(work)


# ------------------------------------------------------------------------------ workload and runs

Answer = bool
"""What a call says when it succeeds: whether the answer was non-empty (a path found)."""


@dataclass
class Scenario:
    name: str
    path: str
    params: list[dict[str, Any]]
    old: Callable[[GraphReader, dict[str, Any]], Awaitable[Answer]]
    new: Callable[[GraphReader, dict[str, Any]], Awaitable[Answer]]
    found: Callable[[dict[str, Any]], Answer] = lambda body: True


def workload(settings: Settings, per_scenario: int, seed: int) -> list[Scenario]:
    """The same requests for every mode: fixed-seed samples of officials, peripheral pairs and names."""
    row = read_rows(settings, "bench_workload", peripheral_degree=PERIPHERAL_DEGREE)[0]
    officials, provinces = row["officials"], row["provinces"]
    peripheral = [o["id"] for o in officials if o["peripheral"]]
    print(f"workload: {len(officials):,} officials, {len(peripheral):,} of them peripheral (≤ {PERIPHERAL_DEGREE})")
    rng = random.Random(seed)
    names = [o["name"] for o in rng.sample(officials, 500)] + [fold(p["name"]) for p in provinces]
    search = [{"q": rng.choice(names)} for _ in range(per_scenario)]
    hoods = [{"id": rng.choice(officials)["id"], "depth": HOOD_DEPTH, "limit": HOOD_LIMIT} for _ in range(per_scenario)]
    pairs: list[dict[str, Any]] = []
    while len(pairs) < per_scenario:
        source, target = rng.sample(peripheral, 2)
        pairs.append({"source": source, "target": target, "max_hops": PATH_HOPS, "k": PATH_K})
    per_node, hub_degree = settings.api_neighbourhood_per_node, settings.api_hub_degree

    async def search_call(reader: GraphReader, p: dict[str, Any]) -> Answer:
        return bool((await search_rows(reader, p["q"], None, 20, 0))["items"])

    async def old_hood(reader: GraphReader, p: dict[str, Any]) -> Answer:
        return await old_neighbourhood(reader, p["id"], p["depth"], FACTS, p["limit"]) > 1

    async def new_hood(reader: GraphReader, p: dict[str, Any]) -> Answer:
        raw = await subgraph.neighbourhood(reader, p["id"], p["depth"], FACTS, [], p["limit"], per_node, hub_degree)
        return len(raw.nodes) > 1

    async def old_path(reader: GraphReader, p: dict[str, Any]) -> Answer:
        return bool(await old_paths(reader, p["source"], p["target"], p["max_hops"], p["k"], FACTS))

    async def new_path(reader: GraphReader, p: dict[str, Any]) -> Answer:
        rows = await shortest_paths(reader, p["source"], p["target"], p["max_hops"], p["k"], FACTS, hub_degree)
        return bool(rows)

    return [
        Scenario("search", "/entities", search, search_call, search_call, lambda body: bool(body["items"])),
        Scenario(
            f"neighbourhood depth {HOOD_DEPTH}",
            "/entities/{id}/neighbourhood",
            hoods,
            old_hood,
            new_hood,
            lambda body: len(body["nodes"]) > 1,
        ),
        Scenario(
            f"path {PATH_HOPS} hops k={PATH_K}",
            "/paths",
            pairs,
            old_path,
            new_path,
            lambda body: bool(body["paths"]),
        ),
    ]


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    found: int = 0
    seconds: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    """CPU seconds spent during the run by each process watched ("api", "neo4j", "bench")."""

    def cpu_ms(self, who: str) -> float:
        """`who`'s CPU milliseconds per request (answered or not), NaN when it was not watched."""
        done = len(self.latencies) + sum(self.errors.values())
        return self.cpu[who] * 1000 / done if who in self.cpu and done else float("nan")

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000 if ordered else float("nan")

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


Call = Callable[[], Awaitable[Answer]]


class Failed(Exception):
    """A request that did not succeed, by kind (503, 504, timeout, …)."""


async def drive(calls: list[Call], concurrency: int, duration: float) -> Run:
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
                found = await call()
            except Failed as failure:
                run.errors[str(failure)] += 1
                continue
            except Exception as error:  # a driver error: the timeout of the budget or another
                kind = "timeout" if "timeout" in type(error).__name__.lower() + str(error).lower() else "error"
                run.errors[kind] += 1
                continue
            run.latencies.append(time.perf_counter() - started)
            run.found += found

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.seconds = time.perf_counter() - started
    return run


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int | None) -> float | None:
    """User + system CPU seconds of process `pid` so far (Linux `/proc`), None where it cannot be read."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14 and 15 of stat)


def cpu_now(pids: dict[str, int | None]) -> dict[str, float]:
    """CPU seconds so far of each watched process that can be read, and of this one ("bench")."""
    seen = {who: process_cpu(pid) for who, pid in pids.items()}
    return {**{who: cpu for who, cpu in seen.items() if cpu is not None}, "bench": time.process_time()}


def http_calls(client: httpx.AsyncClient, scenario: Scenario, params: list[dict[str, Any]]) -> list[Call]:
    def call(p: dict[str, Any]) -> Call:
        query = {k: v for k, v in p.items() if k != "id"}
        url = scenario.path.format(id=p.get("id", ""))

        async def get() -> Answer:
            response = await client.get(url, params=query)
            if response.status_code != 200:
                raise Failed(str(response.status_code))
            return scenario.found(response.json())

        return get

    return [call(p) for p in params]


def driver_calls(
    reader: GraphReader,
    direct: Callable[[GraphReader, dict[str, Any]], Awaitable[Answer]],
    params: list[dict[str, Any]],
    budget: float,
) -> list[Call]:
    """Calls of a query function under the API's budget (its transaction timeout), as the routes run it."""

    def call(p: dict[str, Any]) -> Call:
        async def read() -> Answer:
            token = REQUEST_DEADLINE.set(time.monotonic() + budget)
            try:
                return await direct(reader, p)
            finally:
                REQUEST_DEADLINE.reset(token)

        return read

    return [call(p) for p in params]


def start_api(settings: Settings) -> subprocess.Popen[bytes]:
    log = open(HOME / "bench-api-server.log", "w")  # noqa: SIM115 (the server's log, closed with the process)
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


Result = tuple[str, int, str, Run]
"""(scenario, clients, mode, run)"""


async def measure(
    settings: Settings,
    scenarios: list[Scenario],
    clients: list[int],
    requests: int,
    duration: float,
    warmup: int,
    pids: dict[str, int | None] | None = None,
) -> list[Result]:
    results: list[Result] = []
    driver = open_async_driver(settings)
    reader = GraphReader(driver, settings.neo4j_database)
    budget = settings.api_read_timeout
    limits = httpx.Limits(max_connections=max(clients), max_keepalive_connections=max(clients))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{API_PORT}", limits=limits, timeout=60) as client:
            for scenario in scenarios:
                warm, measured = scenario.params[:warmup], scenario.params[warmup:]
                for mode in MODES:  # plans compiled and caches warm before anything is measured
                    await drive(calls_of(mode, scenario, warm, reader, client, budget), 4, duration / 4)
                for concurrency in clients:
                    # the same requests at every level: 1 client asks fewer (it is slower), from the start
                    asked = measured[: requests if concurrency > 1 else max(requests // 4, 20)]
                    for mode in MODES:
                        before = cpu_now(pids or {})
                        run = await drive(
                            calls_of(mode, scenario, asked, reader, client, budget), concurrency, duration
                        )
                        after = cpu_now(pids or {})
                        run.cpu = {who: after[who] - before[who] for who in after if who in before}
                        results.append((scenario.name, concurrency, mode, run))
                        await asyncio.sleep(SETTLE)
                        print(
                            f"  {scenario.name}, {concurrency} client(s), {mode}: {len(run.latencies)} ok, "
                            f"{sum(run.errors.values())} errors, p50 {run.pct(0.5):.0f} ms, CPU ms per request: "
                            f"API {run.cpu_ms('api'):.2f}, Neo4j {run.cpu_ms('neo4j'):.2f}, "
                            f"bench {run.cpu_ms('bench'):.2f}  (load {load()})",
                            flush=True,
                        )
    finally:
        await driver.close()
    return results


def calls_of(
    mode: str,
    scenario: Scenario,
    params: list[dict[str, Any]],
    reader: GraphReader,
    client: httpx.AsyncClient,
    budget: float,
) -> list[Call]:
    if mode == "api":
        return http_calls(client, scenario, params)
    return driver_calls(reader, scenario.old if mode == "driver old" else scenario.new, params, budget)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def report(results: list[Result]) -> None:
    print("\nlatencies of the answered requests in ms; errors: 503 = the API's cap on expensive reads, 504 or")
    print("timeout = the read budget spent; found = answers that were not empty (paths: a path was found);")
    print("CPU = ms of CPU per request of the API process, Neo4j and this load generator\n")
    header = (
        f"{'scenario':<24}{'clients':>8}  {'mode':<12}{'ok':>6}{'found':>7}{'errors':>18}"
        f"{'p50':>9}{'p95':>9}{'p99':>9}{'req/s':>8}{'CPU api':>9}{'neo4j':>7}{'bench':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, clients, mode, run in results:
        errors = ", ".join(f"{n} {kind}" for kind, n in sorted(run.errors.items())) or "0"
        print(
            f"{name:<24}{clients:>8}  {mode:<12}{len(run.latencies):>6}{run.found:>7}{errors:>18}"
            f"{run.pct(0.5):>9.1f}{run.pct(0.95):>9.1f}{run.pct(0.99):>9.1f}{run.rps:>8.1f}"
            f"{run.cpu_ms('api'):>9.2f}{run.cpu_ms('neo4j'):>7.2f}{run.cpu_ms('bench'):>7.2f}"
        )
    print("\nratios (p50 / p95 / p99)")
    by_key = {(name, clients, mode): run for name, clients, mode, run in results}
    for name, clients in dict.fromkeys((name, clients) for name, clients, _, _ in results):
        old, new, api = (by_key.get((name, clients, mode)) for mode in MODES)
        if old is None or new is None or api is None:
            continue

        def ratio(a: Run, b: Run) -> str:
            return " / ".join(f"{a.pct(q) / b.pct(q):.2f}×" for q in (0.5, 0.95, 0.99))

        print(f"  {name:<24}{clients:>3} client(s): new/old {ratio(new, old)}   api/new {ratio(api, new)}")


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (not on Windows), else asyncio's own."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="synthetic articles in the graph (at least)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and workload seed")
    parser.add_argument("--clients", default="1,16", help="concurrent clients, comma-separated")
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario and mode (1 client: ¼)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds at most per scenario, level and mode")
    parser.add_argument("--warmup", type=int, default=24, help="unmeasured requests per scenario and mode")
    parser.add_argument(
        "--only",
        choices=("search", "neighbourhood", "path"),
        action="append",
        help="run only this scenario (repeatable; default: neighbourhood and path)",
    )
    parser.add_argument("--keep-neo4j", action="store_true", help="leave the bench Neo4j server running")
    parser.add_argument(
        "--reload", action="store_true", help="wipe the bench graph and load it again with this code's extraction"
    )
    args = parser.parse_args()
    only = args.only or ["neighbourhood", "path"]
    clients = [int(c) for c in args.clients.split(",")]

    settings = bench_settings()
    server = LocalNeo4j(settings)
    was_running = server.pid() is not None
    print(f"Neo4j bench server: {HOME} (Bolt {BOLT}); load average {load()}; {os.cpu_count()} cores", flush=True)
    server.start()
    api = None
    try:
        articles = ensure_loaded(settings, args.articles, args.seed, args.reload)
        scenarios = [s for s in workload(settings, args.requests + args.warmup, args.seed) if s.name.split()[0] in only]
        api = start_api(settings)
        print(
            f"API under uvicorn on 127.0.0.1:{API_PORT} (pid {api.pid}); graph of {articles:,} articles; hub degree "
            f"{settings.api_hub_degree}, {settings.api_neighbourhood_per_node} per node, "
            f"{settings.api_expensive_concurrency} expensive reads at once; budget {settings.api_read_timeout} s",
            flush=True,
        )
        # uvloop (a dependency: the API serves on it) drives every mode alike in this process.
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            pids = {"api": api.pid, "neo4j": server.pid()}
            results = runner.run(measure(settings, scenarios, clients, args.requests, args.duration, args.warmup, pids))
        report(results)
        print(f"\nload average at the end: {load()}")
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        if not was_running and not args.keep_neo4j:
            server.stop()


if __name__ == "__main__":
    main()
