"""Where the holder's name of a title stands: after an honorific, after a title chain set off by commas, before a
title (`Jacob Helberg, Thứ trưởng …`), after a place no gazetteer knows, and the further names a plural title is
given to (`hai Thứ trưởng A và B`).

Each answers where a name is, not what it is (that is `name._name_at`'s job), so the chain and the stage's
entry point ask them alike."""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import HONORIFICS, Lexicon
from loaders.entities.officials.name import _PARTICLES, _PHOTO_NOTE, _PLACE_NOUNS, _POSTNOMINALS, _WORD, _name_at
from loaders.entities.officials.record import Chain, Role
from loaders.first_letters import compile_gated
from loaders.letters import LOWER, UPPER

_NAME_THEN_SEP = re.compile(
    r"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){1,4}|(?<![\w.])(?:[A-Z]\. ?)+[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,3})"
    r"\s*(?:,|-|–)\s*(?:the\s+|hai\s+|các\s+)?(?:(?:Senior|Joint|Sub|Acting|Interim) )?$"
)
"""`Jacob Helberg, Thứ trưởng …`; a name after its initials (`A. Sukhbat, Chairman of …`, `G. Veera Mohan, president
of …`, `A. L. Ratnapala, Ambassador …`: Mongolian and south Indian names as English news writes them), whole: read
from its second word, it lost them. A rank word no title begins with may stand before the title (`X, Senior Director
of …`, `Y, Joint Secretary …`)."""
# `Bùi Đình Long - Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh`: a role the gazetteer lacks, then a title (the
# dash may be glued to the name: `Nguyễn Văn A- TUV, Giám đốc Sở …`)
_NAME_THEN_OTHER_ROLE = re.compile(r"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){1,4})\s*[-–]\s+[^;:.()\n,\-–]{2,40},\s*$")
# `Nguyễn Văn A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: the same with commas; a membership written out in English
# is longer (`X, Member of the Provincial Party Standing Committee, Permanent Vice Chairman of …`)
_NAME_COMMA_OTHER_ROLE = re.compile(
    rf"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){{1,4}}),\s+(?:[{UPPER}][^;:.()\n,\-–]{{1,40}}"
    rf"|Member of the [^;:.()\n,\-–]{{1,50}}),\s*$"
)

_LIST_JOIN_VI = re.compile(r",\s+|\s+và\s+")


def _more_names(doc: ArticleDoc, lex: Lexicon, chain: Chain) -> list[tuple[int, int, list[Role]]]:
    """The names listed after the first one a plural title is given to (`các Phó Chủ tịch UBND tỉnh Trần Văn A,
    Nguyễn Văn B`, `hai Thứ trưởng A và B`): each with the same roles."""
    out: list[tuple[int, int, list[Role]]] = []
    pos = chain.name[1] if chain.name is not None else 0
    while (join := _LIST_JOIN_VI.match(doc.text, pos)) is not None:
        name = _name_at(doc, lex, join.end())
        if name is None or " " not in doc.text[name[0] : name[1]] or doc.title_at(join.end()):
            break
        roles = [Role(r.title, list(r.orgs), list(r.places), r.seat) for r in chain.roles]
        out.append((name[0], name[1], roles))
        pos = name[1]
    return out


_CAPITALISED_WORDS = re.compile(rf"(?:[{UPPER}][\w'’\-]* ){{1,4}}")


def _name_after_honorific(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """`phó Thống đốc Vùng Puglia Giáo sư X Y`, `Governor of Z Region Prof. X Y`: after a title, a few capitalised
    words no stage read (a place or a body no gazetteer knows), then an honorific: the holder is the name after the
    honorific, not a name the capitalised words begin."""
    words = _CAPITALISED_WORDS.match(doc.text, at)
    if words is None or doc.span_at(doc.people, at):
        return None
    for w in _WORD.finditer(doc.text, at, words.end()):
        if w.start() > at and HONORIFICS.match(doc.text, w.start()):
            name = _name_at(doc, lex, w.start())
            return name if name is not None and " " in doc.text[name[0] : name[1]] else None
    return None


_VI_RUN = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{2,6}}(?![\w'’\-]| [{UPPER}])")


def _vi_name_after_unknown_place(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """`Bí thư Tỉnh ủy Lai Cai Trịnh Việt Hùng`, `Tổng Lãnh sự Việt Nam tại Ekaterinburg Nguyễn Mai Hường`: after a
    place's cue, a place the gazetteer does not know, then a Vietnamese full name (a family name and two or three
    more syllables) in one capitalised run: the name begins at that family name (the run's first word is no family
    name, or the run is longer than a name)."""
    run = _VI_RUN.match(doc.text, at)
    if run is None or doc.span_at(doc.places, at) or doc.span_at(doc.orgs, at):
        return None
    words = list(_WORD.finditer(doc.text, at, run.end()))
    if (words[0].group(0) in lex.surnames and len(words) < 5) or len(words[0].group(0)) < 2:
        return None  # (`Y Thanh Hà Niê Kđăm`: an Ê Đê name, not a place `Y Thanh`)
    for size in (3, 4):  # (a name of three syllables is the commoner: `Hà Khâu Lương Văn Toản`, Khâu a family too)
        k = len(words) - size
        if k >= 1 and words[k].group(0) in lex.surnames:
            name = _name_at(doc, lex, words[k].start())
            return name if name is not None and name[1] == run.end() else None
    return None


_FOREIGN_CUE = re.compile(r"(?:[Tt]hành phố|[Tt]hị trấn|[Tt]hị xã|[Bb]ang|[Tt]iểu bang|[Vv]ùng|[Hh]ạt|[Qq]uận) ")
"""The kind of a local place abroad written before its name in Vietnamese (`thành phố`, `thị trấn`, `bang`, `vùng`)."""
_THREE_WORDS = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{2}}(?=[,.;:)]| [{LOWER}]|$)")
"""Three capitalised words, then the clause goes on (a punctuation mark or a lowercase word)."""
_VIETNAMESE_MARKS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ") | frozenset(
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" + "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
"""Letters only Vietnamese writes (a foreign name transcribed into Vietnamese has them; one written as its own
language spells it has none)."""


def _foreign_name_after_unknown_place(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """`Thị trưởng thành phố Cockburn Logan Howlett`, `Phó Chủ tịch thành phố Wrocław Jakub Mazur`: in Vietnamese,
    a place's kind, a one-word place the gazetteer does not know, then a foreign name of two words written as its
    own language spells it, then the clause goes on: the name is the last two words. (A Vietnamese name after an
    unknown place is `_vi_name_after_unknown_place`'s; a three-word place, `Salt Lake City`, has a place noun.)"""
    cue = _FOREIGN_CUE.match(doc.text, at)
    run = _THREE_WORDS.match(doc.text, cue.end()) if cue is not None else None
    if cue is None or run is None or doc.span_at(doc.places, cue.end()) or doc.span_at(doc.orgs, cue.end()):
        return None
    words = list(_WORD.finditer(doc.text, run.start(), run.end()))
    if len(words) != 3 or any(w.group(0) in lex.surnames for w in words):
        return None
    given, family = words[1], words[2]
    if any(
        set(w.group(0)) & _VIETNAMESE_MARKS
        or w.group(0) in _PLACE_NOUNS
        or doc.title_at(w.start())
        or doc.span_at(doc.places, w.start())
        or doc.span_at(doc.orgs, w.start())
        for w in (given, family)
    ):
        return None
    name = _name_at(doc, lex, given.start())
    return name if name == (given.start(), family.end()) else None


def _appositive_name(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """A name set off by commas after a title chain: two to four capitalised words, then a comma, a bracket or
    the end of the sentence (so a clause that merely starts with a capital is not taken for a name)."""
    name = _name_at(doc, lex, at)
    if name is None or " " not in doc.text[name[0] : name[1]]:
        return None
    if HONORIFICS.match(doc.text, at):
        dash = _DASH_AFTER_NAME.match(doc.text, name[1])
        if dash is not None and doc.title_at(dash.end()) is not None:
            return None  # (`đồng chí A – T1, T2, đồng chí B – T3`: B's titles follow him; T2 is A's, the list's item)
        return name  # `Thống đốc tỉnh Kaluga, ông Vladislav Shapsha đã …`: an honorific says a person follows
    after = doc.text[name[1] : name[1] + 1]
    goes_on = _CLAUSE_GOES_ON_VI if doc.article.lang == "vi" else _CLAUSE_GOES_ON
    if after == " " and goes_on.match(doc.text, name[1]) and len(doc.text[name[0] : name[1]].split()) <= 4:
        return name  # `Chinese Deputy Minister of Agriculture, Zhang Taolin expressed …`: the subject, then its verb
    if re.match(_PHOTO_NOTE, doc.text[name[1] :]):
        return name  # `British Ambassador to Vietnam, X Y (L, front) and …`: a caption's note of where he stands
    letters = _POSTNOMINAL_AFTER.match(doc.text, name[1])
    if letters is not None and letters.group(1) in _POSTNOMINALS:
        return name  # `Minister of State …, Jane Hill MP, welcomed`: the letters after the name, then the comma
    return name if after in (",", ")", ".", ";", "") else None


_DASH_AFTER_NAME = re.compile(r" ?[-–—] ?")
"""A dash after a name, as a list of attendees writes each one's titles after him (`đồng chí B – Phó Bí thư …`)."""
_POSTNOMINAL_AFTER = re.compile(r" ([A-Z]{2,4})(?=[,.;)])")
_CLAUSE_GOES_ON = re.compile(r" [a-z]{3,}\b")
_CLAUSE_GOES_ON_VI = re.compile(rf" [{LOWER}]{{2,}}(?![\w'’\-])")
"""Vietnamese: any lowercase word goes on with a clause (`…, Sharad Pawar đã ký`, `…, Cao Đức Phát và …`)."""


def _name_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> tuple[int, int] | None:
    """`Jacob Helberg, Thứ trưởng …`: a name right before a title, after a comma or dash (or after a dash and a
    role the gazetteer lacks: `Bùi Đình Long - Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh`)."""
    prefix = _RANK_BEFORE.search(doc.text, max(0, title_start - 24), title_start)
    if prefix is not None:  # `Hamad Al Rahoumi, First Deputy Speaker of …`: a rank word opens the title
        title_start = prefix.start()
    offset = max(0, title_start - 80)
    window = doc.text[offset:title_start]
    if not _may_end_before_title(window):
        return None
    for pattern in (_NAME_THEN_SEP, _NAME_THEN_OTHER_ROLE, _NAME_COMMA_OTHER_ROLE):
        m = pattern.search(window)
        name = _name_of(doc, lex, offset + m.start(1), m.group(1)) if m else None
        if (
            name is not None
            and m is not None
            and m.group(0).endswith(("the ", "the"))
            and _PREPOSITION_BEFORE.search(doc.text, max(0, name[0] - 12), name[0])
        ):
            continue  # `on the occasion of Pi Mai Lao, the Consul General …`: a clause's end, no person
        if name is not None:
            return name
    return None


_SEPARATOR_AT_END = re.compile(r"[,\-–]\s*(?:\w+\s+)?$")


def _may_end_before_title(window: str) -> bool:
    """Whether one of `_name_before`'s patterns can match the window: each ends at the window's end in a comma or a
    dash, with at most one word after it (`_NAME_THEN_SEP`: `the`, `hai`, `các`). A cheap look first: a title mostly
    follows other words, and each pattern, anchored at the end, is tried at every position of the window; this one
    is tried only where a comma or a dash stands."""
    return _SEPARATOR_AT_END.search(window) is not None


_RANK_BEFORE = compile_gated(
    r"(?<![\w'’])(?:(?:First|Permanent|Standing|Executive|Senior|Acting|Former|former|acting|Regional|Global|Interim"
    r"|Additional|Special|Principal|Joint|[Qq]uyền|[Nn]guyên|[Cc]ựu) ){1,2}$"
)
"""Words that open a title before its gazetteer form: ranks (one or two: `X, Additional Secretary of …`, `Former
Senior Vice President`), and `acting` or `former` in Vietnamese (`X - Quyền Bí thư Tỉnh ủy Y`, `X, nguyên Bộ
trưởng`)."""
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:of|on|in|at|for|during|to|from|since|after|before) $")
"""A word before a name that makes it the end of a phrase, not the person a `, the Minister …` apposition is of."""


def _name_of(doc: ArticleDoc, lex: Lexicon, start: int, run: str) -> tuple[int, int] | None:
    """The person's name a run of words before a title ends with (its capitalised tail), if it is one."""
    words = run.split()
    if len(words) > 2 and words[-1] in _POSTNOMINALS:
        words.pop()  # `Mark Tanner AO, Vice-Chancellor …`: the letters after the name are no word of it
    while words and any(not w[0].isupper() and w not in _PARTICLES for w in words):
        start += len(words[0]) + 1  # `Park invited Le Van Thanh, …`: the capitalised tail after the last lowercase word
        words.pop(0)
    if len(words) < 2 or not all(w[0].isupper() or w in _PARTICLES for w in words):
        return None
    if any(sp.start < start < sp.end for sp in (*doc.orgs, *doc.places)):
        return None  # `Ministry of External Affairs, Secretary …`: the tail of a body's name, no person
    name = _name_at(doc, lex, start)
    if name is None or name[1] != start + len(" ".join(words)):
        return None
    return name


_JOINED_BEFORE = re.compile(r"(?:,\s*|\s+)(?:và|cùng)\s+(?:(?:ông|bà|đồng chí|ngài)\s+)?$")
_PLURAL_TITLE_AFTER = re.compile(r"\s*[,\-–]\s*(?:hai|các)\s+")
_PLURAL_HOLDERS_BEFORE = re.compile(r"(?<!\w)(?:các|hai)\s+(?:ông|bà|đồng chí|vị)\s+$")


def _title_for_both(doc: ArticleDoc, found: list[tuple[int, int, list[Role]]]) -> list[tuple[int, int, list[Role]]]:
    """`ông A và ông B, hai Phó Chủ tịch UBND tỉnh`, `các ông A và B, Phó Chủ tịch …`: a title written once after two
    names joined by `và`, and said to be held by more than one (`hai`, `các` before the title or before the names),
    is each one's; read as a chain after the second name, it would be the second's only."""
    text = doc.text
    bare = {end: i for i, (_, end, roles) in enumerate(found) if not roles}
    out = list(found)
    for start, end, roles in found:
        join = _JOINED_BEFORE.search(text, max(0, start - 24), start) if roles else None
        first = bare.get(join.start()) if join is not None else None
        if first is None:
            continue
        first_start = found[first][0]
        if _PLURAL_TITLE_AFTER.match(text, end) or _PLURAL_HOLDERS_BEFORE.search(
            text, max(0, first_start - 16), first_start
        ):
            shared = [replace(r, orgs=list(r.orgs), places=list(r.places)) for r in roles]
            out[first] = (first_start, found[first][1], shared)
    return out
