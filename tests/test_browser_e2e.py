"""Neo4j Browser, driven by headless Chromium, plays the guide and answers the canonical question.

Everything is real: the test server loaded with the sample corpus through the
extractor and the writer, the API (`api.main.create_app`) serving the guide and
the style sheet under uvicorn, the Neo4j Browser that ships with the server,
and Debian's Chromium with its WebDriver (`scripts/ensure-chromium.sh`
installs them; nothing is downloaded at run time).

The test logs in through the connect form, opens the guide with `:play`,
clicks the run icons of the guide's `:style`, `:params` and canonical-question
blocks, checks that Hải Nam and Sơn Đông come back in
the table and as captions of the graph view (drawn in the style's colours),
saves a screenshot of the graph view (artifacts/browser-graph.png and its
README copy docs/browser-graph.png) and fails on any console error except
those the closed network causes (see `_is_closed_network_noise`).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from selenium import webdriver
from selenium.common.exceptions import (
    ElementClickInterceptedException,
    ElementNotInteractableException,
    StaleElementReferenceException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

import cypher
from api.browser_guide import label_colours, params_command, query_body
from core.settings import PROJECT_ROOT, Settings
from graph.browser import guide_url, style_url

pytestmark = pytest.mark.neo4j

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACT = PROJECT_ROOT / "artifacts" / "browser-graph.png"
README_COPY = PROJECT_ROOT / "docs" / "browser-graph.png"
WAIT = 60  # seconds a step may take on a slow machine before the test gives up
LOOPBACK = {"127.0.0.1", "localhost"}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1600,1100",
    "--lang=en-US",
]


@pytest.fixture(scope="module")
def api_settings(sample_graph, test_settings: Settings) -> Iterator[Settings]:
    """The test settings with the API (the real application) served by uvicorn on the test API port, where the
    test server's `browser.post_connect_cmd` fetches the style and the guide after login."""
    from api.main import create_app

    settings = test_settings
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=settings.api_port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="edkg-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.1)
    yield settings
    server.should_exit = True
    thread.join(timeout=WAIT)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory) -> Iterator[webdriver.Chrome]:
    assert CHROMIUM.exists() and CHROMEDRIVER.exists(), (
        "Chromium and its WebDriver are missing: run scripts/ensure-chromium.sh"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


class NeoBrowser:
    """The few gestures the test needs, on Neo4j Browser 5's own `data-testid` hooks."""

    def __init__(self, driver: webdriver.Chrome):
        self.driver = driver

    def wait(self, condition: Callable[[webdriver.Chrome], object], what: str):
        def safe(driver):
            try:
                return condition(driver)
            except StaleElementReferenceException:  # React re-rendered the element: look again
                return False

        return WebDriverWait(self.driver, WAIT, poll_frequency=0.25).until(safe, message=f"waiting for {what}")

    def one(self, selector: str) -> WebElement:
        return self.wait(lambda d: d.find_element(By.CSS_SELECTOR, selector), selector)

    def ready(self, selector: str) -> WebElement:
        """An element a user can act on: shown and enabled (the login form is in the page before it takes input)."""

        def find(driver):
            element = driver.find_element(By.CSS_SELECTOR, selector)
            return element if element.is_displayed() and element.is_enabled() else False

        return self.wait(find, selector)

    def act(self, action: Callable[[], object], what: str) -> None:
        """Do `action`, again while the page still says the element is not interactable (it is re-rendering)."""

        def attempt(driver):
            try:
                action()
                return True
            except (ElementNotInteractableException, ElementClickInterceptedException):
                return False

        self.wait(attempt, what)

    def stream_text(self) -> str:
        return self.driver.find_element(By.CSS_SELECTOR, '[data-testid="stream"]').text

    def frames(self) -> list[WebElement]:
        """The result frames, newest first."""
        return self.driver.find_elements(By.CSS_SELECTOR, '[data-testid="frame"]')

    def frame_holding(self, text: str, what: str) -> WebElement:
        """The newest frame whose text holds `text`, looked for afresh at every poll: on a loaded machine the
        Browser may re-render its stream after a command (a late post-connect frame, the settings arriving), which
        leaves a frame element found before stale for good, and a wait on it would only time out."""
        found: list[WebElement] = []

        def holds(driver) -> bool:
            found[:] = [frame for frame in self.frames() if text in _text(frame)][:1]
            return bool(found)

        self.wait(holds, what)
        return found[0]

    def connect(self, settings: Settings) -> None:
        self.driver.get(f"http://127.0.0.1:{settings.neo4j_http_port}/browser/")
        address = self.ready('[data-testid="boltaddress"]')
        self.act(
            lambda: Select(self.ready('[data-testid="bolt-scheme-select"]')).select_by_visible_text("bolt://"),
            "the scheme list",
        )
        address.send_keys(Keys.CONTROL, "a")  # a React input: clear() does not reach its state
        address.send_keys(Keys.DELETE, f"127.0.0.1:{settings.neo4j_bolt_port}")
        self.ready('[data-testid="username"]').send_keys(settings.neo4j_user)
        self.ready('[data-testid="password"]').send_keys(settings.resolved_password())
        self.act(lambda: self.ready('[data-testid="connect"]').click(), "the connect button")
        self.wait(lambda d: "You are connected as user" in self.stream_text(), "the login")
        # The server's client settings (allow-list, post-connect commands) arrive after the login.
        self.wait(
            lambda d: "Getting started" in self.stream_text() or "guide.html" in self.stream_text(),
            "the post-connect command",
        )

    def run(self, command: str) -> WebElement:
        """Type a command in the editor, run it, and return its frame once it has finished."""
        before = len(self.frames())
        editor = self.one(".monaco-editor textarea")
        editor.click()
        editor.send_keys(command)
        self.one('[data-testid="editor-Run"]').click()
        return self.newest_frame(before)

    def newest_frame(self, count_before: int) -> WebElement:
        self.wait(lambda d: len(self.frames()) > count_before, "a new frame")
        frame = self.frames()[0]
        self.wait(lambda d: not frame.find_elements(By.CSS_SELECTOR, '[data-testid="spinner"]'), "the result")
        return frame

    def runnable_blocks(self, guide_frame: WebElement) -> list[WebElement]:
        """The runnable blocks of the slide on show: rendered, not inside a hidden slide. (Selenium's
        `is_displayed` also says no for a block of the slide on show that the frame has scrolled out of sight,
        which depends on the window and font sizes of the Chromium at hand.)"""
        return [
            block
            for block in guide_frame.find_elements(By.CSS_SELECTOR, "pre.runnable")
            if self.driver.execute_script("return arguments[0].getClientRects().length > 0;", block)
        ]

    def show_slide_with(self, guide_frame: WebElement, text: str) -> None:
        """Click through the guide's slides until a visible runnable block reads `text`."""
        for _ in range(40):
            if any(_text(block).strip() == text for block in self.runnable_blocks(guide_frame)):
                return
            next_buttons = [
                b
                for b in guide_frame.find_elements(By.CSS_SELECTOR, '[data-testid="nextSlide"]')
                if b.is_displayed() and b.is_enabled()
            ]
            assert next_buttons, f"no slide of the guide has the block {text[:60]!r}"
            next_buttons[0].click()
        raise AssertionError(f"no slide of the guide has the block {text[:60]!r}")

    def play_block(self, guide_frame: WebElement, text: str) -> WebElement:
        """Click the run icon the Browser puts on a runnable block; return the frame it produced."""
        block = next(b for b in self.runnable_blocks(guide_frame) if _text(b).strip() == text)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", block)
        before = len(self.frames())
        icon = block.find_element(By.CSS_SELECTOR, "i.fa-play-circle-o")
        try:
            icon.click()
        except (ElementNotInteractableException, ElementClickInterceptedException):
            # The icon is drawn over the block's corner; while the guide frame is still laying out, Chromium
            # may say nothing is clickable there, or that the frame's header label would take the click. The
            # click event itself is what the Browser listens to.
            self.driver.execute_script("arguments[0].click();", icon)
        return self.newest_frame(before)

    def dismiss_usage_notice(self) -> None:
        """Close the usage-data notice (its close mark: the span after the text) so it does not cover the view."""
        notice = "//span[contains(text(), 'collect information on product usage')]"
        for close in self.driver.find_elements(By.XPATH, notice + "/following-sibling::span[1]"):
            close.click()


def _text(element: WebElement) -> str:
    """All the text of an element, also the part scrolled out of sight (WebElement.text only has the visible)."""
    return element.get_attribute("textContent") or ""


def _captions(frame: WebElement) -> dict[str, WebElement]:
    """The graph view's nodes by caption (a long caption is split over lines: joined back with spaces)."""
    nodes = {}
    for node in frame.find_elements(By.CSS_SELECTOR, "svg g.node"):
        caption = " ".join(t.text.strip() for t in node.find_elements(By.CSS_SELECTOR, "text") if t.text.strip())
        nodes[caption] = node
    return nodes


def _rgb(hex_colour: str) -> str:
    """`#8DCC93` as the browser's computed style writes it: `rgb(141, 204, 147)`."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def _is_closed_network_noise(entry: dict, settings: Settings) -> bool:
    """Console errors the closed network causes, none of them the guide's or the style's.

    - a resource of a host other than this machine could not be reached (fonts,
      telemetry, the Browser's built-in guide site), `net::ERR_…`;
    - the Browser's discovery request to the Bolt port over HTTP
      (`http://127.0.0.1:<bolt port>/`), which Bolt does not answer.
    """
    message = entry.get("message", "")
    url = message.split(" ", 1)[0]
    host = urlparse(url).hostname or ""
    if "net::ERR_" in message and host and host not in LOOPBACK:
        return True
    return url == f"http://127.0.0.1:{settings.neo4j_bolt_port}/" and "net::ERR_EMPTY_RESPONSE" in message


def test_guide_answers_the_canonical_question_in_neo4j_browser(api_settings, chromium):
    browser = NeoBrowser(chromium)
    browser.connect(api_settings)

    browser.run(f":play {guide_url(api_settings)}")
    guide_frame = browser.frame_holding("Vietnam's economic diplomacy, as a graph", "the guide's first slide")
    assert "Could not fetch" not in _text(guide_frame) and "No guide by that name" not in _text(guide_frame)

    style_frame = browser.play_block(guide_frame, f":style {style_url(api_settings)}")
    assert "node.Province" in _text(style_frame) and "ERROR" not in _text(style_frame)

    mou = cypher.saved_query("mou_partners")
    browser.show_slide_with(guide_frame, query_body(mou))
    params_frame = browser.play_block(guide_frame, params_command(mou))
    assert "org:moit" in _text(params_frame)

    table_frame = browser.play_block(guide_frame, query_body(mou))
    browser.wait(lambda d: "Sơn Đông" in _text(table_frame), "the table of the answer")
    assert "Hải Nam" in _text(table_frame) and "ERROR" not in _text(table_frame)

    graph_frame = browser.play_block(guide_frame, query_body(cypher.saved_query("mou_partners_graph")))
    nodes = browser.wait(
        lambda d: (found := _captions(graph_frame)) and "Sơn Đông" in found and found, "the graph view"
    )
    assert {"Hải Nam", "Sơn Đông", "Trung Quốc"} <= set(nodes)
    for caption in ("Hải Nam", "Sơn Đông"):
        circles = nodes[caption].find_elements(By.CSS_SELECTOR, "circle")
        fills = {circle.value_of_css_property("fill") for circle in circles}
        assert _rgb(label_colours()["Province"]) in fills, f"{caption} is not drawn in the style's Province colour"

    browser.dismiss_usage_notice()
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    assert chromium.save_screenshot(str(ARTIFACT))
    if os.environ.get("EDKG_UPDATE_SCREENSHOT") == "1":  # refresh the README's copy on purpose only
        shutil.copyfile(ARTIFACT, README_COPY)

    errors = [
        entry
        for entry in chromium.get_log("browser")
        if entry["level"] == "SEVERE" and not _is_closed_network_noise(entry, api_settings)
    ]
    assert not errors, f"console errors in Neo4j Browser: {errors}"
