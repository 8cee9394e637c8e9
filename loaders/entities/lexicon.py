"""What the entity stages know, compiled once per process from the gazetteer.

One Aho-Corasick automaton over every gazetteer surface form (countries,
provinces, organisations), lowercased so that one pass finds them all; the
stages then check case and word boundaries. Titles get their own automaton
(case as written). Why automata and not regex alternations: Python's `re`
tries every alternative at every position, an automaton reads the text
once. Why cached module-level: building them costs tens of milliseconds,
and an `Extractor` is made per request in the API.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick

from core.text import fold, strip_diacritics
from core.vocabulary import Label, Prop
from loaders.gazetteer import Gazetteer, GazetteerEntry, Title, load_gazetteer
from loaders.letters import LOWER, UPPER

CHAMBER_HEADS = (
    "Phòng Thương mại và Công nghiệp",
    "Phòng thương mại và công nghiệp",
    "Phòng Thương mại và công nghiệp",  # (the first field capitalised, the second not: both spellings are seen)
    "Phòng Công nghiệp và Thương mại",
    "Phòng công nghiệp và thương mại",
    "Phòng Thương mại",
)
"""A chamber's fields (commerce, industry) in either order and the cases pages write them in: the head of a country's
chamber (spelled once: an organisation's head here, a seated head that keeps its country in the organisations' stage)."""

# Heads that start an organisation's name in Vietnamese (`Bộ Công Thương`, `Sở Công Thương Quảng Ninh`).
ORG_HEADS = (
    "Tổng công ty",
    "Công ty",
    "Tập đoàn",
    "Ngân hàng",
    "Tổng cục",
    "Chi cục",
    "Cục",
    "Vụ",
    "Văn phòng",
    "Bộ",
    "Sở",
    "Ủy ban nhân dân",
    "UBND",
    "Hội đồng nhân dân",
    "HĐND",
    "Ủy ban",
    "Chính quyền nhân dân",
    "Chính quyền",
    "chính quyền nhân dân",
    "chính quyền",
    "Khu ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng ủy",
    "Quận ủy",
    "Huyện ủy",
    "Thị ủy",
    "Ban",
    "Tổ chức",
    "Hiệp hội",
    "Hiệp Hội",
    "Tổng hội",
    "Phủ Tổng thống",
    "Hội đồng",
    "Liên đoàn",
    "Liên minh",
    *CHAMBER_HEADS,
    "Phòng thương mại",
    "Quân khu",
    "Quân đoàn",
    "chính phủ",
    "Hải quan",
    "Đảng",
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Tổng lãnh sự quán",
    "Lãnh sự quán",
    "ĐSQ",
    "Sứ quán",  # `Sứ quán Nhật Bản`: the embassy, its `Đại` left out as `ĐSQ` is an abbreviation
    "Sứ Quán",
    "TLSQ",
    "LSQ",
    "Thương vụ",
    "Viện",
    "Trung tâm",
    "Quỹ",
    "Cơ quan",
    "Tiểu ban",
    "Phân ban",
    "Tổ công tác",
    "Nhóm công tác",
    "Học viện",
    "Trường Đại học",
    "Đại học",
    "Chính phủ",
    "Nhóm Nghị sĩ",
    "Nhóm nghị sĩ",
    "Nhóm Nghị sỹ",
    "Nhóm nghị sỹ",
    "Quốc hội",
    "Nghị viện",
    "Thượng viện",
    "Hạ viện",
    "Bệnh viện",  # `Bệnh viện Chợ Rẫy`: a hospital, named as an institute is
    "Câu lạc bộ",  # `Câu lạc bộ Doanh nhân X`: a club, named as an association is
    "Nhà máy",  # `Nhà máy Thủy điện X`: a plant, which signs and hosts as its company does
    "Đồn Biên phòng",  # `Đồn Biên phòng Cửa khẩu X`: a border-guard post, a body of every border province
    "Chính hiệp",  # `Chính hiệp tỉnh X`: a Chinese province's political consultative conference, as its `Tỉnh ủy`
    "Hợp tác xã",  # `Hợp tác xã X`: a cooperative, which signs and hosts as a company does
    "Ban hành chính",  # `Ban hành chính tỉnh X`: a Cambodian province's administration, as our UBND
)
PROVINCIAL_HEADS = frozenset(
    {
        "Sở",
        "Ủy ban nhân dân",
        "UBND",
        "Chính quyền nhân dân",
        "Chính quyền",
        "chính quyền nhân dân",
        "chính quyền",
        "Khu ủy",
        "Tỉnh ủy",
        "Thành ủy",
        "Hội đồng nhân dân",
        "HĐND",
    }
)
"""Heads that name a body of a province: they are only an entity together with the province."""

# Honorifics before a name. Cambodian honours are chains of these words (`Samdech Akka Moha Ponhea Chakrei`,
# `Samdech Vibol Sena Pheakdei`, `Samdech Preah Akka Moha Sangharajadhipati`); military ranks of two words or an
# abbreviation (`Lt General`, `Sr Lt Gen`, `Major General`, `Army Chief General`; a bare `General` may begin
# `General Secretary` and is left to the titles).
_KHMER_HONORIFIC = (
    r"(?:Akka|Moha|Sena|Padei|Techo|Ponhea|Chakrei|Vibol|Pheakdei|Preah|Sangharajadhipati|Thipadei|Krolahom|Kralahom)"
)
_MILITARY_RANKS = [
    r"Senior (?:Lt\.?|Lieutenant) (?:Gen\.?|General|Col\.?|Colonel)",
    r"Sr\.? (?:Lt\.?|Lieutenant) (?:Gen\.?|General|Col\.?|Colonel)",
    r"Lt\.? (?:Gen\.?|General|Col\.?|Colonel)",
    r"Lieutenant (?:Gen\.?|General|Col\.?|Colonel)",
    r"Major (?:Gen\.?|General)",
    r"Maj\.? (?:Gen\.?|General)",
    r"Army Chief (?:General|Admiral|Marshal)",
    r"Navy Chief (?:General|Admiral|Marshal)",
    r"Air Chief (?:General|Admiral|Marshal)",
    # air force and other ranks, and their abbreviations as Thai and South Asian news writes them (`ACM X`)
    r"Air Vice[- ]Marshal",
    r"Air Marshal",
    r"Field Marshal",
    r"ACM",
    r"AVM",
    r"Brig(?:adier)?\.? (?:Gen\.?|General)",
    r"Adm\.",
    r"Gen\.",
    r"Colonel",
    r"Col\.",
    r"Admiral",
    r"Rear Admiral",
    r"Vice Admiral",
    # `General Prayut Chan-o-cha`: the rank alone, not the first word of a title or a body (`General Secretary`,
    # `General Department of …`)
    r"General(?! (?:Secretary|Department|Director|Directorate|Assembly|Staff|Consul|Manager|Administration"
    r"|Office|Confederation|Council|Committee|Inspectorate|Statistics|Corporation|Company|Association))",
    # Vietnamese ranks (`Đại tướng Phan Văn Giang`, `Thượng tướng X, Thứ trưởng Bộ Quốc phòng`): before a name, not
    # part of it
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Chuẩn Đô đốc",
    "Phó Đô đốc",
    "Đô đốc",
]


def by_first_letter(words: list[str], *, patterns: bool = False, not_after: str = r"\w") -> str:
    """`(?<!\\w)(?:w1|w2|…)` (the first that matches, in this order), written as one branch per first letter with
    the look-behind after that letter: a pattern that starts with a look-behind is tried at every position of a
    text, one whose branches start with letters only where those letters are (~5x faster over an article).
    The same matches: only the words with the letter found can match there, and they keep their order.
    `patterns`: the words are regular expressions already (after a literal first letter), not escaped here;
    `not_after`: the characters (a class's inside) no match may follow."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:] if patterns else re.escape(word[1:]))
    # the look-behind after the first letter: nothing of `not_after` before it (at the text's start there is none)
    behind = f"(?<!{not_after}.)" if not_after == r"\w" else f"(?<![{not_after}].)"
    return "(?:" + "|".join(f"{re.escape(c)}{behind}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


# (`Tengku` and `Tunku`, hereditary royal styles, are not here: Malaysian news names the bearer with them, `Tengku
# Zafrul`, so they are words of the name, not honours before it)
_HONORIFIC_FORMS = [
    "Ông",
    "ông",
    "Bà",
    "bà",
    "Ngài",
    "ngài",
    "Đồng chí",
    "đồng chí",
    r"Mr\.?",
    r"Mrs\.?",
    r"Ms\.?",
    r"Dr\.?",
    r"H\.E\.?",
    r"HE(?=\s+[A-Z][a-z])",  # (`ambassador to Viet Nam HE Karl …`: His Excellency, without its stops)
    "Comrade",
    "Crown Prince",
    "Prince",
    "Princess",
    "Sir",
    "Madame",
    "Madam",
    r"Datuk\s+Seri",
    r"Dato'?\s+Seri",
    r"Dato’\s+Seri",
    "Tan Sri",
    "Datuk",
    "Dato'?",
    "Dato’",
    "Datin",
    rf"Samdech(?: {_KHMER_HONORIFIC})*",
    "Lok Chumteav",
    "Oknha",
    # Indian honorifics (`Chief Minister Sri. Pinarayi Vijayan`, `Shri X`, `Smt. X`); `Sri` only with its full stop,
    # as it begins names too (`Sri Mulyani Indrawati`)
    r"Sri\.",
    r"Shri\.?",
    r"Smt\.",
    r"the Hon(?:ourable|orable|\.)?",  # (`Senator the Hon Mark Byrne`: Australian news)
    r"The Hon(?:ourable|orable|\.)?",
    "His Excellency",
    "Her Excellency",
    "Excellency",
    "His Royal Highness",
    "His Highness",
    "Her Royal Highness",
    "Her Highness",
    "Royal Highness",
    "Highness",
    r"Assoc(?:iate)?\.? Prof\.?",
    # Vietnamese academic styles (`Giáo sư X`, `GS.TS Y`, `PGS.TS Z`, `Tiến sĩ W`)
    "Phó Giáo sư",
    "Giáo sư",
    "giáo sư",
    "Tiến sĩ",
    "tiến sĩ",
    r"GS\.(?:TSKH|TS)?\.?",
    r"PGS\.(?:TS)?\.?",
    # a lawyer's or an engineer's style before the name (`Advocate X`, `Engr. Y`, `Atty. Z`), as South and South-East
    # Asian news writes it
    "Advocate",
    r"Engr\.",
    r"Atty\.",
    r"Prof\.?",
    "Professor",
    "Hoàng tử",
    "Hoàng thân",
    "Thái tử",
    *_MILITARY_RANKS,
]
"""The honorifics (and ranks) in the order they are tried, each written from a letter of its own (`Ông`, `ông`;
`His Excellency`, `Her Excellency`, `Excellency`): then the pattern's branches all begin with a letter, and a scan
of a text jumps from one of those letters to the next instead of trying the forty forms at every word's start
(~4x faster over an article). The look-behind goes after that letter, as in `by_first_letter`."""
assert all(form[0].isalpha() for form in _HONORIFIC_FORMS)
HONORIFICS = re.compile(by_first_letter(_HONORIFIC_FORMS, patterns=True) + r"\s+(?=[" + UPPER + "])")
"""One branch per first letter (`by_first_letter`, the forms being patterns), its forms in their order inside it: a letter no
form begins with is passed over at once, where each of the ninety forms' branches was tried in turn (a scan of an
article and a match at a word's start about twice as fast; the same matches, as only the forms of the letter found
can match there and they keep their order)."""

MYANMAR_STYLES = re.compile(
    r"(?:U(?<![\w.'’\-].)|D(?<![\w.'’\-].)aw) +(?=[A-Z][a-z])"
)  # (letter first: by_first_letter)
"""Myanmar's styles before every adult's name in English news (`U` for a man, `Daw` for a woman): Burmese names
have no family name, so the style is how news addresses the person, not a word of the name (`Union Minister U Kyaw
Win`). English text only: in Vietnamese, `U` begins places' names (`U Minh`, `U Đôm Xay`), and Vietnamese news
styles a Burmese minister `ông`, as it does everyone."""

PERSON_INITIALS = re.compile(
    rf"(?<![\w.'’])(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?:[A-Z]h?|Ts)\.(?: ?(?:[A-Z]h?|Ts)\.)* ?[{UPPER}][{LOWER}]"
)
"""A person's name opening with initials, each with its full stop (`J.Bayarmaa`, `M. Akimov`, `R.Kh. Mardanov`,
`A. L. Ratnapala`; `U.S.` and its like are countries' abbreviations): no place's or body's name goes on with one
(`Phó Thủ tướng Liên bang Nga M.Akimov`, `Chủ nhiệm Ủy ban Chính sách Xã hội L.Enkhnasan`), so where one follows a
place or a body, that name has ended and a person's begins."""

# Capitalised function words that open sentences and never start a name.
NOT_NAME_START = frozenset(
    [
        "Tại",
        "Theo",
        "Về",
        "Với",
        "Trong",
        "Đây",
        "Đó",
        "Hai",
        "Ba",
        "Các",
        "Những",
        "Một",
        "Khi",
        "Sau",
        "Trước",
        "Ngoài",
        "Bên",
        "Cùng",
        "Nhân",
        "Đối",
        "Việc",
        "Để",
        "Nhằm",
        "Hiện",
        "Thời",
        "Năm",
        "Tháng",
        "Ngày",
        "Sáng",
        "Chiều",
        "Tối",
        "Phía",
        "Ông",
        "Bà",
        "Ngài",
        "Đồng",
        "Tuy",
        "Nhưng",
        "Và",
        "Hoặc",
        "Nếu",
        "Thì",
        "Như",
        "Cũng",
        "Đặc",
        "Đáng",
        "Chúng",
        "Tôi",
        "Hội",
        "Lễ",
        "Kết",
        "Phát",
        "Tổng",
        "Chủ",
        "Thứ",
        "Phó",
        "Bí",
        "Đại",
        "Giám",
        "Trưởng",
        "Thủ",
        "Ủy",
        "Bộ",
        "Vụ",
        "Cục",
        "Sở",
        "Nhóm",  # a group's name (`Nhóm Hữu nghị`), never a person's
        "By",  # a byline (`By Lee Jon-young`), not the first word of a name
        "Radio",  # a station's name after a frequency band (`VOV FM Radio …`: `FM` is also the Foreign Minister)
    ]
)


@dataclass(frozen=True, slots=True)
class Surface:
    form: str
    entry: GazetteerEntry
    ambiguous: bool


_HYPHENATED_PREFIXES = ("Vice ", "Deputy ")
"""English title words a title's next word may be joined to by a hyphen as well as a space (`Vice-Chairman`,
`Deputy-Governor`)."""
_RANK_GENERAL = re.compile(r"\b(Director|Secretary|Consul|Attorney|Inspector|Auditor|Commissioner)([ -])General\b")
"""`General` after a rank, joined by a hyphen or a space (`Director General`, `Secretary-General`)."""


def _other_spellings(form: str) -> list[str]:
    """The spellings of an English title whose words a page joins by a hyphen or a space as it pleases (`Vice
    Chairman` / `Vice-Chairman`, `Director General` / `Director-General`): one title, however the outlet spells it,
    where the gazetteer lists one spelling."""
    out = []
    if form.startswith(_HYPHENATED_PREFIXES):
        out.append(form.replace(" ", "-", 1))
    respelt = _RANK_GENERAL.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " ") + "General", form)
    if respelt != form:
        out.append(respelt)
    return out


def _in_lower_after_first(form: str) -> str | None:
    """A Vietnamese title as pages often write it, its words after the first in lowercase (`Phó bí thư thường trực`,
    `Phó Chủ tịch Thường trực` → `Phó chủ tịch thường trực`): one title however the outlet capitalises it. The body a title names stays as written, from the word that
    begins it on (`Phó bí thư Tỉnh ủy`, `Bộ trưởng Bộ Ngoại giao`: the body is read by its own name after the title),
    and so do words in capitals (`UBND`); None when nothing changes."""
    words = form.split(" ")
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if any(rest == head or rest.startswith(head + " ") for head in ORG_HEADS):
            break
        if not (words[i].isupper() and len(words[i]) > 1):
            words[i] = words[i].lower()
    lowered = " ".join(words)
    return lowered if lowered != form else None


class Lexicon:
    """The compiled gazetteer: the automaton, the title pattern, surnames, ministries by folded name."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.automaton = ahocorasick.Automaton()
        buckets: dict[str, list[Surface]] = {}
        for listed, entry, ambiguous in gaz.surface_forms():
            if len(listed) < 2:
                continue
            curly = listed.replace("'", "’") if entry.label != Label.ORGANIZATION else listed
            for form in {listed, curly}:  # a place's name as pages type it too (`Lao People’s Democratic Republic`)
                bucket = buckets.setdefault(form.lower(), [])
                if not any(s.entry.id == entry.id and s.form == form for s in bucket):
                    bucket.append(Surface(form, entry, ambiguous))
        for key, bucket in buckets.items():
            self.automaton.add_word(key, tuple(bucket))
        self.automaton.make_automaton()
        self.surnames = frozenset(gaz.surnames)
        # English text writes Vietnamese family names without marks (`Nguyen`, `Tran`).
        self.plain_surnames = self.surnames | {strip_diacritics(s) for s in gaz.surnames}
        self.titles: dict[str, Title] = {}
        # The English title (`Deputy Minister`) is a form like the aliases; where several titles share an English
        # form (`Director General`), the one listed first in titles.csv (the government one) keeps it.
        for title in gaz.titles:
            for form in (title.title_vi, title.title_en, *title.aliases):
                if form:
                    self.titles.setdefault(form, title)
                    self.titles.setdefault(form[0].upper() + form[1:], title)
                for spelling in _other_spellings(form) if form else ():
                    self.titles.setdefault(spelling, title)
                lowered = _in_lower_after_first(form) if form and not form.isascii() else None
                if lowered:
                    self.titles.setdefault(lowered, title)
        self.title_automaton = ahocorasick.Automaton()
        for form in self.titles:
            self.title_automaton.add_word(form, form)
        if self.titles:
            self.title_automaton.make_automaton()
        # A Vietnamese title of two words or more however a page capitalises it after its first letter (`Quốc Vụ
        # khanh`, `Trưởng Đoàn`, `Giám đốc Điều hành`), by its lowercased form: pages capitalise words of a title
        # at will, and a title not read let the name before it run on into it (`ông X - Quốc Vụ khanh`).
        self.title_automaton_any_case = ahocorasick.Automaton()
        for form in self.titles:
            if " " in form and not form.isascii() and form.lower() not in self.title_automaton_any_case:
                self.title_automaton_any_case.add_word(form.lower(), form)
        if len(self.title_automaton_any_case):
            self.title_automaton_any_case.make_automaton()
        self.ministries = {
            fold(n): e
            for e in gaz.organizations.values()
            if Label.MINISTRY in e.extra_labels
            for n in (e.name, *e.aliases)
        }
        # The provinces' seats the gazetteer keeps inside their provinces (`Nam Ninh`, Guangxi's), folded: a city the
        # text places abroad is never one of them (`cities.find_foreign_cities`).
        self.capitals = frozenset(fold(str(c)) for e in gaz.provinces.values() if (c := e.properties.get("capital")))
        # Every ministry key's first words (`bo`, `bo cong`, `bo cong thuong`): a run of words that begins none of
        # them can be read no further (`officials._ministry_shorthand`).
        self.ministry_prefixes = frozenset(
            " ".join(words[:i]) for key in self.ministries for words in [key.split()] for i in range(1, len(words) + 1)
        )
        # (a head ends at a space, or at a comma or full stop when it is a whole name: `Phó Bí thư Tỉnh ủy, …`)
        self.org_head_re = re.compile(by_first_letter(sorted(ORG_HEADS, key=len, reverse=True)) + r"(?=[\s,.;:)])")

    @functools.cached_property
    def province_spellings(self) -> dict[tuple[int, str], dict[str, frozenset[GazetteerEntry]]]:
        """Every province's (at home and abroad) plain names and aliases of six letters or more, folded, by length
        and first letter: what a misspelt name after its cue is compared with (`places._misspelt_provinces`)."""
        buckets: dict[tuple[int, str], dict[str, set[GazetteerEntry]]] = {}
        for entry in self.gaz.provinces.values():
            for form in (entry.name, *entry.aliases):
                key = fold(form).replace("-", " ")
                if len(key) >= 6 and form not in entry.ambiguous_aliases:
                    buckets.setdefault((len(key), key[0]), {}).setdefault(key, set()).add(entry)
        return {b: {k: frozenset(v) for k, v in forms.items()} for b, forms in buckets.items()}

    @functools.cached_property
    def bare_city_names(self) -> tuple[tuple[GazetteerEntry, tuple[str, ...]], ...]:
        """The Vietnamese provinces named `… City` / `Thành phố …` whose name without that word is no form of theirs
        (`Ho Chi Minh`, `Hồ Chí Minh`: a person's name as well), with those bare names
        (`places._city_by_its_bare_name`)."""
        out = []
        for entry in self.gaz.provinces.values():
            if entry.properties.get(Prop.COUNTRY) != "VN":
                continue
            english = str(entry.properties.get("name_en") or "")
            bare = [
                name
                for name in (english.removesuffix(" City"), entry.name.removeprefix("Thành phố "))
                if name not in (english, entry.name) and name not in entry.aliases
            ]
            if bare:
                out.append((entry, tuple(dict.fromkeys(bare))))
        return tuple(out)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Lexicon per process; names repeat across articles
    def find(self, name: str, label: str | None = None) -> list[GazetteerEntry]:
        """`Gazetteer.find`, cached."""
        return self.gaz.find(name, label)

    def title(self, form: str) -> Title | None:
        return self.titles.get(form)

    def find_titles(self, text: str) -> dict[int, TitleMatch]:
        """Title mentions by start offset: whole words, leftmost-longest (`Phó Thủ tướng`, not `Thủ tướng`)."""
        if not self.titles:
            return {}
        found = []
        n = len(text)
        for end_idx, form in self.title_automaton.iter(text):
            start, end = end_idx + 1 - len(form), end_idx + 1
            if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            found.append((start, -end, form))
        found.extend(self._titles_in_any_case(text))
        found.sort()
        out: dict[int, TitleMatch] = {}
        last_end = -1
        for start, neg_end, form in found:
            if start >= last_end:
                out[start] = TitleMatch(start, -neg_end, form)
                last_end = -neg_end
        return out

    def _titles_in_any_case(self, text: str) -> list[tuple[int, int, str]]:
        """(start, -end, form) of the Vietnamese titles written with more capitals than any form listed, their
        first letter one (a lowercase run is prose, not a title: `giám đốc điều hành` stays the lowercase stage's; a
        headline in capitals is no title; a capital dropped is the title and a body, `Bộ trưởng bộ Kinh tế`)."""
        lowered = text.lower()
        if len(lowered) != len(text) or not len(self.title_automaton_any_case):
            return []  # (a letter whose lowercase is longer: offsets would not match)
        out, n = [], len(text)
        for end_idx, form in self.title_automaton_any_case.iter(lowered):
            start, end = end_idx + 1 - len(form), end_idx + 1
            if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            written = text[start:end]
            if written in self.titles or not written[0].isupper() or written.isupper():
                continue
            if any(f.isupper() and not w.isupper() for f, w in zip(form, written, strict=True)):
                continue  # (a capital of the title's dropped: `Bộ trưởng bộ Kinh tế` is the title and a body)
            out.append((start, -end, form))
        return out


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found in the text (the `re.Match` methods the stages use)."""

    begin: int
    finish: int
    form: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, _: int = 0) -> str:
        return self.form


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(load_gazetteer())
