"""Dump what a checkout's extraction reads, to compare two checkouts byte for byte (a speed-up must not change it).

    python scripts/dump_extraction.py CHECKOUT OUT.jsonl [--synthetic DIR]

One JSON line per file (sorted keys): the contract of `loaders.contract.to_document` and the full dataclasses
(every entity with its mentions, every relation with all its evidence, in their order), so a change in what is
read or in its order shows. The sets: the sample corpus (`data/corpus`), the real articles
(`tests/data/real/articles`) and, with `--synthetic`, every file under DIR (make one with `edkg synth -n 2000
--seed 7 --out DIR`), each read by one Extractor in sorted order, with the paths relative to the checkout so
that two checkouts name the same files. The namesake warnings are kept in OUT.log.

Run it with the same `PYTHONHASHSEED` for both checkouts (`PYTHONHASHSEED=0`): the order of an article's
topics depends on the hash seed. Compare two worktrees at the same commit, one with the change and one
without, never the shared working tree (others' uncommitted rules would show as differences):

    git worktree add -f /tmp/base HEAD && git worktree add -f /tmp/new HEAD   # then copy the change into /tmp/new
    PYTHONHASHSEED=0 python scripts/dump_extraction.py /tmp/base base.jsonl --synthetic /tmp/synth
    PYTHONHASHSEED=0 python scripts/dump_extraction.py /tmp/new new.jsonl --synthetic /tmp/synth
    cmp base.jsonl new.jsonl && cmp base.jsonl.log new.jsonl.log
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("checkout", type=Path, help="the checkout whose code runs")
    ap.add_argument("out", type=Path, help="the JSON lines written (the warnings beside it, in OUT.log)")
    ap.add_argument("--synthetic", type=Path, help="a folder of synthetic articles read as a third set")
    args = ap.parse_args()
    root, out, synthetic = args.checkout.resolve(), args.out.resolve(), args.synthetic
    synthetic = synthetic.resolve() if synthetic else None
    sys.path.insert(0, str(root))
    os.chdir(root)  # the paths relative to the checkout: both dumps name the same files
    handler = logging.FileHandler(f"{out}.log", mode="w", encoding="utf-8")
    logging.getLogger().addHandler(handler)

    from loaders.contract import to_document
    from loaders.pipeline import Extractor

    sets = {
        "corpus": sorted(Path("data/corpus").glob("*.txt")),
        "real": sorted(p for p in Path("tests/data/real/articles").rglob("*") if p.is_file()),
        "synthetic": sorted(p for p in synthetic.rglob("*") if p.is_file()) if synthetic else [],
    }
    with out.open("w", encoding="utf-8") as fh:
        for name, files in sets.items():
            extractor = Extractor()
            for path in files:
                doc = extractor.extract_file(path)
                line = {
                    "set": name,
                    "path": str(path),
                    "contract": to_document(doc),
                    "full": dataclasses.asdict(doc) | {"source": str(path)},
                }
                fh.write(json.dumps(line, sort_keys=True, ensure_ascii=False, default=str) + "\n")
            print(f"{name}: {len(files)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
