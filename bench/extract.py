"""Extraction benchmark: throughput of the pipeline against underthesea's `ner`, and peak memory.

    python bench/extract.py                 # 5 MB input; memory at 1x, 2x, 4x (a few minutes)
    python bench/extract.py --mb 1 --quick  # 1 MB, memory at 1x and 2x only
    python bench/extract.py --baseline ../old-checkout --synthetic 2000   # CPU per article: this code vs that

The input is the sample corpus (`data/corpus`) repeated to at least `--mb`
MB, each copy varied slightly (a copy marker appended) and written as its own
file. Throughput: the files read one at a time by `Extractor.extract_paths`
(decoding, cleaning, splitting, every entity stage), in KB/s of input and
article sentences per second. A fresh `Extractor` per round of the corpus, so
the duplicate index never short-circuits anything (it never does: duplicates
are extracted too, only flagged).

underthesea (GPL-3.0, only ever used here, installed into the virtualenv on
demand) runs its `ner` on the same article sentences, side by side in the
same run; it is timed on the first `--ut-kb` KB of them (its speed per KB does
not depend on the amount) and both figures are reported per KB. Peak memory:
the extraction of 1x, 2x and 4x the input, each in a fresh subprocess
(`ru_maxrss`), streaming one file at a time: it should stay flat.

`--baseline DIR` compares instead the CPU time of this checkout's extraction with another checkout's (a
worktree of an older commit) on the same files: each side in a process of its own, taking turns for
`--rounds` rounds, each round `--passes` passes over the files with one Extractor per pass (its caches
warm after the first), the best pass kept. CPU time (`time.process_time`), not wall time, so the other work
of a shared machine disturbs it far less. The files: the input above, or with `--synthetic N` N synthetic
articles (`loaders.synth`, seed `--seed`), and the real articles of `tests/data/real/articles` as a second set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "data" / "corpus"


def make_input(folder: Path, megabytes: float, scale: int = 1) -> list[Path]:
    """`scale` x `megabytes` MB of corpus copies, one file per copy, each slightly different."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    target = megabytes * 1_000_000 * scale
    files, size, copy = [], 0, 0
    folder.mkdir(parents=True, exist_ok=True)
    while size < target:
        for stem, text in texts:
            path = folder / f"{copy:05d}_{stem}.txt"
            path.write_text(f"{text}\nBản sao số {copy}.\n", encoding="utf-8")
            files.append(path)
            size += path.stat().st_size
        copy += 1
    return files


def run_pipeline(files: list[Path]) -> dict:
    """Extract every file (a fresh Extractor per round of the corpus); bytes, sentences, seconds."""
    from loaders.entities.lexicon import lexicon
    from loaders.entities.topics import topic_matcher
    from loaders.pipeline import Extractor

    lexicon(), topic_matcher()  # built once per process, outside the timing (as in a loader or the API)
    per_round = len(list(CORPUS.glob("*.txt")))
    sentences = articles = 0
    started = time.perf_counter()
    for i in range(0, len(files), per_round):
        extractor = Extractor()
        for doc in extractor.extract_paths(files[i : i + per_round]):
            articles += len(doc.articles)
            sentences += sum(len(a.article.sentences) for a in doc.articles)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in files)
    return {"bytes": size, "sentences": sentences, "articles": articles, "seconds": seconds}


def sentences_of(files: list[Path], limit_bytes: int) -> list[str]:
    """The article sentences (what the pipeline reads) of the first files, up to `limit_bytes`."""
    from loaders.cleaning import clean
    from loaders.reading import read_path
    from loaders.splitting import split_articles

    out, size = [], 0
    for path in files:
        for article in split_articles(clean(read_path(path))):
            for s in article.sentences:
                out.append(s.text)
                size += len(s.text.encode("utf-8")) + 1
                if size >= limit_bytes:
                    return out
    return out


def ensure_underthesea() -> None:
    if importlib.util.find_spec("underthesea") is not None:
        return
    print(
        "underthesea is not installed: installing it into this virtualenv (GPL-3.0, used by this benchmark only)…",
        flush=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "underthesea"], capture_output=True, text=True
    )
    if result.returncode != 0:
        print(
            "ERROR: could not install underthesea; no comparison possible.\n" + result.stderr[-2000:], file=sys.stderr
        )
        sys.exit(2)


def run_underthesea(sentences: list[str]) -> dict:
    from underthesea import ner

    ner(sentences[0])  # loads the model outside the timing
    started = time.perf_counter()
    for s in sentences:
        ner(s)
    seconds = time.perf_counter() - started
    return {
        "bytes": sum(len(s.encode("utf-8")) + 1 for s in sentences),
        "sentences": len(sentences),
        "seconds": seconds,
    }


def child(folder: Path) -> None:
    """Extract every file under `folder` streaming with one Extractor; print the peak RSS (KB) as JSON."""
    from loaders.pipeline import Extractor

    extractor = Extractor()
    count = 0
    for doc in extractor.extract_paths([folder]):
        count += len(doc.articles)
    print(json.dumps({"articles": count, "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def cpu_child(root: Path, listing: Path, passes: int) -> None:
    """Extract the files listed (one path a line) with the code of checkout `root`; print the best pass's CPU
    seconds, the articles and the bytes as JSON."""
    sys.path.insert(0, str(root.resolve()))
    import logging

    from loaders.entities.lexicon import lexicon
    from loaders.entities.topics import topic_matcher
    from loaders.pipeline import Extractor

    logging.disable(logging.WARNING)  # (the resolver's namesake warnings: thousands on synthetic articles)
    lexicon(), topic_matcher()
    paths = listing.read_text(encoding="utf-8").splitlines()
    best, articles = float("inf"), 0
    for _ in range(passes):
        extractor = Extractor()
        started = time.process_time()
        articles = sum(len(doc.articles) for doc in map(extractor.extract_file, paths))
        best = min(best, time.process_time() - started)
    size = sum(Path(p).stat().st_size for p in paths)
    print(json.dumps({"cpu_s": best, "files": len(paths), "articles": articles, "bytes": size}))


def compare_cpu(baseline: Path, sets: dict[str, list[Path]], rounds: int, passes: int, folder: Path) -> None:
    """CPU per file and KB/s of this checkout and of `baseline` on the same files, side by side."""
    print(f"CPU time per file, best of {passes} passes, {rounds} rounds taking turns; load {os.getloadavg()[0]:.1f}")
    print(f"{'files':28}{'baseline ms':>13}{'this ms':>10}{'baseline KB/s':>15}{'this KB/s':>11}{'ratio':>8}")
    for name, paths in sets.items():
        listing = folder / f"{name}.list"
        listing.write_text("\n".join(str(p.resolve()) for p in paths), encoding="utf-8")
        best: dict[str, dict] = {}
        for _ in range(rounds):
            for side, root in (("baseline", baseline), ("this", ROOT)):
                cmd = [sys.executable, __file__, "--cpu-child", str(root), str(listing), "--passes", str(passes)]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True)
                got = json.loads(out.stdout.strip().splitlines()[-1])
                if side not in best or got["cpu_s"] < best[side]["cpu_s"]:
                    best[side] = got
        old, new = best["baseline"], best["this"]
        label = f"{name} ({new['files']:,})"
        print(
            f"{label:28}{1000 * old['cpu_s'] / old['files']:13.3f}"
            f"{1000 * new['cpu_s'] / new['files']:10.3f}{old['bytes'] / 1024 / old['cpu_s']:15.1f}"
            f"{new['bytes'] / 1024 / new['cpu_s']:11.1f}{old['cpu_s'] / new['cpu_s']:7.2f}x"
        )
    print(f"load {os.getloadavg()[0]:.1f}; ratio = baseline CPU / this CPU (above 1: this checkout is cheaper)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="input size in MB (default 5)")
    ap.add_argument("--ut-kb", type=float, default=60.0, help="KB of sentences to time underthesea on (default 60)")
    ap.add_argument("--quick", action="store_true", help="memory at 1x and 2x only")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--baseline", type=Path, help="another checkout: compare CPU per file with its extraction")
    ap.add_argument("--synthetic", type=int, default=0, help="with --baseline: N synthetic articles as the input")
    ap.add_argument("--seed", type=int, default=7, help="with --synthetic: the corpus's seed (default 7)")
    ap.add_argument("--rounds", type=int, default=2, help="with --baseline: rounds taking turns (default 2)")
    ap.add_argument("--passes", type=int, default=3, help="with --baseline: passes per run, best kept (default 3)")
    ap.add_argument("--cpu-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    if args.cpu_child:
        cpu_child(args.cpu_child[0], args.cpu_child[1], args.passes)
        return 0
    if args.baseline:
        with tempfile.TemporaryDirectory(prefix="edkg-bench-") as tmp:
            if args.synthetic:
                from loaders.synth import generate

                files = list(generate(Path(tmp) / "synth", args.synthetic, args.seed))
                first = f"synthetic (seed {args.seed})"
            else:
                files, first = make_input(Path(tmp) / "x1", args.mb), "sample corpus copies"
            real = sorted(p for p in (ROOT / "tests" / "data" / "real" / "articles").glob("*.txt"))
            compare_cpu(args.baseline, {first: files, "real articles": real}, args.rounds, args.passes, Path(tmp))
        return 0

    ensure_underthesea()
    with tempfile.TemporaryDirectory(prefix="edkg-bench-") as tmp:
        base = Path(tmp) / "x1"
        files = make_input(base, args.mb)
        ours = run_pipeline(files)
        theirs = run_underthesea(sentences_of(files, int(args.ut_kb * 1024)))
        ours_kbs = ours["bytes"] / 1024 / ours["seconds"]
        theirs_kbs = theirs["bytes"] / 1024 / theirs["seconds"]
        print(
            f"input: {ours['bytes'] / 1e6:.2f} MB in {len(files)} files, {ours['articles']} articles, "
            f"{ours['sentences']} sentences"
        )
        print(f"{'':26}{'KB/s':>10}{'sentences/s':>14}{'ms/KB':>9}")
        print(
            f"{'edkg extraction':26}{ours_kbs:10.1f}{ours['sentences'] / ours['seconds']:14.0f}{1000 / ours_kbs:9.2f}"
        )
        print(
            f"{'underthesea ner':26}{theirs_kbs:10.1f}{theirs['sentences'] / theirs['seconds']:14.0f}{1000 / theirs_kbs:9.2f}"
            f"   (timed on {theirs['bytes'] / 1024:.0f} KB, {theirs['sentences']} sentences)"
        )
        ratio = ours_kbs / theirs_kbs
        print(f"ratio: {ratio:.1f}x underthesea's throughput (target >= 20x)")

        print("peak memory (fresh process, streaming one file at a time):")
        scales = (1, 2) if args.quick else (1, 2, 4)
        for scale in scales:
            folder = base if scale == 1 else make_input(Path(tmp) / f"x{scale}", args.mb, scale)[0].parent
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(folder)], capture_output=True, text=True, check=True
            )
            data = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"  {scale}x ({args.mb * scale:.0f} MB): {data['max_rss_kb'] / 1024:.0f} MB peak RSS, "
                f"{data['articles']} articles"
            )
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
