"""Fetching pages, feeds and sitemaps over HTTP, politely and within bounds.

Why a class of its own: `edkg load URL`, `POST /articles {"url"}` and `edkg
watch` all fetch, and they must all keep the same promises to the sites they
read and to the machine they run on:
- bounded: connect/read timeouts and a total deadline per request, a size cap
  checked while streaming (a `Content-Length` is not trusted), at most
  `max_redirects` redirects (each hop checked
  against robots.txt and spaced like any request), only http(s), the content type checked against
  what the caller expects (an image or a PDF is refused before it is read);
- polite: robots.txt is read once per host and obeyed (RFC 9309: a missing
  robots.txt allows everything, one that cannot be fetched because of a 5xx
  or a network error disallows the host for this run), its `Crawl-delay` is
  honoured, and requests to one host are spaced by `min_interval` seconds;
  every request says who it is (`User-Agent`);
- persistent: timeouts, connection errors, 429 and 5xx are retried with
  exponential backoff (a `Retry-After` is honoured up to `max_backoff`);
  anything else fails at once with one line saying why;
- cheap on re-reads: `get(etag=…, last_modified=…)` sends a conditional
  request and a 304 comes back as `Fetched(not_modified=True)` with no body.

Sequential on purpose: one request at a time is the politest crawler and news
feeds publish tens of articles a day, not thousands.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from core import __version__
from core.errors import EdkgError

USER_AGENT = f"edkg/{__version__} (news watcher of the edkg knowledge graph; obeys robots.txt)"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-gzip",
    "application/gzip",
    "text/plain",
)
"""Feeds and sitemaps: the XML types sites use (text/plain is seen on sitemaps), and gzipped sitemaps."""
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


class FetchError(EdkgError):
    """A URL that could not be fetched: `reason` is one line; `transient` errors are worth a later retry."""

    def __init__(
        self, url: str, reason: str, *, transient: bool = False, status: int | None = None, retry_after: float = 0.0
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The bounds and the manners of every request (defaults fit news sites; tests shrink the times)."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 2.0
    max_backoff: float = 60.0
    min_interval: float = 1.0
    max_crawl_delay: float = 30.0
    robots: bool = True


@dataclass(slots=True)
class Fetched:
    """What a GET gave: the final URL (after redirects), status, validators and the body (empty on 304)."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    location: str | None = None  # a redirect's target (absolute), followed by `Fetcher.get`

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(slots=True)
class _Host:
    robots: RobotFileParser | None = None
    allowed_all: bool | None = None  # True: no robots.txt; False: robots.txt unreachable (disallow all)
    interval: float = 0.0
    last_request: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Fetcher:
    """One HTTP client with per-host robots.txt, spacing and retries. Use as a context manager."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        on_retry: Callable[[str, str, float], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.on_retry = on_retry or (lambda url, reason, delay: None)
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        # Redirects are followed by `get` itself, so that robots.txt and the per-host spacing apply to each hop.
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self.requests = 0

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ public
    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET `url` (conditionally when validators are given); raises FetchError with the reason."""
        self._check(url, url)
        headers: dict[str, str] = {"Accept": ", ".join((*accept, "*/*;q=0.1"))}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.policy.backoff
        attempt = 0
        while True:
            attempt += 1
            try:
                fetched = self._follow(url, headers, accept)
                fetched.attempts = attempt
                return fetched
            except FetchError as exc:
                if not exc.transient or attempt > self.policy.retries:
                    raise
                wait = min(max(delay, exc.retry_after), self.policy.max_backoff)
                self.on_retry(url, exc.reason, wait)
                self._sleep(wait)
                delay *= 2

    def _check(self, url: str, asked: str) -> None:
        """Refuse a URL that is not http(s) or that robots.txt disallows (`asked`: the URL the caller gave)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(asked, "not an http(s) URL" if url == asked else f"redirected to a non-http(s) URL {url}")
        if self.policy.robots and not self.allowed(url):
            raise FetchError(
                asked,
                "disallowed by robots.txt" if url == asked else f"redirected to {url}, which robots.txt disallows",
            )

    def _follow(self, url: str, headers: dict[str, str], accept: tuple[str, ...]) -> Fetched:
        """One request and its redirects, each hop checked like the first URL (scheme, robots.txt, spacing)."""
        current = url
        for hop in range(self.policy.max_redirects + 1):
            if hop:
                self._check(current, url)
            fetched = self._once(current, headers, accept)
            if fetched.location is None:
                return fetched
            current = fetched.location
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets this user agent fetch it (read once per host)."""
        host = self._host(url)
        if host.allowed_all is None and host.robots is None:
            self._read_robots(url, host)
        if host.robots is not None:
            return host.robots.can_fetch(self.policy.user_agent, url)
        return bool(host.allowed_all)

    # ---------------------------------------------------------------- internals
    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        return self._hosts.setdefault(key, _Host(interval=self.policy.min_interval))

    def _read_robots(self, url: str, host: _Host) -> None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            fetched = self._once(robots_url, {"Accept": "text/plain"}, ("text/plain",), check_type=False)
        except FetchError as exc:
            # RFC 9309 2.3.1: 4xx -> no rules; 5xx or unreachable -> assume everything is disallowed.
            host.allowed_all = exc.status is not None and 400 <= exc.status < 500
            return
        parser = RobotFileParser(robots_url)
        parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        host.robots = parser
        crawl_delay = parser.crawl_delay(self.policy.user_agent)
        if crawl_delay:
            host.interval = max(host.interval, min(float(crawl_delay), self.policy.max_crawl_delay))

    def _space(self, host: _Host) -> None:
        """Wait until `interval` seconds have passed since the host's previous request."""
        wait = host.last_request + host.interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        host.last_request = time.monotonic()

    def _once(self, url: str, headers: dict[str, str], accept: tuple[str, ...], *, check_type: bool = True) -> Fetched:
        host = self._host(url)
        with host.lock:
            self._space(host)
            self.requests += 1
            started = time.monotonic()
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    final = str(response.url)
                    if status in _REDIRECT_STATUS:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {status} without a Location", status=status)
                        return Fetched(final, status, location=urljoin(final, location))
                    if status == 304:
                        return Fetched(
                            final,
                            status,
                            etag=response.headers.get("etag") or headers.get("If-None-Match"),
                            last_modified=response.headers.get("last-modified") or headers.get("If-Modified-Since"),
                        )
                    if status >= 400:
                        raise FetchError(
                            url,
                            f"HTTP {status}",
                            transient=status in _RETRY_STATUS,
                            status=status,
                            retry_after=_retry_after(response.headers.get("retry-after")),
                        )
                    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
                    if check_type and content_type and content_type not in accept:
                        raise FetchError(
                            url, f"content type {content_type} is not one of {', '.join(accept)}", status=status
                        )
                    body = self._read_capped(url, response, started)
                    return Fetched(
                        final,
                        status,
                        _gunzip(url, body, self.policy.max_bytes, content_type),
                        content_type,
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timed out ({type(exc).__name__})", transient=True) from None
            except httpx.TransportError as exc:
                raise FetchError(url, f"connection failed ({type(exc).__name__}: {exc})", transient=True) from None
            except httpx.InvalidURL as exc:
                raise FetchError(url, f"invalid URL ({exc})") from None

    def _read_capped(self, url: str, response: httpx.Response, started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        cap = self.policy.max_bytes
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"too large ({int(declared) / 1e6:.1f} MB; the limit is {cap / 1e6:.1f} MB)")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"too large (over {cap / 1e6:.1f} MB, the limit)")
            if time.monotonic() - started > self.policy.total_timeout:
                raise FetchError(url, f"took longer than {self.policy.total_timeout:.0f} s", transient=True)
            chunks.append(chunk)
        return b"".join(chunks)


def _gunzip(url: str, body: bytes, cap: int, content_type: str) -> bytes:
    """A gzipped sitemap (`.xml.gz` served as application/gzip) unpacked, within the same size cap."""
    if not body.startswith(b"\x1f\x8b") or content_type in PAGE_TYPES:
        return body
    out = zlib.decompressobj(wbits=31).decompress(body, cap + 1)
    if len(out) > cap:
        raise FetchError(url, f"too large once unpacked (over {cap / 1e6:.1f} MB)")
    return out


def _retry_after(value: str | None) -> float:
    """Seconds asked by a Retry-After header (a number or an HTTP date); 0 when absent or unreadable."""
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0


def compress(html: bytes) -> bytes:
    """The page as stored on its Article (gzip, no timestamp in the header, so the same page gives the same bytes)."""
    return gzip.compress(html, compresslevel=9, mtime=0)


def is_url(text: str) -> bool:
    """An argument that names a web page rather than a file."""
    return text.startswith(("http://", "https://"))
