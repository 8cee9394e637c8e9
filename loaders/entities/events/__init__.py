"""Events: meetings, visits, signing ceremonies, conferences, with date, place, participants and topics.

The event words are Vietnamese and English (`hội đàm` / `held talks`, `tiếp` /
`received`, `buổi làm việc` / `working session`, `lễ ký` / `signing
ceremony`); an event's id depends only on its kind, date and people, so a
Vietnamese and an English report of one meeting give one Event.

Takes an `ArticleDoc` with people, places, organisations, topics and dates;
adds Event entities, `ATTENDED` (official -> event), `PARTICIPATED_IN`
(organisation -> event, a side present through its delegation), `HELD_IN`
and `ABOUT`, and `doc.events` (spans of the sentences each event was read
from, `data["event"]` = its record) for the agreement stage.

How news writes about one event: the lead names it with its date and sides
(`Chiều 17/9, Phó Thủ tướng … làm việc với Bộ Công Thương`), and later
sentences refer back to it (`Tại buổi làm việc`, `Phát biểu tại Hội đàm`):
mentions of the same kind with no conflicting date and no conflicting sides
are one event, unless a sentence tells a meeting anew with a pair of its own (`A gặp B. C gặp D.`); `the
meeting` refers back to the meeting or conference told before. A trigger inside an occasion clause (`nhân dịp
sang thăm`, `bên lề Hội nghị`) is the context of the main event of its sentence, and an event of its own only
when the sentence has no other or names whose it is (`X, who is on a visit to …`, `visit by X`, the guest of
`X tiếp Y … nhân chuyến thăm`); an event told before or after another in one sentence (`following their talks`,
`and co-chaired the meeting of`) is one too. Generic plurals (`các chuyến thăm`) are no event; an event needs at
least one named participant (an event of bodies, `Authorities of A and B held a signing ceremony`, takes the
officials the article then quotes); a conference needs someone attending or holding it (`tham dự`, `chủ trì`,
`tổ chức`, `was held by`). A signing (`lễ ký`, `đã ký`, `ký kết biên bản`, `signed`, `witnessed the signing`) is
an event of its own, with its signers and witnesses, on the main event's day when its sentence gives none; a
signing planned, urged or named as a topic is none. Attendance lists (`Cùng dự … có …`, `Về phía X có …`) add
participants to the article's main event, `The event saw the presence of …` to the event told just before.
Dates: the sentence's own day (one opening it first), `today`/`on Tuesday`/`this morning` from the page's date,
a dateline (`HANOI, March 21 —`, `Thứ 4, 22/11/2023`), the main event's day for what is told after it.
Visits told as background are events besides what their sentence tells: `visiting` (`his visiting counterpart X`),
`X, who is on/visiting …`, `during his visit`, a delegation received or met (`tiếp đoàn … do ông Y làm trưởng đoàn`:
Y's visit); meeting words in the plural (`paid separate courtesy calls on A, B and C`) are one meeting each, and a
meeting told anew with a counterpart of its own (`Earlier, X met with Z`) is another even undated; an event whose
sentence names only bodies is attended by the officials the article names at them.
Wire copy's forms: a pair that `met in Tokyo`, `A and B discussed …` in a lead with no event word, `told Y that …`,
`paid a call on`, `greeted`, meals (a banquet is an event besides the talks of its day), `X, who is in Seoul to …`
(X's visit), `led a delegation to`; a meeting word naming one side takes the pair of the sentence before, `the two
prime ministers` the lead's pair, `the delegation met …` its leader, `X and Z also met …` is another meeting; what
follows a leading `After …,`, `Continuing his visit …,`, `Within the visit …,` is the sentence's event; people only
named (greetings conveyed, a visit still ahead) are not at it; `last week`, `tuần trước` give a month, a day after
`since` none, and an article whose dated events share one month dates its undated ones in it.
More forms: a guest received from abroad is on a visit; a reception of several told as several (`At the
meetings, …`, `lần lượt`) and working sessions with several bodies are a meeting each; a welcome ceremony, a meal
with someone, a ceremony one attends, talks whose outcome is reported and a call paid (`called on`, `was received
by`, `spoke by phone`, `thăm xã giao`) are events of their own; a pronoun opening a sentence is the subject before;
an event the lead tells without a day takes the day the lead gives one of its people, else the page's month;
whoever invited, whose agreements are implemented or whom a guest accompanies is only named.
And: `that day` is the day told before; a signing the two countries make during a visit, a ceremony witnessed by
leaders, a conference named in an opening occasion phrase, a reception of a body's leaders are events of their own;
a signing praised or a document named by its participle (`the agreement signed between …`) is none; an occasion
phrase ends at its comma; `X, the visiting governor of …` is X's visit; a delegation acting during the trip told
before is its traveller's; people quoted with any speech verb attend an event of bodies; whom a place is named after
attends nothing; a date line far from the lead's own day is the site's date, not the story's.
Vietnamese pages: a clause between commas naming what came before (`…, sau lễ đón …, X hội đàm với Y`) is background;
a conference attended besides the sentence's event (`khi dự Hội nghị …`, `Bên lề Hội nghị …`, `chuyến công tác dự
…`, `nhân dịp tham dự …`: the subject's; `on the sidelines of the … Summit`: both sides') is one of its own, not one
still ahead (`trước thềm`) or of whom the subject accompanies (`tháp tùng … tham dự`); each visit word
naming its own visitor (`chuyến thăm A của X và chuyến thăm B của Y`) is a visit; a delegation gone to its meeting
(`đã đến chào xã giao`) has travelled, a host delegation at home has not; a document implemented or a period counted
from a signing (`Thực hiện Biên bản đã ký kết`, `kể từ khi … ký kết`) tells no signing, and the day after a signing
verb that follows the event word is the document's. The chairs a sentence of their own names after a meeting of
bodies (`Ông X … và ông Y … đồng chủ trì.`) attended it; `… cũng tham dự cuộc họp.` is the meeting told before; a page
stamped with a month alone dates its lead in that month; `Theo Thứ trưởng X, …` quotes X; a conference the lead tells
held on its own sentence's day (`Ngày 12/11, tại A diễn ra Hội nghị … giữa 3 tỉnh`) is one even with no one named;
an item of a list of one person's doings cut at its semicolons (`X đã đến thăm A; gặp B; tham dự Hội nghị …`) is his,
and guests met in turn whose list its semicolons cut (`lần lượt gặp A; B và C`) are met one each; a conference chaired
or attended besides a trip (`…, cùng Y chủ trì hội nghị lần thứ 13`, `attended the … Business Forum`) is one of its own.
A host's meeting told in a sentence of its own with a guest of its own, after another sentence gave the event another
guest (`Meeting Ambassador A, X …`, then `At a reception for Ambassador B, X …`), is a meeting each; what a visit held
(`paid a visit to A, where he met with B and C`) is an event besides it. A day written right after the event's place
(`held negotiations with Y in Tashkent on 3 October 2011`) is its day however long before the page's present year,
as a day opening its sentence is (`On the morning of September 10, X had talks with Y`). An event
other than a visit that names one person only is attended by the people quoted after it (`Speaking at the signing
ceremony, X said …`, then `Y … stated …`).
"""

from __future__ import annotations

from loaders.entities.events.names import _standing_alone
from loaders.entities.events.record import EventRecord
from loaders.entities.events.stage import find_events

__all__ = ["EventRecord", "_standing_alone", "find_events"]
