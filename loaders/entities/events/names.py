"""The people mentions the events stage reads besides the officials stage's: a given name alone, a title alone.

English copy calls Vietnamese officials by their given name (`Thanh said …`) and by a bare title (`the Prime
Minister`); the stage reads these as mentions of the people named in full, for its own use only (the people list
the later stages read stays as it was). The tests use `_standing_alone`."""

from __future__ import annotations

import re

from core.vocabulary import Label, Prop, RelType, TitleKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.countries import _country_of
from loaders.entities.officials_en import DEMONYMS
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_FULL_NAME_WORDS = 3  # a Vietnamese name read in full (family, middle and given name): its last word is the given one


def _given_name_mentions(doc: ArticleDoc) -> list[Span]:
    """`Phan Van Lam … Lam said at a meeting with …`: English wire copy names a Vietnamese official again by his given
    name alone; a word that is the given name of exactly one person the page named in full before, standing alone
    (no capitalised word glued before or after it, as in a place's name), is that person."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for sp in doc.people:
        words = sp.text.split()
        if len(words) >= _FULL_NAME_WORDS and not sp.data.get("short"):
            owners.setdefault(words[-1], set()).add(sp.id)
            first_at.setdefault(sp.id, sp.end)
    named = {given: next(iter(ids)) for given, ids in owners.items() if len(ids) == 1 and given[:1].isupper()}
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.places, *doc.orgs)]
    out = []
    for m in _LONE_WORD.finditer(doc.text) if named else ():  # (no scan when no one's given name is his alone)
        person = named.get(m.group(1))
        if person is None or m.start(1) < first_at[person] or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        out.append(Span(m.start(1), m.end(1), person, Label.OFFICIAL, m.group(1), {"short": True}))
    return out + _leading_name_mentions(doc, taken + [(sp.start, sp.end) for sp in out])


def _leading_name_mentions(doc: ArticleDoc, taken: list[tuple[int, int]]) -> list[Span]:
    """`Datuk Seri Ismail Sabri Yaakob … Ismail Sabri, who is on a two-day official visit …`: English copy names a
    Malay or Arab official again by the first two words of his name (his own name and his father's); two words that
    open the full name of exactly one person the page named before, standing alone (no capitalised word after them),
    are that person."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for sp in doc.people:
        words = sp.text.split()
        if len(words) >= _FULL_NAME_WORDS and not sp.data.get("short"):
            owners.setdefault(" ".join(words[:2]), set()).add(sp.id)
            first_at.setdefault(sp.id, sp.end)
    out = []
    for lead, ids in owners.items():
        if len(ids) != 1:
            continue
        person = next(iter(ids))
        for start in _standing_alone(doc.text, lead):
            end = start + len(lead)
            if start < first_at[person] or any(a < end and start < b for a, b in taken):
                continue
            out.append(Span(start, end, person, Label.OFFICIAL, lead, {"short": True}))
    return out


_UPPER_LETTER = re.compile(f"[{UPPER}]")


def _word_char(c: str) -> bool:
    """A character of a word or a hyphenated one (what `[\\w-]` matches)."""
    return c.isalnum() or c in "_-"


def _standing_alone(text: str, words: str) -> list[int]:
    """Where `words` stand in `text` as words of their own, no capitalised word right after them (the matches, in
    order and not overlapping, of `(?<![\\w-])WORDS(?![\\w-])(?!\\s+[UPPER])`): found with `str.find`, as a
    pattern compiled for each name cost a fiftieth of the extraction's time."""
    out: list[int] = []
    size = len(text)
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        after = end
        while after < size and text[after].isspace():
            after += 1
        if (
            (at == 0 or not _word_char(text[at - 1]))
            and (end == size or not _word_char(text[end]))
            and not (after > end and _UPPER_LETTER.match(text, after))
        ):
            out.append(at)
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return out


_BARE_TITLE = re.compile(
    r"(?:t(?<!\w.)he|T(?<!\w.)he)\s+(?:visiting\s+|host\s+)?(?:(?P<adj>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+)?(?P<t>(?i:(?:deputy\s+|vice\s+)?(?:prime\s+minister|foreign\s+minister|minister|ambassador|governor|mayor"
    r"|premier|president|chairman|chairwoman|consul\s+general|chief\s+minister)|diplomat|leader|official|envoy))\b"
    r"(?!\s+(?:of|to|for|in|at|from)\b)(?!\s*[,’'(]?\s*[A-Z])"
)
"""`the ambassador and his host discussed …`, `The Governor said …`, `the diplomat stressed`, `the Thai Foreign
Minister’s visit`: an office named alone (with the adjective of its country at most), no name or `of …` after it,
which English copy uses for an official it named in full before (`the Polish leader`, `the Australian official`: any
office, only with the adjective of its country, `_ANY_OFFICE`)."""

_ANY_OFFICE = frozenset(("leader", "official", "envoy"))


_BARE_TITLE_VI = re.compile(
    # (the look-ahead to a title's or Phó's first letter first: the six look-behinds were tried at every position)
    r"(?=[PTBĐ])(?<![\w])(?<!hai )(?<!Hai )(?<!các )(?<!Các )(?<!những )(?<!\d )"  # (`hai Bộ trưởng đã …`: two of them)
    r"(?P<t>(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Đại sứ|Thống đốc|Thị trưởng|Tỉnh trưởng|Tổng Lãnh sự))"
    r"(?=\s+(?:cũng|đã|sẽ|vừa|đánh giá|khẳng định|cho biết|nhấn mạnh|bày tỏ|mong muốn|đề nghị|cảm ơn|chúc mừng|gặp|thăm"
    r"|tiếp|hội đàm|làm việc|cùng|và phu nhân|và đoàn)\b)"
)
"""`Thống đốc cũng đã gặp gỡ Thủ tướng X`, `Đại sứ khẳng định …`, `Đại sứ và phu nhân`, `Ngài Tổng Lãnh sự`: an office
named alone before its verb, before whom comes with him, or after the honorific `Ngài` with no name after it, which
Vietnamese copy uses for an official it named in full before (the English `_BARE_TITLE`)."""
_HONOURED_TITLE_VI = compile_gated(
    r"(?<=[Nn]gài )(?P<t>(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Đại sứ|Thống đốc|Thị trưởng|Tỉnh trưởng"
    rf"|Tổng Lãnh sự))(?![\w])(?!\s*[(,–-]?\s*[{UPPER}\d])"
)
"""`gửi lời chào mừng đến Ngài Tổng Lãnh sự`, `ngài Đại sứ rất quan tâm`: an office after the honorific `Ngài` with
no name after it is a person addressed by his office, the one the page named in full with it."""


def _title_mentions(doc: ArticleDoc, given: list[Span] | None = None) -> list[Span]:
    """`Ambassador X visited …`, then `During a working session with Governor Y, the ambassador and his host
    discussed …`: a bare office (`_BARE_TITLE`) after the one person the page gave that office is that person
    (`the diplomat`: the one diplomat; `the Thai Foreign Minister`: the one of Thailand); none when two people hold
    it (`the minister` between two ministers), unless all but one are named before it in its sentence (`Minh said the
    minister’s visit …`: the other one; with the one-word names in `given`)."""
    vietnamese = doc.article.lang != "en"
    bare = list((_BARE_TITLE_VI if vietnamese else _BARE_TITLE).finditer(doc.text))
    if vietnamese and "gài " in doc.text:  # (a cheap test first: `Ngài` is rare)
        bare += [m for m in _HONOURED_TITLE_VI.finditer(doc.text) if all(b.start("t") != m.start("t") for b in bare)]
    if not bare:
        return []  # (most pages: nothing to read, so none of the page's positions is gathered)
    english = {t.title_vi: t for t in doc.lexicon.gaz.titles}
    holders: dict[str, set[str]] = {}
    wider: dict[str, set[str]] = {}  # (`the minister` for a foreign minister, when the page names no plain minister)
    for rel in doc.relations.values():
        title = english.get(str(rel.properties.get(Prop.TITLE) or "")) if rel.type == RelType.HOLDS_POSITION else None
        if title is not None:
            holders.setdefault(title.title_en.lower(), set()).add(rel.source)
            for office in _offices_specialised(title.title_en.lower()):
                wider.setdefault(office, set()).add(rel.source)
            if title.kind == TitleKind.DIPLOMATIC:
                holders.setdefault("diplomat", set()).add(rel.source)
    first_at: dict[str, int] = {}
    for sp in doc.people:
        first_at.setdefault(sp.id, sp.end)
    # (a bare office the officials stage gave someone is read again here: `the Thai Foreign Minister` is not the
    # Vietnamese one named last)
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.places, *doc.orgs) if not sp.data.get("bare")]
    out = []
    for m in bare:
        word = " ".join(m.group("t").lower().split())
        if vietnamese:
            title = doc.lexicon.title(m.group("t"))
        else:
            title = doc.lexicon.title(" ".join(w.capitalize() for w in word.split())) if word != "diplomat" else None
        office = title.title_en.lower() if title is not None else word
        ids = holders.get(office) or wider.get(office, set())
        if word in _ANY_OFFICE:  # (`The Polish leader also met …`: whoever of that country the page named)
            if not m.group("adj"):
                continue
            ids = {sp.id for sp in doc.people if not sp.data.get("bare")}
        if m.groupdict().get("adj"):  # (`the Thai Foreign Minister`: the one of Thailand)
            ids = {pid for pid in ids if _country_of(doc, pid) == f"country:{DEMONYMS[m.group('adj')].lower()}"}
        if len(ids) > 1:
            ids = ids - _named_before_in_sentence(doc, m.start("t"), given or [])
        person = next(iter(ids)) if len(ids) == 1 else None
        if person is None or m.start("t") < first_at.get(person, len(doc.text)):
            continue
        if any(a < m.end("t") and m.start("t") < b for a, b in taken):
            continue
        out.append(Span(m.start("t"), m.end("t"), person, Label.OFFICIAL, m.group("t"), {"short": True}))
    return out


_RANK_WORDS = frozenset(("deputy", "vice", "prime", "assistant"))
"""Words that make another office of a title (`Deputy Minister`, `Prime Minister` are not a `minister`)."""


def _offices_specialised(title_en: str) -> list[str]:
    """The shorter offices a title specialises, which a bare office may stand for when the page gives no one that
    office itself (`Foreign Minister`, `Senior Minister` are each `the minister`; `Permanent Deputy Minister` is `the
    deputy minister`); not one a rank word makes another office (`Deputy Minister`, `Prime Minister` are no
    `minister`)."""
    words = title_en.split()
    out = []
    for cut in range(1, len(words)):
        if words[cut - 1] in _RANK_WORDS:
            break
        out.append(" ".join(words[cut:]))
    return out


def _named_before_in_sentence(doc: ArticleDoc, at: int, given: list[Span]) -> set[str]:
    """Who its sentence names before a bare office at `at`: `Minh expressed his belief that the minister’s visit …`,
    `Thủ tướng X cảm ơn Bộ trưởng …` between two ministers: the office is the other one (whom a sentence names, it
    calls `he` after, not by his office again)."""
    sentence = doc.sentences[doc.sentence_index(at)]
    named = [*doc.within(doc.people, sentence.start, at), *(g for g in given if sentence.start <= g.start < at)]
    return {p.id for p in named if not p.data.get("bare")}


_COUNTRY_ADJECTIVE_BEFORE = compile_gated(
    r"\b(?:the|The)\s+(?:visiting\s+|host\s+)?(?P<adj>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+(?:(?:deputy|vice)\s+)?$",
    re.I,
)


def _offices_of_another_country(doc: ArticleDoc) -> set[int]:
    """Where a bare office with a country's adjective (`the Australian Prime Minister visited …`) was read as an
    official of another country (the Vietnamese prime minister named last): that office is not his, whoever it is."""
    out = set()
    for sp in doc.people:
        if not sp.data.get("bare"):
            continue
        m = _COUNTRY_ADJECTIVE_BEFORE.search(doc.text, max(0, sp.start - 40), sp.start)
        adj = next((a for a in DEMONYMS if m is not None and a.lower() == m.group("adj").lower()), None)
        person = doc.entities.get(sp.id)
        iso = person.properties.get(Prop.COUNTRY) if person is not None else None
        own = _country_of(doc, sp.id) or (f"country:{str(iso).lower()}" if iso else None)
        if adj is not None and own is not None and own != f"country:{DEMONYMS[adj].lower()}":
            out.add(sp.start)
    return out


_LONE_WORD = re.compile(rf"([{UPPER}](?<![{UPPER}][^\W\d_]\s.)(?<![\w-].)[^\W\d_]+)(?![\w-])(?!\s[{UPPER}])")
"""A capitalised word with no capitalised word right after it (`Thanh said`, `Thanh’s trip`, not `Thanh Hoa`) and none
of two letters or more right before it (not `Ho Chi Minh`). Its look-behinds after its first capital, as
`lexicon.by_first_letter` writes words: tried only where a capital stands, not at every position of a page."""
