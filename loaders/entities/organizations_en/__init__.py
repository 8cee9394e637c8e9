"""Organisations in English text: the English counterpart of `organizations.find_organizations`.

Takes an `ArticleDoc` (lang `en`) with places found; fills `doc.orgs` and
`doc.main_ministry` and adds the same entities and relations the Vietnamese
stage adds, with the same ids, so that `Ministry of Industry and Trade`,
`MOIT` and `Bộ Công Thương` are one node, and `People's Government of
Guangxi Zhuang Autonomous Region` and `Chính quyền nhân dân Khu tự trị Quảng
Tây` are another.

How a name is read: English puts the head word last (`Asia-Africa Market
Department`, `Lao Cai Provincial People's Committee`) or first with an `of`
complement (`Ministry of Economy, Trade and Industry of Japan`, `Department
of Commerce of Yunnan Province`). From each capitalised head word the name
runs left over capitalised words (not over a title, a determiner or a
possessive: `Japan's Ministry …` is Japan's) and right over `of`/`for` and
capitalised words, with `and` and enumeration commas inside; it stops after
a place (the body's seat) and at a title. Gazetteer names (`MOIT`, `U.S.
Department of State`, `NOAA`) are taken as they are.

Ids meet the Vietnamese ones: a known name takes the gazetteer id; a known
ministry's name with another country is that country's ministry
(`org:bo-ngoai-giao-th`, the Vietnamese stage's id for `Bộ Ngoại giao Thái
Lan`); a provincial body is keyed by its kind and its province
(`org:chinh-quyen-cn-gx`, `org:ubnd-vn-02`, `org:tinh-uy-vn-02`), and a
province's `Department of X`, where X is a Vietnamese ministry's field, is
that province's `Sở` (`org:so-cong-thuong-vn-13`).
"""

from __future__ import annotations

from loaders.entities.organizations_en.companies import (
    _BANK_CUE,
    _BANK_IN_ONE_WORD,
    _DESCRIBED_COMPANY,
    _DESCRIBED_CUE,
    _DESCRIBED_REACH,
)
from loaders.entities.organizations_en.governments import _DEMONYM_GOVERNMENT, _GOVERNMENT_CUE
from loaders.entities.organizations_en.lowercase import (
    _JOINT_CUE,
    _LOWER_JOINT,
    _LOWER_MINISTRY,
    _LOWER_MISSION,
    _MINISTRY_CUE,
    _MISSION_CUE,
)
from loaders.entities.organizations_en.stage import find_organizations

__all__ = [
    "_BANK_CUE",
    "_BANK_IN_ONE_WORD",
    "_DEMONYM_GOVERNMENT",
    "_DESCRIBED_COMPANY",
    "_DESCRIBED_CUE",
    "_DESCRIBED_REACH",
    "_GOVERNMENT_CUE",
    "_JOINT_CUE",
    "_LOWER_JOINT",
    "_LOWER_MINISTRY",
    "_LOWER_MISSION",
    "_MINISTRY_CUE",
    "_MISSION_CUE",
    "find_organizations",
]
