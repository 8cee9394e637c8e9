"""The `caption` an Agreement node carries for Neo4j Browser.

Why the writer stores it (and why here, apart from the rows): the Browser's style sheet
(`cypher/browser/style.grass`) can draw only a stored property inside a node's small circle, so the
caption has to be on the node; and an Agreement's name is a long title (`Biên bản ghi nhớ hợp tác giữa
…`), while two agreements of one day captioned `MoU 2024` cannot be told apart. The caption is the
kind, the partner and the date (`MoU Hải Nam 2024-08-18`). What it says is data (`AGREEMENT_SHORT`, the
ranks below); `graph.rows` only asks for it while building an entity's properties.
"""

from __future__ import annotations

from typing import Any

from core.vocabulary import AgreementType, Label, Prop, RelType
from loaders.models import ArticleExtraction, Entity

AGREEMENT_SHORT: dict[str, str] = {
    AgreementType.MOU: "MoU",
    AgreementType.AGREEMENT: "Agreement",
    AgreementType.ACTION_PLAN: "Action plan",
    AgreementType.FTA: "FTA",
    AgreementType.PARTNERSHIP: "Partnership",
    AgreementType.OTHER: "Document",
}
"""How each agreement type starts its caption."""
CAPTION_CHARS = 32
"""What fits in the Browser's circle at its default size."""
HOME_COUNTRY = "VN"
"""Whose side is not the partner: the ministry's own country."""
PARTNER_RANK: dict[str, int] = {Label.PROVINCE: 0, Label.COUNTRY: 1}
"""Which party names the partner first: a province, then a country, then organisations and anything else."""


def _country_of(entity: Entity) -> str | None:
    props = entity.properties
    return str(props.get(Prop.ISO2) or props.get(Prop.COUNTRY) or "").upper() or None


def agreement_partners(extraction: ArticleExtraction) -> dict[str, str]:
    """For each agreement of an article, the name of its partner: the party that is not Vietnamese (a
    province before a country before an organisation, the shortest name first), else any party.

    Why: two agreements of one day were both captioned `MoU 2024` in the Browser and could not be told
    apart; the partner is what tells them apart (MOIT is a party of most of them)."""
    entities = {e.id: e for e in extraction.entities}
    parties: dict[str, list[Entity]] = {}
    for relation in extraction.relations:
        if relation.type == RelType.PARTY_TO and relation.source in entities:
            parties.setdefault(relation.target, []).append(entities[relation.source])
    partners = {}
    for agreement, sides in parties.items():
        foreign = [e for e in sides if _country_of(e) not in (None, HOME_COUNTRY)]
        pool = foreign or [e for e in sides if _country_of(e) is None] or sides
        best = min(pool, key=lambda e: (PARTNER_RANK.get(e.label, 2), len(e.name), e.id))
        partners[agreement] = str(best.properties.get(Prop.ABBR) or best.name)
    return partners


def with_caption(entity: Entity, label: str, partner: str | None = None) -> dict[str, Any]:
    """An Agreement's properties plus its `caption` (see the module); any other entity's unchanged.
    Without a known type, the caption is the title's first words."""
    if label != Label.AGREEMENT:
        return entity.properties
    props = entity.properties
    kind = AGREEMENT_SHORT.get(str(props.get(Prop.TYPE)), "")
    date = str(props.get(Prop.DATE) or "")
    if not kind:
        text = entity.name
        caption = text if len(text) <= CAPTION_CHARS else text[: CAPTION_CHARS - 1].rstrip() + "…"
        return {**props, Prop.CAPTION: caption}
    room = CAPTION_CHARS - len(kind) - (len(date) + 1 if date else 0) - 1
    who = _shorten(partner or "", room) if room > 3 else ""
    caption = " ".join(x for x in (kind, who, date) if x)
    return {**props, Prop.CAPTION: caption}


def _shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word when possible, with `…` when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–") + "…"
