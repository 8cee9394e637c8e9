"""The gazetteers: countries, provinces, organisations, titles and surnames, loaded once.

Why data files and not code: the extraction runs on articles from outlets we
have never seen, so what it can recognise must be complete for its domain
(every ISO country, every Chinese provincial-level division, every Vietnamese
province before and after the 2025 merger, the first-level subdivisions of
every other country), reviewable by people who do not
read Python, and correctable without touching the extractor.

Every name read is passed through `core.text.normalize` (NFC, old-style
tone marks) and every lookup key through `core.text.fold`, the same two
functions the resolver and the graph use, so a name found here and a name read
in an article meet on the same key.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from core.text import fold, normalize, strip_diacritics
from core.vocabulary import Label, OrganizationKind

_DATA_DIR = "gazetteers"
GENERIC_PLACE_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "middle",
        "upper",
        "lower",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "nord",
        "sud",
        "est",
        "ouest",
        "centro",
        "norte",
        "sur",
        "oriental",
        "occidental",
        "orientale",
        "occidentale",
        "centrale",
        "capital",
        "district",
        "region",
        "province",
        "state",
        "territory",
        "city",
        "municipality",
        "federal",
        "special",
        "island",
        "islands",
        "coast",
        "coastal",
        "lakes",
        "lake",
        "gulf",
        "bay",
        "sea",
        "ocean",
        "peninsula",
        "desert",
        "river",
        "rivers",
        "mountain",
        "mountains",
        "highlands",
        "lowlands",
        "plateau",
        "delta",
        "littoral",
        "maritime",
        "interior",
        "valley",
        "savanes",
        "savannes",
        "plateaux",
        "the",
        "of",
        "and",
        "de",
        "la",
        "le",
        "les",
        "del",
    ]
)
"""Words that make a place's name generic when it has no other (`Central`, `North East`, `Capital District`, `Gulf`):
such a name is also an area of the map, so scripts/make_subdivisions.py marks it as needing a cue, and the extractor
reads it as the area where prose writes it so (`the Gulf region`)."""
_SHORT = 4  # a generated unaccented form this short is one syllable, likely an ordinary word


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known entity, ready to become a graph node with a stable id."""

    id: str  # "country:us", "province:cn-gx", "province:us-tx", "org:moit"
    label: str  # Label.COUNTRY | Label.PROVINCE | Label.ORGANIZATION
    name: str  # canonical Vietnamese name
    extra_labels: tuple[str, ...] = ()  # (Label.MINISTRY,) for ministries
    aliases: tuple[str, ...] = ()  # other spellings: English, pinyin, abbreviations, unaccented forms
    ambiguous_aliases: tuple[str, ...] = ()  # short forms that are also ordinary words: accept only in context
    # Excluded from hashing (a dict is unhashable) so entries can live in sets.
    properties: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_subdivision(self) -> bool:
        """A province, state or prefecture abroad (subdivisions.csv): counts only with a cue or its country named."""
        return bool(self.properties.get("subdivision"))

    @property
    def is_name_ambiguous(self) -> bool:
        """True when the canonical name itself is an ordinary word (`Nga`, `Pháp`, `Anh`, `Áo`)."""
        return self.name in self.ambiguous_aliases


@dataclass(frozen=True, slots=True)
class Title:
    """An official's title as a pattern the extractor builds on (`Thứ trưởng`, `Vice Minister`)."""

    title_vi: str
    title_en: str
    level: int  # rank, 1 = head of state/party; smaller is higher
    kind: str  # party, state, government, diplomatic, ministry, department, provincial, corporate, international
    aliases: tuple[str, ...] = ()


class Gazetteer:
    """All gazetteers with a folded-name index over every name and alias."""

    def __init__(
        self,
        countries: dict[str, GazetteerEntry],
        provinces: dict[str, GazetteerEntry],
        organizations: dict[str, GazetteerEntry],
        titles: list[Title],
        surnames: frozenset[str],
    ) -> None:
        self.countries = countries
        self.provinces = provinces
        self.organizations = organizations
        self.titles = titles
        self.surnames = surnames
        self._by_key: dict[str, list[GazetteerEntry]] = {}
        for form, entry, _ in self.surface_forms():
            candidates = self._by_key.setdefault(fold(form), [])
            if entry not in candidates:
                candidates.append(entry)
        self._by_iso3 = {entry.properties["iso3"]: entry for entry in countries.values()}

    def entries(self) -> Iterator[GazetteerEntry]:
        """Countries, then provinces, then organisations."""
        yield from self.countries.values()
        yield from self.provinces.values()
        yield from self.organizations.values()

    def surface_forms(self) -> Iterator[tuple[str, GazetteerEntry, bool]]:
        """(form as written, entry, is_ambiguous) for every name and alias of every entry.

        One stream for the extractor's single Aho-Corasick automaton: a form that
        several entries share (`Hà Nam`, `Hồng Kông`) appears once per entry, and
        the extractor disambiguates by context.
        """
        for entry in self.entries():
            yield entry.name, entry, entry.is_name_ambiguous
            for alias in entry.aliases:
                yield alias, entry, False
            for alias in entry.ambiguous_aliases:
                if alias != entry.name:
                    yield alias, entry, True

    def find(self, name: str, label: str | None = None) -> list[GazetteerEntry]:
        """Every entry with this name or alias (folded), optionally of one label; [] if none."""
        candidates = self._by_key.get(fold(normalize(name)), [])
        return [entry for entry in candidates if label is None or entry.label == label]

    def country(self, iso2_or_name: str) -> GazetteerEntry | None:
        """A country by ISO alpha-2 (`US`), alpha-3 (`USA`) or any name (`Hoa Kỳ`, `Mỹ`)."""
        code = iso2_or_name.strip()
        if len(code) == 2 and (entry := self.countries.get(f"country:{code.lower()}")):
            return entry
        if len(code) == 3 and (entry := self._by_iso3.get(code.upper())):
            return entry
        found = self.find(code, Label.COUNTRY)
        return found[0] if found else None


def _read_text(filename: str) -> str:
    return resources.files("loaders").joinpath(_DATA_DIR, filename).read_text(encoding="utf-8")


@functools.cache
def capital_rows() -> tuple[dict[str, str], ...]:
    """The rows of `gazetteers/capitals.csv` (every sovereign country's capital), read once for the two readers of
    that list: the capitals stage (`entities.capitals`, a capital named as a place) and cleaning (a foreign capital
    kept in an English dateline)."""
    return tuple(_rows("capitals.csv"))


def _rows(filename: str) -> Iterator[dict[str, str]]:
    """CSV rows, every cell stripped and normalised; lines starting with `#` are comments."""
    lines = [line for line in _read_text(filename).splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        yield {key: normalize((value or "").strip()) for key, value in row.items()}


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _with_unaccented(forms: Iterable[str]) -> list[str]:
    """Each form followed by its unaccented spelling, duplicates dropped, order kept.

    Unaccented forms are listed because English-language articles and URLs
    write `Quang Ninh`, and the graph's `aliases` should show them.
    """
    seen: dict[str, None] = {}
    for form in forms:
        for variant in (*_dash_variants(form), *_lowercase_style(form)):
            seen.setdefault(variant, None)
            seen.setdefault(strip_diacritics(variant), None)
    return list(seen)


_STATE_FORM = re.compile(r"^(?:Cộng hòa|Vương quốc|Liên bang|Nhà nước) ")
_STATE_WORDS = frozenset(["Nhân", "Dân", "Chủ", "Xã", "Hội", "Nghĩa", "Liên", "Bang", "Hồi", "Giáo", "Thống", "Nhất"])


def _lowercase_style(form: str) -> list[str]:
    """A state's Vietnamese long form as papers also write it, the common nouns of its style in lower case
    (`Cộng hòa nhân dân Trung Hoa`, `Cộng hòa liên bang Đức`, `Cộng hòa dân chủ nhân dân Lào`); the name itself keeps
    its capitals."""
    if not _STATE_FORM.match(form):
        return []
    words = form.split(" ")
    lowered = [w.lower() if i > 1 and w in _STATE_WORDS else w for i, w in enumerate(words)]
    return [" ".join(lowered)] if lowered != words else []


_DASH_JOINED = re.compile(r"[A-ZÀ-Ỹ]\w*\s*[-–]\s*[A-ZÀ-Ỹ]")
_JOINING_DASH = re.compile(r"(?<=\w)\s*[-–]\s*(?=\w)")


def _dash_variants(form: str) -> list[str]:
    """A name joined by a dash as papers write it: `Bà Rịa - Vũng Tàu`, `Bà Rịa-Vũng Tàu`, `Ba Ria – Vung Tau`
    (only between capitalised words: `Cộng hòa Séc`'s lowercase words and `A-B` codes stay as they are)."""
    if not _DASH_JOINED.search(form) or len(form) < 8:
        return [form]
    return [form, *(_JOINING_DASH.sub(dash, form) for dash in (" - ", "-", " – ", "–"))]


def _names(name: str, others: Iterable[str], ambiguous: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(aliases, ambiguous_aliases) for an entry.

    A listed form that folds like an ambiguous one is ambiguous too (`Georgia`
    is also a US state). A short unaccented form made here and not listed in
    the file is ambiguous as well: `Mỹ` is safe, but `My` is an English word,
    and `Síp` -> `Sip`, `Bỉ` -> `Bi` are no better.
    """
    ambiguous_forms = _with_unaccented(ambiguous)
    ambiguous_keys = {fold(form) for form in ambiguous_forms}
    listed = [form for form in (name, *others) if form]
    aliases: list[str] = []
    for form in _with_unaccented(listed):
        if form == name or fold(form) in ambiguous_keys:
            continue
        if form not in listed and len(fold(form)) <= _SHORT:
            ambiguous_forms.append(form)
        else:
            aliases.append(form)
    return tuple(aliases), tuple(dict.fromkeys(ambiguous_forms))


def _load_countries() -> dict[str, GazetteerEntry]:
    entries = {}
    for row in _rows("countries.csv"):
        aliases, ambiguous = _names(
            row["name_vi"], [row["name_en"], *_split(row["aliases"])], _split(row["ambiguous_aliases"])
        )
        entry_id = f"country:{row['iso2'].lower()}"
        entries[entry_id] = GazetteerEntry(
            id=entry_id,
            label=Label.COUNTRY,
            name=row["name_vi"],
            aliases=aliases,
            ambiguous_aliases=ambiguous,
            properties={"iso2": row["iso2"], "iso3": row["iso3"], "name_en": row["name_en"]},
        )
    return entries


def _province_id(iso: str) -> str:
    return f"province:{iso.lower()}"


def _load_provinces() -> dict[str, GazetteerEntry]:
    entries = {}
    for row in _rows("provinces_cn.csv"):
        # Tone-marked pinyin is kept as a property, not a surface form: stripped
        # of its marks, Shaanxi (`Shǎnxī`) would read as Shanxi. The unaccented
        # pinyin that articles write is listed in `name_en` or `aliases`.
        others = [row["name_en"], row["name_zh"], row["full_vi"], row["full_en"], *_split(row["aliases"])]
        aliases, _ = _names(row["name_vi"], others, ())
        entry_id = _province_id(row["iso"])
        entries[entry_id] = GazetteerEntry(
            id=entry_id,
            label=Label.PROVINCE,
            name=row["name_vi"],
            aliases=aliases,
            properties={
                "iso": row["iso"],
                "country": "CN",
                "kind": row["kind"],
                "status": "current",
                "name_en": row["name_en"],
                "name_pinyin": row["name_pinyin"],
                "name_zh": row["name_zh"],
                "capital": row["capital_vi"],
            },
        )
    for row in _rows("provinces_vn.csv"):
        aliases, _ = _names(row["name_vi"], [row["name_en"], *_split(row["aliases"])], ())
        entry_id = _province_id(row["iso"])
        properties = {
            "iso": row["iso"],
            "country": "VN",
            "kind": row["kind"],
            "status": row["status"],
            "name_en": row["name_en"],
        }
        if row["successor_iso"]:
            properties["successor"] = _province_id(row["successor_iso"])
        entries[entry_id] = GazetteerEntry(
            id=entry_id, label=Label.PROVINCE, name=row["name_vi"], aliases=aliases, properties=properties
        )
    entries.update(_load_subdivisions())
    return entries


def _load_subdivisions() -> dict[str, GazetteerEntry]:
    """Provinces, states and prefectures of every other country (generated by scripts/make_subdivisions.py).

    Forms in `cue_aliases` (Washington, Georgia, Mie, Central) are the entry's ambiguous aliases: the
    extractor takes them only after or before a cue word (`bang`, `tỉnh`, `State`, `Province`). The
    generator wrote the file normalised, with the unaccented forms, through `_names`: read as it is, the
    3,600 rows cost a tenth of what normalising them again would.
    """
    entries = {}
    for row in csv.DictReader(line for line in _read_text("subdivisions.csv").splitlines() if not line.startswith("#")):
        entry_id = _province_id(row["iso"])
        entries[entry_id] = GazetteerEntry(
            id=entry_id,
            label=Label.PROVINCE,
            name=row["name_vi"],
            aliases=tuple(_split(row["aliases"])),
            ambiguous_aliases=tuple(_split(row["cue_aliases"])),
            properties={
                "iso": row["iso"],
                "country": row["country"],
                "kind": row["kind"],
                "status": "current",
                "name_en": row["name_en"],
                "city": row["city"] == "yes",
                "subdivision": True,
            },
        )
    return entries


_FIELD_JOINS = re.compile(r",? và |, ")


def _fields_run_together(name: str) -> list[str]:
    """A Vietnamese ministry's name as papers also write it, its fields run together without `và` or commas
    (`Bộ Khoa học Công nghệ`, `Bộ Văn hóa Thể thao Du lịch`): the same ministry, not a body of its own."""
    if not name.startswith("Bộ ") or not _FIELD_JOINS.search(name):
        return []
    return [_FIELD_JOINS.sub(" ", name)]


def _load_organizations() -> dict[str, GazetteerEntry]:
    entries = {}
    for row in _rows("organizations.csv"):
        run_together = _fields_run_together(row["name_vi"]) if row["kind"] == OrganizationKind.MINISTRY else []
        others = [row["name_en"], row["abbr"], *_split(row["aliases"]), *run_together]
        aliases, _ = _names(row["name_vi"], others, ())
        properties = {"kind": row["kind"], "country": row["country"], "abbr": row["abbr"], "name_en": row["name_en"]}
        if row["parent_id"]:
            properties["parent"] = row["parent_id"]
        entries[row["id"]] = GazetteerEntry(
            id=row["id"],
            label=Label.ORGANIZATION,
            name=row["name_vi"],
            extra_labels=(Label.MINISTRY,) if row["kind"] == OrganizationKind.MINISTRY else (),
            aliases=aliases,
            properties=properties,
        )
    return entries


def _load_titles() -> list[Title]:
    return [
        Title(row["title_vi"], row["title_en"], int(row["level"]), row["kind"], tuple(_split(row["aliases"])))
        for row in _rows("titles.csv")
    ]


def _load_surnames() -> frozenset[str]:
    lines = (normalize(line.strip()) for line in _read_text("surnames.txt").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (the files are package data of `loaders`)."""
    return Gazetteer(_load_countries(), _load_provinces(), _load_organizations(), _load_titles(), _load_surnames())
