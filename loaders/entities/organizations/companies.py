"""Companies: a company's legal form, where its name ends, its kind word after the name, a word or field joined by
a dash inside its name, and companies listed after a plural (`các tập đoàn … như Jetro, Erex`).

Kept apart so that the company rules can be read and grown together, below the reader that calls them."""

from __future__ import annotations

import itertools
import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import HONORIFICS, Lexicon
from loaders.entities.organizations.ministries import fields_end_at
from loaders.entities.organizations.people import person_starts, romanised_holder_at, vietnamese_syllable
from loaders.entities.organizations.words import _CAP_TOKEN, _LEGAL_FORM, _QUANTIFIER, _TOKEN, _VI_LEGAL_FORM
from loaders.first_letters import compile_gated

_SUCH_AS = re.compile(r"n(?<!\w.)hư:? ")
"""`như` before a list, with or without a colon (`nhiều doanh nghiệp lớn như: X, Y, Z`)."""
_COMPANIES_BEFORE = compile_gated(
    r"(?<!\w)(?:tập đoàn|doanh nghiệp|công ty|hãng|ngân hàng|nhà đầu tư)(?:,? [^\W\d_A-ZĐ]\w*| của| [A-ZĐ]\w*){0,20},? $"
)
"""The plural of companies a list follows, and up to twenty words that describe them (`các tập đoàn công nghệ, tổ
chức hàng đầu thế giới trong lĩnh vực bán dẫn và AI tại Hoa Kỳ như …`, `doanh nghiệp Hà Lan hiện đang kinh doanh có lãi
ở Việt Nam như …`): words only, no figure and no stop between the plural and `như`."""
_COMPANIES_REACH = 150
"""How far before `như` the plural is looked for (twenty words of description)."""
_DESCRIBED_ITEM = re.compile(r" \([^()\n]{1,80}\)")
"""A bracket after a listed company (`FrieslandCampina (chuyên sản xuất các mặt hàng bơ sữa), PAN Group …`): what it
does, or its short form; the list goes on after it."""
_LISTED = re.compile(r"[A-ZĐ][\w&\-]*(?: [A-ZĐ\d][\w&\-]*){0,3}")
_LISTED_JOIN = re.compile(r"\.?(?:, | và |/)")
"""What joins two listed companies: a comma, `và`, or a slash between a company and its brand (`X Limited/Y LNG`);
after a legal form's full stop too (`X Inc., Y`)."""


def _listed_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies listed after `như` by a plural of companies (`các tổ chức, tập đoàn kinh tế của Nhật Bản, như
    Jetro, Erex`): each a company, of the country named before; not a place, a person, a known or read body."""
    text = doc.text
    out: list[Span] = []
    for m in _SUCH_AS.finditer(text):
        plural = _COMPANIES_BEFORE.search(text, max(0, m.start() - _COMPANIES_REACH), m.start())
        if plural is None:
            continue
        country = next((p for p in doc.within(doc.places, plural.start(), m.start()) if p.label == Label.COUNTRY), None)
        pos = m.end()
        while (item := _LISTED.match(text, pos)) is not None:
            start, end = item.start(), item.end()
            known = next((k for k in doc.known_orgs if k.start == start), None)
            taken = [*found, *out, *doc.known_orgs]
            if known is not None:
                end = known.end  # `như Jetro, Erex`: a known body is an item of the list, which goes on after it
            elif (
                any(sp.start < end and start < sp.end for sp in taken)
                or any(p.start <= start < p.end for p in doc.places)
                or doc.title_at(start)
                or person_starts(lex, text, start)
                or lex.org_head_re.match(text, start)
            ):
                break
            else:
                if text.startswith(".", end) and _FOREIGN_FORMED.fullmatch(text, start, end + 1):
                    end += 1  # `X Power Inc., Y`: the legal form's full stop is the name's, the comma the list's
                out.append(
                    Span(
                        start, end, "", Label.ORGANIZATION, text[start:end], {"head": "Công ty", "country_of": country}
                    )
                )
            described = _DESCRIBED_ITEM.match(text, end)
            join = _LISTED_JOIN.match(text, described.end() if described is not None else end)
            if join is None:
                break
            pos = join.end()
    return out


_FOREIGN_FORMED = re.compile(
    r"([A-Z](?<![\w&'’\-].)[A-Za-z0-9&'’\-]*\.? (?:[A-Z][A-Za-z0-9&'’\-]*\.? ){0,3}?)"
    r"(?:Inc\.?|Corp\.?|Corporation|Co\., ?Ltd\.?|Ltd\.?|Limited|LLC|PLC|Plc|GmbH|AG|Holdings|JSC|Group"
    r"|Sdn\.? Bhd\.?|Bhd\.?|Berhad)(?![\w])"
)
"""A company abroad as the Vietnamese press copies it, in Latin letters with its English or European legal form or
corporate word (`Cheniere Energy Inc.`, `Benchtel Corporation`, `Sompo Holdings`, `Zorvan Group`, a Malaysian `X Sdn
Bhd`): plain letters only, so no word of a Vietnamese sentence is taken for a word of its name."""


def _foreign_formed_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies named with their legal form that no head word read (`… và RENOVA Inc. (Nhật Bản)`, a list's item
    after `A/B`): each a company, its name as written; not inside a body read or known, not a person."""
    text = doc.text
    out: list[Span] = []
    taken = [*found, *doc.known_orgs]
    for m in _FOREIGN_FORMED.finditer(text):
        start, end = m.start(), m.end()
        if (
            any(sp.start < end and start < sp.end for sp in taken)
            or any(p.start <= start < p.end for p in doc.places)
            or person_starts(lex, text, start)
            or lex.org_head_re.match(text, start)
        ):
            continue
        out.append(Span(start, end, "", Label.ORGANIZATION, m.group(0), {"head": "Công ty", "country_of": None}))
    return out


_DESCRIBED_HEAD = compile_gated(
    r"(?<![\w'’\-])(?:[Cc]ông ty|[Tt]ập đoàn|[Hh]ãng|[Nn]gân hàng|doanh nghiệp"
    r"|nhà (?:sản xuất|cung cấp|phân phối|bán lẻ|mạng|thầu)) (?=[^\W\d])"
)
"""A company's kind in words, before what it does and its brand (`công ty sản xuất chả cá X`, `tập đoàn bán lẻ
Y`, `nhà sản xuất ô tô điện Z`); not `doanh nghiệp`, a word of ministers' portfolios too (`Bộ trưởng … doanh nghiệp
nhỏ X`: a person after it). The lowercase kinds of a trade (`nhà sản xuất`, `nhà cung cấp`, `nhà mạng`) are read as
`doanh nghiệp` is: the brand a foreign word, no person's (`_enterprise_brand`)."""
_DESCRIPTION_WORD = re.compile(r"[^\W\d_][\w\-]*(?= )")
_DESCRIPTION_ENDS = frozenset(
    [
        "của",
        "tại",
        "ở",
        "và",
        "với",
        "cho",
        "là",
        "được",
        "để",
        "từ",
        "đến",
        "tới",
        "như",
        "do",
        "bởi",
        "có",
        "đã",
        "đang",
        "sẽ",
        "vừa",
        "cũng",
        "đều",
        "các",
        "những",
        "một",
        "này",
        "đó",
        "khi",
        "về",
        "trong",
        "theo",
        "cùng",
        "gồm",
        "hay",
        "hoặc",
        "vì",
        "nên",
        "rằng",
        "thuộc",
        "giữa",
        "nhằm",
        "mà",
        "thì",
        "nếu",
        "không",
        "sau",
        "trước",
    ]
)
"""The words that end what a company does and begin the clause (`công ty của X`, `tập đoàn đến từ Y`): not the
stage's stop words, whose verbs' syllables are words of a trade (`thực phẩm chức năng`, `hợp tác xã`)."""
_MAX_DESCRIPTION_WORDS = 6
_MAX_BRAND_WORDS = 4
_OF_COUNTRY = re.compile(r" của (?=[A-ZĐ])")


def _described_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies the press names by their brand after what they are (`công ty Ricard`, `tập đoàn bán lẻ Shinsegae
    của Hàn Quốc`, `Công ty công nghệ Hillridge`): the kind, the lowercase words of what it does, then one to four
    capitalised words, which no head word (a lowercase kind) or no name reader (a description between the head and
    the name) reads. A lowercase kind is no word of the name (the brand alone); a capitalised one is, the brand an
    alias. Not a place (`công ty Hàn Quốc`), a person, a title, a body's head or a body read; not after a plural
    (`các công ty X`: a list, read by `_listed_companies`), nor a legal form (`công ty cổ phần Lọc hóa dầu X`: a
    name in sentence case, the head's reader's). After a title (`Chủ tịch công ty X …`) a brand of several words
    may run into its holder's name (`Chủ tịch ngân hàng X Noel Quinn`), so only a one-word brand is read there."""
    text = doc.text
    out: list[Span] = []
    for m in _DESCRIBED_HEAD.finditer(text):
        if _QUANTIFIER.search(text, max(0, m.start() - 12), m.start()) or _VI_LEGAL_FORM.match(text, m.end() - 1):
            continue
        pos, words = m.end(), 0
        while words < _MAX_DESCRIPTION_WORDS and (word := _DESCRIPTION_WORD.match(text, pos)) is not None:
            if word.group(0) in _DESCRIPTION_ENDS or not word.group(0)[0].islower():
                break
            pos, words = word.end() + 1, words + 1
        start = pos
        if (words == 0 and (m.group(0)[0].isupper() or m.group(0).startswith("doanh"))) or not text[start].isupper():
            continue  # (`Công ty X`: the head word's reader reads it)
        end = _brand_end(doc, lex, start)
        if " " in text[start:end] and not no_holder_after(doc, lex, m.start()):
            continue
        if m.group(0).startswith(("doanh", "nhà")) and not _enterprise_brand(doc, lex, m.start(), start, end):
            continue
        if end == start or any(sp.start < end and m.start() < sp.end for sp in [*found, *out, *doc.known_orgs]):
            continue
        brand = text[start:end]
        name, aliases = (text[m.start() : end], [brand]) if m.group(0)[0].isupper() else (brand, [])
        of = _OF_COUNTRY.match(text, end)
        country = doc.span_at(doc.places, of.end()) if of is not None else None
        local = doc.span_at(doc.places, end + 1) if text.startswith(" ", end) else None
        data = {
            "head": "Công ty",
            "country_of": country if country is not None and country.label == Label.COUNTRY else None,
            "own_name": aliases[0] if aliases else None,
            # (`tập đoàn LAK`: the kind in lowercase right before the brand is no word of its name, but the page's
            # way of writing it, kept as an alias as written)
            "written": text[m.start() : end] if not aliases and words == 0 else None,
            # (`công ty X Việt Nam`: the brand's company in the page's own country, its local subsidiary, named so)
            "local_name": f"{brand} {local.text}" if local is not None and local.id == doc.home_country else None,
        }
        out.append(Span(m.start() if aliases else start, end, "", Label.ORGANIZATION, name, data))
    return out


_LOCALITY_LAST = re.compile(r"(?:quận|huyện|tỉnh|phố|thị xã|xã|bang|vùng|thủ đô|châu|nước) $")


def _enterprise_brand(doc: ArticleDoc, lex: Lexicon, at: int, start: int, end: int) -> bool:
    """Whether the capitalised words after `doanh nghiệp` and what it does (`doanh nghiệp sản xuất lúa gạo X của
    Việt Nam`) are an enterprise's brand: one of them a foreign word, no locality's word right before them
    (`doanh nghiệp quận X`: a place), no title before `doanh nghiệp`, and none of them written elsewhere after an
    honorific or a title (`doanh nghiệp nhỏ X`, a minister's portfolio, then `bà X`: a person)."""
    text = doc.text
    words = text[start:end].split()
    return (
        any(_foreign_word(w) for w in words)
        and not _LOCALITY_LAST.search(text, max(0, start - 10), start)
        and no_holder_after(doc, lex, at)
        and not any(_named_as_person(doc, w, start) for w in words)
    )


_SAID_TO_BE = compile_gated(
    r"(?:, (?:là )?một| là(?: một)?) (?:[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng|[Nn]gân hàng) "
    r"| [–—-] (?:một )?(?:tập đoàn|công ty|hãng|ngân hàng|doanh nghiệp|tổ chức) "
)
"""What a name is said to be right after it (`X, một tập đoàn lớn …`, `X là Tập đoàn đa quốc gia …`), or in an
apposition set off by a dash, in lowercase (`X – tập đoàn năng lượng hàng đầu thế giới`, `Y – tổ chức đại diện cộng
đồng doanh nghiệp`): a capitalised word after the dash would begin a name or a title of its own (`X – Chủ tịch …`)."""
_BRAND_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_][\w&'’\-]*$")


def _companies_said_to_be(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies named by their brand and then said to be one (`có Adani, một tập đoàn lớn của Ấn Độ`, `(X
    Technology là Tập đoàn đa quốc gia …)`, `Y – tập đoàn năng lượng …`): the one to four capitalised words right
    before `, một tập đoàn`, `là công ty` or the dash, which no head word reads. Not a place, a person, a title, a body's head or a body read, nor one word
    that opens its sentence (`Đây là tập đoàn …`: any word is capitalised there)."""
    text = doc.text
    out: list[Span] = []
    for m in _SAID_TO_BE.finditer(text):
        start, end = m.start(), m.start()
        for _ in range(_MAX_BRAND_WORDS):
            word = _BRAND_WORD.search(text, max(0, start - 30), start)
            if word is None or not word.group(0)[0].isupper():
                break
            start = word.start()
            if text[start - 1 : start] != " ":
                break
            start -= 1
        start = start + 1 if text[start : start + 1] == " " else start
        if start >= end or _brand_end(doc, lex, start) != end:
            continue  # (`Nhật Bản X, một công ty`: a place, a title or a person among the words)
        if " " not in text[start:end] and (start == 0 or text[max(0, start - 2) : start] in (". ", "\n")):
            continue
        if any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs]):
            continue
        out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], {"head": "Công ty"}))
    return out


_MET = compile_gated(r"(?<!\w)(?:với|của) (?=[A-ZĐØ])")
"""Whom a body deals with or whose a thing is (`làm việc với X về …`, `ký với X hợp đồng`, `nhu cầu của X`)."""
_AFTER_BRAND = re.compile(r"[,.;:)\n]| [^\W\d_A-ZĐ]|$")


def _foreign_brands_met(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Foreign bodies the press names by their brand alone after `với` or `của` (`làm việc với Hydrolab về …`, `ký
    với X Energie hợp đồng`): one to four capitalised words, one of them no Vietnamese syllable nor an acronym
    (a foreign name, which no Vietnamese person's is), then the clause's end or its lowercase words. Not a place, a
    title, a person, a body's head or a body read (`_brand_end`), nor after an honorific, nor a word the page also
    writes after an honorific or a title (`với X`, when `Tổng thống Nga X` or `ông X` is on the page: a person's
    surname)."""
    text = doc.text
    out: list[Span] = []
    for m in _MET.finditer(text):
        start = m.end()
        if HONORIFICS.match(text, start):
            continue
        end = _brand_end(doc, lex, start)
        holder = next(
            (
                w.start()
                for w in _WORD_OF_NAME.finditer(text, start + 1, end)
                if text[w.start() - 1] == " " and romanised_holder_at(text, w.start())
            ),
            None,
        )
        if holder is not None:  # (`Phó Chủ tịch của X Michael Brown chúc mừng`: the holder's name after the body's)
            end = holder - 1
        words = text[start:end].split(" ")
        if end == start or not _AFTER_BRAND.match(text, end) or not any(_foreign_word(w) for w in words):
            continue
        if any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs]):
            continue
        if _named_as_person(doc, words[0], start):
            continue
        out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], {"head": None}))
    return out


def _foreign_word(word: str) -> bool:
    """A word of a foreign name: not a Vietnamese syllable, and not an acronym (`GDP`, `FDI`: terms as often as
    bodies) nor a number."""
    return word[:1].isupper() and not word.isupper() and not vietnamese_syllable(word)


def _named_as_person(doc: ArticleDoc, word: str, at: int) -> bool:
    """Whether the page writes `word` elsewhere right after an honorific, or after a title and capitalised words only
    (`ông X`, `Tổng thống Nga X`, `Thủ tướng A B X`): the surname of a person, not a brand."""
    text = doc.text
    pos = text.find(word)
    while pos >= 0:
        if pos != at:
            honorific = HONORIFICS.search(text, max(0, pos - 12), pos + 1)
            if honorific is not None and honorific.end() == pos:
                return True
            if any(
                0 < pos - t.end() <= _TITLE_REACH and _CAPITALISED_RUN.fullmatch(text, t.end(), pos)
                for t in doc.titles.values()
            ):
                return True
        pos = text.find(word, pos + 1)
    return False


_TITLE_REACH = 30
_CAPITALISED_RUN = re.compile(r"(?: [A-ZĐÀ-Ỹ][\w'’\-]*)* ")
"""The words between a title and its holder's surname: the holder's country or given names, all capitalised."""


def _brand_end(doc: ArticleDoc, lex: Lexicon, start: int) -> int:
    """Where a brand that begins at `start` ends: one to four capitalised words, up to a place, a person's name, a
    title or a body's head word after them; `start` when the first word is one of these."""
    text = doc.text
    pos = end = start
    for _ in range(_MAX_BRAND_WORDS):
        word = _CAP_TOKEN.match(text, pos)
        if (
            word is None
            or not word.group(0)[0].isupper()
            or doc.span_at(doc.places, pos) is not None
            or doc.title_at(pos) is not None
            or lex.org_head_re.match(text, pos)
            or person_starts(lex, text, pos)
        ):
            break
        end = word.end()
        dotted = _DOTTED_FORM.match(text, end) if end - word.start() == 1 else None
        if dotted is not None:
            return dotted.end()  # `Citricos Caribe S.A ở Havana`: the legal form in initials ends the name
        if text[end : end + 1] != " ":
            break
        pos = end + 1
    return end


_DOTTED_FORM = re.compile(r"(?:\.[A-Za-z]){1,3}\.?(?=[\s,;:)]|$)")
"""The rest of a legal form written in initials after its first capital (`S.A`, `S.A.`, `N.V.`, `S.p.A`): a brand's
last word, which the full stop inside would otherwise cut (`Citricos Caribe S`)."""


def _legal_form(text: str, start: int, end: int) -> re.Match[str] | None:
    """A company's legal form after its name (`, Inc`, ` JSC`), also when its first word was read as the name's last
    (`… Pharm Co`, then `., Ltd.`); None when none follows."""
    last = text.rfind(" ", start, end)
    for at in (end, last) if last > start else (end,):
        m = _LEGAL_FORM.match(text, at)
        if m is not None and m.end() > end:
            return m
    return None


_HOLDER_REACH = 60
_HOLDER_SEPARATORS = (",", "-", "–")
_CLAUSE_ENDS = frozenset(",.;:)\n")


def _company_name_ends(doc: ArticleDoc, lex: Lexicon, start: int, at: int) -> bool:
    """Whether the words like a person's at `at`, after a company's legal form and first words, are the last of its
    name (`Công ty CP Thực phẩm Quốc tế Hoàng Gia.`, `Công ty TNHH Tập đoàn đầu tư Hoa Sen, …`): they end the clause,
    and no holder of a title can follow the company, none being right before it or the title's holder named before
    the title (`Ông Lê Văn A, Giám đốc Công ty CP X Hoàng Gia.`). Not `Giám đốc Công ty CP X Nguyễn Văn B cho biết`
    nor `…, Giám đốc Công ty CP X Nguyễn Văn B.`, a title's holder after the body."""
    text = doc.text
    stop = at
    while (word := _TOKEN.match(text, stop)) is not None and word.group(0)[0].isupper():
        stop = word.end()
        if text[stop : stop + 1] != " ":
            break
        stop += 1
    return (stop >= len(text) or text[stop] in _CLAUSE_ENDS) and no_holder_after(doc, lex, start)


def no_holder_after(doc: ArticleDoc, lex: Lexicon, start: int) -> bool:
    """Whether no holder of a title can follow the company that begins at `start`: no title is right before it, or
    the title's holder is named before the title (`Ông Lê Văn A, Giám đốc Công ty X …`). Then words like a person's
    after its head are its name (`Tập đoàn Hoa Lợi`, `Công ty Xuất nhập khẩu Hoa Sen`: brands in Vietnamese
    syllables, many of whose first is a family name), not who holds a post there."""
    text = doc.text
    title = next((t for t in doc.titles.values() if t.end() == start - 1), None)
    if title is None:
        return True
    before = text[max(0, title.start() - _HOLDER_REACH) : title.start()].rstrip()
    if not before.endswith(_HOLDER_SEPARATORS):
        return False
    words = list(itertools.takewhile(_name_word, reversed(before[:-1].split())))[::-1]
    return len(words) >= 2 and any(w in lex.surnames for w in words[:2])  # (`Ông Lê Văn A`: after an honorific)


def _name_word(word: str) -> bool:
    """A capitalised word of the name before a title, within its sentence (`… Wen Haolin. Bà Trần Thu Hà, Giám đốc`:
    the holder's words stop at the stop that ends the sentence before)."""
    return word[0].isupper() and not word.endswith((".", "!", "?", ";", ":"))


_COMPANY_HEADS = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", "Hợp tác xã"})
"""Heads of a business (a cooperative is one: `Hợp tác xã X` signs and sells as a company does)."""
_CORPORATE_WORDS = frozenset({"Corporation", "Company", "Group", "Holdings", "Limited", "Enterprises"})
_MAX_KIND_NAME_WORDS = 4


def _company_kind_end(doc: ArticleDoc, head_end: int) -> int | None:
    """Where the lowercase words of what a company does end, when its capitalised name follows them and ends with
    a legal form or a corporate word (`Công ty nông nghiệp X Y S.A`, `Tập đoàn xây dựng X Corporation`): fields of
    the portfolio vocabulary, read as words of its name; None else (`Tập đoàn đầu tư X` may be a description)."""
    text = doc.text
    at = head_end + 1
    if text[head_end:at] != " " or not text[at : at + 1].islower():
        return None
    end = fields_end_at(doc, at)
    if end == at or text[end : end + 1] != " ":
        return None
    pos = end + 1
    for _ in range(_MAX_KIND_NAME_WORDS):
        word = _CAP_TOKEN.match(text, pos)
        if word is None:
            return None
        if word.group(0) in _CORPORATE_WORDS or _LEGAL_FORM.match(text, word.end()):
            return end
        pos = word.end() + 1
    return None


def _joined_word(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a capitalised word at `at`, after a dash inside a company's name, goes on with the name (`Công ty X -
    Generation`): not another body's head, a place, a title or a person's name."""
    return (
        doc.text[at : at + 1].isupper()
        and not lex.org_head_re.match(doc.text, at)
        and doc.span_at(doc.places, at) is None
        and doc.title_at(at) is None
        and not person_starts(lex, doc.text, at)
    )


def _joined_field(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a capitalised field of government begins at `at`, after a dash that joins it to the field before
    (`Hội đồng Kinh tế - Xã hội …`, `Viện Văn hóa - Nghệ thuật …`): one name of two fields, not a second body, a
    place or a person."""
    field = fields_end_at(doc, at)
    return (
        field > at
        and doc.text[at : at + 1].isupper()
        and not lex.org_head_re.match(doc.text, at)
        and doc.span_at(doc.places, at) is None
        and not person_starts(lex, doc.text, at)
    )


def foreign_brand(text: str, head_end: int, end: int) -> str | None:
    """The foreign name inside a company's Vietnamese name (`Công ty Corio Generation`, `Công ty Năng lượng tái tạo
    X Renewables Sdn Bhd`, `Tập đoàn T&T Group`): from its first capitalised word that is no Vietnamese syllable to
    the name's end, all words capitalised. The press writes the head word, the gold and other pages often the brand
    alone, so it is the company's alias; None when the name is Vietnamese or lowercase words follow the brand (a
    description: `Tập đoàn X chuyên sản xuất`), or after a Vietnamese legal form's abbreviation only (`Công ty TNHH`)."""
    legal = _VI_LEGAL_FORM.match(text, head_end)
    words = list(_WORD_OF_NAME.finditer(text, legal.end() if legal else head_end, end))
    first = next(
        (i for i, w in enumerate(words) if w.group(0)[0].isupper() and not vietnamese_syllable(w.group(0))), None
    )
    if first is None or not all(w.group(0)[0].isupper() or w.group(0)[0].isdigit() for w in words[first:]):
        return None
    return text[words[first].start() : end]


_WORD_OF_NAME = re.compile(r"[^\s,()]+")
