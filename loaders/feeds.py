"""RSS, Atom and XML sitemaps -> the article URLs they list, with the dates they give.

Why a small parser of our own rather than feedparser: the watcher needs four
things of an entry (its link, title, publication date and last change), the
same four from RSS 2.0/1.0, Atom and sitemaps (plain, news and index), and
the parser must be safe on hostile XML: lxml with entity resolution, DTD
loading and network access off and the size already capped by the fetcher.
`recover=True` reads the slightly broken feeds real sites serve.

`lastmod` is what tells a changed article from a known one: an entry whose
`lastmod` is later than the one recorded when it was loaded is fetched again
(see `graph.watching`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from core.errors import EdkgError

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
MAX_ENTRIES = 5000
"""Entries read from one feed or sitemap (a sitemap may list 50,000; the newest come first in news sitemaps)."""


class FeedError(EdkgError):
    """The document is not a feed or a sitemap this parser knows."""


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    title: str | None = None
    published: str | None = None  # ISO timestamp (UTC) or day
    lastmod: str | None = None  # ISO timestamp (UTC): the entry's last change as listed, else its publication


@dataclass(slots=True)
class Listing:
    kind: str  # rss, atom, sitemap, sitemapindex
    title: str | None = None
    entries: list[Entry] = field(default_factory=list)
    sitemaps: list[Entry] = field(default_factory=list)  # children of a sitemap index


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    recover=True,
    remove_comments=True,
    remove_pis=True,
)


def parse_listing(body: bytes) -> Listing:
    """The entries of a feed or sitemap; raises FeedError for anything else."""
    try:
        root = etree.fromstring(body.lstrip(), _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"not XML ({exc})") from None
    if root is None:
        raise FeedError("not XML (empty document)")
    tag = etree.QName(root).localname.lower()
    if tag == "rss":
        channel = root.find("channel")
        return _rss(channel if channel is not None else root, "rss")
    if tag == "rdf":
        return _rss(root, "rss")
    if root.tag == f"{ATOM}feed":
        return _atom(root)
    if tag == "urlset":
        return _urlset(root)
    if tag == "sitemapindex":
        listing = Listing("sitemapindex")
        for node in _children(root, "sitemap")[:MAX_ENTRIES]:
            loc = _text(node, "loc")
            if loc:
                listing.sitemaps.append(Entry(loc, lastmod=_iso(_text(node, "lastmod"))))
        return listing
    raise FeedError(f"not a feed or a sitemap (root element <{tag}>)")


def _children(node: Any, name: str) -> list[Any]:
    """Children named `name` in no namespace or any namespace (sites mix them)."""
    return [child for child in node if isinstance(child.tag, str) and etree.QName(child).localname == name]


def _text(node: Any, name: str, namespace: str | None = None) -> str | None:
    for child in node:
        if not isinstance(child.tag, str):
            continue
        qname = etree.QName(child)
        if qname.localname == name and (namespace is None or f"{{{qname.namespace}}}" == namespace):
            value = " ".join("".join(child.itertext()).split())
            return value or None
    return None


def _rss(channel: Any, kind: str) -> Listing:
    listing = Listing(kind, title=_text(channel, "title"))
    items = _children(channel, "item") or [i for i in channel.iter(f"{RSS1}item", "item")]
    for item in items[:MAX_ENTRIES]:
        link = _text(item, "link")
        if not link:
            guid = next((g for g in _children(item, "guid")), None)
            permalink = guid is not None and (guid.get("isPermaLink", "true").lower() != "false")
            link = _text(item, "guid") if permalink else None
        if not link or not link.startswith(("http://", "https://")):
            continue
        published = _iso(_text(item, "pubDate") or _text(item, "date", DC))
        lastmod = _iso(_text(item, "updated") or _text(item, "modified")) or published
        listing.entries.append(Entry(link, _text(item, "title"), published, lastmod))
    return listing


def _atom(feed: Any) -> Listing:
    listing = Listing("atom", title=_text(feed, "title"))
    for entry in feed.findall(f"{ATOM}entry")[:MAX_ENTRIES]:
        links = entry.findall(f"{ATOM}link")
        href = next(
            (lnk.get("href") for lnk in links if lnk.get("rel", "alternate") == "alternate" and lnk.get("href")), None
        )
        if not href or not href.startswith(("http://", "https://")):
            continue
        published = _iso(_text(entry, "published", ATOM))
        lastmod = _iso(_text(entry, "updated", ATOM)) or published
        listing.entries.append(Entry(href.strip(), _text(entry, "title", ATOM), published or lastmod, lastmod))
    return listing


def _urlset(root: Any) -> Listing:
    listing = Listing("sitemap")
    for node in _children(root, "url")[:MAX_ENTRIES]:
        loc = _text(node, "loc")
        if not loc or not loc.startswith(("http://", "https://")):
            continue
        news = next(iter(_children(node, "news")), None)
        title = _text(news, "title") if news is not None else None
        published = _iso(_text(news, "publication_date")) if news is not None else None
        lastmod = _iso(_text(node, "lastmod")) or published
        listing.entries.append(Entry(loc, title, published, lastmod))
    return listing


def _iso(value: str | None) -> str | None:
    """A feed's date (RFC 822 or W3C/ISO 8601) as an ISO timestamp in UTC, or the day when only a day is given."""
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if len(value) == 10 and moment.tzinfo is None:
        return value  # a day: W3C `YYYY-MM-DD`
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
