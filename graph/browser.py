"""Where Neo4j Browser finds the project's guide and style sheet.

Why a module: the same URLs are printed by `edkg browser`, written into the
server's `browser.post_connect_cmd`, allow-listed in
`browser.remote_content_hostname_whitelist` and opened by the end-to-end test;
they must agree. The Browser fetches them from the API (`api/routes/browser.py`),
so they follow the API's host and port.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlparse

import cypher
from core.settings import Settings
from graph import model
from graph.saved_queries import param_defaults

GUIDE_PATH = "/browser/guide.html"
STYLE_PATH = "/browser/style.grass"
PROVENANCE_DESCRIPTION = "any entity -> Article: the article names it (`evidence` sentences, `spans` offsets)"


def api_base_url(settings: Settings) -> str:
    """The API's URL as a browser on this machine reaches it (a wildcard bind address means loopback)."""
    return settings.api_url


def guide_url(settings: Settings) -> str:
    return api_base_url(settings) + GUIDE_PATH


def style_url(settings: Settings) -> str:
    return api_base_url(settings) + STYLE_PATH


def post_connect_cmd(settings: Settings) -> str:
    """Browser commands run after login: apply the style, then open the guide (`;` separates them)."""
    return f"style {style_url(settings)}; play {guide_url(settings)}"


def browser_origins(settings: Settings) -> list[str]:
    """The origins the local server's Browser page is served from (the guide and style allow them by CORS)."""
    return [f"http://{host}:{settings.neo4j_http_port}" for host in ("127.0.0.1", "localhost")]


def guide_host_allowed(settings: Settings) -> bool:
    """Whether the Browser's allow-list admits the guide's host (what `:play` checks before fetching)."""
    allowed = {entry.strip().rstrip("/") for entry in settings.neo4j_browser_allowlist.split(",")}
    parsed = urlparse(guide_url(settings))
    return "*" in allowed or parsed.hostname in allowed or f"{parsed.scheme}://{parsed.hostname}" in allowed


# ------------------------------------------------------------------ the guide
_PLACEHOLDER = re.compile(r"\{\{\s*(?P<kind>\w+)(?:\s+(?P<arg>[\w-]+))?\s*\}\}")
_GRASS_RULE = re.compile(
    r"^node\.(?P<label>\w+)\s*\{(?P<body>.*?)^\}", re.MULTILINE | re.DOTALL
)  # `}` alone ends a rule


def query_body(query: cypher.SavedQuery) -> str:
    """The query without its header comments and final `;`: what the Browser's editor receives."""
    lines = query.text.strip().splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines).strip().rstrip(";").rstrip()


def params_command(query: cypher.SavedQuery) -> str | None:
    """The Browser command that sets the query's documented defaults (`:params {…}`), None without parameters."""
    defaults = param_defaults(query)
    if not defaults:
        return None
    pairs = ", ".join(f"{name}: {_cypher_string(value)}" for name, value in defaults.items())
    return ":params {" + pairs + "}"


def _cypher_string(value: str | None) -> str:
    if value is None:
        return "null"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _runnable(text: str) -> str:
    return f'<pre class="code runnable">{html.escape(text, quote=False)}</pre>'


def _section_query(name: str) -> str:
    query = cypher.saved_query(name)
    command = params_command(query)
    blocks = [_runnable(command)] if command else []
    return "\n".join([*blocks, _runnable(query_body(query))])


def _section(name: str) -> str:
    query = cypher.saved_query(name)
    answers = re.sub(r"\$(\w+)", r"<code>$\1</code>", html.escape(query.answers, quote=False))
    head = (
        f"<h3>{html.escape(query.title, quote=False)}</h3>\n"
        f'<p class="lead">{answers}</p>\n<p><small>Saved query <code>cypher/queries/{name}.cypher</code>'
        f"{'; set its parameters first' if query.params else ''}.</small></p>"
    )
    return head + "\n" + _section_query(name)


def label_colours() -> dict[str, str]:
    """Each label's colour in the style sheet (the guide's legend uses the same colours)."""
    colours = {}
    for match in _GRASS_RULE.finditer(cypher.read("browser/style.grass")):
        found = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", match.group("body"))
        if found:
            colours[match.group("label")] = found.group(1)
    return colours


def _labels_table() -> str:
    colours = label_colours()
    rows = []
    for label in model.NODE_LABELS:
        colour = colours.get(label, "#A5ABB6")
        chip = f"background-color:{colour};padding:1px 8px;border-radius:10px"
        rows.append(
            f'<tr><td><span class="token token-label" style="{chip}">{label}</span></td>'
            f"<td><code>{model.ID_PREFIXES[label]}:…</code></td></tr>"
        )
    return '<table class="table-condensed"><tr><th>label</th><th>id</th></tr>' + "".join(rows) + "</table>"


def _relationship_types_table() -> str:
    described = {**model.RELATIONSHIP_TYPES, model.PROVENANCE_TYPE: PROVENANCE_DESCRIPTION}
    rows = "".join(
        f"<tr><td><code>{name}</code></td><td>{html.escape(text, quote=False)}</td></tr>"
        for name, text in described.items()
    )
    return '<table class="table-condensed"><tr><th>type</th><th>from -&gt; to: meaning</th></tr>' + rows + "</table>"


def render_guide(base_url: str) -> str:
    """`cypher/browser/guide.html` with its placeholders filled: saved queries, model tables, the API's URL."""

    def fill(match: re.Match[str]) -> str:
        kind, arg = match.group("kind"), match.group("arg")
        if kind == "api_url":
            return base_url.rstrip("/")
        if kind == "labels":
            return _labels_table()
        if kind == "relationship_types":
            return _relationship_types_table()
        if kind in ("section", "section_query") and arg in cypher.saved_query_names():
            return _section(arg) if kind == "section" else _section_query(arg)
        raise ValueError(f"guide.html: unknown placeholder {match.group(0)!r}")

    return _PLACEHOLDER.sub(fill, cypher.read("browser/guide.html"))
