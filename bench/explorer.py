"""Benchmark: the explorer's entity page on the biggest hub of a 20,000-article synthetic graph.

    .venv/bin/python bench/explorer.py                 # 20,000 synthetic articles
    .venv/bin/python bench/explorer.py --articles 2000 --runs 5

What it does, in one command:
1. starts a dedicated Neo4j server home (`.neo4j/bench-explorer`, Bolt 38787, HTTP 38574) and loads it with
   `edkg synth` + `edkg load` unless it already holds the corpus (the loading of bench/api.py, on its own home);
2. starts the API (`edkg serve`) as a separate process on loopback;
3. finds the biggest hub (the entity with the most fact relationships);
4. times the entity page's three reads as the page makes them, at once (`/entities/{id}`,
   `/entities/{id}/neighbourhood?depth=1&limit=80`, `/entities/{id}/timeline?limit=50`), `--runs` times after a
   warm-up, and each read alone; then a suggestion (`/suggest`) and the hub's top partners (`/analytics/partners`);
5. opens the page in headless Chromium and reads the page's own timings (`window.edkgTimings`: the reads, the
   cytoscape layout and first draw), then clicks an edge and times until its evidence is shown.
Figures, not asserts: the tests check behaviour; this prints how long it takes on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location("bench_api", ROOT / "bench" / "api.py")
bench_api = importlib.util.module_from_spec(_spec)
sys.modules["bench_api"] = bench_api  # dataclasses look their module up
_spec.loader.exec_module(bench_api)

from core.settings import PROJECT_ROOT, Settings  # noqa: E402
from graph.driver import open_driver  # noqa: E402
from graph.local_server import LocalNeo4j  # noqa: E402

HOME = PROJECT_ROOT / ".neo4j" / "bench-explorer"
BOLT, HTTP, API_PORT = 38787, 38574, 38800
PAGE_READS = [
    "/entities/{id}?articles_limit=10",
    "/entities/{id}/neighbourhood?depth=1&limit=80",
    "/entities/{id}/timeline?limit=50",
]
HUB_QUERY = """
MATCH (n:Organization|Official|Province|Country)
WITH n, COUNT { (n)-[:HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|PARTY_TO|ATTENDED|PARTICIPATED_IN]-() } AS facts
ORDER BY facts DESC LIMIT 1
RETURN n.id AS id, n.name AS name, facts, COUNT { (n)-[:MENTIONED_IN]->() } AS articles
"""


def settings() -> Settings:
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


def use_own_home() -> None:
    """bench/api.py's loading and API start, pointed at this benchmark's server home and ports."""
    bench_api.HOME, bench_api.BOLT, bench_api.HTTP, bench_api.API_PORT = HOME, BOLT, HTTP, API_PORT


def hub(s: Settings) -> dict:
    with open_driver(s) as driver:
        records, _, _ = driver.execute_query(HUB_QUERY, database_=s.neo4j_database)
        return records[0].data()


async def timed(client: httpx.AsyncClient, path: str) -> float:
    started = time.perf_counter()
    response = await client.get(path)
    response.raise_for_status()
    return (time.perf_counter() - started) * 1000


async def page_reads(base: str, hub_id: str, runs: int) -> dict[str, list[float]]:
    paths = [p.format(id=hub_id) for p in PAGE_READS]
    out: dict[str, list[float]] = {"page (3 reads at once)": [], **{p: [] for p in paths}}
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        for _ in range(2):  # warm-up
            await asyncio.gather(*(timed(client, p) for p in paths))
        for _ in range(runs):
            started = time.perf_counter()
            await asyncio.gather(*(timed(client, p) for p in paths))
            out["page (3 reads at once)"].append((time.perf_counter() - started) * 1000)
        for path in paths:
            for _ in range(runs):
                out[path].append(await timed(client, path))
        out["/suggest?q=bo cong"] = [await timed(client, "/suggest?q=bo%20cong") for _ in range(runs)]
        for path in (f"/analytics/partners?partner={hub_id}", f"/analytics/partners?partner={hub_id}&since=2024"):
            out[path] = [await timed(client, path) for _ in range(max(3, runs // 4))]
    return out


def browser(base: str, hub_id: str) -> dict:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1500,1100"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        timings = {}
        for visit in ("first load", "second load"):  # the first one also starts Chromium's renderer
            driver.get(f"{base}/explore#/entity/{hub_id}")
            if visit == "second load":
                driver.refresh()
            WebDriverWait(driver, 120).until(
                lambda d: d.execute_script("return window.edkgTimings && window.edkgTimings.drawn")
            )
            timings.update({f"{visit}: {k}": v for k, v in driver.execute_script("return window.edkgTimings").items()})
        started = time.perf_counter()
        driver.execute_script("document.querySelector('#edge-list button').click()")
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#edge-panel"))
        timings["edge click to evidence (ms, incl. WebDriver round trip)"] = (time.perf_counter() - started) * 1000
        timings["nodes drawn"] = driver.execute_script("return window.edkgGraph.nodes().length")
        timings["edges drawn"] = driver.execute_script("return window.edkgGraph.edges().length")
        return timings
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep-neo4j", action="store_true", help="leave the bench Neo4j server running")
    args = parser.parse_args()
    use_own_home()
    s = settings()
    server = LocalNeo4j(s)
    server.start()
    api = None
    try:
        have = bench_api.ensure_loaded(s, args.articles, args.seed)
        found = hub(s)
        print(
            f"graph: {have:,} articles; biggest hub {found['id']} ({found['name']}): {found['facts']:,} fact "
            f"relationships, mentioned in {found['articles']:,} articles"
        )
        api = bench_api.start_api(s)
        base = f"http://127.0.0.1:{API_PORT}"
        figures = asyncio.run(page_reads(base, found["id"], args.runs))
        print(f"{'read':60} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, values in figures.items():
            values = sorted(values)
            p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
            print(f"{name:60} {statistics.median(values):8.0f} {p95:8.0f} {values[-1]:8.0f}")
        for name, value in browser(base, found["id"]).items():
            print(f"browser: {name}: {value:.0f}" if isinstance(value, (int, float)) else f"browser: {name}: {value}")
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        if not args.keep_neo4j:
            server.stop()


if __name__ == "__main__":
    main()
