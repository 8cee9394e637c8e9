"""Where Neo4j Browser finds the project's guide and style sheet.

Why a module: the same URLs are printed by `edkg browser`, written into the
server's `browser.post_connect_cmd`, allow-listed in
`browser.remote_content_hostname_whitelist` and opened by the end-to-end test;
they must agree. The Browser fetches them from the API (`api/routes/browser.py`),
so they follow the API's host and port. What the guide says is rendered by the
API (`api/browser_guide.py`): this layer only knows where it is.
"""

from __future__ import annotations

from urllib.parse import urlparse

from core.settings import Settings

GUIDE_PATH = "/browser/guide.html"
STYLE_PATH = "/browser/style.grass"


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
