"""The product's questions asked through the REST API, and their answers compared with a gold list.

Why through HTTP and not Cypher: the questions are what a user asks the
service (`/provinces`, `/officials/{id}/meetings`, `/topics/{id}/partners`,
`/agreements`), so the answer counts only when the routes give it, names
resolved with `/entities?q=` as a client would. The module knows nothing of
`loaders/`: any client with `get(url, params=...)` returning a response with
`status_code` and `json()` will do (FastAPI's `TestClient` in-process, or
`httpx.Client` on a running server). `tests/test_seed_questions.py` and
`scripts/ask_questions.py` both use it.

A question of a gold file (`"questions"` or `"corpus": {"questions"}`) is
`{"id", "q", "answer": [names], "ask": {...}}`, optionally with `"split"` (`dev`, `test`, or `all`
when its answer draws on both; `questions_in` picks a split's questions) and `"files"` (the articles it
is asked of); `ask` is one of

- `{"kind": "provinces", "partner": name, "agreement_type": "mou"|null, "country": "CN"|null}`
  (optional `"status"`: a status or a list of them; default any),
- `{"kind": "meetings", "official": name}` (optional `"kinds"`: event kinds, default meetings and signings, and
  conferences and visits where the official and one other are the only officials; only officials of another
  country count, unless `"foreign": false`),
- `{"kind": "topic_partners", "topic": key, "partner": name}`,
- `{"kind": "agreement_partners", "party": name, "agreement_type": "mou"|null}` (the other parties: not the
  party's own side, its bodies and its own organs (a country's: every body of the country), and not a country
  beside its own body in one signing).

Names are compared as `../shared/eval/score.py` compares them: case, space,
punctuation and diacritics folded; an answer's aliases count; a province's
(or country's) government counts as its province (or country), both by its
BASED_IN place and by its name (`Chính quyền nhân dân tỉnh Hải Nam` is Hải
Nam), and a province answers a gold name of its government (`Gyeonggi
provincial government`). A person named without the given names (`Lula da Silva`) is the person, and a place
named with its rank (`Huyện Pyeong Chang`, `Le Havre City`) is the place. Several answers that stand for one gold name (a province and its
government) are one answer. An organisation named with its own country after
the gold name (`Bộ Công nghiệp … và Kinh tế số của Morocco`, BASED_IN
Morocco, for the gold `Bộ Công nghiệp … và Kinh tế số`) is that name: the
scorer counts a party whose name holds the gold name, and the country it
belongs to adds nothing to who it is (another suffix does: `Sở Thương mại
Quảng Tây` is no answer for `Quảng Tây`).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

PAGE = 200
"""The largest page every list route accepts."""
GOVERNMENT_KINDS = frozenset({"provincial_government", "government"})
"""Organisation kinds that stand for the place they govern."""
OWN_ORGAN_KINDS = GOVERNMENT_KINDS | {"people_council", "party_committee"}
"""Organisation kinds that are a place's own organs (its government, people's council, party committee: `Tỉnh ủy
Bình Thuận`, BASED_IN Bình Thuận): on the place's side of its agreements, never its partner."""
GOVERNMENT_WORDS = (
    "government",
    "authorities",
    "people s committee",
    "chinh quyen",
    "chinh phu",
    "uy ban nhan dan",
    "ubnd",
)
"""Folded words of a gold name that is a place's government (`Gyeonggi provincial government`, `Chính quyền
nhân dân tỉnh Hải Nam`, `UBND tỉnh Ninh Thuận`: `UBND` is how Vietnamese news writes `Ủy ban nhân dân`): the place
answers it, as its government answers the place (score.py: a place whose name the gold phrase contains)."""
MEETING_KINDS = ("meeting", "signing")
"""Event kinds of a meeting question by default: talks, receptions, working sessions and signings; a visit's
attendees are the whole delegation and its hosts, and what was met on a visit is read as its own meeting."""
PAIR_KINDS = ("conference", "visit")
"""Event kinds that are a meeting of two when the official and one other official are the only officials there."""
ASK_KINDS = ("provinces", "meetings", "topic_partners", "agreement_partners")


class Client(Protocol):
    """What the module needs of an HTTP client (TestClient, httpx.Client)."""

    def get(self, url: str, *, params: dict[str, Any] | None = None) -> Any: ...


_RETRY_WAITS = (1.0, 3.0)
"""Seconds to wait before asking again after a 503/504 (a loaded machine, a cold query plan)."""


class AskError(Exception):
    """A question that cannot be asked: an unknown kind, a name nothing matches, a route that fails."""


# ------------------------------------------------------------------ names, as the scorer compares them


def fold(text: str | None) -> str:
    """Case, space, punctuation and diacritics folded (`Quảng Tây` -> `quang tay`), as score.py does."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def variants(name: str) -> set[str]:
    """A gold name, without a parenthesised abbreviation, and the abbreviation alone (score.py's rule)."""
    out = {fold(name), fold(re.sub(r"\([^)]*\)", " ", name))}
    out |= {fold(inner) for inner in re.findall(r"\(([^)]*)\)", name)}
    return {v for v in out if v}


_OWN_COUNTRY = (" ", " cua ", " of ", " nuoc ", " cua nuoc ", " of the ")
"""How a name is followed by its country: `… Morocco`, `… của Morocco` (folded `cua`), `… of India`, `… nước Cộng
hòa Nhân dân Trung Hoa` (`nước`: the word for country), `… of the Republic of Korea`."""


_RANKS = ("huyen", "tinh", "thanh pho", "quan", "thi xa", "district", "province", "city", "county", "prefecture")
"""Folded words of a place's rank, written before (`Huyện`, `tỉnh`, `thành phố`) or after (`City`, `Province`) its
name: `Huyện Pyeong Chang` is the district Pyeong Chang, which the gold names `Pyeong Chang`."""


def _contains(outer: str, inner: str) -> bool:
    return bool(re.search(rf"(^| ){re.escape(inner)}( |$)", outer))


@dataclass
class Answer:
    """One entity the API gave as an answer, with every name it may be matched by."""

    id: str
    name: str | None
    labels: list[str]
    names: set[str] = field(default_factory=set)
    """Folded name and aliases."""
    governs: set[str] = field(default_factory=set)
    """Folded names of the place this body is the government of (empty for anything else)."""
    government: bool = False
    home: set[str] = field(default_factory=set)
    """Folded names of the country an organisation is BASED_IN (empty for anything else)."""
    place: bool = False
    """A province or a country: it stands for its government when the gold names that (`Gyeonggi provincial
    government`), as the government stands for it."""

    def matches(self, gold_name: str) -> bool:
        wanted = variants(gold_name)
        if wanted & (self.names | self.governs):
            return True
        if any(n == f"{g}{link}{c}" for g in wanted for n in self.names for c in self.home for link in _OWN_COUNTRY):
            return True
        # `Lula da Silva` for `Luiz Inácio Lula da Silva`: a person named without the given names, as news does.
        if "Official" in self.labels and any(n.endswith(f" {g}") and " " in g for g in wanted for n in self.names):
            return True
        # `Huyện Pyeong Chang` for `Pyeong Chang`: a place named with its rank (district, province, city).
        if "Official" not in self.labels and any(
            n in (f"{rank} {g}", f"{g} {rank}") for g in wanted for n in self.names for rank in _RANKS
        ):
            return True
        # `Gyeonggi provincial government`, `Ho Chi Minh City People's Committee`: a place for its government, and
        # the place's government however it is named (`Government of Chungcheongbuk Province`, BASED_IN Chungcheong
        # Bắc, for `Government of Chungcheongbuk Province-do`).
        places = self.names if self.place else self.governs
        if places and any(_contains(g, word) for g in wanted for word in GOVERNMENT_WORDS):
            return any(len(n) >= 4 and _contains(g, n) for g in wanted for n in places)
        # `Chính quyền Quảng Tây`, `People's Government of Hainan Province`: named after the place it governs.
        return self.government and any(_contains(n, g) for g in wanted for n in self.names)


@dataclass
class Verdict:
    """A question's answers against its gold list."""

    id: str
    question: str
    gold: list[str]
    answers: list[str]
    missed: list[str]
    spurious: list[str]
    error: str | None = None

    @property
    def tp(self) -> int:
        return len(self.gold) - len(self.missed)

    @property
    def exact(self) -> bool:
        return self.error is None and not self.missed and not self.spurious

    @property
    def precision(self) -> float:
        found = self.tp + len(self.spurious)
        return self.tp / found if found else float(not self.gold)

    @property
    def recall(self) -> float:
        return self.tp / len(self.gold) if self.gold else 1.0

    def line(self) -> str:
        """One line for a report: `ok` or what was missed and what was not asked for."""
        head = f"{self.id}: {self.question}"
        if self.error:
            return f"ERROR {head}\n      {self.error}"
        if self.exact:
            return f"ok    {head} -> {', '.join(self.answers) or '(none)'}"
        return (
            f"MISS  {head}\n      P {self.precision:.2f} R {self.recall:.2f}; missed {self.missed}; "
            f"not in the gold {self.spurious}; answered {self.answers}"
        )


def compare(question_id: str, question: str, gold: list[str], answers: list[Answer]) -> Verdict:
    """Which gold names some answer stands for, which were missed, which answers stand for none."""
    unique = list({a.id: a for a in answers}.values())
    hit: set[int] = set()
    spurious: list[str] = []
    for answer in unique:
        found = [i for i, name in enumerate(gold) if answer.matches(name)]
        hit.update(found)
        if not found:
            spurious.append(answer.name or answer.id)
    return Verdict(
        question_id,
        question,
        list(gold),
        [a.name or a.id for a in unique],
        [name for i, name in enumerate(gold) if i not in hit],
        spurious,
    )


# ------------------------------------------------------------------ talking to the API


class Asker:
    """Asks questions of one API client; remembers the entities it looked up."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self._answers: dict[str, Answer] = {}
        self._countries: dict[str, set[str]] = {}

    def get(self, url: str, **params: Any) -> Any:
        query = {k: v for k, v in params.items() if v is not None}
        response = self.client.get(url, params=query)
        for (
            wait
        ) in _RETRY_WAITS:  # a 504 (the read's time budget) or 503 (busy) says: ask again later, as a client would
            if response.status_code not in (503, 504):
                break
            time.sleep(wait)
            response = self.client.get(url, params=query)
        if response.status_code != 200:
            raise AskError(f"GET {url} {params} -> {response.status_code}: {response.text[:300]}")
        return response.json()

    def pages(self, url: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a paged list route."""
        items: list[dict[str, Any]] = []
        while True:
            body = self.get(url, limit=PAGE, offset=len(items), **params)
            items.extend(body["items"])
            if not body["items"] or len(items) >= body["total"]:
                return items

    def resolve(self, name: str, labels: Iterable[str]) -> str:
        """The id of the best match of `name` (`GET /entities?q=`) that carries one of `labels`."""
        wanted = set(labels)
        hits = self.get("/entities", q=name, limit=50)["items"]
        for hit in hits:  # exact name or alias matches come first, then by full-text score
            if wanted & set(hit["labels"]):
                return hit["id"]
        raise AskError(f"no {'/'.join(sorted(wanted))} found for {name!r}")

    def answer(self, ref: dict[str, Any]) -> Answer:
        """An answer entity with its aliases and, for a government, the names of the place it governs."""
        if ref["id"] in self._answers:
            return self._answers[ref["id"]]
        detail = self.get(f"/entities/{ref['id']}", articles_limit=0)
        names = {fold(n) for n in [detail.get("name"), *detail.get("aliases", [])]} - {""}
        answer = Answer(ref["id"], detail.get("name"), detail["labels"], names)
        answer.place = bool({"Province", "Country"} & set(detail["labels"]))
        if "Organization" in detail["labels"]:
            answer.government = detail["properties"].get("kind") in GOVERNMENT_KINDS
            hood = self.get(f"/entities/{ref['id']}/neighbourhood", depth=1, rel_types="BASED_IN")
            places = {e["target"] for e in hood["edges"] if e["source"] == ref["id"]}
            for node in hood["nodes"]:
                if node["id"] in places:
                    aliases = (node.get("properties") or {}).get("aliases") or []
                    folded = {fold(n) for n in [node.get("name"), *aliases]} - {""}
                    if answer.government:
                        answer.governs |= folded
                    if "Country" in node["labels"]:
                        answer.home |= folded
        self._answers[ref["id"]] = answer
        return answer

    # -------------------------------------------------------------- one function per kind of question

    def provinces(self, ask: dict[str, Any]) -> list[dict[str, Any]]:
        partner = self.resolve(ask["partner"], ("Organization", "Province", "Country")) if ask.get("partner") else None
        statuses = _as_set(ask.get("status"))
        rows = self.pages(
            "/provinces", partner=partner, agreement_type=ask.get("agreement_type"), country=ask.get("country")
        )
        return [
            row["province"]
            for row in rows
            if not statuses or any(a.get("status") in statuses for a in row["agreements"])
        ]

    def meetings(self, ask: dict[str, Any]) -> list[dict[str, Any]]:
        official = self.resolve(ask["official"], ("Official",))
        kinds = ask.get("kinds", MEETING_KINDS)
        foreign = str(ask.get("foreign", True)).lower()
        url = f"/officials/{official}/meetings"
        rows = self.pages(url, foreign=foreign, kind=",".join(kinds) if kinds else None)
        met = [o["entity"] for row in rows for o in row["officials"]]
        if "kinds" in ask:
            return met
        # By default also a session of two (`A and B co-chaired the 21st meeting of the Joint Committee`, `Meeting
        # of: A – B`) or a visit one other official attended (its host): the official and one other are all the
        # officials there, so the two met; a conference or a visit with more officials is not a meeting of each.
        pairs = {
            row["event"]["id"]
            for row in self.pages(url, foreign="false", kind=",".join(PAIR_KINDS))
            if len(row["officials"]) == 1
        }
        if pairs:
            rows = self.pages(url, foreign=foreign, kind=",".join(PAIR_KINDS))
            met += [o["entity"] for row in rows if row["event"]["id"] in pairs for o in row["officials"]]
        return met

    def topic_partners(self, ask: dict[str, Any]) -> list[dict[str, Any]]:
        topic = ask["topic"] if ask["topic"].startswith("topic:") else f"topic:{ask['topic']}"
        partner = self.resolve(ask["partner"], ("Organization", "Province", "Country", "Official"))
        return [row["partner"] for row in self.pages(f"/topics/{topic}/partners", partner=partner)]

    def agreement_partners(self, ask: dict[str, Any]) -> list[dict[str, Any]]:
        """The other parties of the party's agreements. The party's own side is not a partner: its bodies
        (PART_OF it), its own organs (a province's People's Government or party committee, BASED_IN it) and what
        it belongs to (BASED_IN, IN_COUNTRY, PART_OF: MOIT's Viet Nam); for a country, also every body of that
        country on the row (`Bộ Công Thương`, BASED_IN Việt Nam, beside `Việt Nam` and `Canada`: the country's
        side named twice, as `top_partners.cypher` counts a body BASED_IN an entity on its side). A country listed
        beside its own body on the other side (`Lào` with `Công ty Điện lực Quốc gia Lào`, BASED_IN Lào) is that
        body's side, not a partner of its own: the annotation conventions never list a country and its own body
        for one side. One
        signing read twice, once with the body and once with its country, is one agreement in the graph
        (extraction merges it: `loaders/entities/agreements/merge.py`), so each row is read on its own."""
        party = self.resolve(ask["party"], ("Organization", "Province", "Country", "Official"))
        statuses = _as_set(ask.get("status"))
        hood = self.get(f"/entities/{party}/neighbourhood", depth=2, rel_types="PART_OF,BASED_IN,IN_COUNTRY", limit=500)
        kinds = {n["id"]: (n.get("properties") or {}).get("kind") for n in hood["nodes"]}
        below, above = {party}, {party}
        below |= {
            e["source"]
            for e in hood["edges"]
            if e["type"] == "BASED_IN" and e["target"] == party and kinds.get(e["source"]) in OWN_ORGAN_KINDS
        }
        for _ in range(2):  # walk down PART_OF edges into the party, up every edge out of it
            below |= {e["source"] for e in hood["edges"] if e["type"] == "PART_OF" and e["target"] in below}
            above |= {e["target"] for e in hood["edges"] if e["source"] in above}
        ours = below | above
        rows = [
            row
            for row in self.pages("/agreements", party=party, type=ask.get("agreement_type"))
            if not statuses or row.get("status") in statuses
        ]
        theirs = {
            row["id"]: [
                p["entity"]
                for p in row["parties"]
                if p["entity"]["id"] not in ours and party not in self.countries(p["entity"]["id"])
            ]
            for row in rows
        }
        partners: list[dict[str, Any]] = []
        for row in rows:
            homes = {c for e in theirs[row["id"]] if "Country" not in e["labels"] for c in self.countries(e["id"])}
            partners += [e for e in theirs[row["id"]] if not ("Country" in e["labels"] and e["id"] in homes)]
        return partners

    def countries(self, entity_id: str) -> set[str]:
        """The ids of the countries an entity belongs to: BASED_IN or IN_COUNTRY, itself or what it is PART_OF
        (a department of a ministry BASED_IN its country)."""
        if entity_id not in self._countries:
            hood = self.get(
                f"/entities/{entity_id}/neighbourhood", depth=2, rel_types="PART_OF,BASED_IN,IN_COUNTRY", limit=500
            )
            country = {n["id"] for n in hood["nodes"] if "Country" in n["labels"]}
            up = {entity_id}
            for _ in range(2):
                up |= {e["target"] for e in hood["edges"] if e["source"] in up}
            self._countries[entity_id] = (up - {entity_id}) & country
        return self._countries[entity_id]

    def ask(self, question: dict[str, Any]) -> Verdict:
        """Ask one gold question (with its `ask`) and compare the answer with its gold list."""
        qid, text, gold = question.get("id", "?"), question.get("q", ""), list(question.get("answer", []))
        ask = question.get("ask")
        try:
            if not isinstance(ask, dict) or ask.get("kind") not in ASK_KINDS:
                raise AskError(f"no ask of a known kind ({', '.join(ASK_KINDS)}): {ask!r}")
            refs = getattr(self, ask["kind"])(ask)
            return compare(qid, text, gold, [self.answer(ref) for ref in refs])
        except (AskError, KeyError) as exc:
            return Verdict(qid, text, gold, [], list(gold), [], error=f"{type(exc).__name__}: {exc}")


def _as_set(value: str | list[str] | None) -> set[str]:
    if value is None:
        return set()
    return {value} if isinstance(value, str) else set(value)


# ------------------------------------------------------------------ gold files


def questions_of(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions of a gold file: `"corpus": {"questions"}` or `"questions"` at the top."""
    return list(gold.get("corpus", {}).get("questions", [])) + list(gold.get("questions", []))


SPLITS = ("dev", "test", "holdout", "all")
"""What `--split` takes: the articles (and questions) of `dev`, of `test`, of a late `holdout` round, or of all."""


def question_split(question: dict[str, Any]) -> str:
    """The split whose articles answer a question: `dev`, `test`, `holdout`, or `all` (several, and any question
    that does not say, since its answer may draw on any)."""
    split = question.get("split") or "all"
    if split not in SPLITS:
        raise ValueError(f"question {question.get('id')!r} has split {split!r}, not one of {', '.join(SPLITS)}")
    return split


def questions_in(gold: dict[str, Any], split: str) -> list[dict[str, Any]]:
    """The questions to ask for `split`: `all` asks every question; `dev`, `test` and `holdout` ask only the
    questions marked with that split, so that a test figure is never drawn from a question dev articles answer.
    A gold file without `splits` has a single set of articles: every question is asked whatever the split."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not one of {', '.join(SPLITS)}")
    questions = questions_of(gold)
    if split == "all" or not gold.get("splits"):
        return questions
    return [q for q in questions if question_split(q) == split]


def split_files(gold: dict[str, Any], split: str) -> list[str]:
    """The article file names of `split` (`all`: of every split), sorted."""
    splits = gold.get("splits") or {}
    if split == "all":
        return sorted({name for names in splits.values() for name in names})
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not one of {', '.join(SPLITS)}")
    return sorted(set(splits.get(split, [])))


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file (`tests/data/real/gold.json`: files, splits and questions)."""
    return json.loads(path.read_text(encoding="utf-8"))


def ask_all(client: Client, questions: Iterable[dict[str, Any]]) -> list[Verdict]:
    asker = Asker(client)
    return [asker.ask(q) for q in questions]


def summary(verdicts: list[Verdict]) -> str:
    """`answered N of M exactly`, with the micro-averaged precision and recall of the answers."""
    tp = sum(v.tp for v in verdicts)
    found = tp + sum(len(v.spurious) for v in verdicts)
    wanted = sum(len(v.gold) for v in verdicts)
    p = tp / found if found else 0.0
    r = tp / wanted if wanted else 0.0
    exact = sum(v.exact for v in verdicts)
    return f"answered {exact} of {len(verdicts)} exactly; answers P {p:.2f} R {r:.2f} ({tp} of {wanted} gold names)"
