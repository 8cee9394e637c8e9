"""Officials named only in a photo's caption that cleaning sets aside (`loaders.entities.officials.captions`)."""

from __future__ import annotations

from core.vocabulary import Label, RelType
from loaders.cleaning import set_aside_caption
from loaders.models import ArticleExtraction
from loaders.pipeline import Extractor

_LEAD = (
    "Việt Nam và Lào tăng cường hợp tác đầu tư\n"
    "Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã tiếp đoàn công tác của Bộ Kế hoạch "
    "và Đầu tư Lào.\n"
)
_CAPTION = "Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Khamphet Vongsavath phát biểu tại buổi tiếp. (Ảnh: TTXVN)\n"
_AFTER = "Hai bên nhất trí tăng cường trao đổi thông tin về môi trường đầu tư.\n"


def _read(text: str) -> ArticleExtraction:
    return Extractor().extract_text(text).articles[0]


def _official(extraction: ArticleExtraction, name: str) -> str | None:
    return next((e.id for e in extraction.entities if e.label == Label.OFFICIAL and e.name == name), None)


def test_a_caption_is_set_aside_without_its_credit():
    assert set_aside_caption(_CAPTION.strip(), "") == (
        "Thứ trưởng Bộ Kế hoạch và Đầu tư Lào Khamphet Vongsavath phát biểu tại buổi tiếp."
    )
    assert set_aside_caption("Hai bên nhất trí tăng cường trao đổi thông tin.", "") is None
    assert set_aside_caption("Toàn cảnh hội |", "") is None  # (too short to name anyone with a title)


def test_a_thumbnail_teaser_is_no_caption():
    teaser = "![]() Ngày 23/8, Tổng lãnh sự Việt Nam tại Thượng Hải Trần Văn Hòa đã hội kiến lãnh đạo tỉnh. |"
    assert set_aside_caption(teaser, "") is None


def test_an_official_named_only_in_a_caption_is_read_with_his_post():
    extraction = _read(_LEAD + _CAPTION + _AFTER)
    assert "Khamphet" not in extraction.article.text  # (the caption is no text of the article)
    pid = _official(extraction, "Khamphet Vongsavath")
    assert pid is not None
    posts = [r for r in extraction.relations if r.type == RelType.HOLDS_POSITION and r.source == pid]
    assert posts and posts[0].properties["title"] == "Thứ trưởng"
    body = next(e for e in extraction.entities if e.id == posts[0].target)
    assert body.label in (Label.ORGANIZATION, Label.MINISTRY)
    assert posts[0].evidence[0].sentence.startswith("Thứ trưởng Bộ Kế hoạch")


def test_a_caption_s_official_attends_no_event_of_the_text():
    extraction = _read(_LEAD + _CAPTION + _AFTER)
    pid = _official(extraction, "Khamphet Vongsavath")
    assert pid is not None
    assert not [r for r in extraction.relations if r.source == pid and r.type != RelType.HOLDS_POSITION]


def test_a_caption_without_a_title_adds_no_one():
    extraction = _read(_LEAD + "Ông Khamphet Vongsavath tại buổi tiếp. (Ảnh: TTXVN)\n" + _AFTER)
    assert _official(extraction, "Khamphet Vongsavath") is None


def test_the_text_s_short_form_of_the_caption_s_name_is_that_person():
    text = (
        "Cuba and Vietnam boost farm cooperation\n"
        "Minister Garcia Ferrer said on Monday that both sides will expand rice production projects in Cuba.\n"
        "Cuba's Minister of Agriculture Ydael Garcia Ferrer at the meeting with Vietnamese officials (Photo: VNA)\n"
        "Garcia Ferrer thanked Vietnam for its support over many years.\n"
    )
    extraction = _read(text)
    officials = [e.name for e in extraction.entities if e.label == Label.OFFICIAL]
    assert "Ydael Garcia Ferrer" in officials and "Garcia Ferrer" not in officials


_EARLIER = (
    "Bộ Công Thương làm việc với doanh nghiệp Nhật Bản\n"
    "Ngày 5/4, tại Hà Nội, Bộ trưởng Bộ Công Thương Trần Văn Khải đã làm việc với đoàn doanh nghiệp Nhật Bản.\n"
)
_LATER = (
    "Việt Nam và Hà Lan thúc đẩy thương mại nông sản\n"
    "Sáng 9/4, Bộ trưởng Trần Văn Khải đã tiếp Đại sứ Hà Lan và trao đổi về thương mại nông sản.\n"
    "Bộ trưởng Bộ Công Thương Trần Văn Khải tiếp Đại sứ Hà Lan tại buổi làm việc. (Ảnh: TTXVN)\n"
    "Hai bên nhất trí tăng cường trao đổi thông tin thị trường.\n"
)


def _org_names(extraction: ArticleExtraction) -> set[str]:
    return {e.name for e in extraction.entities if e.label in (Label.ORGANIZATION, Label.MINISTRY) and e.mentions}


def test_a_caption_s_body_is_written_whatever_articles_were_read_before():
    alone = _org_names(_read(_LATER))
    extractor = Extractor()
    extractor.extract_text(_EARLIER, source="earlier")
    after = _org_names(extractor.extract_text(_LATER, source="later").articles[0])
    assert "Bộ Công Thương" in alone
    assert after == alone  # (the post remembered from the earlier article must not hide the caption's body)
