"""Count, per rule family, the events and the agreement parties the extraction makes, and how many the gold has.

    python scripts/rule_families.py look            # the look files: made, right, wrong per family
    python scripts/rule_families.py check           # the check's rounds: the same counts, numbers only
    python scripts/rule_families.py look --min 8    # families made at least 8 times
    python scripts/rule_families.py check --facets  # each family also split by the event scorer's shapes

Why: a rule written on the look files can be right there and wrong on pages its writer never read (the 32nd
session's visit of a delegation's leader: 23 of 40 right on look, 4 of 16 on the check). Counting each family on
both shows which ones cost more than they bring on unread pages, where the overall figures hide them.

An event's family is the rule that made it (`EventRecord.origin`: `told` for the event word of a sentence, `besides`
for another event its sentence names, `one-each`, `listed`, `meal`, `other-visit`, and the visits read after the
sentences, `guest-visit`, `visit-apposed` …), with `+…` for each rule that gave it its people when it named no one
(`+leader`, `+main-sides`, `+officials-of` …); it is also counted by kind, and `told` by its event word. An event is
right when the shared scorer's matching (`../shared/eval/score.py`: the gold's month, half its participants; greedy
one-to-one in gold order) pairs it with a gold event, after the event scorer's drops. A wrong one is sorted by why
(`_why_wrong`: `twice`, `as other`, `day`, `people`, `no gold`), and `ΔF1‰` is the events F1 with the family removed
less the F1 as it is, the matching redone without it (a right event whose gold event another of ours then takes costs
nothing): a family is worth removing where that is above 0 on the check and not below it on look.

A party's family is `scorer` when the party scorer added it, else the first rule of the agreement stage that gave
that id on its page (`parties`, `states_of`, `two_main_countries` …; an approximation: a page's rules are not told
apart per agreement). A party is right when its agreement is matched to a gold agreement (type, every gold party
among its parties) and it matches one of that gold agreement's parties; `extra` when its agreement is matched but it
matches none; `unmatched` when its agreement matches no gold agreement. `agreements lost` is how many agreements
the matching no longer pairs with the family's parties taken away (the agreements kept): a party found wrong costs no
agreement (the scorer asks every gold party among ours, not ours among the gold's), so only that count says what a
party family is worth.

On the check it prints the counts only (no file, no name, no text), as the method allows.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from look_set import HELD_BACK, REAL, parties_of, same_event, shared_scorer  # noqa: E402

from core.vocabulary import RelType  # noqa: E402
from loaders import pipeline  # noqa: E402
from loaders.contract import to_document  # noqa: E402
from loaders.entities import agreement_parties  # noqa: E402
from loaders.entities.agreement_parties import scored as party_scored  # noqa: E402
from loaders.entities.doc import ArticleDoc  # noqa: E402
from loaders.entities.events import scored as event_scored  # noqa: E402
from loaders.entities.events.record import EventRecord  # noqa: E402
from loaders.entities.events.words import _TRIGGER_WORDS  # noqa: E402

_VOCABULARY = {w.rstrip("*").lower() for words in _TRIGGER_WORDS.values() for w in words}
_PARTY_RULES = (
    "parties",
    "states_of",
    "sides_of_a_session",
    "two_cities",
    "two_localities",
    "two_main_countries",
    "main_event_sides",
    "only_two_countries",
    "government_level_states",
)


class Capture:
    """The pages as the pipeline leaves them, the parties its scorer added, and which party rule gave each id."""

    def __init__(self) -> None:
        self.docs: list[ArticleDoc] = []
        self.added: set[tuple[str, str]] = set()  # (party, agreement) the party scorer added
        self.given: dict[str, str] = {}  # party id -> the first party rule that gave it on this page

    def reset(self) -> None:
        self.docs, self.added, self.given = [], set(), {}

    def events(self, doc: ArticleDoc) -> None:
        event_scored.score_events(doc)

    def parties(self, doc: ArticleDoc) -> None:
        before = {(s, t) for r, s, t in doc.relations if r == RelType.PARTY_TO}
        party_scored.add_scored_parties(doc)
        self.added |= {(s, t) for r, s, t in doc.relations if r == RelType.PARTY_TO} - before
        self.docs.append(doc)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            if isinstance(out, list):
                for pid in out:
                    if isinstance(pid, str):
                        self.given.setdefault(pid, name)
            return out

        return wrapped


def _word(rec: EventRecord) -> str:
    word = rec.trigger.lower()
    return word if word in _VOCABULARY else "(a verb frame or phrase)"


def _people(rec: EventRecord) -> str:
    n = len({p.id for p in rec.people})
    return "1 person" if n == 1 else "2 people" if n == 2 else "3+ people"


def _families(rec: EventRecord, facets: dict[str, float] | None = None) -> list[str]:
    base, _, fills = rec.origin.partition("+")
    base = base or "(unmarked)"
    out = [f"origin {base}", f"origin {base} · {rec.kind}"]
    if fills:
        out += [f"people by +{f}" for f in fills.split("+")]
        out.append(f"origin {rec.origin}")
    if base == "told":
        out.append(f"told · {rec.kind} · {_word(rec)}")
        how = [
            f for f in ("definite", "mention", "anew", "again", "another", "attended", "recounted") if getattr(rec, f)
        ]
        out.append(f"told · {rec.kind} · {'/'.join(how) or 'plain'}")
        if rec.occasions:
            out.append(f"told · {rec.kind} · with an occasion")
    out.append(f"kind {rec.kind} · {_people(rec)}")
    if facets is not None:  # (`--facets`: each family of origin and kind split by one of the event scorer's shapes)
        family = f"{base} · {rec.kind}"
        out.append(f"facet {family} · {_people(rec)}")
        out.append(f"facet {family} · date {rec.precision or 'none'}")
        out += [f"facet {family} · {f}" for f in _FACETS if facets.get(f)]
        out.append(f"facet {family} · {'english' if facets.get('english') else 'vietnamese'}")
        out.append(f"facet {rec.kind} · {'english' if facets.get('english') else 'vietnamese'} · {_people(rec)}")
    return out


_FACETS = (
    "main",
    "headline",
    "lead",
    "quoted",
    "future",
    "past",
    "page_month",
    "page_day",
    "before_page",
    "after_page",
    "other_year",
    "bodies",
    "people_elsewhere",
    "duplicate",
    "same_day",
    "same_kind",
    "only_event",
    "place",
    "document",
    "visitor_named",
    "occasion",
    "a meeting's people",
)
"""The event scorer's shapes (`scored.FEATURES`, those that are 0 or more) a family is split by with `--facets`."""


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("part", choices=("look", "check"))
    ap.add_argument("--min", type=int, default=1, help="families made at least this many times")
    ap.add_argument("--facets", action="store_true", help="split each family by the event scorer's shapes")
    args = ap.parse_args()
    S = shared_scorer()
    gold = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))
    dev = gold["splits"].get("dev", [])
    names = sorted(
        n for n in dev if (n.startswith(HELD_BACK) == (args.part == "check")) and (REAL / "articles" / n).exists()
    )
    cap = Capture()
    for name in _PARTY_RULES:
        setattr(agreement_parties, name, cap.wrap(name, getattr(agreement_parties, name)))
    ex = pipeline.Extractor(event_scorer=cap.events, party_scorer=cap.parties)
    events: dict[str, Counter[str]] = defaultdict(Counter)
    parties: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        cap.reset()
        D = S.Doc(to_document(ex.extract_file(REAL / "articles" / name)))
        records = {sp.data["event"].id: sp.data["event"] for doc in cap.docs for sp in doc.events}
        shapes = {r.event: r.features for doc in cap.docs for r in event_scored.rows(doc)} if args.facets else None
        g = gold["files"][name]
        _count_events(S, D, g["events"], records, shapes, events)
        _count_parties(S, D, g["agreements"], cap, parties)
    _print(
        "events",
        events,
        ("made", "right", "wrong", "twice", "as other", "day", "people", "no gold", "tp lost"),
        args.min,
    )
    _print("parties", parties, ("made", "right", "extra", "unmatched", "agreements lost"), args.min)
    return 0


def _count_events(
    S: Any,
    D: Any,
    golds: list[dict[str, Any]],
    records: dict[str, EventRecord],
    shapes: dict[str, dict[str, float]] | None,
    out: dict[str, Counter[str]],
) -> None:
    preds = D.with_label("Event")
    same = _same_event(S, D)
    table = [[same(g, p) for p in preds] for g in golds]
    right = {preds[i]["id"] for i in _matched(table, set(range(len(preds))))}
    out["(gold events)"]["made"] += len(golds)
    by_family: dict[str, set[int]] = defaultdict(set)
    for i, p in enumerate(preds):
        rec = records.get(p["id"])
        facets = None if shapes is None else shapes.get(p["id"], {})
        if facets is not None:
            facets = {**facets, "a meeting's people": float(_of_a_meeting(D, preds, p))}
        why = "" if p["id"] in right else _why_wrong(S, D, golds, p, same)
        for fam in ["all", *(_families(rec, facets) if rec is not None else ["(no record)"])]:
            out[fam]["made"] += 1
            out[fam]["right" if p["id"] in right else "wrong"] += 1
            by_family[fam].add(i)
            if why:
                out[fam][why] += 1
    for fam, mine in by_family.items():  # what the page loses without the family: the matching redone on the rest
        out[fam]["tp lost"] += len(right) - len(_matched(table, set(range(len(preds))) - mine))


def _matched(table: list[list[bool]], kept: set[int]) -> set[int]:
    """The predicted events (indices) the shared scorer's greedy matching pairs with a gold event, of those kept."""
    left = sorted(kept)
    out = set()
    for row in table:
        hit = next((i for i in left if row[i]), None)
        if hit is not None:
            left.remove(hit)
            out.add(hit)
    return out


def _of_a_meeting(D: Any, preds: list[dict[str, Any]], p: dict[str, Any]) -> bool:
    """Whether an event of two people or more is of people who all attend a meeting of ours on its date."""
    mine = {r["from"] for r in D.rels("ATTENDED", dst=p["id"])}
    date = (p.get("properties") or {}).get("date")
    return len(mine) >= 2 and any(
        q is not p
        and (q.get("properties") or {}).get("kind") == "meeting"
        and (q.get("properties") or {}).get("date") == date
        and mine <= {r["from"] for r in D.rels("ATTENDED", dst=q["id"])}
        for q in preds
    )


def _why_wrong(S: Any, D: Any, golds: list[dict[str, Any]], p: dict[str, Any], same: Any) -> str:
    """Why an event the matching left unpaired is wrong: a second of ours for a gold event another of ours took
    (`twice`; `as other` when that gold event is of another kind: our visit of a host and a guest, the gold's and our
    meeting), a gold event with its people on another day (`day`), one of its kind in its month whose people it
    lacks (`people`), or nothing of the gold's like it (`no gold`)."""
    taken = [g for g in golds if same(g, p)]
    if taken:
        kind = str((p.get("properties") or {}).get("kind") or "")
        return "twice" if any(g.get("kind") == kind for g in taken) else "as other"
    undated = {**p, "properties": {**(p.get("properties") or {}), "date": None}}
    if any(same({**g, "date": None}, undated) for g in golds):
        return "day"
    kind = str((p.get("properties") or {}).get("kind") or "")
    if any(g.get("kind") == kind and same({**g, "participants": []}, p) for g in golds):
        return "people"
    return "no gold"


def _same_event(S: Any, D: Any) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
    """The shared scorer's `same_event` for one file's gold and extraction (`look_set.same_event`)."""
    return functools.partial(same_event, S, D)


def _count_parties(S: Any, D: Any, golds: list[dict[str, Any]], cap: Capture, out: dict[str, Counter[str]]) -> None:
    def family(e: dict[str, Any], a: dict[str, Any]) -> str:
        return "scorer" if (e["id"], a["id"]) in cap.added else f"rule {cap.given.get(e['id'], '(other step)')}"

    def same(g: dict[str, Any], p: dict[str, Any], without: str = "") -> bool:
        props = p.get("properties") or {}
        if props.get("type", p.get("type")) != g["type"]:
            return False
        got = [e for e in parties_of(D, p) if family(e, p) != without]
        return all(any(S.party_match(n, e, D) for e in got) for n in g["parties"])

    def matching(without: str = "") -> dict[str, dict[str, Any]]:
        left = list(preds)
        matched: dict[str, dict[str, Any]] = {}
        for g in golds:
            hit = next((p for p in left if same(g, p, without)), None)
            if hit is not None:
                left.remove(hit)
                matched[hit["id"]] = g
        return matched

    preds = D.with_label("Agreement")
    matched = matching()
    for fam in {
        family(e, a) for a in preds for e in parties_of(D, a)
    }:  # (the agreements kept, the family's parties not)
        out[fam]["agreements lost"] += len(matched) - len(matching(fam))
    out["(agreements: made, right = matched)"]["made"] += len(preds)
    out["(agreements: made, right = matched)"]["right"] += len(matched)
    out["(agreements: made, right = matched)"]["unmatched"] += len(preds) - len(matched)
    for a in preds:
        g = matched.get(a["id"])
        for e in parties_of(D, a):
            fam = family(e, a)
            if g is None:
                verdict = "unmatched"
            else:
                verdict = "right" if any(S.party_match(n, e, D) for n in g["parties"]) else "extra"
            for f in ("all", fam):
                out[f]["made"] += 1
                out[f][verdict] += 1


def _print(title: str, table: dict[str, Counter[str]], cols: tuple[str, ...], least: int) -> None:
    """One row per family; for events also the events F1 with the family removed, less the F1 as it is (`ΔF1`, in
    thousandths: the matching redone without it, so a right event whose gold event another of ours then takes
    costs nothing)."""
    gold = table.get("(gold events)", Counter())["made"]
    every = table.get("all", Counter())
    print(f"\n{title}: family  " + "  ".join(f"{c:>9}" for c in cols) + "  precision" + ("  ΔF1‰" if gold else ""))
    for fam, c in sorted(table.items(), key=lambda x: x[0]):
        if c["made"] < least or fam == "(gold events)":
            continue
        prec = c["right"] / c["made"] if c["made"] else 0.0
        delta = ""
        if gold:
            tp = every["right"] - c["tp lost"]
            fp = every["made"] - c["made"] - tp
            delta = f"  {1000 * (_f1(tp, fp, gold - tp) - _f1(every['right'], every['wrong'], gold - every['right'])):+5.1f}"
        print(f"  {fam:<60}" + "  ".join(f"{c[k]:9d}" for k in cols) + f"  {prec:9.2f}" + delta)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
