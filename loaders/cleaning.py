"""Stage 2, cleaning: `RawDocument` -> `CleanDocument` (article lines in blocks, page furniture gone).

Takes the decoded text of a scraped page and gives its article lines, grouped
in `Block`s: a new block starts wherever an article may end (an end marker
`/.`, a `Nguồn:` line, a copyright line) or after a removed related-news list.
The splitter decides which blocks are separate articles.

What is removed, by general rules of Vietnamese news pages (never by the text
of one page): related-news blocks (`Tin liên quan`, `Tin mới`, `Tin cùng
chuyên mục`, `Xem thêm`, `Đọc thêm`…) with their teaser lists (bullets,
category lines, headlines, time stamps, summaries); photo credits and some
captions (`Ảnh: …`, lines ending in `|`, `Quang cảnh …`, a line repeating the
headline and the caption under it; one ending in a bracketed credit,
`(Photo: VNA)`; a caption ending in `- Ảnh: X |` stays without its credit:
it often alone names who signed or met; so does a page's first paragraph written as a caption, a whole
sentence before its credit or one telling a meeting (`X receives Y (Photo: VNA)`, `X receives Y, Ha Noi, May 6 |`): it is the lead); share widgets (`Click để copy`, a line of networks' names: `Facebook Twitter Email`), advertisement labels, a
cookie notice; copyright lines;
bylines, alone or with the author's office after a dash, in brackets with initials (`(Y.T., Sở X)`) or over an
editor's note; a wire service the story is attributed to (`according to X News Agency`); a related headline written
twice on one line (its link text and its picture's alt text), related headlines run together before an English lead (cut where `A`/`The` opens
it); a site's footer after an article's explicit end: its dashed list of other stories,
copyright and contact lines (`Address:`, `Tel:`, `Địa chỉ:`); a site's call to read or follow it (`Please read
more …`, `Mời quý độc giả theo dõi … trên`); a trail of sections (`Trang chủ …`, `Home > …`) and a view counter;
a tags line (`Từ khóa: …`, `Tags: …`), and the teasers after the related-news heading it may end with; teasers each closed by a link to read on (`Read More`, two or more on a page) and headlines each under a
bullet alone on its line (`-`, two or more in a row): lists of other stories; on a Vietnamese page, a line that
opens with a link's slug in unmarked lowercase words (a related story's link, its headline after it); a heading of
other stories alone on its line (`More articles`, `Latest news`, `Bài viết liên quan`, `Tin cùng loại`), a link to
the previous or next story (`Previous article`, `Bài trước`) or a tags heading alone (`Tags`) with what follows it; a
photo's credit in its other forms (`[Photo/Xinhua]`, `— VNA/VNS Photo X`, `Image: X`, `. Photo by X`, `- Ảnh Báo X`),
its caption kept; a closing
byline with the outlet after a slash (`Hà Văn/ Báo Chính phủ`); the page's
machinery by its form: an e-mail address, a link or an image's file name alone, the reader's controls (`Text Size`,
`Close`), a comment form (`Leave a reply`, `Please enter your comment!`), a photo's numbered alt text (`… - ảnh 1`),
a bar of the site's topics under a label in capitals at a page's top (`HOT TOPICS …`, no stop in it);
a wire service's credit line (`ANI New Delhi`, `VNA`) or a paper's with its city (`The Herald (Harare)`); datelines,
`Nguồn:` lines and an outlet with a day under the story (`Báo X 15/5/2018`), kept as the outlet and date.
Lines a hard-wrapped page broke mid-sentence are joined again first, and Vietnamese syllables it ran
together (`ôngNguyễn`, `HàTĩnh`) are spaced again.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from core.text import fold, normalize
from loaders.compounds import tiep_compound_after_alternation, tiep_compound_before_lookbehinds
from loaders.datelines import ENGLISH_LINE, OUTLET_LINE
from loaders.dates import DateMention, find_dates
from loaders.first_letters import compile_gated
from loaders.gazetteer import capital_rows, load_gazetteer
from loaders.language import VI, detect_lang
from loaders.letters import LOWER, UPPER
from loaders.models import RawDocument


@dataclass(slots=True)
class Block:
    """Consecutive article lines with what the page said about them."""

    lines: list[str] = field(default_factory=list)
    outlet: str | None = None  # from `Nguồn: …`, a dateline `(VTC News) -`, a copyright line
    date: str | None = None  # ISO date from a dateline
    date_above_headline: bool = False  # that date was read before any headline: maybe the site's clock
    ends_article: bool = False  # closed by an explicit end marker (`/.`, `Nguồn:`, copyright)
    after_furniture: bool = False  # starts right after a removed related-news list
    captions: list[str] = field(default_factory=list)  # photos' captions removed here (`set_aside_caption`)


@dataclass(slots=True)
class CleanDocument:
    source: str
    encoding: str
    blocks: list[Block]
    removed_lines: int = 0


_HEADING = compile_gated(
    r"^(?:(?:Tin|Bài|Tin tức)\s+(?:liên quan|mới|mới nhất|cùng chuyên mục|khác|đọc nhiều|xem nhiều|nổi bật|cùng chủ đề)"
    r"|(?:Xem|Đọc)\s+thêm|Có thể bạn quan tâm|Related(?: news| articles)?(?!\s+(?:to|with)\b)|Read more|See also|Also read|Read also"
    r"|Must read)"
    r"\b\s*:?\s*(.*)$",
    re.I,
)
_GLUED_HEADING = re.compile(
    r"(?<=[.!?…\"”])\s*(?=(?:Tin liên quan|Tin mới|Tin cùng chuyên mục|Bài liên quan|Xem thêm|Đọc thêm)\b)"
)
_GLUED_CUES = re.compile(r"Tin |Bài liên quan|Xem thêm|Đọc thêm")
"""Whether `_GLUED_HEADING` can match (its look-behind first makes it try every position: ~10x slower)."""
_INLINE_TEASER = re.compile(
    r"^(?:(?:>>+|»|►|▶|→)\s*|(?:Also (?:check|see)|Check also|Read next|Đọc tiếp|Xem tiếp|Xem video|Video|Clip)\s*:\s*)\S",
    re.I,
)
"""One related headline written inside the story under its cue (`Also Check: X Has Lost Jobs in Y – Z`, `>> X thăm
tỉnh Y`, `Video: …`, `Đọc tiếp: …`): that line goes, the story goes on after it (no list follows, unlike under `Tin
liên quan`)."""
_DATED_TEASER = re.compile(
    r"^[^.!?]{15,250}?(?:\s*[(\[]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]"
    r"|\s+[-–|]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?)\s*$"
)
"""A headline with its day after it, in brackets or after a dash (`X thăm tỉnh Y (12/06/2025)`, `… - 12/06/2025`): a
link of the site's list of other stories (`Các tin khác`), with or without its heading; a sentence of news ends with
its stop, not with a bracketed day."""
_DATED_TEASER_WORDS = 35
_INLINE_TEASER_WORDS = 30


def _may_end_with_a_day(line: str) -> bool:
    """Whether `_DATED_TEASER` can match the line: its day (in brackets or after a dash) ends it, so a closing bracket
    or a digit does, then only white space. A cheap look first: the pattern's lazy run is tried at each of the line's
    first 250 characters, and most lines end with a stop."""
    last = line.rstrip()[-1:]
    return last in (")", "]") or last.isdecimal()


_TAGS = re.compile(r"^(?:Từ khóa|Từ khoá|Tags|Keywords)\s*:")
"""A page's tags line (`Từ khóa: …`, `Tags: …`): the site's index words, names in them the article may never report."""
_GLUED_TAGS = re.compile(r"(?<=[.!?…\"”])\s*(?=(?:Từ khóa|Từ khoá|Tags|Keywords)\s*:)")
_TRAILING_HEADING = re.compile(r"\b(?:Tin liên quan|Bài liên quan|Xem thêm|Đọc thêm|Read more|Related)\s*:?\s*$", re.I)
"""A related-news heading a tags line ends with (`Từ khóa: … Xem thêm`): the teasers come after it."""
_END_MARKER = re.compile(r"\s*/\.\s*")
_TIMESTAMP = re.compile(
    r"^(?:\d{1,2}[:h]\d{2}'?\s*[-–|,]?\s*(?:\d{1,2}/\d{1,2}/\d{2,4})?"
    r"|(?:\w+,\s*)?\d{1,2}/\d{1,2}/\d{2,4}(?:\s*[-–|,]?\s*\d{1,2}[:h]\d{2}'?)?(?:\s*\(?GMT[+-]\d+\)?)?"
    r"|\d+\s+(?:phút|giờ|ngày)\s+trước)$",
    re.I,
)
_BULLET = re.compile(r"^[-–•·*]+$")
_WIDGET = re.compile(
    r"^[•·\-*]?\s*(?:Click để copy|Sao chép liên kết|Copy link|Chia sẻ(?: bài viết)?|In bài(?: viết)?|Lưu bài|"
    r"Bình luận|Gửi bình luận|Theo dõi .{1,40} trên Google News|Facebook|Twitter|Zalo|Email|Print|Share"
    r"|Share (?:this|this article|this story|on \w+)|Tweet|Advertisement|Sponsored|Quảng cáo"
    r"|(?:Facebook|Twitter|X|Zalo|Email|E-mail|LinkedIn|WhatsApp|Telegram|Messenger|Print|Copy link)"
    r"(?:[\s,|/·•]+(?:Facebook|Twitter|X|Zalo|Email|E-mail|LinkedIn|WhatsApp|Telegram|Messenger|Print|Copy link))+)"
    r"\s*:?\s*$",
    re.I,
)
_WEATHER = re.compile(r"^[^\d:]{2,40}:?\s*-?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]?\b[^.!?]{0,60}$")
"""A weather widget's line (`Hà Nội: 16°C Hà Nội`, `Hanoi 28 °C`): a city and its temperature, no sentence."""
_CALL_TO_ACTION = re.compile(
    r"\b(?:Please (?:read|listen|follow|like|subscribe|visit|click|share|enter|log in|sign in|register)|Subscribe to our"
    r"|(?:Follow|Like) (?:us|[\w&.'’ -]{1,40}?) on (?:Facebook|Twitter|Instagram|YouTube|LinkedIn|Telegram|TikTok|Zalo))\b"
    r"|^(?:Mời (?:quý )?(?:độc giả|bạn đọc)|Theo dõi \S+\.\S+ trên)"
)  # (case as written: `does not subscribe to the view` is news)
"""A site asking to be read or followed (`Please read more … news`, `Like us on Facebook`, `Follow <site> on Facebook`,
`Mời quý độc giả theo dõi … trên`) or commented on (`Please enter your comment!`): its furniture, with the names of its
own programmes and pages in it."""
_CALL_WORDS = 30
_CALL_WORDS_IN = ("Please ", "Subscribe to our", "Follow ", "Like ")
_CALL_OPENERS = ("Mời ", "Theo dõi ")


def _may_call_to_action(line: str) -> bool:
    """Whether `_CALL_TO_ACTION` (case as written) can match: one of its words in the line, or an opener starting
    it. Looked up first since the pattern, tried at every position of every line, costs more than this look."""
    return line.startswith(_CALL_OPENERS) or any(word in line for word in _CALL_WORDS_IN)


_COOKIES = re.compile(
    r"\b(?:uses?|using) cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\baccept (?:all )?cookies\b"
    r"|\bsử dụng cookie\b|\bchính sách cookie\b",
    re.I,
)
"""A site's cookie notice (`This website uses cookies …`, `Accept all cookies`): furniture, whatever it names."""
_COOKIE_WORDS = 60
_BREADCRUMB = compile_gated(r"^(?:Trang chủ\b|Home\s*[>»/›|])")
"""A page's trail of sections (`Trang chủ Chính trị - Xã hội`, `Home > Economy`): its menu, not the headline."""
_VIEWS = compile_gated(r"\blượt xem\b|\bviews?\s*$|^views?\s*:", re.I)
"""A view counter (`Số lượng lượt xem: 21`, `353 lượt xem`, `1,204 views`)."""
_SHORT_FURNITURE_WORDS = 10
_PAGE_CONTROL = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address alone (the author's, under a byline)
    r"|(?:\[\d+\]\s*)?https?://\S+"  # a link alone
    r"|[a-z]+(?:_[a-z]+)+"  # an identifier of the page's markup (`bar_progress`)
    r"|.{0,80}\.(?:jpe?g|png|gif|webp)"  # an image's file name (`img-20241108-141402.jpg`)
    r"|(?:Text size|Font size|Cỡ chữ|Xem với cỡ chữ|Màu chữ)\b.*"  # the reader's type controls
    r"|Close|Đóng|Feedback|Select page|Banner|Must read|Leave a (?:reply|comment)|Add new comment|Post a comment"
    r"|Skip to (?:main )?content"
    r"|Bình luận (?:của bạn|không đăng nhập)\b.*"  # a comment box's prompts
    r"|(?:.{0,60}[\s)])?Download(?: (?:logo|PDF|photos?|images?|files?|attachments?))?)$",  # a download button
    re.I,
)
"""A line of the page's own machinery, by its form on any site: an address, a link or a file name alone, a control
(`Text Size`, `Close`, `Leave a reply`, a comment box's prompt, a download button with the distributor's name before
it: `… Press Organization)Download logo`)."""
_LABELLED_BAR = re.compile(rf"^(?:[{UPPER}]{{2,}}\s+){{2,}}[{UPPER}]{{2,}}\s+(?=[^{UPPER}\s]|[{UPPER}][^{UPPER}\s])")
"""A bar of the site's topics under a label in capitals (`HOT TOPICS 70th anniversary of … Summit 2023 Covid-19
Pandemic`): three words or more in capitals, then the topics' names run together."""
_BAR_WORDS = 12
_WIRE_AGENCIES = (
    "ANI|PTI|IANS|UNI|AFP|AP|Reuters|Xinhua|Bernama|Kyodo|Yonhap|VNA|TTXVN|KPL|AKP|Antara|Sputnik|TASS|dpa|EFE|ANSA"
    "|Prensa Latina|MENA|WAM|SPA|KUNA|QNA|IRNA|Anadolu|Interfax|Montsame|BSS|APP|Lusa|PNA|NNA"
)
_WIRE_LINE = re.compile(
    rf"^(?:{_WIRE_AGENCIES}|(?:[{UPPER}][\w’'-]*\s+){{1,3}}(?:Press|News)\s+Agency)"
    rf"(?:(?:\s*[|,/–-]\s*|\s+)[{UPPER}][^\d.!?:;]{{1,40}}|\s*\([{UPPER}][^\d()]{{1,30}}\))?$"
)
"""A wire service's credit line, alone or with the place the story was filed from (`ANI New Delhi`, `Xinhua |
Beijing`, `VNA`, any `X Press Agency (City)`): who sent the story and from where, no place the story is about."""
_WIRE_WORDS = 6
_WIRE_NAME = (
    rf"(?:the\s+)?(?:{_WIRE_AGENCIES}|(?:[{UPPER}][\w’'-]*\s+){{1,3}}(?:Press|News)\s+Agency|Thông tấn xã Việt Nam"
    rf"|Đài Tiếng nói Việt Nam|Tân Hoa xã)(?:\s*\((?:{_WIRE_AGENCIES})\))?(?:\s+news agency)?"
)
_WIRE_ATTRIBUTION = compile_gated(
    rf"(?:^|,\s*|(?<=\s))(?:(?:This|It) (?:is|was)\s+)?(?:[Aa]ccording to|[Tt]heo|(?:[Aa]s )?reported by|[Cc]ited by"
    rf"|[Qq]uoted by|[Ii]n an interview with|[Tt]rả lời phỏng vấn|[Tt]rao đổi với|[Cc]hia sẻ với)\s+"
    rf"(?:(?:a\s+|the\s+)?(?:reports?|dispatch)\s+(?:by|from)\s+|(?:phóng viên|PV)\s+)?"
    rf"{_WIRE_NAME}(?:\s*,\s*|(?=\s*[.;]|\s+(?:tại|ở)\s|$))"
    rf"|,\s*(?:a\s+|the\s+)?{_WIRE_NAME}(?:[’']s)?(?:\s+correspondents?(?:\s+in\s+[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})?)?"
    rf"\s+(?:reported|said|quoted)(?=\s*[.;])"
)
"""A story's attribution to the wire service it was taken from (`According to Vietnam News Agency, …`, `… (, this
is) according to a report by Vietnam News Agency (VNA).`, `…, the Vietnam News Agency reported.`, `…, Xinhua news
agency reported.`, `…, a VNA correspondent in Vientiane reported.`, `…, as reported by X News Agency.`, `In an
interview with the X News Agency, …`, `Theo (phóng viên) Thông tấn xã Việt Nam (tại Lào), …`, `Trả lời phỏng vấn phóng
viên Thông tấn xã Việt Nam, …`): who carried the news, no party to it; the clause goes, the sentence stays (and the
place a Vietnamese correspondent writes from: the story's own, often)."""
_WIRE_ATTRIBUTION_CUES = (
    "ccording to",
    "heo ",
    "reported",
    " said",
    "uoted by",
    "ited by",
    "nterview with",
    "phỏng vấn",
    "rao đổi với",
    "hia sẻ với",
)


def _without_wire_attribution(line: str) -> str:
    """The line without its attribution to a wire service (`_WIRE_ATTRIBUTION`), its first letter a capital again
    when the clause opened it."""
    if not any(cue in line for cue in _WIRE_ATTRIBUTION_CUES):
        return line
    cut = _WIRE_ATTRIBUTION.sub("", line)
    if cut == line:
        return line
    cut = _LEFT_STOP.sub(r"\1", cut).strip()  # (`… activities. This is according to VNA.`: the sentence went whole)
    return cut[:1].upper() + cut[1:] if cut else line


_LEFT_STOP = re.compile(r"([.!?])\s*\.")


_OUTLET_AND_CITY = re.compile(
    rf"^(?:The\s+)?(?:[{UPPER}][\w’'.&-]*\s+){{0,3}}(?:News|Times|Daily|Herald|Post|Press|Observer|Tribune|Nation"
    rf"|Standard|Monitor|Citizen|Guardian|Chronicle|Gazette|Journal|Mail|Star|Telegraph|Express|Independent|Reporter"
    rf"|Radio|Television|TV)(?:\s+[{UPPER}][\w’'.&-]*){{0,2}}\s*\([{UPPER}][^\d().!?:;,]{{1,30}}\)$"
)
"""A newspaper's name and its city in brackets alone on a line (`Tanzania Daily News (Dar es Salaam)`, `The Herald
(Harare)`), as an aggregator credits the paper a story is taken from: who published it and where, no place the story
is about."""
_GLUED_TEASERS = re.compile(r"^[^.,;:!?()\"“”]{40,300}?\s(?=(?:A|The)\s+[a-z]{2,}\b)")
"""Related headlines run together before a page's lead when their links lost their line breaks (`Vietnam a priority in
… development Russian tourists arrive in … A working session on September 4 …`): news never writes a capitalised `A`
or `The` mid-sentence with no stop before it (not `An`: a syllable of Vietnamese names, `Long An tổ chức`)."""
_GLUED_TEASER_WORDS = 8
_ALT_TEXT = re.compile(r"(?:^|\s)(?:[-–]\s*)?[Ảả]nh\s+\d{1,2}\.?$")
"""A photo's alt text, the headline or caption numbered (`Việt Nam, Lào tăng cường hợp tác - ảnh 1`)."""
_ALT_TEXT_WORDS = 40
_LIST_HEADING = re.compile(
    r"^(?:(?:More|Latest|Other|Recent|Top|Popular|Trending|Featured|Related)\s+(?:articles|news|stories|posts)"
    r"|Most (?:read|viewed|popular)|You (?:may|might) also like|Recommended(?: for you)?|Don'?t miss"
    r"|Related (?:posts|stories|content|coverage|topics|reading|links)|Read next|Further reading|Editor'?s picks?"
    r"|You (?:may|might) (?:also )?be interested in|More (?:from|on) (?-i:[A-Z])[^.!?:]{1,40}|Trending(?: now)?"
    r"|Liên kết(?: website)?"
    r"|Bài viết (?:liên quan|khác|cùng chuyên mục)|Tin tức (?:khác|cùng chuyên mục)|(?:Các )?(?:tin|bài) (?:đã đưa|khác)"
    r"|(?:Những|Các) (?:tin|bài)(?: viết)? (?:mới hơn|cũ hơn|mới đăng|đã đăng|liên quan)|Tin bài (?:liên quan|khác)"
    r"|Cùng (?:chuyên mục|danh mục|chủ đề)|(?:Tin |Bài )?(?:Đọc|Xem) nhiều(?: nhất)?|Mới nhất|Nổi bật|Tiêu điểm"
    r"|(?:(?:Những|Các) )?(?:Tin|Bài|Bài viết|Tin tức|Tin bài|Nội dung)"
    r" (?:liên quan|khác|cùng (?:loại|chuyên mục|danh mục|chủ đề|lĩnh vực)|mới|mới nhất|mới hơn|cũ hơn|tiêu điểm"
    r"|nổi bật|đáng chú ý|vắn|ảnh|trước|sau|tiếp theo)"
    r"|Sự kiện nổi bật|Có thể bạn (?:muốn đọc|chưa đọc|cũng quan tâm)|Đừng bỏ lỡ|Multimedia|E-?magazine|Infographics?"
    r"|Latest|Popular|Others|Highlights|What'?s new|News in brief|In case you missed it|Up next|See more|Similar articles"
    r"|More (?:in|on) (?:this (?:topic|story)|(?-i:[A-Z])[^.!?:]{1,40})|Latest (?:from|in) (?-i:[A-Z])[^.!?:]{1,40}"
    r"|(?:Previous|Next|Older|Newer) (?:article|post|story|news|entry)s?|Tags|Từ kh(?:óa|oá)|Keywords|Chủ đề|Topics)"
    r"\s*(?::|\.{2,}|…)?$",
    re.I,
)
"""A heading of the site's other stories written alone on its line (`More articles`, `Latest news`, `Most read`,
`Related posts`, `Bài viết liên quan`, `Những tin cũ hơn`, `Cùng chuyên mục`, `Đọc nhiều`, `Mới nhất`, `Tin cùng
loại`, `Sự kiện nổi bật`), a link to the story before or after this one (`Previous article`, `Next post`, `Bài
trước`), or a tags heading alone (`Tags`, `Từ khóa:`, `Chủ đề`): the teasers (the tags, each on its line) after it
go as after `Tin liên quan`."""
_COPYRIGHT = re.compile(
    r"^[-–•·*]?\s*(?:\(\*\)\s*)?(?:©|Bản quyền|Copyright|(?:Nghiêm cấm|Cấm|Không được|Không)\s+sao chép|Ghi rõ nguồn"
    r"|All rights reserved)",
    re.I,
)
"""A site's copyright line (`© …`, `Bản quyền thuộc về …`, `(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý
của Báo X`, `All rights reserved`): the article has ended, and the outlet it names is the page's own."""
_CONTACT = re.compile(
    r"^[-–•·*]?\s*(?:(?:Address|Tel|Phone|Fax|E-?mail|Hotline|Địa chỉ|Điện thoại|ĐT|Đường dây nóng"
    r"|(?:Phó )?Tổng biên tập|Cơ quan chủ quản|Chịu trách nhiệm(?: xuất bản| nội dung)?"
    r"|Editor[- ]in[- ]chief|Managing editor|Publisher|Licen[cs]e(?: No\.?)?)\s*:"
    r"|Giấy phép\b[^:\d]{0,40}\bsố\s*:?\s*\d)",
    re.I,
)
"""A site's contact block or masthead (`Address: 128 …`, `Tel: … Email: …`, `Địa chỉ: …`, `Tổng biên tập: …`, `Cơ
quan chủ quản: …`, `Giấy phép số 12/GP-…`, `Editor-in-chief: …`): the footer, never the news, whose editor and owner it names."""
_CONTACT_WORDS = 30
_LISTED = re.compile(r"^[-–•·*]\s+\S")
"""A line of a dashed or bulleted list (`- The X delegation visits Y`)."""
_LISTED_WORDS = 30
_QUOTED = re.compile(r"[\"“]([^\"”]{2,60})[\"”]|thuộc về\s+([^,.;]{2,60})", re.I)
_SOURCE_LINE = re.compile(r"^\(?\s*(?:Nguồn(?:\s+tin)?|Theo|Source)\s*:?\s*([^()]{2,60}?)\s*\)?\s*\.?$", re.I)
_SOURCE_STRICT = re.compile(r"^\(?\s*(?:Nguồn(?:\s+tin)?\s*:|Theo\s*:?|Source\s*:)", re.I)
_DATED_SOURCE = re.compile(
    r"^(?:Theo\s+)?(?P<outlet>(?:Báo|Tạp chí|Đài|Cổng (?:thông tin|TTĐT)|Thông tấn xã)\s[^\d()|.!?:;]{2,50}?)"
    r"\s*[-–,|(]?\s*(?:ngày\s+)?(?P<day>\d{1,2}/\d{1,2}/\d{4})\s*\)?$"
)
"""The outlet a story was taken from and the day it ran there, under the story (`Báo Hải Phòng 15/5/2018`, `Theo Tạp
chí Công Thương (12/3/2024)`): a source line, as `Nguồn: …` is."""
_DATED_SOURCE_AFTER = 2
"""Lines of the story kept before it: at a page's top, an outlet's name and a day are its masthead and date line."""
_META_LABEL = re.compile(
    r"^[-–•·*]?\s*(?:Thể loại|Chuyên mục|Danh mục|Tác giả|Người viết|Phóng viên|Biên tập(?: viên)?|Thực hiện|Trình bày"
    r"|Categor(?:y|ies)|Section|Authors?|Editors?|Edited by|Reporters?|Photographers?|Writers?|Posted in|Filed under"
    r"|Follow(?: topics?)?|Contacts?|Liên hệ|(?:Tin|Bài)\s*(?:[-–,&/]|và)\s*ảnh|(?:Text|Story|Words) and photos?)\s*:",
    re.I,
)
"""A label of the page's record of the article (`Thể loại: Nội chính`, `Tác giả:`, `Editor : Jane Roe`, `Filed under:
Economy`, `Follow topic:`, `Tin-ảnh: X`): who wrote or filed it and under which section, names the news does not report on."""
_META_LABEL_WORDS = 8
_STAMP_LABELS = (
    r"cập nhật(?: ngày| lúc)?|ngày cập nhật|ngày đăng|đăng ngày|released at|published(?: on| at)?"
    r"|posted(?: on| at)?|updated(?: on| at)?"
)
"""The labels of a story's own date line (`Cập nhật: …`, `Updated on …`): what the date is, where a site's clock gives
only the day (`_DATELINE` reads them; `_STAMP_LABEL` asks whether a line opens with one)."""
_DATELINE = re.compile(
    rf"^\s*(?:date\s+|(?:{_STAMP_LABELS})\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?"
    r"\s*(?:\(?\s*GMT\s*[+-]\s*\d+\s*\)?)?\s*(?:\(([^()]{2,40})\))?\s*[-–|]?\s*"
    rf"(?:(?<=[\d|)\s])(?-i:[{UPPER}])[^\W\d_]*(?:[ &/-]+[^\W\d_]+){{0,2}}\s*)?$",
    re.I,
)
"""A page's date line (`Thứ Năm, 23/10/2025 14:05 (GMT+7)`, `09:06 | 24/05/2016`, `Cập nhật: 16/11/2022`, `Released at:
16:28, 03/07/2015`: an update or release stamp is one too), with the outlet in brackets or the
site's section or the author after it (`… 24/05/2016 Industry`, `15/03/2019 | Minh Anh`): words that head every story of
the page's section, no news of this one."""
_SIGNED_STAMP = re.compile(
    rf"^(?-i:[{UPPER}])[^\s\d()|,]*(?:\s+(?-i:[{UPPER}])[^\s\d()|,]*){{0,3}}\s*(?:\([^()]{{1,60}}\))?\s*[-–|,]?\s*(?=\d|\w+,)"
)
"""An author's name (and office in brackets) before a page's date line (`Văn Khương 16/04/2019 08:57 GMT+7`, `PV
26/02/2024 19:21`, `Đức Cường (Phóng viên VTV tại Nhật Bản)-Thứ hai, …`): the byline and the date, no news."""
# A saved page's date stamp glued to its first line (`date 2025-10-22 Thứ Năm, 23/10/2025`).
_DATE_STAMP = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+(?=\S)|\s*$)")
_BYLINE_LINE = re.compile(
    rf"^(?:By|(?:Reported|Translated|Written|Edited|Compiled|Posted)\s+by)\s*:?\s+[{UPPER}][^\d!?;:()]{{1,60}}(?<!\.)$"
)
"""An author's or translator's line (`By Jane Doe`, `Reported by A.B – Translated by C.D`, `By: News Staff`): who wrote
the page, never whom it reports on."""
_BYLINE_LINE_WORDS = 10
_WIRE_CREDITS = re.compile(
    r"^\(?\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Photos?|Graphics?|Video)\s+by\s+[^()]{2,200}\)?\.?$"
)
"""A wire story's closing credits (`(Reporting by A in B; Editing by C)`, `Writing by A`, `Photo by A`): who reported,
wrote and edited it and where from, names the story does not report on."""
_WIRE_CREDITS_WORDS = 40
_BYLINE_FIRST_LETTERS = frozenset("BRTWECP")
"""The first letters of `_BYLINE_LINE`'s openers: a line that starts with none of them is not tried."""
_CREDIT = re.compile(
    r"\(\s*(?:Ảnh|Nguồn ảnh|Photo|Video|Đồ họa)\b[^)]*\)|(?:^|\s)(?:Ảnh|Nguồn ảnh|Photo|Đồ họa)\s*:", re.I
)
_OTHER_CREDIT = re.compile(
    r"\s*(?:\[\s*(?:Ảnh|Photo|Image)\b[^\]]{0,60}\]|\((?:[^()\s]+\s+){1,3}Photo\b[^()]{0,40}\))"
    r"|(?:^|\s)(?:Image|Photo credit|Image credit|Ảnh minh h(?:ọa|oạ)|Ảnh tư liệu)\s*:.{0,60}$"
    r"|(?<=[.!?)”\"])\s*[—–]\s*(?:[^\s—–]+\s+)?Photos?\b.{0,60}$"
    r"|(?<=[.!?)”\"])\s+(?:Photos?|Images?)\s+(?:by|courtesy of)\s+[^.!?]{2,60}\.?$"
    rf"|\s+[-–]\s+Ảnh\s+[{UPPER}][^|:()!?]{{0,40}}?\.?\s*\|?\s*$",
)
"""A photo's credit in the other forms sites write it, in brackets (`[Photo/Xinhua]`, `(VNA/VNS Photo X)`) or closing
the caption (`Image: X`, `Ảnh minh họa: X`, after its last stop and a dash `— VNA/VNS Photo X`, `— Photo courtesy of
X`, after its stop alone `… on Sunday. Photo by X`, `Photo courtesy of X`, after a dash with no colon `… - Ảnh Báo
X.`, the word after `Ảnh` capitalised as a name is, never `Ảnh hưởng`): who took the picture, no one the story
reports on. The credit goes, the caption stays as text (it may tell who
met whom where and when, the only place a page does)."""
_OTHER_CREDIT_WORDS = ("Photo", "Image", "Ảnh", "[")


def _may_hold_other_credit(line: str) -> bool:
    """Whether `_OTHER_CREDIT` can match: one of its words in the line (a cheap look before the pattern)."""
    return any(word in line for word in _OTHER_CREDIT_WORDS)


_SIGNING_CAPTION = compile_gated(
    r"\b(?:k[ýí](?: kết)?|trao(?: đổi)?|signs?|signed|signing|inks?|inked|exchanges?|exchanged)\s+(?:\S+\s+){0,4}?"
    r"(?:bản ghi nhớ|biên bản|thỏa thuận|hiệp định|văn kiện|kế hoạch|ý định thư|nghị định thư|hợp đồng"
    r"|báo cáo (?:sơ|tổng) kết|memorandum|memoranda|mous?|moas?|agreements?|minutes|letters? of intent|action plan"
    r"|protocols?|deals?|contracts?)\b",
    re.I,
)
"""A caption that tells a signing: a signing verb, then a document within a few words."""
_MEETING_CAPTION = compile_gated(
    r"\b(?:receives?|received|meets?(?: with)?|met|welcomes?|welcomed|holds? talks|held talks"
    rf"|(?<!buổi )(?<!cuộc ){tiep_compound_before_lookbehinds()}tiếp(?! (?:{tiep_compound_after_alternation()})\b)"
    r"|hội kiến|hội đàm|tiếp kiến|gặp"
    r"|làm việc với)\b"
)
"""A caption that tells a meeting (`X receives Y`, `A tiếp B`; not `tiếp` inside a compound word, `tiếp tục` "go on",
`trực tiếp` "direct" (`loaders.compounds`), nor the noun `buổi tiếp` "the reception"): kept when it is the page's first paragraph or a whole sentence before a bare credit."""
_TRAILING_CREDIT = re.compile(
    r"\s+[-–]\s+(?:\(\s*(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^|:()]{1,60}\)\.?|(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^|:()]{1,60})"
    r"\s*\|?\s*$"
)
"""A credit closing a caption after a dash, bare or in brackets (`… giữa Bộ Công Thương và Bộ … Australia - Ảnh: Đoàn
Bắc |`, `… giữa tỉnh A và tỉnh B - (Ảnh: X). |`)."""
_CREDIT_WORDS = ("Ảnh", "Nguồn ảnh", "Photo")


def _may_end_in_a_credit(line: str) -> bool:
    """Whether `_TRAILING_CREDIT` (case as written) can match: one of its words in the line. Looked up first: the
    pattern, tried at every space of every line, costs more than this look."""
    return any(word in line for word in _CREDIT_WORDS)


def _without_credit(line: str, credit: re.Match[str]) -> str:
    """The caption without its credit: a bracketed credit goes alone, one written bare (`… ký Bản ghi nhớ. Ảnh: Nguyễn
    Hùng`) with what follows it to the line's end when that is a name's length (the photographer's name, which removing
    the word `Ảnh:` alone would leave in the caption as if the caption named that person)."""
    if credit.group(0).lstrip()[:1] in "([":
        return _CREDIT.sub(" ", line).strip(" -–|")
    if len(line[credit.end() :].split()) <= _CREDIT_NAME_WORDS:
        return line[: credit.start()].strip(" -–—|")
    return _CREDIT.sub(" ", line).strip(" -–|")


_CREDIT_NAME_WORDS = 8


def _is_sentence_before_bare_credit(line: str, credit: re.Match[str]) -> bool:
    """Whether a caption is a whole sentence, its stop then a bare credit (`A meets B. Ảnh: C`, `… talks. Photo: D`), as
    sites caption the story's own photos; a credit in brackets closes captions of any photo (`… at the fair (Photo:
    VNA)`, a leak when kept), and a caption with no stop may be a related story's headline."""
    return not credit.group(0).lstrip().startswith("(") and line[: credit.start()].rstrip()[-1:] in ".!?…"


_SIDE_IN_PHOTO = re.compile(r"\((?:L|R|left|right|center|centre|trái|phải|giữa)\)")
"""Where a person stands in a photo (`PM X (right) and Minister Y |`, `Ông A (phải)`): a caption that names the people
of the story's own picture, one clause with no credit, as a page's table of photos writes it under each; a teaser of
another story under its picture is a headline or whole sentences, and names no one by side."""


def _is_story_in_a_cell(line: str) -> bool:
    """A line ending in a table cell's `|` that is a story, not a caption: many words and several sentences.

    Why: a caption is a phrase or a sentence or two; some pages (mirrors, old layouts) put the whole story in one
    cell, and read as a caption it went whole, leaving no article at all."""
    return len(line.split()) >= _CELL_STORY_WORDS and len(_SENTENCE_STOP.findall(line)) >= _CELL_STORY_SENTENCES


_CELL_STORY_WORDS = 80
_CELL_STORY_SENTENCES = 3
_SENTENCE_STOP = re.compile(r"[.!?…][\"”’)]?\s+\S")


def _is_meeting_caption(caption: str) -> bool:
    """Whether a line is a photo's caption telling a meeting (`X receives Y, Ha Noi, December 6, 2019`): one clause with
    a meeting verb and no stop, as captions are written; a line of whole sentences ending in `|` is a teaser of another
    story under its picture (`Ngày 22/8, lãnh đạo tỉnh A đã tiếp … . Tại đây, … . |`)."""
    return not any(stop in caption for stop in ".!?…") and _MEETING_CAPTION.search(caption) is not None


_LEAD_AS_CAPTION = re.compile(
    r"^(?P<text>.+?[.!?…])\s*(?:\(\s*(?:Ảnh|Photo)\s*:[^()]{1,60}\)|(?:Ảnh|Photo)\s*:\s*[^.()|]{1,40})\s*\|?\s*$"
)
"""A page's first paragraph written as its photo's caption, a whole sentence then the credit (`On November 14,
Minister X received Y …. (Photo: Tuan Anh) |`, `X and Y sign the minutes of the meeting. Photo: VNA`): the lead, kept
without its credit (a caption further down stays furniture)."""
_LEAD_WORDS = 12
_CAPTION_START = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Đại biểu|Ảnh|Hình ảnh|Video)\b")
_UPDATE_NOTE = compile_gated(r"\btiếp tục cập nhật\b|\bcập nhật lúc\b", re.I)
_TERMINAL = '.!?…:;"”’)'
_BYLINE_WORD = re.compile(rf"^[{UPPER}][^\s\d.,;:!?()]*$")


_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
"""Spaces typed twice (or more) inside a line (`Bộ Năng lượng Saudi  Arabia`): one space, so that a name read
with one space between its words is found however the page spaced it."""


def clean(raw: RawDocument) -> CleanDocument:
    """Remove page furniture from a decoded page and cut it into blocks at possible article ends."""
    lines = _presplit(raw.text)
    lines, removed = _without_listed_teasers(lines)
    if (raw.meta.get("lang") or detect_lang(raw.text)) == VI:
        lines, slugs = _without_slug_lines(lines)
        removed += slugs
    title_key = next(
        (
            _key(line)
            for _, line in lines
            if line.strip() and not _DATELINE.match(line) and not _short_furniture(line) and not _topics_bar(line)
        ),
        "",
    )
    blocks: list[Block] = [Block()]
    drop_caption_after = False
    after_end = False  # an article ended explicitly (`Source: …`, `/.`, copyright) and nothing was kept since
    i, n = 0, len(lines)
    while i < n:
        ended, line = lines[i]
        line = _SPACE_RUN.sub(" ", line.strip())
        i += 1
        block = blocks[-1]
        if not line:
            continue
        heading = _HEADING.match(line)
        if (heading and (len(line.split()) <= 6 or heading.group(1))) or _LIST_HEADING.match(line):
            start = i
            under_headline = _only_a_headline(block)  # (the list stands between the headline and its story)
            i = _skip_teasers(lines, i, give_back=not under_headline)
            removed += i - start + 1
            if not under_headline:
                blocks.append(Block(after_furniture=True))
            continue
        menu_end = _menu_run_end(lines, i - 1)
        if menu_end is not None:
            removed += menu_end - i + 1  # a site's menu of places or sections, one short bulleted item a line
            i = menu_end
            continue
        if _INLINE_TEASER.match(line) and len(line.split()) <= _INLINE_TEASER_WORDS:
            removed += 1
            continue
        if _may_end_with_a_day(line) and _DATED_TEASER.match(line) and len(line.split()) <= _DATED_TEASER_WORDS:
            removed += 1
            continue
        if after_end and _LISTED.match(line) and len(line.split()) <= _LISTED_WORDS:
            removed += 1  # a list of links right after an article's end: the site's other stories, not news
            continue
        if _TAGS.match(line):
            removed += 1
            if _TRAILING_HEADING.search(line):
                start = i
                i = _skip_teasers(lines, i)
                removed += i - start
                blocks.append(Block(after_furniture=True))
            continue
        if 2 <= len(block.lines) <= _DATELINE_LEAD_LINES and (OUTLET_LINE.match(line) or ENGLISH_LINE.match(line)):
            removed += _drop_lines_before_dateline(block)
        if block.lines and _LISTED.match(block.lines[-1]) and (_COPYRIGHT.match(line) or _CONTACT.match(line)):
            removed += _drop_footer_list(block)
        kept = _keep(line, block, title_key, len(block.lines), drop_caption_after)
        drop_caption_after = kept is None and _key(line) == title_key and bool(block.lines)
        if kept is None:
            removed += 1
            if (caption := set_aside_caption(line, title_key)) is not None:
                block.captions.append(caption)
            if block.ends_article:
                after_end = True
                blocks.append(Block())
            continue
        after_end = False
        block.lines.append(kept)
        if ended:
            block.ends_article = True
            after_end = True
            blocks.append(Block())
    page_words = _PageWords([line for block in blocks for line in block.lines])
    for k, block in enumerate(blocks):
        removed += _drop_stray_headlines(block, page_words, is_last=k == len(blocks) - 1)
        removed += _drop_byline(block)
        copies = near_duplicate_captions(block.lines, first=1)  # (a block's first line, its headline, stays)
        if copies:
            block.lines = [line for k, line in enumerate(block.lines) if k not in copies]
            removed += len(copies)
    return CleanDocument(raw.source, raw.encoding, [b for b in blocks if b.lines or b.outlet or b.date], removed)


_CAPTION_WORDS = 4


def set_aside_caption(line: str, title_key: str) -> str | None:
    """A removed line that is a photo's caption (a credit in it, `(Photo: VNA)`, `Ảnh: X`, or a table cell's closing
    `|`), without its credit: not the article's text (it names people the story may not report on, and tells no
    event of its own), but the one place a page may name its guest in full with his title (`Deputy Prime Minister X
    speaks (Photo: VNA)`), which the officials stage reads apart (`officials.captions`). None for any other line, and
    for the headline repeated under its photo."""
    credit = _CREDIT.search(line) if "(" in line or ":" in line else None
    if credit is None and not line.endswith("|"):
        return None
    caption = (_without_credit(line, credit) if credit is not None else line).strip(" |-–—")
    if len(caption.split()) < _CAPTION_WORDS or _key(line) == title_key or caption.startswith("!["):
        return None  # (`![]() Ngày 23/8, … |`: a thumbnail's markup, then another story's lead: a teaser)
    return caption


_READ_MORE = re.compile(r"^(?:Read [Mm]ore|READ MORE|Xem tiếp|Đọc tiếp|Continue reading)\s*(?:»|>|→|\.\.\.|…)?$")
_READ_MORE_TEASERS = 2
_TEASER_WORDS = 60
_LISTED_HEADLINES = 2


def _without_listed_teasers(lines: list[tuple[bool, str]]) -> tuple[list[tuple[bool, str]], int]:
    """The page's lines without two forms of a list of other stories, and how many lines went:
    - teasers each closed by a link to read on (`Havana - The conference … began on Monday. ⏎ Read More`), when a page
      has two or more: one such link may follow the story's own lead (a page that opens the story and links to the
      rest), several are a list of other stories, each summary a leak of their names;
    - headlines each under a bullet alone on its line (`- ⏎ Ministry consults on power prices ⏎ - ⏎ …`), two or more
      in a row: a site's list of other stories under the byline, no paragraph of a story (a story's own list puts its
      bullet on the item's line)."""
    text_at = [k for k, (_, line) in enumerate(lines) if line.strip()]
    links = [k for k in text_at if _READ_MORE.match(lines[k][1].strip())]
    drop: set[int] = set()
    if len(links) >= _READ_MORE_TEASERS:
        for at, k in enumerate(text_at):
            if k in links:
                drop.add(k)
                before = text_at[at - 1] if at else None
                if before is not None and before not in links and len(lines[before][1].split()) <= _TEASER_WORDS:
                    drop.add(before)
    at = 0
    while at < len(text_at):
        run = at
        while (
            run + 1 < len(text_at)
            and _BULLET.match(lines[text_at[run]][1].strip())
            and not _BULLET.match(lines[text_at[run + 1]][1].strip())
            and lines[text_at[run + 1]][1].strip()[-1] not in _TERMINAL
            and len(lines[text_at[run + 1]][1].split()) <= _LISTED_WORDS
        ):
            run += 2
        if (run - at) // 2 >= _LISTED_HEADLINES:
            drop.update(text_at[at:run])
            at = run
        else:
            at += 1
    if not drop:
        return lines, 0
    return [line for k, line in enumerate(lines) if k not in drop], len(drop)


_SLUG_WORDS = 7
_SLUG_LINE = re.compile(rf"^(?:[a-z0-9]+ ){{{_SLUG_WORDS - 1},}}[a-z0-9]+(?= [{UPPER}]|$)")


def _without_slug_lines(lines: list[tuple[bool, str]]) -> tuple[list[tuple[bool, str]], int]:
    """A Vietnamese page's lines without those that open with a link's address written out as words, its slug
    (`thuc day hop tac kinh te giua cac dia phuong viet nam va australia`, seven words or more in lowercase ASCII, no
    tone mark), alone or before the linked story's headline: a related story's link or a photo's alt text, never a
    sentence of the story (Vietnamese written with its marks has no run of seven unmarked syllables at a line's
    start; English has, in hard-wrapped lines, hence Vietnamese pages only). The whole line goes, the related
    headline with its slug."""
    kept = [(ended, line) for ended, line in lines if not _SLUG_LINE.match(line.strip())]
    return kept, len(lines) - len(kept)


_MENU_ITEM = re.compile(r"^[•·*]\s*[^\W\d][^\d.,;:!?()]*$")
_MENU_ITEM_WORDS = 3
_MENU_ITEMS = 10


def _menu_run_end(lines: list[tuple[bool, str]], at: int) -> int | None:
    """The index after a run of at least `_MENU_ITEMS` bulleted lines of at most `_MENU_ITEM_WORDS` words each, no
    digit and no sentence mark (`• An Giang`, `• Bac Lieu`, …), starting at `at`: a site's menu of its provinces or
    sections, which its pages carry above the story. Sixty provinces read from such a menu became places of an
    English story about two ministries; an article's own bulleted lists hold sentences or longer items, and a list
    of ten bare names is a menu far more often than news. None when the run is shorter."""
    end, items = at, 0
    while end < len(lines):
        line = lines[end][1].strip()
        if not line:
            end += 1
            continue
        if not _MENU_ITEM.match(line) or len([w for w in line.split() if w not in "•·*-–"]) > _MENU_ITEM_WORDS:
            break
        items += 1
        end += 1
    return end if items >= _MENU_ITEMS else None


def _drop_footer_list(block: Block) -> int:
    """Drop the dashed list of other stories a site's footer opens with, right above its copyright or contact line
    (`- X delegation visits Y` … then `- © Copyright by …`, `- Address: …`): with no end marker before it, the list
    read as the story's last lines, and its headlines' names as the story's. A list the story introduces (`Hai bên đã
    ký các văn kiện sau:` above it) is its own, and stays."""
    k = len(block.lines)
    while k > 1 and _LISTED.match(block.lines[k - 1]) and len(block.lines[k - 1].split()) <= _LISTED_WORDS:
        k -= 1
    run = len(block.lines) - k
    if run < _FOOTER_LIST_LINES or block.lines[k - 1].rstrip().endswith(":"):
        return 0
    del block.lines[k:]
    return run


_FOOTER_LIST_LINES = 2


_DATELINE_LEAD_LINES = 6
"""How far down a page its lead may open with its dateline (`(VOV) - …`) after a headline and the lines under it."""
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[:/.-]\d{1,2}")


def _drop_lines_before_dateline(block: Block) -> int:
    """Drop the unpunctuated lines between a page's headline and its lead when the lead opens with its dateline
    (`(VOV5) - Sáng 16/11, …`, `Hanoi (VNA) – …`): a dateline is where the story starts, so what stands between it
    and the headline with no stop of a sentence is the page's: other stories' headlines from its sidebar, a caption,
    a byline. A line with a stop in it stays (a sapo written above the lead; a caption, a sentence then its credit:
    `… met Y in Z on November 26. — VNA`), and so does a date line (the page's date is read from it). The headline is the first line with no
    stop, no date or clock in it and six words or more (a section's name or a date line above it stays too)."""
    headline = next(
        (
            k
            for k, text in enumerate(block.lines)
            if len(text.split()) >= _HEADLINE_WORDS and text[-1] not in _TERMINAL and not _CLOCK_OR_DATE.search(text)
        ),
        None,
    )
    if headline is None:
        return 0
    kept = block.lines[: headline + 1] + [
        text for text in block.lines[headline + 1 :] if _STOPS.search(text) or _CLOCK_OR_DATE.search(text)
    ]
    dropped = len(block.lines) - len(kept)
    block.lines = kept
    return dropped


_HEADLINE_WORDS = 6


def _presplit(text: str) -> list[tuple[bool, str]]:
    """Lines, with glued end markers and glued related-news headings broken onto their own lines.

    Each item is (ends_with_end_marker, line); the `/.` marker itself is turned into a full stop.
    """
    out: list[tuple[bool, str]] = []
    for raw_line in text.split("\n"):
        if _GLUED_WORD.search(raw_line):
            raw_line = _unglued(raw_line)
        if _GLUED_CUES.search(raw_line):
            raw_line = _GLUED_HEADING.sub("\n", raw_line)
        if "Từ kh" in raw_line or "Tags" in raw_line or "Keywords" in raw_line:
            raw_line = _GLUED_TAGS.sub("\n", raw_line)
        for line in raw_line.split("\n"):
            parts = _END_MARKER.split(line) if "/." in line else [line]
            for k, part in enumerate(parts):
                last = k == len(parts) - 1
                if not part.strip() and not last:
                    if out:
                        out[-1] = (True, out[-1][1])
                    continue
                piece = part.rstrip()
                if not last and piece and piece[-1] not in ".!?…":
                    piece += "."
                out.append((not last, piece))
    return _unwrapped(out)


_GLUED_WORD = compile_gated(rf"[{UPPER}](?<=[{LOWER}].)")
"""Whether a line may hold two words a page lost the space between (`ôngNguyễn`, `HàTĩnh`): a cheap test first. A
capital after a small letter, found from the capital (the look-behind after it): tried only where a capital stands,
not at every small letter of the line (2.4x faster over a page's lines)."""
_GLUED_SYLLABLES = compile_gated(rf"([{UPPER}]?[{LOWER}]+)(?=([{UPPER}][{LOWER}]*))")


def _unglued(line: str) -> str:
    """`ông LêVăn Giảng` -> `ông Lê Văn Giảng`: a space put back where a scraped page lost it at a line break.

    Only where a lower-case letter runs into a capital and one of the two syllables is written with a letter
    outside ASCII (a Vietnamese syllable): a name written in one word with a capital inside it (`VinFast`,
    `McDonald`, `EuroCham`) is all ASCII and stays as it is.
    """

    def spaced(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        return f"{left} " if not (left.isascii() and right.isascii()) else left

    return _GLUED_SYLLABLES.sub(spaced, line)


_SENTENCE_END = '.!?…:;"”’|'  # (a closing bracket may end a line mid-sentence: `… (M.O.U)` then `between …`)


def _unwrapped(lines: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """Lines a hard-wrapped page broke mid-sentence joined again (`… signed a Memorandum of Understanding (M.O.U)`
    then `between the People's Committee of …`): a line with no closing punctuation whose next line opens in lower
    case. A new paragraph of news never opens in lower case.

    On a page that is hard-wrapped (at least `_WRAPPED_BREAKS` such breaks), a line that fills the page's width
    (within `_WRAP_SLACK` characters of the median length of the lines broken so) with no closing punctuation also
    goes on into the next whatever its case (`… Phó Chủ tịch Nguyễn Phi` then `Long và …`): a paragraph that ends
    there would end with a full stop, and a line as long as the wrapped ones is no headline or byline."""
    width = _wrap_width(lines)
    out: list[tuple[bool, str]] = []
    previous = ""  # the last line as the page wrote it (out[-1] may hold several joined)
    for ended, line in lines:
        stripped = line.strip()
        if (
            out
            and stripped
            and not out[-1][0]
            and (_open_line(previous) or (width and _paragraph_opening(previous)))
            and (
                stripped[:1].islower()
                or (
                    width
                    and abs(len(previous.rstrip()) - width) <= _WRAP_SLACK
                    and len(previous.split()) >= 8
                    and (stripped[:1].isupper() or stripped[:1].isdigit())
                )
            )
        ):
            out[-1] = (ended, f"{out[-1][1].rstrip()} {stripped}")
            previous = line
            continue
        out.append((ended, line))
        previous = line
    return out


def _open_line(line: str) -> bool:
    """A line a sentence may run on from: four words or more and no closing punctuation."""
    stripped = line.rstrip()
    return bool(stripped.strip()) and stripped[-1] not in _SENTENCE_END and len(line.split()) >= 4


def _paragraph_opening(line: str) -> bool:
    """A paragraph's first words the wrapping left alone on a line (`Về` then `phía thành phố A có ông X …`, `Tại`
    then `buổi Lễ, …`, `They` then `emphasized …`): three words or fewer, capitalised, with no closing punctuation.
    Asked only on a hard-wrapped page and before a line that opens in lower case (`_unwrapped`), where a short line is
    no headline: a headline is followed by a paragraph that opens with a capital."""
    stripped = line.strip()
    return bool(stripped) and stripped[:1].isupper() and stripped[-1] not in _SENTENCE_END and len(stripped.split()) < 4


_WRAPPED_BREAKS = 3
_WRAP_SLACK = 12


def _wrap_width(lines: list[tuple[bool, str]]) -> int:
    """The width a hard-wrapped page was wrapped at (the median length of its lines broken before a lower-case
    word), or 0 when fewer than `_WRAPPED_BREAKS` lines were broken so."""
    broken = sorted(
        len(line.rstrip())
        for (ended, line), (_, after) in pairwise(lines)
        if not ended and _open_line(line) and after.strip()[:1].islower()
    )
    return broken[len(broken) // 2] if len(broken) >= _WRAPPED_BREAKS else 0


def _keep(line: str, block: Block, title_key: str, kept_so_far: int, after_title_repeat: bool) -> str | None:
    """The line to keep (possibly trimmed), or None when it is furniture. Updates the block's outlet/date."""
    if _WIDGET.match(line) or _doubled_headline(line) or ("°" in line and _WEATHER.match(line)):
        return None
    if _CONTACT.match(line) and len(line.split()) <= _CONTACT_WORDS:
        return None
    if _META_LABEL.match(line) and len(line.split()) <= _META_LABEL_WORDS:
        return None
    if _may_call_to_action(line) and _CALL_TO_ACTION.search(line) and len(line.split()) <= _CALL_WORDS:
        return None
    if "cook" in line.lower() and _COOKIES.search(line) and len(line.split()) <= _COOKIE_WORDS:
        return None  # (`cook`: every cookie notice's; `re.IGNORECASE` takes no other letter for these four)
    if _short_furniture(line) and not _DATE_STAMP.match(line):  # (a saved page's date stamp is read first, below)
        return None
    if ("ảnh" in line or "Ảnh" in line) and _ALT_TEXT.search(line) and len(line.split()) <= _ALT_TEXT_WORDS:
        return None
    if (_WIRE_LINE.match(line) and len(line.split()) <= _WIRE_WORDS) or (
        line[-1] == ")" and _OUTLET_AND_CITY.match(line)
    ):
        return None
    if line[0] in _BYLINE_FIRST_LETTERS and _BYLINE_LINE.match(line) and len(line.split()) <= _BYLINE_LINE_WORDS:
        return None
    if " by " in line and _WIRE_CREDITS.match(line) and len(line.split()) <= _WIRE_CREDITS_WORDS:
        return None
    if kept_so_far == 0 and _topics_bar(line):
        return None
    if _COPYRIGHT.match(line):
        quoted = _QUOTED.search(line)
        if quoted and not block.outlet:
            block.outlet = (quoted.group(1) or quoted.group(2)).strip(" \"“”'")
        block.ends_article = True
        return None
    dateline = _DATELINE.match(line)
    stamp = _DATE_STAMP.match(line) if not dateline else None
    if stamp and kept_so_far <= 2 and not block.date:
        block.date = stamp.group(1)  # `date 2023-02-23 Illustrative image …`: the stamp, then the page's first line
        line = line[stamp.end() :]
        if _DATELINE.match(line) or _short_furniture(line):
            return None
        dateline = None  # (what follows the stamp is no dateline: that returned above)
    under = _just_under_headline(block, kept_so_far)
    if not dateline and (kept_so_far <= 2 or under) and (signed := _SIGNED_STAMP.match(line)):
        dateline = _DATELINE.match(line[signed.end() :])  # `Quỳnh Trâm - 09:33, 15/05/2025`: the author, then the date
    labelled = dateline is not None and _STAMP_LABEL.match(line) is not None
    if dateline and (
        kept_so_far <= 2
        or under
        or (labelled and _earlier_above_headline(block, _iso(dateline.group(1)), labelled=True))
    ):
        # (further down, a labelled date line earlier than the clock read above it: `_earlier_above_headline`)
        iso = _iso(dateline.group(1))
        if not block.date or under or _earlier_above_headline(block, iso, labelled=labelled):
            # (a second date line under the first, `Cập nhật: …` under a stamp, goes too)
            _date_block(block, iso, kept_so_far)
            if dateline.group(2):
                block.outlet = block.outlet if under and block.outlet else dateline.group(2).strip()
        return None
    if (kept_so_far <= _CLOCK_HEADER_LINES or under) and ":" in line and (day := _clock_header(line)):
        if not block.date or under or _earlier_above_headline(block, day.start):
            _date_block(block, day.start, kept_so_far)  # `November 28, 2018 4:38 PM GMT+7`, `Chính trị - 14:35, …`
        return day.text  # (the day stays in the text, where the events stage reads a page's date line)
    if _SOURCE_STRICT.match(line) and (src := _SOURCE_LINE.match(line)) and len(src.group(1).split()) <= 6:
        block.outlet = block.outlet or src.group(1).strip()
        block.ends_article = True
        return None
    if kept_so_far >= _DATED_SOURCE_AFTER and line[-1:] in ")0123456789" and (dated := _DATED_SOURCE.match(line)):
        block.outlet = block.outlet or dated.group("outlet").strip()  # `Báo Hải Phòng 15/5/2018` under the story
        block.date = block.date or _iso(dated.group("day"))  # (the day it ran dates a story that gave no year)
        block.ends_article = True
        return None
    inline = OUTLET_LINE.match(line)
    if inline and kept_so_far <= 1:
        block.outlet = block.outlet or inline.group(1).strip()
        line = line[inline.end() :]
    english = ENGLISH_LINE.match(line) if kept_so_far <= 1 else None
    if english:
        outlet = english.group("outlet") or english.group("outlet2")
        block.outlet = block.outlet or (outlet.strip() if outlet else None)
        stated = find_dates(english.group("date")) if english.group("date") else []
        if stated and not stated[0].inferred_year and not block.date:
            block.date = stated[0].start
        place = _foreign_capital(line[: english.end()])
        if english.group("date") and not (stated and not stated[0].inferred_year):
            # `HANOI, March 21 — …`: a day with no year is kept in the text (what happened that day is dated by it,
            # its year read as any other), the place and the outlet are not
            line = f"{english.group('date')} — {line[english.end() :]}"
        else:
            line = line[english.end() :]
        if place:
            line = (
                f"{place}: {line}"  # `JAKARTA, Jan 13 — …`: the place stays, a national capital or a province of ours
            )
    words = len(line.split())
    if kept_so_far and _key(line) == title_key:
        return None  # the headline repeated as a photo's alt text
    if after_title_repeat and line[-1] not in _TERMINAL and words <= 60:
        return None  # the caption under that photo
    glued = _GLUED_TEASERS.match(line) if 1 <= kept_so_far <= 2 else None
    if glued and len(glued.group(0).split()) >= _GLUED_TEASER_WORDS:
        line = line[glued.end() :]  # the lead after the related headlines glued before it
        words = len(line.split())
    first = kept_so_far == 0 or (kept_so_far == 1 and block.lines[0].rstrip()[-1:] not in _TERMINAL)
    lead = _LEAD_AS_CAPTION.match(line) if first else None  # (the first paragraph, or the first after a headline)
    if lead and len(lead.group("text").split()) >= _LEAD_WORDS:
        return lead.group("text")  # `On November 14, Minister X received Y on …. (Photo: Tuan Anh) |`: the lead itself
    trailing = _TRAILING_CREDIT.search(line) if ":" in line and _may_end_in_a_credit(line) else None
    if trailing and len(line[: trailing.start()].split()) >= 6:
        line = line[: trailing.start()].rstrip(" -–")  # `A và B ký Bản ghi nhớ … - Ảnh: Đoàn Bắc |`: the caption stays
    if _may_hold_other_credit(line) and (other := _OTHER_CREDIT.search(line)) and other.start() > 0:
        line = _OTHER_CREDIT.sub("", line).strip(" -–—|")  # `X meets Y. — VNA/VNS Photo Z`: the caption, no credit
        words = len(line.split())
    credit = _CREDIT.search(line) if "(" in line or ":" in line else None  # (each of its forms has one of them)
    signing = credit is not None and _SIGNING_CAPTION.search(line, 0, credit.start()) is not None
    if line.endswith("|") and not signing and _is_story_in_a_cell(line):
        line = line.rstrip(" |")  # a whole story laid out in one table cell: text, not its photo's caption
    if line.endswith("|") and not signing:
        caption = line.rstrip(" |")
        if credit is None and first and words >= _LEAD_WORDS and _is_meeting_caption(caption):
            # `Deputy PM X receives Minister Y of Z, Ha Noi, December 6, 2019 |`: the page's first paragraph is its
            # photo's caption, with no credit; it tells the meeting, often the one place that names the guest in full
            return caption
        if credit is None and _SIDE_IN_PHOTO.search(caption) and not any(stop in caption for stop in ".!?…"):
            return caption  # `Secretary X (L) and Governor Y |`: who the story's photo shows, often their one full name
        return None  # (a table cell's caption that tells a signing stays as any: `A và B ký … (Ảnh: X) |`)
    told = credit is not None and (
        first or (_is_sentence_before_bare_credit(line, credit) and not _CAPTION_START.match(line))
    )
    if credit and (signing or (told and _MEETING_CAPTION.search(line, 0, credit.start()))):
        # `X and Y sign a cooperation agreement at the conference (Photo: VNA)`: a signing only the caption may tell
        # (the document, who signed it); `PM X (R) receives Governor Y (Photo: VNA)` as the page's first paragraph:
        # its lead, often the only place that names the guest in full; further down, a whole sentence telling the
        # meeting before a bare credit (`Thủ tướng X gặp Thủ tướng Y. Ảnh: Z`), which names the host by his full
        # title. All are kept without their credit.
        return _without_credit(line, credit) or None
    if credit:
        if not credit.group(0).startswith("("):
            if words <= 40:
                return None  # `Ảnh: …`: a photo's credit
        else:
            # A caption ending in a bracketed credit stays furniture (`… at the conference (Photo: VNA)`): kept as
            # text, it named on an unseen page someone the page does not report on (a leak the scorer counts)
            if words <= 40:
                return None
            line = _CREDIT.sub(" ", line).strip()
    if _CAPTION_START.match(line) and words <= 15:
        return None
    if words <= 12 and _UPDATE_NOTE.search(line):
        return None
    return _without_editors_note(_without_wire_attribution(line))


_EDITORS_NOTE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:Ban [Bb]iên tập|BBT|T(?:òa|oà) soạn)\b[^.!?:]{0,150}?\b(?:xin|trân trọng)\s+"
    r"(?:giới thiệu|đăng tải|trích đăng|gửi tới|đăng)\b[^.!?:]{0,150}[.!?:…]?\s*"
)
"""A sentence of the site's editors introducing what follows (`Ban Biên tập Trang Thông tin điện tử X xin giới thiệu
toàn văn …:`, `Tòa soạn trân trọng giới thiệu bài viết …`): the site speaking of itself, no news; the sentence goes."""
_EDITORS_CUES = ("Ban Biên tập", "Ban biên tập", "BBT", "Tòa soạn", "Toà soạn")


def _without_editors_note(line: str) -> str:
    """The line without its editors' introduction (`_EDITORS_NOTE`), or itself when that is all it held."""
    if not any(cue in line for cue in _EDITORS_CUES):
        return line
    return _EDITORS_NOTE.sub("", line).strip() or line


_HEADLINE_WORDS = 5
_UNDER_HEADLINE = 2  # lines: how far under its headline a story's byline and date line stand


def _date_block(block: Block, day: str | None, kept_so_far: int) -> None:
    """Date the block by a date line, and remember whether it stood above any headline (`_just_under_headline`)."""
    block.date = day
    block.date_above_headline = not any(map(_headline_like, block.lines[:kept_so_far]))


def _just_under_headline(block: Block, kept_so_far: int) -> bool:
    """Whether a line stands just under the headline of a block dated above it: `Thứ Sáu, ngày 23 tháng 08 năm 2019`
    atop the page, then the headline, then `A - 09:33, 15/05/2025`. A site prints its clock (today's date, or the
    day it was saved) above the headlines of all its pages, a story's own date line under its headline, next to its
    author: the one under the headline is the story's."""
    if not block.date_above_headline:
        return False
    for at, line in enumerate(block.lines):
        if _headline_like(line):
            return kept_so_far - at <= _UNDER_HEADLINE
    return False


def _earlier_above_headline(block: Block, day: str | None, *, labelled: bool = False) -> bool:
    """Whether a second date line above any headline gives an earlier day than the first: `Thứ 4, 17/04/2024 02:55:17`
    (the site's clock: the day the page was saved) then `Chính trị 08:55, 03/06/2013` (the story's). A clock shows
    today, never a day before the story's, so of two date lines atop a page the earlier is the story's. A line that
    says what its date is (`Updated: 15:03, 12/07/2019`, `Cập nhật: …`, `Published on …`) is the story's wherever it
    stands, under a headline too short to be told from a menu's line (`Vietnam, Mexico step up …-…-… ties`)."""
    return (
        day is not None
        and block.date is not None
        and block.date_above_headline
        and day < block.date
        and (labelled or not any(map(_headline_like, block.lines)))
    )


_STAMP_LABEL = re.compile(rf"\s*(?:{_STAMP_LABELS})\b", re.I)
"""A line that opens with a story's own date label (`_STAMP_LABELS`)."""


def _headline_like(line: str) -> bool:
    """A line of words (a headline, a lead), not a date kept in the text (`23 tháng 08 năm 2019`) nor a menu's."""
    return sum(word.isalpha() for word in line.split()) >= _HEADLINE_WORDS


def _clock_header(line: str) -> DateMention | None:
    """The day of a page's clock header (a line near its top with a time of day and a whole date, short, no stop at
    its end: `November 28, 2018 4:38 PM GMT+7`, `24-11-2025 - 09:11 AM | Kinh tế vĩ mô - Đầu tư`, `Sun Mar 08, 2015
    4:51`), or None. Its other words are the site's section or the author: no news, and a section's name would count
    for a topic the story is not about; the day alone is kept."""
    if len(line.split()) > _CLOCK_HEADER_WORDS or line[-1] in ".!?…" or not _CLOCK.search(line):
        return None
    day = next((d for d in find_dates(line) if not d.inferred_year and len(d.start) == _ISO_DAY), None)
    return day


_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")
_CLOCK_HEADER_LINES = 3
_CLOCK_HEADER_WORDS = 14
_ISO_DAY = len("2025-01-01")


def _skip_teasers(lines: list[tuple[bool, str]], i: int, *, give_back: bool = True) -> int:
    """Index just after the teaser list that follows a related-news heading.

    A teaser is [bullet] [category] headline [headline again] [time stamp]
    [one summary paragraph]. A summary is only taken after strong evidence
    (bullet, repeated headline, time stamp); a long paragraph without it is an
    article, and the short line just before it is given back as its headline,
    unless `give_back` is False: the list stands under the page's headline,
    before its story, which has its headline already.
    """
    n = len(lines)
    awaiting_summary = False
    last_weak = -1
    while i < n:
        line = lines[i][1].strip()
        if not line:
            i += 1
            continue
        if _BULLET.match(line) or _TIMESTAMP.match(line):
            awaiting_summary = True
            i += 1
            continue
        if _HEADING.match(line) and len(line.split()) <= 6:
            awaiting_summary = False
            i += 1
            continue
        if _doubled_headline(line):  # a teaser whole on one line; what follows is no summary of it
            awaiting_summary = False
            last_weak = -1
            i += 1
            continue
        ahead = [lines[k][1].strip() for k in range(i + 1, min(n, i + 6)) if lines[k][1].strip()][:2]
        if _is_headline(line):
            strong = bool(ahead) and (ahead[0] == line or any(_TIMESTAMP.match(a) for a in ahead))
            if strong or awaiting_summary:
                awaiting_summary = True
                last_weak = -1
            else:
                last_weak = i
            i += 1
            if ahead and ahead[0] == line:
                i = _next_nonempty(lines, i) + 1
            continue
        if awaiting_summary:
            awaiting_summary = False
            i += 1
            continue
        return last_weak if last_weak >= 0 and give_back else i
    return i


def _only_a_headline(block: Block) -> bool:
    """Whether all the block holds is a headline (one line, no stop at its end): a list of other stories under it
    stands before its story, which goes on in the same block."""
    return len(block.lines) == 1 and block.lines[0][-1] not in _TERMINAL


def _next_nonempty(lines: list[tuple[bool, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


def _is_headline(line: str) -> bool:
    return len(line.split()) <= 30 and line[-1] not in ".!?…;"


def _drop_byline(block: Block) -> int:
    """Remove the story's closing signature from the block's end (`_byline_at_end`); an editor's note in brackets under
    it (`(Znews đặt lại tiêu đề bài viết)`: who retitled or compiled the story) goes with it, a bracketed line that
    signs nothing above it stays (`(Ministry of Finance)`, the body that published the story, may be news)."""
    if len(block.lines) < 2:
        return 0
    dropped = _byline_at_end(block)
    if dropped or len(block.lines) < _NOTED_BYLINE_LINES or not _BRACKETED_LINE.match(block.lines[-1]):
        return dropped
    note = block.lines.pop()
    if dropped := _byline_at_end(block):
        return dropped + 1
    block.lines.append(note)
    return 0


_NOTED_BYLINE_LINES = 3
_BRACKETED_LINE = compile_gated(r"^\([^()]{2,80}\)$")
"""A line in brackets alone: at a story's end, a note of the newsroom's (who signed, retitled or compiled it)."""


def _byline_at_end(block: Block) -> int:
    """Remove an author's name standing alone on the block's last line (2-4 capitalised words), with the outlet after a
    slash (`Hà Văn/ Báo Chính phủ`, `Việt Hòa / baohaiduong.vn`), or a Vietnamese name (a family name first) followed
    by the author's office or outlet after a dash (`Trần Thị Minh Thư - Phòng Quản lý Xuất nhập cảnh.`); a note in
    brackets after the name goes with it (`Lê Thu Hà (TTXVN)`, `… (tổng hợp)`), and so does such a note alone (`(Nhã
    Tường)`, not a name of the gazetteer's) or the author's initials and office in brackets (`(Y.T., Sở Ngoại vụ TPHCM)`): who signed the story,
    no one and nothing it reports on."""
    last = block.lines[-1]
    if _SIGNED_INITIALS.match(last):
        block.lines.pop()
        return 1
    line = _BYLINE_NOTE.sub("", last)
    if not line:  # a note in brackets alone: a name no entry of the gazetteer bears (`(Bộ Công Thương)` may be news)
        line = last.strip("() ")
        if load_gazetteer().find(line):
            return 0
    if _BYLINE_OUTLET.match(line):
        block.lines.pop()  # `Hà Văn/ Báo Chính phủ`: the author, then the outlet the story was taken from
        return 1
    office = _BYLINE_OFFICE.match(line)
    words = office.group("name").split() if office else line.split()
    if office and normalize(words[0]) not in load_gazetteer().surnames:
        return 0  # `Ba Ria – Vung Tau and Rostov met.`: no person's name before the dash
    if 1 <= len(words) <= (5 if office else 4) and all(_BYLINE_WORD.match(w) for w in words):
        block.lines.pop()
        return 1
    return 0


_SIGNED_INITIALS = re.compile(rf"^\(\s*(?:[{UPPER}]\.?\s?){{1,4}}\s*[,–-]\s*[{UPPER}][^()!?]{{1,60}}\)$")
"""A story signed in brackets with its author's initials and office or outlet (`(Y.T., Sở Ngoại vụ TPHCM)`, `(PV,
TTXVN)`)."""


class _PageWords:
    """How often each folded word is written on the page, its lines taken before any is dropped as a stray
    headline; counted when first asked. Why lazily: only a headline-like line (`_stray_headline`'s cheap tests
    passed) asks, most pages have none, and folding every line of a page was a fifth of the cleaning's time."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._counts: Counter[str] | None = None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            self._counts = Counter(token for line in self._lines for token in fold(line).split())
        return self._counts[word]


def _drop_stray_headlines(block: Block, page_words: _PageWords, *, is_last: bool) -> int:
    """Remove the lines amid a block (not its first, its headline) that read as a headline, no stop at their end and
    no date, and whose every name is one the page writes nowhere else (`Vietnam registers a growth of 78.9% in the
    value of coffee exports to Spain` between two paragraphs about Mexico; `Tổng Bí thư A thăm tỉnh B` under
    another story's headline): a link to another story the page put in the text, a byline, a section's name. A
    caption or a subheading of the story names what the story names, and stays; so does the page's last line, a
    story's last sentence a page may have cut short (`… were signed by Cambo`)."""
    last = len(block.lines) - 1 if is_last else -1
    drop = [k for k, line in enumerate(block.lines) if 0 < k != last and _stray_headline(line, page_words)]
    if drop:
        block.lines = [line for k, line in enumerate(block.lines) if k not in drop]
    return len(drop)


def _stray_headline(line: str, page_words: _PageWords) -> bool:
    """Whether the line is a headline-like line (a capital first, `_STRAY_WORDS` words, no closing stop, no date)
    with at least one name after its first word and none of its names' words written elsewhere on the page."""
    words = line.split()
    if not (_STRAY_WORDS[0] <= len(words) <= _STRAY_WORDS[1]) or not line[0].isupper() or line[-1] in _TERMINAL:
        return False
    names = [word for word in words[1:] if word[0].isupper()]
    if not names or _STAMP.search(line) or _INNER_STOP.search(line) or _SIGNING_CAPTION.search(line):
        return False  # (a caption that tells a signing stays, as `_keep` keeps it: it may alone name the document)
    own = Counter(fold(line).split())
    return not any(page_words[token] > own[token] for name in names for token in fold(name).split() if len(token) > 1)


_STRAY_WORDS = (5, 30)
_STAMP = re.compile(
    r"\b\d{1,2}[:/]\d{2}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b(?:19|20)\d{2}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\bngày \d",
    re.I,
)
"""A date or a clock in a line (`16/04/2019`, `08:57`, `2018`, `November 28`, `ngày 20`): a page's date line."""
_INNER_STOP = re.compile(r"[.!?…]\s")
"""A sentence's stop inside a line (`… partnership. — VNS`): a sentence and its credit, no headline."""


_BYLINE_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*$")
"""The note in brackets a byline may end with: the author's outlet (`(TTXVN)`) or how the story was made (`(tổng
hợp)`, `(t/h)`)."""
_BYLINE_OUTLET = re.compile(
    rf"^[{UPPER}][^\s\d/.,;:!?()]*(?:\s+[{UPPER}][^\s\d/.,;:!?()]*){{1,3}}\s*/\s*"
    rf"(?:[{UPPER}][^\s/,;:!?()]*(?:\s+[^\s\d/,;:!?()]+){{0,4}}|[a-z0-9-]+(?:\.[a-z]{{2,}})+)$"
)
"""An author's name and the outlet the story came from after a slash, a page's last line (`Hà Văn/ Báo Chính phủ`,
`Minh Anh/VOV.VN`): who wrote it where, no one and nothing the story reports on."""
_BYLINE_OFFICE = re.compile(rf"^(?P<name>\S+(?:\s+\S+){{1,4}})\s+[-–]\s+[{UPPER}][^.!?;:]{{1,60}}\.?$")


def _short_furniture(line: str) -> bool:
    """A short line of the page's own: its trail of sections, a view counter or a control (never a sentence: no
    closing stop)."""
    line = line.strip()
    if not line or len(line.split()) > _SHORT_FURNITURE_WORDS or line[-1] in ".!?…;":
        return False
    return bool(_BREADCRUMB.match(line) or _VIEWS.search(line) or _PAGE_CONTROL.match(line))


def _topics_bar(line: str) -> bool:
    """Whether the line is a bar of the site's topics under a label in capitals, as a page's top has (`WORDS ON THE
    STREET 70th anniversary of … Smart City Summit …`): long, with no stop in it (a headline in capitals is capitals
    throughout; a lead has its stops)."""
    return len(line.split()) >= _BAR_WORDS and _LABELLED_BAR.match(line) is not None and not _STOPS.search(line)


_STOPS = re.compile(r"[.!?…:;]")


def _doubled_headline(line: str) -> bool:
    """Whether the line is a headline written twice (`Quan hệ A - B phát triển tốt đẹp Quan hệ A - B phát triển tốt
    đẹp`, or cut short then whole): a related article's link text and its picture's alt text run together. A
    sentence of news never repeats its own first four words and all that follow them."""
    words = line.split()
    last = len(words) // 2 + 1
    if last <= _DOUBLED_WORDS or words[0] not in words[_DOUBLED_WORDS:last]:
        return False  # (most lines: the first word never comes back where a second half could start, looked for in C)
    return any(words[k] == words[0] and words[k : 2 * k] == words[:k] for k in range(_DOUBLED_WORDS, last))


_DOUBLED_WORDS = 4


def _iso(text: str) -> str:
    """A date line's day as ISO: day first (`15/05/2025`), or month first when the day cannot be a month's
    (`07/30/2014`, as an American page writes it)."""
    if "-" in text:
        return text
    d, m, y = (int(x) for x in text.split("/"))
    if m > _MONTHS >= d:
        d, m = m, d
    return f"{y:04d}-{m:02d}-{d:02d}"


_MONTHS = 12


def near_duplicate_captions(lines: list[str], first: int = 0) -> set[int]:
    """Indexes (from `first` on) of unpunctuated lines that repeat a neighbouring paragraph (a photo caption
    copying the text)."""
    out = set()
    keys: dict[int, str] = {}
    letters: dict[int, Counter[str]] = {}
    for i, line in enumerate(lines):
        if i < first or line[-1] in _TERMINAL or len(line.split()) < 8:
            continue
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if j != i and len(lines[j]) > len(line):
                a = keys.setdefault(i, _key(line))
                b = keys.setdefault(j, _key(lines[j]))
                if i not in letters:
                    letters[i] = Counter(a)
                if j not in letters:
                    letters[j] = Counter(b)
                if not _may_repeat(a, b, letters[i], letters[j]) or not _shares_a_long_subsequence(a, b):
                    continue
                if fuzz.partial_ratio(a, b, score_cutoff=90):
                    out.add(i)
                    break
    return out


def _may_repeat(a: str, b: str, a_letters: Counter[str], b_letters: Counter[str]) -> bool:
    """False when `fuzz.partial_ratio(a, b)` cannot reach 90 (most pairs: a headline and the paragraph under it),
    so the comparison, ~30 µs, is not made. Why it is safe: the score is the best `2·LCS / (n + w)` over
    windows `w` of the longer string, `n` the shorter's length; the longest common subsequence of any window is at
    most `m`, the characters both strings share (counted with repeats), so the score is at most `2m / (n + m)`."""
    shared = sum((a_letters & b_letters).values())
    return 200 * shared >= 90 * (min(len(a), len(b)) + shared)


def _shares_a_long_subsequence(a: str, b: str) -> bool:
    """False when `fuzz.partial_ratio(a, b)` cannot reach 90 because the strings' longest common subsequence is too
    short: the score of a window `w` of the longer string is `2·LCS(w) / (n + |w|)`, `LCS(w) <= |w|`, so 90 needs
    `LCS(w) >= 9n/11` (0.818 n), and no window has a longer one than the whole string. Counted bit-parallel
    (~3 µs); it turns away most of the pairs the letters let through (a caption and a long paragraph near it) for
    the comparison, ~60 µs. (0.81: a margin for the score's floating point.)"""
    return 100 * LCSseq.similarity(a, b) >= 81 * min(len(a), len(b))


def _key(line: str) -> str:
    """A line compared with another: case and spacing ignored."""
    return " ".join(line.casefold().split())


_DATELINE_PLACE = re.compile(r"\s*([^,()\-–—]+?)\s*(?:,|\(|[-–—])")
"""The place an English edition's dateline opens with, up to its comma, its outlet or its dash."""


@functools.lru_cache(maxsize=1)
def _foreign_capital_names() -> frozenset[str]:
    """Every national capital's names but Vietnam's (`gazetteers/capitals.csv`), folded."""
    out: set[str] = set()
    for row in capital_rows():
        if row["iso2"] != "VN":
            names = [row["name_vi"], row["name_en"], *row["aliases"].split("|")]
            out.update(fold(n) for n in names if n.strip())
    return frozenset(out)


def _foreign_capital(dateline: str) -> str | None:
    """A dateline's place when it is a foreign national capital (`JAKARTA`, `Addis Ababa`), else None. The
    conventions list it among the provinces (a dateline is article text), so it stays in the text, closed by a colon,
    where the places stage reads it as a dateline (and the agreements' parties as the place filed from); its day and
    outlet go as before, for the stages that date the story's events. Any other place goes as before: a city that is
    no capital (`MELBOURNE`, which the conventions leave out), an outlet's short name (`VGP`, `PANO`), and Vietnam's
    own cities (`HANOI`, `HCMC`), which its English editions' pages name again in their text (the gold lists the
    dateline's alone in two files of look and leaves it out in two)."""
    m = _DATELINE_PLACE.match(dateline)
    return m.group(1) if m is not None and fold(m.group(1)) in _foreign_capital_names() else None
