"""Score the extraction on the real development set (`tests/data/real/`), one split and language at a time.

    python scripts/score_real.py --split dev            # the split we tune on
    python scripts/score_real.py --split test           # reported only, never tuned on
    python scripts/score_real.py --split holdout        # a late round, scored once before anyone reads it
    python scripts/score_real.py --split test --lang en --details /tmp/d.json

The `holdout` split (when `gold.json` has one) is a round of new articles
collected while rules are being written and kept out of `dev` until the
round's rules are done: it is scored once, as a first read of rules never
tuned on it, and then joins `dev`.

Why a script of its own: the scorer (`../shared/eval/score.py`) scores every
file its gold lists, and `tests/data/real/gold.json` holds both splits and
both languages; this writes the gold of the chosen subset and the extraction
of exactly those files to a temporary folder, runs the shared scorer on them
and prints its table unchanged.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.contract import to_document  # noqa: E402
from loaders.pipeline import Extractor  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_gold(real: Path = REAL) -> dict:
    """`gold.json`: the annotated files, their `splits` and the questions."""
    return json.loads((real / "gold.json").read_text(encoding="utf-8"))


def language(article: Path) -> str:
    """The `lang:` line of a collected article's header."""
    for line in article.read_text(encoding="utf-8").splitlines()[:3]:
        if line.startswith("lang:"):
            return line.split(":", 1)[1].strip()
    return "vi"


def select(gold: dict, split: str, lang: str | None, real: Path = REAL) -> list[str]:
    names = gold["files"] if split == "all" else gold["splits"].get(split, [])
    articles = real / "articles"
    return sorted(n for n in names if (articles / n).exists() and (lang is None or language(articles / n) == lang))


def score(names: list[str], gold: dict, *, details: Path | None = None, real: Path = REAL) -> str:
    """The scorer's table for these files (extracted together, as `edkg extract` reads a folder)."""
    extractor = Extractor()
    docs = [to_document(extractor.extract_file(real / "articles" / n)) for n in names]
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.json", Path(tmp) / "pred.json"
        gold_path.write_text(
            json.dumps({"files": {n: gold["files"][n] for n in names}}, ensure_ascii=False), encoding="utf-8"
        )
        pred_path.write_text(json.dumps({"documents": docs}, ensure_ascii=False), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(pred_path), "--gold", str(gold_path)]
        if details is not None:
            args.append("--json")
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    if details is not None:
        table, _, rest = out.partition("\n{")
        detail, _, micro = ("{" + rest).rpartition("\n}\n")  # the scorer prints the detail before its last line
        details.write_text(detail + "\n}\n", encoding="utf-8")
        return table + "\n" + micro
    return out


_ROWS = (
    "officials",
    "official_roles",
    "organizations",
    "provinces",
    "countries",
    "agreements",
    "agreement_status",
    "topics",
    "events",
)


def parse_table(table: str) -> dict[str, str]:
    """The scorer's table as {category: F1 (recall for organisations)}, plus `micro` and `leaks`."""
    out: dict[str, str] = {}
    for line in table.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] == "organizations":
            out["organizations"] = words[1]
        elif words[0] in _ROWS:
            out[words[0]] = words[3]
        elif words[0] == "micro":
            out["micro"] = words[-1]
        elif words[0] == "boilerplate_leaks":
            out["leaks"] = words[-1]
    return out


def summary(gold: dict) -> str:
    """The README's table: F1 by category (recall for organisations) for each split, overall and by language."""
    columns = [(split, lang) for split in ("dev", "test") for lang in (None, "vi", "en")]
    scores = {}
    for split, lang in columns:
        names = select(gold, split, lang)
        scores[(split, lang)] = parse_table(score(names, gold)) | {"n": str(len(names))}
    head = (
        "| | "
        + " | ".join(f"{split}{' ' + lang if lang else ''} ({scores[(split, lang)]['n']})" for split, lang in columns)
        + " |"
    )
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    for row in ("micro", *_ROWS, "leaks"):
        label = {"micro": "**micro-F1**", "organizations": "organizations (recall)", "leaks": "boilerplate leaks"}.get(
            row, row
        )
        lines.append(f"| {label} | " + " | ".join(scores[c].get(row, "-") for c in columns) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "holdout", "all"), default="dev")
    ap.add_argument("--lang", choices=("vi", "en"))
    ap.add_argument("--details", type=Path, help="write the scorer's per-file detail (JSON) here")
    ap.add_argument("--summary", action="store_true", help="the README's table: both splits, by language")
    args = ap.parse_args()
    gold = load_gold()
    if args.summary:
        print(summary(gold))
        return 0
    names = select(gold, args.split, args.lang)
    if not names:
        print(f"no {args.split} articles{' in ' + args.lang if args.lang else ''}", file=sys.stderr)
        return 1
    print(f"{args.split} split{', ' + args.lang if args.lang else ''}: {len(names)} articles")
    print(score(names, gold, details=args.details), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
