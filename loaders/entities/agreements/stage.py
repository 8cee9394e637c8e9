"""The stage's entry point: `find_agreements` reads each sentence's heads, titles, parties, status and dates,
the lists and sets after plural heads, then merges later references and headlines and writes the agreements."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from core.vocabulary import AgreementStatus, AgreementType
from loaders.entities import agreement_parties
from loaders.entities.agreements.emit import _day_key, _emit, _event_link
from loaders.entities.agreements.headlines import _headline_into_body, _headline_lines
from loaders.entities.agreements.heads import _heads, _names_the_next, _twinning_head
from loaders.entities.agreements.lists import (
    _enumerated,
    _fields_told_next,
    _listed_documents,
    _listed_pairs,
    _listed_partners,
    _listed_purposes,
)
from loaders.entities.agreements.merge import (
    _coordinated,
    _country_read_for_its_body,
    _merge,
    _referred_ahead,
    _ties_of_their_document,
    _trade_deal_of_a_bloc,
)
from loaders.entities.agreements.plural import _kind_of_each, _Plural, _protocol_of_its_own, _semicolon_fields
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.sets import _each_between, _plural_subject, _set_between, _set_signed_by
from loaders.entities.agreements.sides import (
    _add_signers,
    _localities,
    _most_specific,
    _other_side,
    _sentence_localities,
    _sides_of_the_aim,
    _with_the_delegation,
    _with_the_other_locality,
)
from loaders.entities.agreements.status import (
    _bare_verb_status,
    _conditional_subject,
    _date,
    _list_intro_status,
    _listed_status,
    _not_yet_identified,
    _own_date,
    _proposed_in_its_sentence,
    _signed_years_ago,
    _signing_just_told,
    _status,
    _text_wished_made,
    _told_date,
)
from loaders.entities.agreements.titles import _bare, _english_clause_end, _key, _title_end, _title_start
from loaders.entities.agreements.words import (
    _ANAPHOR,
    _COMPLEMENT,
    _CONSENSUS,
    _DECLARATION,
    _EN_COUNT_MODIFIED,
    _FRIENDSHIP_HEAD,
    _FTA_IN_BRACKETS,
    _FTA_NAME,
    _GENERIC_MODIFIERS,
    _GIUA,
    _JOINED_HEAD,
    _LIST_ITEM_BEFORE,
    _NAMED_ONLY_HEADS,
    _OVER_THE_PAST,
    _PERIOD_BEFORE,
    _PLURAL_HEADS,
    _PLURAL_OTHER_HEADS,
    _PURPOSE_AFTER,
    _QUANTIFIER,
    _RECORDS,
    _RELATIVE_CUE,
    _SIGNED_ON,
    _STATE_REACH,
    _SUBJECT_DOCUMENT,
    _TITLE_STOP,
    _TOWARDS_SIGNING,
    _TRADE_AREA_NAME,
    _VI_CONSENSUS,
)
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated
from loaders.letters import UPPER


def find_agreements(doc: ArticleDoc) -> None:
    text = doc.text
    english = doc.article.lang == "en"
    heads = _heads(text, doc.lower)
    titles = [(s, _title_end(text, s, e, heads, english=english)) for s, e, _ in heads]
    if english:
        titles = _amending_titles(text, heads, titles)
    state: dict[str, str | None] = {"status": None, "date": None, "precision": None}
    mentions: list[Mention] = []
    previous: tuple[int, str | None] | None = None  # (title end, status) of the last head
    fallback: list[Mention] = []  # documents signed with no complement: read only when the page names no other
    last_idx = -1  # sentence of the last head
    for i, ((start, head_end, kind), (_, end)) in enumerate(zip(heads, titles, strict=True)):
        if _acronym_of_previous(text, start, previous):
            continue
        if not english and text.startswith("PPA", start):
            continue  # `khó khăn về điện gió, PPA…`: an English acronym in a Vietnamese page is a topic, no contract
        if doc.lower[start:head_end] in _NAMED_ONLY_HEADS and not (
            text[start].isupper() and start > doc.sentence_of(start).start
        ):
            continue  # `vạch ra chiến lược hợp tác`, `a joint vision`: an aim or a view, no document named
        weak = False
        by_subject: re.Match[str] | None = None  # a plural's subject before its head (`double taxation agreements`)
        if english and kind == AgreementType.AGREEMENT and _protocol_of_its_own(doc, start, head_end):
            kind = AgreementType.OTHER
        if not english and _VI_TECHNICAL_PROTOCOL.match(doc.lower, start):
            kind = AgreementType.OTHER
        if not english and kind == AgreementType.AGREEMENT and _VI_NOT_A_COOPERATION_DOCUMENT.match(doc.lower, start):
            kind = AgreementType.OTHER
        if kind == AgreementType.AGREEMENT and _MOU_IN_BRACKETS.match(text, head_end):
            kind = AgreementType.MOU
        if doc.lower.endswith("partners", start, head_end) and not _PARTNERS_PREDICATE.search(
            text, max(0, start - 30), start
        ):
            continue  # `strategic partners` is the framework only as what two sides are (`A and B are strategic …`)
        if i and doc.lower.startswith("agreement", start) and re.fullmatch(r"\)\s+", text[heads[i - 1][1] : start]):
            continue  # `the Trans-Pacific Partnership (TPP) Agreement`: the head its acronym already read
        if (
            (kind != AgreementType.PARTNERSHIP or _plan_of_the_partnership(heads, i, english))
            and i + 1 < len(heads)
            and heads[i + 1][0] == head_end + 1
            and text[head_end] == " "
            and not _twinning_head(doc.lower, heads[i + 1][0], heads[i + 1][1])
            and not (not english and _names_the_next(heads[i], heads[i + 1]))
        ):
            continue  # `the cooperation plan agreement between …`: a head that qualifies the next one is no document
        if (
            not english
            and kind == AgreementType.PARTNERSHIP
            and i
            and heads[i - 1][2] in _RECORDS
            and _FRAMEWORK_GAP.fullmatch(text, heads[i - 1][1], start)
        ):
            continue  # `Hiệp định khung Đối tác và Hợp tác toàn diện (PCA)`: the document's own name, no framework
        if not english and i and heads[i - 1][1] + 1 == start and _names_the_next(heads[i - 1], heads[i]):
            continue  # `Bản ghi nhớ Thỏa thuận hợp tác giữa …`: what the memorandum before it records
        if (
            i
            and heads[i - 1][2] == AgreementType.PARTNERSHIP
            and heads[i - 1][1] + 1 == start
            and text[start - 1] == " "
            and not _plan_of_the_partnership(heads, i - 1, english)
        ):
            continue  # `the Strategic Partnership Agreement on …`: the partnership's own document, read at its head
        idx = doc.sentence_index(start)
        if idx - last_idx > _STATE_REACH:  # what an earlier sentence said about agreements no longer applies
            state = {"status": None, "date": None, "precision": None}
        last_idx = idx
        sentence = doc.sentences[idx]
        quant = _QUANTIFIER.search(text[max(sentence.start, start - 14) : start]) or (
            _EN_COUNT_MODIFIED.search(text[max(sentence.start, start - 40) : start]) if english else None
        )
        group = bool(quant or _ANAPHOR.match(text, head_end))
        status = _status(
            text,
            sentence.start,
            sentence.end,
            start,
            end,
            titles,
            left_only=group,
            relative_first=english and bool(_RELATIVE_CUE.match(text, end)),
        )
        if (
            not english
            and status not in (None, AgreementStatus.SIGNED)
            and _status(text, sentence.start, sentence.end, start, end, titles, left_only=True) is None
            and _bare_verb_status(text, sentence.start, start) == AgreementStatus.SIGNED
        ):
            # `tiến hành ký kết tuyên bố chung … (VIFTA) sau 7 năm đàm phán`: the verb right before the head says what
            # was done with it, not a word after its title
            status = AgreementStatus.SIGNED
        if not english and status == AgreementStatus.SIGNED and _OVER_THE_PAST.match(text, sentence.start):
            status = AgreementStatus.IN_FORCE  # `Thời gian qua, hai địa phương đã ký kết hợp tác về …`: what stands
        if status is None and previous and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[previous[0] : start]):
            status = previous[1]  # coordinated: `triển khai Kế hoạch … và Danh mục …`
        if status is None:
            status = _listed_status(text, sentence.start, start) or _bare_verb_status(text, sentence.start, start)
        if status is None:
            status = _list_intro_status(text, start)
        if status is None and _TOWARDS_SIGNING.search(text, sentence.start, start):
            status = AgreementStatus.PLANNED  # `refining contents towards signing agreements on …`: none signed yet
        if status is None and (group or (english and doc.lower[start:head_end] in _PLURAL_HEADS)):
            status = _signing_just_told(doc, idx)
        own = next((at for at in (head_end, end) if _SIGNED_ON.match(text, at) and _own_date(doc, at)), None)
        if own is not None and status in (None, AgreementStatus.PROPOSED, AgreementStatus.PLANNED):
            status = AgreementStatus.SIGNED  # `Thỏa thuận ký năm 2015`: its own participle says it was signed
        if (
            _DECLARATION.match(text, start)
            or (
                not english
                and doc.lower[start:head_end] in _VI_STATEMENTS
                and _VI_STATEMENT_SUBJECT.match(text, head_end)
            )
        ) and _DECLARED.search(text, max(0, start - 20), start):
            status = AgreementStatus.SIGNED  # `hai bên ra Tuyên bố về …`: a declaration issued is one made
        own_date = _own_date(doc, head_end) or _own_date(doc, end)
        date, precision = own_date or _date(doc, sentence.start, start, titles)
        # the date a later document may share: the sentence's before the head, not one after it (`a diplomatic note
        # on amending the framework agreement, signed by the two Governments in 2005, …`: that document's only)
        told_date = (None, None) if own_date else _told_date(doc, sentence.start, start, titles, (date, precision))
        nested = [a for a, b in titles if a < start < b]
        if (
            nested
            and _SUBJECT_DOCUMENT.search(text, max(0, start - 40), start)
            and not (kind == AgreementType.FTA and any(doc.lower.startswith(_DECLARATIONS, a) for a in nested))
        ):
            # `a memorandum of understanding on a rice trade agreement`: what the MoU is about, no document (but a
            # joint declaration to begin negotiations on a trade agreement names that agreement, under negotiation)
            continue
        if doc.lower[start:head_end] in _PROGRAMMES and _SUBJECT_DOCUMENT.search(text, max(0, start - 40), start):
            continue  # `a diplomatic note …, signed in 2009, on a cooperation program …`: the note's subject
        consensus = text[start].islower() and (_CONSENSUS if english else _VI_CONSENSUS).search(
            text, max(0, start - 30), start
        )  # (`reached agreement on …, and push the implementation of …`: no document, so no status to carry on)
        if (
            status is not None
            and not nested
            and not consensus
            and not _signed_years_ago(text, sentence.start, start)  # (an anniversary's document: not the day's)
        ):
            same = status == state["status"]
            state = {
                "status": status,
                "date": (told_date[0] or state["date"]) if same else told_date[0],
                "precision": (told_date[1] or state["precision"]) if same else told_date[1],
            }
        if not nested:
            previous = (end, status or state["status"])
        spans = [(a, b) for a, b in titles]
        plural = _Plural(kind, start, head_end, quant, status, state, spans, heads)
        if english and doc.lower[start:head_end] in _PLURAL_HEADS and _body_tells_them(doc, heads, start):
            continue  # `RP, Vietnam ink pacts on environment, defense` over a body that names its documents: theirs
        if english and doc.lower[start:head_end] in _PLURAL_HEADS:
            listed = (
                _listed_documents(doc, plural)
                or _listed_purposes(doc, plural)
                or _listed_partners(doc, plural)
                or _listed_pairs(doc, plural)
                or _each_between(doc, plural)
                or _fields_told_next(doc, plural, end)
                or _set_between(doc, plural, end)
                or _set_signed_by(doc, plural, end)
            )
            by_subject = None if listed or quant else _plural_subject(text, start)
            own_subject = False
            if (
                listed
                or quant
                or not (
                    _PASSIVE_SUBJECT.match(text, head_end)
                    or by_subject
                    or _FOR_FIELD.match(text, head_end)
                    or (own_subject := _signed_with_subject(text, start, head_end))
                )
            ):
                mentions.extend(listed)
                continue
            # `Agreements were also signed on cooperation in finance, agriculture and info`, `have signed new trade
            # agreements`: the set, named by its subject after the verb or before the head, read as one document
            kind = _kind_of_each(doc, plural)
            if own_subject and doc.lower.startswith("documents", head_end - len("documents")):
                kind = AgreementType.OTHER  # (`exchanged documents on cooperation in …`: papers, of the other kinds)
        if english and doc.lower[start:head_end] in _PLURAL_OTHER_HEADS:
            listed = _listed_documents(doc, plural) or _listed_purposes(doc, plural)
            if listed:  # `exchanged letters of understanding on cybersecurity and military hygiene`: one each
                mentions.extend(listed)
                continue
        if english and _semicolon_fields(doc, plural) and (listed := _listed_documents(doc, plural)):
            # `the signing of the MoU on economics and trade; science and technology; banking; and …`: a field
            # list split by semicolons names one document each, whatever the head's number
            mentions.extend(listed)
            continue
        if (
            not english
            and doc.lower[start:head_end] in _PLANS
            and _TO_BE_DRAWN_UP.search(text, max(0, start - 24), start)
        ):
            if not _ITS_PERIOD.search(text, head_end, end):
                continue  # `… nhằm xây dựng một chương trình hợp tác …`: a plan the sides are to draw up, no document yet
            status = AgreementStatus.PLANNED  # (`xây dựng Chương trình hành động cho giai đoạn …`: one to come)
        if english and kind == AgreementType.ACTION_PLAN and _TO_BE_MADE.search(text, max(0, start - 40), start):
            # `agreed to build a specific action plan to …`: a plan still to be made; one only wished or proposed (`should
            # build an action plan`) is proposed
            status = (
                AgreementStatus.PROPOSED if _text_wished_made(text, sentence.start, start) else AgreementStatus.PLANNED
            )
        if group and not english and _KIND_WITH_EXAMPLES.match(text, head_end):
            continue  # `các thỏa thuận đa phương như Hiệp định …`: a kind, its examples named as documents of their own
        if group and not quant and not english and (earlier := _refers_back(mentions, kind)) is not None:
            _absorb(earlier, status, date, precision)
            continue  # `… có thể sẽ ký kết hiệp định này vào tháng 2`: one document named back, what it says of it
        if group:
            mentions.extend(
                _enumerated(doc, kind, start, head_end, end, quant, state)
                or _listed_documents(doc, plural)
                or _listed_partners(doc, plural)
                or _listed_pairs(doc, plural)
                or _each_between(doc, plural)
                or _set_between(doc, plural, end)
                or (_set_signed_by(doc, plural, end) if not _ANAPHOR.match(text, head_end) else [])
            )
            continue
        if re.match(r"\s+(?:khác|other)\b", text[head_end : head_end + 8]) or (
            text[max(0, start - 6) : start].lower() == "other "
            and not _ANOTHER_BEFORE.search(text, max(0, start - 8), start)
        ):
            continue  # `các thỏa thuận khác như …`, `other agreements`: a kind, not a document
        if consensus:
            continue  # `reached an agreement on …`, `đạt được thỏa thuận …`: a consensus, not a document
        if (
            not english
            and text[start].islower()
            and doc.lower[start:head_end] in ("thỏa thuận", "thoả thuận")
            and _LEADERS_CONSENSUS.match(text, head_end)
        ):
            continue  # `Thực hiện thỏa thuận của lãnh đạo cấp cao hai nước, …`: what the leaders agreed, no document
        if _ARTICLE_OF.search(text, max(0, _title_start(text, start) - 40), _title_start(text, start)):
            continue  # `under Article 6 of the Paris Agreement`: where a provision stands, no document of the page
        if (
            (doc.lower[start:head_end] in _EN_STATEMENTS or doc.lower[start:head_end] in _VI_STATEMENTS)
            and not _SIGNED_STATEMENT.search(text, max(0, start - 25), start)
            and (
                (_ISSUED.search(text, max(0, start - 25), start) and not _COMPLEMENT.match(text, head_end))
                or not (_STATEMENT_SUBJECT if english else _VI_STATEMENT_SUBJECT).match(text, head_end)
            )
        ):
            # `the two countries issued a joint statement`: a statement published, no document signed; `their joint
            # statement and four MoUs`, `Joint statement by A and B`: a statement about nothing in particular, the
            # visit's own record, no document of its own (`a Joint Statement on the establishment of …` is one)
            continue
        if not english and (
            (
                _SO_FAR.search(text, sentence.start, start)
                and (listed := _listed_partners(doc, plural, counted_only=True))
            )
            or (listed := _listed_partners(doc, plural, counted_only=True, or_dated=True))
        ):
            # `Tính đến nay, tỉnh X đã ký kết thỏa thuận hợp tác với ba tỉnh của Lào … là A, B và C`: what was signed
            # over the years, one with each (at one ceremony with three provinces, one record of all four)
            mentions.extend(listed)
            continue
        title_start = _title_start(text, start) if english else start
        if i > 0 and title_start < titles[i - 1][1] <= start:
            title_start = start  # `such as RCEP and CPTPP`: a name before is another document's, not this one's
        passive = _PASSIVE_SUBJECT.match(text, head_end) if english and not text[head_end:end].strip() else None
        if passive is not None:  # `a memorandum was signed on the exchange of seeds …`: its subject after the verb
            end = _english_clause_end(text, passive.end(), sentence.end)
            while end > passive.end() and text[end - 1] in " .;:":
                end -= 1
        found = agreement_parties.parties(
            doc, start, head_end, end, title_start, kind in (AgreementType.FTA, AgreementType.PARTNERSHIP), spans
        )
        if not english and doc.lower[start:head_end] == "hiệp định" and not _GIUA.search(text, start, end):
            found = agreement_parties.states_of(doc, found)
        if not english and len(found) < 2 and (aim := _AIM_BETWEEN.match(text, end)):
            found = _sides_of_the_aim(doc, aim.end()) or found
        if not english and _DELEGATION_SUBJECT.match(text, sentence.start):
            found = _with_the_delegation(doc, found)
        if english and _PLURAL_FTA.fullmatch(text, start, head_end) and len(found) < 2:
            continue  # `pending FTAs`, `a joint committee on free trade agreements`: a kind of document, no two sides
        if (english and agreement_parties.session_record(doc, start, end)) or (
            doc.lower.startswith(_SESSION_MINUTES, start) and agreement_parties.commission_named(doc)
        ):
            # `signed the minutes of the meeting` of a joint committee, `the Protocol of the 41st Session`: the
            # record of two states' session, whoever co-chaired it and wherever it sat
            kind = AgreementType.OTHER
            found = agreement_parties.sides_of_a_session(doc, found)
        if _twinning_head(doc.lower, start, head_end):
            if nested:
                continue  # `ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa giữa A và B`: the document's subject
            if _KINDS_OF_SIDES.match(text, head_end):
                continue  # `kết nghĩa giữa các địa phương này và các tỉnh của Việt Nam`: an aim, no two localities
            if not english and _RAISED_TO.search(text, max(0, start - 20), start):
                continue  # `nhằm nâng quan hệ giữa hai tỉnh lên cấp độ kết nghĩa`: ties to be raised, not yet so
            if not _localities(doc, found):
                found = _sentence_localities(doc, start) or _with_the_other_locality(doc, found)
            if not _localities(doc, found) and not english:
                # `kỷ niệm 10 năm thiết lập quan hệ thành phố hữu nghị A - B` with A no stage reads as a place: the
                # page's two cities of two countries (a Vietnamese city by its people's committee)
                found = agreement_parties.two_cities(doc) or found
            if not _localities(doc, found):
                continue  # `kết nghĩa` with no two localities named: no partnership read
        elif (
            any(head_end <= a < end and _twinning_head(doc.lower, a, b) for a, b, _ in heads)
            or _ESTABLISHES_TIES.search(doc.lower, head_end, end)
        ) and not _localities(doc, found):
            # `a Memorandum of Understanding on the establishment of their twinning relationship`: a document of
            # the two localities the twinning binds
            other = _with_the_other_locality(doc, found)  # (the one locality read, and the page's other one)
            found = (
                _sentence_localities(doc, start)
                or (other if _localities(doc, other) else [])
                or agreement_parties.two_localities(doc)
                or other
            )
        if kind == AgreementType.PARTNERSHIP and len(found) < 2:
            # `this visit marked the beginning of a "comprehensive strategic partnership"`: two countries' framework
            found = list(dict.fromkeys([*found, *agreement_parties.two_main_countries(doc)]))[:2]
        subject_words = (_SUBJECT_MODIFIER.search(text, max(0, start - 40), start) or by_subject) if english else None
        if subject_words and not set(subject_words.group("words").split()) - _GENERIC_MODIFIERS:
            subject_words = None  # `a new agreement`, `the bilateral agreement`: no subject of its own
        if subject_words and any(
            subject_words.start("words") <= a < start and _amends(text, a, b, start) for a, b, _ in heads
        ):
            subject_words = None  # `a protocol amending the agreement on …`: the protocol's words, not a subject
        if subject_words and title_start == start:
            title_start = subject_words.start("words")  # `negotiations on a rice trading agreement`
        if (
            kind not in (AgreementType.FTA,)
            and not _COMPLEMENT.match(text, head_end)
            and not (english and doc.lower.endswith("cooperation", start, head_end) and _FIELD_IN.match(text, head_end))
            and not (kind == AgreementType.ACTION_PLAN and _PLAN_PURPOSE.match(text, head_end))
            and not (english and _listed_for_a_purpose(text, start, head_end))
            and passive is None
            and not doc.lower.startswith(("minutes", "agreed minutes"), start)  # `the minutes of the 6th session`,
            # `signed its minutes`: a session's record, read only when signed or named by its session
            and subject_words is None
            and not _PERIOD_BEFORE.search(text, max(0, start - 14), start)
            and not text[start].isupper()
            and len(found) < 2
            and not (english and _SIGNED_ONE.search(text, sentence.start, start))
            and own is None  # (`triển khai biên bản hợp tác đã ký kết năm 2019`: dated by its own signing, one)
        ):
            if not (_told_signed(doc, start, head_end) if english else _signed_record(doc, start, head_end)):
                continue  # `ký thỏa thuận hợp tác với các đối tác`: no complement and not two parties, no document
            weak = True  # (`Đoàn … ký biên bản thỏa thuận hợp tác.`: the page's document if it names no other)
        bare = _bare(text, start, head_end, end, english=english) and not (
            i + 1 < len(heads) and _JOINED_HEAD.fullmatch(" " + text[end : heads[i + 1][0]])
        )  # `the Agreement and the Protocol between …`: coordinated with the next document, not a reference back
        if bare and not english and _FRIENDSHIP_HEAD.fullmatch(doc.lower, start, head_end):
            bare = (
                False  # `ký kết thiết lập quan hệ thành phố hữu nghị giữa hai thành phố`: ties, no document named back
            )
        if bare and english and _ONE_MORE.search(text, max(0, start - 8), start):
            bare = False  # `One MoU was signed between A and B`: one document more of those told, not one of them
        if english and doc.lower.startswith("deal", start) and doc.lower[max(0, start - 4) : start] == "the ":
            if not mentions and len(found) < 2 and not weak:
                continue  # (none read before: a deal the page names no further, unless it names its sides)
            bare = True  # `the importance of the deal for both localities`: the document just read
        if not english and (named := _named_by_its_acronym(mentions, text[start:head_end])) is not None:
            _absorb(named, status, date, precision)
            continue  # `… của lời văn EVFTA`: the trade agreement a fuller mention gave that acronym, whatever sides
        earlier = _refers_back(mentions, kind) if bare and mentions else None
        if earlier is not None:
            _absorb(earlier, status, date, precision)
            _add_signers(doc, earlier, found)
            continue  # `The MoU`, `Bản ghi nhớ này`: the agreement already read, not another one
        if not english and _cut_off_by_the_page_end(text, head_end, end):
            continue  # `3. Bản ghi nhớ giữa Cục A và h` as a page's last words: a title the page lost, no document read
        title = (
            text[title_start:end] if passive is None else f"{text[title_start:head_end]} {text[passive.end() : end]}"
        ).strip(" ,")
        if title.count('"') % 2 or title.count("”") > title.count("“"):
            title = title.rstrip('"”')  # (`“Kế hoạch triển khai …” và …`: the closing quote is no part of the name)
        if kind == AgreementType.AGREEMENT and (_FTA_IN_BRACKETS.search(title) or _TRADE_AREA_NAME.search(title)):
            kind = (
                AgreementType.FTA
            )  # `ASEAN Trade in Goods Agreement (ATIGA)`: a generic head, a free trade agreement's acronym or area
        m = Mention(kind, start, end, title)
        m.another = english and _ANOTHER_BEFORE.search(text, max(0, start - 8), start) is not None
        carried = (
            state["status"] if kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) else None
        )  # a trade area is in force unless
        m.status = (
            status
            or carried
            or (
                AgreementStatus.IN_FORCE
                if kind in (AgreementType.FTA, AgreementType.PARTNERSHIP)
                else AgreementStatus.UNKNOWN
            )
        )  # its own sentence says
        m.status_default = not (status or carried)
        if english and m.status_default and _conditional_subject(text, sentence.start, start, end):
            m.status, m.status_default = AgreementStatus.PLANNED, False
        if m.status_default and kind == AgreementType.FTA and _not_yet_identified(text, sentence.start, title_start):
            m.status, m.status_default = AgreementStatus.PROPOSED, False
        if (
            not english
            and m.status_default
            and kind in (AgreementType.FTA, AgreementType.PARTNERSHIP)
            and _proposed_in_its_sentence(text, sentence.start, start)
        ):
            m.status, m.status_default = AgreementStatus.PROPOSED, False
        m.date, m.precision = (
            (date, precision) if date else (state["date"], state["precision"]) if not status else (None, None)
        )
        if (
            not found
            and mentions
            and re.fullmatch(
                r"\s*[”\"]?\s*(?:,|,?\s*(?:and|và))\s*[“\"]?\s*(?:(?:a|an|the|một)\s+)?",
                text[mentions[-1].end : title_start],
            )
        ):
            found = list(mentions[-1].parties)  # `including an MoU on …, an MoU on … and …`: signed together
        m.parties = found
        m.key = _key(title, kind)
        m.ahead = bare and not any(o.type == kind for o in mentions)
        _event_link(doc, m)
        if status is not None and not nested and m.date and m.date == told_date[0]:
            state.update(date=m.date, precision=m.precision)
        (fallback if weak else mentions).append(m)
    if not mentions and fallback:
        mentions = [_with_the_page_s_sides(doc, fallback[0])]
    for m, nxt in pairwise(mentions):
        if (
            len(m.parties) < 2
            and len(nxt.parties) >= 2
            and set(m.parties) <= set(nxt.parties)
            and _coordinated(doc, m, nxt)
        ):
            # `the Agreement and the Protocol between A and B`: one complement for both (the signer alone read for
            # the first, `A ký kết Biên bản … và Thỏa thuận … giữa A và B`, is one of its sides)
            m.parties = list(nxt.parties)
    if not english:
        _ordinals_share_their_status(mentions)
    mentions = _referred_ahead(doc, mentions)
    starts = {m.start for m in mentions}
    mentions = [x for m in mentions for x in (m, *_another(doc, m, titles, starts))]
    for m in mentions:
        if m.type == AgreementType.AGREEMENT and _trade_deal_of_a_bloc(doc, m):
            m.type = AgreementType.FTA  # (its kind known once its sides are: before mentions of one kind merge)
    documents = _ties_of_their_document(_headline_into_body(doc, _merge(doc, mentions)))
    documents = [m for m in documents if not _contract_of_no_one(m)]
    for m in documents:
        if not m.parties and m.type not in (AgreementType.FTA, AgreementType.PARTNERSHIP):
            # `as part of the Memorandum of Understanding on cooperation for 2016-2020`, `các thỏa thuận cụ thể
            # như Hiệp định bảo hộ đầu tư`: a document no mention gives a party of is one between the two sides
            # of the article's main meeting, else between the only two countries the page names (none else)
            bilateral = _BILATERAL_BEFORE.search(doc.text, max(0, m.span[0] - 30), m.span[0])
            m.parties = (
                (bilateral and agreement_parties.two_main_countries(doc))  # `A bilateral agreement on …`: two states'
                or agreement_parties.main_event_sides(doc)
                or agreement_parties.only_two_countries(doc)
            )
            if doc.article.lang != "en" and m.title.lower().startswith("hiệp định"):
                m.parties = agreement_parties.states_of(
                    doc, m.parties
                )  # (a treaty under negotiation at a meeting of two ministers)
        elif m.type not in (AgreementType.FTA, AgreementType.PARTNERSHIP):
            m.parties = _most_specific(doc, _other_side(doc, m.parties))
    for m in documents:
        if m.type not in (AgreementType.FTA, AgreementType.PARTNERSHIP) and m.parties:
            spans = [x.span for x in (m, *m.merged)]
            m.parties = agreement_parties.government_level_states(doc, spans, m.parties)
    documents = _country_read_for_its_body(doc, documents)
    same_day = Counter(_day_key(doc, m) for m in documents if m.date)
    for m in documents:
        _emit(doc, m, by_day=bool(m.date) and same_day[_day_key(doc, m)] == 1)


_CONTRACT = re.compile(r"\b(?:hợp đồng|contracts?|PPAs?|DPPA|power purchase agreements?)\b", re.I)
_SIDES_SAID = re.compile(r"\b(?:between|with|giữa|với)\b", re.I)


def _contract_of_no_one(m: Mention) -> bool:
    """A contract no mention gives a signer of and whose title says between whom it is neither (`the contract on
    the X project`, `Hợp đồng có giá trị 1 tỷ USD`): a firm's deal the page mentions, no document of two sides. The
    page's countries or its meeting's sides, which a document of no named party otherwise takes, never sign a
    contract; one said to be between bodies, even generically (`contracts between businesses of the two
    countries`), stays a document of the page."""
    return (
        not m.parties
        and m.type == AgreementType.OTHER
        and bool(_CONTRACT.search(m.title))
        and not _SIDES_SAID.search(m.title)
    )


_FIELD_IN = re.compile(
    r"\s+in\s+(?!(?:the|a|an|this|that|recent|principle|order|particular|general|addition|line|time)\b)[a-z]"
)
"""The field a head of cooperation is in (`a memorandum of cooperation in technology, innovation, and …`): its
complement, as `on …` is (not `in the presence of`, `in recent years`, a place or a year)."""


def _body_tells_them(doc: ArticleDoc, heads: Sequence[tuple[int, int, str]], start: int) -> bool:
    """A headline's plural (`RP, Vietnam ink pacts on environment, defense`) over a body that names two documents or
    more of its own (`the MOA on Academic Cooperation`, `an MOA on Defense Cooperation`): the headline sums up what
    the body tells, so its fields are no documents of their own."""
    lines = _headline_lines(doc)
    if doc.sentence_index(start) >= lines:
        return False
    told = [
        a
        for a, b, kind in heads
        if doc.sentence_index(a) >= lines
        and kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP)
        and doc.lower[a:b] not in _PLURAL_HEADS
    ]
    return len(told) >= 2


_DECLARATIONS = ("joint declaration", "joint statement", "common declaration", "tuyên bố chung")
_PROGRAMMES = frozenset({"cooperation program", "cooperation programme"})


_SESSION_MINUTES = (
    "minutes",
    "agreed minutes",
    "biên bản kỳ họp",
    "biên bản phiên họp",
    "biên bản khóa họp",
    "biên bản khoá họp",
)
"""The heads of a session's minutes (`signed its minutes`, `Biên bản kỳ họp lần thứ 29`): on a page that names an
intergovernmental committee, the record of its session, the two states' whoever co-chaired it."""


_SIGNED_JUST_BEFORE = re.compile(r"\b(?:k[ýí](?: kết)?|trao)\s+(?:(?:bản|các|một)\s+)?$", re.I)
_RECORD_HEADS = frozenset(
    ["biên bản ghi nhớ", "bản ghi nhớ", "biên bản thỏa thuận", "biên bản hợp tác", "thỏa thuận hợp tác"]
)


_PLAN_PURPOSE = re.compile(r"\s+(?:to\s+(?!be\b)(?:further\s+)?[a-z]+\b|nhằm\b)")
"""A plan's purpose after its head (`an action plan to boost trade`, `kế hoạch hành động nhằm …`): what the plan is
for names it as well as a subject does (`on …`), so the head is a document of its own."""


def _plan_of_the_partnership(heads: Sequence[tuple[int, int, str]], i: int, english: bool) -> bool:
    """`the New Zealand-Vietnam Strategic Partnership Action Plan`, `the … Comprehensive Partnership Plan of Action`:
    English puts a document's kind last, so a plan right after a partnership's head is the document and the
    partnership only its name (Vietnamese puts the plan first: `_names_the_next`); the partnership's own agreement
    (`the Strategic Partnership Agreement`) is still the partnership."""
    return (
        english
        and heads[i][2] == AgreementType.PARTNERSHIP
        and i + 1 < len(heads)
        and heads[i + 1][2] == AgreementType.ACTION_PLAN
        and heads[i + 1][0] == heads[i][1] + 1
    )


def _signed_record(doc: ArticleDoc, start: int, head_end: int) -> bool:
    """`Đoàn đại biểu hai tỉnh ký biên bản thỏa thuận hợp tác.`, `thống nhất ký biên bản ghi nhớ các nội dung hợp
    tác …`: a record named by its noun alone, right after its signing verb, is a document signed, whoever its sides
    (kept only when the page names no other document: else it is one of those, told again)."""
    return (
        doc.lower[start:head_end] in _RECORD_HEADS
        and _SIGNED_JUST_BEFORE.search(doc.text, max(0, start - 20), start) is not None
        and not doc.lower.startswith(" với ", head_end)  # (`ký thỏa thuận hợp tác với bộ, ngành …`: kinds of partner)
    )


def _told_signed(doc: ArticleDoc, start: int, head_end: int) -> bool:
    """`… co-chaired the meeting where the agreement was signed`, `the two ministers then signed the agreement.`: an
    English document named by its head alone whose own clause tells it signed is a document of the page, whoever its
    sides (kept only when the page names no other document: else it is one of those, told again), as a Vietnamese
    record signed is (`_signed_record`)."""
    return bool(
        _EN_SIGNED_BEFORE.search(doc.lower, max(0, start - 40), start) or _EN_SIGNED_AFTER.match(doc.lower, head_end)
    )


_EN_SIGNED_BEFORE = re.compile(r"\b(?:signed|inked|sealed|concluded)\s+(?:the|an?|this)\s+(?:[a-z-]+\s+){0,2}$")
_EN_SIGNED_AFTER = re.compile(
    r"\s+(?:was|were|has been|have been|had been)\s+(?:(?:officially|also|formally|then|finally)\s+)?"
    r"(?:signed|inked|sealed|concluded|established)\b"
)


def _with_the_page_s_sides(doc: ArticleDoc, m: Mention) -> Mention:
    """A record signed with no complement and one side read (`Đoàn đại biểu cấp cao của tỉnh A - B ký biên bản …`):
    its sides are the page's two localities when the one read is one of them (a page about two places' ties)."""
    if len(m.parties) < 2:
        pair = agreement_parties.two_localities(doc)
        if len(pair) == 2 and set(m.parties) <= set(pair):
            m.parties = pair
    return m


_ORDINAL_DOCUMENT = re.compile(
    r"^[^\W\d]+(?:\s+[^\W\d]+){0,3}?\s+(?:đầu tiên|thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám))\b", re.I
)


def _ordinals_share_their_status(mentions: list[Mention]) -> None:
    """`biên bản ghi nhớ đầu tiên … Biên bản ghi nhớ thứ 2 … 2 bên cũng đã kí kết biên bản ghi nhớ thứ 3 …`:
    documents told by their rank are one set, each what the text says of any of them (when it says one thing)."""
    ranked = [m for m in mentions if _ORDINAL_DOCUMENT.match(m.title)]
    told = {m.status for m in ranked if not m.status_default and m.status != AgreementStatus.UNKNOWN}
    if len(ranked) < 2 or len(told) != 1:
        return
    status = told.pop()
    for m in ranked:
        if m.status == AgreementStatus.UNKNOWN:
            m.status, m.status_default = status, False


def _listed_for_a_purpose(text: str, start: int, head_end: int) -> bool:
    """`…; an agreement to promote the sale of electricity; and an agreement to support …`: an item of a list of
    the documents signed, told by what it is for. Alone, `an agreement to …` is as often what the sides agreed
    (`underlined an agreement to beef up cooperation`), so the purpose makes a document only in such a list."""
    return bool(_LIST_ITEM_BEFORE.search(text, max(0, start - 40), start) and _PURPOSE_AFTER.match(text, head_end))


_STATEMENT_SUBJECT = re.compile(r"\s*(?:on|regarding|concerning|về|kết thúc|khởi động)\b", re.I)
"""What a joint statement that is a document is about (`on the establishment of …`, `về việc …`)."""
_EN_STATEMENTS = frozenset(
    ["joint statement", "joint declaration", "common declaration", "joint communiqué", "joint communique"]
)
"""An English joint statement, declaration or communiqué: the record two sides put out together, a document of its
own when signed or about something of its own (`a Joint Declaration on deploying …`), else the visit's record
(`according to the joint communiqué issued after the event`: a source, no document)."""
_VI_STATEMENTS = frozenset(["tuyên bố chung", "thông cáo chung"])
"""A Vietnamese joint statement or joint communiqué: the record two sides put out together."""
_VI_STATEMENT_SUBJECT = re.compile(rf"\s*(?:(?:về|giữa|kết thúc|khởi động)\b|[{UPPER}])")
"""What makes a Vietnamese joint statement a document: what it is about, the two sides it is between (`ký kết tuyên
bố chung giữa tỉnh A và tỉnh B`), or its own name (`Thông cáo chung Hội nghị lần thứ 5 …`)."""


_PARTNERS_PREDICATE = re.compile(r"\b(?:are|were|as|be|been|being|remain|became|become)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""What makes `strategic partners` a framework: two sides said to be them (`are`, `as`, `remain`, `became`)."""
_ARTICLE_OF = compile_gated(r"\b(?:Article|Articles|Chapter|Điều|Chương)\s+\d+[\w().]*\s+(?:of|của)\s+(?:the\s+)?$")
"""An article of a treaty cited (`Article 6 of the Paris Agreement`, `Điều 6 của Thỏa thuận Paris`)."""
_SIGNED_STATEMENT = re.compile(r"\b(?:signed|inked|k[ýí](?: kết)?)\s+(?:(?:a|an|the|bản)\s+)?(?:[\w-]+\s+)?$", re.I)
"""A statement's signing (`the two presidents signed a joint statement formally elevating …`): a document the leaders
signed, one of its own whatever it is about (the conventions: annotated when signed, adopted or issued; only the
signing tells it apart from the visit's record here, an issued or adopted one staying the record)."""
_ISSUED = re.compile(r"\b(?:issued|released|published|adopted|ra|công bố|thông qua)\s+(?:a|an|the|bản)?\s*$", re.I)
"""A statement's own verb: published, not signed."""
_BILATERAL_BEFORE = compile_gated(r"\b(?:bilateral|song phương)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""A document called bilateral with no side named: the two countries', not the sides of the day's meeting."""

_ANOTHER = re.compile(r",?\s+and\s+(another)\s+(?=(?:on|for|to|about|regarding|between)\s)")


def _another(doc: ArticleDoc, m: Mention, titles: Sequence[tuple[int, int]], starts: set[int]) -> list[Mention]:
    """`an agreement on border labour management between A and B, and another on cooperation between C and D`: a
    second document of the same kind, its title and parties its own (the first's parties when it names none)."""
    text = doc.text
    found = _ANOTHER.match(text, m.end)
    if found is None or doc.article.lang != "en" or found.start(1) in starts:
        return []  # (a list's reader already read `another on …` as its item)
    start = found.start(1)
    stop = _TITLE_STOP.search(text, found.end())
    end = stop.start() if stop else doc.sentence_of(start).end
    end = _english_clause_end(text, found.end(), end)
    title = text[start:end].strip(" ,.")
    if not title or len(title.split()) > 40:
        return []
    head = re.split(r"\s+(?:on|for|to|about|regarding|between)\s", m.title, maxsplit=1)[0]
    if len(head.split()) <= 5:
        title = head + title[len("another") :]  # `another on …` is `agreement on …`, written out
    other = Mention(m.type, start, end, title, status=m.status, date=m.date, precision=m.precision)
    own = agreement_parties.parties(doc, start, found.end(1), end, start, False, titles)
    other.parties = own if len(own) >= 2 else list(m.parties)
    other.key = _key(title, m.type)
    return [other]


_CUT_WORD = re.compile(r"\s[^\W\d]$")
_CLOSING = ".!?)]”\"'…:;"


def _cut_off_by_the_page_end(text: str, head_end: int, end: int) -> bool:
    """A title that runs to the page's last words with no stop and ends inside a word (`… ký Biên bản ghi nhớ về h`,
    `Bản ghi nhớ giữa Cục A và h`): the page was cut off there (a crawl's limit, a caption's overflow), and what the
    document is and who its other side is are lost with the rest. (A title cut after whole words, `… giữa Bộ A`,
    still names a document and its signer.)"""
    tail = text[head_end:end].rstrip()
    if text[end:].strip() or not tail or text.rstrip()[-1] in _CLOSING:
        return False
    return _CUT_WORD.search(tail) is not None


def _named_by_its_acronym(mentions: list[Mention], head: str) -> Mention | None:
    """`Hiệp định thương mại tự do giữa Việt Nam - Liên minh châu Âu (EVFTA)`, then `EVFTA` alone: the acronym in
    brackets after a title names that document again (its sides are the title's, not the countries of the sentence
    it is named again in: `… sửa đổi lời văn EVFTA … giữa Việt Nam và UK`)."""
    if not _FTA_NAME.fullmatch(head):
        return None
    acronym = f"({head.split()[-1]})"
    return next((m for m in reversed(mentions) if acronym in m.title), None)


def _refers_back(mentions: list[Mention], kind: str) -> Mention | None:
    """The agreement a bare mention refers to: the last one read of its type (a `văn kiện`, any type)."""
    same = [m for m in mentions if m.type == kind]
    if (
        not same and kind == AgreementType.AGREEMENT
    ):  # `the agreement`, `văn kiện này`: a generic word for the document just read
        same = mentions
    return same[-1] if same else None


def _absorb(target: Mention, status: str | None, date: str | None, precision: str | None) -> None:
    """What a later reference adds: a date the first mention lacked, a status it did not read."""
    if (target.status == AgreementStatus.UNKNOWN or target.status_default) and status:
        target.status, target.status_default = status, False
    if not target.date and date and status:
        target.date, target.precision = date, precision


def _amending_titles(
    text: str, heads: Sequence[tuple[int, int, str]], titles: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`a protocol amending the agreement on visa exemption`, `the protocol supplementing the Agreement between A and
    B`: the protocol's title runs over the document it amends (a document of its own, as `Nghị định thư sửa đổi Hiệp
    định …` reads), where a participle would otherwise end it at its bare head."""
    out = list(titles)
    for i, ((start, head_end, _), (nxt, _, _)) in enumerate(pairwise(heads)):
        if _amends(text, start, head_end, nxt):
            out[i] = (start, max(titles[i][1], titles[i + 1][1]))
    return out


def _amends(text: str, start: int, head_end: int, other: int) -> bool:
    """The head at `start` is a protocol that amends (supplements, ratifies) the document whose head is at `other`."""
    return text[start:head_end].lower() in _AMENDING_HEADS and _AMENDING.fullmatch(text, head_end, other) is not None


_AMENDING_HEADS = ("protocol", "protocols")
_AMENDING = re.compile(
    r"\s+(?:amending|supplementing|ratifying|revising|extending|(?:to|that|which)\s+(?:amend|amends|supplement"
    r"|supplements|ratify|ratifies|revise|revises|extend|extends)|on\s+(?:amending|amendments?\s+to))"
    r"\s+(?:the\s+|an?\s+|their\s+)?(?:[\w-]+\s+){0,3}"
)
"""What joins a protocol to the document it changes: a participle or relative verb of amending, then at most a few
words of the other document's name before its head (`the 2003 bilateral …`)."""


def _acronym_of_previous(text: str, start: int, previous: tuple[int, str | None] | None) -> bool:
    """`hiệp định thương mại tự do (FTA)`: the acronym in brackets is the same agreement, already read."""
    return previous is not None and start < previous[0] and text[start - 1 : start] == "("


_FRAMEWORK_GAP = re.compile(r"\s+(?:khung\s+)?")
"""Between a document's head and a partnership's name that is the document's own (`Hiệp định khung Đối tác …`)."""

_LEADERS_CONSENSUS = re.compile(
    r"\s+(?:(?:đã\s+)?đạt được|(?:của|giữa)\s+(?:các\s+)?(?:nhà\s+)?lãnh đạo|cấp cao)\b", re.I
)
"""After a bare `thỏa thuận`: reached, of the leaders, high-level (`thỏa thuận cấp cao`): the sides' consensus."""

_RAISED_TO = re.compile(r"\blên\s+(?:(?:cấp độ|cấp|mức|tầm|thành)\s+)?(?:quan hệ\s+)?$", re.I)
"""`nâng quan hệ lên cấp độ kết nghĩa`: what two sides' ties are to be raised to."""
_DELEGATION_SUBJECT = re.compile(
    r"\s*(?:(?:Tại|Trong|Sau|Nhân) [^,.;]{1,40},\s*)?[Đđ]oàn\s+(?:đã|sẽ|cũng|tiếp tục|còn)\s"
)
"""`Đoàn đã làm việc với … và ký Bản ghi nhớ hợp tác với Tổ chức X`: the page's delegation signs."""

_AIM_BETWEEN = re.compile(r"\s*,?\s*(?:nhằm|để)\s+(?:[^\W\d]+\s+){1,4}?giữa\s+")

_PLANS = frozenset(["chương trình hợp tác", "chương trình hành động", "kế hoạch hành động", "kế hoạch hợp tác"])
_TO_BE_DRAWN_UP = compile_gated(
    r"\b(?:xây dựng|đưa ra|hình thành|soạn thảo|thành)\s+(?:(?:một|các|những)\s+)?(?:bản\s+)?$", re.I
)
"""`xây dựng Chương trình hành động cho năm tiếp theo`, `đưa các nội dung … thành các chương trình hợp tác`: a
programme or plan to be drawn up (or what contents are to become) is an aim, not a document of the page."""
_TO_BE_MADE = re.compile(
    r"\b(?:build(?:ing)?|formulat(?:e|ing)|devis(?:e|ing)|develop(?:ing)?|draw(?:ing)?\s+up|work(?:ing)?\s+out)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.I,
)
"""A plan as the object of a verb of making in no past tense (`build a specific action plan to …`, `promptly
formulating an action program to …`): the sides' text still to be made, planned whatever verb rules the clause."""
_ITS_PERIOD = re.compile(r"\bgiai đoạn\s+\d{4}")
"""A plan to be drawn up for a period named (`xúc tiến xây dựng Chương trình hành động cho giai đoạn 2024 - 2026`): the
sides' document to come, planned (one for `năm tiếp theo`, the next of a routine, is none)."""

_DECLARED = re.compile(r"\b(?:ra|công bố|thông qua)\s+(?:bản\s+)?[“\"]?$")
"""A declaration's own verb right before it (`ra Tuyên bố`, `thông qua “Tuyên bố …”`): issued, as a document is
signed."""

_SO_FAR = compile_gated(
    r"\b(?:(?:tính|cho) đến nay|đến nay|từ trước (?:tới|đến) nay|hiện đã|so far|to date|up to now|thus far)\b", re.I
)
"""A tally of what was signed over time, not one ceremony's documents."""

_KIND_WITH_EXAMPLES = re.compile(r"(?:\s+[^\W\d]+){0,3},?\s+như\s+(?:là\s+)?[A-ZĐ]")
"""After a plural head, a qualifier and `như` before a name (`các thỏa thuận đa phương như Hiệp định …`): examples."""
_KINDS_OF_SIDES = re.compile(r"\s+(?:giữa|between)\s+(?:các|những|several|various)\s", re.I)
"""`… giữa các địa phương …`: sides told only as a plural kind, none of them named."""

_FOR_FIELD = re.compile(
    r"\s+for\s+(?=[a-z]{4,}\s+(?:and|or|[a-z]+)\b)"
    r"(?!(?:the|their|its|this|these|those|both|each|all|co-?operation|collaboration)\b)"
)
"""`MoUs for agriculture and rural development`: plural documents named by the field they are for, one set (`MoUs
for cooperation between …` name no field)."""

_ESTABLISHES_TIES = compile_gated(
    r"(?:thiết lập|xác lập) (?:mối )?quan hệ (?:hợp tác )?hữu nghị|establish(?:ing)? (?:the )?friendly (?:and cooperative )?"
    r"(?:relations|ties)|establish(?:ing|ment of)? (?:the |their |bilateral )?friendship\b"
)
"""`bản ghi nhớ thiết lập quan hệ hữu nghị với tỉnh X`: a document that sets up two localities' friendship is theirs."""

_ONE_MORE = re.compile(r"(?<![\w-])[Oo]ne\s+$")

_ANOTHER_BEFORE = compile_gated(r"(?<![\w-])[Aa]nother\s+$")
"""`signed another MoU with X`, `and another MoU between A and B`: one document more (`another` ends in `other `,
which before a head names a kind, `other agreements`)."""

_SIGNING_BEFORE = compile_gated(
    r"\b(?:sign|signs|signed|signing(?:\s+of)?|ink|inks|inked|inking|exchange|exchanged|exchanging|exchange\s+of)\s+"
    r"(?:(?:new|bilateral|cooperation|co-operation|cooperative|important|several|many|various|further|more)\s+)*$",
    re.I,
)
_NOT_A_FIELD = (
    r"(?!(?:the\s+)?(?:sidelines?|occasion|same|first|second|last|next|morning|afternoon|evening|day|eve|basis|side|"
    r"behalf|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d))"
)
"""After `on`: not a day or an occasion (`on Monday`, `on the sidelines of …`), where a document's subject is told
(`_OWN_SUBJECT`, `_PASSIVE_SUBJECT`)."""
_OWN_SUBJECT = re.compile(
    rf"\s+(?:(?:on|regarding|concerning)\s+{_NOT_A_FIELD}"
    r"|to\s+(?!(?:the|a|an|be|date|this|that|these|those|its|their)\b)"
    r"|that\s+(?!(?:are|were|is|was|have|has|had|will|would|could|can|may|might|should|they|it|the)\b))[a-z]"
)
"""What tells a signed plural's own subject: a field (`on …`, not a day or an occasion), a purpose (`to ease …`, not
`to date`) or what the documents do (`that ease …`, not `that were signed`)."""


def _signed_with_subject(text: str, start: int, head_end: int) -> bool:
    """`exchanged documents on cooperation in legal training with …`, `sign agreements that ease visa procedures`: a
    plural the signing verb governs, told by its own subject right after it (not a day, an occasion or
    a list of its items, which the list readers took first), is the set read as one document, as a plural told by
    its subject after a passive verb is (`Agreements were also signed on cooperation in …`)."""
    return bool(_SIGNING_BEFORE.search(text, max(0, start - 60), start)) and bool(_OWN_SUBJECT.match(text, head_end))


_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|inked)\s+"
    rf"(?=to\s+[a-z]+\b|on\s+{_NOT_A_FIELD}[a-z])"
)
"""A document's subject told after its passive verb (`a memorandum was signed on the exchange of seeds …`,
`Agreements were also signed on cooperation in finance …`), not a day or an occasion (`was signed on Monday`, `on
the sidelines of …`)."""
_SIGNED_ONE = compile_gated(r"\b(?:signed|inked|sealed|concluded)\s+(?:an?|one)\s+(?:new\s+)?$", re.I)
"""`signed a memorandum of understanding to set the stage for …`: one document signed, whatever follows its head."""

_PLURAL_FTA = re.compile(r"(?i:free trade agreements)|FTAs")
"""Free trade agreements in the plural: documents of one kind, one each only when their sides are named."""

_VI_TECHNICAL_PROTOCOL = re.compile(r"nghị định thư\s+(?:về\s+(?:việc\s+)?)?(?:yêu cầu|kiểm dịch|sửa đổi|bổ sung)\b")
"""`Nghị định thư về yêu cầu kiểm dịch thực vật đối với …`, `Nghị định thư sửa đổi Thỏa thuận …`: a Vietnamese protocol
of an export's quarantine requirements or one amending another document is a document of the other kinds, not a treaty;
one on cooperation (`Nghị định thư về hợp tác biên phòng …`) stays one. (docs/annotation-conventions.md now calls
every instrument protocol an agreement, as the English stage reads `protocol on …`; the check rounds' gold still reads
these two the old way.)"""

_VI_NOT_A_COOPERATION_DOCUMENT = re.compile(
    r"biên bản thỏa thuận\s+(?:(?:của|tại)\s+)?(?:kỳ|phiên|cuộc)\s+họp\b|thỏa thuận\s+chủ trương\b"
)
"""`Biên bản thỏa thuận Kỳ họp thứ 12 Ủy ban liên Chính phủ …`: the minutes of a committee's session, whatever the
word before it, are a record of the other kinds (as `Biên bản kỳ họp`), not a cooperation agreement;
`thỏa thuận chủ trương đầu tư` is an authority's consent to an investor's project, no agreement between two sides."""

_MOU_IN_BRACKETS = re.compile(r"\s*\((?:MoUs?|MOUs?|M\.O\.U\.?)\)")
"""`ký thỏa thuận hợp tác (MOU) với …`, `a cooperation agreement (MoU) with …`: the acronym in brackets right after a
generic head says what kind of document it is."""

# English: an indefinite article and lowercase words right before a head, the subject of a document named in
# lower case (`a rice trading agreement`), unless they are only words any document may have.
_SUBJECT_MODIFIER = compile_gated(r"\b(?:a|an)\s+(?P<words>(?:[a-z][a-z-]+\s+){1,3})$")
