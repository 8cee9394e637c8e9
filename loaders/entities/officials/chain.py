"""Chains of titles: `<Title>[ <Org>| <Country>| tại <Country>| phụ trách …][, <Title> …] <Name>` read from one
title the gazetteer found to the name it is given to, in Vietnamese and in English (`of` between its links).

The chain's loop: it strings together what the modules below read (a body, a link, a ministry's fields, a
name), and finishes the roles it read."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, TitleKind
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon, TitleMatch
from loaders.entities.officials.bodies import (
    _after_country_form,
    _body_of_after_name,
    _company_after_region,
    _company_before,
    _country_glued_to_name,
    _country_in_title,
    _inner_org,
    _inner_province,
    _share,
    _unit_then_body,
)
from loaders.entities.officials.closing_places import closing_place
from loaders.entities.officials.holders import (
    _appositive_name,
    _foreign_name_after_unknown_place,
    _name_after_honorific,
    _vi_name_after_unknown_place,
)
from loaders.entities.officials.links import _of_step, _seat_no_stage_read
from loaders.entities.officials.ministries import _ministry_shorthand, _more_fields
from loaders.entities.officials.name import _name_at
from loaders.entities.officials.page import _home_iso, _iso
from loaders.entities.officials.portfolios import _portfolio_then_holder
from loaders.entities.officials.record import Chain, Role
from loaders.entities.officials.words import (
    _BRACKETED_ABBR,
    _HELD_IN,
    _LOWERCASE_TITLE_THEN_OF,
    _MINISTER_FORMS,
    _POSSESSIVE,
    _ROLE_TITLES,
)
from loaders.entities.organizations import add_org_entity, body_of_title
from loaders.entities.places import PLACE_WORD_AFTER
from loaders.first_letters import compile_gated
from loaders.letters import LOWER, UPPER

_ABBR_THEN_COMMA = re.compile(r" \([A-Z][A-Za-z&.\-]{1,9}\)(?=[ ,]|['’]s )")

_OBJECT_CLAUSE = re.compile(r"(?:^|\n|[.;:]\s)\s*(?:Tiếp|Gặp|Gặp gỡ|Hội kiến|Đón|Làm việc với|Receiving|Meeting)\s+$")
_ELECT = re.compile(r"[-‑](?:elect|designate)\b")
"""The suffix of a title its holder is chosen for and does not hold yet (`President-elect`, `Ambassador-designate`)."""
_WING = re.compile(r" \([A-Z][a-z]+(?: (?:[A-Z][a-z]+|and))*\)(?= of |,? [A-Z])")
"""The wing or field a title is held for, in brackets before its body (`Secretary (East) of …`, `Additional Director
General (Development) of …`), as South Asian news writes it."""
_RANK_THEN_TITLE = re.compile(r"(?:Permanent|Standing|Acting|First|Executive|Senior) (?=[A-Z])")
"""A rank word before a title in a run of titles after a comma (`…, Permanent Deputy Chairman of …`)."""
_APPOINTED_AS = re.compile(r"(?:bổ nhiệm|giữ chức|được bầu|trở thành|appointed|named|elected)(?: làm| as)? $")

_PLACE_CUE = re.compile(
    r"(?:[Tt]hủ đô|[Tt]ỉnh|[Bb]ang|[Tt]iểu bang|[Tt]hành phố|[Vv]ùng|[Kk]hu tự trị|[Qq]uận|[Hh]uyện|châu)\s+"
)

_IN_CHARGE = re.compile(rf"phụ trách(?:\s+[{LOWER}]\w*|\s*,|\s+và)+")

_PORTFOLIO_THEN_BODY = re.compile(r"(?:phụ trách|in charge of)(?: [\w&\-]+,?){1,12}? (?:của |\(|at |of (?:the )?)")
"""A portfolio a title is held for, then the body it is held at (`Thứ trưởng phụ trách Nông trang và Dịch vụ Nông
nghiệp nước ngoài của Bộ Nông nghiệp Mỹ X`, `Thứ trưởng phụ trách Khoa học … (Bộ Khoa học … Brazil) X`, `Director in
charge of Asia at the Ministry of Trade`): the field's words may be capitalised, so they are crossed only when a body
the organisations stage read follows them; the body is the title's."""
_IN_CHARGE_OF_BODY = re.compile(r"in charge of (?:the )?")
"""`Minister in charge of the Office of the Council of Ministers`: the body he is put in charge of is his post's."""

_MINISTERS = frozenset({"Minister"})  # (`Deputy Foreign Minister`: left as the foreign ministry's, its body known)
_DEPUTY_BEFORE = compile_gated(r"(?<![\w'’])(?:Deputy|Vice)(?: (?!Prime\b|Minister\b)(?:[A-Z][a-z]+|and|&)){0,4} \Z")
"""`Deputy Finance Minister`, `Vice Industry and Trade Minister`: a deputy's title with his ministry's field inside it
(what the search sees ends at the title's start)."""


def _chain(doc: ArticleDoc, lex: Lexicon, title: TitleMatch) -> Chain:
    text = doc.text
    english = doc.article.lang == "en"
    roles = [_role(lex, title)]
    if (
        english
        and roles[0].title.title_en in _MINISTERS
        and title.group(0).endswith("Minister")  # (not `Vice Secretary of the Party Committee`)
        and _DEPUTY_BEFORE.search(text, max(0, title.start() - 60), title.start())
    ):
        deputy = lex.title("Deputy Minister")  # `Deputy Finance Minister X`, `Vice Commerce Minister Y`: a deputy
        if deputy is not None:
            roles[0] = Role(deputy, form=roles[0].form)
    pos = title.end()
    elect = _ELECT.match(text, pos) if english else None
    if elect is not None:  # `President-elect Prabowo Subianto`: the title soon held, given to the name after it
        pos = elect.end()
    wing = _WING.match(text, pos) if english else None
    if wing is not None:  # `Joint Secretary (South) of the Ministry of External Affairs`: the wing, then the body
        pos = wing.end()
    own = _country_in_title(doc, lex, title)
    if own is not None:  # `US Secretary of State X`: the title's own words say whose
        roles[0].places.append(own)
    if english and title.group(0).endswith(" of"):
        pos -= 3  # the `Minister of` alias: read its `of` as the chain's, so the field after it is read as a field
    qualifier = officials_en.qualifier_before(doc, lex, title.start()) if english else None
    if qualifier is None and english and roles[0].title.kind == TitleKind.CORPORATE:
        qualifier = _company_before(doc, lex, title.start())  # `Vietnam Airlines CEO Dang Ngoc Hoa`
    # An organisation the title's own words run into (`Thứ trưởng Bộ` + `Bộ Ngoại giao`).
    inner = _inner_org(doc, title.start(), pos)
    inner_province = _inner_province(doc, title.start(), pos) if inner is None else None
    if inner is not None:
        roles[-1].orgs.append(inner)
        pos = inner.end
    elif inner_province is not None:
        roles[-1].places.append(inner_province)
        pos = inner_province.end
    elif roles[-1].title.kind == TitleKind.MINISTRY and " " in title.group(0) and not english:
        # a title that names its ministry without `Bộ` (`Bộ trưởng Ngoại giao`, then maybe `Mỹ`)
        tail = (
            title.start() + title.group(0).index(" ", title.group(0).index(" ") + 1) + 1
            if title.group(0).count(" ") >= 2
            else -1
        )
        shorthand = _ministry_shorthand(doc, lex, tail) if tail > 0 else None
        if shorthand is not None:
            roles[-1].orgs.append(shorthand)
            pos = max(pos, shorthand.end)
    while pos < len(text):
        company = _company_after_region(doc, roles[-1], pos) if english else None
        if company is not None:  # `X, Regional CEO Southeast Asia, PSA Holdings`: the region he heads, then whose
            roles[-1].orgs.append(company)
            pos = company.end
            continue
        abbr = _ABBR_THEN_COMMA.match(text, pos) if roles[-1].orgs or roles[-1].places or qualifier else None
        if abbr is not None:  # `Governor of Gyeonggi province of the Republic of Korea (RoK), Kim …`: its short form
            pos = abbr.end()
        of = officials_en.OF.match(text, pos) if english else None
        if of is not None:  # `Minister of Industry and Trade`, `Vice Chairman of the People's Government of …`
            step = _of_step(doc, lex, roles[-1], of.end(), qualifier)
            if step is None:
                place_noun = _OF_THE_PLACE_NOUN.match(text, pos)
                name = _name_at(doc, lex, place_noun.end()) if place_noun is not None else None
                if name is not None and " " in text[name[0] : name[1]]:  # `President of the region X Y`: its head
                    return _finish(doc, lex, Chain(title.start(), name[1], _share(roles), name), qualifier)
                name = _portfolio_then_holder(doc, lex, roles[-1], pos)
                if name is not None:  # `Minister of Political, Legal and Security Affairs X`: fields no list has
                    return _finish(doc, lex, Chain(title.start(), name[1], _share(roles), name), qualifier)
                break
            pos = step
            continue
        to = 8 if text.startswith(" to the ", pos) else 4  # (`… to the Socialist Republic of Vietnam`)
        served = doc.span_at(doc.places, pos + to) if english and text.startswith(" to ", pos) else None
        if served is not None:
            roles[-1].seat = served
            pos = served.end  # `Ambassador of Australia to Viet Nam`: where, not whose
            continue
        capital = (
            _seat_no_stage_read(doc, lex, roles[-1], pos)
            if english and text.startswith((" to ", " in "), pos)
            else None
        )  # (`Consul General in Pakse, X`: the seat's city, which no stage read either)
        if capital is not None:  # `Vietnamese Ambassador to Tehran Nguyen Hong Thach`: the capital, then the name
            pos = capital
            continue
        possessive = _POSSESSIVE.match(text, pos) if english else None  # (`Cambodia 's`: some pages space it)
        after_owner = possessive.end() if possessive else pos + 3
        owned_body = doc.span_at(doc.orgs, after_owner) if possessive else None
        if owned_body is not None:  # `President of Khanh Hoa's Vietnam Fatherland Front Committee X`: the body's
            roles[-1].orgs.append(owned_body)
            pos = owned_body.end
            continue
        kind_of = _PLACE_KIND_OF.match(text, after_owner) if english else None  # (`Germany's State of Hesse X`)
        owned = (
            doc.span_at(doc.places, kind_of.end() if kind_of else after_owner) if possessive else None
        )  # `Governor of Japan's Nara prefecture Yamashita Makoto`: the country's province is where
        if owned is not None:
            roles[-1].places.append(owned)
            word = PLACE_WORD_AFTER.match(text, owned.end)
            pos = word.end() if word else owned.end
            continue
        more = (
            _more_fields(lex, text, pos + 5)
            if english and text.startswith(" and ", pos) and not doc.title_at(pos + 5)
            else None
        )
        then = doc.title_at(more + 1) if more is not None and text[more : more + 1] == " " else None
        if more is not None and then is not None and then.group(0) in _MINISTER_FORMS:
            # `Deputy Prime Minister and Commerce Minister X`: a second title, its ministry named by the fields before it
            roles.append(_role(lex, then))
            field = text[pos + 5 : more]
            entry = officials_en.ministry_of_field(lex, field, _iso(qualifier))
            if entry is not None:
                body = Span(pos + 5, more, "", Label.ORGANIZATION, field, {"head": None, "place": None, "entry": entry})
                add_org_entity(doc, lex, body)
                roles[-1].orgs.append(body)
            elif qualifier is not None and _iso(qualifier) not in (None, _home_iso(doc)):
                roles[-1].orgs.append(officials_en.foreign_ministry(doc, pos + 5, more, qualifier))
            pos = then.end()
            continue
        if more is not None:  # `Minister of Foreign Affairs and International Cooperation Prak Sokhonn`
            of_at = text.rfind(" of ", title.start(), pos)
            foreign_qualifier = qualifier is not None and _iso(qualifier) not in (None, _home_iso(doc))
            if foreign_qualifier and qualifier is not None and of_at >= 0 and not roles[-1].orgs:
                # a foreign ministry named by its fields: `Ministry of Foreign Affairs and International Cooperation`
                roles[-1].orgs.append(officials_en.foreign_ministry(doc, of_at + 4, more, qualifier))
            pos = more
            continue
        also = doc.title_at(pos + 5) if english and text.startswith(" and ", pos) else None
        if also is not None:  # `Deputy Prime Minister and Minister of Foreign Affairs … Prak Sokhonn`
            roles.append(_role(lex, also))
            pos = also.end()
            if also.group(0).endswith(" of"):
                pos -= 3
            continue
        lowercase = _LOWERCASE_TITLE_THEN_OF.match(text, pos + 5) if english and text.startswith(" and ", pos) else None
        known = lex.title(_ROLE_TITLES[lowercase.group(0)]) if lowercase is not None else None
        if lowercase is not None and known is not None:  # `… and governor of Oudomxay`: his second title
            roles.append(Role(known, form=lowercase.group(0)))
            pos = lowercase.end()
            continue
        seat = (
            doc.span_at(doc.places, pos + 4)
            if english
            and (roles[-1].orgs or roles[-1].places or roles[-1].title.kind == TitleKind.DIPLOMATIC)
            and text.startswith(" in ", pos)
            else None
        )
        if seat is not None:
            roles[-1].seat = seat  # (`Consul General of Japan in Ho Chi Minh City X`: where the consul serves)
            word = PLACE_WORD_AFTER.match(text, seat.end)
            pos = word.end() if word else seat.end  # `President of the … Chamber of Commerce in Vietnam Chau Ta`
            continue
        held_in = _HELD_IN.match(text, pos) if english and not roles[-1].orgs else None
        held_at = (
            doc.span_at(doc.orgs, held_in.end()) or doc.span_at(doc.orgs, held_in.start("adjective"))
            if held_in is not None
            else None
        )
        if held_at is not None:  # `Undersecretary of State in the Italian Ministry of Foreign Affairs X`: held there
            roles[-1].orgs.append(held_at)
            pos = held_at.end
            continue
        dash = _DASH_THEN.match(text, pos) if roles[-1].orgs or roles[-1].places else None
        holder = _name_at(doc, lex, dash.end()) if dash is not None else None
        if holder is not None and " " in text[holder[0] : holder[1]]:  # `Thống đốc tỉnh Surin - ông X`: who holds it
            return _finish(doc, lex, Chain(title.start(), holder[1], _share(roles), holder), qualifier)
        dashed = _DASH_THEN.match(text, pos) if not english else None
        then = doc.title_at(dashed.end()) if dashed is not None else None
        if then is not None:  # `Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh X Y`: the holder's next title, as after a comma
            roles.append(_role(lex, then))
            pos = then.end()
            inner = _inner_org(doc, then.start(), pos)
            if inner is not None:
                roles[-1].orgs.append(inner)
                pos = inner.end
            continue
        if text[pos] == " ":
            nxt = _after_country_form(doc, pos + 1) if not english else pos + 1
            cua = _OF_BODY_VI.match(text, pos) if not english and not roles[-1].orgs else None
            if cua is not None and doc.span_at(doc.orgs, cua.end()) is not None:
                nxt = cua.end()  # `Giám đốc điều hành (CEO) của Phòng Thương mại X`: `của` before the body
        elif text.startswith(", ", pos):
            nxt = pos + 2
            if not english and text.startswith("kiêm ", nxt) and doc.title_at(nxt + 5) is not None:
                nxt += 5  # `Chủ tịch, kiêm Tổng Giám đốc Tập đoàn X`: a second title, as without the comma
            if english and text.startswith(("The ", "the "), nxt) and doc.span_at(doc.orgs, nxt + 4) is not None:
                nxt += 4  # `X, General Director, The Ohio Chamber of Commerce (OCC)`: the body's article
            t = doc.title_at(nxt)
            rank = _RANK_THEN_TITLE.match(text, nxt) if t is None and english else None
            if rank is not None:  # `X - Member of …, Permanent Deputy Chairman of …`: a rank word, then his next title
                t = doc.title_at(rank.end())
            named = doc.span_at(doc.orgs, nxt)
            if t is not None and named is not None and named.end > t.end():
                t = None  # `Phó Lãnh sự, Tổng Lãnh sự quán Hàn Quốc …`: a body's name, not the title it begins with
            if t is not None and (
                _OBJECT_CLAUSE.search(text, max(0, title.start() - 20), title.start())
                or _APPOINTED_AS.search(text, max(0, title.start() - 25), title.start())
            ):  # (`ông X được bổ nhiệm làm Bộ trưởng Y, Phó Thủ tướng Z …`: X's post, then Z's titles)
                break  # `Tiếp Đại sứ Nhật Bản tại Việt Nam, Thủ tướng … Phạm Minh Chính …`: whom he received, then him
            if t is not None:
                roles.append(_role(lex, t))
                pos = t.end()
                inner = _inner_org(doc, t.start(), pos)
                if inner is not None:
                    roles[-1].orgs.append(inner)
                    pos = inner.end
                continue
            if not (doc.span_at(doc.orgs, nxt) or doc.span_at(doc.places, nxt)):
                name = _appositive_name(doc, lex, nxt)
                if english and (name is None or _AND_CAPITAL.match(text, name[1])):
                    # `Minister of Foreign Affairs, International Trade and Worship X Y`: the portfolio's items, then
                    # its holder (an item before `and` is no appositive name: `…, Maritime Heritage and …`)
                    name = _portfolio_then_holder(doc, lex, roles[-1], pos) or name
                if name is not None:  # `the Dutch Minister for Foreign Trade …, Sigrid Kaag, said`
                    return _finish(doc, lex, Chain(title.start(), name[1], _share(roles), name), qualifier)
                break
        else:
            break
        org = doc.span_at(doc.orgs, nxt)
        place = doc.span_at(doc.places, nxt)
        cue = _PLACE_CUE.match(text, nxt) if org is None and place is None else None
        if cue is not None and doc.span_at(doc.places, cue.end()) is not None:
            place = doc.span_at(doc.places, cue.end())  # `Thống đốc tỉnh Tochigi`, `Tỉnh trưởng tỉnh Jeollabuk-do`
        owner = _POSSESSIVE.match(text, org.end) if org is not None and english and nxt == pos + 2 else None
        if owner is not None and doc.title_at(owner.end()) is not None:
            break  # `X, Secretary of the Party Committee, VNUA’s Vice President`: whose the next title is, not this one
        if org is not None:
            roles[-1].orgs.append(org)
            abbr = _BRACKETED_ABBR.match(text, org.end)  # `Chairman of the … National Assembly (NA) Tran Thanh Man`
            pos = abbr.end() if abbr else org.end
            continue
        if place is not None:
            roles[-1].places.append(place)
            pos = place.end
            continue
        bracketed = doc.span_at(doc.places, nxt + 1) if text.startswith("(", nxt) else None
        if bracketed is not None and text.startswith(") ", bracketed.end):
            pos = bracketed.end + 1  # `Bí thư Tỉnh ủy Vân Nam (Trung Quốc) Vương Ninh`
            continue
        parent = doc.span_at(doc.orgs, nxt + 1) if roles[-1].orgs and text.startswith("(", nxt) else None
        if parent is not None and text.startswith(") ", parent.end):
            roles[-1].orgs.append(parent)  # `Cục trưởng Cục X (Bộ Công Thương) Y`: the body the unit is part of
            pos = parent.end + 1
            continue
        where = doc.span_at(doc.places, nxt + 4) if text.startswith("tại ", nxt) else None
        if where is None and text.startswith(("tại TP ", "tại TP. "), nxt):  # (`tại TP Hồ Chí Minh`: the city's name)
            where = doc.span_at(doc.places, nxt + (7 if text.startswith("tại TP ", nxt) else 8))
        if where is not None:
            roles[-1].seat = where
            pos = where.end  # where an ambassador serves, not whose
            continue
        side = doc.span_at(doc.places, nxt + 5) if not english and text.startswith("phía ", nxt) else None
        if side is not None and side.label == Label.COUNTRY:  # `Tổng thư ký Ủy ban … Việt Nam - Lào phía Lào X`
            if not roles[-1].orgs:
                roles[-1].places.append(side)  # (which side of a joint body he heads; the body is his post)
            pos = side.end
            continue
        also = doc.title_at(nxt + 5) if text.startswith("kiêm ", nxt) else None
        if also is not None:
            roles.append(_role(lex, also))
            pos = also.end()
            continue
        portfolio = _PORTFOLIO_THEN_BODY.match(text, nxt) if not roles[-1].orgs else None
        held_for = doc.span_at(doc.orgs, portfolio.end()) if portfolio is not None else None
        charged = _IN_CHARGE_OF_BODY.match(text, nxt) if english and held_for is None and not roles[-1].orgs else None
        held_for = doc.span_at(doc.orgs, charged.end()) if charged is not None else held_for
        if held_for is not None:
            roles[-1].orgs.append(held_for)
            pos = held_for.end + (1 if text.startswith(")", held_for.end) else 0)
            continue
        in_charge = _IN_CHARGE.match(text, nxt)
        if in_charge:
            pos = in_charge.end()
            continue
        if roles[-1].title.kind == TitleKind.MINISTRY and not roles[-1].orgs:
            shorthand = (
                officials_en.ministry_after(doc, lex, nxt, _iso(qualifier))
                if english
                else _ministry_shorthand(doc, lex, nxt)
            )
            if shorthand is not None:
                roles[-1].orgs.append(shorthand)
                pos = shorthand.end
                continue
        unit = _unit_then_body(doc, lex, nxt) if not english and not roles[-1].orgs else None
        if unit is not None:  # `Trưởng ban Kinh tế - Ngân sách HĐND tỉnh`: the head of a unit of that body
            roles[-1].orgs.append(unit)
            pos = unit.end
            continue
        agency = (
            body_of_title(doc, lex, nxt, _AGENCY_HEAD)
            if not english and not roles[-1].orgs and _LOWER_AGENCY.match(text, nxt)
            else None
        )
        if agency is not None:  # `Giám đốc cơ quan Thương mại quốc tế Hoa Kỳ`: an agency, its head word in lowercase
            roles[-1].orgs.append(agency)
            pos = agency.end
            continue
        lower_head = _LOWER_HEAD.match(text, nxt) if not english and not roles[-1].orgs else None
        lowered = (
            body_of_title(doc, lex, nxt, lower_head.group(1).capitalize())
            if lower_head is not None and doc.span_at(doc.orgs, nxt) is None
            else None
        )
        if lowered is not None:  # `Giám đốc sở Công Thương tỉnh X`: a department, its head word in lowercase
            roles[-1].orgs.append(lowered)
            pos = lowered.end
            continue
        kind = _LOWER_COMPANY.match(text, nxt) if not english and not roles[-1].orgs else None
        company = doc.span_at(doc.orgs, kind.end()) if kind is not None else None
        if company is not None:  # `Chủ tịch công ty Agri-X Y`: the company's kind in lowercase, then its name read
            roles[-1].orgs.append(company)
            pos = company.end
            continue
        headed = (
            (doc.span_at(doc.orgs, nxt - 4) or body_of_title(doc, lex, nxt - 4, "Ban"))
            if not english
            and not roles[-1].orgs
            and text[nxt - 4 : nxt] in ("ban ", "Ban ")
            and nxt - 4 > title.start()
            else None
        )  # (`Phó Trưởng Ban Ngoại vụ Tỉnh ủy X`: with a capital, the organisations stage read the board already)
        if headed is not None:  # `Phó Trưởng ban Quản lý Khu kinh tế tỉnh Lào Cai X`: the board it heads
            roles[-1].orgs.append(headed)
            pos = headed.end
            continue
        after_place = (
            _vi_name_after_unknown_place(doc, lex, nxt + 4 if text.startswith("tại ", nxt) else nxt)
            if not english and (text.startswith("tại ", nxt) or _PLACE_CUE_BEFORE.search(text, max(0, nxt - 10), nxt))
            else None
        )
        if after_place is not None:  # `Tổng Lãnh sự … tại Ekaterinburg Nguyễn Mai Hường`: a place no gazetteer knows
            committee = _COMMITTEE_BEFORE.search(text, max(0, nxt - 9), nxt) if not roles[-1].orgs else None
            if committee is not None:  # `Bí thư Tỉnh ủy Lai Cai X`: that place's party committee
                body = Span(
                    committee.start(),
                    after_place[0] - 1,
                    "",
                    Label.ORGANIZATION,
                    text[committee.start() : after_place[0] - 1],
                    {"head": committee.group(0).strip().capitalize(), "place": None, "entry": None},
                )
                add_org_entity(doc, lex, body)
                if body.id:
                    roles[-1].orgs.append(body)
            return _finish(doc, lex, Chain(title.start(), after_place[1], _share(roles), after_place), qualifier)
        abroad = _foreign_name_after_unknown_place(doc, lex, nxt) if not english else None
        if abroad is not None:  # `Thị trưởng thành phố Cockburn Logan Howlett`: a place no gazetteer knows, then him
            if not roles[-1].orgs and not roles[-1].places:
                roles[-1].orgs.append(_local_body_abroad(doc, nxt, abroad[0] - 1))
            return _finish(doc, lex, Chain(title.start(), abroad[1], _share(roles), abroad), qualifier)
        glued = _country_glued_to_name(doc, lex, nxt) if not english else None
        if glued is not None:  # `Tổng thống Nga Putin`: the title's country, then a one-word name
            roles[-1].places.append(glued)
            pos = glued.end
            continue
        name = _name_after_honorific(doc, lex, nxt) or _name_at(doc, lex, nxt)
        if name is None and english:  # `Minister of Energy Transition and Water Transformation X Y`
            name = _portfolio_then_holder(doc, lex, roles[-1], pos)
        where = doc.span_at(doc.places, name[1] + 4) if english and name and text.startswith(" of ", name[1]) else None
        if where is not None and not roles[-1].orgs and not roles[-1].places:
            roles[-1].places.append(where)  # `Governor Jim Justice of West Virginia`
        of_body = _body_of_after_name(doc, name[1]) if english and name else None
        if of_body is not None and of_body.id and not roles[-1].orgs:
            roles[-1].orgs.append(of_body)  # `Vietnamese Vice Minister X of the Ministry of Industry and Trade`
        if name is None:
            _held_in_closing_place(doc, roles[-1], pos)
        return _finish(doc, lex, Chain(title.start(), name[1] if name else pos, _share(roles), name), qualifier)
    _held_in_closing_place(doc, roles[-1], pos)
    return _finish(doc, lex, Chain(title.start(), pos, _share(roles), None), qualifier)


def _held_in_closing_place(doc: ArticleDoc, role: Role, pos: int) -> None:
    """A last title given no body nor place, before a body no stage read that its place closes (`X - Tổng Thư ký
    Nhóm Hữu nghị tỉnh Y;`): held in that place (`closing_places`)."""
    if not role.orgs and not role.places and (closing := closing_place(doc, pos)) is not None:
        role.places.append(closing)


def _local_body_abroad(doc: ArticleDoc, start: int, end: int) -> Span:
    """The local government a title before an unknown place abroad is held at (`thành phố Wrocław`, `thị trấn
    Pilar`): named by the place's kind and name as written, as the page calls it (the gazetteer knows no such place,
    so no province or country is given)."""
    name = doc.text[start:end]
    org_id = f"org:{slug(name)}"
    doc.entity(org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.GOVERNMENT_BODY}, at=start)
    return Span(start, end, org_id, Label.ORGANIZATION, name)


_COMMITTEE_BEFORE = re.compile(r"(?:Tỉnh ủy|Thành ủy) $")
_PLACE_CUE_BEFORE = compile_gated(r"(?:Tỉnh ủy|Thành ủy|[Bb]ang|[Tt]ại) $")
"""Words a place's name follows in a title (`tỉnh` alone is not one: `Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm` is the
province's chair, then his name)."""

_OF_THE_PLACE_NOUN = re.compile(
    r" of the (?:region|province|city|state|prefecture|county|district|municipality|territory|oblast|department) "
    rf"(?=[{UPPER}])"
)
"""`President of the region`, `Governor of the province`: a title held at the place the page tells of, written by its
kind; a capitalised name right after it is its holder's (not a body's: `… of the province People's Committee`)."""
_DASH_THEN = re.compile(r" [-–] ")
_AND_CAPITAL = re.compile(r" (?:and|&) [A-Z]")
_OF_BODY_VI = re.compile(r" (?:\([A-Z]{2,5}\) )?của ")
"""`của` (of) between a title that names no body yet and the body's name, maybe after the title's English initials
in brackets (`Giám đốc điều hành (CEO) của Phòng Thương mại X`, `Tổng Giám đốc của Tập đoàn Y`)."""
_AGENCY_HEAD = "Cơ quan"
_LOWER_AGENCY = re.compile(rf"cơ quan (?=[{UPPER}])")
"""`cơ quan` as news writes it before an agency's capitalised name right after its head's title."""
_LOWER_HEAD = re.compile(rf"(sở|bộ) (?=[{UPPER}])")
"""`sở`, `bộ` in lowercase before a department's or a ministry's capitalised name right after its head's title (`Giám
đốc sở Công Thương tỉnh X`): read as that body when its name ends with a place or is one the gazetteer knows."""
_LOWER_COMPANY = re.compile(rf"(?:công ty|tổng công ty|tập đoàn) (?=[{UPPER}])")
"""A company's kind in lowercase between its head's title and the name the organisations stage read without it
(`Chủ tịch công ty Agri-X`, `Tổng giám đốc tập đoàn Y`)."""


def _role(lex: Lexicon, title: TitleMatch) -> Role:
    """The role a title mention opens (every mention the lexicon finds is one of its titles)."""
    known = lex.title(title.group(0))
    if known is None:
        raise LookupError(f"a title the lexicon found but does not know: {title.group(0)!r}")
    return Role(known, form=title.group(0))


def _finish(doc: ArticleDoc, lex: Lexicon, chain: Chain, qualifier: Span | None) -> Chain:
    """English only: the country before the title (`Japan's …`) when nothing after it names one, and the title a
    body implies (`Secretary` of a provincial party committee)."""
    if doc.article.lang != "en":
        return chain
    first = chain.roles[0]
    if qualifier is not None and not first.orgs and not first.places:
        (first.places if qualifier.label in (Label.COUNTRY, Label.PROVINCE) else first.orgs).append(qualifier)
    elif (
        qualifier is not None
        and qualifier.label == Label.ORGANIZATION
        and qualifier.id
        and not first.orgs
        and first.title.kind == TitleKind.CORPORATE
    ):
        # `World Bank Country Director for Vietnam X`, `UNDP Resident Representative in Viet Nam`: the body before
        # the title holds it; the country after says where it serves
        first.orgs.append(qualifier)
    for role in chain.roles:
        if role.orgs and role.orgs[0].id in doc.entities:
            org = role.orgs[0]
            kind = doc.entities[org.id].properties.get(Prop.KIND)
            role.title = officials_en.title_at_body(
                lex, role.title, kind, officials_en.body_key(org.id), doc.entities[org.id].name
            )
        elif role.places and role.places[0].label != Label.COUNTRY:
            country = role.places[0].data["entry"].properties.get(Prop.COUNTRY) or ""
            role.title = officials_en.title_at_body(lex, role.title, "province", str(country))
    return chain


_PLACE_KIND_OF = re.compile(r"(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Pp]refecture) of ")
