"""Topics: the themes each sentence is about, from the keyword lists of `gazetteers/topics.json`.

Takes an `ArticleDoc` (organisations already found); adds `doc.topics`, one
span per keyword match with the topic key in `id` (`topic:ai`), and a Topic
entity per key found. Why an automaton over keywords and not one regex per
topic: one pass per article whatever the number of topics.

Rules: keywords match case-insensitively on word boundaries, acronyms
(`AI`, `FTA`) as written, a few words only in lower case (`thanh long`,
dragon fruit, is no `Thanh Long` of a person's name); the longest keyword wins where two overlap
(`thương mại điện tử` is e-commerce, not `thương mại` + `điện`); a match
inside an organisation's name does not count (`Cục Thương mại điện tử và Kinh
tế số` is a department, not a theme), nor one inside a phrase of another
meaning (`not_topics`: `khu công nghiệp`, an industrial park; `trade fraud`),
a few `patterns` read a keyword with words between (`opening up the
Chinese market`: market access; `kim ngạch … qua cửa khẩu`: border trade, beside the trade its leading
keyword names), and a phrase may name another topic than
its words (`nông nghiệp công nghệ cao`, high-tech farming, is agriculture);
a keyword whose last syllable makes another word with the next one does not
match (`compounds`: `xuất khẩu điện thoại` exports phones, no electricity);
a topic also counts for its broader
`parents` (`liên kết điện` -> energy), or for its `parents_if_repeated` when
the article names it in more than one sentence (an article that speaks of
trade fairs twice is about trade; one that lists a fair among ten fields,
or lists a fair and a roadshow in one sentence, is not; a name's short form in
brackets, `… Free Trade Agreement (EVFTA)`, is the same mention);
a sector's head word next to another topic's keyword is that topic's sector
(`sector_heads`: `công nghiệp bán dẫn`, `aquaculture industry` are not
industry), and so is an English head after any word that qualifies it (`the
halal industry`); `suppressed_by` drops a topic in a sentence where another explains it
(high-tech goods under export controls); a sentence that profiles a place's
economy (`economy_profile`: its structure, a sector's share) names sectors,
not fields of cooperation; and a capitalised keyword in a name that a company
word ends (`company_designators`: `… Industrial Complex Co., Ltd`) is that
company's name, which the organisation stage may not have read (so is one a
public body's word ends, `… Industry and Trade Department`, or one right after
a Vietnamese body's head, `body_heads`: `Sở Nông nghiệp và Môi trường`, `Tổng hội Công nghiệp …`); a portfolio
after a minister or a ministry is a post even in lower case (`Laos's minister of industry and trade`, `the
agriculture minister`).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import ahocorasick

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import by_first_letter
from loaders.entities.phrases import leftmost_longest
from loaders.first_letters import compile_gated
from loaders.letters import UPPER


@dataclass(frozen=True, slots=True)
class TopicInfo:
    key: str
    vi: str
    en: str
    parents: tuple[str, ...]
    suppressed_by: tuple[str, ...]
    parents_if_repeated: tuple[str, ...] = ()


class TopicMatcher:
    def __init__(self, data: dict[str, Any]) -> None:
        self.topics: dict[str, TopicInfo] = {}
        self.folded = ahocorasick.Automaton()
        self.exact = ahocorasick.Automaton()
        words: dict[str, set[str]] = {}
        acronyms: dict[str, set[str]] = {}
        lowercase_only: set[str] = set()
        cued: dict[str, list[str]] = {}
        for key, meta in data["topics"].items():
            self.topics[key] = TopicInfo(
                key,
                meta["vi"],
                meta["en"],
                tuple(meta.get("parents", ())),
                tuple(meta.get("suppressed_by", ())),
                tuple(meta.get("parents_if_repeated", ())),
            )
            for word in meta.get("keywords", ()):
                words.setdefault(word.lower(), set()).add(key)
            for word in meta.get("acronyms", ()):
                acronyms.setdefault(word, set()).add(key)
            for word in meta.get("lowercase_keywords", ()):
                words.setdefault(word, set()).add(key)
                lowercase_only.add(word)
            for word, cues in meta.get("cued_keywords", {}).items():
                words.setdefault(word.lower(), set()).add(key)
                cued[word.lower()] = cues
        self.patterns = [  # (gated by their first letters: most open with `\b` or a look-behind, tried everywhere)
            (pattern["needs"], compile_gated(pattern["regex"]), frozenset({key}))
            for key, meta in data["topics"].items()
            for pattern in meta.get("patterns", ())
        ]
        for phrase in data.get("not_topics", {}).get("phrases", ()):
            words.setdefault(phrase.lower(), set())  # no key: its words count for nothing
        for word, keys in words.items():
            self.folded.add_word(word, (len(word), frozenset(keys)))
        for word, keys in acronyms.items():
            self.exact.add_word(word, (len(word), frozenset(keys)))
        heads = data.get("sector_heads", {})
        self.heads_before = frozenset(w.lower() for w in heads.get("before", ()))
        self.heads_after = frozenset(w.lower() for w in heads.get("after", ()))
        self.heads_qualified = frozenset(heads.get("qualified", ()))
        self.not_qualifiers = frozenset(heads.get("not_qualifiers", ()))
        self.heads_qualified_after = frozenset(heads.get("qualified_after", ()))
        self.not_qualifiers_after = frozenset(heads.get("not_qualifiers_after", ()))
        cues = data.get("economy_profile", {}).get("cues", ())
        self.profile_cues: re.Pattern[str] | None = None
        # (asked of every sentence: written by first letter where every cue begins with one, not `\b` first)
        if cues and all(cue[:1].isalpha() for cue in cues):
            self.profile_cues = re.compile(by_first_letter(list(cues)) + r"\b")
        elif cues:
            self.profile_cues = compile_gated(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")
        self.profile_sectors = frozenset(data.get("economy_profile", {}).get("sectors", ()))
        self.designators = frozenset(data.get("company_designators", {}).get("words", ()))
        heads = "|".join(map(_head_pattern, data.get("body_heads", {}).get("words", ())))
        self.body_heads = re.compile(r"(?:^|[^\w])(?:" + heads + r")\s$")
        self.body_lists = re.compile(  # `các Bộ: Ngoại giao, Tư pháp, ` / `các Bộ Tư pháp, Nội vụ, ` before the keyword
            rf"(?:(?:^|[^\w])(?:{heads})\s*:|(?:^|[^\w])các\s+(?:{heads}))\s+(?:[{UPPER}][^,.;:()]{{0,30}}?(?:,\s+|\s+và\s+))+$"
        )
        self.lowercase_only = frozenset(lowercase_only)
        self.cued = {word: re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + ")") for word, cues in cued.items()}
        self.compounds = {word: frozenset(after) for word, after in data.get("compounds", {}).get("words", {}).items()}
        self.folded.make_automaton()
        self.exact.make_automaton()
        self._with_parents: dict[tuple[str, bool], tuple[str, ...]] = {}

    def matches(self, text: str, lower: str) -> list[tuple[int, int, frozenset[str]]]:
        """Keyword matches on word boundaries, leftmost-longest; a `not_topics` phrase takes its words, then goes."""
        found = []
        for automaton, haystack in ((self.folded, lower), (self.exact, text)):
            for end_idx, (length, keys) in automaton.iter(haystack):
                start, end = end_idx + 1 - length, end_idx + 1
                if start > 0 and text[start - 1].isalnum():
                    continue
                if end < len(text) and text[end].isalnum():
                    continue
                if self._ends_inside_a_compound(lower, start, end):
                    continue
                if automaton is self.folded and self._capitalised_name(text, lower, start, end):
                    continue
                found.append((start, end, keys))
        for needs, pattern, keys in self.patterns:  # a scan of the text each: only where their word is
            if needs in lower:
                found.extend((m.start(), m.end(), keys) for m in pattern.finditer(lower))
        return [m for m in leftmost_longest(_merge_same_spans(found)) if m[2]]

    def _capitalised_name(self, text: str, lower: str, start: int, end: int) -> bool:
        """Whether a keyword that counts only in lower case is written capitalised (`Thanh Long`, a person's name,
        not `thanh long`, dragon fruit; `Chợ Gạo`, a district, not `gạo`, rice)."""
        return lower[start:end] in self.lowercase_only and text[start:end] != lower[start:end]

    def _ends_inside_a_compound(self, lower: str, start: int, end: int) -> bool:
        """Whether the keyword's last syllable and the next one make another word (`xuất khẩu điện` + `thoại`:
        phones exported, not electricity; `trao đổi điện` + `mừng`: congratulations exchanged)."""
        last = lower[lower.rfind(" ", start, end) + 1 : end]
        after = self.compounds.get(last)
        if not after:
            return False
        m = _NEXT_SYLLABLE.match(lower, end)
        return m is not None and m.group(1) in after

    def with_parents(self, key: str, repeated: bool = False) -> tuple[str, ...]:
        """The topic and its broader ones, nearest first (walked once per key: every keyword match asks); those
        of `parents_if_repeated` only for a topic the article names in more than one sentence."""
        known = self._with_parents.get((key, repeated))
        if known is not None:
            return known
        out: list[str] = []
        todo = [key]
        while todo:
            k = todo.pop(0)
            if k in self.topics and k not in out:
                out.append(k)
                todo.extend(self.topics[k].parents)
                if k == key and repeated:
                    todo.extend(self.topics[k].parents_if_repeated)
        self._with_parents[(key, repeated)] = found = tuple(out)
        return found


def _merge_same_spans(found: list[tuple[int, int, frozenset[str]]]) -> list[tuple[int, int, frozenset[str]]]:
    """One match per span, with the topics of all that read it: a pattern whose leading word is itself a keyword
    (`kim ngạch` before `qua cửa khẩu`: trade, and border trade) adds its topic to the keyword's, where the longest
    match would keep only the first. A `not_topics` phrase (no topic) still takes the span whole."""
    merged: dict[tuple[int, int], frozenset[str]] = {}
    for start, end, keys in found:
        have = merged.get((start, end))
        merged[(start, end)] = keys if have is None else (have | keys if have and keys else frozenset())
    return [(start, end, keys) for (start, end), keys in merged.items()]


def _head_pattern(head: str) -> str:
    """A body's head as a pattern: its first letter as written, the rest in any case (`Hiệp hội` also reads `Hiệp
    Hội`, the name written with every syllable capitalised), so a common noun (`lễ hội`) is still no head."""
    return re.escape(head[0]) + "(?i:" + re.escape(head[1:]) + ")"


_SUBJECT = re.compile(r"(?:Sub-?[Cc]ommittee|Sub-?[Cc]ommission) (?:on|for) ")


def _subject_start(text: str, org: Span) -> int:
    """Where an organisation's name stops masking topics: a joint sub-committee's subject after `on`/`for` (`Joint
    Sub-Committee on Trade and Investment`) is what its meeting works on, a topic the article names, unlike a
    ministry's portfolio; elsewhere the whole name."""
    m = _SUBJECT.search(text, org.start, org.end)
    return m.end() if m is not None else org.end


@functools.lru_cache(maxsize=1)
def topic_matcher() -> TopicMatcher:
    raw = resources.files("loaders").joinpath("gazetteers", "topics.json").read_text(encoding="utf-8")
    return TopicMatcher(json.loads(raw))


def find_topics(doc: ArticleDoc, matcher: TopicMatcher | None = None) -> None:
    matcher = matcher or topic_matcher()
    text = doc.text
    lower = doc.lower
    masked = [(o.start, _subject_start(text, o)) for o in doc.orgs]
    posts = _posts(doc)  # a keyword that starts in one (`Thương mại` after `Bộ trưởng phụ trách`) is the post's
    found = [
        m
        for m in matcher.matches(text, lower)
        if not any(s <= m[0] and m[1] <= e for s, e in masked)
        and not any(s <= m[0] < e for s, e in posts)
        and not (text[m[0]].isupper() and _before_a_title(text, m[0], doc.titles))
        and not (text[m[0]].isupper() and _in_a_company_name(text, m[0], matcher.designators))
        and not (text[m[0]].isupper() and _after_a_firms_acronym(text, m[0], m[1]))
        and not _POST_AFTER.match(lower, m[1])
    ]
    found = _without_body_portfolios(text, found, matcher.body_heads, matcher.body_lists)
    found = _without_uncued_keywords(doc, found, matcher.cued)
    found = _without_economy_profiles(doc, found, matcher)
    found = _without_sector_heads(found, text, lower, matcher)
    named: dict[str, set[int]] = {}  # the sentences in which the article names each topic itself
    last: dict[str, int] = {}  # where each topic's mention before ended
    for start, end, keys in found:
        short_form = start > 0 and text[start - 1] == "("  # `Hiệp định … tự do Việt Nam – EU (EVFTA)`
        for key in keys:
            if not (short_form and start - last.get(key, -_SHORT_FORM_GAP - 1) <= _SHORT_FORM_GAP):
                named.setdefault(key, set()).add(doc.sentence_index(start))
            last[key] = end
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, keys in found:
        idx = doc.sentence_index(start)
        for key in sorted(keys):  # (a frozenset: its order would follow the process's string hashing)
            for k in matcher.with_parents(key, len(named.get(key, ())) > 1):
                by_sentence.setdefault(idx, []).append((start, end, k))
    for _, hits in sorted(by_sentence.items()):
        present = {k for _, _, k in hits}
        for start, end, key in hits:
            info = matcher.topics[key]
            if set(info.suppressed_by) & present:
                continue
            topic_id = f"topic:{key}"
            doc.topics.append(Span(start, end, topic_id, Label.TOPIC, text[start:end], {"key": key}))
            doc.entity(topic_id, Label.TOPIC, info.vi, aliases=[info.en], properties={"key": key}, at=start)
    doc.topics.sort(key=lambda sp: sp.start)


_NEXT_SYLLABLE = re.compile(r"[ \t]+(\w+)")
_POST_AFTER = re.compile(r"[ \t]+(?:minister|ministers|ministry|ministries|chief|chiefs|secretary)\b")
"""A post or a ministry the keyword names, in any case (`the agriculture minister`, `the two trade chiefs`, `the
industry ministry`): whom the story quotes, not what the sides discuss (as `Trade Minister`, a title, is)."""
_SHORT_FORM_GAP = 40  # characters between a name's topic keyword and its short form in brackets (the name's rest)
_TOKEN = re.compile(r"\s*(,|&|[-–]|[^\W_][\w'’.-]*)")
_LEADS = frozenset({"of", "for", "phụ"})  # `Minister of/for …`, `Bộ trưởng phụ trách …`
_LEAD_WORDS = frozenset({"of", "for", "the", "phụ", "trách"})
_BODIES = (
    "ministries of",
    "ministry of",
    "departments of",
    "department of",
    "minister of",
    "ministers of",
    "minister for",
    "ministers for",
    "minister in charge of",
    "ministers in charge of",
    "minister responsible for",
    "ministers responsible for",
)  # (a minister's post too: `Vietnam's minister of industry and trade`, written in lower case, is no title read)
_IN_CHARGE = re.compile(r"\s+(?:in charge of|responsible for)\b")  # `Vice Minister in charge of Trade and Industry`
_PORTFOLIO_WORDS = frozenset(
    [
        "industry",
        "trade",
        "commerce",
        "energy",
        "investment",
        "planning",
        "agriculture",
        "rural",
        "development",
        "transport",
        "transportation",
        "public",
        "works",
        "mines",
        "finance",
        "economy",
        "foreign",
        "affairs",
        "natural",
        "resources",
        "environment",
        "science",
        "technology",
        "information",
        "communications",
        "labour",
        "labor",
        "health",
        "construction",
        "fisheries",
        "forestry",
        "tourism",
        "culture",
        "education",
        "training",
    ]
)  # the words of ministries' portfolios, read in lower case only after a lead (`minister of industry and trade`)
_JOINERS = frozenset({",", "&", "-", "–", "and", "và"})
_NAME_JOINERS = _JOINERS | {"of", "for"}


def _portfolio_end(text: str, pos: int, *, needs_lead: bool, led: bool = False) -> int:
    """Where the capitalised portfolio after a title ends (`pos` if there is none): capitalised words joined by
    `,`/`and`/`và`/`&`, opened by `of`/`for`/`phụ trách`/`in charge of`/`responsible for` (in English always: a
    Title Case headline after `Deputy PM` is no portfolio). After such a lead, a portfolio written in lower case
    (`Vietnam's minister of industry and trade`, `their ministries of industry`) is one too, as far as its words
    are those of ministries' portfolios."""
    end = i = pos
    started = False
    charge = _IN_CHARGE.match(text, pos)
    if charge is not None:
        i, led, needs_lead = charge.end(), True, False
    while i - pos < 90:
        m = _TOKEN.match(text, i)
        if m is None:
            break
        token = m.group(1)
        low = token.lower()
        if i == pos and needs_lead and low not in _LEADS:
            break
        if token[0].isupper() or (led and low in _PORTFOLIO_WORDS):
            started = True
            end = m.end()
        elif not started and low in _LEAD_WORDS:
            led = led or low in _LEADS
        elif not (started and low in _JOINERS):
            break
        i = m.end()
    return end


def _posts(doc: ArticleDoc) -> list[tuple[int, int]]:
    """The spans of people's posts: a title with its capitalised portfolio (`Minister of Trade and Industry`,
    `Minister for Economic Affairs, Transportation, Agriculture`, `Bộ trưởng phụ trách Thương mại`), and of bodies
    named by their portfolio (`ministries of Planning and Investment`). Their words name a post or a body, not a
    theme."""
    text = doc.text
    english = doc.article.lang == "en"
    spans = []
    for t in doc.titles.values():
        led = t.form.endswith((" of", " for"))
        spans.append((t.begin, _portfolio_end(text, t.finish, needs_lead=english and not led, led=led)))
    lower = doc.lower
    for body in _BODIES:  # a body the organisation stage did not read (`the two ministries of Planning and …`), a post
        # no title read (`deputy ministers responsible for Industry and Trade`)
        at = lower.find(body)
        while at >= 0:
            spans.append((at, _portfolio_end(text, at + len(body), needs_lead=False, led=True)))
            at = lower.find(body, at + len(body))
    return spans


def _before_a_title(text: str, start: int, titles: dict[int, Any]) -> bool:
    """A capitalised keyword in a run of capitalised words (and `and`, `&`) that a title ends: `Trade Minister`,
    `Industry and Trade Minister` name a post."""
    i = start
    while i - start < 60:
        m = _TOKEN.match(text, i)
        if m is None:
            return False
        if i > start and m.start(1) in titles:
            return True
        token = m.group(1)
        if not (token[0].isupper() or token.lower() in _JOINERS):
            return False
        i = m.end()
    return False


def _in_a_company_name(text: str, start: int, designators: frozenset[str]) -> bool:
    """A capitalised keyword in a run of capitalised words (and `and`, `&`, `of`) that a company word ends: `Korea
    Industrial Complex Co., Ltd`, `the Pacific Energy Trade Association` name a firm, not its field."""
    i = start
    while i - start < 80:
        m = _TOKEN.match(text, i)
        if m is None:
            return False
        token = m.group(1)
        if i > start and token.rstrip(".") in designators:
            return True
        if not (token[0].isupper() or token.lower() in _NAME_JOINERS):
            return False
        i = m.end()
    return False


def _after_a_firms_acronym(text: str, start: int, end: int) -> bool:
    """A capitalised keyword right after an acronym that ends a name there (`NMDC Energy was installing`, `(HDF
    Energy)`, `PV Gas signed`): a firm's name, the acronym its head, not its field. Not where the name goes on (`EU
    Trade Commissioner`, `ASEAN Energy Ministers`, `UK Trade & Investment`: a post or a body, read elsewhere), nor a keyword in capitals (a
    headline in capitals, `VIETNAM BOOSTS TRADE`)."""
    if text[start:end].isupper() or not _ACRONYM_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    m = _TOKEN.match(text, end)
    return m is None or not (m.group(1)[0].isupper() or m.group(1) == "&")


_ACRONYM_BEFORE = re.compile(r"(?:^|[^\w&])[A-Z][A-Z0-9&]+ $")  # `NMDC `, `PV `, `HDF ` right before


def _without_body_portfolios(
    text: str, found: list[tuple[int, int, frozenset[str]]], heads: re.Pattern[str], lists: re.Pattern[str]
) -> list[tuple[int, int, frozenset[str]]]:
    """Drop a capitalised keyword written right after a Vietnamese body's head (`Sở Nông nghiệp và Môi trường`,
    `Trung tâm Xúc tiến Thương mại`), and one joined to it by `,`/`và` (`… Đầu tư, Thương mại và Du lịch`): the
    body's portfolio, which the organisation stage may not have read whole. So is one in a list of capitalised
    portfolios after a plural head or a head and a colon (`đại diện các Bộ: Ngoại giao, Tư pháp, Nông nghiệp`): who
    attended, not what was discussed."""
    out = []
    portfolio_end = -1  # where the last keyword read as a portfolio ended
    for start, end, keys in found:
        if text[start].isupper():
            before = text[max(0, start - 20) : start]
            joined = portfolio_end >= 0 and text[portfolio_end:start] in _PORTFOLIO_JOINS
            if heads.search(before) or joined or lists.search(text, max(0, start - _LIST_REACH), start):
                portfolio_end = end
                continue
        out.append((start, end, keys))
    return out


_PORTFOLIO_JOINS = frozenset({", ", " và ", " - ", " – "})
_LIST_REACH = 120  # characters back from a keyword to the head of the list of portfolios it may end


def _without_uncued_keywords(
    doc: ArticleDoc, found: list[tuple[int, int, frozenset[str]]], cued: dict[str, re.Pattern[str]]
) -> list[tuple[int, int, frozenset[str]]]:
    """Drop a keyword of `cued_keywords` in a sentence without one of its cues: a word broader than the topic
    names it only beside the topic's own acts (`human resources` are workforce training where they are trained,
    developed, shared or cooperated in; a country's `abundant human resources`, or a province's strengths in
    `land, human resources and climate`, are its labour supply, named by the sentence that profiles it)."""
    if not cued:
        return found
    out = []
    for start, end, keys in found:
        cue = cued.get(doc.lower[start:end])
        if cue is not None:
            sentence = doc.sentences[doc.sentence_index(start)]
            if cue.search(doc.lower, sentence.start, sentence.end) is None:
                continue
        out.append((start, end, keys))
    return out


def _without_economy_profiles(
    doc: ArticleDoc, found: list[tuple[int, int, frozenset[str]]], matcher: TopicMatcher
) -> list[tuple[int, int, frozenset[str]]]:
    """Drop the sectors named in a sentence that profiles a place's economy (`the economic structure shifted towards
    industry`, `tỷ trọng nông nghiệp giảm`): what the economy is made of, not what the sides cooperate in. Only the
    sectors: a share of trade (`a large proportion of the two countries' trade`) is still trade."""
    if matcher.profile_cues is None:
        return found
    profiles: dict[int, bool] = {}
    out = []
    for start, end, keys in found:
        idx = doc.sentence_index(start)
        if idx not in profiles:
            sentence = doc.sentences[idx]
            profiles[idx] = matcher.profile_cues.search(doc.lower, sentence.start, sentence.end) is not None
        if profiles[idx]:
            keys = keys - matcher.profile_sectors
        if keys:
            out.append((start, end, keys))
    return out


def _without_sector_heads(
    found: list[tuple[int, int, frozenset[str]]], text: str, lower: str, matcher: TopicMatcher
) -> list[tuple[int, int, frozenset[str]]]:
    """Drop a sector's head word written next to another topic's keyword (`công nghiệp bán dẫn`, `aquaculture
    industry`): that is the other topic's sector, not industry in general. Next to: a space apart. So is a head
    that a word qualifies, before it in English (`the halal industry`), after it in Vietnamese (`công nghiệp thực
    phẩm`): a sector of its own."""
    out = []
    for i, (start, end, keys) in enumerate(found):
        word = lower[start:end]
        if word in matcher.heads_before and i + 1 < len(found):
            after = found[i + 1]
            if after[0] - end <= 2 and not lower[end : after[0]].strip() and after[2] != keys:
                continue
        if word in matcher.heads_qualified and _qualified(lower, start, matcher.not_qualifiers):
            continue
        if word in matcher.heads_qualified_after and _qualified_after(text, end, matcher.not_qualifiers_after):
            continue
        if word in matcher.heads_after and i > 0:
            before = found[i - 1]
            if start - before[1] <= 2 and not lower[before[1] : start].strip() and before[2] != keys:
                continue
        out.append((start, end, keys))
    return out


def _qualified(lower: str, start: int, not_qualifiers: frozenset[str]) -> bool:
    """Whether an English head word has a word right before it that qualifies it (`the halal industry`, `automotive
    industries`): a sector of its own. Not an article, a conjunction or a quantifier (`trade and industry`, `several
    industry sectors`), nor a possessive (`Vietnam's industry`: the country's industry as a whole)."""
    m = _QUALIFIER.search(lower, max(0, start - 40), start)
    return m is not None and m.group(1) not in not_qualifiers


def _qualified_after(text: str, end: int, not_qualifiers: frozenset[str]) -> bool:
    """Whether a Vietnamese head word has a lowercase word right after it that qualifies it (`ngành công nghiệp thực
    phẩm`, `công nghiệp ô tô`): the food or car industry, a sector of its own. Not a conjunction, a preposition or a
    verb (`công nghiệp và năng lượng`, `công nghiệp giữa hai nước`), nor `hỗ trợ`/`phụ trợ` (supporting industries,
    as in English), nor a capitalised name (`công nghiệp Hàn Quốc`: the country's industry as a whole)."""
    m = _NEXT_SYLLABLE.match(text, end)
    return m is not None and m.group(1)[0].islower() and m.group(1) not in not_qualifiers


_QUALIFIER = re.compile(r"(?<![\w'’])([a-z][a-z-]*)\s$")  # the lowercase word right before (none after `'s`)


def topics_between(doc: ArticleDoc, start: int, end: int) -> list[str]:
    """Topic ids found between two offsets, in order, once each."""
    return list(dict.fromkeys(sp.id for sp in doc.topics if start <= sp.start and sp.end <= end))
