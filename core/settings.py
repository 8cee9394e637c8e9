"""One place for configuration, read from the environment and `.env`.

Why pydantic-settings: typed values, one documented source of truth, and the
same names in the shell, in `.env`, in docker-compose and in CI.

The Neo4j password is the one value that has a fallback: when none is given
and the URI points at the project's own local server, the password that
`edkg neo4j start` generated (stored in the git-ignored server home) is used,
so a fresh clone never needs a hand-written secret.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout (or install) root: `.neo4j/`, `data/` and `provision/` live here."""

SUPPORTED_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


class Settings(BaseSettings):
    """Every knob of the project. Environment names are the field names in upper case."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="bolt://, neo4j://, neo4j+s:// (Aura, clusters)")
    neo4j_user: str = Field("neo4j", description="Neo4j user name")
    neo4j_password: SecretStr | None = Field(None, description="Neo4j password; local server: generated")
    neo4j_database: str = Field("neo4j", description="database name")

    neo4j_home: Path = Field(
        PROJECT_ROOT / ".neo4j" / "server", description="local server home (conf, data, logs, password)"
    )
    neo4j_lib_dir: Path = Field(PROJECT_ROOT / ".neo4j" / "lib", description="local server jars (shared by every home)")
    neo4j_bolt_port: int = Field(7687, ge=1, le=65535, description="local server Bolt port")
    neo4j_http_port: int = Field(7474, ge=1, le=65535, description="local server HTTP (Browser) port")
    neo4j_heap: str = Field("2g", description="local server JVM heap (initial = max)")
    neo4j_pagecache: str = Field("2g", description="local server page cache")
    neo4j_start_timeout: float = Field(180.0, gt=0, description="seconds to wait for Bolt after start")
    neo4j_browser_post_connect_cmd: str = Field(
        "", description="Browser commands run after login (default: style + guide from the API)"
    )
    neo4j_browser_allowlist: str = Field("localhost,127.0.0.1", description="hosts the Browser may load guides from")

    api_host: str = Field("127.0.0.1", description="API bind address")
    api_port: int = Field(8000, ge=1, le=65535, description="API port")
    api_key: SecretStr | None = Field(None, description="key for write routes (POST /articles)")
    cors_origins: list[str] = Field(default_factory=list, description="allowed CORS origins (JSON list)")
    mcp_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host values /mcp accepts besides loopback and the bind address (JSON list; `name:*` for any port)",
    )
    api_public_url: str | None = Field(
        None,
        description="the API's URL as clients reach it (the Browser guide's "
        "links); default http://API_HOST:API_PORT, never the "
        "request's Host header",
    )

    # Deadlines and load shedding of the API (api/deadlines.py): every read has a budget, the database too.
    api_read_timeout: float = Field(
        5.0,
        gt=0,
        le=600,
        description="seconds a read request may take, end to end (the Neo4j transaction carries the rest)",
    )
    api_search_timeout: float = Field(2.0, gt=0, le=600, description="seconds a search (GET /entities) may take")
    api_warm_plans: bool = Field(
        True,
        description="plan the canonical questions' queries when the API starts (EXPLAIN), so the first "
        "request does not spend its budget on planning them",
    )
    api_expensive_concurrency: int = Field(
        2, ge=1, le=1000, description="expensive reads (paths, neighbourhoods deeper than 1, exports) at once"
    )
    api_expensive_wait: float = Field(
        0.5, ge=0, le=60, description="seconds an expensive read waits for a slot before 503 + Retry-After"
    )
    api_retry_after: int = Field(2, ge=1, le=3600, description="Retry-After seconds of 503 answers")
    # Hubs (api/paths.py, api/subgraph.py): a node with more relationships than this, of the types a read follows.
    api_hub_degree: int = Field(
        1000,
        ge=1,
        le=100_000_000,
        description="degree above which a node is a hub: paths do not cross it (unless include_hubs=true), "
        "neighbourhoods show it with its degree without expanding it",
    )
    api_neighbourhood_per_node: int = Field(
        50, ge=1, le=500, description="neighbours read per node at each hop of a neighbourhood (default of per_node)"
    )
    neo4j_connection_timeout: float = Field(
        1.0, gt=0, le=60, description="API: seconds to open a Bolt connection (TCP and handshake)"
    )
    neo4j_acquisition_timeout: float = Field(
        1.5, gt=0, le=60, description="API: seconds to get a live connection from the pool, liveness check included"
    )
    neo4j_liveness_check_timeout: float | None = Field(
        0.0,
        ge=0,
        description="API: a pooled connection idle "
        "longer than this is checked before "
        "use (0: always; a hung server is "
        "then seen at once)",
    )

    # HTTP limits of `edkg serve` (uvicorn and api/http_limits.py)
    api_limit_concurrency: int = Field(
        256, ge=1, description="open connections + in-flight requests before uvicorn answers 503"
    )
    api_timeout_keep_alive: int = Field(5, ge=1, description="seconds an idle keep-alive connection is kept")
    api_timeout_request_head: float = Field(
        10.0,
        gt=0,
        description="seconds a client has to send a request's line and headers; then the connection is closed",
    )
    api_max_header_bytes: int = Field(32_768, ge=1024, description="request line + headers, bytes (431 beyond)")
    api_max_headers: int = Field(100, ge=8, description="header fields per request (431 beyond)")

    @field_validator("neo4j_uri")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = urlparse(value).scheme
        if scheme not in SUPPORTED_SCHEMES:
            raise ValueError(f"NEO4J_URI scheme {scheme!r} is not one of {', '.join(SUPPORTED_SCHEMES)}")
        return value

    @field_validator("api_public_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and (
            urlparse(value).scheme not in ("http", "https")
            or not urlparse(value).netloc
            or any(ord(c) < 33 or c in "<>\"'" for c in value)
        ):
            raise ValueError(f"API_PUBLIC_URL {value!r} is not an http(s) URL")
        return value

    @model_validator(mode="after")
    def _uri_follows_local_port(self) -> Settings:
        """Without an explicit NEO4J_URI, talk to the local server on its configured Bolt port."""
        if "neo4j_uri" not in self.model_fields_set:
            self.neo4j_uri = f"bolt://127.0.0.1:{self.neo4j_bolt_port}"
        return self

    @model_validator(mode="after")
    def _browser_opens_on_the_guide(self) -> Settings:
        """Without an explicit command, the local Browser applies the style and plays the guide the API serves
        (paths as in `graph.browser`; a test keeps the two equal)."""
        if "neo4j_browser_post_connect_cmd" not in self.model_fields_set:
            self.neo4j_browser_post_connect_cmd = (
                f"style {self.api_url}/browser/style.grass; play {self.api_url}/browser/guide.html"
            )
        return self

    @property
    def password_file(self) -> Path:
        return self.neo4j_home / "password"

    @property
    def uses_local_server(self) -> bool:
        """True when the URI points at this machine's loopback (the project's own server)."""
        return (urlparse(self.neo4j_uri).hostname or "") in LOCAL_HOSTS

    def resolved_password(self) -> str | None:
        """The configured password, else the local server's generated one, else None."""
        if self.neo4j_password is not None:
            return self.neo4j_password.get_secret_value()
        if self.uses_local_server and self.password_file.is_file():
            return self.password_file.read_text(encoding="utf-8").strip()
        return None

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.neo4j_http_port}/browser/"

    @property
    def api_url(self) -> str:
        """The API's URL as a client reaches it: `API_PUBLIC_URL`, else this machine's address of the bind
        (a wildcard bind address means loopback). Never taken from a request's Host header."""
        if self.api_public_url:
            return self.api_public_url.rstrip("/")
        host = "127.0.0.1" if self.api_host in {"0.0.0.0", "::", ""} else self.api_host
        return f"http://{host}:{self.api_port}"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (cached; tests build their own `Settings`)."""
    return Settings()
