"""Organisations: ministries, departments, provincial bodies, parties, companies, international bodies.

Takes an `ArticleDoc` with places found; adds `doc.orgs`, Organization
entities (ministries also `Ministry`), `PART_OF` (a department to its
ministry), `BASED_IN` (to the province or country in the name).

How a name is read: a head word (`Bộ`, `Vụ`, `Cục`, `Sở`, `Công ty`…) then
the words of the name: capitalised words always, a few lowercase ones
(`Vụ Phát triển thị trường nước ngoài`), `và` only before another
capitalised word (`Bộ Nông nghiệp và Phát triển nông thôn`, but not `Bộ Công
Thương và Bộ Ngoại giao`). The name stops at punctuation, a function word, a
title, a person's name, the start of another known organisation, and right
after a place (`Sở Công Thương Quảng Ninh`, `Bộ Ngoại giao Hoa Kỳ`). A name
the gazetteer knows takes its id (`org:moit`); a known ministry followed by a
foreign country is that country's ministry (`org:bo-ngoai-giao-us`); others
get `org:<slug>`, with the country's or province's code in place of the
place name so `Bộ Ngoại giao Mỹ` and `Bộ Ngoại giao Hoa Kỳ` meet.
"""

from __future__ import annotations

from loaders.entities.organizations.abbreviations import abbreviation_mentions, short_form_before
from loaders.entities.organizations.entity import add_org_entity
from loaders.entities.organizations.merge import one_node_per_body
from loaders.entities.organizations.ministries import _main_ministry, fields_end_at, fields_then_place
from loaders.entities.organizations.people import vietnamese_syllable
from loaders.entities.organizations.stage import body_of_title, find_organizations

__all__ = [
    "_main_ministry",
    "abbreviation_mentions",
    "add_org_entity",
    "body_of_title",
    "fields_end_at",
    "fields_then_place",
    "find_organizations",
    "one_node_per_body",
    "short_form_before",
    "vietnamese_syllable",
]
