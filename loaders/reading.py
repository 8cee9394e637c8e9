"""Stage 1, reading: a path, stdin or a request body -> `RawDocument`.

Takes bytes (or text) from wherever an article comes from and gives NFC text
with one tone-mark convention, or raises `core.errors.InputError` with one
clear reason. Why so many checks here: every later stage assumes prose, and a
binary file, an HTML page or a cp1258 file from an old newsroom would
otherwise come out as silent garbage in the graph.

Decoding order: a BOM (UTF-8, UTF-16), strict UTF-8, then the legacy
Vietnamese code page cp1258 when its result reads as Vietnamese, then
charset-normalizer as the last resort.
"""

from __future__ import annotations

import codecs
import html
import re
import stat
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, ClassVar

from core.errors import InputError
from core.text import normalize
from loaders.models import RawDocument

MAX_BYTES = 20_000_000  # decimal MB, as the messages say
"""Default size cap: a news article is a few tens of KB; 20 MB is surely not one."""

_SNIFF = 8192
_VIETNAMESE_MARKS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")
_MOJIBAKE = re.compile(
    "[ÃÄÅÆÇÐÑÕ×ØÞß][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|body|head|p|div|br|article|span|meta|title)\b", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
META_KEYS = ("url", "lang", "title", "date", "source")
"""Keys of the optional header block: a scraper or a collected article states what it knows of the page."""
_META_LINE = re.compile(r"(?P<key>" + "|".join(META_KEYS) + r")\s*:\s*(?P<value>\S.*?)\s*$", re.I)
_LANGS = frozenset({"vi", "en"})
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def read_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Read one file. Raises InputError for a missing path, a directory, an unreadable or oversized file."""
    p = path if isinstance(path, Path) else Path(path)  # (a Path made again parses its parts again)
    source = str(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as exc:
        raise InputError(source, f"cannot access ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):  # (what `p.is_dir()` would ask with a second stat)
        raise InputError(source, "is a directory, not a file")
    if st.st_size > max_bytes:
        raise InputError(source, f"too large ({st.st_size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
    try:
        with p.open("rb") as fh:
            # Asked for the size the file has (and one byte more): a read of the cap itself allocates 20 MB for
            # every article (a third of reading one). What a growing file or a device adds is read on, to the cap.
            want = max_bytes + 1
            data = fh.read(min(want, st.st_size + 1))
            if len(data) > st.st_size and len(data) < want:
                data += fh.read(want - len(data))
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, source, max_bytes=max_bytes)


def read_stream(stream: BinaryIO | None = None, source: str = "-", *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Read stdin (or any binary stream) up to the cap."""
    stream = stream if stream is not None else sys.stdin.buffer
    return read_bytes(stream.read(max_bytes + 1), source, max_bytes=max_bytes)


def read_text(text: str, source: str = "request", *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Check and normalise text that is already decoded (a request body)."""
    if len(text) > max_bytes:
        raise InputError(
            source, f"too large ({len(text) / 1e6:.1f} M characters; the limit is {max_bytes / 1e6:.1f} MB)"
        )
    return _finish(text, source, "utf-8")


def read_bytes(data: bytes, source: str, *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Decode bytes from any source; the checks every input goes through."""
    if len(data) > max_bytes:
        raise InputError(source, f"too large (more than {max_bytes / 1e6:.1f} MB)")
    if not data.strip():
        raise InputError(source, "empty file" if not data else "only whitespace")
    text, encoding = _decode(data, source)
    return _finish(text, source, encoding)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode("utf-8-sig" if codec == "utf-8" else codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {codec} after its byte-order mark (byte {exc.start})") from None
    if b"\x00" in data[:_SNIFF]:
        raise InputError(source, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if (
        utf8_error.reason == "unexpected end of data"
        and utf8_error.start >= len(data) - 3
        and _mostly_ascii_or_utf8(data)
    ):
        raise InputError(source, f"truncated: the file ends inside a UTF-8 character (byte {utf8_error.start})")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_vietnamese(unicodedata.normalize("NFC", text)):
        return text, "cp1258"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:
        best = None
    if best is not None and best.encoding and _printable_ratio(str(best)) > 0.95:
        return str(best), best.encoding
    if _printable_ratio(data.decode("latin-1")) < 0.7:
        raise InputError(source, "binary data, not text")
    raise InputError(source, f"undecodable bytes: not UTF-8 (byte {utf8_error.start}) nor a known Vietnamese encoding")


def _mostly_ascii_or_utf8(data: bytes) -> bool:
    """True when everything but the last few bytes is valid UTF-8 (a cut file, not another encoding)."""
    try:
        data[:-4].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 8
    return True


def _plausible_vietnamese(text: str) -> bool:
    """cp1258 decodes almost any byte string; accept it only when it reads as Vietnamese, not mojibake."""
    letters = sum(ch.isalpha() for ch in text)
    if not letters:
        return False
    marks = len(_VIETNAMESE_MARKS.findall(text))
    return marks / letters > 0.05 and len(_MOJIBAKE.findall(text)) < 3 and _printable_ratio(text) > 0.97


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd\ufffe\uffff]")


def _printable_ratio(text: str) -> float:
    """Share of characters that can be prose: not control, surrogate, private-use or replacement characters."""
    if not text:
        return 0.0
    return 1 - len(_NOT_TEXT.findall(text)) / len(text)


class _TextExtractor(HTMLParser):
    """Text of an HTML page: block elements become line breaks; scripts, styles and navigation are dropped."""

    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "article",
            "section",
            "blockquote",
            "figcaption",
            "header",
            "footer",
            "table",
            "ul",
            "ol",
            "title",
        }
    )
    _SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "noscript", "template", "svg", "nav", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Markup rather than prose: a doctype/html tag at the start, or many tags."""
    head = text[:2000].lstrip()[:9].lower()  # (the longest form asked for has 9 characters)
    if head.startswith(("<!doctype", "<html", "<?xml")):
        return True
    return len(_HTML_HINT.findall(text[:20000])) >= 3


def html_to_text(markup: str) -> str:
    """The readable text of an HTML document, one block per line."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.parts)
    except Exception:
        text = html.unescape(_TAG.sub("\n", markup))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None) | {
    0xA0: " ",
    0x202F: " ",
    0x2028: "\n",
    0x2029: "\n",
}
_INVISIBLE_ANY = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
"""Whether any of `_INVISIBLE` is there: a search is ~20x cheaper than a `translate` of a text with none."""
_ACUTE = "\u00b4"
_ACUTE_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])" + _ACUTE + r"(?=[^\W\d_])")


def _apostrophes(text: str) -> str:
    """The acute accent typed for an apostrophe between two letters (`People´s Power`, `Vietnam´s Ministry`, as some
    outlets' keyboards write it) made the apostrophe every reader of names and possessives knows (`’`); a spacing
    acute anywhere else stays as written (no Vietnamese word spells its tone with it: those are combining marks)."""
    if _ACUTE not in text:
        return text
    return _ACUTE_BETWEEN_LETTERS.sub("’", text)


def _finish(text: str, source: str, encoding: str) -> RawDocument:
    if not text.strip():
        raise InputError(source, "only whitespace")
    if _printable_ratio(text[: _SNIFF * 4]) < 0.9:
        raise InputError(source, "binary data, not text")
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(source, "HTML page without any text")
        encoding += "+html"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE_ANY.search(text):
        text = text.translate(_INVISIBLE)
    text = _apostrophes(text)
    meta, text = split_header(text)
    if not text.strip():
        raise InputError(source, "only a header, no article text")
    return RawDocument(source=source, text=normalize(text), encoding=encoding, meta=meta)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A leading block of `key: value` lines (url, lang, title, date, source) ended by a blank line is the
    page's metadata, not article text. Why: collected articles and scrapers' output carry the URL and the
    language on top, and read as text they would become the headline. Anything else is left as text: an
    unknown key, a bad language or date, or no blank line after the block."""
    lines = text.lstrip("\n").split("\n")
    meta: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if not meta:
                break
            return meta, "\n".join(lines[i + 1 :])
        m = _META_LINE.match(line)
        if m is None:
            break
        key, value = m.group("key").lower(), m.group("value")
        if (
            (key == "lang" and value.lower() not in _LANGS)
            or (key == "date" and not _ISO_DATE.match(value))
            or key in meta
        ):
            break
        meta[key] = value.lower() if key == "lang" else value
    return {}, text
