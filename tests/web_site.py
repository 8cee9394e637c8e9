"""A local news site for the watcher's tests: the fixtures of `tests/data/web`, served on 127.0.0.1.

Why a real server (stdlib `ThreadingHTTPServer`, one thread per request): the
watcher's promises are about HTTP itself — conditional requests answered 304,
robots.txt, timeouts, 5xx, content types — and only a real socket shows that
they hold. The site behaves like a news site's CDN:
- every file is served with `{{BASE}}` replaced by the server's own URL, an
  ETag (hash of the body) and a Last-Modified date, and answers 304 to a
  request whose If-None-Match or If-Modified-Since matches;
- `/broken/500.html` answers 500, `/broken/slow.html` answers only after
  `slow_seconds` (longer than the client's read timeout), `/broken/garbage.html`
  is random bytes served as text/html;
- `/go/<path>` answers 301 to `/<path>`, `/loop` redirects to itself;
- `site.change(path, old, new)` edits what a path serves (a corrected article,
  a feed with a newer lastmod), with a new ETag and Last-Modified.
Every request is recorded (`site.requests`) so the tests can say what the
watcher asked for and what it was answered.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

WEB = Path(__file__).parent / "data" / "web"
_TYPES = {
    "rss.xml": "application/rss+xml; charset=utf-8",
    "atom.xml": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_FIRST_MODIFIED = 1752624000.0  # 2025-07-16T00:00:00Z


@dataclass(frozen=True, slots=True)
class Request:
    path: str  # with the query string
    status: int  # 0: the slow page, recorded when it arrived
    conditional: bool  # sent If-None-Match or If-Modified-Since
    user_agent: str


class FixtureSite:
    def __init__(self, root: Path = WEB, *, slow_seconds: float = 3.0) -> None:
        self.root = root
        self.slow_seconds = slow_seconds
        self.requests: list[Request] = []
        self._changed: dict[str, tuple[bytes, float]] = {}
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site._answer(self)

            def handle(self) -> None:
                with contextlib.suppress(ConnectionResetError, BrokenPipeError):  # a client closed its keep-alive
                    super().handle()

            def log_message(self, format: str, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, name="fixture-site", daemon=True)

    def __enter__(self) -> FixtureSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def body(self, path: str) -> bytes:
        """What `path` serves now, with `{{BASE}}` filled in."""
        with self._lock:
            if path in self._changed:
                return self._changed[path][0]
        return (self.root / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", self.base.encode())

    def change(self, path: str, old: str, new: str) -> None:
        """Serve `path` with `old` replaced by `new` from now on (a new ETag and a later Last-Modified)."""
        body = self.body(path)
        assert old.encode() in body, f"{old!r} is not in {path}"
        with self._lock:
            self._changed[path] = (body.replace(old.encode(), new.encode()), time.time())

    def reset(self) -> None:
        with self._lock:
            self._changed.clear()
            self.requests.clear()

    def since(self, mark: int) -> list[Request]:
        with self._lock:
            return list(self.requests[mark:])

    def _record(self, handler: BaseHTTPRequestHandler, status: int) -> None:
        conditional = bool(handler.headers.get("If-None-Match") or handler.headers.get("If-Modified-Since"))
        with self._lock:
            self.requests.append(Request(handler.path, status, conditional, handler.headers.get("User-Agent", "")))

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path).path
        if path.startswith("/go/"):  # a redirect, as short links and moved articles answer
            return self._send(handler, 301, b"", None, {"Location": path[len("/go") :]})
        if path == "/loop":
            return self._send(handler, 302, b"", None, {"Location": "/loop"})
        if path == "/broken/500.html":
            return self._send(
                handler,
                500,
                b"<html><body><h1>500 Internal Server Error</h1></body></html>",
                "text/html; charset=utf-8",
            )
        slow = path == "/broken/slow.html"
        if slow:
            self._record(handler, 0)  # recorded on arrival: the client has given up by the answer
            time.sleep(self.slow_seconds)
        file = self.root / path.lstrip("/")
        if ".." in path or not file.is_file() or path.endswith(".json"):
            return self._send(handler, 404, b"not found", "text/plain")
        body = self.body(path)
        with self._lock:
            modified = self._changed[path][1] if path in self._changed else _FIRST_MODIFIED
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        last_modified = formatdate(modified, usegmt=True)
        validators = {"ETag": etag, "Last-Modified": last_modified}
        if handler.headers.get("If-None-Match") == etag or (
            not handler.headers.get("If-None-Match") and handler.headers.get("If-Modified-Since") == last_modified
        ):
            return self._send(handler, 304, b"", None, validators, record=not slow)
        kind = next((t for suffix, t in _TYPES.items() if path.endswith(suffix)), "application/octet-stream")
        self._send(handler, 200, body, kind, validators, record=not slow)

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str | None,
        headers: dict[str, str] | None = None,
        *,
        record: bool = True,
    ) -> None:
        if record:
            self._record(handler, status)
        try:
            handler.send_response(status)
            if content_type:
                handler.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the slow page after its timeout)
