"""Head words and the kinds they give: `Ministry`, `Department`, `Committee`, `Embassy`, `Corporation`, the legal
forms of companies abroad (`Co., Ltd`, `GmbH`, `Tbk`), the pattern that finds a head in the text, and the sets of
heads the rules treat apart (a state's bodies, legislatures, heads written first, the heads of missions and of
bodies based abroad).

The table is the one list of what names a body in English; kept apart so that a new head is added in one place."""

from __future__ import annotations

import re

from core.vocabulary import OrganizationKind
from loaders.entities.lexicon import by_first_letter
from loaders.letters import UPPER

_KIND_BY_HEAD: dict[str, str] = {
    "Ministry": OrganizationKind.MINISTRY,
    "Department": OrganizationKind.DEPARTMENT,
    "Agency": OrganizationKind.GOVERNMENT_BODY,
    "Administration": OrganizationKind.GOVERNMENT_BODY,
    "Authority": OrganizationKind.GOVERNMENT_BODY,
    "Bureau": OrganizationKind.GOVERNMENT_BODY,
    "Office": OrganizationKind.GOVERNMENT_BODY,
    "Directorate": OrganizationKind.GOVERNMENT_BODY,
    "Commission": OrganizationKind.GOVERNMENT_BODY,
    "Committee": OrganizationKind.GOVERNMENT_BODY,
    "Sub-Committee": OrganizationKind.GOVERNMENT_BODY,  # `Joint Sub-Committee on Trade`: a joint committee's own
    "Sub-committee": OrganizationKind.GOVERNMENT_BODY,  # body, named as a whole (not `Committee on Trade` after its
    "Subcommittee": OrganizationKind.GOVERNMENT_BODY,  # dash); the press writes it in three ways
    "Sub-Commission": OrganizationKind.GOVERNMENT_BODY,
    "Sub-commission": OrganizationKind.GOVERNMENT_BODY,
    "Council": OrganizationKind.GOVERNMENT_BODY,
    "Secretariat": OrganizationKind.GOVERNMENT_BODY,
    "Government": OrganizationKind.GOVERNMENT,
    "Association": OrganizationKind.ASSOCIATION,
    "Federation": OrganizationKind.ASSOCIATION,
    "Chamber": OrganizationKind.ASSOCIATION,
    "Corporation": OrganizationKind.COMPANY,
    "Group": OrganizationKind.COMPANY,
    "Company": OrganizationKind.COMPANY,
    "Bank": OrganizationKind.COMPANY,
    "Limited": OrganizationKind.COMPANY,
    "Berhad": OrganizationKind.COMPANY,
    "Bhd": OrganizationKind.COMPANY,
    "Holdings": OrganizationKind.COMPANY,
    "University": OrganizationKind.OTHER,
    "Universiti": OrganizationKind.OTHER,
    "Universitas": OrganizationKind.OTHER,
    "Université": OrganizationKind.OTHER,
    "Universidad": OrganizationKind.OTHER,
    "Universität": OrganizationKind.OTHER,
    "École": OrganizationKind.OTHER,
    "Ecole": OrganizationKind.OTHER,
    "Academy": OrganizationKind.OTHER,
    "Institute": OrganizationKind.OTHER,
    "Institution": OrganizationKind.OTHER,  # `the Turkish Standards Institution`
    "Centre": OrganizationKind.OTHER,
    "Center": OrganizationKind.OTHER,
    "Organization": OrganizationKind.INTERNATIONAL_ORG,
    "Organisation": OrganizationKind.INTERNATIONAL_ORG,
    "Embassy": OrganizationKind.EMBASSY,
    "Consulate General": OrganizationKind.EMBASSY,
    "Consulate-General": OrganizationKind.EMBASSY,
    "Consulate": OrganizationKind.EMBASSY,
    "Service": OrganizationKind.GOVERNMENT_BODY,
    "Board": OrganizationKind.GOVERNMENT_BODY,
    "Confederation": OrganizationKind.ASSOCIATION,
    "Union": OrganizationKind.ASSOCIATION,
    "Party": OrganizationKind.PARTY,
    "Congress": OrganizationKind.GOVERNMENT_BODY,
    "Parliament": OrganizationKind.GOVERNMENT_BODY,
    "Assembly": OrganizationKind.GOVERNMENT_BODY,
    "Senate": OrganizationKind.GOVERNMENT_BODY,
    # a parliament's chambers named with `of` (`the UK House of Commons`, `Japan's House of Councillors`)
    "House of Representatives": OrganizationKind.GOVERNMENT_BODY,
    "House of Commons": OrganizationKind.GOVERNMENT_BODY,
    "House of Lords": OrganizationKind.GOVERNMENT_BODY,
    "House of Councillors": OrganizationKind.GOVERNMENT_BODY,
    "College": OrganizationKind.OTHER,
    "School": OrganizationKind.OTHER,
    "Front": OrganizationKind.ASSOCIATION,
    "Army": OrganizationKind.GOVERNMENT_BODY,
    "Alliance": OrganizationKind.ASSOCIATION,
    "League": OrganizationKind.ASSOCIATION,
    "Club": OrganizationKind.ASSOCIATION,
    "Foundation": OrganizationKind.OTHER,
    "Fund": OrganizationKind.OTHER,
    "Airlines": OrganizationKind.COMPANY,
    "Airways": OrganizationKind.COMPANY,
    "Railways": OrganizationKind.COMPANY,  # `X Railways`, as `X Airlines`: what only an operator is called
    "Port": OrganizationKind.COMPANY,  # `Port of X`, `X International Port`: a port's operator, as the press names it
    "Cooperative": OrganizationKind.COMPANY,
    "Co., Ltd": OrganizationKind.COMPANY,
    "Co. Ltd": OrganizationKind.COMPANY,
    "Co., Ltd.": OrganizationKind.COMPANY,
    "Co. Ltd.": OrganizationKind.COMPANY,
    "Inc.": OrganizationKind.COMPANY,
    "JSC": OrganizationKind.COMPANY,
    # legal forms of companies abroad (a bare one, with no name before it, names nothing: `the AG`, `(SA)`)
    "Inc": OrganizationKind.COMPANY,
    "Ltd": OrganizationKind.COMPANY,
    "Ltd.": OrganizationKind.COMPANY,
    "Pte Ltd": OrganizationKind.COMPANY,
    "Pte. Ltd.": OrganizationKind.COMPANY,
    "Pty Ltd": OrganizationKind.COMPANY,
    # the legal forms written without stops, as the Thai and Malaysian press does (`Siam Cement Public Co Ltd`)
    "Co Ltd": OrganizationKind.COMPANY,
    "Public Co Ltd": OrganizationKind.COMPANY,
    "Public Company Limited": OrganizationKind.COMPANY,
    "Co.,Ltd": OrganizationKind.COMPANY,
    "Co.,Ltd.": OrganizationKind.COMPANY,
    "Co": OrganizationKind.COMPANY,  # `Hyundai Motor Co`, `Hyundai Motor Co.`: the company, its form cut short
    "Co.": OrganizationKind.COMPANY,
    "Corp.": OrganizationKind.COMPANY,
    "Corp": OrganizationKind.COMPANY,  # `Oil and Natural Gas Corp (ONGC)`: the wires' short form without its stop
    "Joint Venture": OrganizationKind.COMPANY,
    "Petroleum": OrganizationKind.COMPANY,  # `X Petroleum`: what only an oil company is called, as `X Airlines`
    "Technologies": OrganizationKind.COMPANY,  # `X Technologies`, `X Utilities`: what only a company is called
    "Utilities": OrganizationKind.COMPANY,  # `X Energy Joint Venture (XEJV)`: a company of partners
    # what only a company is called as its name's last word (`X Heavy Industries`, `X Rubber`), as `X Petroleum`;
    # after `and` a field of a longer name (`Chambers of Commerce and Industries`), see `_FIELD_HEADS`
    "Industries": OrganizationKind.COMPANY,
    "Chemicals": OrganizationKind.COMPANY,
    "Rubber": OrganizationKind.COMPANY,
    "LLC": OrganizationKind.COMPANY,
    "PLC": OrganizationKind.COMPANY,
    "plc": OrganizationKind.COMPANY,
    "GmbH": OrganizationKind.COMPANY,
    "AG": OrganizationKind.COMPANY,
    "SA": OrganizationKind.COMPANY,
    "S.A.": OrganizationKind.COMPANY,
    "S.A": OrganizationKind.COMPANY,  # `X S.A and Y`: the form as Latin American wires write it, its last stop dropped
    "Plc": OrganizationKind.COMPANY,  # `X Bank Plc`: the form in the case Cambodian and British papers write it
    "Coast Guard": OrganizationKind.GOVERNMENT_BODY,  # `the Philippine Coast Guard`: a state's maritime service
    "Conservatory": OrganizationKind.OTHER,  # `X City Conservatory`: a school of music, as an academy is
    "Conservatoire": OrganizationKind.OTHER,
    "N.V.": OrganizationKind.COMPANY,
    "B.V.": OrganizationKind.COMPANY,
    "S.p.A.": OrganizationKind.COMPANY,
    "Tbk": OrganizationKind.COMPANY,
    "Movement": OrganizationKind.INTERNATIONAL_ORG,  # `the Non-Aligned Movement`: states joined under one name
    "Coalition": OrganizationKind.ASSOCIATION,  # `the US Business Coalition for TPP`: members joined for a cause
    "Command": OrganizationKind.GOVERNMENT_BODY,  # `the United States Indo-Pacific Command`: a military command
    "Stock Exchange": OrganizationKind.COMPANY,  # `the Rosario Commodity Exchange`: a market's operator (not
    "Commodity Exchange": OrganizationKind.COMPANY,  # `Exchange` alone, which names programmes: `Cultural Exchange`)
    "Commodities Exchange": OrganizationKind.COMPANY,
}
_LEGAL_FORMS = frozenset(
    {"Co., Ltd", "Co. Ltd", "Co., Ltd.", "Co. Ltd.", "Inc.", "JSC", "Inc", "Ltd", "Ltd.", "Pte Ltd", "Pte. Ltd."}
    | {"Pty Ltd", "Co Ltd", "Public Co Ltd", "Public Company Limited", "Co.,Ltd", "Co.,Ltd.", "LLC", "PLC", "plc"}
    | {"GmbH", "AG", "SA", "S.A.", "S.A", "Plc", "N.V.", "B.V.", "S.p.A.", "Tbk", "Limited", "Berhad", "Bhd"}
)
"""Heads that are a company's legal form, which the press also leaves out (`X Utilities` for `X Utilities Pte Ltd`)."""
# A head followed by another capitalised head word is inside the longer name (`Party Committee`, `Union Ministry`).
_HEAD = re.compile(
    by_first_letter(sorted(_KIND_BY_HEAD, key=len, reverse=True), not_after=r"\w'’")
    + r"(?![\w-])(?!['’](?![sS]\b))(?! (?:"
    + "|".join(map(re.escape, _KIND_BY_HEAD))
    + r"|Central|Standing|Executive)\b)"
)
_LAST_WORD_HEADS = frozenset({"Port"})
"""Heads that name a body only as its last word: before a capitalised word they are a city's (`Port Vila`) or a
document's (`a Strategic Port Partnership`)."""
_STATE_KINDS = frozenset(
    {
        OrganizationKind.MINISTRY,
        OrganizationKind.DEPARTMENT,
        OrganizationKind.GOVERNMENT_BODY,
        OrganizationKind.GOVERNMENT,
        OrganizationKind.EMBASSY,
    }
)
"""Bodies of a state, which a country's adjective before them qualifies (`the Cambodian Ministry of …`)."""
_SEATED = frozenset({"Chamber", "Association", "Office", "Council"})
"""Heads of bodies of one country's businesses in another, whose name says where (`… Association in Vietnam`, `Thai
Business Council in Vietnam`)."""
_LEGISLATURES = frozenset(
    {"Parliament", "Senate", "Congress", "House of Representatives", "House of Commons", "House of Lords"}
    | {"House of Councillors", "Coast Guard"}
)
"""A country's legislature, named by its adjective as a ministry is (`the German Parliament`, `the Thai Senate`); so
its coast guard (`the Indonesian Coast Guard`): bodies a country has one of, which its adjective alone names."""
_STATE_BODIES = frozenset({OrganizationKind.MINISTRY, OrganizationKind.DEPARTMENT, OrganizationKind.GOVERNMENT})
_HEAD_FIRST = frozenset({"Universiti", "Universitas", "Université", "Universidad", "Universität", "École", "Ecole"})
"""Heads of languages that put them first, the name's words after them (`Universiti Kebangsaan Malaysia`)."""
_MISSION_KEYS = {
    "Consulate General": "tong-lanh-su-quan",
    "Consulate-General": "tong-lanh-su-quan",
    "Consulate": "lanh-su-quan",
}
"""Keys of diplomatic missions as the Vietnamese stage keys them (`Tổng lãnh sự quán` …); an embassy's is `dai-su-quan`."""
_ON_HEADS = frozenset(
    {"Committee", "Commission", "Council", "Sub-Committee", "Sub-committee", "Subcommittee", "Sub-Commission"}
    | {"Sub-commission"}
)
"""Heads whose complement may be a subject after `on` (`Joint Committee on Cooperation in Industry …`)."""
_FIELD_HEADS = frozenset({"Industries", "Chemicals", "Rubber", "Utilities", "Technologies", "Petroleum"})
"""Company heads that are also fields a longer name lists (`Federation of … Chambers of Commerce and Industries`,
`Ministry of Climate, Energy and Utilities`, `Ministry of Mines and Petroleum`, `… of Information and Communication
Technologies`): after `and` they go on the name before them, never begin another body."""
_HEAD_IN_RUN = re.compile(
    rf"(?:[{UPPER}][\w'’&\-]* ){{0,4}}(?:"
    + "|".join(h for h in _KIND_BY_HEAD if h not in _FIELD_HEADS)
    + r")(?![\w'’\-])(?! of\b| for\b)"
)
"""A run of capitalised words ending with a body's head (`Central Group`): after `and`, another body, not a field."""
