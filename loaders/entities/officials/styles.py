"""Styles and honorifics: the words before a name that say what sort of mention it is. An honorific or, in
English, Myanmar's styles (`U Kyaw Win`, `Daw Khin Mar`) say a person's name follows, a styled holder after a
chain takes its titles; a memorial's cue (`tượng đài`, `a statue of`) says the person is remembered, not present."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import HONORIFICS, MYANMAR_STYLES
from loaders.entities.officials.record import Chain
from loaders.first_letters import compile_gated

_MEMORY_CUE = compile_gated(
    r"(?<![\w])(?:mang tên|tưởng niệm|tưởng nhớ|tượng đài|bức tượng|[Ll]ăng|viếng|tôn kính đối với|named after"
    r"|in memory of|statue of|bust of|memorial to|mausoleum of|dedicated to)(?: the)?(?: [Cc]hủ tịch| [Bb]ác"
    r"| [Pp]resident| [Cc]hairman| late)? $"
)
"""Words before a person a thing is named after or a memorial honours (`trường mang tên Chủ tịch X`, `biển tưởng niệm
X`, `a statue of X`, `vào Lăng viếng Chủ tịch X`, `the mausoleum dedicated to President X`): a person remembered,
not one who takes part in what the page tells (one pays respects, `viếng`, to the dead)."""

_IN_HIS_LIFETIME = re.compile(r" (?:lúc |khi )?sinh thời\b")
"""`Chủ tịch X sinh thời đã nhiều lần đến thăm`: a person spoken of in his lifetime, so no longer living."""


def _styles_before_names(doc: ArticleDoc) -> list[re.Match[str]]:
    """The honorifics in the text, and in English Myanmar's styles (`U Kyaw Win`, `Daw Khin Mar`), in order: each
    says that a person's name follows."""
    found = list(HONORIFICS.finditer(doc.text))
    if doc.article.lang == "en":
        found.extend(MYANMAR_STYLES.finditer(doc.text))
        found.sort(key=lambda m: m.start())
    return found


def _remembered(doc: ArticleDoc, name_start: int, name_end: int) -> bool:
    """Whether a name (or the title right before it) follows a memorial's cue, or is followed by `sinh thời`: that
    mention is no official's."""
    title = next((t for t in doc.titles.values() if t.end() + 1 == name_start), None)
    at = title.start() if title is not None else name_start
    return (
        _MEMORY_CUE.search(doc.text, max(0, at - 30), at) is not None
        or _IN_HIS_LIFETIME.match(doc.text, name_end) is not None
    )


def _styled_holder(doc: ArticleDoc, chain: Chain) -> bool:
    """Whether a title chain after a styled name ends with a holder of its own, styled right after the chain's words
    (`U X, Governor of the Central Bank U Y, Deputy Minister U Z`: Myanmar's officials listed in English, each title
    before its holder's style), so the titles are that holder's, not the name's before them."""
    if chain.name is None or doc.article.lang != "en":
        return False
    start = chain.name[0]
    return any(
        m.end() == start and doc.text[m.start() - 2 : m.start()] != ", "  # (the style right after the chain's words)
        for m in MYANMAR_STYLES.finditer(doc.text, max(0, start - 8), start + 2)
    )


_STYLE_OF_THE_NAME = compile_gated(
    r"(?<![\w.'’])(?:Tan Sri(?: Dato['’]?| Datuk)?|Datuk Seri|Dato['’]? Seri|Datuk|Dato['’]?|Sheikha?|Md\.?|Mohd\.?"
    r"|Pengiran(?: Anak)?|Hajah|Haji|Tun) $"
)
"""Styles that Malay, Arab, Bangladeshi and Bruneian usage writes as part of how a person is named (`Tan Sri Dato’ X`,
`Sheikh X bin Y`, `Md. X`, `Pengiran Anak X`), which the name's reader leaves out: the styled form is kept as another
name of the person, as news and the people's own offices write it."""
_MYANMAR_STYLE_OF_THE_NAME = compile_gated(r"(?<![\w.'’])(?:U|Daw) $")


def styled_form(doc: ArticleDoc, start: int, name: str) -> str | None:
    """The name with the style written right before it (`U Kyaw Win`, `Tan Sri Dato’ Lim Ah Kow`), or None; Myanmar's
    `U` and `Daw` in English only (in Vietnamese `U` begins places' names)."""
    window = max(0, start - 24)
    m = _STYLE_OF_THE_NAME.search(doc.text, window, start)
    if m is None and doc.article.lang == "en":
        m = _MYANMAR_STYLE_OF_THE_NAME.search(doc.text, window, start)
    return f"{m.group(0)}{name}" if m is not None else None
