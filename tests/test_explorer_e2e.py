"""The explorer (`/explore`) and the offline `/docs` and `/redoc`, driven by real headless Chromium.

Everything is real, as in tests/test_browser_e2e.py: the test server loaded with the sample corpus through the
extractor and the writer, the application (`api.main.create_app`) under uvicorn on 127.0.0.1, Debian's
Chromium with its WebDriver (`scripts/ensure-chromium.sh`). The user's path: type `quang ta` and choose Quảng Tây
from the suggestions with the keyboard; its page shows the country with the ISO code and a timeline of dated
agreements and events, each with its evidence sentence and a link to its article; a click on an edge drawn by
cytoscape.js (at the point where it is drawn) shows that edge's evidence; the evidence link opens the article
view on that sentence; the canonical question page lists Hải Nam and Sơn Đông with their MoUs and evidence, in
Vietnamese and, after the switch, in English; two hops fold a hub's leaves into a count; `/docs` (Swagger UI)
and `/redoc` render the operations from the vendored bundles. Chromium's performance log records every request the page made: none leaves 127.0.0.1.
Screenshots of each view go to artifacts/ and their README copies to docs/.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from core.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.neo4j

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = PROJECT_ROOT / "artifacts"
DOCS = PROJECT_ROOT / "docs"
WAIT = 60  # seconds a step may take on a slow machine before the test gives up
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
NETWORK_SCHEMES = {"http", "https", "ws", "wss", "ftp"}
BROWSER_SCHEMES = {"data", "blob", "about", "chrome", "chrome-untrusted", "chrome-extension", "devtools"}
"""Addresses that never leave the browser (its own new-tab page, inline data, object URLs of the downloads)."""
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--window-size=1500,1100",
    "--lang=vi-VN",
]


@pytest.fixture(scope="module")
def base_url(sample_graph, test_settings: Settings) -> Iterator[str]:
    """The real application served by uvicorn on 127.0.0.1 (the test API port)."""
    from api.main import create_app

    server = uvicorn.Server(
        uvicorn.Config(create_app(test_settings), host="127.0.0.1", port=test_settings.api_port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="edkg-explorer-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{test_settings.api_port}"
    server.should_exit = True
    thread.join(timeout=WAIT)


class Page:
    """Chromium with its performance log (every network request) kept for the whole module."""

    def __init__(self, driver: webdriver.Chrome):
        self.driver = driver
        self.requests: list[str] = []
        self.console: list[dict] = []

    def wait(self, condition: Callable[[webdriver.Chrome], object], what: str):
        def safe(driver):
            try:
                return condition(driver)
            except StaleElementReferenceException:  # the view re-rendered: look again
                return False

        return WebDriverWait(self.driver, WAIT, poll_frequency=0.2).until(safe, message=f"waiting for {what}")

    def css(self, selector: str):
        return self.wait(lambda d: d.find_element(By.CSS_SELECTOR, selector), selector)

    def drain(self) -> None:
        """Move the browser's network and console logs into `requests` and `console`."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        self.console.extend(self.driver.get_log("browser"))

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.driver.save_screenshot(str(path))
        shutil.copyfile(path, DOCS / name)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Iterator[Page]:
    assert CHROMIUM.exists() and CHROMEDRIVER.exists(), (
        "Chromium and its WebDriver are missing: run scripts/ensure-chromium.sh"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-explorer')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield Page(driver)
    finally:
        driver.quit()


def test_search_suggests_as_you_type_and_opens_the_entity_page(base_url, page):
    page.driver.get(base_url + "/")
    page.wait(lambda d: urlparse(d.current_url).path == "/explore", "the redirect to /explore")
    page.wait(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true", "the page")
    assert page.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"  # Vietnamese by default

    search = page.css("#search")
    search.send_keys("quang ta")  # no accents, the last word still being typed
    page.css('#suggestions li[data-id="province:cn-gx"]')
    options = page.driver.find_elements(By.CSS_SELECTOR, "#suggestions li[data-id]")
    choice = [o.get_attribute("data-id") for o in options].index("province:cn-gx")
    for _ in range(choice + 1):
        search.send_keys(Keys.ARROW_DOWN)
    search.send_keys(Keys.ENTER)  # the keyboard alone

    page.css('#entity[data-id="province:cn-gx"]')
    assert page.css("#entity-name").text.startswith("Quảng Tây")
    assert "Guangxi" in page.css("#entity-aliases").text
    assert "Trung Quốc" in page.css("#entity-place").text
    assert page.css("#entity-iso").text == "CN-GX"
    assert "PARTY_TO" in page.css("#degree").text

    items = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#timeline li.tl-item"), "the timeline")
    dates = [item.find_element(By.CSS_SELECTOR, ".when").text for item in items]
    dated = [d for d in dates if d[:1].isdigit()]
    assert dated and dated == sorted(dated), dates  # oldest first
    for item in items:
        quotes = item.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
        assert quotes and all(q.text.strip() for q in quotes), item.text
        assert item.find_elements(By.CSS_SELECTOR, "blockquote.evidence a.article-link[href^='#/article/']")
    assert page.driver.find_elements(By.CSS_SELECTOR, "#timeline blockquote.evidence mark")  # names highlighted
    page.wait(
        lambda d: d.execute_script("return !!window.edkgGraph && window.edkgGraph.edges().length > 0"), "the graph view"
    )
    page.shot("explorer-entity.png")
    page.drain()


def test_clicking_an_edge_of_the_graph_shows_its_evidence(base_url, page):
    # where cytoscape drew a PARTY_TO edge: its midpoint, in the container's coordinates
    edge = page.driver.execute_script("""
        const cy = window.edkgGraph;
        const edge = cy.edges('[type = "PARTY_TO"]')[0] || cy.edges()[0];
        const box = cy.container().getBoundingClientRect();
        const mid = edge.renderedMidpoint();
        return {id: edge.id(), x: mid.x, y: mid.y, width: box.width, height: box.height};""")
    container = page.css("#graph")
    page.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", container)
    ActionChains(page.driver).move_to_element_with_offset(
        container, int(edge["x"] - edge["width"] / 2), int(edge["y"] - edge["height"] / 2)
    ).click().perform()

    panel = page.css(f'#edge-panel[data-edge="{edge["id"]}"]')
    assert "PARTY_TO" not in panel.find_element(By.TAG_NAME, "h2").text  # named in words, not the type
    quotes = panel.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
    assert quotes and quotes[0].text.strip()
    page.driver.execute_script("arguments[0].scrollIntoView({block: 'end'})", panel)
    page.shot("explorer-edge.png")

    link = quotes[0].find_element(By.CSS_SELECTOR, "a.article-link")
    span = link.get_attribute("href").split("span=")[-1]
    sentence = quotes[0].text.replace(link.text, "").strip()
    link.click()
    target = page.css("#article .evidence.target")  # the article view, on that very sentence
    assert target.get_attribute("data-span") == span.replace("%3A", ":")
    assert target.text.strip() == sentence
    assert page.driver.find_elements(By.CSS_SELECTOR, "#article-sentence li a")  # the facts read from it
    assert page.driver.find_elements(By.CSS_SELECTOR, "#article-facts li")
    # the cleaned text, every fact's sentence highlighted at its offsets, the linked one marked
    marked = page.css("#article-text mark.fact.target")
    assert marked.get_attribute("data-span") == span.replace("%3A", ":")
    assert marked.text.startswith(sentence[:40])
    assert len(page.driver.find_elements(By.CSS_SELECTOR, "#article-text mark.fact")) > 3
    page.shot("explorer-article.png")
    page.drain()


def test_two_hops_collapse_hubs_into_a_count(base_url, page):
    page.driver.get(base_url + "/explore#/entity/province:cn-gx?depth=2")
    page.css('#entity[data-id="province:cn-gx"]')
    drawn = page.wait(
        lambda d: d.execute_script(
            "const cy = window.edkgGraph; return cy && cy.nodes().length > 0 && "
            "{nodes: cy.nodes().length, hubs: cy.nodes('[hub = 1]').map(n => n.data('name'))}"
        ),
        "the 2-hop graph",
    )
    # China is reached through Guangxi and names many other provinces' ties: folded into a count, not drawn
    assert any(caption.startswith("Trung Quốc (+") for caption in drawn["hubs"]), drawn
    hood = page.driver.execute_script(
        "return fetch('/entities/province:cn-gx/neighbourhood?depth=2&limit=120').then(r => r.json())"
    )
    assert drawn["nodes"] < len(hood["nodes"])
    # the neighbourhood downloads as GraphML (for Gephi, Cytoscape, networkx) from the API's /export
    graphml = page.driver.execute_script(
        "return fetch(document.getElementById('export-graphml').href).then(r => r.text())"
    )
    assert graphml.lstrip().startswith("<?xml") and "<graphml" in graphml and "province:cn-gx" in graphml
    page.drain()


def test_the_canonical_question_lists_hainan_and_shandong_with_their_mous_and_evidence(base_url, page):
    page.driver.get(base_url + "/explore")
    page.css('nav a[href^="#/question/provinces"]').click()
    page.css("#answer .province")
    provinces = {p.get_attribute("data-id"): p for p in page.driver.find_elements(By.CSS_SELECTOR, "#answer .province")}
    assert set(provinces) == {"province:cn-hi", "province:cn-sd"}
    for province, section in provinces.items():
        agreements = section.find_elements(By.CSS_SELECTOR, "li.agreement")
        assert agreements, province
        for agreement in agreements:
            assert agreement.get_attribute("data-type") == "mou"
            assert "bản ghi nhớ (MoU)" in agreement.text  # the type in the page's language
            evidence = agreement.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
            assert evidence and "Bản ghi nhớ" in evidence[0].text, agreement.text
    assert "Hải Nam" in page.css("#answer").text and "Sơn Đông" in page.css("#answer").text
    assert page.css("#question h1").text.startswith("Những tỉnh nào")
    page.shot("explorer-question.png")

    page.css("#lang").click()  # the English switch
    page.wait(
        lambda d: d.find_element(By.CSS_SELECTOR, "#question h1").text.startswith("Which provinces"), "the English page"
    )
    assert page.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert len(page.driver.find_elements(By.CSS_SELECTOR, "#answer .province")) == 2
    assert "memorandum of understanding (MoU)" in page.css("#answer").text
    page.css("#lang").click()  # back to Vietnamese for whoever opens the browser next
    page.drain()


def test_the_relationship_of_moit_and_guangxi_year_by_year(base_url, page):
    page.driver.get(base_url + "/explore#/entity/org:moit")
    page.css('#entity[data-id="org:moit"]')
    page.css('#timeline a.rel-link[href*="b=province%3Acn-gx"]').click()  # ⇄ next to a partner
    page.css('#relationship[data-b="province:cn-gx"]')
    assert "2025" in [h.text for h in page.driver.find_elements(By.CSS_SELECTOR, "#relationship h2.year")]
    assert page.css("#per-year").text  # the chart of items per year
    items = page.driver.find_elements(By.CSS_SELECTOR, "#relationship li.tl-item")
    assert items and all(i.find_elements(By.CSS_SELECTOR, "blockquote.evidence") for i in items)
    page.shot("explorer-relationship.png")
    page.drain()


def test_top_partners_page_charts_moits_partners(base_url, page):
    page.css('nav a[href^="#/partners"]').click()
    rows = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#partners tr[data-id]"), "the partners chart")
    assert {"province:cn-hi", "province:cn-sd"} <= {row.get_attribute("data-id") for row in rows}
    assert page.driver.find_elements(By.CSS_SELECTOR, "#partners .bar")
    page.shot("explorer-partners.png")
    page.drain()


def test_who_met_whom_and_partners_on_a_topic(base_url, page):
    page.driver.get(base_url + "/explore#/entity/person:nguyen-hong-dien")
    positions = page.css("#positions").text  # positions held, with the dates they were read
    assert "Bộ trưởng" in positions and "Bộ Công Thương" in positions and "20" in positions
    page.css("#ask-meetings").click()
    page.css('#meetings[data-official="person:nguyen-hong-dien"]')
    page.css('#meetings input[name="foreign"]').click()  # only the foreign side
    page.css("#meetings form button").click()
    page.wait(lambda d: "foreign=1" in d.current_url, "the foreign filter")
    items = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#meeting-list li.tl-item"), "the meetings")
    text = page.css("#meeting-list").text
    assert "Trần Cương" in text and "Jacob Helberg" in text
    assert all(item.find_elements(By.CSS_SELECTOR, "blockquote.evidence") for item in items)
    page.shot("explorer-meetings.png")

    page.driver.get(base_url + "/explore#/topic?topic=topic:power_interconnection&partner=org:moit")
    partners = page.wait(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#topic-partner-list section[data-id]"), "the partners on the topic"
    )
    assert {"country:cn", "province:cn-gx"} <= {p.get_attribute("data-id") for p in partners}
    assert page.driver.find_elements(By.CSS_SELECTOR, "#topic-partner-list blockquote.evidence")
    page.drain()


def test_docs_and_redoc_render_the_operations_offline(base_url, page):
    page.driver.get(base_url + "/docs")
    operations = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"), "Swagger UI")
    paths = {o.get_attribute("data-path") or o.text for o in operations}
    assert {
        "/suggest",
        "/entities/{entity_id}/timeline",
        "/timeline",
        "/analytics/partners",
        "/articles/{article_id}/text",
        "/provinces",
    } <= paths, paths
    page.shot("explorer-docs.png")
    page.driver.get(base_url + "/redoc")
    page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-section-id^="tag/explore/operation/"]'), "ReDoc")
    page.drain()


def test_no_request_left_127_0_0_1_and_no_console_error(page):
    page.drain()
    assert len(page.requests) > 10  # the log did record the pages' requests
    remote = [
        url
        for url in page.requests
        if urlparse(url).scheme in NETWORK_SCHEMES and urlparse(url).hostname not in LOCAL_HOSTS
    ]
    assert remote == []
    assert {urlparse(url).scheme for url in page.requests} <= NETWORK_SCHEMES | BROWSER_SCHEMES
    assert any(urlparse(url).path == "/static/vendor/cytoscape/cytoscape.min.js" for url in page.requests)
    errors = [entry for entry in page.console if entry["level"] == "SEVERE"]
    assert errors == []
