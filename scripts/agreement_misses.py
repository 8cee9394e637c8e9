"""Where the agreements of a part of the real set are lost: each missed gold agreement and each spurious one of ours,
sorted into kinds, with the type-only misses counted by pair (ours -> gold).

    python scripts/agreement_misses.py look                      # counts
    python scripts/agreement_misses.py look --show type_only     # and the files and titles of one kind (look only)
    python scripts/agreement_misses.py check                     # counts only: the check is scored as an aggregate

Why: the scorer's table says how many agreements are missed, not why, and a guess at the why misled a session (giving
every document every type gained about 30 matches on the check, read as 30 documents of the wrong type; most of those
matches were other documents between the same parties, or gold documents with no parties, which any document of
their type matches). Sorted after the shared scorer's own matching (`same_agreement`, greedy one to one), a missed
gold agreement is:

- `type_only`: a spurious agreement of ours has its parties but another type (the only kind a type decision mends);
- `parties`: a spurious agreement of its type is left whose parties do not cover the gold's;
- `merged`: every agreement of its type on the page is matched to another gold one (one document of ours where the
  gold has several, or a document not found beside one that was);
- `empty_parties`: it names no parties, so any agreement of its type would match, and none is left;
- `other_type_left`: only agreements of other types are left, none with its parties;
- `none`: nothing of ours is left on the page.

A spurious agreement is counted by its type and by whether the page's gold has that type (`gold_has_type`), only
other types (`gold_other_types`) or no agreement (`gold_none`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from look_set import HELD_BACK, REAL, look_files, parties_of, shared_scorer  # noqa: E402

from loaders.contract import to_document  # noqa: E402
from loaders.pipeline import Extractor  # noqa: E402

KINDS = ("type_only", "parties", "merged", "empty_parties", "other_type_left", "none")


def part_files(gold: dict[str, Any], part: str) -> list[str]:
    """The look files, or the check's (the dev files of the held-back rounds), whose articles are stored."""
    if part == "look":
        names = look_files(gold)
    else:
        names = sorted(n for n in gold["splits"].get("dev", []) if n.startswith(HELD_BACK))
    return [n for n in names if (REAL / "articles" / n).exists()]


def _type(p: dict[str, Any]) -> str:
    return str((p.get("properties") or {}).get("type", p.get("type")))


def sort_file(
    gold_agreements: list[dict[str, Any]], raw: dict[str, Any], S: ModuleType
) -> tuple[Counter[str], list[tuple[str, dict[str, Any], dict[str, Any] | None]]]:
    """One file's counts (`tp`, `fp`, `fn`, each miss's kind, `pair:ours->gold`, `fp:type:where`) and its misses as
    (kind, gold agreement, the spurious agreement a type-only miss pairs with)."""
    D = S.Doc(raw)

    def same(typed: bool) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
        def match(g: dict[str, Any], p: dict[str, Any]) -> bool:
            if typed and _type(p) != g["type"]:
                return False
            got = parties_of(D, p)
            return all(any(S.party_match(x, e, D) for e in got) for x in g["parties"])

        return match

    ours = D.with_label("Agreement")
    tp, fp, fn, missed, spurious, _ = S.match_sets(gold_agreements, ours, same(True))
    counts: Counter[str] = Counter(tp=tp, fp=fp, fn=fn)
    _, _, _, rest, left, retyped = S.match_sets(missed, spurious, same(False))
    out: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = []
    for g, p in retyped:
        counts["type_only"] += 1
        counts[f"pair:{_type(p)}->{g['type']}"] += 1
        out.append(("type_only", g, p))
    for g in rest:
        if any(_type(p) == g["type"] for p in left):
            kind = "parties"
        elif not g["parties"]:
            kind = "empty_parties"
        elif any(_type(p) == g["type"] for p in ours):
            kind = "merged"
        elif left:
            kind = "other_type_left"
        else:
            kind = "none"
        counts[kind] += 1
        out.append((kind, g, None))
    gold_types = {g["type"] for g in gold_agreements}
    for p in spurious:
        t = _type(p)
        where = "gold_has_type" if t in gold_types else "gold_other_types" if gold_types else "gold_none"
        counts[f"fp:{t}:{where}"] += 1
    return counts, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", choices=("look", "check"))
    parser.add_argument("--show", choices=KINDS, help="list the misses of this kind (look only)")
    args = parser.parse_args(argv)
    if args.show and args.part != "look":
        parser.error("--show reads the look files only: the check is scored as an aggregate")
    S = shared_scorer()
    gold = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))
    names = part_files(gold, args.part)
    ex = Extractor()
    total: Counter[str] = Counter()
    for name in names:
        raw = to_document(ex.extract_file(REAL / "articles" / name))
        counts, misses = sort_file(gold["files"][name]["agreements"], raw, S)
        total.update(counts)
        for kind, g, p in misses:
            if kind == args.show:
                ours = f"  ours: {_type(p)} {str(p.get('name'))[:70]!r}" if p else ""
                print(f"{name}\t{g['type']}\t{g['title'][:80]!r}\t{g['parties']}{ours}")
    print(f"{args.part}: {len(names)} files; agreements tp {total['tp']} fp {total['fp']} fn {total['fn']}")
    print("missed: " + ", ".join(f"{k} {total[k]}" for k in KINDS))
    pairs = sorted(((k[5:], v) for k, v in total.items() if k.startswith("pair:")), key=lambda kv: (-kv[1], kv[0]))
    print("type-only by pair (ours->gold): " + (", ".join(f"{k} {v}" for k, v in pairs) or "none"))
    spurious = sorted(((k[3:], v) for k, v in total.items() if k.startswith("fp:")), key=lambda kv: (-kv[1], kv[0]))
    print("spurious by type and gold: " + ", ".join(f"{k} {v}" for k, v in spurious))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
