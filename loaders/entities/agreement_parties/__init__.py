"""Who is party to an agreement: read from the clause around its head, in the forms real news uses.

Called by `agreements.find_agreements` for each agreement mention; reads the
spans the earlier stages found (organisations, places, people with their
`HOLDS_POSITION`) and gives entity ids. In order, the first that names
anyone wins:

1. `giữa A và B` / `between A and B` in the title, or right after it
   (`… được ký giữa A và B`, `signed between A and B`, `signed by A and B`);
2. two or more parties named in the title itself (`Viet Nam – Australia …`,
   `Hiệp định … Việt Nam - Lào`);
3. English relative signers (`the action plan that MOIT and MOTIE signed`);
4. the clause of the signing verb: its subject (`A và B đã ký …`, `A ký với
   B …`, `A and B signed a memorandum …`, `Authorities of A and B held a
   signing ceremony for …`) and its `với`/`with` object, before or after the
   head (`A signed a memorandum of understanding with B`);
5. a plural that stands for the article's two sides (`giữa hai nước`,
   `between the two governments`, `hai bên`): the two countries the article
   is about, or the two sides of its main meeting.

After the agreements stage, `scored.add_scored_parties` (run by the pipeline) adds the candidates a learned
scorer ranks above its threshold: sides named a sentence before, in the headline or in a shape no form above reads.

A person named as a signer stands for the body they hold a position at
(`Bộ trưởng … Moon Sung-wook đã ký … với Bộ trưởng … Nguyễn Hồng Diên`). A
provincial government is a party together with its province. A country
right after a comma only qualifies the party before it (`tỉnh Sơn Đông,
Trung Quốc`).
"""

from __future__ import annotations

from loaders.entities.agreement_parties.countries import (
    body_country,
    one_province_of,
    only_two_countries,
    two_localities,
    two_main_countries,
)
from loaders.entities.agreement_parties.localities import city_committee, two_cities
from loaders.entities.agreement_parties.meeting import main_event_sides
from loaders.entities.agreement_parties.mentions import party_ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.partners import after_partner, partner_list
from loaders.entities.agreement_parties.spans import SUBJECT, clause_end, party_ids_between
from loaders.entities.agreement_parties.stage import parties
from loaders.entities.agreement_parties.states import (
    commission_named,
    government_level_states,
    session_record,
    sides_of_a_session,
    states_of,
)
from loaders.entities.agreement_parties.subjects import delegation_body, sentence_subject

__all__ = [
    "SUBJECT",
    "after_partner",
    "body_country",
    "city_committee",
    "clause_end",
    "commission_named",
    "delegation_body",
    "government_level_states",
    "main_event_sides",
    "one_province_of",
    "only_two_countries",
    "outermost",
    "parties",
    "partner_list",
    "party_ids",
    "party_ids_between",
    "sentence_subject",
    "session_record",
    "sides_of_a_session",
    "states_of",
    "two_cities",
    "two_localities",
    "two_main_countries",
]
