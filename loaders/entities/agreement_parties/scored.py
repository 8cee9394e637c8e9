"""A learned last word on an agreement's parties: the bodies and places near it that the rules did not choose,
scored by a logistic regression trained on the real set's look gold, and added when they score above its threshold.

Why: the rule forms of `stage.parties` name a document's parties when its sentence has a shape they know; on pages
nobody here wrote a side is often named one sentence before, in the headline, or in a shape no form reads, and the
rules written for one page's wording did not transfer to unseen ones. The scorer weighs only general shapes (where a
candidate stands against the document's title and its signing verb, its kind, how often the page names it, whether
it took part in the signing), never a word of one article, so what it learned carries to other pages.

It runs after the agreements stage (it needs `doc.agreements`, their `PARTY_TO` and `SIGNED_AT` relations, the
places, organisations and people with their `HOLDS_POSITION`, the events' `ATTENDED` / `PARTICIPATED_IN`) and adds
`PARTY_TO` relations only. Its weights and threshold are `loaders/gazetteers/party_scorer.json`, written by
`scripts/train_party_scorer.py` (which says how to retrain them).
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass

from core.text import fold
from core.vocabulary import AgreementType, Label, OrganizationKind, Prop, RelType
from loaders.entities.agreement_parties.countries import body_country, two_main_countries
from loaders.entities.agreement_parties.mentions import party_ids
from loaders.entities.agreement_parties.round_table import add_round_table_sides
from loaders.entities.agreement_parties.spans import in_what_it_is_about
from loaders.entities.agreement_parties.states import meant_for_states
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.learned import GAZETTEERS, LinearScorer
from loaders.first_letters import compile_gated

WEIGHTS = GAZETTEERS / "party_scorer.json"

FEATURES: tuple[str, ...] = (
    "bias",
    "rule",  # the rules chose it
    "rule_none",  # the rules chose no party for this document
    "rule_one",  # the rules chose one party only
    "country",
    "province",
    "organisation",
    "kind_company",  # an organisation of these kinds (its `kind`): firms sign their own documents
    "kind_state_body",  # a government, ministry, department, provincial government or people's council
    "kind_party_body",  # a party or one of its committees
    "kind_embassy",  # an embassy or consulate: a host or a witness far more often than a signer
    "kind_association",
    "kind_international",
    "home_country",  # the page's own country (Việt Nam on a Vietnamese page)
    "country_of_a_body",  # a country whose body is also a candidate (the country and its ministry)
    "body_of_a_country",  # a body whose country is also a candidate
    "rule_two_sides",  # the rules' parties are of two countries or more
    "rule_sides_known",  # the country of at least one of the rules' parties is known
    "party_of_another",  # the rules made it a party of another document of the same sentence
    "same_side_as_rule",  # of the country of a party the rules chose (the ministry of a country already a party)
    "new_side",  # of a country none of the rules' parties is of
    "beside_unknown_sides",  # the rules chose parties of no known country (a bloc, a firm), and this one's is known
    "rule_countries_only",  # the rules chose countries only (the two sides of a plural, a meeting or a title)
    "body_for_a_country",  # a body or place, not a country, and the rules chose countries only: the side's signer?
    "body_in_sentence",  # such a body in the document's own sentence
    "body_signing",  # such a body that signed: a signer's body, the signing event's participant, its verb's subject
    "body_beside_bare_side",  # a body of a side the rules named only by its country or government (`sides_named_bare`)
    "bare_body_in_sentence",  # such a body in the document's own sentence
    "bare_body_signing",  # such a body that signed (a signer's body, the signing event's participant, the subject)
    "main_side",  # of one of the page's two main countries
    "page_main_only",  # one of the page's two main countries, a candidate only as such (named nowhere near)
    "second_side",  # the rules chose one party, and this one is of another country (the other side)
    "none_same_sentence",  # the rules chose none, and this one is in the document's sentence
    "none_main_side",  # the rules chose none, and this one is of a main country
    "same_sentence",
    "previous_sentence",
    "next_sentence",
    "headline_only",  # named only in the headline among the places read
    "far_before",  # named only two or three sentences before the document's (`Hai bên ký kết …` after the meeting's)
    "in_lead",  # named only in the article's first sentence, farther than the one before the document's
    "in_title",  # inside the document's title (`Bản ghi nhớ giữa A và B`)
    "before_head",  # in the same sentence, before the document's head
    "after_title",  # in the same sentence, after the document's title
    "after_with",  # right after `với` / `with`
    "in_between",  # after `giữa` / `between` in its sentence
    "dash_compound",  # one side of `A - B` / `A–B`
    "signing_subject",  # before a signing verb that comes before the head (`A và B đã ký …`)
    "official_body",  # the body of an official named in the document's sentence
    "event_participant",  # took part in the event the document was signed at
    "distance",  # words from the document's head, scaled (1 = 40 words or more)
    "mentions",  # how often the page names it, scaled
    "english",
)

_KINDS: dict[str, str] = {Label.COUNTRY: "country", Label.PROVINCE: "province"}
_ORG_KINDS: dict[str, str] = {
    OrganizationKind.COMPANY: "kind_company",
    OrganizationKind.GOVERNMENT: "kind_state_body",
    OrganizationKind.GOVERNMENT_BODY: "kind_state_body",
    OrganizationKind.MINISTRY: "kind_state_body",
    OrganizationKind.DEPARTMENT: "kind_state_body",
    OrganizationKind.PROVINCIAL_GOVERNMENT: "kind_state_body",
    OrganizationKind.PEOPLE_COUNCIL: "kind_state_body",
    OrganizationKind.PARTY: "kind_party_body",
    OrganizationKind.PARTY_COMMITTEE: "kind_party_body",
    OrganizationKind.EMBASSY: "kind_embassy",
    OrganizationKind.ASSOCIATION: "kind_association",
    OrganizationKind.INTERNATIONAL_ORG: "kind_international",
}
"""The organisation kinds the scorer tells apart (`OrganizationKind`; the rest, `other`, by none)."""
_NO_BODY_BESIDE_BARE = (
    OrganizationKind.GOVERNMENT,
    OrganizationKind.EMBASSY,
    OrganizationKind.PARTY,
    OrganizationKind.PARTY_COMMITTEE,
)
"""Bodies never added beside a side the rules named by its country or government (`sides_named_bare`): the
government is that side already, an embassy is a host or a witness far more often than a signer, and a party's
committee stands beside its state's or locality's body, not for it (`the Hanoi Party Committee` at a signing of the
city's)."""
_NEVER_A_SIDE_BESIDE = (OrganizationKind.EMBASSY, OrganizationKind.PARTY, OrganizationKind.PARTY_COMMITTEE)
"""Bodies never added as the known side beside parties of no known country (`beside_unknown_sides`): an embassy hosts
or witnesses, a party committee stands beside its state's body."""
_WITH = ("với ", "with ", "with the ")
_BETWEEN = ("giữa ", "between ")
_DASHES = ("-", "–", "—")
_FAR = -2
"""Where a mention stands two or three sentences before the document's (`_window_mentions`)."""
_LEAD = 3
"""Where a mention stands in the article's first sentence, farther than the one before the document's."""
_FARTHER = (_FAR, _LEAD)
_FAR_REACH = 3
"""How many sentences back the far window reads (the meeting's sentence, the event the document was signed at)."""
_SIGN = ("ký", "kí", "sign", "ink")
_NEIGHBOURS = {-1: "previous_sentence", 0: "same_sentence", 1: "next_sentence", _FAR: "far_before", _LEAD: "in_lead"}


@dataclass(slots=True)
class Candidate:
    """One (agreement, candidate party) pair with its named features."""

    agreement: str
    party: str
    features: dict[str, float]


Scorer = LinearScorer
"""The parties' scorer: a weight for each of `FEATURES` and the threshold on the probability."""


@functools.cache
def shipped_scorer() -> Scorer:
    """The scorer of the weights file (read once per process)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = data["weights"]
    return Scorer({name: float(weights[name]) for name in FEATURES}, float(data["threshold"]))


def add_scored_parties(doc: ArticleDoc, scorer: Scorer | None = None) -> None:
    """Each agreement's candidates the rules did not choose, added as parties when they score above the threshold."""
    if not doc.agreements:
        return
    scorer = scorer or shipped_scorer()
    chosen, participants = _read_relations(doc)
    at = {sp.id: sp.start for sp in reversed(doc.agreements)}
    for cand in candidates(doc, chosen, participants, only_eligible=True):
        if scorer.probability(cand.features) >= scorer.threshold:
            doc.relate(RelType.PARTY_TO, cand.party, cand.agreement, at=at[cand.agreement])
    _mention_implied_parties(doc, at)
    add_round_table_sides(doc)  # (after the scoring: what the scorer learned from is the rules' reading)


def _mention_implied_parties(doc: ArticleDoc, at: dict[str, int]) -> None:
    """A body the page never names itself, only through who signed (`Prime Minister X and Dutch Prime Minister Y
    signed …`: X's Government, known from the resolver), is mentioned where its document is: an entity with no
    mention is not written out, so the document would be left without that side. (Not a country a signer's
    nationality gave: written out, it was a country the page is not about in 4 of 4 look pages, and no document
    gained a side by it.)"""
    for rel_type, source, target in list(doc.relations):
        if rel_type != RelType.PARTY_TO or target not in at:
            continue
        ent = doc.entities.get(source)
        if ent is not None and ent.label == Label.ORGANIZATION and not ent.mentions:
            known = doc.lexicon.gaz.organizations.get(source)
            # (with the names the gazetteer knows it by: `Chính phủ Việt Nam` is also `Vietnam Government`)
            aliases = [known.name, *known.aliases] if known is not None else []
            doc.entity(source, ent.label, ent.name, aliases=aliases, at=at[target])


def eligible(features: dict[str, float]) -> bool:
    """A candidate the scorer may add: not the rules' already, and a side the rules' parties may miss: of a country
    none of them is of, any when they chose none, and any side of a known country when none of theirs is known (a
    bloc's agreement, `the Vietnam - EAEU FTA` read as the bloc alone). A body of a side already a party (`Việt Nam`
    beside its ministry, a signer's department beside the body he acts for) stays out, and so does a body of unknown
    country beside the rules' parties: made eligible in the 18th session, it took look's agreements 3 up but added
    wrong partners that users see (a university's own party committee, a ministry's second node), and moved no
    unseen page's agreements.

    Except where the rules chose countries only (`body_for_a_country`): those are mostly the page's two sides read
    from a plural (`hai bên đã ký`, `the two sides signed`) or from the meeting the document was signed at, and the
    bodies near it (the ministries that met, the firms of the sentence) are what the gold lists: in the 24th session's
    count, 65 of the 136 look misses paired with a wrong agreement of their type had a gold party read near it and
    refused here. A body or place of the document's own sentence, or one that signed (a signer's body, the signing
    event's participant), is then eligible, and the scorer weighs it (look agreements +5, check +3); not the signers
    of another document of the sentences around (`An MoU was signed between the two ministries. Both the countries
    also signed an agreement …`), nor a guest named only before or after (`tiếp Bộ trưởng Bộ Kinh tế Chile … hai bên
    cần sớm hoàn tất Hiệp định …`: the two states' document). The country stays
    beside its body: dropping it took look's agreements 62 down, because a gold `Bộ Công Thương Việt Nam` is matched
    by the country's name too."""
    # (never the rules' party of another document of the sentence: `ký Bản ghi nhớ … với B và Thỏa thuận … với C`
    # keeps B off the second; at the threshold 0.4 the scorer gave it back)
    if features["rule"] == 1.0 or features.get("party_of_another", 0.0) == 1.0:
        return False
    return (
        features["rule_none"] == 1.0
        or features.get("new_side", 0.0) == 1.0
        or features.get("beside_unknown_sides", 0.0) == 1.0
        or features.get("body_for_a_country", 0.0) == 1.0
        or features.get("body_beside_bare_side", 0.0) == 1.0
    )


def _read_relations(doc: ArticleDoc) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """In one pass over the relations: the parties the rules chose, by agreement, and each agreement's signing
    event's participants (bodies, and the bodies of the people who attended)."""
    chosen: dict[str, set[str]] = {}
    signed_at: dict[str, str] = {}
    by_event: dict[str, set[str]] = {}
    for rel_type, source, target in doc.relations:
        if rel_type == RelType.PARTY_TO:
            chosen.setdefault(target, set()).add(source)
        elif rel_type == RelType.SIGNED_AT:
            signed_at[source] = target
        elif rel_type == RelType.PARTICIPATED_IN:
            by_event.setdefault(target, set()).add(source)
    return chosen, {agreement: by_event.get(event, set()) for agreement, event in signed_at.items()}


def candidates(
    doc: ArticleDoc,
    chosen: dict[str, set[str]] | None = None,
    participants: dict[str, set[str]] | None = None,
    *,
    only_eligible: bool = False,
) -> list[Candidate]:
    """Every agreement's candidate parties (bodies and places of its sentence, the one before and after, the
    headline, and farther, two or three sentences before and the article's first: `far_before`, `in_lead`; its
    signing's participants; the rules' parties) with their features, in the page's order.

    `only_eligible` (what the extraction asks) leaves out, before their costlier features are computed, the
    candidates `eligible` refuses: about 99 in 100 of them. Training asks for all (the rules' choices teach too)."""
    if not doc.agreements:
        return []
    if chosen is None or participants is None:
        chosen, participants = _read_relations(doc)
    counts: dict[str, int] = {}
    for sp in (*doc.places, *doc.orgs):
        counts[sp.id] = counts.get(sp.id, 0) + 1
    main_ids = [c for c in two_main_countries(doc) if c in doc.entities]
    main = {body_country(doc, c) for c in main_ids} - {None}
    out: list[Candidate] = []
    seen: set[str] = set()
    for agreement in doc.agreements:
        if agreement.id in seen or agreement.id not in doc.entities:
            continue
        seen.add(agreement.id)
        out.extend(_of_agreement(doc, agreement, chosen, participants, counts, main, main_ids, only_eligible))
    return out


def _named_in(doc: ArticleDoc, pid: str, rule: set[str]) -> bool:
    """Whether a country candidate is named inside one of the rules' parties' own names (`the Vietnam-Laos Friendship
    Association`): that side is there already, though the body's country is not known, so the country is no side to
    add beside it."""
    if not pid.startswith("country:"):
        return False
    entity = doc.entities[pid]
    names = {n for n in (fold(a).replace(" ", "") for a in (entity.name, *entity.aliases)) if len(n) >= 4}
    held = [fold(doc.entities[r].name).replace(" ", "") for r in rule if r in doc.entities]
    return any(n in h for n in names for h in held)


def _parties_of_others(
    doc: ArticleDoc, agreement: Span, anchors: list[tuple[int, int]], chosen: dict[str, set[str]], reach: int = 0
) -> set[str]:
    """The rules' parties of the other documents named in this one's sentences (`reach` 1: or in the one before or
    after them)."""
    own = {doc.sentence_index(a) + d for a, _ in anchors for d in range(-reach, reach + 1)}
    out: set[str] = set()
    for other in doc.agreements:
        if other.id != agreement.id and doc.sentence_index(other.start) in own:
            out |= chosen.get(other.id, set())
    return out


def _anchors(agreement: Span) -> list[tuple[int, int]]:
    """Where the document's titles stand: each of its mentions' (a headline's and the body's), else its span."""
    spans: list[tuple[int, int]] = agreement.data.get("spans") or []
    return sorted({(a, b) for a, b in spans if 0 <= a < b}) or [(agreement.start, agreement.end)]


def _window_mentions(doc: ArticleDoc, anchors: list[tuple[int, int]]) -> list[tuple[int, Span, str, int]]:
    """The party mentions of the sentences of the document's mentions, of the one before and after each, of the
    headline, and of the far window (the two sentences before those, the article's first sentence), with their ids,
    where they stand (-1, 0, 1 against the nearest mention's sentence, 2 for the headline, `_FAR`, `_LEAD`) and the
    start of the title they are read against.

    Why the far window: a document signed `between the two sides` (`Hai bên đã ký …`) often follows the sentence of
    the meeting that names its sides by two or more sentences. Its candidates are only added to the near ones (a
    mention near the document wins over a far one, and the sides counted for `country_of_a_body` and the page's main
    countries are the near candidates'), so what the scorer read before is read the same; on look, retrained, it took
    agreements 1197 -> 1198 found (the check's unchanged)."""
    own = {doc.sentence_index(a): a for a, _ in reversed(anchors)}
    near: dict[int, tuple[int, int]] = {}
    for idx, start in own.items():
        for i in (idx - 1, idx + 1):
            if 0 <= i < len(doc.sentences) and i not in own:
                near.setdefault(i, (i - idx, start))
    for idx, start in own.items():
        near[idx] = (0, start)
    if 0 not in near:
        near[0] = (2, anchors[0][0])
    # (farther, read last: a document signed `between the two sides` whose sides the meeting's sentence or the
    # lead named)
    for idx, start in own.items():
        for i in range(idx - _FAR_REACH, idx - 1):
            if i >= 1 and i not in near:
                near[i] = (_FAR, start)
    if len(doc.sentences) > 1 and 1 not in near:
        near[1] = (_LEAD, anchors[0][0])
    found: list[tuple[int, Span, str, int]] = []
    for i in sorted(near):
        where, start = near[i]
        sentence = doc.sentences[i]
        for spans in (doc.places, doc.orgs, doc.people):
            for sp in doc.within(spans, sentence.start, sentence.end):
                if sp.label == Label.OFFICIAL and where != 0:
                    continue  # an official's body counts only in the document's own sentence
                for pid in party_ids(doc, sp):
                    if pid in doc.entities:
                        found.append((where, sp, pid, start))
    return found


def _of_agreement(
    doc: ArticleDoc,
    agreement: Span,
    chosen: dict[str, set[str]],
    participants: dict[str, set[str]],
    counts: dict[str, int],
    main: set[str | None],
    main_ids: list[str],
    only_eligible: bool,
) -> list[Candidate]:
    """The candidates of one agreement with their features (of the eligible ones only, if asked: `eligible` reads
    features computed first, so the rest are not computed for a candidate it refuses)."""
    rule = chosen.get(agreement.id, set())
    anchors = _anchors(agreement)
    others = _parties_of_others(doc, agreement, anchors, chosen)
    near_others = _parties_of_others(doc, agreement, anchors, chosen, reach=1)
    title_end = dict(anchors)
    best: dict[str, tuple[int, Span, int]] = {}
    from_official: set[str] = set()
    for where, sp, pid, start in _window_mentions(doc, anchors):
        if sp.label == Label.OFFICIAL:
            from_official.add(pid)
        have = best.get(pid)
        if have is None or _closer(where, sp, start, have):
            best[pid] = (where, sp, start)
    signing = participants.get(agreement.id, set())
    far = [pid for pid, (where, _, _) in best.items() if where in _FARTHER and pid not in rule | signing]
    ids = [pid for pid in best if pid not in far] + sorted((rule | signing) - set(best))
    page_only = [] if rule else [c for c in main_ids if c not in ids]
    # (a document no rule gives a side, on a page whose two main countries no sentence near it names: they are its
    # likeliest sides, weighed by the scorer with how often the page names them)
    ids += page_only
    near_ids = list(ids)  # (what the sides below are counted over: the far window only adds candidates)
    ids += [pid for pid in far if pid not in ids]
    side = {pid: body_country(doc, pid) for pid in ids}
    countries = {side[pid] for pid in near_ids if pid.startswith("country:")}
    body_countries = {side[pid] for pid in near_ids if not pid.startswith("country:")} - {None}
    rule_sides = {side[pid] for pid in rule if pid in side} - {None}
    countries_only = 1.0 if rule and all(pid.startswith("country:") for pid in rule) else 0.0
    doc_type = doc.entities[agreement.id].properties.get(Prop.TYPE)
    states = doc_type == AgreementType.PARTNERSHIP or meant_for_states(doc, anchors)
    # (a partnership is between states, localities or firms, never a ministry beside its country: the 244 of look's
    # gold list none)
    states = states or (countries_only == 1.0 and _countries_signed(doc, rule, anchors))
    body_sides = {side[pid] for pid in rule if not pid.startswith("country:")} - {None}
    bare_sides = {side[pid] for pid in rule if pid.startswith("country:")} - body_sides if body_sides else set()
    body_kinds = {doc.entities[pid].properties.get(Prop.KIND) for pid in rule if not pid.startswith("country:")}
    # (`MOIT and Russia signed …`: one side read as a body, the other as its bare country, whose body of the signing
    # is the side the gold lists, as for the two countries of a plural)
    bare = sides_named_bare(doc, rule, side)
    english = 1.0 if doc.article.lang == "en" else 0.0
    out: list[Candidate] = []
    for pid in ids:
        f: dict[str, float] = {"bias": 1.0, "english": english}
        f["rule"] = 1.0 if pid in rule else 0.0
        f["rule_none"] = 1.0 if not rule else 0.0
        f["rule_one"] = 1.0 if len(rule) == 1 else 0.0
        entity = doc.entities[pid]
        f[_KINDS.get(entity.label, "organisation")] = 1.0
        if (kind := _ORG_KINDS.get(str(entity.properties.get(Prop.KIND) or ""))) is not None:
            f[kind] = 1.0
        f["home_country"] = 1.0 if pid == doc.home_country or pid == VIETNAM else 0.0
        own = side[pid]
        f["country_of_a_body"] = 1.0 if pid.startswith("country:") and own in body_countries else 0.0
        f["body_of_a_country"] = 1.0 if not pid.startswith("country:") and own is not None and own in countries else 0.0
        f["rule_two_sides"] = 1.0 if len(rule_sides) >= 2 else 0.0
        f["rule_sides_known"] = 1.0 if rule_sides else 0.0
        f["party_of_another"] = 1.0 if pid in others else 0.0
        if pid not in rule and own is not None:
            f["same_side_as_rule"] = 1.0 if own in rule_sides else 0.0
            f["new_side"] = 1.0 if rule_sides and own not in rule_sides else 0.0
        beside = pid not in rule and rule and not rule_sides and own is not None and pid not in others
        if beside and not _named_in(doc, pid, rule) and entity.properties.get(Prop.KIND) not in _NEVER_A_SIDE_BESIDE:
            # (an embassy or a party committee beside a bloc or a firm: in look's count, 3 added, none right)
            f["beside_unknown_sides"] = 1.0  # (the signers of another document of the sentence are no side of it)
        f["rule_countries_only"] = countries_only
        in_sentence = pid in best and best[pid][0] == 0
        about = in_sentence and in_what_it_is_about(doc.text, best[pid][2], title_end[best[pid][2]], best[pid][1].start)
        signed = not about and (in_sentence or pid in signing or pid in from_official)
        if signed and in_sentence and pid not in from_official and _host_or_venue(doc, best[pid][1]):
            signed = False  # (`a festival organised jointly by the Indian Embassy … saw MOUs signed`: the host;
            # `a memorandum was exchanged at the Prime Minister's Office`: the venue)
        if signed and in_sentence and pid not in signing and _set_up(doc, best[pid][1]):
            signed = False  # (`the two sides establish a Joint Working Group …, negotiate and sign an MoU`: made)
        # (a body named where the title says what the document is about, `an agreement on the construction of the
        # Lao National Assembly building`, is no signer, though the signing's reader may list it as a participant)
        if (
            (countries_only or (own in bare_sides and entity.properties.get(Prop.KIND) in body_kinds))
            and signed
            and not states
            and pid not in rule
            and not pid.startswith("country:")
            and pid not in near_others
        ):
            # (a body named only before or after, `Thủ tướng tiếp Bộ trưởng Bộ Kinh tế Chile … hai bên cần sớm hoàn tất
            # Hiệp định …`, is the meeting's guest, not a signer of the two states' document)
            # (`An MoU was signed between the two ministries. Both the countries also signed an agreement …`: the
            # signers of the document just before are that one's, not bodies signing for this one's countries)
            f["body_for_a_country"] = 1.0
        elif (
            own in bare
            and pid not in rule
            and not pid.startswith("country:")
            and entity.properties.get(Prop.KIND) not in _NO_BODY_BESIDE_BARE
            and entity.label == Label.ORGANIZATION
            and doc_type != AgreementType.FTA
            and not states
            and not about
            and pid not in near_others
            and (signed or (pid in best and best[pid][0] in (-1, 1)))
            and not (pid in best and pid not in from_official and _host_or_venue(doc, best[pid][1]))
        ):
            # (an organisation only: a place named in the sentence around is where the talks were held far more often
            # than a signer)
            f["body_beside_bare_side"] = 1.0
        if only_eligible and not eligible(f):
            continue
        f["main_side"] = 1.0 if own is not None and own in main else 0.0
        f["second_side"] = f["rule_one"] * f.get("new_side", 0.0)
        f["none_main_side"] = f["rule_none"] * f["main_side"]
        f["page_main_only"] = 1.0 if pid in page_only else 0.0
        f["official_body"] = 1.0 if pid in from_official else 0.0
        f["event_participant"] = 1.0 if pid in signing else 0.0
        f["mentions"] = min(1.0, math.log1p(counts.get(pid, 0)) / 3.0)
        if pid in best:
            where, sp, start = best[pid]
            _slot(doc, f, where, sp, start, title_end[start])
        else:
            f["distance"] = 1.0
        f["none_same_sentence"] = f["rule_none"] * f.get("same_sentence", 0.0)
        if f.get("body_for_a_country"):
            f["body_in_sentence"] = f.get("same_sentence", 0.0)
            f["body_signing"] = max(f["official_body"], f["event_participant"], f.get("signing_subject", 0.0))
        if f.get("body_beside_bare_side"):
            f["bare_body_in_sentence"] = f.get("same_sentence", 0.0)
            f["bare_body_signing"] = max(f["official_body"], f["event_participant"], f.get("signing_subject", 0.0))
        out.append(Candidate(agreement.id, pid, f))
    return out


def sides_named_bare(doc: ArticleDoc, rule: set[str], side: dict[str, str | None]) -> set[str]:
    """The countries of the sides the rules named only by the country itself or its government (`Chính phủ Việt Nam`
    and `Bộ Kinh tế UAE`: Việt Nam's): where the page says a ministry or a firm of that country signed, that body is
    the side the gold lists (`when a body signs, list the body`), and the country's name beside it does not name it.
    Counted on the 32nd session's look files, 60 gold parties of 45 agreements were refused as "the same side" as
    the rules' parties, most beside a country or a government."""
    by_side: dict[str, list[str]] = {}
    for pid in rule:
        if (own := side.get(pid)) is not None:
            by_side.setdefault(own, []).append(pid)
    return {
        own
        for own, pids in by_side.items()
        if all(
            pid.startswith("country:") or doc.entities[pid].properties.get(Prop.KIND) == OrganizationKind.GOVERNMENT
            for pid in pids
        )
    }


def _countries_signed(doc: ArticleDoc, rule: set[str], anchors: list[tuple[int, int]]) -> bool:
    """Whether the countries the rules chose are each named in the sentence of one of the document's titles as who
    signed it, before the title with a signing verb between (`New Zealand and Việt Nam … by signing an Agriculture
    Cooperation Arrangement`, `Việt Nam và Lào đã ký …`): the page says the states signed, so the ministers at the
    ceremony signed for them and their bodies are no side of their own."""
    lower = doc.lower
    for start, _ in anchors:
        sentence = doc.sentence_of(start)
        named = {
            p.id
            for p in doc.within(doc.places, sentence.start, start)
            if p.id in rule and any(verb in lower[p.end : start] for verb in _SIGN)
        }
        if named == rule:
            return True
    return False


_ORGANISER = compile_gated(
    r"\b(?:co-?organi[sz]ed|organi[sz]ed|hosted|sponsored)\s+(?:jointly\s+)?by\s|\bunder\s+the\s+(?:aegis|auspices)\s+of\s"
    r"|\btổ chức bởi\s|\bdưới sự bảo trợ của\s",
    re.I,
)
_ORGANISER_REACH = 100  # characters before a body where the cue of the event's organisers may stand
_NOT_ORGANISERS = re.compile(r"[;:]|\b(?:signed|sign|inked|ký|with|với)\b", re.I)


_VENUE = re.compile(r"(?:\s|^)(?:[Aa]t|[Tt]ại|[Ởở])\s+(?:the\s+)?(?:trụ sở\s+)?(?:[A-ZĐ][\w'’]*\s+){0,3}$")
"""`exchanged at the Prime Minister's Office`, `ký tại trụ sở Bộ X`: where a document was signed, not who signed it
(also when the body's name read starts after capitalised words of the place's: `Prime Minister's [Office of …]`)."""


def _host_or_venue(doc: ArticleDoc, sp: Span) -> bool:
    """A body named as where the signing took place (`at the Prime Minister's Office of Vietnam`) or as the organiser
    of its event (`_organiser`)."""
    return bool(_VENUE.search(doc.text, max(0, sp.start - 50), sp.start)) or _organiser(doc, sp)


def _set_up(doc: ArticleDoc, sp: Span) -> bool:
    """Whether a body is named as what the sides are to establish (`the two sides establish a Joint Working Group on
    Mining, negotiate and sign a memorandum`, `thành lập Tiểu ban hợp tác … và ký`): a body still to be made signs
    nothing, whatever the sentence's signing verb; the scorer would otherwise weigh it as a signer beside the
    countries the rules chose."""
    return bool(_SET_UP.search(doc.text, max(0, sp.start - 40), sp.start))


_SET_UP = re.compile(
    r"\b(?:establish(?:es|ed|ing)?|set(?:s|ting)?\s+up|creat(?:e|es|ed|ing)|thành\s+lập|thiết\s+lập)\s+"
    r"(?:(?:a|an|the|new|joint|một)\s+)*$",
    re.I,
)


def _organiser(doc: ArticleDoc, sp: Span) -> bool:
    """Whether a body is named as the organiser, host or patron of the event a document was signed at (`the festival
    organised jointly by the Indian Embassy and Consulate General of India … under the aegis of the Ministry of
    External Affairs`): who holds the event is no signer of what is signed there. The cue may open a list of them;
    no signing verb nor `with` between."""
    sentence = doc.sentence_of(sp.start)
    lower = doc.lower
    begin = max(sentence.start, sp.start - _ORGANISER_REACH)
    cues = list(_ORGANISER.finditer(lower, begin, sp.start))
    return bool(cues) and not _NOT_ORGANISERS.search(lower, cues[-1].end(), sp.start)


def _closer(where: int, sp: Span, start: int, have: tuple[int, Span, int]) -> bool:
    """A mention in a sentence of the document before one elsewhere; else the one nearer the title it is read
    against."""
    if (where in _FARTHER) != (have[0] in _FARTHER):
        return have[0] in _FARTHER  # (a mention near the document before one only the far window reads)
    if (where == 0) != (have[0] == 0):
        return where == 0
    return abs(sp.start - start) < abs(have[1].start - have[2])


def _slot(doc: ArticleDoc, f: dict[str, float], where: int, sp: Span, start: int, end: int) -> None:
    """Where a mention stands against the document's title at `start`…`end`: its sentence, its slot, its distance
    (string tests only)."""
    f[_NEIGHBOURS.get(where, "headline_only")] = 1.0
    lower = doc.lower
    if where != 0:
        f["distance"] = 1.0
    else:
        gap = lower[min(sp.end, start) : max(sp.start, start)]
        f["distance"] = min(1.0, gap.count(" ") / 40.0)
        if start <= sp.start < end:
            f["in_title"] = 1.0
        elif sp.start < start:
            f["before_head"] = 1.0
            if any(verb in gap for verb in _SIGN):
                f["signing_subject"] = 1.0
        else:
            f["after_title"] = 1.0
        before = lower[max(doc.sentence_of(sp.start).start, sp.start - 60) : sp.start]
        if any(before.endswith(w) for w in _WITH):
            f["after_with"] = 1.0
        if any(w in before for w in _BETWEEN):
            f["in_between"] = 1.0
    after = doc.text[sp.end : sp.end + 3].lstrip()
    before_text = doc.text[max(0, sp.start - 3) : sp.start].rstrip()
    if after[:1] in _DASHES or before_text[-1:] in _DASHES:
        f["dash_compound"] = 1.0
