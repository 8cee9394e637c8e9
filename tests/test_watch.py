"""`edkg watch`, `edkg load URL` and `POST /articles {url}` against a local news site (tests/web_site.py).

The site serves the fixtures of `tests/data/web`: three Vietnamese pages and
two English ones in the shape of real news sites (navigation, related-news
boxes, captions, bylines, `<time>` and OpenGraph metadata), an RSS feed, a
sitemap index with a news sitemap, an Atom feed listing the same English
articles, robots.txt forbidding `/private/`, and three bad pages (a 500, one
slower than the client's timeout, random bytes served as HTML).
`tests/data/web/expected.json` says what each article must become.

The tests run in order on one graph: the first `edkg watch --once`, the rerun
(304s, nothing fetched, nothing changed), a changed article, then the API.
"""

from __future__ import annotations

import gzip
import json
import re

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.sources import CHECK_PROPERTIES
from loaders.cleaning import clean
from loaders.feeds import parse_listing
from loaders.reading import read_text
from loaders.webpage import PageError, read_page
from tests.conftest import make_test_settings, wipe
from tests.reliability_helpers import run_edkg
from tests.test_load_fixtures import dump
from tests.web_site import WEB, FixtureSite

EXPECTED = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]
FEEDS = ("/vn/rss.xml", "/en/sitemap_index.xml", "/en/sitemap-news.xml", "/en/atom.xml")
WATCH = ["--once", "--host-interval", "0", "--timeout", "1", "--retries", "1", "--backoff", "0.1"]
"""Small times for the tests: a 1 s read timeout (the slow page answers after 3 s), one retry."""
KEY = "watch-test-key"


# ------------------------------------------------------------- offline: the parts
@pytest.mark.parametrize("article", ARTICLES, ids=[a["path"] for a in ARTICLES])
def test_main_text_and_metadata_of_each_fixture_page(article):
    base = "http://news.example"
    html = (WEB / article["path"].lstrip("/")).read_bytes().replace(b"{{BASE}}", base.encode())
    page = read_page(html, base + article["path"])
    assert (page.url, page.title, page.date, page.lang, page.outlet) == (
        base + article["path"],
        article["title"],
        article["date"],
        article["lang"],
        article["outlet"],
    )
    assert page.text.splitlines()[0] == article["title"]
    for sentence in article["must_contain"]:
        assert sentence in page.text
    for furniture in article["must_not_contain"]:
        assert furniture not in page.text, furniture


def test_bad_pages_are_refused_with_a_reason():
    with pytest.raises(PageError, match="not an HTML page"):
        read_page((WEB / "broken" / "garbage.html").read_bytes(), "http://news.example/broken/garbage.html")
    with pytest.raises(PageError, match="too little main text"):
        read_page(b"<html><body><nav>Home News</nav><p>Short.</p></body></html>", "http://news.example/x")


def test_feeds_and_sitemaps_list_their_entries_with_dates():
    def listing(path: str):
        return parse_listing((WEB / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", b"http://n.example"))

    rss = listing("/vn/rss.xml")
    assert rss.kind == "rss" and len(rss.entries) == 7
    assert rss.entries[3].url == "http://n.example/vn/xuc-tien-thuong-mai-lao.html?utm_source=rss&utm_medium=feed"
    assert rss.entries[0].published == "2025-05-20T01:15:00Z"  # RFC 822 with +0700, in UTC
    index = listing("/en/sitemap_index.xml")
    assert index.kind == "sitemapindex" and [s.url for s in index.sitemaps] == ["http://n.example/en/sitemap-news.xml"]
    news = listing("/en/sitemap-news.xml")
    assert [(e.title, e.lastmod) for e in news.entries][1] == (
        "Viet Nam, Japan agree to deepen energy transition cooperation",
        "2025-06-03T04:20:00Z",
    )
    atom = listing("/en/atom.xml")
    assert atom.kind == "atom" and [e.url for e in atom.entries] == [
        news.entries[0].url,
        "http://n.example/en/amp/vietnam-australia-trade.html",
        news.entries[1].url,
    ]


def test_hostile_xml_is_not_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&b;&x;</title>'
        b"<link>http://n.example/a</link></item></channel></rss>"
    )
    entry = parse_listing(bomb).entries[0]
    assert entry.url == "http://n.example/a"
    assert "root:" not in (entry.title or "") and "aaaaaaaaaa" * 8 not in (entry.title or "")


def test_requests_to_one_host_are_spaced_by_its_crawl_delay(tmp_path):
    """robots.txt's Crawl-delay (7 s) wins over the shorter --host-interval: the fetcher asks to wait for it.
    The waits are recorded, not slept (no timing is measured)."""
    from loaders.fetching import FEED_TYPES, Fetcher, FetchPolicy

    (tmp_path / "robots.txt").write_text("User-agent: *\nCrawl-delay: 7\n")
    (tmp_path / "feed.xml").write_bytes((WEB / "en" / "atom.xml").read_bytes())
    waits: list[float] = []
    with FixtureSite(tmp_path) as local, Fetcher(FetchPolicy(min_interval=0.5), sleep=waits.append) as fetcher:
        fetcher.get(local.url("/feed.xml"), accept=FEED_TYPES)
        fetcher.get(local.url("/feed.xml"), accept=FEED_TYPES)
    assert len(waits) >= 1 and 6.0 < max(waits) <= 7.0


def test_a_5xx_is_retried_with_exponential_backoff_then_reported():
    from loaders.fetching import Fetcher, FetchError, FetchPolicy

    waits: list[float] = []
    with (
        FixtureSite() as local,
        Fetcher(FetchPolicy(retries=2, backoff=0.5, min_interval=0), sleep=waits.append) as fetcher,
    ):
        with pytest.raises(FetchError, match="HTTP 500") as failure:
            fetcher.get(local.url("/broken/500.html"))
        assert [r.path for r in local.requests].count("/broken/500.html") == 3
    assert failure.value.transient and [w for w in waits if w >= 0.5] == [0.5, 1.0]


def test_redirects_are_followed_hop_by_hop_within_robots_txt_and_the_bound():
    from loaders.fetching import FEED_TYPES, Fetcher, FetchError, FetchPolicy

    with FixtureSite() as local, Fetcher(FetchPolicy(min_interval=0, max_redirects=5)) as fetcher:
        moved = fetcher.get(local.url("/go/vn/rss.xml"), accept=FEED_TYPES)
        assert (moved.status, moved.url) == (200, local.url("/vn/rss.xml"))
        with pytest.raises(FetchError, match=r"redirected to .*/private/secret.html, which robots.txt disallows"):
            fetcher.get(local.url("/go/private/secret.html"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetcher.get(local.url("/loop"))
        paths = [r.path for r in local.requests]
    assert "/private/secret.html" not in paths and paths.count("/loop") == 6


# ------------------------------------------------------- against Neo4j and the site
@pytest.fixture(scope="module")
def site():
    with FixtureSite(slow_seconds=3.0) as running:
        yield running


@pytest.fixture(scope="module")
def sources_file(site, tmp_path_factory):
    path = tmp_path_factory.mktemp("watch") / "sources.txt"
    path.write_text((WEB / "sources.txt").read_text(encoding="utf-8").replace("{{BASE}}", site.base), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def first_run(site, sources_file, driver, test_settings):
    """`edkg watch --once --sources FILE` on an empty graph: (process, requests it made)."""
    from graph.schema import apply_schema

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    mark = len(site.requests)
    proc = run_edkg(["watch", "--sources", str(sources_file), *WATCH], test_settings, timeout=300)
    return proc, site.since(mark)


def _articles(driver) -> dict[str, dict]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) RETURN a.key AS key, a {.url, .title, .date, .lang, .source, .text, .html_gz, "
        ".fetched_url, .id} AS a"
    )
    return {r["key"]: r["a"] for r in records}


def _source_free_dump(driver):
    """The canonical dump, with the properties every check rewrites taken off the Source nodes."""
    nodes, rels = dump(driver)
    kept = []
    for labels, props in nodes:
        if "Source" in labels:
            props = tuple((k, v) for k, v in props if k not in CHECK_PROPERTIES)
        kept.append((labels, props))
    return sorted(kept), rels


@pytest.mark.neo4j
def test_watch_once_loads_every_fixture_article_with_url_title_and_date(first_run, site, driver):
    proc, _ = first_run
    assert proc.returncode == 0, proc.stderr
    articles = _articles(driver)
    assert sorted(articles) == sorted(site.url(a["path"]) for a in ARTICLES)
    for expected in ARTICLES:
        got = articles[site.url(expected["path"])]
        assert (got["url"], got["title"], got["date"], got["lang"], got["source"]) == (
            site.url(expected["path"]),
            expected["title"],
            expected["date"],
            expected["lang"],
            expected["outlet"],
        )
        # the page as fetched is kept, compressed, for a later re-extraction
        assert gzip.decompress(got["html_gz"]) == site.body(expected["path"])
        assert got["fetched_url"] == site.url(expected.get("listed_as", expected["path"]))
    assert "5 new" in proc.stdout and "3 failed" in proc.stdout and "1 skipped" in proc.stdout
    # the AMP copy of an article, under its own URL, is recognised by the duplicate detection: no sixth article
    assert "1 duplicate" in proc.stdout


@pytest.mark.neo4j
def test_no_page_furniture_in_any_loaded_article(first_run, site, driver):
    articles = _articles(driver)
    mentions, _, _ = driver.execute_query(
        "MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.key AS key, collect(e.name) + "
        "reduce(s = [], x IN collect(coalesce(e.aliases, [])) | s + x) AS names"
    )
    names = {r["key"]: set(r["names"]) for r in mentions}
    for expected in ARTICLES:
        key = site.url(expected["path"])
        text = articles[key]["text"]
        for sentence in expected["must_contain"]:
            assert sentence in text, f"{key}: the article text lost {sentence!r}"
        for furniture in expected["must_not_contain"]:
            assert furniture not in text, f"{key}: page furniture {furniture!r} in the article text"
        # the project's own boilerplate rules (loaders/cleaning.py) find nothing left to remove
        assert clean(read_text(text, key)).removed_lines == 0, key
        # names that appear only in the furniture never became entities of the article
        assert not names[key] & set(expected["must_not_extract"]), key


@pytest.mark.neo4j
def test_bad_pages_are_reported_and_robots_txt_is_obeyed(first_run, site, driver):
    proc, requests = first_run
    paths = [r.path for r in requests]
    assert EXPECTED["disallowed"] not in paths, "robots.txt forbids /private/"
    assert paths.count("/robots.txt") == 1
    assert paths.count("/broken/500.html") == 2  # the request and its one retry
    for path, reason in EXPECTED["failing"].items():
        assert re.search(rf"failed +{re.escape(site.url(path))} \(.*{reason}", proc.stderr), (path, proc.stderr)
    assert all(r.user_agent.startswith("edkg/") for r in requests)
    # the Atom feed lists the two English articles the sitemap brought: not fetched twice (only its AMP copy)
    english = [p for p in paths if p.startswith("/en/") and p.endswith(".html")]
    assert sorted(english) == [
        "/en/amp/vietnam-australia-trade.html",
        "/en/moit-japan-energy.html",
        "/en/vietnam-australia-trade.html",
    ]
    state, _, _ = driver.execute_query("MATCH (s:Source {url: $url}) RETURN s {.*} AS s", url=site.url("/vn/rss.xml"))
    rss = state[0]["s"]
    assert sorted(rss["retry_urls"]) == [site.url("/broken/500.html"), site.url("/broken/slow.html")]
    assert rss["failed_urls"] == [site.url("/broken/garbage.html")]
    assert len(rss["page_errors"]) == 3


@pytest.mark.neo4j
def test_rerun_fetches_nothing_new_and_changes_nothing(first_run, site, sources_file, driver, test_settings):
    before = _source_free_dump(driver)
    mark = len(site.requests)
    proc = run_edkg(["watch", "--sources", str(sources_file), *WATCH], test_settings, timeout=300)
    assert proc.returncode == 0, proc.stderr
    requests = site.since(mark)
    feeds = [r for r in requests if r.path in FEEDS]
    # every source read with a conditional GET (the child sitemap too), every answer a 304
    assert sorted(r.path for r in feeds) == sorted(FEEDS)
    assert all(r.conditional and r.status == 304 for r in feeds)
    # no article page requested again: only robots.txt and the pages that failed transiently
    others = sorted({r.path for r in requests if r.path not in FEEDS})
    assert others == ["/broken/500.html", "/broken/slow.html", "/robots.txt"]
    assert "0 new" in proc.stdout and "4 not modified" in proc.stdout
    assert _source_free_dump(driver) == before


@pytest.mark.neo4j
def test_a_changed_article_is_fetched_again_and_replaced(first_run, site, sources_file, driver, test_settings):
    path = "/en/moit-japan-energy.html"
    old_sentence = "two-way trade reaching nearly US$47 billion last year"
    new_sentence = "two-way trade reaching nearly US$48 billion last year"
    site.change(path, old_sentence, new_sentence)
    site.change(
        "/en/sitemap-news.xml",
        "<lastmod>2025-06-03T11:20:00+07:00</lastmod>",
        "<lastmod>2025-06-04T09:00:00+07:00</lastmod>",
    )
    site.change("/en/sitemap_index.xml", "2025-07-15T18:00:00+07:00", "2025-07-16T09:00:00+07:00")
    before = _articles(driver)
    mark = len(site.requests)
    proc = run_edkg(["watch", "--sources", str(sources_file), *WATCH], test_settings, timeout=300)
    assert proc.returncode == 0, proc.stderr
    pages = [r.path for r in site.since(mark) if r.path.endswith(".html") and not r.path.startswith("/broken/")]
    assert pages == [path]  # only the article whose lastmod moved
    after = _articles(driver)
    assert sorted(after) == sorted(before)  # replaced, not added
    changed = after[site.url(path)]
    assert new_sentence in changed["text"] and old_sentence not in changed["text"]
    assert changed["id"] != before[site.url(path)]["id"]
    assert gzip.decompress(changed["html_gz"]) == site.body(path)
    assert "1 changed" in proc.stdout


@pytest.mark.neo4j
def test_sources_and_health_report_freshness(first_run, site, driver, test_settings):
    with TestClient(__import__("api.main", fromlist=["create_app"]).create_app(test_settings)) as client:
        page = client.get("/sources").json()
        health = client.get("/health").json()
        article = client.get("/entities", params={"q": "Ahn Duk-geun"})
    assert article.status_code == 200
    by_url = {s["url"]: s for s in page["items"]}
    assert page["total"] == 4 and sorted(by_url) == sorted(site.url(p) for p in FEEDS)
    rss = by_url[site.url("/vn/rss.xml")]
    assert rss["kind"] == "rss" and rss["status"] == 304 and rss["conditional"] and rss["errors"] == 0
    assert rss["articles"] == 3 and rss["new_total"] == 3 and rss["last_new_at"] and rss["checked_at"]
    assert any("HTTP 500" in e for e in rss["page_errors"])
    child = by_url[site.url("/en/sitemap-news.xml")]
    assert child["parent"] == site.url("/en/sitemap_index.xml") and child["articles"] == 2
    atom = by_url[site.url("/en/atom.xml")]
    assert atom["articles"] == 1 and not atom.get("new_total")  # the AMP copy, linked to the article it repeats
    assert health["graph_last_changed"] and health["graph_last_changed"][:4] >= "2026"


@pytest.mark.neo4j
def test_a_source_that_fails_is_recorded_and_the_exit_code_says_so(site, driver, test_settings):
    proc = run_edkg(
        ["watch", site.url("/vn/bo-truong-tiep-han-quoc.html"), site.url("/missing.xml"), *WATCH],
        test_settings,
        timeout=300,
    )
    assert proc.returncode == 1
    assert "not one of" in proc.stderr and "HTTP 404" in proc.stderr
    records, _, _ = driver.execute_query(
        "MATCH (s:Source {url: $url}) RETURN s.errors AS errors, s.last_error AS error", url=site.url("/missing.xml")
    )
    assert records[0]["errors"] == 1 and records[0]["error"] == "HTTP 404"


@pytest.mark.neo4j
def test_load_url_and_post_articles_url_fetch_the_page(site, driver, test_settings):
    from graph.schema import apply_schema

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    vi, en = ARTICLES[0], ARTICLES[3]
    proc = run_edkg(
        ["load", site.url(vi["path"]), site.url("/broken/garbage.html"), "--quiet"], test_settings, timeout=300
    )
    assert proc.returncode == 1  # the garbage page failed, the other loaded
    assert "not an HTML page" in proc.stderr
    assert list(_articles(driver)) == [site.url(vi["path"])]
    with TestClient(
        __import__("api.main", fromlist=["create_app"]).create_app(make_test_settings(api_key=SecretStr(KEY)))
    ) as client:
        headers = {"X-API-Key": KEY}
        created = client.post("/articles", json={"url": site.url(en["path"])}, headers=headers)
        again = client.post("/articles", json={"url": site.url(en["path"])}, headers=headers)
        refused = client.post("/articles", json={"url": site.url("/broken/500.html")}, headers=headers)
        empty = client.post("/articles", json={}, headers=headers)
    assert created.status_code == 201, created.text
    assert list(created.json()["status"].values()) == ["new"]
    assert again.status_code == 200 and list(again.json()["status"].values()) == ["unchanged"]
    assert refused.status_code == 502 and "HTTP 500" in refused.json()["error"]["message"]
    assert empty.status_code == 422
    got = _articles(driver)[site.url(en["path"])]
    assert (got["title"], got["date"]) == (en["title"], en["date"])
    assert gzip.decompress(got["html_gz"]) == site.body(en["path"])


@pytest.mark.neo4j
def test_without_once_it_runs_every_interval_and_stops_on_sigterm(site, driver, test_settings, tmp_path):
    """The service mode: a run, then after --interval another one (a 304 this time), until SIGTERM ends it."""
    import signal

    from graph.schema import apply_schema
    from tests.reliability_helpers import output_of, start_edkg, wait_for

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    out = tmp_path / "watch"
    loop = [a for a in WATCH if a != "--once"]
    process = start_edkg(["watch", site.url("/en/sitemap-news.xml"), "--interval", "1", *loop], test_settings, out)
    try:
        wait_for(lambda: output_of(out)[0].count("watch summary") >= 2, "two runs of the loop", timeout=240)
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=120)
    stdout, _ = output_of(out)
    assert code == 0
    runs = stdout.split("watch summary")[1:]
    assert "1 sources (0 not modified" in runs[0] and "1 sources (1 not modified" in runs[1]
