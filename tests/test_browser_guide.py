"""The Neo4j Browser guide, the GraSS style sheet and the API route that serves them (no browser needed).

The end-to-end test (test_browser_e2e.py) shows them working in Chromium;
these tests pin down what the Browser relies on: the guide's HTML shape, that
its runnable blocks are exactly the saved queries with their defaults, that
the style sheet survives the Browser's small GraSS parser, and the CORS
answers the Browser's cross-origin fetches need.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import jinja2
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import cypher
from api.browser_guide import params_command, query_body, render_guide
from core.settings import Settings
from graph import model
from graph.browser import browser_origins, guide_host_allowed, guide_url, post_connect_cmd, style_url
from tests.conftest import make_test_settings

BASE = "http://127.0.0.1:8123"


class _GuideParser(HTMLParser):
    """Collects the tags the Browser looks for and the text of every runnable block."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.runnables: list[str] = []
        self._in_runnable = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "pre" and "runnable" in (attributes.get("class") or "").split():
            self._in_runnable = True
            self.runnables.append("")

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_runnable = False

    def handle_data(self, data):
        if self._in_runnable:
            self.runnables[-1] += data


@pytest.fixture(scope="module")
def guide() -> _GuideParser:
    parser = _GuideParser()
    parser.feed(render_guide(BASE + "/"))
    return parser


def test_guide_has_the_browser_guide_shape(guide):
    tags = [tag for tag, _ in guide.tags]
    assert ("article", {"class": "guide"}) in guide.tags
    assert tags.count("carousel") == 1
    assert tags.count("slide") >= 10
    assert "script" not in tags, "the Browser strips scripts: the guide must not need one"
    assert not any(name.startswith("on") for _, attrs in guide.tags for name in attrs)
    assert "<title>" in render_guide(BASE)


def test_guide_has_no_placeholder_left_and_uses_the_api_url():
    text = render_guide(BASE + "/")
    assert "{{" not in text and "}}" not in text
    assert f":style {BASE}/browser/style.grass" in html.unescape(text)


def test_guide_runs_every_saved_query_after_setting_its_defaults(guide):
    blocks = [block.strip() for block in guide.runnables]
    for name in cypher.saved_query_names():
        query = cypher.saved_query(name)
        body = query_body(query)
        assert body in blocks, f"the guide has no runnable block for {name}"
        command = params_command(query)
        if command:
            index = blocks.index(body)
            assert blocks[index - 1] == command, f"{name}: its :params block must come right before it"


def test_params_command_sets_the_documented_defaults():
    assert (
        params_command(cypher.saved_query("topic_partners"))
        == ":params {topic: 'topic:power_interconnection', partner: 'org:moit'}"
    )
    assert params_command(cypher.saved_query("mou_partners_graph")) is None


def test_guide_tables_list_every_label_and_relationship_type():
    text = render_guide(BASE)
    for label in model.NODE_LABELS:
        assert f">{label}</span>" in text
    for rel_type in model.ALL_RELATIONSHIP_TYPES:
        assert f"<code>{rel_type}</code>" in text


def test_unknown_query_or_name_is_an_error(monkeypatch):
    """The template cannot name a saved query or a value that does not exist and still render."""
    monkeypatch.setattr(cypher, "read", lambda name: '{{ query("no_such_query").title }}')
    with pytest.raises(ValueError, match="unknown saved query 'no_such_query'"):
        render_guide(BASE)
    monkeypatch.setattr(cypher, "read", lambda name: "{{ no_such_value }}")
    with pytest.raises(jinja2.UndefinedError):
        render_guide(BASE)


def test_guide_escapes_what_it_is_given():
    """Autoescape: a URL (or any value) with markup in it arrives as text, not as markup."""
    text = render_guide('http://example.org/"><script>alert(1)</script>')
    assert "<script>alert(1)" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


# ---------------------------------------------------------------- the style
def _grass_rules() -> dict[str, dict[str, str]]:
    """The style sheet read as Neo4j Browser 5 reads GraSS (its `parseGrass`, ported line for line).

    Braces and semicolons inside quotes belong to the value, quotes are dropped,
    whitespace outside a rule is dropped, and a declaration that does not split
    on ':' into exactly two parts is silently ignored by the Browser (here: fails).
    """
    in_quotes = in_rule = in_value_braces = False
    selector = body = ""
    raw: dict[str, str] = {}
    for char in cypher.read("browser/style.grass"):
        keep = False
        if char == "{":
            if in_quotes:
                keep = True
            elif in_rule:
                in_value_braces = True
            else:
                in_rule = True
        elif char == "}":
            if in_quotes:
                keep = True
            elif in_value_braces:
                in_value_braces = False
            else:
                in_rule = False
                raw[selector], selector, body = body, "", ""
        elif char in "'\"":
            in_quotes = not in_quotes
        else:
            keep = True
        if keep:
            if in_rule:
                body += char
            elif not char.isspace():
                selector += char
    rules = {}
    for name, text in raw.items():
        declarations = {}
        for declaration in text.split(";"):
            parts = declaration.split(":")
            assert len(parts) == 2 or not declaration.strip(), f"{name}: {declaration!r} is not one `key: value`"
            if len(parts) == 2:
                declarations[parts[0].strip()] = parts[1].strip()
        rules[name] = declarations
    return rules


def test_style_has_no_comment_the_browser_parser_would_misread():
    text = cypher.read("browser/style.grass")
    assert "/*" not in text and "//" not in text


@pytest.mark.parametrize("label", [*model.NODE_LABELS])
def test_style_gives_every_label_a_colour_size_and_caption(label):
    rule = _grass_rules()[f"node.{label}"]
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", rule["color"])
    assert re.fullmatch(r"\d+px", rule["diameter"])
    expected = {"Agreement": "{caption}", "Event": "{date}", "Article": "{date}"}.get(label, "{name}")
    assert rule["caption"] == expected


def test_style_colours_are_distinct_per_primary_label():
    rules = _grass_rules()
    colours = [rules[f"node.{label}"]["color"].upper() for label in model.NODE_LABELS]
    assert len(set(colours)) == len(colours)


def test_relationships_show_their_type():
    assert _grass_rules()["relationship"]["caption"] == "<type>"


# ----------------------------------------------------------------- the URLs
def test_urls_follow_the_api_and_a_wildcard_bind_means_loopback():
    settings = make_test_settings(api_host="0.0.0.0", api_port=8123)
    assert guide_url(settings) == f"{BASE}/browser/guide.html"
    assert style_url(settings) == f"{BASE}/browser/style.grass"
    assert post_connect_cmd(settings) == f"style {BASE}/browser/style.grass; play {BASE}/browser/guide.html"


def test_default_allowlist_admits_the_guide_host():
    assert guide_host_allowed(make_test_settings())
    assert not guide_host_allowed(make_test_settings(neo4j_browser_allowlist="guides.neo4j.com"))


# ---------------------------------------------------------------- the route
@pytest.fixture
def client() -> TestClient:
    """Only the browser router, on settings of its own: the route's contract without a graph."""
    from api.routes.browser import router

    app = FastAPI()
    # the guide names the API by its settings (never the Host header): the same address as BASE
    app.state.settings = make_test_settings(neo4j_http_port=47474, cors_origins=["http://example.org"], api_port=8123)
    app.include_router(router)
    return TestClient(app, base_url=BASE)


def _origin(settings: Settings) -> str:
    return browser_origins(settings)[0]


def test_guide_route_serves_html_with_cors_for_the_browser(client):
    origin = _origin(client.app.state.settings)
    response = client.get("/browser/guide.html", headers={"Origin": origin})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["access-control-allow-origin"] == origin
    assert '<article class="guide">' in response.text
    assert f":style {BASE}/browser/style.grass" in html.unescape(response.text)


def test_style_route_serves_the_grass_file(client):
    response = client.get("/browser/style.grass", headers={"Origin": "http://localhost:47474"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["access-control-allow-origin"] == "http://localhost:47474"
    assert response.text == cypher.read("browser/style.grass")


def test_preflight_of_play_is_answered(client):
    origin = _origin(client.app.state.settings)
    response = client.options(
        "/browser/guide.html",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "pragma,cache-control",
        },
    )
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == origin
    allowed = {h.strip() for h in response.headers["access-control-allow-headers"].split(",")}
    assert {"pragma", "cache-control"} <= allowed


def test_other_origins_get_no_cors_grant_but_configured_ones_do(client):
    stranger = {"Origin": "http://evil.example"}
    assert "access-control-allow-origin" not in client.get("/browser/guide.html", headers=stranger).headers
    preflight = client.options("/browser/guide.html", headers={**stranger, "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers
    configured = client.get("/browser/style.grass", headers={"Origin": "http://example.org"})
    assert configured.headers["access-control-allow-origin"] == "http://example.org"


def test_the_api_application_serves_the_guide_and_style():
    """`api.main.create_app` mounts the browser router (api/routes/__init__.py: ROUTERS)."""
    from api.main import create_app

    client = TestClient(create_app(make_test_settings()), base_url=BASE)  # no lifespan: no graph needed
    assert client.get("/browser/guide.html").status_code == 200
    assert client.get("/browser/style.grass").status_code == 200


def test_the_api_answers_the_browsers_preflight_also_with_cors_origins_set():
    """With CORS_ORIGINS set, the application's CORS middleware must still let the Browser's origin through."""
    from api.main import create_app

    settings = make_test_settings(cors_origins=["http://example.org"])
    client = TestClient(create_app(settings), base_url=BASE)
    origin = browser_origins(settings)[0]
    response = client.options(
        "/browser/guide.html",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "pragma,cache-control",
        },
    )
    assert response.status_code in (200, 204), response.text
    assert response.headers["access-control-allow-origin"] == origin


def test_the_local_servers_browser_opens_on_the_guide_by_default():
    """Settings.neo4j_browser_post_connect_cmd defaults to applying the style and playing the guide of the API."""
    for settings in (make_test_settings(), make_test_settings(api_port=8123, api_host="0.0.0.0")):
        assert settings.neo4j_browser_post_connect_cmd == post_connect_cmd(settings)
