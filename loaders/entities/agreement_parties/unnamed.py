"""Sides no stage read, in English (`between WHA and Hung Yen Province`, `between PetroVietnam and JERA`) and a
signer's `với` object in Vietnamese (`A ký với Xaysavang hợp đồng …`): a capitalised name standing alone in a
party's slot becomes an organisation of its own.

Apart because it adds entities to the page, under narrow conditions; the slot forms and the partner lists both
call it."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.places import POSSESSIVE

# A capitalised name in a party's slot that no stage read (`MoU between WHA and Hung Yen Province`, `between
# the Port of Oakland and Long An port`): a body whose name has no head word the organisation stages know.
_UNNAMED_BODY = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|de|&)){0,5})"
    r"(?=\s*(?:$|,|;|\.|\(|\s+(?:and|to|on|in|for|at|with|which|that|signed|inked)\b))"
)
_NOT_A_BODY = re.compile(
    r"(?:Minister|Deputy|Vice|Governor|Chairman|Chairwoman|Chair|President|Director|Mayor|Ambassador|Secretary"
    r"|Prime|Premier|Mr|Mrs|Ms|Dr|Province|City|State|Governments?|Ministries|Authorities|Parliaments|Peoples"
    r"|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|The|This|That|These|Both|Each|Vietnamese|Vietnam|Viet)\b"
)
_BODY_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _with_unnamed_bodies(
    doc: ArticleDoc, start: int, end: int, named: list[Span], *, sides_read: int = 0
) -> list[Span]:
    """The parties of a `between` slot with the sides no stage read: a capitalised name standing alone between the
    slot's separators (`between WHA and Hung Yen Province`), or a name before a country that is a local company's
    (`between AMATA Vietnam and Phu Tho Province`, `Viettel Cambodia`), each kept as an organisation of its own.
    Only a name of at most six words that opens with no title, date or determiner word, and only when one other
    side was read (in the slot, or before it: `sides_read`, the signer of a `with`), or when the slot is two such
    names and nothing else (`between PetroVietnam and JERA`)."""
    text = doc.text
    pieces: list[tuple[int, int]] = []
    at = start
    for sep in _BODY_SEPARATOR.finditer(text, start, end):
        if any(sp.start <= sep.start() < sp.end for sp in named):
            continue  # `Ministry of Industry and Trade`: a separator inside a name read
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, end))
    found: list[tuple[Span, Span | None]] = []  # (the body, the country span it swallows)
    for a, b in pieces:
        inside = [sp for sp in named if a <= sp.start < b or sp.start <= a < sp.end]
        b = a + len(text[a:b].rstrip(" .,;"))
        a = b - len(text[a:b].lstrip())  # (`On Tuesday, A and B signed …`: the slot begins after the comma's space)
        country = inside[0] if len(inside) == 1 and inside[0].label == Label.COUNTRY and inside[0].end == b else None
        if inside and country is None:
            continue
        m = _UNNAMED_BODY.fullmatch(text, a, b)
        if m is None or _NOT_A_BODY.match(m.group("name")) or len(m.group("name")) < 3:
            continue
        if country is not None and m.start("name") >= country.start:
            continue  # the country alone
        name = m.group("name")
        org_id = f"org:{slug(name)}"
        found.append((Span(m.start("name"), m.end("name"), org_id, Label.ORGANIZATION, name), country))
    read = {sp.id for sp in named if not (sp.label == Label.COUNTRY and POSSESSIVE.match(text, sp.end))}
    both = len(found) == 2 and not named and not sides_read and len(pieces) == 2  # `between PetroVietnam and JERA`
    if not both and (len(found) != 1 or len(read) - (found[0][1] is not None) + sides_read != 1):
        return named  # (`Vietnam’s Ministry of …`: a possessive country qualifies the side it opens)
    for body, _ in found:
        doc.entity(
            body.id, Label.ORGANIZATION, body.text, properties={Prop.KIND: OrganizationKind.OTHER}, at=body.start
        )
    swallowed = {id(country) for _, country in found if country is not None}
    return sorted([*(sp for sp in named if id(sp) not in swallowed), *(b for b, _ in found)], key=lambda sp: sp.start)
