"""Stage 1, reading: encodings, normalisation and clear errors for bad input (no Neo4j needed)."""

from __future__ import annotations

import io
import unicodedata

import pytest

from core.errors import InputError
from loaders.reading import read_bytes, read_path, read_stream, read_text

VI = "Thứ trưởng Bộ Tài chính làm việc với đoàn doanh nghiệp Hàn Quốc tại tỉnh Bắc Ninh về thuế quan."


def test_utf8_with_bom_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + VI.encode("utf-8") + "\r\nDòng hai.\r\n".encode())
    doc = read_path(p)
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("Thứ trưởng") and "\r" not in doc.text


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """What a legacy Windows editor writes: base letters precomposed (ư, â…), tone marks as combining bytes."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_cp1258_is_detected_and_composed(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(to_cp1258(VI))
    doc = read_path(p)
    assert doc.encoding == "cp1258"
    assert doc.text == VI  # cp1258 writes tone marks as combining characters; NFC composes them


def test_new_style_tone_marks_are_normalised():
    assert read_text("Thuỷ sản và hoà bình").text == "Thủy sản và hòa bình"


def test_utf16_with_bom():
    assert read_bytes(VI.encode("utf-16"), "x").text == VI


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\t  \n", "whitespace"),
        (b"\x00\x01\x02binary\x00\x00", "binary"),
        (VI.encode("utf-8")[:-1] + "ạ".encode()[:1], "truncated"),
    ],
)
def test_bad_bytes_have_a_clear_reason(data, reason):
    with pytest.raises(InputError) as err:
        read_bytes(data, "doc.txt")
    assert reason in err.value.reason
    assert err.value.source == "doc.txt"


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_size_cap(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(VI * 100, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_path(p, max_bytes=1000)


def test_html_is_turned_into_text():
    html = (
        "<!doctype html><html><head><title>t</title><script>var x = 1;</script></head>"
        "<body><h1>Tiêu đề</h1><p>Đoạn một &amp; hai.</p><div>Đoạn ba.</div></body></html>"
    )
    doc = read_bytes(html.encode("utf-8"), "page.html")
    assert doc.text.splitlines() == ["Tiêu đề", "Đoạn một & hai.", "Đoạn ba."]
    assert doc.encoding.endswith("+html")


def test_html_without_text_fails():
    with pytest.raises(InputError, match="HTML"):
        read_bytes(b"<html><body><div><img src='x.png'></div><p> </p></body></html>", "empty.html")


def test_stream():
    assert read_stream(io.BytesIO(VI.encode("utf-8"))).text == VI


def test_header_block_is_metadata_not_text():
    raw = read_text("url: https://www.congthuong.vn/a.html\nlang: vi\n\nBộ Công Thương tiếp Đại sứ\n\nNội dung bài.")
    assert raw.meta == {"url": "https://www.congthuong.vn/a.html", "lang": "vi"}
    assert raw.text.startswith("Bộ Công Thương tiếp Đại sứ")


@pytest.mark.parametrize(
    "text",
    [
        "url: https://x.vn/a\nBộ Công Thương tiếp Đại sứ",  # no blank line after the block: text
        "lang: fr\n\nBonjour tout le monde.",  # a language we do not read: text
        "Tác giả: Nguyễn Văn A\n\nBộ Công Thương tiếp Đại sứ.",  # an unknown key: text
    ],
)
def test_what_is_not_a_header_stays_text(text):
    raw = read_text(text)
    assert raw.meta == {}
    assert raw.text.split("\n")[0] == text.split("\n")[0]


def test_header_without_text_is_refused():
    with pytest.raises(InputError, match="only a header"):
        read_text("url: https://x.vn/a\nlang: vi\n\n   \n")


def test_header_gives_the_article_its_url_language_and_outlet():
    from loaders.pipeline import Extractor

    doc = Extractor().extract_text(
        "url: https://www.vietnamplus.vn/a.html\nlang: en\n\nMinisters meet\n\n"
        "Minister Nguyen Hong Dien met the Ambassador of Japan in Hanoi on Tuesday, "
        "and the two sides discussed supply chains and energy cooperation at length."
    )
    article = doc.articles[0].article
    assert (article.url, article.lang, article.outlet) == ("https://www.vietnamplus.vn/a.html", "en", "vietnamplus.vn")
    assert article.title == "Ministers meet"


def test_an_acute_accent_typed_for_an_apostrophe_becomes_one() -> None:
    """`People´s Power` (an acute accent some outlets type for the apostrophe) reads as `People’s Power`; an acute
    accent standing alone stays."""
    doc = read_text("The National Assembly of People´s Power met Vietnam´s delegation. Note: a ´ b.")
    assert "People’s Power" in doc.text and "Vietnam’s delegation" in doc.text
    assert "a ´ b" in doc.text
