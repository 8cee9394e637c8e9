"""What the page tells of itself that rules all over the stage ask: its home country's code, the one foreign
country it names most, whether a person's name is Vietnamese, where the titles before a name start.

Small questions with one answer per page, kept apart so that the chain, the resolver and the rules on bodies
ask them the same way."""

from __future__ import annotations

from core.vocabulary import Label, Prop
from loaders.entities.doc import VIETNAM, ArticleDoc, Span


def _iso(qualifier: Span | None) -> str | None:
    """The ISO code of a country qualifier (None for none, or for a body)."""
    return (
        qualifier.data["entry"].properties.get(Prop.ISO2)
        if qualifier is not None and qualifier.label == Label.COUNTRY
        else None
    )


def _the_foreign_country(doc: ArticleDoc) -> Span | None:
    """The one foreign country an article names most (strictly), with its first mention."""
    counts: dict[str, list[Span]] = {}
    for p in doc.places:
        if p.label == Label.COUNTRY and p.id != doc.home_country and p.id != VIETNAM:
            counts.setdefault(p.id, []).append(p)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[0]) == len(ranked[1])):
        return None
    return ranked[0][0]


def _vietnamese_name(doc: ArticleDoc, pid: str) -> bool:
    """Whether a person's name begins with a Vietnamese family name (a title with no body written is then one of
    our own bodies' titles; `Minister Cho Tae-yul` in a Korean outlet's page is not)."""
    name = doc.entities[pid].name.split() if pid in doc.entities else []
    if any("-" in word for word in name[1:]):
        return False  # `Kim Dong-yeon`, `Lee Jae-myung`: a Korean given name, whatever its family name
    return bool(name) and (name[0] in doc.lexicon.surnames or name[0] in doc.lexicon.plain_surnames)


def _title_start_before(doc: ArticleDoc, name_start: int) -> int:
    """Where the title chain before a name starts (the name's own start when none stands right before it)."""
    starts = [t.start() for t in doc.titles.values() if t.end() < name_start and name_start - t.end() <= 40]
    return min(starts) if starts else name_start


def _home_iso(doc: ArticleDoc) -> str | None:
    return doc.home_country.split(":")[1].upper() if doc.home_country else None
