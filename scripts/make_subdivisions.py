"""Write loaders/gazetteers/subdivisions.csv: the first-level subdivisions of every country but China and Viet Nam.

Why generated: the list must be complete (articles name Lao, Cambodian,
Korean, Japanese, US, German... provinces and states we cannot foresee), its
ISO 3166-2 codes must be right, and people who do not read Python must be
able to review it. pycountry (a dev dependency) is the reference; the output
is plain data, so the extractor never imports pycountry. The Vietnamese (and
English, where ISO gives a local form) names come from the hand-made,
reviewed `loaders/gazetteers/subdivisions_vi.csv`, keyed by ISO code.

Which level is kept (what news calls a province, state or prefecture):

- ISO's first level (subdivisions without a parent) for every country;
- China and Viet Nam are left out: `provinces_cn.csv` and `provinces_vn.csv`
  describe them in more detail (kinds, successors after the 2025 merger);
- the United Kingdom is left out: its first level is England, Scotland, Wales
  and Northern Ireland, which news calls countries or nations, not provinces;
- Indonesia's first level is seven "geographical units" (Jawa, Sumatera...),
  which no one calls a province: its provinces (one level down) are kept;
- the Philippines' first level is regions; its provinces (one level down),
  which news names far more often, are kept as well;
- France's first level is regions; its departments (one level down), which
  sign with Vietnamese provinces (Val-de-Marne, Seine-Saint-Denis), are kept
  as well, each needing a cue (their names are rivers and words: Marne, Nord);
- a subdivision that is itself an ISO 3166-1 country (US-PR Puerto Rico,
  US-GU Guam, NL-AW Aruba...) is left out: the country gazetteer has it.

The file is written as the loader would make it (normalised, unaccented forms
added by `loaders.gazetteer._names`), so loading reads it as it is.

Names: ISO's name is cleaned (`Madrid, Comunidad de` -> `Madrid` and `Comunidad
de Madrid`; `Barcelona [Barcelona]`, `(Region VIII)` dropped). A hyphenated
Vietnamese spelling of the hand-made file also gets its spaced, capitalised
form (`Sa-van-na-khệt` -> `Sa Van Na Khệt`), since papers write both; a German,
Austrian or Swiss name also with its umlauts spelled out; a name joined by
hyphens between capitalised words also with spaces (`Baden Wuerttemberg`,
`Emilia Romagna`); a Turkish
dotless `ı` is also written `i` (`Diyarbakır` -> `Diyarbakir`), which no unaccenting does; a name
joined by hyphens between capitalised words also gets the spaced dashes
Vietnamese papers write (`Mecklenburg - Vorpommern`, `Ivano - Frankivsk`).

Which forms need a cue (column `cue_aliases`; the extractor accepts them only
after `bang`, `tỉnh`, `state of`... or before `State`, `Province`...; every
other form also counts when the article names the country): a form the hand
file marks `required` (a city, a person or a word as well: Washington, New
York, Victoria), a form that is also a country's or a Chinese or Vietnamese
province's name (Georgia, México), a form made of generic words only
(Central, North East, Capital), a single word of four letters or fewer (Mie,
Nara, Goa, Ohio), a Vietnamese family name, and an abbreviation of three
capitals or fewer (ACT, NSW). The generic and the short do count with the
country named in a row the hand file marks `named`, whose forms name nothing
else (Doha, Baku, Northern Territory). A form that names its kind itself never needs
one: `Vientiane Province`, `Washington State`, and with a region's word
`Kaluga Oblast`, `Brest Region`, `Region of Murcia` (unless the rest is
generic: `Central Region` still does).

    python scripts/make_subdivisions.py           # rewrite loaders/gazetteers/subdivisions.csv
    python scripts/make_subdivisions.py --check   # exit 1 when the file is out of date
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text import fold, normalize  # noqa: E402
from loaders.gazetteer import GENERIC_PLACE_WORDS, _names  # noqa: E402 - after the path is set

DATA = ROOT / "loaders" / "gazetteers"
OUT = DATA / "subdivisions.csv"
HAND = DATA / "subdivisions_vi.csv"
COLUMNS = ("iso", "country", "kind", "name_vi", "name_en", "aliases", "cue_aliases", "city")

SKIP_COUNTRIES = frozenset({"CN", "VN", "GB"})
SECOND_LEVEL = {  # country -> ISO types one level down kept instead of (ID) or besides (PH) the first level
    "ID": frozenset({"Province", "Capital district", "Special region"}),
    "PH": frozenset({"Province"}),
    "FR": frozenset({"Metropolitan department", "Metropolitan collectivity with special status"}),
}
# Kinds whose every form needs a cue: France's departments are named after rivers, mountains and words (Marne,
# Nord, Var, Somme), and news writes them with one (`Val de Marne province`, `tỉnh Val-de-Marne`).
CUE_REQUIRED_TYPES = frozenset({("FR", "Metropolitan department")})
FIRST_LEVEL_DROPPED = frozenset({"ID"})
_CITY_TYPES = re.compile(r"city|municipal|capital|metropolitan administration|autonomous city", re.I)
_BRACKETS = re.compile(r"\s*\[([^\]]*)\]")
_PARENS = re.compile(r"\s*\([^)]*\)")
_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")
_SHORT = 4
# Turkish dotless i, which no unaccenting removes: English news writes `Diyarbakir`, `Eskisehir` for ISO's
# `Diyarbakır`, `Eskişehir` (the loader's unaccented forms then drop the other marks).
_DOTLESS = str.maketrans({"ı": "i"})
# A form that carries its own cue (`Vientiane Province`, `Washington State`) never needs another one; nor does one
# with a region's word (`Kaluga Oblast`, `Brest Region`, `Region of Murcia`) unless the rest is generic
# (`Central Region` still needs a cue).
_SELF_CUED = re.compile(r"(?:^|\s)(?:Province|State|Prefecture|Metropolis|Capital|City)$")
_REGION_WORD = re.compile(
    r"^(?P<stem>.+?)\s+(?:Oblast|Krai|Okrug|Region|Voivodeship)$|^(?:Region|Community|Principality) of\s+(?P<of>.+)$"
)


@dataclass
class Row:
    iso: str
    country: str
    kind: str
    name_vi: str
    name_en: str
    aliases: list[str]
    cue_aliases: list[str]
    city: bool

    def cells(self) -> list[str]:
        return [
            self.iso,
            self.country,
            self.kind,
            self.name_vi,
            self.name_en,
            "|".join(self.aliases),
            "|".join(self.cue_aliases),
            "yes" if self.city else "",
        ]


def selected() -> Iterator[pycountry.db.Data]:
    """The subdivisions kept, in code order (see the module docstring for the choice)."""
    countries = {c.alpha_2: c for c in pycountry.countries}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = sub.country_code
        if cc in SKIP_COUNTRIES:
            continue
        first = sub.parent_code is None
        keep = (first and cc not in FIRST_LEVEL_DROPPED) or (not first and sub.type in SECOND_LEVEL.get(cc, ()))
        if not keep:
            continue
        twin = countries.get(sub.code.split("-", 1)[1])
        if twin is not None and fold(_clean(sub.name)[0]) in {fold(n) for n in _country_names(twin)}:
            continue
        yield sub


def _country_names(country: pycountry.db.Data) -> list[str]:
    return [
        n for n in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)) if n
    ]


def _clean(iso_name: str) -> list[str]:
    """ISO's name as the forms news writes, the main one first."""
    forms: list[str] = []
    bracketed = [_CODE.sub("", b).strip() for b in _BRACKETS.findall(iso_name)]
    name = _PARENS.sub("", _BRACKETS.sub("", iso_name)).strip()
    if "," in name:
        head, tail = (part.strip() for part in name.rsplit(",", 1))
        if (
            tail
            and len(tail.split()) <= 3
            and (len(tail.split()) == 1 or tail.split()[-1].lower() in ("de", "of", "del", "du"))
        ):
            inverted = f"{tail} {head}"
            forms += [head, inverted] if head[:1].isupper() else [inverted]
        else:
            forms.append(name)
    else:
        forms.append(name)
    forms += [b for b in bracketed if b]
    return list(dict.fromkeys(normalize(f) for f in forms if f))


def _hyphen_variants(form: str) -> list[str]:
    """A Vietnamese transliteration written the other ways papers write it: `Sa-van-na-khệt` -> `Sa Van Na Khệt`,
    `Khăm Muộn` -> `Khăm-muộn` (syllables of five letters or fewer, so `Baden-Württemberg` is left alone)."""
    syllables = [s for s in re.split(r"[\s-]+", form) if s]
    if len(syllables) < 2 or any(len(s) > 5 for s in syllables):
        return []
    if "-" in form:
        return [" ".join(s[:1].upper() + s[1:] for s in syllables)]
    if form.isascii():
        return []  # `Ta Keo`, `Sê Kông` are transliterations; `New York` is not
    return ["-".join([syllables[0], *(s.lower() for s in syllables[1:])])]


_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "et", "sur", "di", "del", "am", "der"})


def _unhyphenated(form: str) -> str | None:
    """ISO's name joined by hyphens around a lowercase particle, as English news writes it with spaces:
    `Val-de-Marne` -> `Val de Marne`, `Hauts-de-Seine` -> `Hauts de Seine`."""
    parts = form.split("-")
    if len(parts) < 2 or not any(p in _PARTICLES for p in parts):
        return None
    return " ".join(parts)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _german_spellings(form: str) -> list[str]:
    """German names as English and Vietnamese news also write them: umlauts spelled out (`Baden-Wuerttemberg`,
    `Thueringen`; their space-joined form follows from `_space_joined`)."""
    return [form.translate(_UMLAUTS)] if form.translate(_UMLAUTS) != form else []


def _space_joined(form: str) -> str | None:
    """A name joined by hyphens between capitalised words, as news also writes it with a space (`Baden Wuerttemberg`,
    `Schleswig Holstein`, `Emilia Romagna`, `Friuli Venezia Giulia`): writers drop the hyphen of a name they do
    not know well. Only when every part is a capitalised word of three letters or more, so `Gyeonggi-do` and
    `Sa-van-na-khệt` keep their hyphens."""
    parts = form.split("-")
    if len(parts) < 2 or any(len(p) < 3 or not p[:1].isupper() or p != p.strip() for p in parts):
        return None
    return " ".join(parts)


def _spaced_dash(form: str) -> str | None:
    """A name joined by hyphens, as Vietnamese papers write it with spaced dashes (`Bà Rịa - Vũng Tàu`):
    `Mecklenburg-Vorpommern` -> `Mecklenburg - Vorpommern`. Only when every part is a capitalised word of three
    letters or more, so `Gyeonggi-do` and `Sa-van-na-khệt` keep their hyphens."""
    parts = form.split("-")
    if len(parts) < 2 or any(len(p) < 3 or not p[:1].isupper() or p != p.strip() for p in parts):
        return None
    return " - ".join(parts)


def read_hand(path: Path = HAND) -> dict[str, dict[str, str]]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    ]
    return {row["iso"]: {k: normalize((v or "").strip()) for k, v in row.items()} for row in csv.DictReader(lines)}


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def taken_names() -> set[str]:
    """Folded names of every country and every Chinese and Vietnamese province: a subdivision form among them
    needs a cue (Georgia the state, not the country)."""
    names: set[str] = set()
    files = {
        "countries.csv": ("name_vi", "name_en", "aliases", "ambiguous_aliases"),
        "provinces_cn.csv": ("name_vi", "name_en", "full_vi", "full_en", "aliases"),
        "provinces_vn.csv": ("name_vi", "name_en", "aliases"),
    }
    for name, columns in files.items():
        for row in csv.DictReader((DATA / name).read_text(encoding="utf-8").splitlines()):
            for column in columns:
                names.update(fold(normalize(form)) for form in _split(row[column] or ""))
    return names


def _surnames() -> set[str]:
    lines = (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
    return {fold(normalize(line.strip())) for line in lines if line.strip() and not line.startswith("#")}


def needs_cue(form: str, taken: set[str], surnames: set[str], *, named: bool = False) -> bool:
    """The form counts only with a cue (see the module docstring). `named`: the hand file says its short or
    generic forms name nothing else (`Doha`, `Northern Territory`), so only a clash with a country, a Chinese or
    Vietnamese province or a family name, or an abbreviation, still needs one."""
    key = fold(form)
    words = [w for w in re.split(r"[\s\-']+", key) if w]
    return (
        key in taken
        or (not named and all(w in GENERIC_PLACE_WORDS for w in words))
        or (not named and len(words) == 1 and len(key) <= _SHORT)
        or key in surnames
        or (form.isupper() and len(form) <= 3)
    )


def self_cued(form: str) -> bool:
    """The form names its kind itself (`Vientiane Province`, `Kaluga Oblast`), so it needs no cue."""
    if _SELF_CUED.search(form):
        return True
    m = _REGION_WORD.match(form)
    if m is None:
        return False
    stem = fold(m.group("stem") or m.group("of"))
    return not all(w in GENERIC_PLACE_WORDS for w in re.split(r"[\s\-']+", stem) if w)


def build(hand: dict[str, dict[str, str]] | None = None) -> list[Row]:
    """Every row of subdivisions.csv, in code order."""
    hand = read_hand() if hand is None else hand
    taken, surnames = taken_names(), _surnames()
    rows = []
    for sub in selected():
        extra = hand.get(sub.code, {})
        iso_forms = _clean(sub.name)
        name_en = extra.get("name_en") or iso_forms[0]
        name_vi = extra.get("name_vi") or name_en
        vi_forms = [name_vi, *_split(extra.get("aliases", ""))] if extra else []
        forms = [name_vi, name_en, *iso_forms, *vi_forms]
        for form in vi_forms:
            forms += _hyphen_variants(form)
        forms += [form.translate(_DOTLESS) for form in forms if "ı" in form]
        forms += [spaced for form in forms if (spaced := _spaced_dash(form))]
        forms += [spaced for form in [name_en, *iso_forms] if (spaced := _unhyphenated(form))]
        if sub.country_code in ("DE", "AT", "CH"):
            forms += [other for form in [name_en, *iso_forms] for other in _german_spellings(form)]
        forms += [joined for form in forms if (joined := _space_joined(form))]
        if sub.country_code == "KR":  # `tỉnh Chungcheongnam`: a Korean province written without its `-do`
            forms += [f.removesuffix("-do") for f in forms if f.endswith("-do")]
        forms = list(dict.fromkeys(forms))
        required = extra.get("cue") == "required" or (sub.country_code, sub.type) in CUE_REQUIRED_TYPES
        named = extra.get("cue") == "named"
        cue = [f for f in forms if not self_cued(f) and (required or needs_cue(f, taken, surnames, named=named))]
        # The loader's own rule adds the unaccented forms (a short one needs a cue too); the file keeps its result.
        aliases, ambiguous = _names(name_vi, [f for f in forms if f not in cue], cue)
        rows.append(
            Row(
                sub.code,
                sub.country_code,
                _kind(sub.type),
                name_vi,
                name_en,
                list(aliases),
                list(ambiguous),
                city=extra.get("cue") == "city" or bool(_CITY_TYPES.search(sub.type)),
            )
        )
    return rows


def _kind(iso_type: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", iso_type.lower()).strip("_")


def render(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    out.write(
        "# Generated by scripts/make_subdivisions.py from pycountry and subdivisions_vi.csv: do not edit by hand.\n"
    )
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row.cells())
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is out of date")
    args = parser.parse_args(argv)
    hand = read_hand()
    unknown = sorted(set(hand) - {sub.code for sub in pycountry.subdivisions})
    if unknown:
        print(f"subdivisions_vi.csv: codes not in ISO 3166-2: {', '.join(unknown)}", file=sys.stderr)
        return 1
    text = render(build(hand))
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python scripts/make_subdivisions.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 2} subdivisions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
