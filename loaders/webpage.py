"""A news page's HTML -> its main text and metadata, ready for `Extractor.extract_text`.

Why trafilatura: on news pages it is the best-measured main-text extractor
(F1 0.91–0.96 in the published comparisons, ahead of readability and
newspaper), it is maintained, Apache-2.0, and it reads the metadata news
sites publish (`<title>`, OpenGraph, `article:published_time`, `<time>`,
JSON-LD through htmldate) without any network access. What it leaves (a
caption inside the body, a `Tin liên quan` box in the middle of the text)
is then removed by the project's own cleaning stage, which every article
goes through anyway.

What comes out (`WebPage`):
- `url`: the page's canonical URL (`<link rel=canonical>` / `og:url`) when it
  is on the same host as the page fetched — a page cannot claim another
  site's article — else the URL fetched (after redirects); it is the
  article's identity across versions (`Article.key`);
- `title`, `date` (ISO day), `lang` (`vi`/`en` from `<html lang>` or
  `og:locale`, else None and the pipeline detects it), `outlet` (the site's
  name, else the host);
- `text`: the headline on the first line, then the main text's paragraphs,
  behind a small `source:` header block that `loaders.reading` reads as the
  outlet (the pipeline's own header convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import trafilatura
from lxml import html as lxml_html

from core.errors import EdkgError

_LANG = re.compile(r"^\s*(vi|en)(?:[-_][A-Za-z]{2,4})?\s*$", re.I)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FURNITURE_WORDS = (
    "related",
    "relate-",
    "lien-quan",
    "lienquan",
    "readmore",
    "read-more",
    "xem-them",
    "other-news",
    "tin-khac",
    "most-read",
    "most-popular",
    "doc-nhieu",
    "xem-nhieu",
    "same-category",
    "cung-chuyen-muc",
)
"""Class or id fragments of the boxes news sites put around and inside an article (related news, read more,
most read, same category). trafilatura drops most of them; these go before it runs, because a teaser
paragraph inside such a box can otherwise be taken for article text."""
_LOWER = "translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', 'abcdefghijklmnopqrstuvwxyz-')"
PRUNE_XPATH = (
    "//*[not(self::html or self::body or self::main or self::article) and not(.//h1) and ("
    + " or ".join(f"contains({_LOWER}, '{word}')" for word in _FURNITURE_WORDS)
    + ")]"
)
"""Never an element that holds the headline or is the page's main or article element."""
MIN_TEXT_CHARS = 200
"""Less main text than this is a teaser, an index page or an error page, not an article."""


class PageError(EdkgError):
    """The page holds no article text (an index, an error page, binary data served as HTML)."""


@dataclass(slots=True)
class WebPage:
    url: str
    fetched_url: str
    title: str | None
    date: str | None
    lang: str | None
    outlet: str | None
    text: str
    """headline first, then the main text; without the header block (see `document`)"""

    def document(self) -> str:
        """The text handed to `Extractor.extract_text`: a `source:` header block, then the article."""
        header = f"source: {self.outlet}\n\n" if self.outlet else ""
        return header + self.text


def read_page(html: bytes, url: str) -> WebPage:
    """Main text and metadata of the page `html` fetched from `url` (final URL); raises PageError."""
    if b"\x00" in html[:4096] or not _looks_like_markup(html):
        raise PageError("not an HTML page (binary data)")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            prune_xpath=PRUNE_XPATH,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on malformed input
        raise PageError(f"the page could not be parsed ({exc})") from None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():  # a dict only with as_dict
        raise PageError("no main text found on the page")
    body = _paragraphs(doc.text or "")
    if len(body) < MIN_TEXT_CHARS:
        raise PageError(f"too little main text ({len(body)} characters) for an article")
    title = _one_line(doc.title)
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    tree = _tree(html)
    return WebPage(
        url=_canonical(doc.url, url),
        fetched_url=url,
        title=title,
        date=_day(doc.date),
        lang=_language(tree),
        outlet=_one_line(doc.sitename) or _host(url),
        text=body,
    )


def _looks_like_markup(html: bytes) -> bool:
    head = html[:4096].lstrip().lower()
    return head.startswith((b"<", b"\xef\xbb\xbf<")) or b"<html" in head or b"<body" in head


def _paragraphs(text: str) -> str:
    """One paragraph per line, blank lines and trailing spaces dropped."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _day(value: str | None) -> str | None:
    return value[:10] if value and _ISO_DAY.match(value) else None


def _host(url: str) -> str | None:
    return (urlsplit(url).hostname or "").removeprefix("www.") or None


def _canonical(declared: str | None, fetched: str) -> str:
    """The declared canonical URL when it is an absolute http(s) URL of the fetched host, else the fetched URL."""
    if declared:
        parts = urlsplit(declared.strip())
        if parts.scheme in ("http", "https") and _host(declared) == _host(fetched):
            return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    parts = urlsplit(fetched)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _tree(html: bytes) -> Any:
    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def _language(tree: Any) -> str | None:
    """`vi` or `en` as the page declares it (`<html lang>`, `og:locale`, `content-language`), else None."""
    if tree is None:
        return None
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    candidates += tree.xpath(
        "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"
    )
    for value in candidates:
        match = _LANG.match(value or "")
        if match:
            return match.group(1).lower()
    return None
