"""A learned last word on an agreement's status: a multinomial logistic regression, trained on the real set's look
gold, that reads each agreement the rules made and replaces the rules' status where it is confident.

Why: the rules read status from the verb or marker nearest a document's head (`đã ký`, `sẽ ký`, `đề xuất`, `có hiệu
lực`; signed / will sign / proposed / in force), each written from a look page's wording, and a quarter of the
matched agreements of unseen pages got the wrong one (a standing document read as signed, a wished one as signed by an
FTA's default, a plan as a proposal). The scorer weighs only general shapes: the rules' status and whether it was the
type's default, classes of tense and modality cue words before and after the title (past, future, wish, proposal,
negotiation, implementation, force), the signing event and its date against the page's, the precision and age of the
document's date, its determiner, its kind, whether the headline names it, and the language; never an article's
words or names, so what it learned carries to other pages.

It speaks only where the rules read no cue: a status that is the type's default (`rule_default`). A status the
rules read from a verb or marker (a draft is proposed, `sẽ ký` is planned) stands, because cross-validated on the
look files the scorer's changes of such statuses were mostly wrong (13 changes at margin 0, 3 right) while its
changes of defaults were mostly right, and because a scorer allowed to overrule explicit cues flipped hand-written
conventions whenever a retraining moved its margin by a step.

It runs last (after the party scorer): a status changed here changes no other fact (the signing event was linked
from the rules' status before). Its weights and margin are `loaders/gazetteers/status_scorer.json`, written by
`scripts/train_status_scorer.py` (which says how to retrain them).
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass

from core.vocabulary import AgreementStatus, AgreementType, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.learned import GAZETTEERS
from loaders.first_letters import compile_gated

WEIGHTS = GAZETTEERS / "status_scorer.json"

STATUSES: tuple[str, ...] = tuple(s.value for s in AgreementStatus if s != AgreementStatus.UNKNOWN)
"""The classes the scorer chooses among (a gold status is never `unknown` on a matched agreement it may learn from)."""

_CUE_CLASSES: dict[str, re.Pattern[str]] = {
    "past": compile_gated(r"\b(?:đã|vừa|mới|signed|inked|concluded|has|have|had|was|were)\b", re.I),
    "future": compile_gated(
        r"\b(?:sẽ|dự kiến|sắp|will|shall|to be|plans?|planned|expect(?:s|ed)?|scheduled|upcoming|next)\b", re.I
    ),
    "wish": compile_gated(
        r"\b(?:mong muốn|hy vọng|mong|hope[sd]?|hoping|wish(?:es|ed)?|want(?:s|ed)?|desire[sd]?)\b", re.I
    ),
    "proposal": compile_gated(
        r"\b(?:đề nghị|đề xuất|kiến nghị|đề xướng|thúc đẩy|sớm|propos\w*|suggest\w*|urg\w*|call(?:s|ed)? for|should|"
        r"need to|must|promot\w*|consider\w*|xem xét)\b",
        re.I,
    ),
    "negotiation": compile_gated(r"\b(?:đàm phán|thương lượng|negotiat\w*|talks)\b", re.I),
    "implementation": compile_gated(
        r"\b(?:triển khai|thực hiện|theo|khuôn khổ|tận dụng|implement\w*|under|within|framework|utiliz\w*|"
        r"tak(?:e|ing) advantage|in line with|pursuant)\b",
        re.I,
    ),
    "force": compile_gated(
        r"\b(?:hiệu lực|có hiệu lực|in force|into force|took effect|effective|ratif\w*|phê chuẩn)\b", re.I
    ),
    "sign": compile_gated(r"\b(?:k[ýí]|k[ýí] kết|sign\w*|ink\w*)\b", re.I),
    "agreed": compile_gated(r"\b(?:nhất trí|thống nhất|agree[sd]?|agreeing|decide[sd]?)\b", re.I),
    "anniversary": compile_gated(r"\b(?:kỷ niệm|anniversary|năm ký|years since)\b", re.I),
    "since": compile_gated(
        r"\b(?:sau khi|từ khi|kể từ|từ năm|since|after|follow\w*|basis|cơ sở|dựa trên|based on)\b", re.I
    ),
    "standing": compile_gated(
        r"\b(?:đến nay|hiện nay|hiện hành|hiện có|currently|now|so far|to date|existing|current|ongoing)\b", re.I
    ),
    "review": compile_gated(
        r"\b(?:hiệu quả|kết quả|đánh giá|tổng kết|rà soát|effective(?:ly)?|results?|outcomes?|review\w*|realis\w*|"
        r"realiz\w*|progress|tiến độ)\b",
        re.I,
    ),
}
"""Classes of cue words read near a document's mention: tense and modality in both languages (a class, never one
page's phrase)."""

_BEFORE = 120  # characters before a head, within its sentence, in which a governing verb stands
_AFTER = 80  # characters after a title, within its sentence

_DETERMINERS: dict[str, re.Pattern[str]] = {
    "det_a": compile_gated(r"\b(?:an?|một)\s+(?:new\s+)?$", re.I),
    "det_the": compile_gated(r"\bthe\s+$", re.I),
    "det_this": compile_gated(r"\b(?:this|these|that)\s+$", re.I),
    "det_plural": compile_gated(r"\b(?:các|những|nhiều|several|many|\d+|two|three|four|five)\s+$", re.I),
}
_THIS_AFTER = re.compile(r"\s*(?:này|nói trên|trên)\b", re.I)

FEATURES: tuple[str, ...] = (
    "bias",
    *(f"rule_{s}" for s in (*STATUSES, AgreementStatus.UNKNOWN.value)),
    "rule_default",  # the rules' status is the type's default, read from no cue (`DEFAULT_FEATURE`)
    *(f"before_{c}" for c in _CUE_CLASSES),
    *(f"after_{c}" for c in _CUE_CLASSES),
    "signed_at_event",
    "event_same_day",  # the signing event's date is the page's
    "event_before",  # the signing event's date is before the page's
    "date_day",
    "date_month",
    "date_year",
    "date_none",
    "date_ahead",  # the document's date is after the page's
    "date_this_year",
    "date_last_year",
    "date_years_ago",  # two years or more before the page
    "page_undated",  # the page gives no date of its own: its present is the latest day it names
    "later_year_on_page",  # the page names a year after the document's (what followed it)
    "date_before_event",  # the document's date is before its signing event's
    *_DETERMINERS,
    "det_this_after",  # `… này`, `… nói trên`
    *(f"kind_{t.value}" for t in AgreementType),
    "in_headline",
    "mentions",  # how many titles the page gives it, scaled
    "english",
)


@dataclass(slots=True)
class Candidate:
    """One agreement the rules made, with its rules' status and named features."""

    agreement: str
    status: str
    features: dict[str, float]


@dataclass(frozen=True, slots=True)
class Scorer:
    """For each of `STATUSES`, a weight for each of `FEATURES`; the margin by which the model's choice must beat the
    rules' status for it to replace it."""

    weights: dict[str, dict[str, float]]
    margin: float

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """The softmax of each status's weighted features."""
        z = {s: sum(self.weights[s][name] * value for name, value in features.items()) for s in STATUSES}
        top = max(z.values())
        e = {s: math.exp(v - top) for s, v in z.items()}
        total = sum(e.values())
        return {s: v / total for s, v in e.items()}

    def decide(self, cand: Candidate) -> str:
        """The model's status where the rules' is a default and the model beats it by the margin, else the rules'."""
        return decide(
            self.probabilities(cand.features),
            cand.status,
            self.margin,
            rule_default=bool(cand.features.get(DEFAULT_FEATURE)),
        )


DEFAULT_FEATURE = "rule_default"
"""The feature that says the rules' status is the type's default, read from no cue: the only statuses the scorer may
replace (see the module's docstring)."""


def decide(probabilities: dict[str, float], rule: str, margin: float, *, rule_default: bool) -> str:
    """The most probable status when the rules' status is a default and the most probable exceeds it by at least
    `margin`; otherwise the rules' status."""
    if not rule_default:
        return rule
    best = max(STATUSES, key=lambda s: (probabilities[s], s == rule))
    if best != rule and probabilities[best] - probabilities.get(rule, 0.0) >= margin:
        return best
    return rule


@functools.cache
def shipped_scorer() -> Scorer:
    """The scorer of the weights file (read once per process)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = {s: {name: float(data["weights"][s][name]) for name in FEATURES} for s in STATUSES}
    return Scorer(weights, float(data["margin"]))


def rescore_statuses(doc: ArticleDoc, scorer: Scorer | None = None) -> None:
    """Each agreement's status, replaced by the scorer's where it is confident."""
    if not doc.agreements:
        return
    scorer = scorer or shipped_scorer()
    for cand in candidates(doc):
        status = scorer.decide(cand)
        if status != cand.status:
            doc.entities[cand.agreement].properties[Prop.STATUS] = status


def candidates(doc: ArticleDoc) -> list[Candidate]:
    """Every agreement of the page (its first mention's span) with its rules' status and features, in page order."""
    events: dict[str, str] = {}
    for rel_type, source, target in doc.relations:
        if rel_type == RelType.SIGNED_AT:
            events[source] = target
    out: list[Candidate] = []
    seen: set[str] = set()
    for span in doc.agreements:
        if span.id in seen or span.id not in doc.entities:
            continue
        seen.add(span.id)
        status = str(doc.entities[span.id].properties.get(Prop.STATUS) or AgreementStatus.UNKNOWN)
        out.append(Candidate(span.id, status, features(doc, span, status, events.get(span.id))))
    return out


def features(doc: ArticleDoc, span: Span, status: str, event: str | None) -> dict[str, float]:
    """The named features of one agreement (absent ones are 0)."""
    props = doc.entities[span.id].properties
    f: dict[str, float] = {"bias": 1.0, f"rule_{status}": 1.0}
    if span.data.get("status_default"):
        f["rule_default"] = 1.0
    text = doc.text
    anchors: list[tuple[int, int]] = sorted({(a, b) for a, b in span.data.get("spans") or [] if 0 <= a < b}) or [
        (span.start, span.end)
    ]
    body = [a for a in anchors if doc.sentence_index(a[0]) != 0] or anchors
    start, end = body[0]
    sentence = doc.sentence_of(start)
    before = text[max(sentence.start, start - _BEFORE) : start]
    after = text[end : min(sentence.end, end + _AFTER)]
    for name, rx in _CUE_CLASSES.items():
        if rx.search(before):
            f[f"before_{name}"] = 1.0
        if rx.search(after):
            f[f"after_{name}"] = 1.0
    for name, rx in _DETERMINERS.items():
        if rx.search(before[-20:]):
            f[name] = 1.0
    if _THIS_AFTER.match(text, end):
        f["det_this_after"] = 1.0
    page = doc.article.date or _latest_day(doc)
    if not doc.article.date:
        f["page_undated"] = 1.0
    if event is not None:
        f["signed_at_event"] = 1.0
        event_date = str(doc.entities[event].properties.get(Prop.DATE) or "") if event in doc.entities else ""
        date = str(props.get(Prop.DATE) or "")
        if date and event_date and date[:4].isdigit() and date[:4] < event_date[:4]:
            f["date_before_event"] = 1.0
        if event_date and page and event_date[:10] == page[:10]:
            f["event_same_day"] = 1.0
        elif event_date and page and event_date[:10] < page[:10]:
            f["event_before"] = 1.0
    date = str(props.get(Prop.DATE) or "")
    _date_features(f, date, str(props.get("date_precision") or ""), page)
    if date[:4].isdigit() and any((d.end or d.start)[:4] > date[:4] for d in doc.dates):
        f["later_year_on_page"] = 1.0
    f[f"kind_{props.get(Prop.TYPE) or AgreementType.OTHER.value}"] = 1.0
    if any(doc.sentence_index(a) == 0 for a, _ in anchors):
        f["in_headline"] = 1.0
    f["mentions"] = min(1.0, (len(anchors) - 1) / 3.0)
    if doc.article.lang == "en":
        f["english"] = 1.0
    return {name: value for name, value in f.items() if name in _KNOWN and value}


_KNOWN = frozenset(FEATURES)


def _latest_day(doc: ArticleDoc) -> str:
    """The latest date a page without a date of its own names: its present, as near as the text tells."""
    return max((d.end or d.start for d in doc.dates), default="")


def _date_features(f: dict[str, float], date: str, precision: str, page: str) -> None:
    """The precision of the document's date and its age against the page's present."""
    if not date:
        f["date_none"] = 1.0
        return
    f[{"day": "date_day", "month": "date_month"}.get(precision, "date_year")] = 1.0
    if not page[:4].isdigit() or not date[:4].isdigit():
        return
    if date[: len(page[:10])] > page[:10] and date[:4] >= page[:4]:
        f["date_ahead"] = 1.0
    years = int(page[:4]) - int(date[:4])
    if years == 0:
        f["date_this_year"] = 1.0
    elif years == 1:
        f["date_last_year"] = 1.0
    elif years >= 2:
        f["date_years_ago"] = 1.0
