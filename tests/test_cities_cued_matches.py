"""The foreign cities' forms searched one by one (`cities._cued_matches`) find what their join finds
(`cities._CUED.finditer`): the same matches, spans and groups, in order, where forms overlap or follow each other."""

from __future__ import annotations

from pathlib import Path

from loaders.entities.cities import _CUED, _cued_matches

_TEXTS = [
    "Đoàn đã làm việc với thành phố Osaka City và tỉnh Gyeongsangbuk-Do Province của Hàn Quốc.",
    "The Japanese city of Izumisano and the City of Lyon signed with Busan City and Chiba Prefecture officials.",
    "Lãnh đạo TP.Hồ Chí Minh tiếp Thị trưởng thành phố Fukuoka (Nhật Bản), TP Viêng Chăn và bang Victoria.",
    "the city of Da Nang City of Toronto County of Kent Kent County Province of Ontario Alberta Province",
    "châu Hồng Hà thị Bằng Tường tiểu bang Bavaria Tỉnh Quảng Tây thành phố (TP) Nam Ninh",
    "A town of the Korean county of Hamyang, the city of  Oslo and city of Bergen.",
    "no city here at all",
    "",
]


def _spans(matches: list) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def test_the_forms_one_by_one_find_what_their_join_finds() -> None:
    for text in _TEXTS:
        assert _spans(_cued_matches(text)) == _spans(list(_CUED.finditer(text))), text


def test_on_real_pages() -> None:
    folder = Path(__file__).parent / "data" / "real" / "articles"
    for path in sorted(folder.glob("*.txt"))[:300]:
        text = path.read_text(encoding="utf-8")
        assert _spans(_cued_matches(text)) == _spans(list(_CUED.finditer(text))), path.name
