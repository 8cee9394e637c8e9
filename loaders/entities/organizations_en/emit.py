"""Writing one body: `_emit` gives the span its id and adds the Organization entity (a ministry's label too, its short
form as an alias) and, when the body is based somewhere, its place and `BASED_IN`.

Every way of keying a body (a province's, an embassy, a foreign counterpart, a name read) ends here, so it is one
function below them all."""

from __future__ import annotations

from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.places import add_place_entity


def _emit(
    doc: ArticleDoc,
    span: Span,
    org_id: str,
    name: str,
    kind: str,
    country: str | None,
    place: Span | None,
    aliases: list[str],
) -> None:
    if span.data.get("abbr"):
        aliases.append(span.data["abbr"])
    span.id = org_id
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        labels=[Label.MINISTRY] if kind == OrganizationKind.MINISTRY else [],
        aliases=aliases,
        properties={Prop.KIND: kind, Prop.COUNTRY: country, Prop.ABBR: span.data.get("abbr")},
        at=span.start,
    )
    if place is not None:
        add_place_entity(doc, place.data["entry"], None)
        doc.relate(RelType.BASED_IN, org_id, place.id, at=span.start)
