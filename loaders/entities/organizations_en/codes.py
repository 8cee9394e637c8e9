"""A place's country and code as a body's id and properties carry them (`org:bo-ngoai-giao-th`, `…-vn-13`).

At the bottom: reading a name, keying a body and writing it all ask these of the places the stages read."""

from __future__ import annotations

from core.vocabulary import Label, Prop
from loaders.entities.doc import Span


def _code(place: Span) -> str:
    """A place's code in a body's id: its ISO code, else (a city a country's subdivisions hold, no ISO code of its
    own) its id's (`jp-city-x`): `org:city-chamber-…-` had been the id of every such city's chamber."""
    props = place.data["entry"].properties
    code = props.get(Prop.ISO2) or props.get("iso")
    return str(code).lower() if code else place.id.partition(":")[2]


def _country(place: Span) -> str | None:
    props = place.data["entry"].properties
    iso = props.get(Prop.ISO2) if place.label == Label.COUNTRY else props.get(Prop.COUNTRY)
    return str(iso) if iso else None
