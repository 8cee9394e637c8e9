"""Status and dates: the cue nearest a head (signed, will sign, proposed, negotiate, in force), the status an
introduction or a list gives its items, a signing just told, and a document's own date or the one told of it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.vocabulary import AgreementStatus
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.words import (
    _BY_A_DOCUMENT,
    _CUE_WINDOW,
    _CUES,
    _NEGOTIATE,
    _QUANTIFIER,
    _SIGNED_ON,
    _STATE_REACH,
    _TOWARDS_SIGNING,
)
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated


def _status(
    text: str,
    s_start: int,
    s_end: int,
    start: int,
    end: int,
    titles: Sequence[tuple[int, int]],
    *,
    left_only: bool = False,
    relative_first: bool = False,
) -> str | None:
    """`_read_status`, with the tense of a coordinated verb (`sẽ hội đàm và ký`) and the implementation of an
    agreement signed earlier (`implementing an MoU signed in 2016`: in force) taken into account."""
    status = _read_status(text, s_start, s_end, start, end, titles, left_only=left_only, relative_first=relative_first)
    if _signed_years_ago(text, s_start, start):
        return AgreementStatus.IN_FORCE  # `kỷ niệm 45 năm Ngày ký Hiệp ước …`: a signing years ago, still in force
    if status == AgreementStatus.SIGNED and _signed_before_now(text, s_start, start, end):
        return AgreementStatus.IN_FORCE  # `carry out already signed agreements, including …`: what stands
    if status == AgreementStatus.IN_FORCE and _signing_after_the_means(text, s_start, start, end):
        return AgreementStatus.SIGNED
    if (status is None or status in _NOT_YET_UNDER_WAY) and _SPED_UP_NEGOTIATION.search(
        text, max(s_start, start - _SPED_UP_REACH), start
    ):
        # `accelerate the negotiation and signing of the FTA`: talks under way, whatever tense or wish governs them
        return AgreementStatus.UNDER_NEGOTIATION
    if ratified := _ratification_ahead(text, s_start, start, end):
        return ratified
    if status == AgreementStatus.PROPOSED and _FORMAL_SIGNING.search(text, max(s_start, start - _CUE_WINDOW), start):
        return AgreementStatus.PLANNED  # `sớm ký chính thức và phê chuẩn Hiệp định …`: concluded, its signing ahead
    if (
        status == AgreementStatus.SIGNED
        and _FUTURE.search(text, s_start, start)
        and not _PAST.search(text, s_start, start)
        and not _SIGNED_PARTICIPLE.match(text, end)
    ):
        return AgreementStatus.PLANNED
    if status == AgreementStatus.SIGNED and _TOWARDS_SIGNING.search(text, s_start, start):
        return AgreementStatus.PLANNED  # `tiếp tục thúc đẩy tiến độ đàm phán và ký các hiệp định …`: not yet signed
    if status == AgreementStatus.SIGNED and _IMPLEMENTING.search(text, max(s_start, start - _CUE_WINDOW), start):
        return AgreementStatus.IN_FORCE
    if (
        status in (AgreementStatus.PLANNED, AgreementStatus.UNDER_NEGOTIATION)
        and _NEGOTIATE.search(text, max(s_start, start - _CUE_WINDOW), start)
        and _PROPOSING.search(text, s_start, start)
    ):
        return (
            AgreementStatus.PROPOSED
        )  # `proposed that the two countries negotiate an action plan`: a proposal, not yet a plan
    if status == AgreementStatus.UNDER_NEGOTIATION and _URGED_NEGOTIATION.search(
        text, max(s_start, start - 2 * _CUE_WINDOW), start
    ):
        return AgreementStatus.PROPOSED  # `thúc đẩy sớm đàm phán Hiệp định …`: negotiations urged, not under way
    if status == AgreementStatus.SIGNED and _WISHED_SIGNING.search(text, s_start, start):
        return AgreementStatus.PROPOSED  # `hopes to expand … by signing a Memorandum …`: a signing wished for
    if status == AgreementStatus.PLANNED and _text_wished_made(text, s_start, start):
        return AgreementStatus.PROPOSED  # `hoped that the two sides will devise an action plan`: no text yet, a wish
    return status


_SIGNED_CUE = next(rx for status, rx in _CUES if status == AgreementStatus.SIGNED)
"""The signing cue of `_CUES`, read in the sentences before documents counted after a signing."""


_ALREADY_SIGNED = compile_gated(
    r"\b(?:already|previously|earlier)\s+(?:been\s+)?(?:signed|inked|concluded)\s+(?:[^.;:]{0,30}\s)?$", re.I
)
"""Right before a head, its signing told as done before now (`Vietnam and Turkey already signed agreements on …`,
`carry out already signed agreements`): the adverb of the perfect looks back on a text that stands."""
_SIGNED_BEFORE_NOW = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:already|previously|earlier)\s+"
    r"(?:been\s+)?(?:signed|inked|concluded)\b"
    r"|\s*,?\s*(?:đã\s+)?(?:được\s+)?k[ýí](?:\s+kết)?\s+(?:từ\s+)?(?:trước đó|trước đây)\b",
    re.I,
)
"""Right after a title, its signing told as done before now (`the MoU previously signed by the two ministries`, `các
thỏa thuận đã ký kết trước đây`)."""


def _signed_before_now(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether a document's signing is told as done before the page's time (`_ALREADY_SIGNED`, `_SIGNED_BEFORE_NOW`):
    the page refers to a text that stands, in force, not to a signing it reports (a signing the page reports is told
    without `already`: `the two sides signed …`)."""
    return bool(
        _ALREADY_SIGNED.search(text, max(s_start, start - _CUE_WINDOW), start) or _SIGNED_BEFORE_NOW.match(text, end)
    )


_WISHED_SIGNING = compile_gated(
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|desir(?:e|es|ed|ing)|propos(?:e|es|ed|ing)"
    r"|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing)|mong muốn|đề nghị|đề xuất|kiến nghị|hy vọng)\b"
    r"(?:(?!\b(?:đã|vừa|signed|inked|has|have|had)\b)[^.;:]){0,120}?"
    r"(?<!đã )(?<!vừa )\b(?:sign(?:ing)?|ink(?:ing)?|k[ýí](?:\s+kết)?)\s+(?:of\s+)?(?:(?:an?|the|một|các)\s+)?"
    r"(?:[^\s.;:]+\s+){0,3}$",
    re.I,
)
"""Before a head, a sign verb not in a finite past (`sign`, `signing`, `ký kết`) governed by a wish or a proposal earlier in
the sentence (`hopes to … by signing a Memorandum …`, `suggested … promoting the signing of a MoU`, `mong muốn được kí kết
thỏa thuận …`): what one wishes or proposes to sign is proposed, not signed, whatever cue of signing stands nearest."""


_URGED_NEGOTIATION = re.compile(
    r"\bsớm\s+(?:(?:tiến hành|khởi động|mở)\s+)?(?:việc\s+)?đàm phán\b"
    r"|\bchuẩn bị\s+(?:cho\s+)?(?:việc\s+)?đàm phán\b"
    r"|\b(?:soon|early)\s+(?:start\s+|begin\s+|open\s+|launch\s+)?negotiat\w*"
    r"|\bpreparations?\s+for\s+(?:the\s+)?negotiat\w*",
    re.I,
)
"""Before a head, negotiations urged to begin soon or still being prepared (`thúc đẩy sớm đàm phán Hiệp định …`, `Sớm đàm
phán hiệp định …`, `the need for the two sides to soon negotiate to sign …`, `chuẩn bị cho việc đàm phán …`): no text is on
the table yet, the document is proposed (decided, 19th session), not under negotiation; not negotiations sped up or
concluded early (`speed up negotiations`, `the early conclusion of negotiations`), which are under way."""


_SPED_UP_NEGOTIATION = compile_gated(
    r"\b(?:accelerat\w*|speed(?:s|ing)?\s+up|sped\s+up|expedit\w*|hasten\w*|step(?:s|ped|ping)?\s+up|đẩy mạnh"
    r"|đẩy nhanh|thúc đẩy|tăng tốc)\s+(?:the\s+|việc\s+)?(?:negotiations?|đàm phán)\b"
    r"(?:(?!\b(?:đã|vừa|signed|inked|witnessed|chứng kiến)\b)[^.;:]){0,110}$",
    re.I,
)
"""Before a head, negotiations sped up, however the sentence goes on to their signing (`accelerating the negotiation
and signing of the … FTA`, `đẩy mạnh đàm phán để có thể sớm ký kết Hiệp định …`, `speed up negotiations between A and
B in order to sign a credit agreement`): talks one speeds up are under way, so the document is under negotiation, not
signed, planned or proposed by the signing the sentence looks to. Not negotiations urged to begin (`thúc đẩy sớm đàm
phán`, `_URGED_NEGOTIATION`) nor their pace (`thúc đẩy tiến độ đàm phán và ký`: planned), and not when a finite
past signing or its witness stands between (`sped up negotiations and signed an MoU`)."""
_SPED_UP_REACH = 3 * _CUE_WINDOW  # characters: the verb may govern a clause of purpose that names the signing
_NOT_YET_UNDER_WAY = frozenset({AgreementStatus.SIGNED, AgreementStatus.PLANNED, AgreementStatus.PROPOSED})
"""The statuses a sped-up negotiation overrules: those a signing cue gives (and none read at all: `in order to sign a
credit agreement` is no cue of its own); not `in_force` (a text already carried out)."""


_TEXT_TO_BE_MADE = compile_gated(
    r"\b(?:devis(?:e|es|ing)|build(?:s|ing)?|develop(?:s|ing)?|draw(?:s|ing)?\s+up|work(?:s|ing)?\s+out"
    r"|formulat(?:e|es|ing)|elaborat(?:e|es|ing)|xây dựng|soạn thảo)\s+(?:[^\s.;:,]+\s+){0,3}$",
    re.I,
)
"""Right before a head, a verb of making the text (`devise an action plan`, `build a plan of action`, `xây dựng Chương
trình hành động`): the document does not exist yet."""
_WISH_OR_PROPOSAL = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|desir(?:e|es|ed|ing)|propos(?:e|es|ed|ing|al)"
    r"|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing)|should|call(?:s|ed|ing)?\s+for|mong muốn|hy vọng|đề nghị|đề xuất"
    r"|kiến nghị)\b",
    re.I,
)
_DECIDED = re.compile(
    r"\b(?:agree(?:s|d)?|agreeing|decide(?:s|d)?|deciding|commit(?:s|ted|ting)?|nhất trí|thống nhất|đồng ý|quyết định)\b",
    re.I,
)


def _text_wished_made(text: str, s_start: int, start: int) -> bool:
    """Whether the document is one the sentence only wishes or proposes to make (`voiced his hope that the two sides
    will devise an action plan`, `both sides should build an action plan`, `đề nghị hai bên xây dựng kế hoạch hành
    động`): a wish or proposal governs a verb that makes the text (`_TEXT_TO_BE_MADE`) with no decision between, so the
    text is proposed, not planned by the future (`will devise`) the rules read. A text the sides agreed or decided to
    make (`agreeing to soon devise a master plan of action`) stays planned."""
    made = _TEXT_TO_BE_MADE.search(text, max(s_start, start - _CUE_WINDOW), start)
    if made is None:
        return False
    wishes = [m.end() for m in _WISH_OR_PROPOSAL.finditer(text, s_start, made.start())]
    return bool(wishes) and not _DECIDED.search(text, wishes[-1], made.start())


def _signing_just_told(doc: ArticleDoc, idx: int) -> str | None:
    """`The signing ceremony was witnessed by … Those four documents include …`: documents counted right after
    a signing was told (in the two sentences before, with no document named there) are its documents."""
    for sentence in doc.sentences[max(0, idx - _STATE_REACH) : idx]:
        found = _SIGNED_CUE.search(doc.text, sentence.start, sentence.end)
        if found is not None and not _FUTURE.search(doc.text, sentence.start, found.start()):
            return AgreementStatus.SIGNED
    return None


_INCLUDING = compile_gated(
    r"(?:,\s*)?\b(?:including|such as|namely|gồm|bao gồm|như|là)\s*:?\s*(?:(?:signing|inking|concluding)\s+)?"
    r"(?:(?:a|an|the|một)\s+)?$",
    re.I,
)  # (`proposed initiatives …, including signing an MoU on …`: the signing is one of what was proposed)
_BARE_SIGN = compile_gated(
    r"(?:(?<!\S)|,\s*)(?:k[ýí] kết|k[ýí]|trao đổi|trao)\s+$", re.I
)  # (a headline's `Ký kết …` too; `trao Bản ghi nhớ`, `trao đổi Bản ghi nhớ`: a signed document handed over)


_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*+])[ \t]+")
_INTRO_REACH = 600  # characters before a numbered list in which its introduction tells what was done


def _list_intro_status(text: str, start: int) -> str | None:
    """`… witnessed the exchange of eight cooperation agreements. … the agreements include:` then `1. MoU between …`:
    a document that opens an item of a list is signed when the text introducing the list says they were signed."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _LIST_ITEM.match(text, line_start)
    if item is None or item.end() != start:
        return None
    intro_end = line_start
    while intro_end > 0:  # back over the list's earlier items to the line that introduces them
        previous = text.rfind("\n", 0, intro_end - 1) + 1
        if not _LIST_ITEM.match(text, previous):
            break
        intro_end = previous
    intro = text[max(0, intro_end - _INTRO_REACH) : intro_end]
    if not intro.rstrip().endswith(":"):
        return None
    signed = dict(_CUES)[AgreementStatus.SIGNED]
    return AgreementStatus.SIGNED if signed.search(intro) or _AGREED_UPON.search(intro) else None


_AGREED_UPON = re.compile(r"\b(?:have|has|had)\s+been\s+agreed\s+(?:upon|on)\b|\bwere\s+agreed\s+(?:upon|on)\b", re.I)
"""`The three documents that have been agreed upon by A and B are:`: a list of documents concluded, as signed ones."""


def _listed_status(text: str, s_start: int, start: int) -> str | None:
    """`… desire to sign several documents with the MoIT, including a MoU …`: the first of a list takes the
    status of the clause that introduces the list."""
    lead = _INCLUDING.search(text, s_start, start)
    if lead is None or lead.end() != start:
        return None
    cues = [(m.end(), status) for status, rx in _CUES for m in rx.finditer(text, s_start, lead.start())]
    return max(cues)[1] if cues else None


def _bare_verb_status(text: str, s_start: int, start: int) -> str | None:
    """`…, hội đàm với …, ký kết Bản ghi nhớ …`: `ký` right before the head, in a sentence that tells what was
    done (no future or proposal word before it), signed it; so does a count between them (`ký kết nhiều thỏa
    thuận`), and news English's present (`A and B sign MoU on …`, a headline's past) when no modal or `to` comes
    before the verb."""
    counted = _QUANTIFIER.search(text, max(s_start, start - 24), start)
    at = counted.start() if counted is not None else start
    if not (
        _BARE_SIGN.search(text, max(s_start, at - 10), at)
        or _PRESENT_SIGN.search(text, max(s_start, at - 40), at)
        or _SIGN_WITH.search(text, max(s_start, at - 90), at)
        or _COORDINATED_SIGNING.search(text, max(s_start, at - 20), at)
    ):
        return None
    before = text[s_start:start]
    if _NEGOTIATE.search(before):
        return None
    if _PROPOSING.search(before):
        return AgreementStatus.PROPOSED  # `he suggested … and soon sign a …`: what one suggests signing is proposed
    if _FUTURE.search(before) or _AGREED_TO.search(before):
        return AgreementStatus.PLANNED  # `They consented to continue … and signing an agreement on …`
    if modal := _MODAL_BEFORE_SIGN.search(before):
        # `Both sides should engage in talks to finalize and sign agreements on …`: urged, not done
        return AgreementStatus.PROPOSED if modal.group("urged") else None
    return AgreementStatus.SIGNED


_COORDINATED_SIGNING = compile_gated(r"(?:,|\band)\s+signing\s+(?:an?\s+|the\s+)?$", re.I)
"""`…, promote exchanges and signing an agreement on …`: a gerund of signing, one of a list of things done or to do."""
_AGREED_TO = compile_gated(r"\b(?:agree[sd]?|agreeing|consent(?:s|ed|ing)?|decide[sd]?|deciding)\s+to\b", re.I)
"""What the sides agreed or decided to do (`agreed to boost trade … and sign …`): ahead, planned."""


_MODAL_BEFORE_SIGN = compile_gated(
    r"\b(?:(?P<urged>should|must|need to|needs to)|shall|would|could|to)\s+(?:[\w-]+\s+){1,6}?(?:and|or)\s+"
    r"(?:signs?|inks?)\s+"
    r"(?:[^.;:]{0,40}\s)?$",
    re.I,
)
"""A sign verb coordinated after a modal or `to` (`should … finalize and sign`, `to negotiate and sign`): the modal
governs it too, whatever stands between (what one should or must sign is proposed)."""


_SIGN_WITH = compile_gated(r"(?:(?<!\S)|,\s*)(?:k[ýí](?: kết)?|signed|inked)\s+(?:với|with)\s+[^,.;:]{1,80}$", re.I)
"""`A ký với B Bản ghi nhớ …`, `A signed with B an MoU …`: the partner between the verb and the document."""
_PRESENT_SIGN = re.compile(
    r"(?<!\bto)(?<!\bwill)(?<!\bwould)(?<!\bshall)(?<!\bshould)(?<!\bcould)(?<!\bcan)(?<!\bmay)(?<!\bmight)"
    r"(?<!\bmust)(?<!\bnot)(?<!\bdid)(?<!\bto jointly)\s+(?:signs?|inks?)\s+(?:an?\s+|the\s+)?$"
)
"""`Vietnam, Laos sign MoU on …`: the present of news English (a headline's past), not after a modal or `to`."""

_SIGNED_PARTICIPLE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|has been|have been|had been)\s+)?(?:signed|inked)\b", re.I
)
"""Right after a title, its own past participle (`… will supply rice each year under an MoU signed between the two
countries`, `in line with a framework agreement signed during the visit`): signed, whatever future the sentence's main
verb tells."""

_FUTURE = compile_gated(
    r"\b(?:sẽ|dự kiến|will|to be|plan to|plans to|expects? to|expecting to|(?:is|are|was|were) (?:expected|scheduled|set|slated|due|poised) to)\b",
    re.I,
)
_JUST_SIGNED = re.compile(r"\s*,?\s*(?:vừa|mới)\s+(?:được\s+)?(?:[^\s,.;:]+\s+){0,3}?k[ýí]\b", re.I)
"""Right after a title, its signing just done (`Hiệp định khung … vừa được hai bên ký kết`, `Bản ghi nhớ mới ký`)."""
_MEANS = compile_gated(_BY_A_DOCUMENT, re.I)


def _signing_after_the_means(text: str, s_start: int, start: int, end: int) -> bool:
    """`theo Hiệp định khung về tín dụng vừa được hai bên ký kết`, `Theo Thỏa thuận … ký năm 2019, hai bên sẽ …`: a
    document named as the rule of what is done (`_BY_A_DOCUMENT`) whose title is followed by its own signing is
    signed (just now, or on the date its participle gives, which then tells whether it stands), not in force by the
    preposition alone."""
    return _MEANS.search(text, max(s_start, start - _CUE_WINDOW), start) is not None and bool(
        _JUST_SIGNED.match(text, end) or _SIGNED_ON.match(text, end)
    )


_PAST = re.compile(r"\b(?:đã|vừa|signed|inked)\b", re.I)

_ANNIVERSARY = re.compile(
    r"\b\d+\s+năm\s+(?:ngày\s+)?(?:k[ýí](?:\s+kết)?\s+(?:(?:thiết lập|xác lập)\s+)?|(?:thiết lập|xác lập)\s+)$"
    r"|\b(?:\d+(?:st|nd|rd|th)\s+anniversary\s+of|\d+\s+years\s+(?:since|after|from))\s+(?:the\s+)?sign(?:ing|ature)\s+of"
    r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+|[–-]\s+){0,6}$"
    # (the document's own anniversary: `the 45th anniversary of the Laos-Vietnam Treaty of Amity`, `the 10th
    # anniversary of the strategic partnership`; only a name's capitalised words between)
    r"|\b\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w’'-]*\s+|[–-]\s+){0,6})$",
    re.I,
)
"""Right before a head, the years since its signing (`kỷ niệm 46 năm Ngày ký Hiệp ước`, `45 năm Ký kết Hiệp định`,
`10 năm ký kết thiết lập quan hệ hợp tác hữu nghị`, `10 năm thiết lập quan hệ thành phố hữu nghị`,
`the 45th anniversary of the signing of the … Treaty`, `45 years since the signing of the … Treaty`, `the 10th
anniversary of the strategic partnership`): an anniversary, the document in force."""


def _signed_years_ago(text: str, s_start: int, start: int) -> bool:
    """Whether the words right before a head count the years since its signing (`_ANNIVERSARY`)."""
    return _ANNIVERSARY.search(text, max(s_start, start - 2 * _CUE_WINDOW), start) is not None


_FORMAL_SIGNING = re.compile(
    r"(?<!đã )(?<!vừa )(?<!được )\bk[ýí](?:\s+kết)?\s+chính thức\b"
    r"|(?<!đã )(?<!vừa )(?<!được )\bk[ýí](?:\s+kết)?(?:,|\s+và)\s+phê chuẩn\b"
    r"|\bsớm\s+chính thức\s+k[ýí]\b",
    re.I,
)
"""`sớm ký chính thức`, `sớm chính thức ký kết`, `ký kết, phê chuẩn`: the formal signing (and ratification) of a text already agreed, not a
wish to have one: planned, where `sớm` alone reads as proposed."""

_SIGNING_AND_RATIFICATION = compile_gated(
    r"\b(?:sign(?:ing)?|k[ýí](?:\s+kết)?(?:\s+chính thức)?)(?:,|\s+and|\s+và)\s+(?:ratif(?:y|ication)|phê chuẩn)\b"
    r"(?:\s+of)?(?:\s+the)?\s+[^.;:]{0,25}$",
    re.I,
)
"""Right before a head, its signing coordinated with its ratification (`back the early signing and ratification of the
EVFTA`, `vận động EU sớm ký kết, phê chuẩn Hiệp định …`): a text concluded whose signing is ahead, planned, whatever
verb of support or wish governs the two (`supports`, `back`: not a proposal of a text still to be drafted)."""
_INTO_FORCE_AHEAD = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:(?:is|are)\s+)?(?:expected|scheduled|due|set|slated)\s+to\s+"
    r"(?:enter|come|go)\s+into\s+(?:force|effect)\b|\s*,?\s*dự kiến\s+(?:sẽ\s+)?có hiệu lực\b",
    re.I,
)
"""Right after a title, its entry into force ahead (`the AfCFTA, expected to enter into force in 2021`, `… dự kiến có
hiệu lực từ …`): a text signed, not yet in force (a trade area's default)."""


def _ratification_ahead(text: str, s_start: int, start: int, end: int) -> str | None:
    """The stage a text not yet in force has reached: planned when its signing and ratification are both ahead
    (`_SIGNING_AND_RATIFICATION`), signed when only its ratification (`_RATIFY_BEFORE`, `_RATIFY_AFTER`) or its
    entry into force is (`_INTO_FORCE_AHEAD`)."""
    if _SIGNING_AND_RATIFICATION.search(text, max(s_start, start - 2 * _CUE_WINDOW), start):
        return AgreementStatus.PLANNED
    if _RATIFY_BEFORE.search(text, max(s_start, start - 2 * _CUE_WINDOW), start) or _RATIFY_AFTER.match(text, end):
        return AgreementStatus.SIGNED  # (a ratification awaited: signed, however long ago; decided, 19th session)
    return AgreementStatus.SIGNED if _INTO_FORCE_AHEAD.match(text, end) else None


_RATIFY_BEFORE = re.compile(
    r"(?:\b(?i:to|will|would|sẽ|sớm)\s+(?i:soon\s+|sớm\s+)?(?i:ratify|phê chuẩn)\s+(?i:the\s+)?"
    r"|\b(?i:support\w*|accelerat\w*|speed\w*\s+up|expedit\w*|urg\w*|early|swift|speedy|upcoming|official)\s+"
    r"(?i:the\s+)?(?i:ratification)\s+(?i:of)\s+(?i:the\s+)?(?i:signed\s+)?)"
    r"(?:(?:[A-Z][\w-]*|for|and|of|on|[-–])\s+|\(){0,10}$"
)
"""Right before a head, or before the name its head ends (`determined to ratify the Comprehensive Progressive
Agreement for Trans-Pacific Partnership (CPTPP) this year`, `sớm phê chuẩn Hiệp định …`), its ratification ahead: a
text signed and not yet in force."""
_RATIFY_AFTER = re.compile(
    r"[^.;\n]{0,100}?\b(?:will|to)\s+(?:soon\s+)?ratify\s+(?:the|this)\s+(?:treaty|pact|agreement|deal)\b", re.I
)
"""Later in its sentence, the ratification of the document just named (`the conclusion of the CPTPP and expressed
his hope that Vietnam will soon ratify the treaty`)."""


_PROPOSING = compile_gated(r"\b(?:đề nghị|đề xuất|kiến nghị|proposed?|suggest\w*|urged?)\b", re.I)
_IMPLEMENTING = compile_gated(r"\b(?:triển khai|thực hiện|thực thi|implement\w*|carry(?:ing)? out)\b", re.I)


def _read_status(
    text: str,
    s_start: int,
    s_end: int,
    start: int,
    end: int,
    titles: Sequence[tuple[int, int]],
    *,
    left_only: bool = False,
    relative_first: bool = False,
) -> str | None:
    """The nearest status cue before the head (other agreements' titles masked), else after the title
    (not for a plural or anaphoric head, whose "title" is the rest of its clause). With `relative_first`
    (English: `the action plan that … signed`, `a memorandum signed …`), the clause after the title first."""
    masked = [(a, b) for a, b in titles if not (a <= start < b) and (a, b) != (start, end)]

    def visible(pos: int) -> bool:
        return not any(a <= pos < b for a, b in masked)

    if relative_first:
        after = [
            (m.start(), status)
            for status, rx in _CUES
            if (m := rx.search(text, end, min(s_end, end + 2 * _CUE_WINDOW))) and visible(m.start())
        ]
        if after:
            return min(after)[1]
    best = None
    for status, rx in _CUES:
        for m in rx.finditer(text, max(s_start, start - _CUE_WINDOW), start):
            if visible(m.start()) and (best is None or m.end() > best[0]):
                best = (m.end(), status)
    if best or left_only:
        return best[1] if best else None
    after = []
    for status, rx in _CUES:
        m = rx.search(text, end, min(s_end, end + _CUE_WINDOW))
        if m and visible(m.start()):
            after.append((m.start(), status))
    return min(after)[1] if after else None


def _own_date(doc: ArticleDoc, end: int) -> tuple[str, str] | None:
    """`an MoU signed in 2016`, `Thỏa thuận ký năm 2015`: the date the title's own participle gives."""
    m = _SIGNED_ON.match(doc.text, end)
    if m is None:
        return None
    d = next((d for d in doc.dates_in(m.end(), m.end() + 40) if d.offset == m.end() and d.kind != "period"), None)
    return (d.start, d.precision) if d else None


_YEARS_BEFORE = 2
"""Years a signing lies before the page's year for the page to refer to the document, not report its signing: last
year's signing is still news (a page early in the year, a review of the year's signings)."""


def _signed_years_before_the_page(doc: ArticleDoc, m: Mention) -> bool:
    """`Thoả thuận ký năm 2015`, `The two provinces signed an agreement on development cooperation in 2014`, `the
    signing of the Letter of Intent … in 2015` on a page of 2023: a document whose date a sentence of its own tells
    (a year written there, not one carried over from another sentence or inferred) lies years before the page's
    present year (`ArticleDoc.present_year`) is one the page refers to as standing, in force, not a signing it
    reports; so is one an undated page names by its signing's year or month (`_signing_looked_back_on`)."""
    if _signing_looked_back_on(doc, m):
        return True
    if not m.date or not doc.present_year or int(m.date[:4]) > doc.present_year - _YEARS_BEFORE:
        return False
    for x in (m, *m.merged):
        sentence = doc.sentence_of(x.span[0])
        if any(d.start == m.date and not d.inferred_year for d in doc.dates_in(sentence.start, sentence.end)):
            return True
    return False


def _signing_looked_back_on(doc: ArticleDoc, m: Mention) -> bool:
    """`the ROK-Vietnam FTA, concluded in 2015`, `the Comprehensive Partnership, signed in 2009`, `the Framework
    Agreement which was signed in 2005`, on a page that gives no date of its own: its present cannot be told from
    its years (the signing's year is often the only one it names, so no signing is ever years before it), but a
    title followed by its own participle and a year or month alone (`_own_date`) names a standing document by when
    it was signed, a look back: a page reporting its signing gives its day (`signed on March 4, 2012`), or tells it
    in a clause of its own (`In 2012 A and B signed …`)."""
    if doc.article.date or m.precision not in ("year", "month"):
        return False
    for x in (m, *m.merged):
        if _own_date(doc, x.span[1]) == (m.date, m.precision):
            # (a year written, not inferred: `signed in March` alone may be this month's signing)
            return not any(d.inferred_year for d in doc.dates_in(x.span[1], x.span[1] + 60) if d.start == m.date)
    return False


_OPENS_A_SPAN = re.compile(r"\s*[-–—]\s*\d{4}\b")
"""`(August 1, 1993–2023)`: a day that opens a span of years is when something began (ties an anniversary
counts), not the day of the sentence's signing."""


def _date(
    doc: ArticleDoc, s_start: int, at: int, titles: Sequence[tuple[int, int]], *, before_only: bool = False
) -> tuple[str | None, str | None]:
    """The date of the sentence nearest before the head, else its first after it (a year inside a title, `năm 2025`,
    is its name); `before_only`: none after it."""
    dates = [
        d
        for d in doc.dates_in(s_start, doc.sentence_of(at).end)
        if d.kind != "period"
        and not any(a <= d.offset < b for a, b in titles)
        and not _OPENS_A_SPAN.match(doc.text, d.end_offset)
    ]
    if not dates:
        return None, None
    before = [d for d in dates if d.offset < at]
    if before_only and not before:
        return None, None
    d = before[-1] if before else dates[0]
    return d.start, d.precision


_OWN_CLAUSE = re.compile(r",\s*(?:signed|inked|concluded|adopted|which|that|được k[ýí]|k[ýí] (?:năm|ngày|vào))\b", re.I)


def _told_date(
    doc: ArticleDoc,
    s_start: int,
    at: int,
    titles: Sequence[tuple[int, int]],
    read: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """The date a document's sentence tells, which later documents may share: the one read, unless it stands after
    the head inside a clause of the document's own (`the framework agreement, signed by the two Governments in
    2005, …`), where it is that document's alone."""
    before = _date(doc, s_start, at, titles, before_only=True)
    if before[0] or not read[0]:
        return before
    clause = _OWN_CLAUSE.search(doc.text, at, doc.sentence_of(at).end)
    after = next((d for d in doc.dates_in(at, doc.sentence_of(at).end) if d.start == read[0]), None)
    if clause is not None and after is not None and clause.start() < after.offset:
        return None, None
    return read


_VI_PROPOSING = compile_gated(r"\b(?:đề nghị|đề xuất|kiến nghị|xem xét|nghiên cứu khả thi)\b", re.I)


def _proposed_in_its_sentence(text: str, s_start: int, start: int) -> bool:
    """`Thủ tướng đề nghị hai bên sớm tổ chức nhóm công tác chung về nghiên cứu khả thi FTA …`, `đang xem xét đề nghị
    của A về thiết lập khuôn khổ quan hệ mới "Đối tác toàn diện"`: a trade area or partnership no cue near it places,
    in a sentence that proposes what comes after (beyond the cue window), is proposed, not in force by its kind's
    default; not one whose anniversary is proposed (`đề nghị … kỷ niệm 10 năm thiết lập quan hệ Đối tác …`)."""
    proposal = _VI_PROPOSING.search(text, s_start, start)
    return proposal is not None and not _YEARS_SINCE.search(text, proposal.end(), start)


_YEARS_SINCE = re.compile(r"\bkỷ niệm\s+\d+\s+năm\b", re.I)
"""`đề nghị hai bên tổ chức kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến lược`: what has stood for years."""


_INDEFINITE = re.compile(
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bhaving )(?<!\bcó )\b(?i:an?|một)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$"
)
"""Right before a title, an indefinite article and at most two lowercase words (`explore a potential Vietnam–Egypt
FTA`, `concluding a bilateral FTA`, `lay the groundwork for a future free trade agreement`): a document not yet
identified, one that does not exist yet; not after `have` (`Vietnam and Chile have a free trade agreement`)."""


def _not_yet_identified(text: str, s_start: int, start: int) -> bool:
    """Whether a trade agreement no cue places is named by an indefinite article (`_INDEFINITE`): a text that stands
    is named as the one it is (`the EVFTA`, `the Korea-Vietnam FTA`), one still wished for, explored or negotiated as
    one of its kind. Its kind's default (in force) does not hold; what the sides want is proposed, the stage the gold
    reads most often for such a text (`a potential … FTA`, `a bilateral FTA`, `a Preferential Trade Agreement`)."""
    return _INDEFINITE.search(text, max(s_start, start - _CUE_WINDOW), start) is not None


_WOULD = re.compile(r"\s*(?:\([^)]*\)\s*)?would\b", re.I)
_ACT_ON_IT = re.compile(
    r"\b(?:ratification|signing|implementation|conclusion|adoption|approval|entry into force)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}$",
    re.I,
)


def _conditional_subject(text: str, s_start: int, start: int, end: int) -> bool:
    """`The Memorandum of Understanding (MoU) would expand more bilateral trade …`, `as the EU-Vietnam Free Trade
    Agreement (FTA) would create an opportunity …`: a document no cue places, subject of a conditional, is one still
    ahead (planned), not one signed or in force by its kind's default; not when the conditional is what an act on it
    brings (`the ratification of the CPTPP would enhance …`: the act is ahead, the document stands)."""
    return bool(_WOULD.match(text, end)) and not _ACT_ON_IT.search(text, max(s_start, start - _CUE_WINDOW), start)
