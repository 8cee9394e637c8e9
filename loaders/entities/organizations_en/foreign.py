"""Embassies and missions, and other countries' counterparts: a country's embassy or consulate keyed as the Vietnamese
stage keys it (`org:dai-su-quan-kr`, `-in-<seat>` in a third country), and a known Vietnamese ministry's name written
with another country (`Ministry of Foreign Affairs of Thailand`, `the Singaporean Ministry of …`) as that country's
ministry.

Kept apart from keying the other bodies because these are keyed by a country, not by a name or a province."""

from __future__ import annotations

from core.text import slug
from core.vocabulary import OrganizationKind, Prop
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations_en.codes import _code, _country
from loaders.entities.organizations_en.emit import _emit
from loaders.entities.organizations_en.heads import _MISSION_KEYS
from loaders.entities.organizations_en.owners import _foreign_owner
from loaders.gazetteer import GazetteerEntry


def _add_embassy(doc: ArticleDoc, span: Span, country: Span, seat: Span | None) -> None:
    """`the Korean Embassy in Vietnam`, `Embassy of Vietnam in Korea`: a country's embassy, keyed as the Vietnamese
    stage keys it (`org:dai-su-quan-kr`, and `-in-<seat>` for one in a third country), so that the ambassador's post
    and the embassy named in either language meet. The home of the sources (Việt Nam) seats the country's embassy."""
    code = _code(country)
    home = doc.home_country or VIETNAM  # (the sources are Vietnamese news: an embassy there is the embassy)
    key = _MISSION_KEYS.get(span.data.get("head") or "", "dai-su-quan")
    in_home = seat is not None and (
        seat.id == home or (key == "dai-su-quan" and f"country:{(_country(seat) or '').lower()}" == home)
    )  # (`Japan's Embassy in Hanoi` is Japan's embassy; a consulate is one of several, its city says which)
    abroad = seat is not None and not in_home and seat.id != country.id
    org_id = f"org:{key}-{code}" + (f"-in-{_code(seat)}" if seat is not None and abroad else "")
    if seat is None and span.data.get("city"):  # keyed by the city's name, as the Vietnamese stage keys one
        org_id += "-in-" + slug(span.data["city"])
    written = " ".join(doc.text[min(country.start, span.start) : span.end].split())  # (with its adjective)
    _emit(doc, span, org_id, written, OrganizationKind.EMBASSY, _country(country), seat if abroad else country, [])


def _written_as_foreign(doc: ArticleDoc, lex: Lexicon, span: Span, entry: GazetteerEntry) -> bool:
    """`the Singaporean Ministry of Industry and Trade`: a known body's name written with another country before it
    is that country's body (emitted here, True); else False and the known entry stands."""
    owner = _foreign_owner(doc, lex, span, entry) if span.data.get("place") is None else None
    if owner is None:
        return False
    _add_foreign_counterpart(doc, span, entry, owner)
    return True


def _add_foreign_counterpart(doc: ArticleDoc, span: Span, entry: GazetteerEntry, place: Span) -> None:
    """`Ministry of Foreign Affairs of Thailand`: the Vietnamese ministry's name with another country is that
    country's ministry, keyed as the Vietnamese stage keys `Bộ Ngoại giao Thái Lan`."""
    org_id = f"org:{slug(entry.name)}-{_code(place)}"
    place_entry: GazetteerEntry = place.data["entry"]
    vi_name = f"{entry.name} {place_entry.name}"
    _emit(
        doc,
        span,
        org_id,
        vi_name,
        entry.properties.get(Prop.KIND) or OrganizationKind.OTHER,
        _country(place),
        place,
        [span.text],
    )
