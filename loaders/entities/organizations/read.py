"""Reading a body's name from its head word: the words of the name and where it stops, its place, its home
country or province, a pair of countries.

The one long rule of the stage; every helper it calls lies below it, and the stage and the name of a body in a
title (`body_of_title`) call it."""

from __future__ import annotations

import bisect
import re

from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import PERSON_INITIALS, PROVINCIAL_HEADS, Lexicon
from loaders.entities.organizations.abbreviations import short_form_before
from loaders.entities.organizations.companies import (
    _COMPANY_HEADS,
    _company_kind_end,
    _company_name_ends,
    _joined_field,
    _joined_word,
    _legal_form,
    foreign_brand,
    no_holder_after,
)
from loaders.entities.organizations.governments import (
    _front_name,
    _intergovernmental,
    _local_government_abroad,
    _party_of_country,
)
from loaders.entities.organizations.kind_then_name import KIND_THEN_NAME_HEADS, kind_then_foreign_name
from loaders.entities.organizations.ministries import (
    _ministry_and_more,
    _ministry_by_fields,
    _ministry_enumerated,
    _ministry_fields,
    _ministry_in_words,
    fields_end_at,
)
from loaders.entities.organizations.people import (
    _city_before_person,
    foreign_person_at,
    person_starts,
    romanised_holder_at,
)
from loaders.entities.organizations.places import (
    _between_countries,
    _chamber_country,
    _country_before_seat,
    _country_ending_run,
    _country_right_after,
    _glued_city,
    _home_of_kind,
    _place_right_after,
    _province_abroad,
    _province_abroad_near,
    _province_after_cue,
    _province_later_in_chain,
    _province_named_again,
    city_office_abroad,
)
from loaders.entities.organizations.stops import _first_word, _skip_words, _subject_named, _two_word_stop
from loaders.entities.organizations.words import (
    _ABBR,
    _ABOUT_COOPERATION,
    _ABOUT_COOPERATION_FIRST,
    _ABOUT_FIELDS,
    _BARE_GOVERNMENT_ABROAD,
    _BARE_PROVINCIAL,
    _BELOW_PROVINCE_CUE,
    _BELOW_PROVINCE_KIND,
    _BETWEEN_BODIES_FIRST,
    _BOTH_SIDES,
    _CHAPTER_CUE,
    _CITY,
    _CITY_ABBREVIATIONS,
    _CITY_NAMED_HEADS,
    _COMMITTEE_HEADS,
    _CONTINENT,
    _COOPERATION_GOES_ON,
    _DESCRIBED_HEADS,
    _DISTRICT_COMMITTEE_HEADS,
    _DISTRICT_NAME,
    _EMBASSY_HEADS,
    _FIELD_NAMED_HEADS,
    _FOREIGN_CHAMBERS,
    _FOREIGN_GOVERNMENT_AT,
    _FOREIGN_GOVERNMENT_HEADS,
    _FRONT_AT,
    _FRONT_HEAD,
    _GOVERNMENT_HEADS,
    _HEAD_ABBREVIATIONS,
    _HOSPITAL_KIND,
    _KIND_BY_HEAD,
    _LEGISLATURE,
    _LOCAL_NAME,
    _LOWER_FIRST_OK,
    _MAX_LOWER_RUN,
    _MAX_TOKENS,
    _MEDIA,
    _MEMBER_TITLES,
    _MEMBERS_HEADS,
    _NAME_COMPOUNDS,
    _NAMED_AFTER_PEOPLE,
    _NUMBERED_HEADS,
    _OPEN_BRACKET,
    _PAIR_DASH,
    _PAIR_SPACE,
    _PARTY_COMMITTEE_HEADS,
    _PARTY_SCHOOL,
    _PROVINCE_CUE_BEFORE,
    _SEAT_CUE,
    _SEATED_HEADS,
    _SENTENCE_CASE_HEADS,
    _STOP,
    _TOKEN,
    _TRANSLITERATED,
    _VERBS_AFTER_A_NAME,
    _VI_COMPANY_HEADS,
    _VI_LEGAL_FORM,
    _starts_compound,
    _verb_not_name,
)
from loaders.entities.places import add_place_entity
from loaders.gazetteer import GazetteerEntry


def _read_name(doc: ArticleDoc, lex: Lexicon, start: int, head_end: int, head: str) -> Span | None:
    text = doc.text
    written_head, head = head, _HEAD_ABBREVIATIONS.get(head, head)  # `ĐSQ Việt Nam tại …`: read as spelt out
    known_here = next((k for k in doc.known_orgs if k.start == start), None)
    pos = head_end
    end = head_end
    place: Span | None = None
    home: Span | None = None
    bilateral = False
    pair_of: tuple[Span, Span] | None = None
    city_name = ""  # a city no gazetteer lists, named after `TP.` (`Hội đồng TP. Ansan`) or a consulate's seat
    kind_end: int | None = None  # where a company's lowercase kind ends (`Công ty nông nghiệp`), when it has one
    short = ""  # the name without what follows it (`Hội đồng Bảo an`, `Ủy ban hỗn hợp Việt Nam - Ấn Độ`): an alias
    local = (
        _local_government_abroad(doc, known_here.end) if known_here is not None and head in _GOVERNMENT_HEADS else None
    )
    if local is not None:  # `Chính phủ nhân dân huyện X`: a people's government abroad, not the Government
        end, city_name, place = local
        known_here = None
    elif known_here is not None:
        end = known_here.end
        nxt = (
            _place_right_after(doc, end)
            or _province_after_cue(doc, end)
            or (_ministry_fields(doc, end) or _ministry_and_more(doc, lex, end) if head == "Bộ" else None)
            or (_country_before_holder(doc, lex, end) if head == "Bộ" else None)
            or (
                _country_ending_run(doc, end + len(" nước "))
                if head in _GOVERNMENT_HEADS and text.startswith(" nước ", end)
                else None
            )  # `Chính phủ nước Cộng hòa Arập Ai Cập`: that country's, named in full
        )
        if nxt is not None:
            place, end = nxt, nxt.end
    elif head in _DISTRICT_COMMITTEE_HEADS:
        district = _DISTRICT_NAME.match(text, head_end)
        if district is None or (district.group(0).count(" ") > 2 and person_starts(lex, text, head_end + 1)):
            return None  # `Bí thư Huyện ủy Lê Văn An`: a person (three words and a family name), the district unsaid
        end = district.end()
    elif head == "Đảng" and (whose := _party_of_country(doc, head_end)) is not None:
        place, end = whose, whose.end  # `Đảng Dân chủ tự do Nhật Bản`: sentence case, its country last
    elif head == "Bộ" and (by_fields := _ministry_by_fields(doc, head_end)) is not None:
        place, end = by_fields, by_fields.end  # `Bộ Lao động và Việc làm Hàn Quốc`: its fields, then its country
    elif head == "Bộ" and (listed := _ministry_enumerated(doc, lex, start, head_end)) is not None:
        end = listed  # `Bộ Lao động, Thương binh và Xã hội`: its fields enumerated, closed by `và`
    elif head == "Bộ" and (in_words := _ministry_in_words(doc, head_end)) is not None:
        place, end = in_words, in_words.end  # `Bộ Quản lý lương thực và thiên tai Bangladesh`: in sentence case
    elif (
        head == "Sở"
        and (by_fields := _ministry_by_fields(doc, head_end, any_case=True)) is not None
        and by_fields.label == Label.PROVINCE
    ):
        place, end = by_fields, by_fields.end  # `Sở Văn hóa, Thể thao và Du lịch X`: a ministry's fields, its province
        bare = text[start : by_fields.start].rstrip()
        if bare.endswith(","):  # `Giám đốc Sở Công thương, X`: the department as written, its province after a comma
            short = bare[:-1]
    elif head == _FRONT_HEAD:
        front = _front_name(doc, lex, head_end)
        if front is None:
            return None
        end, place, short = front
    elif head in _FOREIGN_GOVERNMENT_HEADS and (local := _local_government_abroad(doc, head_end)) is not None:
        end, city_name, place = local  # `Chính quyền nhân dân châu X`: a prefecture's or city's abroad
    elif head in KIND_THEN_NAME_HEADS and (named := kind_then_foreign_name(doc, lex, head, head_end)) is not None:
        end, place = named  # `Nhà máy đóng tàu Kerbensk`: what it is in lowercase, then its foreign name as written
    else:
        lower_run = 0
        tokens = 0
        previous = head.split(" ")[-1]
        caps_in_a_row = 0  # capitalised words just read, in a row
        brand_end: int | None = None  # where a company's brand ended, when lowercase words followed it
        fields_end = fields_end_at(doc, head_end + 1) if head in _FIELD_NAMED_HEADS else head_end
        legal_form = _VI_LEGAL_FORM.match(text, head_end) if head in _VI_COMPANY_HEADS else None
        if legal_form is not None:  # `Công ty cổ phần X`: the legal form, then the name in capitals
            pos = end = legal_form.end()
        kind_end = _company_kind_end(doc, head_end) if legal_form is None and head in _COMPANY_HEADS else None
        if kind_end is not None:  # `Công ty nông nghiệp X S.A`: what it does, in lowercase, then its name
            pos = end = kind_end
        hospital = _HOSPITAL_KIND.match(text, head_end) if head == "Bệnh viện" else None
        if hospital is not None:  # `Bệnh viện đa khoa X`: the hospital's kind, then its name
            pos = end = hospital.end()
        if head == "Thương vụ" and text.startswith(_OF_EMBASSY, head_end):  # `Thương vụ Đại sứ quán Việt Nam tại X`
            pos = end = head_end + len(_OF_EMBASSY)  # (the embassy's trade office: its words, then the country's)
        while tokens < _MAX_TOKENS:
            m = _TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if m is None:
                enum = _ministry_fields(doc, pos) if head == "Bộ" and tokens else None
                if enum is not None:  # `Bộ Công nghiệp, Khoa học, Năng lượng và Tài nguyên Australia`
                    place, end = enum, enum.end
                break
            tok = m.group(0)
            here = m.start()
            if tokens == 0 and head in _NUMBERED_HEADS and tok.isdigit():
                end = m.end()  # `Quân khu 7`: a military region is named by its number
                break
            government = (
                _FOREIGN_GOVERNMENT_AT.match(text, here) if head not in PROVINCIAL_HEADS else None
            ) or _FRONT_AT.match(text, here)
            whose_body = _read_name(doc, lex, here, government.end(), government.group(0)) if government else None
            if whose_body is not None:  # `Ban Ngoại vụ Chính quyền nhân dân châu X`, `Ủy ban Mặt trận X`: its body
                place, city_name, end = whose_body.data.get("place"), whose_body.data.get("city", ""), whose_body.end
                break
            place_here = doc.span_at(doc.places, here) or (
                _country_before_seat(doc, lex, m) if head in _SEATED_HEADS else None
            )
            if place_here is not None:
                place, end = place_here, place_here.end
                bilateral_here = place_here.label == Label.COUNTRY and (tokens or head in _SEATED_HEADS)
                pair = _PAIR_DASH.match(text, end) if bilateral_here else None
                other = (
                    (doc.span_at(doc.places, pair.end()) or doc.span_at(doc.places, pair.start() + 3)) if pair else None
                )
                if bilateral_here and pair is None and _PAIR_SPACE.match(text, end):
                    other = _country_right_after(doc, lex, end + 1)  # `… Việt Nam Nhật Bản`: no dash between
                if other is not None and other.label == Label.COUNTRY and other.id != place_here.id:
                    pair_of = (place_here, other)  # `Ủy ban hỗn hợp Việt Nam - Ấn Độ`: of both, based in neither
                    place, end, bilateral = None, other.end, True
                    about = _ABOUT_COOPERATION.match(text, end)
                    fields = fields_end_at(doc, about.end()) if about else end
                    if about is not None and fields > about.end():  # `… Việt Nam - Ấn Độ về hợp tác kinh tế, …`
                        short, end = text[start:end], fields
                    cue = _CHAPTER_CUE.match(text, end)
                    chapter = (  # (`thành phố Đà Nẵng`: a city's place span may begin with its kind word)
                        doc.span_at(doc.places, cue.end()) or doc.span_at(doc.places, cue.start() + 1)
                        if cue is not None
                        else None
                    )
                    if chapter is not None and chapter.label == Label.PROVINCE:
                        end = chapter.end  # `Hội hữu nghị Việt Nam – Hàn Quốc tỉnh Đồng Nai`: that province's chapter
                elif (
                    pair is not None
                    and other is not None
                    and other.label == Label.PROVINCE
                    and head in _SEATED_HEADS
                    and _province_abroad(other, place_here)
                ):  # `Hiệp hội hữu nghị Việt Nam - Ibaraki`: of a country and a province of another, based in neither
                    place, end, bilateral = None, other.end, True
                break
            if tokens == 0 and tok == "nước" and head in _GOVERNMENT_HEADS:
                country = _country_ending_run(doc, m.end() + 1)
                if country is not None:  # `Chính phủ nước Cộng hòa Arập Ai Cập`: that country's, named in full
                    place, end = country, country.end
                break
            whose = _country_ending_run(doc, m.end() + 1) if tokens and tok == "nước" else None
            if whose is not None:  # `Học viện … Hồ Chí Minh nước Cộng hòa xã hội chủ nghĩa Việt Nam`: that country's
                place, end = whose, whose.end
                break
            if tok in _CITY_ABBREVIATIONS and text.startswith((".", " "), m.end()):
                # (`Ủy ban Phát triển du lịch TP X`: the abbreviation without its stop too)
                city_at = m.end() + (2 if text.startswith(". ", m.end()) else 1)
                in_city = doc.span_at(doc.places, city_at) or _glued_city(doc, lex, city_at)
                if in_city is not None:  # `Hội đồng TP.Yongin`, `Hội đồng TP. Ansan`: the council of that city
                    place, end = in_city, in_city.end
                    break
                unlisted = _CITY.match(text, city_at)
                if unlisted is not None and not person_starts(lex, text, city_at):
                    end, city_name = unlisted.end(), unlisted.group(0)  # a city no gazetteer lists, by its name
                    break
            about = _ABOUT_FIELDS.match(text, here) if head in _DESCRIBED_HEADS and tokens else None
            worked_on = fields_end_at(doc, about.end()) if about is not None else here
            if about is not None and worked_on > about.end():
                # `Ủy ban liên Chính phủ về hợp tác kinh tế, thương mại … giữa Việt Nam và X`: what it works on, then
                end, bilateral = _between_countries(doc, worked_on) or worked_on, True  # whose (of both, in neither)
                break
            fields = fields_end_at(doc, m.end() + 1) if tok == "về" and previous == "tác" else here
            if head in _DESCRIBED_HEADS and fields > m.end() + 1:
                end = fields  # `Tiểu ban hợp tác về thương mại và công nghiệp`: what the cooperation is about
                break
            if tokens == 0 and head in _DESCRIBED_HEADS and _ABOUT_COOPERATION_FIRST.match(text, here):
                pos = end = m.end()  # `Cơ quan về hợp tác kỹ thuật quân sự`: a body named by what it works on
                tokens += 1
                previous = tok
                continue
            if tokens == 0 and tok.lower() == "các" and head in _MEMBERS_HEADS:
                pos = end = m.end()  # `Hiệp hội các doanh nghiệp Hàn Quốc`: whom it gathers
                if text.startswith((" tổ chức ", " Tổ chức "), pos):
                    pos = end = pos + len(" tổ chức")  # `Liên hiệp các tổ chức hữu nghị …`: bodies, no verb here
                tokens += 1
                previous = tok
                continue
            if (
                tokens == 0
                and not tok[0].isupper()
                and tok not in _LOWER_FIRST_OK
                and head not in _DESCRIBED_HEADS
                and head not in _SENTENCE_CASE_HEADS
                and not (head in _COMMITTEE_HEADS and _BELOW_PROVINCE_KIND.match(text, here))
                and not (head == "Ban" and _MANAGES_ZONES.match(text, here))
            ):  # (`UBND quận X`, `UBND thị xã Y`: a unit below a province, its name after its kind; `Ban quản lý
                # Khu kinh tế X`: a zone's management board in sentence case)
                if (head in _PARTY_COMMITTEE_HEADS and tok != "viên") or head in _FOREIGN_CHAMBERS:
                    break  # `… – Phó Bí thư Thường trực Tỉnh ủy đến dự`: the bare committee, then the sentence goes on
                return None
            if (
                head in PROVINCIAL_HEADS
                and tok == "bang"
                and previous == "tỉnh"
                and doc.span_at(doc.places, m.end() + 1)
            ):
                pos = end = m.end()  # `Chính quyền tỉnh bang X`: a Canadian province, `tỉnh bang` its one kind word
                tokens += 1
                previous = tok
                continue
            below = _below_province(text, head, here) if tokens else False
            if (
                head in PROVINCIAL_HEADS
                and tokens
                and (below or _PROVINCE_CUE_BEFORE.search(text, max(0, here - 11), here))
            ):
                spelt = (
                    _TRANSLITERATED.match(text, here)
                    if head in _FOREIGN_GOVERNMENT_HEADS
                    else _LOCAL_NAME.match(text, here)
                    if below
                    else None
                )  # (`UBND thành phố X`, `UBND huyện Y`: a unit below a province, which no gazetteer lists, as written)
                if spelt is not None and not person_starts(lex, text, here):
                    end, city_name = spelt.end(), spelt.group(0)  # `Chính quyền tỉnh U-li-a-nốp`: a place abroad
                elif below:
                    before_holder = _city_before_person(lex, text, here)  # `Chủ tịch UBND thành phố X Y Z W`
                    if before_holder is not None:
                        end, city_name = before_holder, text[here:before_holder]
                break  # `Chủ tịch HĐND tỉnh Y Biêr Niê`: after `tỉnh` only the province's name (a place) goes on
            known_at = (
                next((k for k in doc.known_orgs if k.start == here), None)
                if tokens and not _intergovernmental(text, here, previous)
                else None
            )  # (`Ủy ban Liên Chính phủ`: an intergovernmental committee, not the Government)
            chamber = (
                _LEGISLATURE.match(text, m.end() + 1 if tok == "của" else here)
                if head in _DESCRIBED_HEADS and tokens and (tok != "của" or text[head_end + 1 : head_end + 2].isupper())
                else None
            )  # (`Ủy ban Đối ngoại của Quốc hội`: the same committee, its legislature said with `của`)
            if chamber is not None:  # `Ủy ban Ngân sách Quốc hội CHLB Đức`: a committee of that parliament
                country = doc.span_at(doc.places, chamber.end() + 1)
                if country is not None and country.label == Label.COUNTRY:
                    place, end = country, country.end
                else:
                    end = chamber.end()
                short = text[start:here].rstrip()
                break
            if known_at is not None and head in _DESCRIBED_HEADS and _international(known_at):
                end = known_at.end  # `Hội đồng Bảo an Liên hợp quốc`: a body of the international organisation
                short = text[start:here].rstrip()
                break
            if tok[0].isdigit() and head in _COMPANY_HEADS and _numbered_company(text, tok, m.end(), previous):
                end = m.end()  # `Tổng công ty Phát điện 3 (EVNGENCO3)`: one of a group's numbered companies
                break
            if tok.isdigit() and head in _COMMITTEE_HEADS and tokens == 1 and previous in ("Quận", "quận"):
                end, city_name = m.end(), text[head_end + 1 : m.end()]  # `UBND Quận 12`: a district by its number
                break
            if tok[0].isdigit() or known_at is not None:
                break
            if (
                head in _FOREIGN_CHAMBERS
                and tokens == 0
                and _CHAIR_BEFORE.search(text, max(0, start - 20), start)
                and (foreign_person_at(text, here) or romanised_holder_at(text, here) or person_starts(lex, text, here))
            ):
                break  # `Chủ tịch Thượng viện Sue Lines`: a chamber whose country is no place here, then its chair
            if head in _FOREIGN_CHAMBERS and len(tok) == 1 and tok.isupper() and text.startswith(".", m.end()):
                break  # `Chủ tịch Hạ viện V.Xa-vin`: the holder's initial, no word of the chamber's name
            if tokens and PERSON_INITIALS.match(text, here):
                break  # `Chủ nhiệm Ủy ban Chính sách Xã hội L.Enkhnasan`: a holder's initial, no word of a body's name
            if (
                previous == "Phủ"
                or (head == "Văn phòng" and not tokens)
                or (head in _MEMBERS_HEADS and not tokens and text.startswith(_MEMBER_TITLES, here))
            ) and (title := doc.title_at(here)) is not None:
                # (`Liên minh Nghị sĩ Hữu nghị …`: a league of members of parliament, whom it gathers)
                pos = end = title.end()  # `Văn phòng Phủ Thủ tướng`, `Văn phòng Chủ tịch nước`: the office of a head
                del doc.titles[here]  # (a word of the body's name, nobody's title)
                tokens += 1
                previous = text[here:end].split(" ")[-1]
                continue
            if (
                head in _DESCRIBED_HEADS
                and tokens
                and not _intergovernmental(text, here, previous)
                and lex.org_head_re.match(text, here)
            ):
                break  # `Hội đồng quản trị Tập đoàn …`: a body of another named body, not one name
            if (
                (head in _FIELD_NAMED_HEADS or (head in _DESCRIBED_HEADS and not previous[0].isupper()))
                and tokens
                and foreign_person_at(text, here)
            ):
                break  # `Bộ trưởng Bộ Năng lượng Ivan Petrov`: the minister's name ends the ministry's (so after a
                # described body's lowercase words: `Giám đốc Cơ quan về hợp tác kỹ thuật quân sự Dmitri Shugaev`)
            if (
                head in _COMPANY_HEADS
                and tokens
                and text[head_end:here].isascii()
                and romanised_holder_at(text, here)
                and not no_holder_after(doc, lex, start)
            ):
                break  # `Chủ tịch Tập đoàn Sinopec Fu Qijun`: a foreign company's chairman, named after it
            if (doc.title_at(here) and previous != _DELEGATION) or (
                person_starts(lex, text, here)
                and head not in _NAMED_AFTER_PEOPLE
                and not (head == "Bộ" and tokens == 0)  # `Bộ Nông Lâm nghiệp Lào`: a ministry's field, no person
                and not ((legal_form or kind_end) and tokens == 0)  # `Công ty cổ phần X Y`: its name, no person
                and not (legal_form and _company_name_ends(doc, lex, start, here))
                and not (head in _COMPANY_HEADS and no_holder_after(doc, lex, start))
                and here >= fields_end  # (`Bộ Nông Lâm Ngư nghiệp`: `Lâm Ngư` is fields, not a person)
                and not _ZONE_BEFORE.search(text, max(0, here - 30), here)  # (`Khu kinh tế mở Chu Lai`: the zone's)
            ):
                break  # (`Học viện Chính trị Quốc gia Hồ Chí Minh`: a school may bear a person's name)
            both = _BOTH_SIDES.match(text, here)
            if both is not None and _pair_named_after(doc, both.end() + 1):
                pos = both.end()  # `Ủy ban Liên Chính phủ hai nước Việt Nam – Lào`: of both, the two named next
                tokens += 1
                previous = tok
                continue
            if both is not None:
                break  # `Học viện Ngoại giao hai nước`: the two countries' academies, not a name
            if (
                tok == "về"
                and head in _DESCRIBED_HEADS
                and tokens
                and lower_run <= 1
                and _subject_named(doc, lex, m.end())
            ):
                pos = m.end()  # `Ủy ban Quốc gia về Người cao tuổi`: a name in title case says what it is about
                continue
            if tok == "và" and head in _BOARD_HEADS and text.startswith(_AND_THE_PARKS, m.end()):
                pos = end = m.end() + len(_AND_THE_PARKS)  # `Ban quản lý Khu kinh tế X và các khu công nghiệp`: one
                tokens += 1  # board for both (the province after it, if any, goes on)
                previous = "nghiệp"
                continue
            if tok == "và" and text.endswith(_DELEGATIONS_OF_DEPUTIES, 0, here - 1):
                pos = m.end()  # `Văn phòng Đoàn ĐBQH và HĐND tỉnh`: the office of both, one body
                tokens += 1
                previous = tok
                continue
            if tok == "và" and _SMALL_AND.search(text, max(0, here - 20), here) and _AND_MEDIUM.match(text, m.end()):
                pos = end = m.end() + len(" vừa")  # `Hiệp hội Doanh nghiệp nhỏ và vừa X`: one phrase of the name
                tokens += 1
                previous = "vừa"
                continue
            if tok == "và":
                after = _TOKEN.match(text, m.end() + 1)
                lower_field = (  # `Phòng thương mại và công nghiệp Nhật Bản`: fields in lowercase, joined
                    head in _SENTENCE_CASE_HEADS
                    and after is not None
                    and after.group(0).islower()
                    and after.group(0) not in _STOP
                    and not previous[0].isupper()
                )
                if not lower_field and not (
                    after
                    and after.group(0)[0].isupper()
                    and not lex.org_head_re.match(text, after.start())
                    and not text.startswith(_PARTY_SCHOOL, after.start())  # (`… và Trường Đảng …`: two bodies)
                    and not _MEDIA.match(text, after.start())  # (`Tạp chí Cộng sản và Đài Tiếng nói …`: two bodies)
                ):
                    break
                pos = m.end()
                continue
            if tok in ("-", "–"):
                after = _TOKEN.match(text, m.end() + 1)
                if head in _COMPANY_HEADS and previous[0].isupper() and after and after.group(0)[0].islower():
                    break  # `Tập đoàn X - chuyên cung cấp …`: after a company's brand, a dash sets off what it does
                if not (after and after.group(0).islower() and after.group(0) not in _STOP) and not (
                    after
                    and (
                        _joined_field(doc, lex, after.start())
                        or (head in _COMPANY_HEADS and _joined_word(doc, lex, after.start()))
                    )
                ):
                    break
                pos = m.end()
                continue
            if head in _COMPANY_HEADS and tokens:
                if tok[0].isupper():
                    brand_end = None  # (`Công ty Xuất Nhập khẩu Thủy sản X`: the name goes on after its fields)
                elif caps_in_a_row >= _BRAND_WORDS and brand_end is None:
                    brand_end = end  # `Tập đoàn Hòa Phát khởi công …`: perhaps the sentence after the brand
            caps_in_a_row = caps_in_a_row + 1 if tok[0].isupper() else 0
            if tok[0].isupper():
                lower_run = 0
            elif _verb_not_name(text, tok, m.end()) or (
                previous[0].isupper() and text.startswith(_VERBS_AFTER_A_NAME, here)
            ):
                break  # `Tập đoàn X kết hợp với …`: the sentence's verb, though `kết hợp` is a word of some names
            elif (
                f"{previous} {tok}".lower() in _NAME_COMPOUNDS
                or _starts_compound(text, tok, m.end())
                or (not previous[0].isupper() and _COOPERATION_GOES_ON.match(text, here))
            ):
                pass  # `Ủy ban hỗn hợp`, `Hiệp hội Doanh nhân`, `Ủy ban chỉ đạo hợp tác song phương`: words of the name
            elif tok.lower() in _STOP or lower_run >= _MAX_LOWER_RUN or _two_word_stop(text, here):
                several = _SEVERAL_THEN_PROVINCE.match(text, here) if tok == "các" and head in _BOARD_HEADS else None
                province = doc.span_at(doc.places, several.end()) if several else None
                if province is not None and province.label == Label.PROVINCE:
                    place, end = province, province.end  # `Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh`
                long_name = _long_name_place(doc, here) if lower_run >= _MAX_LOWER_RUN else None
                if long_name is not None:  # `Ủy ban Quản lý Giám sát chứng nhận công nhận quốc gia Trung Quốc (…)`
                    place, end = long_name, long_name.end
                break
            else:
                lower_run += 1
            pos = end = m.end()
            tokens += 1
            previous = tok
        if brand_end is not None and place is None:
            end = brand_end  # `Công ty Cà phê Trung Nguyên triển khai …`: no capitalised word after the lowercase ones
        if legal_form is not None and end == legal_form.end():
            return None  # `Công ty cổ phần`: a legal form alone names no company
        whose = doc.span_at(doc.places, end + 5) if text.startswith(" của ", end) and place is None else None
        if whose is not None and whose.label == Label.COUNTRY and head in _FIELD_NAMED_HEADS and end > head_end:
            place, end = whose, whose.end  # `Bộ Chuyển đổi số và Cải cách hành chính của Ma-rốc`: that country's
        if (
            (head in _DESCRIBED_HEADS or head in _SENTENCE_CASE_HEADS)
            and place is None
            and not bilateral
            and not text[start + len(head) + 1 : start + len(head) + 2].isupper()
            and _first_word(text, start + len(head) + 1) not in _LOWER_FIRST_OK
            and not _ABOUT_COOPERATION_FIRST.match(text, start + len(head) + 1)
            and not _BETWEEN_BODIES_FIRST.match(text, start + len(head) + 1)
            and not (head in _SEATED_HEADS and _CONTINENT.fullmatch(text, start + len(head) + 1, end))
        ):
            return None  # `cơ quan chức năng`: a kind of body; `Cơ quan tín dụng xuất khẩu Phần Lan`: one body
            # (`Hội đồng thành phố Kazanlak`: a place's council, named with the place's kind)
        if head in PROVINCIAL_HEADS and place is None and not city_name:
            after_comma = _skip_words(text, end)
            province_after = doc.span_at(doc.places, after_comma) if after_comma > end else None
            again = _province_named_again(doc, start + len(head) + 1, end)
            later = _province_later_in_chain(doc, end) if _BARE_PROVINCIAL.fullmatch(text, start, end) else None
            if province_after is not None and province_after.label == Label.PROVINCE:
                place, end = province_after, province_after.end
            elif later is not None:
                home = later  # `Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng X`: the province the next title names
            elif again is not None:
                place, end = again, again.end  # `Chính quyền Tây Australia`: the state the article named before
            elif _BARE_PROVINCIAL.fullmatch(text, start, end) and (own := _home_of_kind(doc, text[start:end])):
                home = own  # `Chủ tịch UBND tỉnh`, `Phó Bí thư Tỉnh ủy` on a provincial page
            elif _BARE_GOVERNMENT_ABROAD.fullmatch(text, start, end) and (abroad := _province_abroad_near(doc, end)):
                home = abroad  # `Phó Tỉnh trưởng Chính quyền nhân dân tỉnh và đoàn … tỉnh X`: that province abroad
            elif not _unplaced_provincial_body(doc, text[start:end]):
                return None
    legal = _legal_form(text, start, end) if _KIND_BY_HEAD.get(head) == OrganizationKind.COMPANY else None
    partner = text.rfind(" và ", start + len(head), legal.start()) if legal is not None else -1
    if legal is not None and partner > 0 and _PLAIN_NAME.fullmatch(text, partner + 4, legal.start()):
        end, legal = partner, None  # `Tổng công ty X và KORINDO Inc.`: a foreign partner's name, its form its own
    if legal is not None:  # `Tập đoàn ISE Foods, Inc`, `Công ty Samil Pharm Co., Ltd.`: its legal form ends its name
        short, end = short or text[start : legal.start()], legal.end()  # (and it is written without it too)
    seat = None
    country_short = _ABBR.match(text, end) if head in _EMBASSY_HEADS and place is not None else None
    seat_cue = _SEAT_CUE.match(text, country_short.end()) if country_short else None
    country_bracket = (
        (end, seat_cue.start()) if country_short and seat_cue and doc.span_at(doc.places, seat_cue.end()) else None
    )
    if (
        country_bracket is not None
    ):  # `Đại sứ quán Các Tiểu vương quốc Ả Rập Thống nhất (UAE) tại Việt Nam`: the country's
        end = country_bracket[1]  # short form, then the embassy's seat
    if head in _EMBASSY_HEADS and place is not None and (cue := _SEAT_CUE.match(text, end)) is not None:
        # `Đại sứ quán Việt Nam tại Liên bang Nga`: one embassy of many (`tại thành phố Hồ Chí Minh`: the city's name)
        seat = doc.span_at(doc.places, cue.end()) or doc.span_at(
            doc.places, cue.start() + len(cue.group(0).split()[0]) + 2
        )
        if seat is not None:
            end = seat.end
        city = _CITY.match(text, cue.end()) if seat is None and head != "Đại sứ quán" else None
        if city is not None:  # `Tổng lãnh sự quán Việt Nam tại Perth`: a consulate in a city no gazetteer lists
            end = city.end()
            city_name = city.group(0)
    elif (
        (head in _SEATED_HEADS or head in _OFFICES_ABROAD)
        and place is not None
        and (place.label == Label.COUNTRY or head in _OFFICES_ABROAD)
    ):
        cue = _SEAT_CUE.match(text, end)  # `Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam`: a country's businesses abroad
        # (`Văn phòng Xúc tiến Thương mại Việt Nam tại X`: a country's office abroad, one of several, its seat says which)
        seat = (
            doc.span_at(doc.places, cue.end())
            or doc.span_at(doc.places, cue.start() + len(cue.group(0).split()[0]) + 2)
            if cue is not None
            else None
        )  # (`tại Thành phố Hồ Chí Minh`: a city's place span may begin with its kind word)
        if seat is not None and (
            (place.label == Label.COUNTRY and (seat.label == Label.COUNTRY or _province_abroad(seat, place)))
            or city_office_abroad(seat, place)
        ):  # (`Văn phòng Kinh tế và Văn hóa Đài Bắc tại Thành phố Hồ Chí Minh`: a city's office abroad, as a country's)
            end = seat.end  # (`Hiệp hội các doanh nghiệp Hàn Quốc tại Thành phố Hồ Chí Minh`: its chapter in a city)
        else:
            seat = None
    elif head in _SEATED_HEADS and place is None and _CONTINENT.fullmatch(text, start + len(head) + 1, end):
        cue = _SEAT_CUE.match(
            text, end
        )  # `Phòng Thương mại châu Âu tại Việt Nam`: a continent's businesses in a country
        where = doc.span_at(doc.places, cue.end()) if cue is not None else None
        if where is not None and where.label == Label.COUNTRY:
            end = where.end
    name = text[start:end].strip()
    if country_bracket is not None:
        name = (text[start : country_bracket[0]] + text[country_bracket[1] : end]).strip()
    written = ""
    if written_head != head:  # one id and name with the spelt-out form; the page's abbreviation an alias
        written, name = name, head + name[len(written_head) :]
    if head == "Thương vụ" and name.startswith(_OF_EMBASSY, len(head)):
        written, name = name, head + name[len(head) + len(_OF_EMBASSY) :]  # named as the gold and ministry write it
    if head == "chính phủ":
        name = name[0].upper() + name[1:]  # (`chính phủ Australia`: the press's lowercase, the name's capital)
    chamber_of = _chamber_country(doc, start) if head in _FOREIGN_CHAMBERS and name == head else None
    if (
        len(name) <= len(head) + 1
        and known_here is None
        and not (home is not None and head != "Sở")
        and chamber_of is None
    ):
        return None
    data = {"head": head, "place": place, "entry": known_here.data["entry"] if known_here else None}
    if seat is not None:
        data["seat"] = seat
    if city_name:
        data["city"] = city_name
    if written:
        data["written"] = written
    if known_here is None and home is not None:
        data["home"] = home
    if pair_of is not None:
        data["pair"] = pair_of
    if kind_end is not None and end > kind_end + 1:
        data["own_name"] = text[kind_end + 1 : end]  # (`Tập đoàn xây dựng X Corporation` is also `X Corporation`)
    elif _KIND_BY_HEAD.get(head) == OrganizationKind.COMPANY and (
        brand := foreign_brand(text, head_end, place.start - 1 if place is not None and place.end == end else end)
    ):
        data["own_name"] = brand  # `Công ty Corio Generation` is `Corio Generation` too (`Samsung Việt Nam`'s own)
    if chamber_of is not None:
        data["chamber_of"] = chamber_of
    if short:
        data["short"] = short
    abbr = _ABBR.match(text, end)
    if abbr and not doc.span_at(doc.places, abbr.start(1)):  # (`… bang Victoria (Australia)`: where, no abbreviation)
        data["abbr"] = abbr.group(1)
    elif (before := short_form_before(doc, start, end)) is not None:
        data["abbr"] = before  # `JAKIM (Cơ quan … Malaysia)`: the short form first, the name spelt out in brackets
    bracket = _OPEN_BRACKET.match(text, end)
    country_of = doc.span_at(doc.places, bracket.end()) if bracket else None
    if abbr and abbr.group(0).endswith(", "):  # `Tổ chức Làng Hoa sen quốc tế (ILV, Hàn Quốc)`: its country after it
        country_of = doc.span_at(doc.places, abbr.end())
        if country_of is None or not text.startswith(")", country_of.end):
            data.pop("abbr", None)  # (`(ABC, a body …)`: no short form and its country)
    if country_of is not None and country_of.label == Label.COUNTRY and text.startswith(")", country_of.end):
        data["country_of"] = country_of  # `Tập đoàn Samsung (Hàn Quốc)`
    return Span(start, end, "", Label.ORGANIZATION, name, data)


def _pair_named_after(doc: ArticleDoc, at: int) -> bool:
    """Whether two countries joined by a dash are named at `at` (`Việt Nam – Lào`), as after `hai nước` in a joint
    body's name, which names its two sides next."""
    first = doc.span_at(doc.places, at)
    if first is None or first.label != Label.COUNTRY:
        return False
    pair = _PAIR_DASH.match(doc.text, first.end)
    second = doc.span_at(doc.places, pair.end()) if pair else None
    return second is not None and second.label == Label.COUNTRY and second.id != first.id


def _below_province(text: str, head: str, at: int) -> bool:
    """Whether a committee's or council's name goes on at `at` with a unit below a province (`UBND thành phố X`,
    `UBND huyện Y`; a city's party committee too: `Thành ủy thành phố Z`), named as written since no gazetteer
    lists it. A district's party committee has a head of its own (`Huyện ủy`), so only a city's is read here."""
    cue = _BELOW_PROVINCE_CUE.search(text, max(0, at - 11), at)
    if cue is None or head not in _CITY_NAMED_HEADS:
        return False
    return head in _COMMITTEE_HEADS or cue.group(0) == "thành phố "


_OFFICES_ABROAD = frozenset({"Văn phòng", "Tổng cục", "Cơ quan"})
"""An office or a national agency, which a country keeps in several places abroad (`Văn phòng Kinh tế - Văn hóa X tại
Y`, `Tổng cục Du lịch X tại Việt Nam`, `Cơ quan Xúc tiến Thương mại X tại Y`), named with its seat after `tại` as a
country's association abroad is: the seat only when it lies outside the agency's country."""
_OF_EMBASSY = " Đại sứ quán"
"""A trade office named after the embassy it belongs to (`Thương vụ Đại sứ quán Việt Nam tại X`): a body of its own,
named `Thương vụ Việt Nam tại X` (the embassy's words an alias), with the embassy read inside its name."""


_COMPANY_NUMBER = re.compile(
    r"\d{1,2}(?= \(|[,.;:)\n]| và [A-ZĐ]|$| (?:để|đã|sẽ|vừa|đang|cùng|với|thuộc|ký|tại|là|về|cho|nhằm) )"
)
"""A company's number at the end of its name, right before its short form's bracket, the clause's end, another
name (`Tổng công ty Phát điện 2 và Công ty …`) or a word that goes on with the clause, not with a count (`… với
Tổng công ty Phát điện 2 để hợp tác`, `Công ty Cơ khí 4 đã ký`: a verb or a preposition, where `3 dự án`, `2 năm`
would be what the number counts)."""


_PLAIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&'’\-]*(?: [A-Z][A-Za-z0-9&'’\-]*){0,3}")
"""A name in plain Latin letters (`KORINDO`, `Northwind Power`): no word of a Vietnamese name, which has marks."""


def _country_before_holder(doc: ArticleDoc, lex: Lexicon, end: int) -> Span | None:
    """`Thứ trưởng Bộ Ngoại giao Belarus Rybakov`: a known ministry's name, a country's and the holder's name right
    after it; the places stage leaves a country alone before a capitalised word (it may be a person's name's), so the
    reader looks it up itself, and adds it to the page's places, so that the holder's name begins after it. A country
    the page calls home stays our ministry's."""
    if doc.text[end : end + 1] != " ":
        return None
    country = _country_right_after(doc, lex, end + 1)
    if country is None or country.id == doc.home_country or not doc.text.startswith(" ", country.end):
        return None
    if not doc.text[country.end + 1 : country.end + 2].isupper():
        return None
    bisect.insort(doc.places, country, key=lambda sp: sp.start)
    add_place_entity(doc, country.data["entry"], country.start)  # (a country the page names, as the places stage's)
    return country


def _numbered_company(text: str, tok: str, tok_end: int, previous: str) -> bool:
    """Whether a number ends a company's name (`Tổng công ty Phát điện 3 (EVNGENCO3)`, `Công ty Xây dựng số 1.`: the
    sister companies a group numbers): after a word of the name, not a unit of time or count, and followed by the
    short form's bracket or the clause's end, not by more of the sentence (`Tập đoàn X 3 năm qua`)."""
    number = _COMPANY_NUMBER.match(text, tok_end - len(tok))
    return previous.lower() not in _COUNTED and number is not None and number.end() == tok_end


_COUNTED = frozenset({"năm", "tháng", "quý", "tuần", "ngày", "lần", "kỳ", "khóa", "khoá", "đoạn", "nhóm", "loại"})
"""Words a number counts or dates (`Công ty X quý 3.`), which it follows outside a name."""


def _international(known: Span) -> bool:
    entry: GazetteerEntry | None = known.data.get("entry")
    return entry is not None and entry.properties.get(Prop.KIND) == OrganizationKind.INTERNATIONAL_ORG


_SMALL_AND = re.compile(r"(?:[Dd]oanh nghiệp|DN) nhỏ $")
_AND_MEDIUM = re.compile(r" vừa(?!\w)")
"""`vừa` after `doanh nghiệp nhỏ và`: the businesses a body serves, small and medium (`Hiệp hội Doanh nghiệp nhỏ và vừa
X`, `Cục Phát triển doanh nghiệp nhỏ và vừa`), not the adverb `just`."""
_BRAND_WORDS = 2
"""Capitalised words in a row that make a company's brand (`Hòa Phát`, `Trung Nguyên`): a field of its name is
written in sentence case (`Dịch vụ`, `Cao su`), so lowercase words after a brand that no capitalised word follows are
the sentence's (`Tập đoàn X Y khởi công dự án`), not the name's."""
_LONG_NAME_REACH = 4
"""Lowercase words a long name in sentence case may still run on past `_MAX_LOWER_RUN`, to its country or province."""
_AFTER_A_NAME = re.compile(r" ?[(,.;:]|\n|$| (?:đã|sẽ|đang|vừa|cũng|là|và|với|cho|tại|về)(?!\w)")


def _long_name_place(doc: ArticleDoc, at: int) -> Span | None:
    """The country or province a name in sentence case ends with, when its lowercase words run past the usual limit
    (`Ủy ban Quản lý Giám sát chứng nhận công nhận quốc gia Trung Quốc (CNCA)`, `Trung tâm Khuyến công và Tư vấn phát
    triển công nghiệp tỉnh X tổ chức …`): a few more lowercase words, none a function word or the sentence's verb,
    then the place, and then the name's short form, the clause's end or the sentence's own words; None else."""
    text = doc.text
    pos = at
    for _ in range(_LONG_NAME_REACH + 1):
        place = doc.span_at(doc.places, pos)
        if place is not None:
            ends = place.label in (Label.COUNTRY, Label.PROVINCE) and (
                _AFTER_A_NAME.match(text, place.end) is not None or _two_word_stop(text, place.end + 1)
            )
            return place if ends else None
        word = _TOKEN.match(text, pos)
        if word is None or not word.group(0).islower() or word.group(0) in _STOP or _two_word_stop(text, pos):
            return None
        if text[word.end() : word.end() + 1] != " ":
            return None
        pos = word.end() + 1
    return None


def _unplaced_provincial_body(doc: ArticleDoc, bare: str) -> bool:
    """`Chủ tịch UBND tỉnh`, `Thường trực HĐND tỉnh` on a page that names no province of ours (a provincial site
    whose own province only its masthead names, a story a news aggregator took from it): the body stays as written,
    the page's main actor, rather than none at all. A department named bare (`Sở Công thương`) or a people's
    committee with no level (`UBND`, perhaps a commune's) still needs its province."""
    return doc.home_province is None and _BARE_PROVINCIAL_LEVEL.fullmatch(bare) is not None


_BARE_PROVINCIAL_LEVEL = re.compile(
    r"(?:Ủy ban [Nn]hân dân|UBND|Hội đồng [Nn]hân dân|HĐND) (?:[Tt]ỉnh|[Tt]hành phố)|Tỉnh ủy|Thành ủy"
)
"""A provincial body named bare with its level (`UBND tỉnh`, `Tỉnh ủy`): a province's, whichever it is."""

_SEVERAL_THEN_PROVINCE = re.compile(r"các(?: [^\W\d_A-ZĐ][\w]*){1,4} (?:tỉnh|thành phố) ")
_BOARD_HEADS = frozenset({"Ban", "Ủy ban", "Hội đồng", "Trung tâm", "Cục", "Chi cục", "Văn phòng"})
"""Heads of boards whose name may say what several things they manage (`Ban Quản lý các khu công nghiệp tỉnh X`)."""


_MANAGES_ZONES = re.compile(r"quản lý (?:các )?[Kk]hu ")
"""`Ban quản lý Khu kinh tế …`, `Ban quản lý các khu công nghiệp …`: a board named in sentence case by what it runs."""
_ZONE_BEFORE = re.compile(
    r"[Kk]hu (?:kinh tế(?: mở| cửa khẩu(?: quốc tế)?| ven biển)?|công nghiệp|chế xuất|công nghệ cao) $"
)
"""A zone's kind, after which come its own name's words, never a person's (`Khu kinh tế mở Chu Lai`)."""
_AND_THE_PARKS = " các khu công nghiệp"
"""What a zone's board also runs, said after `và` (`Ban Quản lý Khu kinh tế X và các khu công nghiệp`)."""

_CHAIR_BEFORE = re.compile(r"(?<!\w)(?:Phó )?Chủ tịch $")
"""The chair of a chamber, whose name follows the chamber's when no country is said between them."""

_DELEGATION = "Đoàn"
_DELEGATIONS_OF_DEPUTIES = ("Đoàn ĐBQH", "Đoàn đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội")
"""A province's delegation of deputies to the National Assembly, whose office is also its council's."""
