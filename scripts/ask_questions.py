"""Ask the gold questions of the real development set through the REST API and report how many it answers.

    python scripts/ask_questions.py --wipe                      # the dev split, into the configured Neo4j
    python scripts/ask_questions.py --split test --wipe         # the test split: a reported figure only
    python scripts/ask_questions.py --split all --wipe          # every question, on every article
    python scripts/ask_questions.py --gold /tmp/g.json --articles DIR --wipe
    python scripts/ask_questions.py --no-load                   # ask the graph as it is

The articles of the chosen split (`"splits": {"dev": [...], "test": [...]}`
of the gold file; every file of `--articles` when the gold has no splits) are
extracted and loaded into the Neo4j server of the usual settings
(`NEO4J_URI`, `NEO4J_PASSWORD`, ... or the local server's generated
password), the API is served in-process (FastAPI's TestClient on
`create_app`, as the tests do) and every question with an `ask` is asked
over HTTP (`tests/questions.py`). Prints each question, `ok` or what was
missed and what was answered beyond the gold, then `answered N of M`.

A question's scope. Its `split` (`dev`, `test`, or `all` when its answer
draws on both; `all` when it says nothing) says in which run it is asked:
`--split test` loads only test articles and asks only the `test` questions,
`--split dev` likewise for dev, `--split all` loads articles of every split
and asks every question (`tests/questions.py`: `questions_in`). A question
that lists its `files` (the articles its answer is drawn from) is asked of a
graph holding exactly those
files of the run's split, so that batches annotated apart do not answer each
other's questions; the others are asked of the whole split.

Why `--wipe` must be said: the answers are only those of the articles loaded
when the graph holds nothing else, and emptying someone's graph is not a
default. A non-empty graph without `--wipe` (or `--no-load`) is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.questions import SPLITS, Verdict, ask_all, load_gold, question_split, questions_in, split_files, summary  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"


def articles_of(gold: dict, split: str, folder: Path) -> list[Path]:
    """The files of the split that exist in `folder` (every file there when the gold names no split)."""
    if not gold.get("splits"):
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    names = split_files(gold, split)
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        print(
            f"warning: {len(missing)} file(s) of the split are not in {folder}: {', '.join(missing[:5])}"
            + (" ..." if len(missing) > 5 else ""),
            file=sys.stderr,
        )
    return [folder / n for n in names if (folder / n).is_file()]


def scopes(questions: list[dict], paths: list[Path]) -> dict[tuple[Path, ...], list[dict]]:
    """The questions grouped by the articles to load for them: their `files` among `paths`, else all."""
    by_name = {p.name: p for p in paths}
    groups: dict[tuple[Path, ...], list[dict]] = {}
    for question in questions:
        files = question.get("files")
        scope = tuple(by_name[n] for n in sorted(set(files)) if n in by_name) if files else tuple(paths)
        groups.setdefault(scope, []).append(question)
    return groups


def load(paths: list[Path], wipe: bool) -> None:
    """Extract and load the files into the configured server (after emptying it when asked)."""
    from core.settings import Settings
    from graph.driver import open_driver
    from graph.loading import Loader
    from graph.schema import apply_schema, wipe_graph
    from loaders.pipeline import Extractor

    settings = Settings()
    with open_driver(settings) as driver:
        apply_schema(driver, settings.neo4j_database)
        records, _, _ = driver.execute_query(
            "MATCH (a:Article) RETURN count(a) AS n", database_=settings.neo4j_database
        )
        if records[0]["n"] and not wipe:
            raise SystemExit(
                f"the graph at {settings.neo4j_uri} holds {records[0]['n']} articles: pass --wipe to "
                "empty it first, or --no-load to ask it as it is"
            )
        if wipe:
            wipe_graph(driver, settings.neo4j_database)
        report = Loader(driver, settings.neo4j_database, Extractor()).load(paths)
    for failure in report.failures:
        print(f"failed: {failure}", file=sys.stderr)
    stats = report.stats
    print(
        f"loaded {len(paths)} file(s) into {settings.neo4j_uri}: {stats.articles_new} new, "
        f"{stats.articles_unchanged} unchanged, {stats.articles_duplicate} duplicate, {len(report.failures)} failed"
    )


def ask(questions: list[dict]) -> list[Verdict]:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from core.settings import Settings

    with TestClient(create_app(Settings())) as client:
        return ask_all(client, questions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, default=REAL / "gold.json", help="gold file (default tests/data/real/gold.json)"
    )
    parser.add_argument(
        "--split",
        default="dev",
        choices=SPLITS,
        help="the articles to load and the questions to ask: dev, test or all (default dev)",
    )
    parser.add_argument("--articles", type=Path, default=REAL / "articles", help="folder of the article files")
    parser.add_argument("--wipe", action="store_true", help="empty the graph before loading")
    parser.add_argument("--no-load", action="store_true", help="ask the graph as it is")
    args = parser.parse_args(argv)

    gold = load_gold(args.gold)
    questions = questions_in(gold, args.split)
    if not questions:
        print(f"no question of split {args.split} in {args.gold}: nothing asked")
        return 0
    if gold.get("splits"):
        by_split = {s: sum(question_split(q) == s for q in questions) for s in SPLITS}
        print(
            f"split {args.split}: {len(questions)} question(s) ("
            + ", ".join(f"{n} {s}" for s, n in by_split.items() if n)
            + ")"
        )
    asked = [q for q in questions if q.get("ask")]
    if len(asked) < len(questions):
        print(
            f"{len(questions) - len(asked)} question(s) without an `ask` are left out: "
            + ", ".join(str(q.get("id")) for q in questions if not q.get("ask"))
        )
    if not asked:
        print(f"no question to ask in {args.gold} (split {args.split})")
        return 1
    verdicts: list[Verdict] = []
    if args.no_load:
        verdicts = ask(asked)
    else:
        paths = articles_of(gold, args.split, args.articles)
        if not paths:
            print(f"no article of split {args.split} in {args.articles}")
            return 1
        groups = scopes(asked, paths)
        if len(groups) > 1 and not args.wipe:
            print("the questions need different sets of articles, each in a graph of its own: pass --wipe")
            return 1
        for scope, group in groups.items():
            if not scope:
                print(
                    f"not asked, none of their files is in split {args.split}: "
                    + ", ".join(str(q.get("id")) for q in group)
                )
                continue
            print(f"-- {len(group)} question(s) on {len(scope)} article(s) of split {args.split}")
            load(list(scope), args.wipe)
            group_verdicts = ask(group)
            for verdict in group_verdicts:
                print(verdict.line())
            verdicts += group_verdicts
    if args.no_load:
        for verdict in verdicts:
            print(verdict.line())
    print(f"split {args.split}: {summary(verdicts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
