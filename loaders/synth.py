"""A synthetic corpus: template Vietnamese articles over the real gazetteers.

Why: the sample corpus has five articles; loading speed, memory and
incrementality only show on tens of thousands. The articles read like the
ministry's news (meetings, visits, memoranda with a status, topics, dates),
name real countries, Chinese and Vietnamese provinces and organisations from
`loaders.gazetteer`, and officials made of surnames and given names, so the
real extractor has real work to do. Every article is marked synthetic twice:
its title starts with `[synthetic]` and its last line is `Nguồn: edkg-synth`
(`loaders.models.is_synthetic` finds either; reading sets `Article.synthetic` from it).

Deterministic: article `i` of seed `s` depends only on (s, i), so a corpus can
be generated in any order or in part. Streaming: one file per article, 1,000
per folder, written as generated; nothing is kept in memory.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.text import slug
from core.vocabulary import AgreementStatus, AgreementType, EventKind, Label, RelType
from loaders.gazetteer import GazetteerEntry, load_gazetteer
from loaders.models import SYNTHETIC_SOURCE_LINE as SOURCE_LINE
from loaders.models import SYNTHETIC_TITLE_MARK as TITLE_MARK
from loaders.models import Article, ArticleExtraction, Entity, Evidence, Relation
from loaders.models import is_synthetic as is_synthetic  # where the tests and older callers look for it

PER_FOLDER = 1000


# Used only while the gazetteer's lists are short (they grow with the extractor's work).
_SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Trương",
    "Đinh",
    "Lương",
    "Tạ",
)
_MIDDLE = (
    "Văn",
    "Thị",
    "Hồng",
    "Minh",
    "Quốc",
    "Đức",
    "Thanh",
    "Xuân",
    "Hoàng",
    "Ngọc",
    "Sinh",
    "Hữu",
    "Công",
    "Thu",
    "Anh",
)
_GIVEN = (
    "Diên",
    "Sơn",
    "Hải",
    "Hùng",
    "Long",
    "Tân",
    "Thắng",
    "Hà",
    "Lan",
    "Hương",
    "Dũng",
    "Tuấn",
    "Khánh",
    "Phúc",
    "Nam",
    "Bình",
    "Cường",
    "Trung",
    "Hiếu",
    "Quang",
    "Thành",
    "Vinh",
    "Tú",
    "Hoa",
    "Mai",
)
_CN_GIVEN = ("Cương", "Vĩ", "Minh", "Kiện", "Quân", "Lâm", "Bình", "Hoa", "Phong", "Đào")

_TOPICS = (
    "thương mại điện tử",
    "năng lượng tái tạo",
    "kết nối lưới điện",
    "chuỗi cung ứng",
    "trí tuệ nhân tạo",
    "logistics",
    "công nghiệp hỗ trợ",
    "xuất nhập khẩu nông sản",
    "khoáng sản",
    "chuyển đổi số",
    "phát triển công nghiệp ô tô",
    "hợp tác cửa khẩu",
    "xúc tiến thương mại",
    "năng lượng sạch",
)
# (type, phrase): agreement kinds as the ministry's news write them.
_DOCUMENTS = (
    (AgreementType.MOU, "Bản ghi nhớ hợp tác"),
    (AgreementType.MOU, "Biên bản ghi nhớ"),
    (AgreementType.AGREEMENT, "Thỏa thuận hợp tác"),
    (AgreementType.ACTION_PLAN, "Kế hoạch hành động"),
    (AgreementType.OTHER, "Chương trình hợp tác"),
)
# (status, verb phrase before the document).
_STATUSES = (
    (AgreementStatus.SIGNED, "đã ký kết"),
    (AgreementStatus.SIGNED, "đã ký"),
    (AgreementStatus.PLANNED, "sẽ ký kết"),
    (AgreementStatus.PLANNED, "dự kiến ký"),
    (AgreementStatus.PROPOSED, "đề xuất xây dựng"),
)
_EVENTS = ("hội đàm", "buổi làm việc", "buổi tiếp", "cuộc gặp")
_FOREIGN_TITLES = ("Bí thư Tỉnh ủy", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Chủ tịch Chính quyền")
_VN_TITLES = ("Bộ trưởng", "Thứ trưởng")


@dataclass(frozen=True, slots=True)
class _Place:
    id: str
    label: str  # Province or Country
    name: str  # as written in the text


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    countries: tuple[_Place, ...]
    cn_provinces: tuple[tuple[_Place, str], ...]  # (province, full name as written)
    vn_provinces: tuple[str, ...]
    surnames: tuple[str, ...]
    ministry: str


@lru_cache
def _vocabulary() -> _Vocabulary:
    """Names from the gazetteer (complete lists), topped up with constants while it is short."""
    gaz = load_gazetteer()
    countries = tuple(
        _Place(e.id, Label.COUNTRY, e.name)
        for e in gaz.countries.values()
        if not e.is_name_ambiguous and e.id != "country:vn"
    )
    cn = tuple(
        (_Place(e.id, Label.PROVINCE, e.name), _full_cn(e))
        for e in gaz.provinces.values()
        if e.properties.get("country") == "CN"
    )
    vn = tuple(
        e.name
        for e in gaz.provinces.values()
        if e.properties.get("country") == "VN" and e.properties.get("status", "current") == "current"
    )
    surnames = tuple(dict.fromkeys((*sorted(gaz.surnames), *_SURNAMES)))
    moit = gaz.organizations.get("org:moit")
    return _Vocabulary(
        countries, cn, vn or ("Lào Cai", "Lạng Sơn", "Quảng Ninh"), surnames, moit.name if moit else "Bộ Công Thương"
    )


def _full_cn(entry: GazetteerEntry) -> str:
    kind = str(entry.properties.get("kind", "province"))
    return {"province": f"tỉnh {entry.name}", "municipality": f"thành phố {entry.name}"}.get(kind, entry.name)


def _person(rng: random.Random, surnames: tuple[str, ...], given: tuple[str, ...] = _GIVEN) -> str:
    return f"{rng.choice(surnames)} {rng.choice(_MIDDLE)} {rng.choice(given)}"


@dataclass(slots=True)
class _Draft:
    """One article's choices: its text is written from them, and so are its true facts."""

    title: str
    lines: list[str]
    date: str
    minister: str
    vn_title: str
    guest: str
    guest_title: str
    partner: _Place
    topics: list[str]
    doc_type: str
    doc: str
    status: str
    event: str


def _draft(seed: int, index: int) -> _Draft:
    rng = random.Random(f"edkg-synth:{seed}:{index}")
    v = _vocabulary()
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    minister = _person(rng, v.surnames)
    vn_title = rng.choice(_VN_TITLES)
    event = rng.choice(_EVENTS)
    topics = rng.sample(_TOPICS, k=rng.randint(1, 3))
    doc_type, doc = rng.choice(_DOCUMENTS)
    status, verb = rng.choice(_STATUSES)
    if rng.random() < 0.6:
        place, full = rng.choice(v.cn_provinces)
        partner_text = f"{full}, Trung Quốc"
        guest_title = f"{rng.choice(_FOREIGN_TITLES)} {full}"
        guest_name = _person(rng, v.surnames, _CN_GIVEN)
    else:
        place = rng.choice(v.countries)
        partner_text = place.name
        guest_title = f"Đại sứ {place.name} tại Việt Nam"
        guest_name = _person(rng, v.surnames)
    guest = f"{guest_title} {guest_name}"
    where = rng.choice(("tại trụ sở Bộ Công Thương", f"tại {rng.choice(v.vn_provinces)}", "tại Hà Nội"))
    title = rng.choice(
        (
            f"{v.ministry} và {place.name} thúc đẩy hợp tác về {topics[0]}",
            f"{vn_title} {minister} tiếp {guest}",
            f"Việt Nam - {place.name}: {doc} về {topics[0]}",
        )
    )
    lines = [
        rng.choice(
            (
                f"Ngày {day} tháng {month} năm {year}, {where}, {vn_title} {v.ministry} {minister} đã có {event} với {guest}.",
                f"Ngày {day}/{month}/{year}, {where}, {vn_title} {v.ministry} {minister} chủ trì {event} với đoàn công tác của {partner_text} do {guest} dẫn đầu.",
                f"Sáng {day}/{month}/{year}, {vn_title} {minister} đã tiếp {guest} {where}.",
            )
        )
    ]
    lines.append(
        rng.choice(
            (
                f"Hai bên đã trao đổi về hợp tác trong lĩnh vực {', '.join(topics)}.",
                f"Tại {event}, hai bên thảo luận các biện pháp thúc đẩy hợp tác về {' và '.join(topics)}.",
                f"{vn_title} {minister} đề nghị hai bên tăng cường hợp tác về {', '.join(topics)}.",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                f"Nhân dịp này, {v.ministry} và {partner_text} {verb} {doc} về {topics[0]}.",
                f"Hai bên {verb} {doc} giữa {v.ministry} Việt Nam và {partner_text} về {topics[0]}.",
            )
        )
    )
    if rng.random() < 0.5:
        lines.append(
            f"Kim ngạch thương mại song phương năm {year - 1} đạt {rng.randint(1, 90)},{rng.randint(0, 99):02d} "
            f"tỷ USD, tăng {rng.randint(1, 30)},{rng.randint(0, 9)}% so với năm trước."
        )
    lines.append(
        rng.choice(
            (
                f"{guest} cảm ơn sự đón tiếp của {v.ministry} và mong muốn tiếp tục hợp tác.",
                "Kết thúc buổi làm việc, hai bên nhất trí giao cấp kỹ thuật nghiên cứu cụ thể các nội dung hợp tác.",
            )
        )
    )
    return _Draft(
        f"{TITLE_MARK} {title}",
        lines,
        f"{year}-{month:02d}-{day:02d}",
        minister,
        vn_title,
        guest_name,
        guest_title,
        place,
        topics,
        doc_type,
        doc,
        status,
        event,
    )


def article_text(seed: int, index: int) -> str:
    """The text of synthetic article `index` of corpus `seed` (title first line, source last)."""
    d = _draft(seed, index)
    return "\n".join((d.title, *d.lines, SOURCE_LINE)) + "\n"


def article_extraction(seed: int, index: int, source_file: str | None = None) -> ArticleExtraction:
    """The true facts of synthetic article `index`, as a perfect extractor would give them.

    Why: the writer's benchmark measures the writer alone, on the same articles
    the end-to-end load extracts, whatever the extractor's speed or recall.
    """
    d = _draft(seed, index)
    text = article_text(seed, index)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    aid = f"article:{digest[:16]}"
    offsets = {}
    pos = len(d.title) + 1
    for line in d.lines:
        offsets[line] = pos
        pos += len(line) + 1
    first, talks, signing = d.lines[0], d.lines[1], d.lines[2]

    def ev(sentence: str) -> list[Evidence]:
        return [Evidence(aid, sentence, offsets[sentence], offsets[sentence] + len(sentence), 1.0)]

    minister = f"person:{slug(d.minister)}"
    guest = f"person:{slug(d.guest)}-{d.partner.id.partition(':')[2]}"
    agreement = f"agreement:moit-{d.partner.id.partition(':')[2]}-{d.doc_type}-{slug(d.topics[0])}"
    event = f"event:{d.date}-moit-{d.partner.id.partition(':')[2]}"
    entities = [
        Entity(
            "org:moit",
            Label.MINISTRY,
            "Bộ Công Thương",
            [Label.ORGANIZATION, Label.MINISTRY],
            ["MOIT"],
            {"kind": "ministry", "country": "VN", "abbr": "MOIT"},
            ev(first),
        ),
        Entity(
            minister,
            Label.OFFICIAL,
            d.minister,
            properties={"titles": [d.vn_title], "country": "VN"},
            mentions=ev(first),
        ),
        Entity(guest, Label.OFFICIAL, d.guest, properties={"titles": [d.guest_title]}, mentions=ev(first)),
        Entity(d.partner.id, d.partner.label, d.partner.name, mentions=ev(signing)),
        Entity(
            agreement,
            Label.AGREEMENT,
            f"{d.doc} về {d.topics[0]}",
            properties={"type": d.doc_type, "status": d.status, "date": d.date, "title": f"{d.doc} về {d.topics[0]}"},
            mentions=ev(signing),
        ),
        Entity(
            event,
            Label.EVENT,
            f"{d.event} {d.date}",
            properties={"kind": EventKind.MEETING, "date": d.date},
            mentions=ev(first),
        ),
        *(Entity(f"topic:{slug(t)}", Label.TOPIC, t, mentions=ev(talks)) for t in d.topics),
    ]
    relations = [
        Relation(RelType.HOLDS_POSITION, minister, "org:moit", {"title": d.vn_title}, ev(first)),
        Relation(RelType.HOLDS_POSITION, guest, d.partner.id, {"title": d.guest_title}, ev(first)),
        Relation(RelType.ATTENDED, minister, event, evidence=ev(first)),
        Relation(RelType.ATTENDED, guest, event, evidence=ev(first)),
        Relation(RelType.PARTICIPATED_IN, "org:moit", event, evidence=ev(first)),
        Relation(RelType.PARTICIPATED_IN, d.partner.id, event, evidence=ev(first)),
        Relation(RelType.PARTY_TO, "org:moit", agreement, evidence=ev(signing)),
        Relation(RelType.PARTY_TO, d.partner.id, agreement, evidence=ev(signing)),
        *(Relation(RelType.ABOUT, event, f"topic:{slug(t)}", evidence=ev(talks)) for t in d.topics),
        Relation(RelType.ABOUT, agreement, f"topic:{slug(d.topics[0])}", evidence=ev(signing)),
    ]
    if d.partner.label == Label.PROVINCE:
        entities.append(
            Entity("country:cn", Label.COUNTRY, "Trung Quốc", properties={"iso2": "CN"}, mentions=ev(first))
        )
        relations.append(Relation(RelType.IN_COUNTRY, d.partner.id, "country:cn", evidence=ev(first)))
    if d.status == AgreementStatus.SIGNED:
        relations.append(Relation(RelType.SIGNED_AT, agreement, event, evidence=ev(signing)))
    article = Article(
        aid,
        d.title,
        text,
        digest,
        source_file or f"synth-s{seed}-{index:07d}.txt",
        outlet="edkg-synth",
        date=d.date,
        synthetic=True,
    )
    return ArticleExtraction(article, entities, relations)


def article_path(out: Path, seed: int, index: int) -> Path:
    """Where article `index` goes: 1,000 files per folder, names unique across seeds."""
    return out / f"s{seed}-{index // PER_FOLDER:04d}" / f"synth-s{seed}-{index:07d}.txt"


def generate(out: Path, articles: int, seed: int, start: int = 0) -> Iterator[Path]:
    """Write articles `start` .. `start + articles - 1` under `out`, yielding each path as written."""
    for index in range(start, start + articles):
        path = article_path(out, seed, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(seed, index), encoding="utf-8")
        yield path
