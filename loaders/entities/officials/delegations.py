"""The body of the delegation a person leads: where a role names no body of its own (or only a generic one, `Hội
đồng thành phố`), the body whose delegation its holder leads is where he holds it.

News introduces a visiting leader by the delegation first and the leader after (`Đoàn đại biểu châu X do đồng chí
Y, Bí thư Châu ủy làm Trưởng đoàn`, `đoàn công tác của Ban A do ông Y, Phó Trưởng ban Thường trực dẫn đầu`, `the
delegation from B City Council led by its member Z`): the title after the name is written short because the body
was just named. A delegation is one body's (or one locality's) people, so its leader is that body's official; this
is read in every language and for every kind of body, not only a province's head (`provinces._led_province`)."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span

_LED_BY = re.compile(
    r"(?:(?<!\w)do|dẫn đầu (?:là|bởi)|(?<!\w)(?:led|headed) by)\s+"
    r"(?:(?:đồng chí|ông|bà|[Nn]gài|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?)\s+|(?:its|their) [a-z\-]+\s+)?$"
)
"""The words right before a delegation's leader (his name, or the title before it): `do ông`, `dẫn đầu là`, `led by
its member`. Asked only in a short window before a name, never over the page."""

_DELEGATION = re.compile(r"(?<!\w)(?:[Đđ]oàn|[Dd]elegations?)(?!\w)")
_REACH = 160  # characters between the delegation's word and its leader: the delegation's own words
_LEAD_WINDOW = 40


def led_body(doc: ArticleDoc, at: int, title_start: int) -> Span | None:
    """The body (an organisation, else a province) whose delegation the person named at `at` leads, when the words
    before his name or before the title written before it say he leads it (`… do ông`, `… led by`) and a
    delegation's word of the same sentence names the body before them; None otherwise. A country is no answer (a
    country's delegation has people of many bodies: its leader's own is his title's)."""
    text = doc.text
    for pos in dict.fromkeys((at, title_start)):
        led = _LED_BY.search(text, max(0, pos - _LEAD_WINDOW), pos)
        if led is None:
            continue
        delegations = list(_DELEGATION.finditer(text, max(0, led.start() - _REACH), led.start()))
        if not delegations:
            return None
        word = delegations[-1]
        if doc.sentence_index(word.start()) != doc.sentence_index(pos):
            return None
        orgs = [o for o in doc.within(doc.orgs, word.end(), led.start()) if o.end <= led.start() and o.id]
        if orgs:
            return orgs[0]  # (the delegation's own body; a later one qualifies it)
        before = next((o for o in reversed(doc.orgs) if o.end in (word.start() - 1, word.start()) and o.id), None)
        if before is not None and word.group(0).lower().startswith("delegation"):
            return before  # `a Yongin City Council delegation led by …`
        provinces = [p for p in doc.within(doc.places, word.end(), led.start()) if p.label == Label.PROVINCE and p.id]
        return provinces[0] if provinces else None
    return None


def generic_body(doc: ArticleDoc, org: Span) -> bool:
    """Whether a role's body is written by its kind only (`Hội đồng thành phố`, `Ủy ban tỉnh`): its node's words
    after the first all lowercase and no place named in it, so it says whose it is no more than the title does (a
    bare `HĐND tỉnh` is no such body: the organisations stage read it as the page's province's)."""
    ent = doc.entities.get(org.id)
    words = (ent.name if ent is not None else org.text).split()
    return (
        len(words) >= 2 and all(w[:1].islower() for w in words[1:]) and not doc.within(doc.places, org.start, org.end)
    )
