"""Relations as real news writes them: agreements with their parties and statuses, events with the people and
bodies that take part, and the names those rest on. Every sentence here is written in the forms of the real
development set (`tests/data/real/`), with other names, so that a rule passes only if it is general."""

from __future__ import annotations

import pytest

from loaders.dates import find_dates
from tests.extraction import agreements, attendees, events, held_by, of_kind, only_agreement, parties, positions, run

# --- agreements: parties -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Công Thương làm việc với Quảng Tây\n\nChiều 3/10/2025, Bộ Công Thương đã ký với Chính quyền nhân dân tỉnh "
        "Vân Nam Bản ghi nhớ về tăng cường hợp tác thương mại biên giới.",
        "Bộ Công Thương làm việc với Vân Nam\n\nNgày 3/10/2025, Bộ Công Thương và Chính quyền nhân dân tỉnh Vân Nam đã "
        "ký kết Bản ghi nhớ về tăng cường hợp tác thương mại biên giới.",
    ],
)
def test_vietnamese_signer_and_partner(text: str) -> None:
    doc = run(text)
    mou = only_agreement(doc)
    assert {"org:moit", "province:cn-yn"} <= parties(doc, mou)
    assert mou["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "MOIT signs with Lao ministry\n\nThe Ministry of Industry and Trade on May 14 signed a memorandum of "
        "understanding with Laos’ Ministry of Energy and Mines on electricity trade.",
        "MOIT and a US state sign MoU\n\nThe Vietnamese Ministry of Industry and Trade (MoIT) and the US state of "
        "Washington signed a memorandum of understanding (MoU) on Thursday to accelerate cooperation in energy.",
    ],
)
def test_english_signer_and_partner(text: str) -> None:
    doc = run(text)
    mou = only_agreement(doc)
    got = parties(doc, mou)
    assert "org:moit" in got and len(got) >= 2
    assert mou["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vinacomin signed a loan agreement on Monday with the Asian Development Bank to build a port in Quang Ninh "
            "province.",
            {"org:vinacomin", "org:adb"},
        ),
        (
            "The Ministry of Industry and Trade signed a memorandum of understanding yesterday with the Asian "
            "Development Bank to build a grid in Dak Lak province.",
            {"org:moit", "org:adb"},
        ),
    ],
)
def test_the_partner_after_the_day_of_the_signing_is_a_side(text: str, expected: set[str]) -> None:
    """`signed a $1.36 billion contract on Monday with X`: the wire's order tells the day between the document and its
    partner, whose `with` is still the document's; what the document is for (`to build … in Y`) names no side."""
    doc = run(text)
    assert parties(doc, only_agreement(doc)) == expected


def test_a_person_signs_for_the_body_they_serve() -> None:
    doc = run(
        "Hàn Quốc và Việt Nam ký MOU\n\nBộ trưởng Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc Moon "
        "Sung-wook ngày 22/12/2021 đã ký kết biên bản ghi nhớ (MOU) về hợp tác cung cấp urê với Bộ trưởng Công "
        "Thương Việt Nam Nguyễn Hồng Diên."
    )
    mou = only_agreement(doc)
    got = parties(doc, mou)
    assert "org:moit" in got
    assert any(p.startswith("org:bo-cong-nghiep-thuong-mai-va-tai-nguyen-kr") for p in got)


def test_between_the_two_governments_is_the_two_countries() -> None:
    doc = run(
        "Energy cooperation\n\nViet Nam and Laos reviewed their energy ties in Hanoi on February 23, 2023. "
        "The two sides are implementing an MoU signed in 2016 between the two governments on hydropower "
        "development in Laos."
    )
    mou = only_agreement(doc)
    assert parties(doc, mou) == {"country:vn", "country:la"}
    assert mou["properties"]["status"] == "in_force"  # signed earlier, implemented now
    assert mou["properties"]["date"] == "2016"  # the date its own participle gives


def test_the_two_provinces_are_the_provinces_named() -> None:
    doc = run(
        "Thanh Hóa và Hủa Phăn hội đàm\n\nNgày 14/5/2025, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) đã hội đàm. "
        "Hai bên đã ký Thỏa thuận hợp tác năm 2025 giữa hai tỉnh."
    )
    agreement = only_agreement(doc)
    assert {p.split(":")[0] for p in parties(doc, agreement)} == {"province"}
    assert len(parties(doc, agreement)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Quảng Ninh đón đoàn Quảng Tây\n\nChiều 12/3, lãnh đạo tỉnh Quảng Ninh tiếp đoàn công tác khu tự trị dân tộc "
        "Choang Quảng Tây (Trung Quốc). Tỉnh Quảng Ninh mong muốn tăng cường hợp tác với Quảng Tây. Năm qua, 2 tỉnh "
        "Lạng Sơn - Quảng Tây đã triển khai hiệu quả Biên bản thỏa thuận hợp tác giữa 2 tỉnh giai đoạn 2022-2025.",
        "Quang Ninh receives Guangxi delegation\n\nLeaders of Quang Ninh province received a delegation of China's "
        "Guangxi Zhuang Autonomous Region on March 12. Quang Ninh wants closer ties with Guangxi. Last year, Lang Son "
        "and Guangxi carried out the cooperation agreement between the two provinces for 2022-2025.",
    ],
)
def test_the_two_provinces_are_the_pair_their_sentence_names_before_the_page_s_most_named(text: str) -> None:
    doc = run(text, date="2025-03-13")
    assert parties(doc, only_agreement(doc)) == {"province:vn-09", "province:cn-gx"}  # Lạng Sơn, not Quảng Ninh


@pytest.mark.parametrize(
    "text",
    [
        "Border provinces meet\n\nLeaders of the Vietnamese provinces of Kon Tum and Gia Lai and Cambodia's Ratanakiri "
        "province met on March 3. The three parties signed a cooperation agreement on border trade.",
        "Gặp mặt đầu xuân\n\nLãnh đạo hai tỉnh Kon Tum, Gia Lai (Việt Nam) và tỉnh Ratanakiri (Campuchia) gặp mặt ngày "
        "3/3. Ba bên đã ký thỏa thuận hợp tác về thương mại biên giới.",
    ],
)
def test_signers_counted_not_named_are_the_page_s_provinces(text: str) -> None:
    doc = run(text, date="2024-03-04")
    assert parties(doc, only_agreement(doc)) == {"province:vn-28", "province:vn-30", "province:kh-16"}


def test_documents_listed_together_share_their_signers() -> None:
    doc = run(
        "Korea proposes documents\n\nThe ambassador conveyed the RoK side’s desire to sign several documents "
        "with the MoIT, including a Memorandum of Understanding (MoU) on a critical minerals centre and a MoU "
        "on trade promotion offices."
    )
    found = agreements(doc)
    assert len(found) == 2
    for mou in found:
        assert {"org:moit", "country:kr"} <= parties(doc, mou)


def test_a_later_reference_is_the_same_agreement() -> None:
    doc = run(
        "Provinces sign MoU\n\nAuthorities of Lang Son province and China's Guangxi held an online signing "
        "ceremony for a Memorandum of Understanding (MoU) on a smart border gate on November 14, 2024. The MoU "
        "is a step to realise the Framework Agreement signed on June 26, 2023."
    )
    kinds = sorted(a["properties"]["type"] for a in agreements(doc))
    assert kinds == ["agreement", "mou"]  # `The MoU` is no third document
    mou = next(a for a in agreements(doc) if a["properties"]["type"] == "mou")
    assert {"province:vn-09", "province:cn-gx"} <= parties(doc, mou)
    assert mou["properties"]["status"] == "signed"  # a signing ceremony signs


def test_a_signing_read_with_a_body_s_country_is_the_body_s_document() -> None:
    doc = run(
        "PVN ký kết biên bản ghi nhớ với đối tác Campuchia\n\nNgày 5/3, tại Phnom Penh, Tổng giám đốc Tập đoàn Dầu "
        "khí Việt Nam (PVN) Lê Mạnh Hùng và các lãnh đạo doanh nghiệp của Campuchia đã kí kết biên bản ghi nhớ dưới "
        "sự chứng kiến của Thủ tướng hai nước. Biên bản ghi nhớ về hợp tác cung cấp khí cho Nhà máy điện Kampot giữa "
        "PVN và Công ty Điện lực Campuchia.",
        date="2024-03-06",
    )
    mou = only_agreement(doc)  # `biên bản ghi nhớ` with `Campuchia` is no second memorandum
    assert parties(doc, mou) == {"org:petrovietnam", "org:cong-ty-dien-luc-kh"}  # nor is Cambodia a third party


def test_a_later_reference_in_lower_case_read_with_a_country_is_the_body_s_document() -> None:
    doc = run(
        "Đà Nẵng hợp tác KOTRA thúc đẩy đầu tư từ Hàn Quốc\n\nNgày 5.4, Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh chủ trì "
        "buổi làm việc và ký kết biên bản ghi nhớ hợp tác với Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA). "
        "Theo biên bản ghi nhớ hợp tác, 2 bên cam kết thúc đẩy đầu tư của Hàn Quốc vào TP Đà Nẵng trong các lĩnh vực "
        "công nghiệp bán dẫn và đổi mới sáng tạo.",
        date="2024-04-06",
    )
    mou = only_agreement(doc)  # `Theo biên bản ghi nhớ hợp tác, 2 bên …` read with `Hàn Quốc` is KOTRA's memorandum
    assert "org:kotra" in parties(doc, mou)
    assert "country:kr" not in parties(doc, mou)


def test_a_named_treaty_of_two_countries_is_no_body_s_document() -> None:
    doc = run(
        "Two countries sign\n\nVietnam and Chile signed an Agreement on Double Taxation Avoidance on June 3. The "
        "Vietnam Chamber of Commerce and Industry and Chile also signed a cooperation agreement on trade fairs.",
        date="2024-06-04",
    )
    found = {a["name"]: parties(doc, a) for a in agreements(doc)}
    assert found["Agreement on Double Taxation Avoidance"] == {"country:vn", "country:cl"}
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hợp tác\n\nNhân chuyến thăm, Bộ Công Thương ký thỏa thuận hợp tác với bộ, ngành, địa phương Trung Quốc.",
        "Hợp tác\n\nBộ Công Thương và Bộ Năng lượng Lào đã ký Bản ghi nhớ về điện năng và các thỏa thuận khác như "
        "thỏa thuận về khoáng sản.",
    ],
)
def test_kinds_of_partners_and_other_documents_are_no_document(text: str) -> None:
    names = [a["name"] for a in agreements(run(text))]
    assert not any(n.lower().startswith("thỏa thuận khác") or "bộ, ngành" in n for n in names), names


def test_a_year_before_a_head_is_no_count() -> None:
    doc = run(
        "Power\n\nDuring talks in Vientiane on April 7, 2024, Minister Nguyen Hong Dien said that based on the "
        "2024 cooperation agreement between the two Governments of Viet Nam and Laos, EVN would study prices."
    )
    agreement = only_agreement(doc)
    assert agreement["properties"]["status"] == "in_force"
    assert parties(doc, agreement) == {"country:vn", "country:la"}


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "Tỉnh Quảng Ninh và tỉnh Quảng Tây đã ký hợp tác toàn diện, đó là nền tảng quan trọng.",
            {"province:vn-13", "province:cn-gx"},
        ),
        (
            "Ngày 9/10, tại Osaka, Hiệp hội Doanh nghiệp Việt Nam tại Nhật Bản và Liên đoàn Thương mại và Công nghiệp "
            "Việt Nam (VCCI) đã tổ chức Lễ ký kết hợp tác chiến lược, đánh dấu bước tiến mới.",
            {"org:hiep-hoi-doanh-nghiep-vn-in-jp", "org:vcci"},
        ),
        (
            "Ngày 4/5, lãnh đạo tỉnh Bình Định và tỉnh Okayama đã ký kết hợp tác trong lĩnh vực y tế.",
            {"province:vn-31", "province:jp-33"},
        ),
        (
            "Ngày 4/5, tỉnh Bình Định và tỉnh Okayama đã ký kết hợp tác đầu tư trên một số lĩnh vực: cơ khí; cảng biển.",
            {"province:vn-31", "province:jp-33"},
        ),
    ],
)
def test_a_signed_cooperation_named_by_its_kind(sentence: str, sides: set[str]) -> None:
    doc = run("Hợp tác địa phương\n\n" + sentence)  # (`ký hợp tác toàn diện`, `Lễ ký kết hợp tác chiến lược`)
    assert parties(doc, only_agreement(doc)) == sides


def test_a_headline_names_a_side_in_fewer_words() -> None:
    doc = run(
        "VCCI ký kết biên bản ghi nhớ với Phòng Thương mại Indonesia\n\nNhân chuyến thăm chính thức Việt Nam của "
        "Tổng thống Indonesia, ngày 12/5/2024 tại Hà Nội, Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) "
        "Nguyễn Văn An và Chủ tịch Phòng Thương mại và Công nghiệp Quốc gia Indonesia (KADIN) Budi Santoso đã ký kết "
        "biên bản ghi nhớ giữa hai bên trước sự chứng kiến của lãnh đạo hai nước.\n\nViệc ký kết biên bản ghi nhớ "
        "nhằm tăng cường hợp tác giữa VCCI và KADIN, phù hợp với chức năng của các bên."
    )
    mou = only_agreement(doc)  # the headline's `Phòng Thương mại Indonesia` is the body's chamber, one document
    assert parties(doc, mou) == {"org:vcci", "org:phong-thuong-mai-va-cong-nghiep-quoc-gia-id"}


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ("Nghị định thư về yêu cầu kiểm dịch thực vật đối với sầu riêng xuất khẩu từ Việt Nam sang Indonesia", "other"),
        ("Nghị định thư sửa đổi Hiệp định về vận tải đường bộ", "other"),
        ("Nghị định thư về hợp tác phòng chống dịch bệnh động vật", "agreement"),
    ],
)
def test_a_vietnamese_protocol_of_quarantine_or_amendment_is_no_treaty(document: str, kind: str) -> None:
    doc = run(
        "Hợp tác nông nghiệp\n\nNgày 5/3/2024, Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nông nghiệp Indonesia "
        f"đã ký {document}."
    )
    protocol = next(a for a in agreements(doc) if a["name"].startswith("Nghị định thư"))
    assert protocol["properties"]["type"] == kind  # (the agreement it amends is a document of its own)


@pytest.mark.parametrize("plan", ["Strategic Partnership Action Plan", "Comprehensive Partnership Plan of Action"])
def test_an_english_plan_named_after_a_partnership_is_a_plan(plan: str) -> None:
    """`the Kenya-Chile Strategic Partnership Action Plan`: English puts the kind last, the plan is the document (the
    partnership's own `Strategic Partnership Agreement` stays a partnership)."""
    doc = run(f"On May 3, Kenya and Chile adopted the Kenya-Chile {plan} for 2024-2027.", lang="en")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["action_plan"]
    doc = run("Kenya and Chile signed the Strategic Partnership Agreement on water management.", lang="en")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["partnership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers co-chaired the first meeting of the Joint Working Group, where the agreement was signed.",
        "After the talks, the two ministers signed the agreement.",
        "Fisheries cooperation agreement was established between the two countries last April.",
    ],
)
def test_an_english_head_alone_told_signed_is_the_page_s_document_when_it_names_no_other(sentence: str) -> None:
    """`… where the agreement was signed`: a document the page names by its head alone, but tells signed, is one
    document between the page's two countries; with another document named it is that one, told again."""
    doc = run(
        f"Kenya and Chile agree to share farm technology\n\nKenya and Chile met in Nairobi. {sentence}", lang="en"
    )
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == "agreement"
    assert sorted(parties(doc, agreement)) == ["country:cl", "country:ke"]
    doc = run(
        "Kenya and Chile met in Nairobi and signed a memorandum of understanding on fisheries. "
        "The ministers co-chaired the meeting where the memorandum was signed.",
        lang="en",
    )
    assert len(agreements(doc)) == 1


@pytest.mark.parametrize("verb", ["amending", "supplementing", "to amend"])
def test_an_english_protocol_amending_an_agreement_is_one_document_and_the_agreement_another(verb: str) -> None:
    doc = run(
        "Visa talks\n\nOn May 3, Vietnam and Uruguay signed a protocol "
        f"{verb} the agreement on visa exemption for holders of diplomatic passports.",
        lang="en",
    )
    found = {a["name"]: a["properties"]["type"] for a in agreements(doc)}
    assert found == {
        f"protocol {verb} the agreement on visa exemption for holders of diplomatic passports": "other",
        "agreement on visa exemption for holders of diplomatic passports": "agreement",
    }, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Bế mạc kỳ họp, hai bên đã ký Biên bản thỏa thuận Kỳ họp thứ 12 Ủy ban liên Chính phủ về hợp tác kinh tế "
            "giữa Việt Nam và Chile.",
            "other",
        ),
        (
            "UBND tỉnh Bình Định đã trao Thỏa thuận chủ trương đầu tư cho Công ty Sakura về xây dựng nhà máy bao bì.",
            "other",
        ),
        (
            "Hiệp hội Doanh nghiệp Đài Loan sẽ ký thỏa thuận hợp tác (MOU) với Liên đoàn Thương mại và Công nghiệp "
            "Việt Nam.",
            "mou",
        ),
        (
            "Hai bên đã ký Biên bản thỏa thuận hợp tác giữa tỉnh Sơn La và tỉnh Hủa Phăn giai đoạn 2024 - 2026.",
            "agreement",
        ),
    ],
)
def test_a_generic_agreement_head_typed_by_the_words_after_it(sentence: str, kind: str) -> None:
    # session minutes and an investment consent are records of the other kinds; `(MOU)` names a memorandum
    doc = run("Hợp tác\n\n" + sentence)
    assert only_agreement(doc)["properties"]["type"] == kind


# --- agreements: statuses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The two countries are negotiating a comprehensive economic partnership agreement (CEPA).",
            "under_negotiation",
        ),
        ("Australia proposed that the two countries negotiate an action plan on clean energy.", "proposed"),
        ("Hai bên đang đàm phán Hiệp định Thương mại biên giới giữa hai quốc gia.", "under_negotiation"),
        # negotiations still to be launched, or concluded: the document is ahead, planned
        ("Peru and Vietnam agreed to launch negotiations on a free trade agreement next year.", "planned"),
        ("Hai nước sẽ sớm khởi động đàm phán Hiệp định thương mại tự do giữa Việt Nam và Pê-ru.", "planned"),
        (
            "Việt Nam và Pê-ru đã ra tuyên bố chung kết thúc đàm phán Hiệp định thương mại tự do giữa hai nước.",
            "planned",
        ),
        ("Chile and Vietnam concluded negotiations on a comprehensive economic partnership agreement.", "planned"),
        (
            "Hai tỉnh sẽ hội đàm và ký kết biên bản ghi nhớ hợp tác hữu nghị giữa tỉnh Phú Thọ và tỉnh Tochigi.",
            "planned",
        ),
        (
            "Hai tỉnh đã hội đàm và ký kết biên bản ghi nhớ hợp tác hữu nghị giữa tỉnh Phú Thọ và tỉnh Tochigi.",
            "signed",
        ),
        (  # a clause of purpose signs it: work towards its signing
            "Hai bên cố gắng hoàn thiện quá trình chuẩn bị để có thể tiến hành việc ký kết biên bản ghi nhớ hợp tác hữu "
            "nghị giữa tỉnh Phú Thọ và tỉnh Tochigi.",
            "planned",
        ),
        (  # (a proposal before it still proposes it)
            "Chủ tịch tỉnh đề nghị hai bên trao đổi để ký lại biên bản ghi nhớ hợp tác hữu nghị giữa tỉnh Phú Thọ và "
            "tỉnh Tochigi.",
            "proposed",
        ),
        (  # an anniversary of ties signed and set up: they stand
            "Hai tỉnh đang chuẩn bị kỷ niệm 10 năm ký kết thiết lập quan hệ hợp tác hữu nghị giữa tỉnh Phú Thọ và "
            "tỉnh Tochigi.",
            "in_force",
        ),
        # a trade area or partnership that a proposal far before it asks for (beyond the cue window) is proposed
        (
            "Thủ tướng đề nghị hai bên sớm thành lập nhóm công tác chung về nghiên cứu khả thi FTA Việt Nam - Peru.",
            "proposed",
        ),
        (
            'Việt Nam đang xem xét đề nghị của Kazakhstan về thiết lập khuôn khổ quan hệ mới "Đối tác chiến lược".',
            "proposed",
        ),
        (
            "Bộ trưởng đề nghị hai bên phối hợp tổ chức các hoạt động kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến "
            "lược Việt Nam - Peru trong năm 2026.",
            "in_force",
        ),
    ],
)
def test_status_from_the_verb(sentence: str, status: str) -> None:
    doc = run("Hợp tác Việt Nam\n\n" + sentence)
    assert {a["properties"]["status"] for a in agreements(doc)} == {status}


# --- events ----------------------------------------------------------------------------------------------------


def test_a_body_only_mentioned_is_no_participant() -> None:
    doc = run(
        "Minister meets US official\n\nChiều 26/10/2025, tại Kuala Lumpur, Bộ trưởng Bộ Công Thương Nguyễn "
        "Hồng Diên đã có cuộc gặp với Thứ trưởng Bộ Ngoại giao Hoa Kỳ Jacob Helberg nhân dịp tháp tùng Thủ "
        "tướng tham dự Hội nghị Cấp cao ASEAN. Bộ trưởng nêu quan ngại về quyết định của Cục Quản lý Đại dương "
        "và Khí quyển Mỹ (NOAA) trong cuộc gặp."
    )
    meeting = next(e for e in events(doc) if e["properties"]["kind"] == "meeting")
    assert attendees(doc, meeting) == {"person:nguyen-hong-dien", "person:jacob-helberg"}
    bodies = attendees(doc, meeting, "PARTICIPATED_IN")
    assert "org:moit" in bodies
    assert not {"org:asean", "org:us-noaa"} & bodies


def test_the_contract_names_a_body_s_participation_attended_and_keeps_the_graph_s_type() -> None:
    """The contract's one participation edge is ATTENDED (its gold lists bodies among the participants); the
    graph's PARTICIPATED_IN stays readable in `graph_type`, and a person's edge carries none."""
    doc = run(
        "Bộ trưởng tiếp Đại sứ\n\nSáng 4/3/2025, tại Hà Nội, Bộ trưởng Bộ Công Thương Lê Minh Quân đã tiếp "
        "Đại sứ Nhật Bản tại Việt Nam Sato Kenji."
    )
    meeting = next(e for e in events(doc) if e["properties"]["kind"] == "meeting")
    edges = [
        r for r in doc["relations"] if r["to"] == meeting["id"] and r["from"] in {"org:moit", "person:le-minh-quan"}
    ]
    by_source = {r["from"]: r for r in edges}
    assert by_source["org:moit"]["type"] == "ATTENDED"
    assert by_source["org:moit"]["graph_type"] == "PARTICIPATED_IN"
    assert by_source["person:le-minh-quan"]["type"] == "ATTENDED"
    assert "graph_type" not in by_source["person:le-minh-quan"]
    assert not any(r["type"] == "PARTICIPATED_IN" for r in doc["relations"])


def test_the_occasion_s_principal_is_not_at_the_meeting() -> None:
    doc = run(
        "Làm việc tại Phnom Penh\n\nTrong khuôn khổ chuyến thăm cấp Nhà nước tại Campuchia của Chủ tịch nước "
        "Nguyễn Xuân Phúc, ngày 22/12/2021, tại Thủ đô Phnom Penh, đoàn đại biểu Bộ Công Thương do Thứ trưởng "
        "Trần Quốc Khánh dẫn đầu đã có buổi làm việc với Bộ Thương mại Campuchia do Quốc vụ khanh Sok Sopheak "
        "làm trưởng đoàn."
    )
    meeting = next(e for e in events(doc) if e["properties"]["kind"] == "meeting")
    people = attendees(doc, meeting)
    assert {"person:tran-quoc-khanh", "person:sok-sopheak"} <= people
    assert "person:nguyen-xuan-phuc" not in people


def test_talks_on_a_date_with_a_named_guest_and_later_mentions() -> None:
    doc = run(
        "date 2024-08-31 Minister of Industry and Trade Nguyen Hong Dien on August 30 held talks with Liu "
        "Ning, visiting member of the Communist Party of China Central Committee.\n\nAt the talks, Dien "
        "proposed that Liu pay attention to customs clearance."
    )
    [talks] = events(doc)
    assert talks["properties"]["date"] == "2024-08-30"
    assert attendees(doc, talks) == {"person:nguyen-hong-dien", "person:liu-ning"}


def test_a_meeting_named_without_its_people_takes_the_sides_just_named() -> None:
    doc = run(
        "Energy ties\n\nMinister of Industry and Trade Nguyen Hong Dien and Lao Minister of Energy and Mines "
        "Phoxay Sayasone agreed to boost cooperation. During a working session in Hanoi on February 23, 2023, "
        "the two sides reviewed power trade."
    )
    [meeting] = events(doc)
    assert meeting["properties"]["date"] == "2023-02-23"
    assert attendees(doc, meeting) == {"person:nguyen-hong-dien", "person:phoxay-sayasone"}


# --- names ----------------------------------------------------------------------------------------------------


def test_english_officials_of_ministries_nobody_listed() -> None:
    doc = run(
        "Talks\n\nVietnam is a leading partner, said the Dutch Minister for Foreign Trade and Development "
        "Cooperation, Sigrid Kaag, at an online meeting with Lao Minister of Energy and Mines Phoxay Sayasone "
        "and Vietnamese Minister of Industry and Trade Tran Tuan Anh. Minister Tuan Anh welcomed the interest."
    )
    people = {e["id"] for e in doc["entities"] if e["label"] == "Official"}
    assert people == {"person:sigrid-kaag", "person:phoxay-sayasone", "person:tran-tuan-anh"}
    held = positions(doc)
    assert ("person:phoxay-sayasone", "org:ministry-of-energy-and-mines-la") in held


def test_governments_of_countries_and_foreign_ministries_with_commas() -> None:
    doc = run(
        "Hợp tác\n\nBộ Công Thương đã làm việc với Chính phủ Thái Lan và Bộ Công nghiệp, Khoa học, Năng lượng "
        "và Tài nguyên Australia."
    )
    orgs = {e["id"]: e for e in doc["entities"] if e["label"] == "Organization"}
    assert orgs["org:government-th"]["properties"]["country"] == "TH"
    assert orgs["org:bo-cong-nghiep-khoa-hoc-nang-luong-va-tai-nguyen-au"]["properties"]["country"] == "AU"


def test_an_english_body_ends_at_a_personal_name() -> None:
    doc = run(
        "EVFTA\n\nHÀ NỘI — Minister of Industry and Trade Nguyễn Hồng Diên and European Commission "
        "Vice-President Valdis Dombrovskis co-chaired the first meeting of the committee."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Organization"}
    assert not any("Diên" in n for n in names)
    assert {"person:nguyen-hong-dien", "person:valdis-dombrovskis"} <= {e["id"] for e in doc["entities"]}


# --- dates -----------------------------------------------------------------------------------------------------


def test_a_weekday_is_read_from_the_publication_day() -> None:
    [d] = find_dates("The ministers on Monday discussed trade.", pub_date="2023-11-28")
    assert d.start == "2023-11-27"
    assert find_dates("The ministers on Monday discussed trade.", pub_date="2023-11") == []  # no day, no weekday


def test_a_whole_date_at_the_top_lends_its_year() -> None:
    dates = find_dates("Phnom Penh Post - 03 June 2023\nThe agreement for 2023-2024 was signed at the June 2 ceremony.")
    assert [d.start for d in dates if d.precision == "day"] == ["2023-06-03", "2023-06-02"]


def test_english_names_with_roles_in_lowercase() -> None:
    doc = run(
        "EVFTA\n\nMinister Nguyen Hong Dien and EU trade commissioner Valdis Dombrovskis co-chaired the meeting. "
        "Ingrid Thijssen, chair of the Confederation of Netherlands Industry and Employers, said Vietnam matters."
    )
    people = {e["id"] for e in doc["entities"] if e["label"] == "Official"}
    assert {"person:valdis-dombrovskis", "person:ingrid-thijssen"} <= people


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed on the first visit of Maren Holt, premier of Manitoba, with 40 firms.",
        "Maren Holt, the consul general, said the firms want to invest in the province.",
        "Maren Holt, prime minister of Iceland, said the talks went well.",
        "Maren Holt, chief minister of Sabah, said the talks went well.",
    ],
)
def test_a_premier_a_consul_or_a_prime_minister_written_in_lowercase_after_a_name(sentence: str) -> None:
    people = {e["id"] for e in run("Trade\n\n" + sentence)["entities"] if e["label"] == "Official"}
    assert "person:maren-holt" in people


@pytest.mark.parametrize(
    "sentence",
    [
        "Sok Vanna, the spokesman for the Ministry of Foreign Affairs, said the talks went well.",
        "Sok Vanna, spokeswoman of the Ministry of Foreign Affairs, said the talks went well.",
    ],
)
def test_a_spokesperson_written_in_lowercase_after_a_name_speaks_for_the_body_named(sentence: str) -> None:
    doc = run("Talks\n\n" + sentence)
    assert held_by(doc, "person:sok-vanna") == {"org:mofa"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Emperor Akihiko received President Tran Van Binh at the palace.", "person:akihiko"),
        ("Nhật hoàng Akihiko đã tiếp Chủ tịch nước Trần Văn Bình tại Hoàng cung.", "person:akihiko"),
        ("Hoàng thái tử Morihito đã gặp Chủ tịch nước Trần Văn Bình.", "person:morihito"),
        ("Queen Margarethe hosted President Tran Van Binh in the capital.", "person:margarethe"),
    ],
)
def test_a_monarch_or_an_heir_named_by_one_name_after_the_title(text: str, person: str) -> None:
    people = {e["id"] for e in run("Visit\n\n" + text)["entities"] if e["label"] == "Official"}
    assert person in people


def test_a_name_of_one_word_after_an_initial_before_its_title() -> None:
    doc = run(
        "Visit\n\nThe delegation called on B. Tsogtbaatar, Chairman of the Mongolia - Cuba Friendship Group, "
        "and D. Ganbold, a deputy of the Mongolian parliament."
    )
    people = {e["id"] for e in doc["entities"] if e["label"] == "Official"}
    assert {"person:b-tsogtbaatar", "person:d-ganbold"} <= people


def test_a_bracketed_country_inside_a_title_chain() -> None:
    doc = run("Hội nghị\n\nBí thư Tỉnh ủy Tuyên Quang Hầu A Lềnh, Bí thư Tỉnh ủy Vân Nam (Trung Quốc) Vương Ninh dự.")
    people = {e["id"]: e for e in doc["entities"] if e["label"] == "Official"}
    assert people["person:vuong-ninh"]["properties"]["country"] == "CN"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Korea\n\nThe ambassador expressed the RoK side’s desire to sign several documents with the MoIT, including a "
            "Memorandum of Understanding (MoU) on a critical minerals centre.",
            "proposed",
        ),
        (
            "UAE\n\nTrong chuyến thăm, Bộ trưởng đã hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn, ký kết Bản ghi nhớ về "
            "hợp tác giữa Học viện Ngoại giao hai nước.",
            "signed",
        ),
        (
            "Japan\n\nThe two ministers witnessed the handover of a cooperation agreement between the Ministry of Industry "
            "and Trade and Japan's Ministry of Economy, Trade and Industry.",
            "signed",
        ),
        ("Thái Lan\n\nHai bên thống nhất thay thế Thỏa thuận ký năm 2015 giữa Việt Nam và Thái Lan.", "signed"),
    ],
)
def test_status_of_listed_coordinated_and_handed_over_documents(text: str, status: str) -> None:
    assert [a["properties"]["status"] for a in agreements(run(text))] == [status]


def test_a_trade_area_is_in_force_whatever_the_sentence_before_signed() -> None:
    doc = run(
        "Hàn Quốc\n\nHai Bộ trưởng đã ký kết biên bản ghi nhớ về cung cấp urê. Cùng ngày, Bộ trưởng hai nước đã "
        "tổ chức cuộc họp của Ủy ban chung Hiệp định thương mại tự do (FTA) Hàn-Việt."
    )
    fta = next(a for a in agreements(doc) if a["properties"]["type"] == "fta")
    assert fta["properties"]["status"] == "in_force"


def test_a_partnership_in_a_year_and_documents_of_other_kinds() -> None:
    doc = run(
        "Thái Lan\n\nHai bên tổ chức kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến lược trong năm 2023 giữa Việt "
        "Nam và Thái Lan. Hai doanh nghiệp đã ký kết hợp đồng mua bán điện giữa Tập đoàn Điện lực Việt Nam và "
        "Tập đoàn Điện lực Thái Lan."
    )
    kinds = {a["properties"]["type"] for a in agreements(doc)}
    assert kinds == {"partnership", "other"}


def test_today_in_brackets_and_a_day_no_page_gives_a_year() -> None:
    from datetime import date

    found = find_dates(
        "Trong khuôn khổ chuyến thăm, hôm nay (22/12), tại Phnom Penh, đoàn đã làm việc.", pub_date="2021-12-22"
    )
    assert [(d.text, d.start) for d in found] == [("hôm nay", "2021-12-22"), ("22/12", "2021-12-22")]
    [d] = find_dates("Ngày 13/7, đoàn đã làm việc với lãnh đạo tỉnh.")  # no year anywhere: the year it is read in
    assert d.inferred_year and d.start.endswith("-07-13")
    assert int(d.start[:4]) in (date.today().year, date.today().year - 1)


def test_a_delegation_leader_heads_the_body_named_before_and_a_bracketed_state() -> None:
    doc = run(
        "Làm việc\n\nNgày 22/12/2021, đoàn Bộ Công Thương đã làm việc với Bộ Thương mại Campuchia do Quốc vụ khanh "
        "Sok Sopheak làm trưởng đoàn. Sáng 13/11/2025, Bộ trưởng Nguyễn Hồng Diên làm việc với Hạ nghị sĩ Adrian "
        "Smith (bang Nebraska, Đảng Cộng hoà)."
    )
    held = positions(doc)
    assert ("person:sok-sopheak", "org:kh-moc") in held
    assert ("person:adrian-smith", "province:us-ne") in held
    assert not any(src == "person:adrian-smith" and dst == "country:vn" for src, dst in held)


def test_english_bodies_by_more_heads_and_the_party_in_both_languages() -> None:
    en = run(
        "Talks\n\nLiu Ning, member of the Communist Party of China (CPC) Central Committee, met officials of the "
        "Korea Customs Service and the Confederation of Netherlands Industry and Employers."
    )
    vi = run("Hội đàm\n\nÔng Vi Thao, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, đã tới Hà Nội.")
    orgs_en = {e["id"] for e in en["entities"] if e["label"] == "Organization"}
    orgs_vi = {e["id"] for e in vi["entities"] if e["label"] == "Organization"}
    assert "org:dang-cong-san-cn" in orgs_en & orgs_vi
    assert {"org:customs-service-kr", "org:confederation-of-netherlands-industry-and-employers"} <= orgs_en


# --- signings and visits as events of their own ------------------------------------------------------------------


def test_a_signing_is_an_event_with_its_signers_and_witnesses() -> None:
    doc = run(
        "Hợp tác năng lượng\n\nChiều 9/11/2023, tại Hà Nội, Bộ trưởng Công Thương Nguyễn Văn Bình đã hội đàm với "
        "Bộ trưởng Thương mại Malaysia Ahmad Faizal. Dưới sự chứng kiến của Thủ tướng Lê Văn Thành và Thủ tướng "
        "Malaysia Anwar Rahim, hai Bộ trưởng Nguyễn Văn Bình và Ahmad Faizal đã ký Bản ghi nhớ về hợp tác năng lượng."
    )
    by_kind = {e["properties"]["kind"]: e for e in events(doc)}
    assert set(by_kind) == {"meeting", "signing"}
    signing = by_kind["signing"]
    assert signing["properties"]["date"] == "2023-11-09"  # the day of the meeting it was part of
    assert {"person:nguyen-van-binh", "person:ahmad-faizal", "person:anwar-rahim"} <= attendees(doc, signing)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên sẽ ký Bản ghi nhớ về thương mại vào cuối năm.",
        "Bộ trưởng đề nghị thúc đẩy ký kết Bản ghi nhớ về thương mại.",
        "The memorandum is expected to be signed next month.",
    ],
)
def test_a_signing_planned_or_urged_is_no_event(sentence: str) -> None:
    doc = run(f"Thương mại\n\nBộ trưởng Công Thương Nguyễn Văn Bình tiếp Đại sứ Peter Holm. {sentence}")
    assert [e["properties"]["kind"] for e in events(doc)] == ["meeting"]


def test_a_visit_named_as_the_occasion_with_its_visitor_is_an_event_too() -> None:
    doc = run(
        "Làm việc với Bộ trưởng Singapore\n\nTrong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam từ ngày "
        "16 - 20/10/2022 của Tổng thống Singapore Mei Ling Tan, Bộ trưởng Công Thương Nguyễn Văn Bình đã làm việc "
        "với Bộ trưởng Thương mại Singapore Lim Wei Ming tại Hà Nội. Bộ trưởng Lim Wei Ming cũng đã gặp Bộ trưởng "
        "Nguyễn Văn Bình nhân dịp sang thăm Việt Nam."
    )
    by_kind = {e["properties"]["kind"]: e for e in events(doc)}
    assert set(by_kind) == {"meeting", "visit"}  # the second visit, named in passing, is background only
    assert attendees(doc, by_kind["visit"]) == {"person:mei-ling-tan"}
    assert by_kind["visit"]["properties"]["date"] == "2022-10-16"
    assert "person:mei-ling-tan" not in attendees(doc, by_kind["meeting"])


def test_an_undated_page_is_of_the_latest_year_it_speaks_of_not_a_target() -> None:
    text = (
        "Hôm qua (22/12), đoàn đã làm việc tại Phnom Penh. Năm 2020, kim ngạch đạt 5 tỷ USD; năm 2020 vượt mục "
        "tiêu. Tính đến tháng 11 năm 2021, kim ngạch đạt 8 tỷ USD. Hai bên phấn đấu đến năm 2025 đạt 20 tỷ USD."
    )
    day = next(d for d in find_dates(text) if d.text == "22/12")
    assert day.start == "2021-12-22"
    [anniversary] = [
        d for d in find_dates("Nhân kỷ niệm 30 năm quan hệ (1993-2023), ngày 13/6 hai bên hội đàm.") if d.text == "13/6"
    ]
    assert anniversary.start == "2023-06-13"


def test_a_dated_ceremony_of_the_lead_is_filled_by_who_attended_and_spoke() -> None:
    doc = run(
        "Ký kết hợp tác\n\nSáng 22/12/2024, UBND tỉnh tổ chức Lễ ký kết Bản thỏa thuận hợp tác giữa tỉnh Đắk Lắk và "
        "tỉnh Gyeonggi, Hàn Quốc. Tham dự buổi Lễ có Chủ tịch UBND tỉnh Trần Văn Nam. Ông Kim Dong Soo – Tỉnh "
        "trưởng tỉnh Gyeonggi phát biểu tại buổi lễ."
    )
    [signing] = events(doc)
    assert signing["properties"]["date"] == "2024-12-22"
    assert attendees(doc, signing) == {"person:tran-van-nam", "person:kim-dong-soo"}


def test_meetings_with_each_of_several_hosts_and_the_visit_they_were_part_of() -> None:
    doc = run(
        "Tăng cường hợp tác\n\nNgày 20/1/2022, trong chuyến thăm chính thức Lào, Bộ trưởng Bộ Ngoại giao Trần Văn "
        "Minh đã có các cuộc hội kiến với Thủ tướng Phankham Viphavanh, Chủ tịch Quốc hội Saysomphone Phomvihane."
    )
    by_kind: dict[str, list[dict]] = {}
    for e in events(doc):
        by_kind.setdefault(e["properties"]["kind"], []).append(e)
    assert sorted(sorted(attendees(doc, m)) for m in by_kind["meeting"]) == [
        ["person:phankham-viphavanh", "person:tran-van-minh"],
        ["person:saysomphone-phomvihane", "person:tran-van-minh"],
    ]
    [visit] = by_kind["visit"]
    assert attendees(doc, visit) == {"person:tran-van-minh"}


def test_an_english_attendance_list_cut_at_its_semicolons() -> None:
    doc = run(
        "Two provinces sign cooperation plan\n\nThe signing ceremony of the Cooperation Plan between Quang Binh "
        "Province and Savannakhet Province was held on August 5, 2024. Attending the signing ceremony were Mr. "
        "Santiphab Phomvihane, Governor of Savannakhet Province; Mr. Tran Thang, Chairman of the People's "
        "Committee of Quang Binh Province; Mr. Doan Ngoc Lam, Vice Chairman of the Provincial People's Committee."
    )
    [signing] = events(doc)
    assert signing["properties"]["date"] == "2024-08-05"
    assert {"person:santiphab-phomvihane", "person:tran-thang", "person:doan-ngoc-lam"} <= attendees(doc, signing)


def test_a_vietnamese_name_after_an_english_body_and_a_signing_told_in_the_passive() -> None:
    doc = run(
        "Agreement with Queensland\n\nThe deal was inked in Brisbane by Director of the Department of External "
        "Relations of Localities Tran Minh Duc and Deputy Secretary of Queensland’s Department of Trade Anna Berg "
        "on May 4, 2023."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Official"}
    assert "Tran Minh Duc" in names
    [signing] = events(doc)
    assert {"person:tran-minh-duc", "person:anna-berg"} <= attendees(doc, signing)
    doc = run(
        "Hợp tác khoáng sản\n\nBản thỏa thuận về khoáng sản đã được Bộ trưởng Nguyễn Văn Bình và ông Tom Wells, Bộ "
        "trưởng Tài nguyên Canada ký vào chiều ngày 5/3/2024."
    )
    [signing] = events(doc)
    assert signing["properties"]["date"] == "2024-03-05"
    assert attendees(doc, signing) == {"person:nguyen-van-binh", "person:tom-wells"}


def test_a_meeting_told_after_a_dated_visit_is_during_it() -> None:
    doc = run(
        "Hợp tác địa phương\n\nTừ ngày 11 đến 12/11/2024, Đại sứ Lê Văn Khánh đã tới thăm và làm việc tại tỉnh "
        "Vladimir. Tại cuộc gặp với ông Oleg Ivanov, Thống đốc tỉnh Vladimir, Đại sứ Lê Văn Khánh đã chia sẻ về "
        "hợp tác."
    )
    meeting = next(e for e in events(doc) if e["properties"]["kind"] == "meeting")
    assert meeting["properties"]["date"] == "2024-11-11"


def test_bare_provincial_bodies_are_the_page_s_province_s() -> None:
    doc = run(
        "Hội đàm với tỉnh Tochigi\n\nNgày 17/12/2025, tại tỉnh Phú Thọ, đồng chí Trần Văn An - Phó Bí thư Tỉnh ủy, "
        "Chủ tịch UBND tỉnh đã hội đàm với Thống đốc tỉnh Tochigi Fukuda Tomikazu. Hai tỉnh Phú Thọ và Tochigi "
        "nhất trí tăng cường hợp tác."
    )
    orgs = {e["id"]: e for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}
    assert orgs["org:ubnd-vn-68"]["name"] == "UBND tỉnh Phú Thọ"
    assert "UBND tỉnh" in orgs["org:ubnd-vn-68"]["aliases"]
    held = held_by(doc, "person:tran-van-an")
    assert held == {"org:ubnd-vn-68", "org:tinh-uy-vn-68"}


def test_a_foreign_governor_holds_his_post_in_the_province() -> None:
    doc = run(
        "Hợp tác với tỉnh Nagano\n\nÔng Trần Văn An đã tiếp ngài Abe Shuichi - Thống đốc tỉnh Nagano, Nhật Bản. "
        "Ông Somchai Keo - Phó Chủ tịch tỉnh Luang Prabang cũng tham dự."
    )
    held = positions(doc)
    provinces = {e["name"]: e["id"] for e in doc["entities"] if e["label"] == "Province"}
    assert ("person:abe-shuichi", provinces["Nagano"]) in held
    assert ("person:somchai-keo", provinces["Luông Pha Băng"]) in held


def test_plural_english_roles_before_a_list_of_names_and_a_city_in_lowercase() -> None:
    doc = run(
        "Trade mission\n\nThe delegation included state senators Mark Allen and Julia Stone, and state "
        "representatives Kim Lee-Ann and Tom Baker."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Official"}
    assert {"Mark Allen", "Julia Stone", "Kim Lee-Ann", "Tom Baker"} <= names
    doc = run("Tin\n\nTổng Lãnh sự quán Hàn Quốc tại thành phố Hồ Chí Minh đã tham dự.")
    assert {(e["name"], e["label"]) for e in doc["entities"] if e["label"] in ("Province", "Official")} == {
        ("Thành phố Hồ Chí Minh", "Province")
    }


def test_the_two_governments_two_provinces_sides_and_a_counterpart_s_country() -> None:
    doc = run(
        "Hợp tác năng lượng\n\nViệt Nam và Lào sẽ ký Hiệp định giữa Chính phủ hai nước về dự án đường ống dẫn dầu "
        "đi Khăm Muộn."
    )
    assert parties(doc, only_agreement(doc)) >= {"country:la"} and parties(doc, only_agreement(doc)) & {
        "country:vn",
        "org:vn-government",
    }
    doc = run(
        "Saudi Arabia and Vietnam sign MoU\n\nRIYADH: Saudi Arabia’s Foreign Minister Faisal Rahman signed a "
        "memorandum of understanding (MoU) with his Vietnamese counterpart Bui Van Son on Monday."
    )
    found = parties(doc, only_agreement(doc))  # the Saudi side as its ministry (its country only qualifies it)
    assert "country:vn" in found and any(p.endswith("-sa") for p in found)


def test_a_meeting_on_the_sidelines_of_a_dated_signing_and_initials_inside_a_sentence() -> None:
    doc = run(
        "Hoạt động tại Hoa Kỳ\n\nNgày 18/2/2026, tại Washington D.C. (Hoa Kỳ), Thủ tướng Lê Văn Thành đã chứng kiến lễ "
        "ký các hợp đồng. Bên lề lễ ký, Bộ trưởng Công Thương Trần Văn Hải đã có cuộc trao đổi với ông Mark "
        "Fisher, Trợ lý Bộ trưởng Bộ Thương mại Hoa Kỳ."
    )
    by_kind = {e["properties"]["kind"]: e for e in events(doc)}
    assert by_kind["signing"]["properties"]["date"] == "2026-02-18"
    assert attendees(doc, by_kind["signing"]) == {"person:le-van-thanh"}
    assert by_kind["meeting"]["properties"]["date"] == "2026-02-18"
    assert attendees(doc, by_kind["meeting"]) == {"person:tran-van-hai", "person:mark-fisher"}


def test_a_name_right_after_a_foreign_ministry_s_name() -> None:
    doc = run(
        "Hợp tác urê\n\nBộ Công nghiệp, thương mại và tài nguyên Hàn Quốc Park Jin-ho ngày 22/12/2021 đã ký kết biên "
        "bản ghi nhớ với Bộ trưởng Công Thương Việt Nam Trần Văn Hải."
    )
    [signing] = events(doc)
    assert attendees(doc, signing) == {"person:park-jin-ho", "person:tran-van-hai"}


def test_who_spoke_at_a_conference_and_a_caption_from_left_to_right() -> None:
    doc = run(
        "Hội nghị hợp tác biên giới\n\nTừ trái qua phải, Bí thư Tỉnh ủy Hà Giang Lê Văn Bình và Bí thư Tỉnh ủy Vân "
        "Nam (Trung Quốc) Vương Minh Huy. Tại hội nghị, Thứ trưởng Bộ Ngoại giao Trần Quốc Toản đề nghị hai bên "
        "tăng cường hợp tác."
    )
    [conference] = events(doc)
    assert attendees(doc, conference) == {"person:le-van-binh", "person:vuong-minh-huy", "person:tran-quoc-toan"}


def test_an_embassy_in_another_country_and_an_ambassador_at_his_country_s_embassy() -> None:
    doc = run(
        "Làm việc tại tỉnh Vladimir\n\nĐoàn Đại sứ quán Việt Nam tại Liên bang Nga đã làm việc tại tỉnh Vladimir. "
        "Ông Nguyễn Văn Sơn tiếp Đại sứ Ấn Độ Ravi Kumar."
    )
    orgs = {e["id"]: e for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}
    assert orgs["org:dai-su-quan-vn-in-ru"]["name"] == "Đại sứ quán Việt Nam tại Liên bang Nga"
    held = held_by(doc, "person:ravi-kumar")
    assert held == {"org:dai-su-quan-in"} and orgs["org:dai-su-quan-in"]["name"] == "Đại sứ quán Ấn Độ"


def test_a_country_s_adjective_before_a_title_names_its_ministry() -> None:
    doc = run(
        "Finance Minister visits Cuba\n\nFinance Minister Dinh Tien Dung is in Havana. During his talks with Cuban "
        "Minister of Finance and Prices Ana Maria Lopez on August 24, Dung said cooperation must grow."
    )
    ents = {e["id"]: e for e in doc["entities"]}
    [held] = held_by(doc, "person:ana-maria-lopez")
    assert ents[held]["name"] == "Ministry of Finance and Prices" and ents[held]["properties"]["country"] == "CU"


def test_a_minister_accompanying_a_state_visit_signs_as_part_of_it() -> None:
    doc = run(
        "Hợp tác với Trung Quốc\n\nNăm 2024, trong khuôn khổ chuyến công tác tháp tùng Tổng Bí thư, Chủ tịch nước "
        "Lê Văn Minh thăm cấp Nhà nước tới Trung Quốc từ ngày 18 - 20/8, Bộ trưởng Trần Văn Hải đã ký và trao đổi "
        "các văn kiện hợp tác."
    )
    [visit] = events(doc)
    assert visit["properties"]["kind"] == "visit" and visit["properties"]["date"] == "2024-08-18"
    assert attendees(doc, visit) == {"person:le-van-minh", "person:tran-van-hai"}


def test_signers_in_apposition_are_all_parties() -> None:
    doc = run(
        "Hợp tác nông nghiệp với Hungary\n\nNgày 12/5/2023, tại Budapest, Bộ trưởng Nông nghiệp và PTNT Việt Nam "
        "Lê Minh Hoan và ngài István Nagy, Bộ trưởng Nông nghiệp Hungary đã ký kết Bản ghi nhớ về hợp tác thú y "
        "dưới sự chứng kiến của Thủ tướng hai nước."
    )
    mou = only_agreement(doc)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert "org:mard" in parties(doc, mou)
    assert any("Hungary" in names[p] for p in parties(doc, mou) if p != "org:mard")
    assert "chứng kiến" not in mou["name"]


def test_a_body_s_name_ends_before_the_name_of_its_officer() -> None:
    doc = run(
        "Visit to Havana\n\nOn May 3, Minister Tran Van Hai met with Vice President of the Council of Ministers "
        "Jorge Luis Perez Soto in Havana."
    )
    ents = {e["id"]: e for e in doc["entities"]}
    assert "person:jorge-luis-perez-soto" in ents
    assert ents["org:council-of-ministers"]["name"] == "Council of Ministers"


def test_a_chamber_abroad_keeps_its_seat_and_its_chair_is_no_head_of_state() -> None:
    doc = run(
        "Business forum\n\nThe forum saw the presence of President of the Canadian Chamber of Commerce in Vietnam "
        "Mai Lan."
    )
    held = [r for r in doc["relations"] if r["type"] == "HOLDS_POSITION" and r["from"] == "person:mai-lan"]
    assert [r["to"] for r in held] == ["org:canadian-chamber-of-commerce-in-vietnam"]
    assert held[0]["properties"]["title"] == "Chủ tịch"


def test_the_same_day_is_a_meeting_of_its_own_on_that_day() -> None:
    doc = run(
        "Minister in Havana\n\nDuring his talks with Cuban Minister of Economy Ana Lopez on August 24, 2023, Minister "
        "Tran Van Hai said trade must grow. The same day, Minister Hai met with Vice President of the Council of "
        "Ministers Jorge Perez Soto."
    )
    found = {frozenset(attendees(doc, e)): e["properties"].get("date") for e in events(doc)}
    assert found.get(frozenset({"person:tran-van-hai", "person:jorge-perez-soto"})) == "2023-08-24"
    assert frozenset({"person:tran-van-hai", "person:ana-lopez"}) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisa Brandt, Canada's Minister of International Trade, met with Minister Tran Van Hai in Ottawa on June 5.",
        "Lisa Brandt, Canadian Minister of International Trade, met with Minister Tran Van Hai in Ottawa on June 5.",
    ],
)
def test_a_name_before_a_qualified_title(sentence: str) -> None:
    doc = run("Trade talks\n\n" + sentence, date="2024-06-20")
    [meeting] = events(doc)
    assert {"person:lisa-brandt", "person:tran-van-hai"} <= attendees(doc, meeting)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Le Van Nam welcomed Governor of Chungcheongbuk Province Park Min-soo on June 11.",
        "Vice President Le Thi Thu hosted a banquet for Cuban Vice President Salvador Ramos Ortega on June 9.",
    ],
)
def test_english_receptions_with_their_guests(sentence: str) -> None:
    doc = run("Reception\n\n" + sentence, date="2024-06-20")
    [meeting] = events(doc)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    guests = {names[p] for p in attendees(doc, meeting)}
    assert len(guests) == 2 and ("Park Min-soo" in guests or "Salvador Ramos Ortega" in guests), guests


def test_a_ministry_field_that_starts_like_a_family_name() -> None:
    doc = run(
        "Hội đàm\n\nChiều 6/12/2023, Bộ trưởng Lê Văn Hùng đã có cuộc hội đàm với Bộ trưởng Bộ Nông Lâm nghiệp Lào "
        "Bounmy Keola về hợp tác."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Official")}
    assert {"Bộ Nông Lâm nghiệp Lào", "Bounmy Keola"} <= names and "Nông Lâm" not in names


def test_english_companies_listed_with_their_countries() -> None:
    doc = run(
        "Deals\n\nA Letter of Intent was signed between Tata Videsh Limited, India and Vietnam Rubber Group. The MoU "
        "between KASI Bank Thailand and Bank for Investment and Development of Vietnam was signed."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Organization"}
    assert {"Tata Videsh Limited", "Vietnam Rubber Group", "KASI Bank Thailand"} <= names, names


def test_english_signed_between_after_an_adverb_and_both_the_countries() -> None:
    doc = run(
        "Pacts\n\nAn MoU was also signed between the Ministry of Agriculture of India and the Ministry of Agriculture "
        "and Rural Development of Vietnam in the field of animal health. Both the countries also signed an agreement "
        "on cooperation in customs matters."
    )
    by_type = {a["properties"]["type"]: a for a in agreements(doc)}
    assert parties(doc, by_type["mou"]) == {"org:mard", "org:ministry-of-agriculture-in"}
    assert parties(doc, by_type["agreement"]) == {"country:in", "country:vn"}


def test_the_two_capitals_are_the_two_cities() -> None:
    doc = run(
        "Hà Nội và Viêng Chăn ký kết hợp tác\n\nNgày 1/12/2025, Hà Nội và thủ đô Viêng Chăn (Lào) đã ký Bản ghi nhớ "
        "hợp tác giữa hai thủ đô."
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-hn", "province:la-vt"}


def test_english_worked_with_is_a_meeting() -> None:
    doc = run(
        "Provincial delegation in Japan\n\nOn June 19, a delegation led by Deputy Minister Tran Van Hai worked with "
        "Governor of Shizuoka Prefecture Suzuki Ichiro.",
        date="2024-06-20",
    )
    [meeting] = events(doc)
    assert attendees(doc, meeting) == {"person:tran-van-hai", "person:suzuki-ichiro"}
    assert meeting["properties"]["date"] == "2024-06-19"


def test_a_country_before_a_name_with_particles_and_a_bare_title_of_home() -> None:
    doc = run(
        "Thủ tướng tiếp Bộ trưởng Bộ Kinh tế Qatar\n\nVui mừng gặp lại Thủ tướng Chính phủ, Bộ trưởng Bộ Kinh tế "
        "Qatar Ali bin Ahmed Al-Kuwari cho biết đất nước sẽ phát triển dưới sự lãnh đạo của Thủ tướng Qatar Mohammed "
        "bin Abdulrahman Al Thani."
    )
    ents = {e["id"]: e for e in doc["entities"]}
    assert ents["person:ali-bin-ahmed-al-kuwari"]["label"] == "Official"
    assert any(e["name"] == "Bộ Kinh tế Qatar" for e in ents.values())
    for event in events(doc):  # the foreign prime minister is only mentioned: the headline's `Thủ tướng` is not him
        assert "person:mohammed-bin-abdulrahman-al-thani" not in attendees(doc, event)


def test_a_capitalised_state_cue_a_day_in_words_and_who_attended_the_signing() -> None:
    doc = run(
        "Chuyến thăm của Thống đốc\n\nNgày 19 tháng 10 năm 2015, Thống đốc Bang Washington Jay Inslee đã ký Ý định "
        "thư với Bộ Ngoại giao.\n\nĐại sứ Ted Osius, Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc đã tham dự lễ ký kết."
    )
    [signing] = [e for e in events(doc) if e["properties"]["kind"] == "signing"]
    assert attendees(doc, signing) == {"person:jay-inslee", "person:ted-osius", "person:ha-kim-ngoc"}
    held = held_by(doc, "person:jay-inslee")
    assert held == {"province:us-wa"}


@pytest.mark.parametrize(
    ("text", "day"),
    [("Ngày 19 tháng 10, ông đã ký.", "2015-10-19"), ("Chiều 2 tháng 9 ông tới.", "2015-09-02")],
)
def test_a_day_and_month_in_words(text: str, day: str) -> None:
    assert [d.start for d in find_dates(text, pub_date="2015-10-20")] == [day]


def test_months_and_days_of_a_duration_are_no_date() -> None:
    assert all(d.precision != "day" for d in find_dates("sau 3 tháng 10 ngày", pub_date="2015-10-20"))


def test_an_mou_is_a_new_document_and_both_sides_name_the_trade_agreements_countries() -> None:
    doc = run(
        "Pacts\n\nIndia and Vietnam signed an MoU on a line of credit. An MoU was also signed between the Ministry of "
        "Agriculture of India and the Ministry of Agriculture and Rural Development of Vietnam on animal health."
    )
    mous = [a for a in agreements(doc) if a["properties"]["type"] == "mou"]
    assert len(mous) == 2 and {"org:mard", "org:ministry-of-agriculture-in"} in [parties(doc, m) for m in mous]
    doc = run(
        "Thủ tướng tiếp Bộ trưởng Bộ Kinh tế Qatar\n\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Bộ Kinh tế Qatar Ali "
        "Kuwari tại Hà Nội. Bộ trưởng cho rằng hai bên cần sớm đàm phán Hiệp định thương mại tự do."
    )
    [fta] = [a for a in agreements(doc) if a["properties"]["type"] == "fta"]
    found = parties(doc, fta)
    assert len(found) == 2 and any(p.endswith("qa") for p in found), found


@pytest.mark.parametrize(
    ("text", "day"),
    [("Ngày 3.11, tại Long An, UBND tỉnh ký kết.", "2025-11-03"), ("Sáng 14.5.2024 ông tới.", "2024-05-14")],
)
def test_a_day_and_month_with_a_dot(text: str, day: str) -> None:
    assert [d.start for d in find_dates(text, pub_date="2025-11-04")] == [day]


@pytest.mark.parametrize("text", ["Giá tăng 3.11% trong năm.", "Ngày 3.5 triệu khách."])
def test_decimal_numbers_are_no_date(text: str) -> None:
    assert find_dates(text, pub_date="2025-11-04") == []


def test_meetings_listed_in_one_sentence_are_one_each() -> None:
    doc = run(
        "Bộ trưởng Ngoại giao Oman thăm Việt Nam\n\nNgày 13/6/2023, Bộ trưởng Ngoại giao Oman Badr Albusaidi đã chào "
        "Thủ tướng Chính phủ Phạm Minh Chính, hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn."
    )
    met = {frozenset(attendees(doc, e)) for e in events(doc) if e["properties"]["kind"] == "meeting"}
    assert frozenset({"person:badr-albusaidi", "person:pham-minh-chinh"}) in met
    assert frozenset({"person:badr-albusaidi", "person:bui-thanh-son"}) in met


def test_a_country_adjective_before_a_ministry_says_whose_it_is() -> None:
    doc = run(
        "Documents\n\nA Memorandum of Understanding between the Cambodian Ministry of Agriculture, Forestry and "
        "Fisheries and the Vietnamese Ministry of Agriculture and Rural Development was signed. Director of the Lao "
        "Cai Department of Industry and Trade Hoang Van Minh spoke, as did President of the Australian Chamber of "
        "Commerce in Vietnam Mai Lan."
    )
    ents = {e["id"]: e for e in doc["entities"]}
    mou = only_agreement(doc)
    assert "org:mard" in parties(doc, mou)
    [cambodian] = [p for p in parties(doc, mou) if p != "org:mard"]
    assert ents[cambodian]["name"] == "Ministry of Agriculture, Forestry and Fisheries"
    assert {"person:hoang-van-minh", "person:mai-lan"} <= set(ents)


def test_an_english_provincial_body_keeps_its_lowercase_province_word() -> None:
    doc = run("Visit\n\nLeaders of the People's Council of Binh Duong province received the guests.")
    [council] = [e for e in doc["entities"] if e["id"] == "org:hdnd-vn-57"]
    assert "People's Council of Binh Duong province" in {council["name"], *council.get("aliases", [])}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "President Tran Van Hai hosted an official welcome ceremony for Indonesian President Budi Santoso on "
            "June 12.",
            {"person:tran-van-hai", "person:budi-santoso"},
        ),
        (
            "Vietnam and Laos signed an agreement on power trade, witnessed by Prime Ministers Tran Van Hai and Khamla "
            "Sisouk, on June 10.",
            {"person:tran-van-hai", "person:khamla-sisouk"},
        ),
    ],
)
def test_english_receptions_ceremonies_and_witnesses(sentence: str, people: set[str]) -> None:
    doc = run("News\n\n" + sentence, date="2024-06-20")
    assert [attendees(doc, e) for e in events(doc)] == [people]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 20/7/2024, Thủ tướng Malaysia Anwar Ibrahim bắt đầu chuyến thăm chính thức Việt Nam theo lời mời của "
        "Thủ tướng Lê Văn Nam.",
        "Malaysian Prime Minister Anwar Ibrahim paid an official visit to Vietnam on July 20, 2024 at the invitation "
        "of Prime Minister Le Van Nam.",
    ],
)
def test_who_invited_is_not_on_the_visit(text: str) -> None:
    doc = run("Visit\n\n" + text)
    [visit] = events(doc)
    assert attendees(doc, visit) == {"person:anwar-ibrahim"}


def test_documents_listed_after_an_introduction_that_says_they_were_signed() -> None:
    doc = run(
        "Eight documents\n\nThe two prime ministers on Friday witnessed the exchange of eight cooperation documents.\n"
        "The documents include:\n1. MoU between the Ministry of Industry and Trade and the Ministry of Commerce of "
        "Thailand\n2. MoU between Siam Bank and Phu Tho Province\n",
        date="2025-05-16",
    )
    found = agreements(doc)
    assert len(found) == 2 and {a["properties"]["status"] for a in found} == {"signed"}


def test_documents_the_sides_still_push_to_negotiate_and_sign_are_planned() -> None:
    doc = run(
        "Hợp tác năng lượng\n\nHai bên cũng đang tiếp tục thúc đẩy tiến độ đàm phán và ký các hiệp định khác như: "
        "Hiệp định giữa Chính phủ hai nước về dự án đường ống dẫn dầu."
    )
    assert {a["properties"]["status"] for a in agreements(doc)} == {"planned"}


def test_malaysian_honorifics_and_a_byline_are_no_part_of_names() -> None:
    doc = run(
        "Visit\n\nBy Lee Min-ho\n\nHANOI, March 21 — Prime Minister Datuk Seri Ahmad Zaki Yusof and Foreign Minister "
        "Tan Sri Rahim Hassan met Prime Minister Le Van Nam."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Official"}
    assert {"Ahmad Zaki Yusof", "Rahim Hassan", "Le Van Nam"} <= names
    assert not any(n.startswith(("By ", "Seri ", "Datuk ")) for n in names), names


def test_a_provincial_delegation_listed_with_roles() -> None:
    doc = run(
        "Đoàn công tác tỉnh Hà Tĩnh thăm Lào\n\nTham gia đoàn công tác của tỉnh Hà Tĩnh có các đồng chí: Trần Văn An - "
        "Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh; Lê Văn Bình - Giám đốc Sở Công thương; Vi Thị Thu Hà - "
        "Phó Giám đốc Sở Ngoại vụ."
    )
    held = positions(doc)
    ents = {e["id"]: e for e in doc["entities"]}
    assert ("person:tran-van-an", "org:ubnd-vn-24") in held or any(
        f == "person:tran-van-an" and ents[t]["name"].startswith("UBND") for f, t in held
    ), held
    assert any(f == "person:le-van-binh" and ents[t]["name"].startswith("Sở Công thương") for f, t in held), held
    assert "person:vi-thi-thu-ha" in ents


def test_what_a_document_is_about_names_no_party() -> None:
    doc = run(
        "Deals\n\nFollowing their talks on October 1, 2024, Prime Minister Le Van Nam and Lao Prime Minister Sone "
        "Khamvong witnessed the signing of an agreement on the construction of the Lao National Assembly building."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert all("National Assembly" not in names.get(p, "") for p in parties(doc, only_agreement(doc)))


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Chairman of the Hue City People's Committee Tran Van Hai and Governor of Japan's Nara prefecture Sato "
            "Aiko signed a memorandum of understanding on May 3.",
            {"person:tran-van-hai", "person:sato-aiko"},
        ),
        (
            "Prime Minister Samdech Techo Hun Manet received Deputy Minister Tran Van Hai on May 3.",
            {"person:hun-manet", "person:tran-van-hai"},
        ),
        (
            "The briefing on May 3 covered Vietnamese PM Le Van Nam's visit to India.",
            {"person:le-van-nam"},
        ),
    ],
)
def test_english_possessives_and_cambodian_honorifics(sentence: str, people: set[str]) -> None:
    doc = run("News\n\n" + sentence, date="2024-06-20")
    assert [attendees(doc, e) for e in events(doc)] == [people]


def test_an_english_provincial_party_committee_is_the_page_s_province_s() -> None:
    doc = run(
        "Nghe An delegation visits France\n\nThe Nghe An delegation came to Paris. On May 3, Secretary of the "
        "provincial Party Committee Vo Thi Lan met Governor Le Van Nam."
    )
    held = held_by(doc, "person:vo-thi-lan")
    assert held == {"org:tinh-uy-vn-22"}


def test_english_titles_joined_by_and_with_curly_apostrophes_and_a_place_after_the_name() -> None:
    doc = run(
        "Khanh Hoa delegation\n\nSecretary of the Khanh Hoa provincial Party Committee and Chairman of the provincial "
        "People’s Committee Tran Van Tuan met Governor Anna Berg of Nebraska State on May 3."
    )
    held = positions(doc)
    assert {("person:tran-van-tuan", "org:tinh-uy-vn-34"), ("person:tran-van-tuan", "org:ubnd-vn-34")} <= held
    assert ("person:anna-berg", "province:us-ne") in held


def test_ministry_fields_after_and_and_a_ministry_abbreviated_after_its_title() -> None:
    doc = run(
        "News\n\nMinister Le Van Nam and Cambodian Deputy Prime Minister and Minister of Foreign Affairs and "
        "International Cooperation Sok Chenda co-chaired the meeting on December 9, 2025."
    )
    assert "person:sok-chenda" in {e["id"] for e in doc["entities"]}
    doc = run("Tin\n\nNgày 6/10/2025, Bộ trưởng NNPTNT Trần Văn Hải tiếp ông Sato Kenji tại Hà Nội.")
    held = held_by(doc, "person:tran-van-hai")
    assert held == {"org:mard"}


def test_an_english_dateline_day_without_a_year_dates_the_lead() -> None:
    doc = run(
        "Malaysia, Vietnam exchange documents\n\nHANOI, March 21 — Prime Minister Ahmad Zaki Yusof and his Vietnamese "
        "counterpart Le Van Nam today witnessed several initiatives.\n\nAt a ceremony, the two leaders witnessed the "
        "signing of documents by Foreign Minister Rahim Hassan and Foreign Minister Tran Van Hai.\n\nTrade reached "
        "USD 13 billion in 2021."
    )
    dates = {e["properties"].get("date") for e in events(doc)}
    assert dates == {"2021-03-21"}, dates  # (the latest year the page speaks of)


def test_the_documents_of_one_ceremony_are_one_signing_with_all_who_signed() -> None:
    doc = run(
        "Documents exchanged\n\nOn March 21, 2022, Prime Minister Ahmad Zaki Yusof and Prime Minister Le Van Nam "
        "witnessed the signing of several documents. Foreign Minister Rahim Hassan exchanged a letter of intent with "
        "his Vietnamese counterpart Tran Van Hai. Attorney General Lim Wei Ming exchanged documents on legal "
        "cooperation with Law Minister Do Van Son."
    )
    signings = [e for e in events(doc) if e["properties"]["kind"] == "signing"]
    assert len(signings) == 1 and signings[0]["properties"]["date"] == "2022-03-21"
    assert {"person:rahim-hassan", "person:tran-van-hai", "person:lim-wei-ming", "person:do-van-son"} <= attendees(
        doc, signings[0]
    )


def test_a_delegation_s_visit_is_its_leader_s() -> None:
    doc = run(
        "Vinh Phuc seeks French partners\n\nA delegation from the northern province of Vinh Phuc visited France "
        "from December 11-13, 2024 to promote investment.\n\nThe delegation, led by Secretary of the provincial Party "
        "Committee Tran Thi Mai, worked with leaders of the Normandy region."
    )
    visits = [e for e in events(doc) if e["properties"]["kind"] == "visit"]
    assert [attendees(doc, v) for v in visits] == [{"person:tran-thi-mai"}]


def test_a_working_trip_and_what_the_two_sides_signed_during_it() -> None:
    doc = run(
        "Khanh Hoa in Australia\n\nA delegation from Khanh Hoa led by Chairman of the provincial People's Committee "
        "Tran Van Tuan is on a working trip to Australia from July 23-28, 2023.\n\nOn July 24, the two sides signed a "
        "plan to implement their Memorandum of Understanding."
    )
    found = {(e["properties"]["kind"], e["properties"].get("date")): attendees(doc, e) for e in events(doc)}
    assert found == {
        ("visit", "2023-07-23"): {"person:tran-van-tuan"},
        ("signing", "2023-07-24"): {"person:tran-van-tuan"},
    }


def test_documents_signed_after_talks_of_two_premiers_are_their_countries() -> None:
    doc = run(
        "Laos, Vietnam ink deals\n\nPrime Minister Sone Khamvong and his Vietnamese counterpart Le Van Nam held "
        "talks in Hanoi on October 1, 2024. Following their talks, the two premiers witnessed the signing of a "
        "cooperation agreement on education and human resource development."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:la"}


def test_a_partnership_is_two_countries_framework_once() -> None:
    doc = run(
        "Thailand, Vietnam\n\nThai Prime Minister Anan Suksri visited Vietnam on May 16, 2025. He said the visit "
        'marked the beginning of a "comprehensive strategic partnership". Both sides will implement the '
        "comprehensive strategic partnership framework (2025 - 2030)."
    )
    [partnership] = [a for a in agreements(doc) if a["properties"]["type"] == "partnership"]
    assert parties(doc, partnership) == {"country:vn", "country:th"}


def test_fifty_years_before_a_partnership_is_no_count_of_documents() -> None:
    doc = run(
        "Tin\n\nChuyến thăm góp phần củng cố quan hệ ngoại giao 50 năm Đối tác chiến lược toàn diện giữa Việt Nam và "
        "Ấn Độ."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:in"}


def test_a_foreign_minister_serves_his_country_s_foreign_ministry() -> None:
    doc = run("News\n\nMinister of Foreign Affairs Tran Van Hai met Chinese Foreign Minister Wang Yi on May 9, 2025.")
    held = positions(doc)
    assert held == {("person:tran-van-hai", "org:mofa"), ("person:wang-yi", "org:cn-mfa")}
    assert {"org:mofa", "org:cn-mfa"} <= {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        (
            "Vo Van An, chairman of the HCM City People’s Council, said on May 3 that Japan is a key partner.",
            "person:vo-van-an",
            "org:hdnd-vn-sg",
        ),
        (
            "The ceremony on May 3 was attended by Tran Van Hai, general-secretary of the Communist Party of Vietnam.",
            "person:tran-van-hai",
            "org:cpv",
        ),
        (
            "Chairman of the Vietnamese National Assembly (NA) Tran Van Hai hosted Governor Ivan Petrov on May 3.",
            "person:tran-van-hai",
            "org:vn-national-assembly",
        ),
        (
            "On May 3, NA Chairman Tran Van Hai received Governor Ivan Petrov.",
            "person:tran-van-hai",
            "org:vn-national-assembly",
        ),
    ],
)
def test_english_roles_after_a_name_and_bodies_titles_name(sentence: str, person: str, body: str) -> None:
    doc = run("News\n\n" + sentence)
    held = held_by(doc, person)
    assert held == {body}


def test_what_follows_the_parties_between_names_no_party_and_minutes_are_documents() -> None:
    doc = run(
        "Power deal\n\nA Memorandum of Understanding (M.O.U) on collaboration between Sarawak Energy Berhad and "
        "Vietnam Electricity on the ASEAN Power Grid was signed on May 3, 2025."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    found = {names.get(p, p) for p in parties(doc, only_agreement(doc))}
    assert any("Sarawak Energy Berhad" in n for n in found) and not any("ASEAN" in n for n in found), found
    doc = run(
        "Hợp tác kế hoạch\n\nNgày 24/2/2025, Bộ trưởng hai Bộ đã ký biên bản cuộc họp lần thứ 5 giữa Bộ Kế hoạch và "
        "Đầu tư và Bộ Kế hoạch Campuchia."
    )
    assert only_agreement(doc)["properties"]["type"] == "other"


def test_a_date_long_past_dates_no_meeting_of_the_day() -> None:
    doc = run(
        "Agencies\n\nOn November 13, 2025, Deputy Prime Minister Tran Van Hai received Director Somchai Kham. "
        "Somchai Kham thanked Viet Nam for its help in his agency's establishment on January 6, 1968. Earlier the "
        "same day, Director Le Thi Mai and Somchai Kham held talks."
    )
    assert {e["properties"].get("date") for e in events(doc)} == {"2025-11-13"}


def test_a_possessor_s_visit_is_his_and_the_two_leaders_met() -> None:
    doc = run(
        "Malaysia, Vietnam\n\nPrime Minister Ahmad Zaki Yusof and Prime Minister Le Van Hung witnessed the exchange "
        "of three documents on May 25, 2025. The exchange ceremony followed a bilateral meeting between the two "
        "leaders, in conjunction with Hung’s official visit to Malaysia. Prof Sufian Jusoh attended."
    )
    found = {e["properties"]["kind"]: attendees(doc, e) for e in events(doc)}
    assert found["visit"] == {"person:le-van-hung"}
    assert found["meeting"] == {"person:le-van-hung", "person:ahmad-zaki-yusof"}
    assert "person:sufian-jusoh" in {e["id"] for e in doc["entities"]}


def test_a_body_described_in_lowercase_before_its_country() -> None:
    doc = run(
        "Tin\n\nNgày 21/10/2025, Chủ tịch nước Lê Văn Nam và Tổng thống Phần Lan Alexander Stubb chứng kiến lễ ký Biên "
        "bản ghi nhớ giữa Bộ Tài chính Việt Nam và Cơ quan tín dụng xuất khẩu Phần Lan (Finnvera). Các cơ quan chức "
        "năng sẽ phối hợp."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}
    assert "Cơ quan tín dụng xuất khẩu Phần Lan" in names
    assert not any(n.lower().startswith("cơ quan chức năng") for n in names)


def test_an_unqualified_minister_with_a_foreign_name_serves_no_ministry_of_ours() -> None:
    doc = run(
        "Korea-Vietnam talks\n\nThe Ministry of Foreign Affairs in Seoul said on April 16, 2025 that Minister of "
        "Foreign Affairs Cho Tae-yul held talks with Vietnamese Minister of Foreign Affairs Bui Thanh Son in Hanoi."
    )
    held = positions(doc)
    assert ("person:cho-tae-yul", "org:mofa") not in held


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The two sides discussed cooperation in high-speed rail and seaports.", "topic:transport_infrastructure"),
        ("Hai bên hợp tác trong lĩnh vực giáo dục đào tạo, nâng cao nguồn nhân lực.", "topic:workforce_training"),
        ("The MoU covers animal health and livestock.", "topic:agriculture"),
        ("Hai bên tăng cường hợp tác trong lĩnh vực nông lâm ngư nghiệp.", "topic:fisheries"),
    ],
)
def test_topics_as_cooperation_fields_are_written(text: str, topic: str) -> None:
    doc = run("Tin\n\n" + text)
    assert topic in {e["id"] for e in doc["entities"]}


def test_whom_the_subject_received_is_no_title_of_his() -> None:
    doc = run(
        "Tin\n\nTiếp Đại sứ Nhật Bản tại Việt Nam, Thủ tướng Chính phủ Lê Văn Nam đề nghị Nhật Bản hỗ trợ xăng dầu."
    )
    held = held_by(doc, "person:le-van-nam")
    assert held == {"org:vn-government"}


def test_his_visit_is_the_subject_s() -> None:
    doc = run(
        "Rostov\n\nChairman of the National Assembly Tran Van Hai hosted a reception for Governor of Rostov region "
        "Ivan Petrov on September 10, 2024 as part of his ongoing official visit to Russia."
    )
    visits = [e for e in events(doc) if e["properties"]["kind"] == "visit"]
    assert [attendees(doc, v) for v in visits] == [{"person:tran-van-hai"}]


@pytest.mark.parametrize(
    "text",
    ["Đoàn công tác tỉnh Bà Rịa-Vũng Tàu thăm Perth. Bà Nguyễn Thị Yến dẫn đầu.", "Ba Ria – Vung Tau and Rostov met."],
)
def test_a_province_joined_by_any_dash_and_ba_of_ba_ria_is_no_honorific(text: str) -> None:
    doc = run("Tin\n\n" + text)
    ids = {e["id"] for e in doc["entities"]}
    assert "province:vn-43" in ids
    assert not any(i.startswith("person:ria") for i in ids)


def test_what_the_two_premiers_witnessed_is_a_signing_of_theirs() -> None:
    doc = run(
        "Laos, Vietnam\n\nPrime Minister Sone Khamvong and his Vietnamese counterpart Le Van Hung held talks in Hanoi "
        "on October 1, 2024. They reviewed trade. They discussed energy. They praised ties. Following their talks, "
        "the two premiers witnessed the signing of eight agreements."
    )
    signings = [e for e in events(doc) if e["properties"]["kind"] == "signing"]
    assert [attendees(doc, s) for s in signings] == [{"person:sone-khamvong", "person:le-van-hung"}]


def test_a_foreign_embassy_here_is_the_one_its_ambassador_heads() -> None:
    doc = run(
        "Tin\n\nĐại sứ quán Úc tại Việt Nam cùng Đại sứ quán Việt Nam tại Liên bang Nga dự lễ. Đại sứ Úc Andrew "
        "Goledzinowski phát biểu tại Hà Nội."
    )
    orgs = {e["id"]: e for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}
    assert "Đại sứ quán Úc tại Việt Nam" in orgs["org:dai-su-quan-au"]["aliases"]
    assert "org:dai-su-quan-vn-in-ru" in orgs
    held = {body for _, body in positions(doc)}
    assert "org:dai-su-quan-au" in held


def test_a_foreign_ministry_named_by_its_fields_after_and() -> None:
    doc = run(
        "News\n\nCambodian Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Sok "
        "Chenda met Minister Le Van Hung on December 9, 2025."
    )
    held = held_by(doc, "person:sok-chenda")
    assert "org:ministry-of-foreign-affairs-and-international-cooperation-kh" in held


def test_a_bare_title_with_the_parties_of_the_only_other_document_is_that_document() -> None:
    doc = run(
        "Da Nang and Seoul sign cooperation pact\n\nDa Nang and Seoul signed a new memorandum of understanding "
        "today, creating a framework for cooperation in tourism and trade.\n\nThe authorities of Da Nang and Seoul "
        "on November 4 signed a memorandum of understanding on cooperation between the two cities."
    )
    mou = only_agreement(doc)
    assert parties(doc, mou) == {"province:vn-dn", "province:kr-11"}
    assert mou["properties"]["date"].endswith("-11-04")


def test_a_document_between_the_bodies_of_the_two_cities_is_the_two_cities() -> None:
    lead = "Leaders of Hue and Vientiane met on May 4. "
    doc = run(
        lead + "Hue is ready to work with Vientiane to speed up the signing of a Memorandum of Understanding on "
        "cooperation between the elected bodies of the two cities."
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-26", "province:la-vt"}
    doc = run(
        lead + "The two sides signed an agreement on heritage cooperation between the authorities of both cities."
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-26", "province:la-vt"}


def test_a_document_no_mention_gives_a_party_of_is_between_the_sides_of_the_main_meeting() -> None:
    doc = run(
        "Finance ministers of Vietnam and Chile meet\n\nHanoi (VNA) - Minister of Finance Ho Duc Phoc on March 9 "
        "received Chilean Minister of Finance Mario Marcel in Hanoi.\n\nHe suggested that both sides focus on "
        "customs reform and training as part of the Memorandum of Understanding on cooperation for 2024-2028."
    )
    mou = only_agreement(doc)
    assert parties(doc, mou) == {"org:mof", "org:ministry-of-finance-cl"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance minister visits Chile\n\nMinister of Finance Ho Duc Phoc paid an official visit to Chile from "
            "May 12-14 to boost financial cooperation.\n\nHe suggested that both sides focus on customs reform as part "
            "of the Memorandum of Understanding on cooperation for 2024-2028.",
            {"org:mof", "country:cl"},
        ),
        (
            "Thủ tướng tiếp Bộ trưởng Kinh tế Chile\n\nChiều 5/6, Thủ tướng tiếp Bộ trưởng Bộ Kinh tế Chile Nicolás "
            "Grau.\n\nThủ tướng đề nghị doanh nghiệp Chile tăng đầu tư vào Việt Nam; hai bên cần sớm hoàn tất Hiệp "
            "định khuyến khích và bảo hộ đầu tư.",
            {"country:vn"},
        ),
    ],
)
def test_a_document_of_a_one_sided_meeting_is_between_that_side_and_the_other(text: str, expected: set[str]) -> None:
    doc = run(text)
    found = parties(doc, only_agreement(doc))
    assert expected <= found and len(found) == 2


def test_documents_signed_together_are_each_their_own_node_with_the_status_of_the_signing() -> None:
    doc = run(
        "Cambodia and Vietnam sign deals\n\nAfter their talks on Tuesday, Prime Minister Hun Manet and Prime "
        "Minister Pham Minh Chinh witnessed the signing of six agreements.\n\nThe documents included an agreement on "
        "the upgrade of a border gate between Cambodia and Vietnam, and a cooperation agreement on education between "
        "Cambodia and Vietnam. A cooperation agreement on health and an MOU on aviation development were also "
        "signed."
    )
    found = {a["name"]: a for a in agreements(doc)}
    assert len({a["id"] for a in found.values()}) == len(found) == 4, list(found)
    assert "MOU on aviation development" in found and "cooperation agreement on health" in found
    assert {a["properties"]["status"] for a in found.values()} == {"signed"}


def test_coordinated_documents_share_the_parties_written_after_the_last() -> None:
    doc = run(
        "Border documents\n\nThe ministers reviewed the Agreement and the Protocol between the Government of the "
        "Kingdom of Cambodia and the Government of the Socialist Republic of Vietnam on Road Transport."
    )
    found = agreements(doc)
    assert len(found) == 2, [a["name"] for a in found]
    assert parties(doc, found[0]) == parties(doc, found[1]) and len(parties(doc, found[0])) == 2


@pytest.mark.parametrize(
    "phrase",
    [
        "comprehensive strategic cooperative partnership",
        "strategic cooperation partnership",
        "extensive strategic partnership",
    ],
)
def test_partnerships_as_their_modifiers_name_them(phrase: str) -> None:
    doc = run(
        f"Leaders meet\n\nThe leaders of Japan and Vietnam agreed to deepen the {phrase} between the two countries."
    )
    found = only_agreement(doc)
    assert found["properties"]["type"] == "partnership"
    assert parties(doc, found) == {"country:jp", "country:vn"}


def test_documents_counted_right_after_a_signing_was_told_are_signed() -> None:
    doc = run(
        "Laos, Vietnam sign deals\n\nThe signing ceremony was witnessed by the prime ministers of Laos and Vietnam "
        "after their talks in Vientiane.\n\nThose three documents include the MoU on fisheries cooperation, the MoU "
        "on road construction and the MoU on health."
    )
    found = agreements(doc)
    assert len(found) == 3 and {a["properties"]["status"] for a in found} == {"signed"}


def test_a_body_of_both_countries_is_ours_and_the_other_country_s() -> None:
    doc = run(
        "Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản\n\nBộ trưởng Bùi Thanh Sơn đề nghị hai bên trao đổi để ký lại "
        "Nghị định thư về hợp tác giữa Bộ Ngoại giao hai nước, thúc đẩy quan hệ Việt Nam - Nhật Bản."
    )
    assert parties(doc, only_agreement(doc)) == {"org:mofa", "country:jp"}


def test_the_body_a_signer_acts_for_is_the_party_not_his_department() -> None:
    doc = run(
        "Bộ Công Thương ký ý định thư\n\nNgày 5/11, đại diện cho Bộ Công Thương, ông Trần Văn An, Vụ trưởng Vụ "
        "Hợp tác quốc tế đã ký Ý định thư về hợp tác năng lượng với Tổ chức Lao động Quốc tế."
    )
    found = parties(doc, only_agreement(doc))
    assert "org:moit" in found and not any("vu-hop-tac" in p for p in found)


def test_the_bodies_that_hold_a_signing_ceremony_sign() -> None:
    doc = run(
        "Bình Định ký kết hợp tác\n\nSáng 10/11, UBND tỉnh Bình Định và Chính quyền tỉnh Gyeonggi tổ chức Lễ ký "
        "kết Bản ghi nhớ hợp tác về thương mại và du lịch."
    )
    assert {"org:ubnd-vn-31", "org:chinh-quyen-kr-41"} <= parties(doc, only_agreement(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Đà Nẵng and Primorsky Krai boost ties\n\nThe Governor of Primorsky Krai visited Da Nang on Monday. The "
        "cooperation agreement signed between the Russian region and Da Nang city in 2019 is being implemented.",
        "Đà Nẵng làm việc với Primorsky\n\nChiều 5/6, lãnh đạo Đà Nẵng tiếp đoàn vùng Primorsky (Nga). Hai bên "
        "đánh giá cao Thỏa thuận hợp tác giữa Đà Nẵng và vùng bạn ký năm 2019.",
    ],
)
def test_a_province_named_by_its_country_s_adjective_or_as_the_partner_is_a_party(text: str) -> None:
    doc = run(text)
    assert {"province:ru-pri", "province:vn-dn"} <= parties(doc, only_agreement(doc))


def test_a_document_signed_by_two_ministries_is_not_also_their_countries_s() -> None:
    doc = run(
        "Việt Nam và Singapore ký bản ghi nhớ\n\nNgày 25/2, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng "
        "Bộ Công Thương Singapore Tan See Leng đã ký Bản ghi nhớ về hợp tác trong lĩnh vực năng lượng.\n\nBộ trưởng "
        "Nguyễn Hồng Diên và Bộ trưởng Tan See Leng ký Bản ghi nhớ về hợp tác trong lĩnh vực năng lượng giữa Việt Nam "
        "và Singapore"
    )
    found = parties(doc, only_agreement(doc))
    assert "org:moit" in found and not {"country:vn", "country:sg"} & found and len(found) == 2


def test_trade_agreements_named_by_their_acronyms_one_after_another_are_each_their_own() -> None:
    doc = run(
        "Vietnam, Chile talk trade\n\nThe ministers of Vietnam and Chile vowed to make good use of the regional "
        "trade agreements both sides take part in, such as RCEP and CPTPP, and to conclude a CEPA soon."
    )
    names = {a["name"] for a in agreements(doc)}
    assert {"RCEP", "CPTPP"} <= names and any("CEPA" in n for n in names)
    assert all(a["properties"]["type"] == "fta" for a in agreements(doc))


def test_english_trade_agreements_named_in_full_with_their_acronyms_one_after_another_are_each_their_own() -> None:
    doc = run(
        "Vietnam, Peru eye more trade\n\nVietnam and Peru should use the free trade agreements to which both are "
        "signatories, including the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) "
        "and the Regional Comprehensive Economic Partnership (RCEP)."
    )
    names = sorted(a["name"] for a in agreements(doc))
    assert len(names) == 2 and names[0].endswith("(CPTPP)") and "RCEP" in names[1]
    assert all(a["properties"]["type"] == "fta" for a in agreements(doc))


def test_an_english_trade_agreement_s_acronym_closes_its_name_before_what_the_sentence_goes_on_to() -> None:
    doc = run(
        "Canada, Vietnam\n\nCanada and Vietnam will build on the Comprehensive and Progressive Agreement for "
        "Trans-Pacific Partnership (CPTPP) and collaboration through the Asia-Pacific Economic Cooperation (APEC) forum."
    )
    fta = only_agreement(doc)
    assert fta["name"].endswith("(CPTPP)")
    assert parties(doc, fta) == {"country:ca", "country:vn"}


def test_an_english_title_ends_before_a_coordinated_document_named_before_its_head() -> None:
    doc = run(
        "Vietnam, Japan\n\nVietnam and Japan signed a memorandum of understanding on energy and the Japan-Vietnam "
        "Agreement on Labour."
    )
    names = {a["properties"]["type"]: a["name"] for a in agreements(doc)}
    assert names == {"mou": "memorandum of understanding on energy", "agreement": "Japan-Vietnam Agreement on Labour"}


def test_plural_memorandums_name_no_document_of_their_own_but_their_purpose_after_the_verb_does() -> None:
    doc = run(
        "Cambodia, Vietnam sign deals\n\nOfficials from Cambodia and Vietnam signed five memorandums of "
        "understanding (MoU) during a ceremony on Thursday.\n\nMoUs were signed to strengthen economic ties."
    )
    assert [a["name"] for a in agreements(doc)] == ["MoUs to strengthen economic ties"]


def test_a_period_before_a_document_is_no_count_of_documents() -> None:
    doc = run(
        "Joint Commission meets\n\nAt the meeting of the Vietnam-Thailand Joint Commission, the two sides reviewed "
        "the implementation of the 2022-25 action plan to implement the Vietnam - Thailand strategic partnership."
    )
    plans = [a for a in agreements(doc) if a["properties"]["type"] == "action_plan"]
    assert len(plans) == 1 and parties(doc, plans[0]) >= {"country:vn", "country:th"}


def test_a_lead_document_with_other_parties_is_not_the_body_s_document() -> None:
    doc = run(
        "Ngày 5/11, Bộ trưởng Lê Minh Hoan đã ký kết Ý định thư giữa Bộ Nông nghiệp và Phát triển nông thôn và Bộ "
        "Ngoại giao Cộng hòa Gabon về hợp tác trong lĩnh vực cà phê.\n\nTiếp đó, Bộ Nông nghiệp và Phát triển nông "
        "thôn đã ký Ý định thư về hợp tác nông nghiệp ba bên với Tổ chức Lao động Quốc tế."
    )
    letters = agreements(doc)
    assert len(letters) == 2, [a["name"] for a in letters]
    assert any("org:ilo" in parties(doc, a) for a in letters)
    assert any(any(p.endswith("-ga") for p in parties(doc, a)) for a in letters)


@pytest.mark.parametrize(
    "text",
    [
        "Finance ministers meet\n\nThe ministers of Vietnam and Laos agreed to train treasury staff as part of the "
        "Memorandum of Understanding on cooperation for 2021-2025.",
        "Hai Bộ Tài chính làm việc\n\nHai bên thống nhất đào tạo cán bộ kho bạc trong khuôn khổ Bản ghi nhớ hợp tác "
        "giữa Bộ Tài chính Việt Nam và Bộ Tài chính Lào giai đoạn 2021-2025.",
    ],
)
def test_what_is_done_within_a_document_is_done_under_a_document_in_force(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Port ties\n\nLeaders of Hai Phong City and Kobe City of Japan held a ceremony under the online form to "
        "sign a memorandum of understanding on port cooperation on March 3, 2022.",
        "Tourism ties\n\nDa Nang and Busan held a ceremony under the witness of mayors to sign a memorandum of "
        "understanding on tourism cooperation.",
    ],
)
def test_under_the_witness_or_form_of_a_signing_is_no_document_in_force(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Gạo viện trợ\n\nNgày 4/3, Việt Nam đã bàn giao 300 tấn gạo cho Mozambique theo một thỏa thuận giữa Bộ Công "
        "Thương Việt Nam và Bộ Thương mại Mozambique.",
        "Hai tỉnh gặp gỡ\n\nÔng Tanaka nhắc lại quan hệ giữa hai tỉnh Nghệ An và Shizuoka trong 8 năm qua thông qua "
        "Bản thỏa thuận hợp tác hữu nghị đã đạt nhiều kết quả.",
        "Leaders meet\n\nThe presidents of Kenya and Chile discussed boosting trade through their Joint Commission’s "
        "action plan between Kenya and Chile.",
    ],
)
def test_a_document_a_thing_is_done_through_or_by_is_in_force(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Tín dụng ưu đãi\n\nBộ trưởng đề nghị Kenya sớm gửi danh mục dự án theo Hiệp định khung về tín dụng vừa được "
        "hai bên ký kết vào tháng 3/2024 giữa Việt Nam và Kenya.",
        "Tuyên bố chung\n\nHai nhà lãnh đạo nhất trí thông qua Tuyên bố chung về nâng cấp quan hệ Việt Nam - Kenya.",
    ],
)
def test_a_document_just_signed_or_adopted_is_signed_whatever_it_provides_for(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya and Chile eye closer ties\n\nThe Kenya-Chile Free Trade Agreement (KCFTA) would create jobs in both "
            "countries, the minister said.",
            "planned",
        ),
        (
            'Kenya and Ghana eye closer ties\n\n"A Memorandum of Understanding between Kenya and Ghana on fisheries '
            'would expand trade," an official said.',
            "planned",
        ),
        (
            "Kenya and Chile eye closer ties\n\nThe ratification of the Kenya-Chile Free Trade Agreement would create "
            "jobs in both countries, the minister said.",
            "in_force",
        ),
    ],
)
def test_a_document_subject_of_a_conditional_is_ahead(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya and Peru eye closer trade\n\nThe two trade ministers discussed a bilateral free trade agreement "
            "between Kenya and Peru to lift trade in coffee and copper.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer trade\n\nThe talks in Nairobi laid the groundwork for a future free trade "
            "agreement between Kenya and Peru.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer trade\n\nThe two trade ministers discussed the Kenya-Peru Free Trade Agreement "
            "and its benefits for coffee exporters.",
            "in_force",
        ),
        (
            "Kenya and Peru eye closer trade\n\nKenya and Peru have a free trade agreement that cut tariffs on "
            "coffee and copper.",
            "in_force",
        ),
    ],
)
def test_a_trade_agreement_named_by_an_indefinite_article_is_not_yet_in_force(text: str, status: str) -> None:
    doc = run(text)
    fta = next(a for a in agreements(doc) if a["properties"]["type"] == "fta")
    assert fta["properties"]["status"] == status


def test_documents_told_as_already_signed_stand() -> None:
    doc = run(
        "Kenya and Peru hold trade talks\n\nAt the talks in Lima, Minister Otieno said Kenya and Peru already signed "
        "agreements on air services, maritime transport and tourism promotion."
    )
    got = agreements(doc)
    assert len(got) == 3
    assert {a["properties"]["status"] for a in got} == {"in_force"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya and Peru hold trade talks\n\nThe ministers agreed to effectively carry out already signed "
            "agreements, including the agreement on fisheries cooperation between Kenya and Peru.",
            "in_force",
        ),
        (
            "Kenya and Peru hold trade talks\n\nAfter the talks in Lima, Kenya and Peru signed an agreement on "
            "fisheries cooperation.",
            "signed",
        ),
    ],
)
def test_a_signing_told_as_before_now_is_a_document_that_stands(text: str, status: str) -> None:
    doc = run(text)
    fisheries = next(a for a in agreements(doc) if "fisheries" in a["name"])
    assert fisheries["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya and Peru eye closer ties\n\nKenya hopes to expand farm trade with Peru by signing a Memorandum of "
            "Understanding on agricultural cooperation with Peru, the ambassador said.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer ties\n\nThe ambassador suggested that the two countries step up fisheries "
            "cooperation and soon sign an MoU on fisheries cooperation.",
            "proposed",
        ),
        (
            "Kenya và Peru thúc đẩy hợp tác\n\nHiệp hội Nông dân Kenya mong muốn được ký kết thỏa thuận hợp tác với "
            "Phòng Thương mại Peru trong thời gian tới.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer ties\n\nKenya hoped for closer trade, and on Monday the two countries signed a "
            "Memorandum of Understanding on agricultural cooperation.",
            "signed",
        ),
    ],
)
def test_a_signing_wished_or_proposed_is_proposed(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya và Peru thúc đẩy thương mại\n\nHai Bộ trưởng nhấn mạnh sự cần thiết thúc đẩy sớm đàm phán Hiệp định "
            "thương mại tự do giữa Kenya và Peru.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer ties\n\nThe minister underlined the need for the two sides to soon negotiate to "
            "sign a memorandum of understanding on mining cooperation between Kenya and Peru.",
            "proposed",
        ),
        (
            "Kenya and Peru eye closer ties\n\nThe two sides agreed to speed up negotiations on a memorandum of "
            "understanding on mining cooperation between Kenya and Peru.",
            "under_negotiation",
        ),
    ],
)
def test_negotiations_urged_to_begin_soon_are_a_proposal(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Vietnam boost farm trade\n\nKenya's exports of tea to Vietnam rose 20 percent last year. Kenya "
            "signed a memorandum of understanding on tea trade promotion in 2021, the report said. Vietnam buys tea and "
            "coffee from Kenya.",
            {"country:ke", "country:vn"},
        ),
        (
            "Ben Tre and Kampot review ties\n\nBen Tre province and Kampot province of Cambodia have cooperated since "
            "2010. Kampot signed a memorandum of understanding on fisheries cooperation in 2015, officials said. Ben Tre "
            "sends fishing experts to Kampot every year.",
            {"province:kh-7", "province:vn-50"},
        ),
        (
            "Tỉnh Bến Tre và tỉnh Kampot tổng kết hợp tác\n\nTỉnh Bến Tre và tỉnh Kampot (Campuchia) đã hợp tác từ năm "
            "2010. Năm 2015, tỉnh Kampot ký biên bản ghi nhớ về hợp tác thủy sản. Bến Tre cử chuyên gia sang Kampot hằng "
            "năm.",
            {"province:kh-7", "province:vn-50"},
        ),
    ],
)
def test_a_document_of_one_place_is_signed_with_the_page_s_other_place(text: str, expected: set[str]) -> None:
    doc = run(text)
    assert parties(doc, only_agreement(doc)) == expected


def test_a_joint_statement_the_leaders_signed_is_a_document_whatever_its_subject() -> None:
    doc = run(
        "Kenya and Peru upgrade ties\n\nOn May 4, 2025, Kenyan President William Ruto and Peruvian President Dina "
        "Boluarte signed a joint statement formally elevating bilateral relations to a comprehensive partnership."
    )
    statement = next(a for a in agreements(doc) if a["properties"]["type"] == "other")
    assert statement["properties"]["status"] == "signed"
    assert parties(doc, statement) == {"country:ke", "country:pe"}


def test_fields_given_as_examples_after_such_areas_as_are_no_documents() -> None:
    doc = run(
        "Kenya and Peru deepen ties\n\nBoth sides agreed to explore opening embassies in each country, and to "
        "negotiate and sign cooperation documents in such areas as fisheries, mining, and tourism, the ministry said."
    )
    assert agreements(doc) == []


def test_preferential_trade_agreements_in_the_plural_are_trade_agreements() -> None:
    doc = run(
        "Kenya and Peru deepen ties\n\nThe joint commission discussed the procedures for concluding preferential "
        "trade agreements between Kenya and Peru, the official said."
    )
    pta = only_agreement(doc)
    assert pta["properties"]["type"] == "fta"
    assert parties(doc, pta) == {"country:ke", "country:pe"}


def test_a_signer_whose_side_is_not_written_is_the_other_main_country() -> None:
    doc = run(
        "Malaysia and Vietnam exchange documents\n\nKUALA LUMPUR: Malaysia and Vietnam held talks on Monday. Foreign "
        "Minister Datuk Seri Ahmad Rahman exchanged a letter of intent on cooperation in diplomatic training with his "
        "Vietnamese counterpart Bui Thanh Son."
    )
    assert parties(doc, only_agreement(doc)) == {"country:my", "country:vn"}


def test_a_country_that_only_qualifies_a_party_is_no_party() -> None:
    doc = run(
        "Provinces sign plan\n\nOn May 12, the Cooperation Plan between Quang Tri Province (Vietnam) and Mukdahan "
        "Province (Thailand) for 2025-2027 was signed."
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-25", "province:th-49"}


def test_who_signed_a_document_said_later_in_its_sentence() -> None:
    doc = run(
        "Các văn kiện được trao\n\nHai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ về phái cử lao động sang làm việc "
        "tại Nhật Bản theo chương trình thực tập sinh (chương trình đào tạo nghề, ký giữa Bộ Nội vụ Việt Nam và Bộ "
        "Y tế, Lao động và Phúc lợi Nhật Bản)."
    )
    found = parties(doc, only_agreement(doc))
    assert "org:moha" in found and any(p.endswith("-jp") and p.startswith("org:") for p in found)


def test_a_title_ends_at_a_sentence_glued_to_it_and_at_a_possessive_after_its_acronym() -> None:
    doc = run(
        "Hàn Quốc và Việt Nam\n\nHai bên đánh giá cao Hiệp định thương mại tự do (FTA) Hàn-Việt.Tại cuộc họp, Bộ "
        "trưởng giải thích chính sách thuế."
    )
    assert only_agreement(doc)["name"] == "Hiệp định thương mại tự do (FTA) Hàn-Việt"
    doc = run("Trade committee\n\nThe EU-Vietnam Free Trade Agreement (EVFTA)’s Trade Committee met online on Monday.")
    assert only_agreement(doc)["name"].endswith("(EVFTA)")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talks\n\nSr Lt Gen Hoang Van Minh met Indian officials on Monday.", "Hoang Van Minh"),
        ("Talks\n\nLieutenant General Tran Quoc Huy signed the memorandum on Monday.", "Tran Quoc Huy"),
        ("Talks\n\nArmy Chief General Ravi Kumar received the delegation.", "Ravi Kumar"),
        ("Audience\n\nSamdech Akka Moha Ponhea Chakrei Chea Sophal received the delegation.", "Chea Sophal"),
        (
            "Hội đàm\n\nBộ trưởng Bùi Thanh Sơn đã điện đàm với Hoàng tử Khalid bin Salman Al Saud.",
            "Khalid bin Salman Al Saud",
        ),
    ],
)
def test_ranks_and_honours_are_no_part_of_a_name(text: str, name: str) -> None:
    names = {e["name"] for e in run(text)["entities"] if e["label"] == "Official"}
    assert name in names, names


def test_a_headline_s_capitalised_verb_is_no_part_of_the_name_before_it() -> None:
    doc = run("Vice Minister Zhang Liwei Meets Vietnamese Delegation\n\nZhang Liwei met the delegation in Beijing.")
    names = {e["name"] for e in doc["entities"] if e["label"] == "Official"}
    assert "Zhang Liwei" in names and not any("Meets" in n for n in names)


def test_a_peoples_committee_spelled_with_the_apostrophe_after_the_s_is_the_same_body() -> None:
    doc = run(
        "Da Nang and Busan sign agreement\n\nDa Nang and Busan leaders met on Monday. A cooperation agreement was "
        "signed by Chairman of the municipal Peoples’ Committee Tran Van Nam and Busan Mayor Park Jin-ho."
    )
    assert "org:ubnd-vn-dn" in {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul, May 4 (Yonhap) - Delegations from the Korea Trade-Investment Promotion Agency (KOTRA) and the "
            "Vietnam Trade Promotion Agency (VIETRADE), led respectively by President Kim Min-soo and his counterpart "
            "Nguyen Van Hai, held talks to review their cooperation for 2021-24 and signed a cooperation agreement "
            "for 2025-28.",
            2,
        ),
        (
            "Viêng Chăn, ngày 5/6 – Đoàn công tác Bộ Công Thương Việt Nam, do Thứ trưởng Phan Thị Thắng dẫn đầu, đã ký "
            "Bản ghi nhớ hợp tác với Bộ Công Thương Lào.",
            2,
        ),
    ],
)
def test_the_signers_stand_before_the_apposition_of_their_delegations_leaders(text: str, expected: int) -> None:
    doc = run(text)
    found = parties(doc, only_agreement(doc))
    labels = {e["id"]: e["label"] for e in doc["entities"]}
    assert len(found) == expected and {labels[p] for p in found} == {"Organization"}, found


def test_strategic_partnerships_in_the_plural_are_the_two_countries_framework() -> None:
    doc = run(
        "Bangkok, March 3 - Thailand and Malaysia held talks on trade. Thai Foreign Minister Somchai Wong met Malaysian "
        "Foreign Minister Ahmad Ali on Monday. The two ministers expressed interest in enhancing their strategic "
        "partnerships, with Malaysia welcoming the visit of the Thai Prime Minister."
    )
    partnership = only_agreement(doc)
    assert partnership["properties"]["type"] == "partnership"
    assert parties(doc, partnership) == {"country:th", "country:my"}


def test_letters_of_understanding_concluded_are_signed_documents() -> None:
    doc = run(
        "Tokyo, Nov. 23 (Kyodo) - Japanese Defense Minister Taro Sato and his Philippine counterpart Jose Cruz met on "
        "Tuesday, while their defense ministries concluded letters of understanding on cybersecurity."
    )
    letters = only_agreement(doc)
    assert (letters["properties"]["type"], letters["properties"]["status"]) == ("other", "signed")
    assert parties(doc, letters) == {"country:jp", "country:ph"}


@pytest.mark.parametrize(
    "text",
    [
        "Hiệp ước Hữu nghị và Hợp tác Lào - Campuchia được ký năm 1979.",
        "The Laos - Cambodia Treaty of Friendship was signed in 1979, Champasak will host "
        "the celebrations and exhibitions.",
    ],
)
def test_a_treaty_is_an_agreement_and_its_title_ends_before_a_new_clause(text: str) -> None:
    treaty = only_agreement(run(text))
    assert treaty["properties"]["type"] == "agreement"
    assert "Champasak" not in treaty["name"] and "Lễ" not in treaty["name"]


def test_who_signs_in_a_relative_clause_is_the_person_before_it_not_the_place_he_is_in() -> None:
    doc = run(
        "Beijing, May 2 (Xinhua) - Fu made the remark during a meeting with General Director of the Lao News Agency "
        "(KPL) Sisavath Phommachanh, who is currently in Beijing to sign a memorandum of understanding with Xinhua "
        "News Agency."
    )
    assert parties(doc, only_agreement(doc)) == {"org:lao-news-agency", "org:xinhua-news-agency"}


def test_the_bodies_a_later_reference_names_as_signers_are_its_parties() -> None:
    doc = run(
        "New Delhi, Nov 26 - India signed a Memorandum of Understanding (MoU) with Vietnam on education on November "
        "25. The Ministry of Education of India and Vietnam’s Ministry of Education and Training signed the MoU in "
        "Hanoi."
    )
    found = parties(doc, only_agreement(doc))
    assert "country:vn" not in found and len(found) == 2
    assert {e["label"] for e in doc["entities"] if e["id"] in found} == {"Organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi (VNA) - Deputy Minister Le Van Nam said Thailand and Laos have cooperated effectively in the "
            "Fisheries Agreement in the Mekong River and they should enhance joint efforts.",
            {"country:th", "country:la"},
        ),
        (
            "Ngày 3/4, ông Nguyễn Văn An cho biết tỉnh Quảng Ninh và tỉnh Quảng Tây đã triển khai hiệu quả Bản ghi nhớ "
            "hợp tác năm 2019.",
            {"province:vn-13", "province:cn-gx"},
        ),
    ],
)
def test_a_document_no_signing_names_belongs_to_the_two_parties_that_are_its_clause_s_subject(
    text: str, expected: set[str]
) -> None:
    doc = run(text)
    document = only_agreement(doc)
    assert parties(doc, document) == expected
    assert " they " not in document["name"]


@pytest.mark.parametrize(
    ("text", "city", "party"),
    [
        (
            "Sáng 14/2, Phó Chủ tịch UBND tỉnh Quảng Ngãi tiếp đoàn công tác TP.Suwon (tỉnh Gyeonggi, Hàn Quốc). Hai "
            "bên đã ký bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và TP.Suwon.",
            "province:kr-city-suwon",
            "province:vn-29",
        ),
        (
            "Tỉnh Hà Giang đã ký biên bản ghi nhớ hợp tác với thành phố Gimhae Hàn Quốc vào tháng 5.",
            "province:kr-city-gimhae",
            "province:vn-03",
        ),
        (
            "Seoul, May 3 - Ansan City, South Korea and Phu Tho Province of Vietnam signed a cooperation agreement on "
            "Monday.",
            "province:kr-city-ansan",
            "province:vn-68",
        ),
        (
            "Representatives of the central province of Nghe An and the Japanese city of Kameoka signed an agreement "
            "on cooperation in Vinh city on March 2.",
            "province:jp-city-kameoka",
            "province:vn-22",
        ),
        (
            "The People's Committee of Tay Ninh province and the government of Kakogawa city, Hyogo prefecture of "
            "Japan have signed a memorandum of understanding on trade and tourism.",
            "province:jp-city-kakogawa",
            "province:vn-37",
        ),
        (
            "The People's Committee of Lao Cai province and authorities of Okcheon county in the Republic of Korea "
            "(RoK)'s Chungcheongbuk province on May 4 signed a memorandum of understanding on seasonal workers.",
            "province:kr-city-okcheon",
            "province:vn-02",
        ),
        (
            "Ngày 5/6, Chủ tịch UBND tỉnh Nam Định tiếp đoàn công tác Nhật Bản. Thị trưởng thành phố Kurume cho biết "
            "hai địa phương đã ký Bản ghi nhớ hợp tác giữa tỉnh Nam Định và thành phố Kurume vào năm 2019.",
            "province:jp-city-kurume",
            "province:vn-67",
        ),
        (
            "Năm 2019, tỉnh Hà Giang và châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) đã ký kết thỏa thuận hợp tác.",
            "province:cn-city-van-son",
            "province:vn-03",
        ),
        (
            "Từ năm 2010, tỉnh Cao Bằng đã ký kết Biên bản ghi nhớ hợp tác thương mại với thị Tĩnh Tây "
            "(Quảng Tây, Trung Quốc).",
            "province:cn-city-tinh-tay",
            "province:vn-04",
        ),
    ],
)
def test_a_foreign_city_the_text_places_abroad_is_a_place_and_a_party(text: str, city: str, party: str) -> None:
    doc = run(text)
    place = next(e for e in doc["entities"] if e["id"] == city)
    assert place["label"] == "Province" and place["properties"]["kind"] == "city"
    places = {p for p in parties(doc, only_agreement(doc)) if not p.startswith("org:")}  # (and a province's committee)
    assert places == {city, party}


def test_a_city_below_a_vietnamese_province_is_no_foreign_city() -> None:
    doc = run("Ngày 3/5, thành phố Vinh, tỉnh Nghệ An đón đoàn công tác tỉnh Bolikhamxay (Lào).")
    assert not [e for e in doc["entities"] if e["id"].startswith("province:") and "-city-" in e["id"]]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ngày 5/6, Chủ tịch UBND tỉnh Thái Bình tiếp đoàn Chính quyền tỉnh Mi-xa-ra-ki (Nhật Bản). Hai tỉnh đã ký "
            "biên bản ghi nhớ hợp tác năm 2019.",
            ("province:jp-province-mi-xa-ra-ki", "Mi-xa-ra-ki", "JP"),
        ),
        (
            "Nhận lời mời của Tỉnh trưởng tỉnh Zlatohorsko, Cộng hòa Séc, đoàn công tác tỉnh Thái Bình đã thăm tỉnh "
            "Zlatohorsko từ ngày 3 đến 5/6.",
            ("province:cz-province-zlatohorsko", "Zlatohorsko", "CZ"),
        ),
        (
            "Governor Kim received a delegation from Thai Binh at the office of Dongrim Province, South Korea, on June "
            "5.",
            ("province:kr-province-dongrim", "Dongrim", "KR"),
        ),
    ],
)
def test_a_province_abroad_the_gazetteer_does_not_know_is_read_where_the_text_places_it(
    text: str, place: tuple[str, str, str]
) -> None:
    doc = run(text)
    found = [
        (e["id"], e["name"], e["properties"]["country"])
        for e in doc["entities"]
        if e["label"] == "Province" and e["properties"].get("kind") == "province" and e["properties"]["country"] != "VN"
    ]
    assert found == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/6, tỉnh Thái Bình và các tỉnh Bắc Lào (nước CHDCND Lào) ký kết biên bản hợp tác.",
        "Tăng cường hợp tác toàn diện giữa tỉnh Thái Bình và các tỉnh Bạn Lào trong năm 2025.",
        "Traders of Thai Binh province and the Chinese province of Yunnan, China met on June 5.",
        "Ngày 5/6, đoàn công tác tỉnh Thái Bềnh, Việt Nam thăm Nhật Bản.",
        "The province of Chungcheongbuk-do of South Korea signed an agreement with Thai Binh on June 5.",
        "This province, Japan's largest, signed an agreement with Thai Binh on June 5.",
    ],
)
def test_a_country_s_part_its_adjective_or_a_place_at_home_after_a_province_s_cue_is_no_province_abroad(
    text: str,
) -> None:
    doc = run(text)
    assert not [e["id"] for e in doc["entities"] if e["label"] == "Province" and e["id"].count("-") > 1]


def test_a_continent_is_no_chinese_prefecture() -> None:
    doc = run("Xuất khẩu sang các nước châu Á (Nhật Bản, Hàn Quốc) tăng mạnh, sang châu Âu, Mỹ cũng vậy.")
    assert not [e for e in doc["entities"] if e["id"].startswith("province:") and "-city-" in e["id"]]


def test_a_province_abroad_written_in_capitals_carries_that_form() -> None:
    doc = run("Ngày 5/6, đoàn công tác tỉnh SUKHBAATAR (Mông Cổ) thăm và làm việc tại tỉnh Thái Bình.")
    place = next(e for e in doc["entities"] if e["id"] == "province:mn-051")
    assert "SUKHBAATAR" in place["aliases"]


def test_a_lao_province_in_a_spelling_between_two_transliterations() -> None:
    doc = run("Năm 2021, tỉnh Điện Biên và Luông Pha Bang đã ký kết thỏa thuận hợp tác hữu nghị.")
    assert set(parties(doc, only_agreement(doc))) == {"province:vn-71", "province:la-lp"}


def test_a_mayor_s_city_is_foreign_only_when_the_page_names_one_foreign_country() -> None:
    doc = run(
        "Ngày 5/6, Chủ tịch UBND tỉnh Nam Định tiếp đoàn công tác Nhật Bản và Hàn Quốc. Thị trưởng thành phố Kurume "
        "phát biểu."
    )
    assert not [e for e in doc["entities"] if e["id"].startswith("province:") and "-city-" in e["id"]]


def test_a_document_read_with_one_side_of_the_main_meeting_is_signed_with_the_other_side() -> None:
    doc = run(
        "Canberra, ngày 12/5 – Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng đã hội đàm với Bộ trưởng Bộ Tài chính New "
        "Zealand Nicola Willis. Nhân dịp này, Bộ Tài chính đã ký Biên bản ghi nhớ hợp tác tài chính giai đoạn "
        "2025-2030."
    )
    assert parties(doc, only_agreement(doc)) == {"org:mof", "org:bo-tai-chinh-nz"}


def test_a_document_told_by_signing_it_is_signed() -> None:
    doc = run(
        "WELLINGTON — Australia and New Zealand on Tuesday strengthened their trade relationship by signing a "
        "Fisheries Cooperation Arrangement at the first Australia – New Zealand Fisheries Dialogue."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Kuala Lumpur, March 4 (Bernama) – The Sarawak state government of Malaysia, represented by Premier Abang "
            "Johari Openg, signed an agreement on power trade with Vietnam Electricity.",
            "province:my-13",
        ),
        (
            "Hà Nội, ngày 4/3 – Tập đoàn Điện lực Việt Nam, do ông Đặng Hoàng An đại diện, đã ký thỏa thuận mua bán điện "
            "với Bộ Năng lượng và Mỏ Lào.",
            "org:evn",
        ),
    ],
)
def test_the_party_a_representative_signs_for_stands_before_his_apposition(text: str, signer: str) -> None:
    doc = run(text)
    assert signer in parties(doc, only_agreement(doc))


def test_a_renewed_memorandum_is_signed() -> None:
    doc = run(
        "Phnom Penh, March 4 (Khmer Times) – The Cambodian Ministry of Commerce and the Vietnamese Ministry of Industry "
        "and Trade on Monday renewed their memorandum of understanding on border trade."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"


def test_a_signing_to_be_accelerated_is_planned() -> None:
    doc = run(
        "Vientiane, May 3 – The two sides agreed to accelerate the signing of a Letter of Intent for Vietnam – Laos "
        "cooperation in science."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 21/10, tỉnh Chungcheong Nam của Hàn Quốc và thành phố Hải Phòng đã chính thức ký kết Bản Ghi nhớ Hợp "
            "tác Hữu nghị (MOU), đánh dấu mối quan hệ hợp tác thứ ba giữa tỉnh Chungcheong Nam và các địa phương của "
            "Việt Nam.",
            {"province:kr-44", "province:vn-hp"},
        ),
        (
            "Seoul, Oct. 21 (Yonhap) – South Chungcheong Province and Vietnam's Hai Phong City signed a memorandum of "
            "understanding on friendship and cooperation, marking the third partnership between the province and a "
            "Vietnamese locality.",
            {"province:kr-44", "province:vn-hp"},
        ),
    ],
)
def test_a_title_ends_where_a_participle_clause_after_its_comma_begins(text: str, expected: set[str]) -> None:
    doc = run(text)
    document = only_agreement(doc)
    assert (
        parties(doc, document) == expected and "đánh dấu" not in document["name"] and "marking" not in document["name"]
    )


def test_each_signer_acts_for_the_body_he_signs_on_behalf_of() -> None:
    doc = run(
        "Hà Nội, ngày 4/3 – Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng, thay mặt Chính phủ Việt Nam, và Đại sứ Ai Cập "
        "Amr Mohamed, thay mặt Chính phủ Ai Cập đã chính thức ký Hiệp định miễn thị thực."
    )
    found = parties(doc, only_agreement(doc))
    assert len(found) == 2 and "org:vn-government" in found, found


def test_an_investment_protection_agreement_is_no_free_trade_agreement() -> None:
    doc = run(
        "Hanoi, May 3 (VNA) – The two sides urged the early ratification of the Vietnam - EU Investment Protection "
        "Agreement (EVIPA)."
    )
    assert only_agreement(doc)["properties"]["type"] == "agreement"


def test_the_two_ministries_or_their_ministers_are_the_ministries_the_article_names() -> None:
    doc = run(
        "Viêng Chăn, ngày 5/6 – Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã làm việc với Bộ Công Thương Lào. Tiếp đó, "
        "Bộ Công Thương và Bộ Công Thương Lào tổ chức hội thảo về năng lượng. Hai Bộ trưởng cũng đã ký kết Bản thoả "
        "thuận hợp tác giữa hai Bộ năm 2012 và kế hoạch hợp tác giai đoạn 2013 – 2015."
    )
    found = {frozenset(parties(doc, a)) for a in agreements(doc)}
    assert found == {frozenset({"org:moit", "org:la-moic"})}, found


def test_a_province_abroad_placed_once_by_its_cue_is_that_province_when_named_again_and_a_party() -> None:
    doc = run(
        "Bangkok, May 3 (VNA) – Vietnamese Ambassador Phan Chi Thanh met Governor of the Thai northeastern province of "
        "Udon Thani Somsak Chan on May 2. Thanh expressed his hope that Udon Thani and Vietnam’s central city of Hue "
        "will soon materialise the memorandum of understanding (MoU) on cooperation, reached in November 2022."
    )
    assert parties(doc, only_agreement(doc)) == {"province:th-41", "province:vn-26"}


def test_the_bodies_that_sign_on_the_occasion_of_a_visit_take_part_in_it() -> None:
    doc = run(
        "Bộ Công Thương sẽ ký 3 thỏa thuận hợp tác với Lào\n\nNhân chuyến thăm của Tổng Bí thư, Chủ tịch nước Lào "
        "Thongloun Sisoulith tới Việt Nam, Bộ Công Thương ký thỏa thuận hợp tác với bộ, ngành, địa phương Lào."
    )
    visit = next(e for e in of_kind(doc, "visit"))
    assert "org:moit" in attendees(doc, visit, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "later",
    [
        "Chính phủ Australia kỳ vọng việc ký mới Bản ghi nhớ lần này sẽ thúc đẩy hợp tác giữa Việt Nam và Australia.",
        "Việc ký kết MoU hôm nay là minh chứng cho hợp tác giữa Việt Nam và Australia.",
        "Bản ghi nhớ có hiệu lực kể từ ngày ký, Việt Nam và Australia sẽ lập nhóm công tác chung.",
        "Theo Bản ghi nhớ, Việt Nam và Australia sẽ phối hợp chặt chẽ trong đào tạo.",
        "Bản ghi nhớ khẳng định khát vọng chung của Việt Nam và Australia.",
        "Bộ trưởng Ngân khố Australia ký Bản ghi nhớ ngày 12/3/2025 tại Hà Nội.",
    ],
)
def test_a_vietnamese_head_with_nothing_of_its_own_is_the_document_already_read(later: str) -> None:
    doc = run(
        f"Ngày 12/3, Bộ Tài chính Việt Nam và Bộ Ngân khố Australia đã ký Bản ghi nhớ về hợp tác tài chính. {later}"
    )
    (mou,) = agreements(doc)
    assert mou["properties"]["type"] == "mou"


def test_signed_memoranda_listed_by_field_are_one_document_each() -> None:
    doc = run(
        "Indonesian Minister of Trade Budi Santoso held talks with Vietnamese Minister of Industry and Trade "
        "Nguyen Hong Dien in Jakarta on May 4. The two ministries have signed MoUs on cooperation in halal "
        "certification, energy saving and rubber processing.",
        lang="en",
    )
    mous = [a for a in agreements(doc) if a["properties"]["type"] == "mou"]
    assert len(mous) == 3
    assert all(a["properties"]["status"] == "signed" for a in mous)
    assert all("org:moit" in parties(doc, a) for a in mous)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile and Vietnam also signed three memoranda of understanding to promote cooperation in mining, "
            "forestry and higher education.",
            "en",
        ),
        (
            "Chile và Việt Nam cũng đã ký 3 bản ghi nhớ nhằm tăng cường hợp tác trong lĩnh vực khai khoáng, lâm "
            "nghiệp và giáo dục đại học.",
            "vi",
        ),
    ],
)
def test_counted_memoranda_whose_purpose_lists_fields_are_one_document_each(text: str, lang: str) -> None:
    """`to promote cooperation in A, B and C` says what each document is for, as `on A, B and C` does."""
    doc = run(text, lang=lang)
    mous = [a for a in agreements(doc) if a["properties"]["type"] == "mou"]
    assert len(mous) == 3
    assert all(parties(doc, a) == {"country:cl", "country:vn"} for a in mous)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Leaders of the three Vietnamese provinces of Lao Cai, Lai Chau and Dien Bien and China's Yunnan signed "
            "an MoU on border trade.",
            "en",
        ),
        (
            "Lãnh đạo các tỉnh Lào Cai, Lai Châu và Điện Biên và Vân Nam đã ký bản ghi nhớ về thương mại biên giới.",
            "vi",
        ),
    ],
)
def test_signers_listed_by_side_with_a_second_and_all_sign(text: str, lang: str) -> None:
    """`A, B and C and D`: one side's places listed, the other side's joined by a second `and`; the comma is the
    list's, not a clause's, so the first names sign too."""
    doc = run(text, lang=lang)
    assert {"province:vn-02", "province:vn-01", "province:vn-71", "province:cn-yn"} <= parties(doc, only_agreement(doc))


def test_one_memorandum_to_promote_cooperation_in_two_fields_stays_one() -> None:
    doc = run("Chile and Vietnam signed a memorandum of understanding to promote cooperation in trade and mining.")
    assert len(agreements(doc)) == 1


def test_documents_listed_by_title_after_a_plural_head_are_one_each_with_their_own_parties() -> None:
    doc = run(
        "Cambodia and Vietnam have signed a number of agreements during a visit to Phnom Penh. Among the documents "
        "signed were a protocol on border trade; Vietnam-Cambodia Cooperation in 2024-2026; Cooperation in "
        "public finance between Vietnam's Ministry of Finance and the Cambodian Ministry of Economy and Finance.",
        lang="en",
    )
    titles = {a["name"] for a in agreements(doc)}
    assert "Vietnam-Cambodia Cooperation in 2024-2026" in titles
    finance = next(a for a in agreements(doc) if a["name"].startswith("Cooperation in public finance"))
    assert len(parties(doc, finance)) == 2


def test_documents_listed_by_subject_each_with_its_own_pair_are_one_each() -> None:
    doc = run(
        "The Ministry of Industry and Trade and Japanese partners signed several memoranda of understanding on "
        "Monday. The MoUs include one on energy transition signed by the Ministry of Industry and Trade and the Japan "
        "Oil, Gas and Metals National Corporation (JOGMEC), power grid cooperation between Vietnam Electricity (EVN) "
        "and Tokyo Electric Power Company, and staff training between Hanoi University of Industry and China’s "
        "Lanting.",
        lang="en",
    )
    by_title = {a["name"]: a for a in agreements(doc)}
    grid = by_title["MoU on power grid cooperation between Vietnam Electricity (EVN) and Tokyo Electric Power Company"]
    assert grid["properties"]["type"] == "mou" and grid["properties"]["status"] == "signed"
    assert len(parties(doc, grid)) == 2
    energy = by_title[
        "MoU on energy transition signed by the Ministry of Industry and Trade and the Japan Oil, Gas and "
        "Metals National Corporation (JOGMEC)"
    ]
    assert "org:moit" in parties(doc, energy) and len(parties(doc, energy)) == 2
    # a pair whose second side no stage read, a country only saying whose it is: no document of that pair
    assert not [t for t in by_title if "staff training" in t]


@pytest.mark.parametrize(
    "text",
    [
        # a count that is not the number of the fields: the fields they span
        "Prime Ministers A and B witnessed the exchange of eight cooperation agreements covering trade, investment, "
        "anti-drug efforts, and technology collaboration.",
        # one document's subject
        "The two news agencies also exchanged documents on cooperation relating to news and photo exchange, "
        "technical expertise and training.",
    ],
)
def test_fields_that_are_no_list_of_documents_make_none(text: str) -> None:
    doc = run(text, lang="en")
    assert not [a for a in agreements(doc) if a["name"].startswith(("Agreement on", "Document on"))]


def test_documents_still_to_be_made_in_fields_are_no_documents() -> None:
    doc = run(
        "Bộ trưởng cho rằng hai bên cần xây dựng các thỏa thuận về phát triển nông nghiệp, nuôi trồng và đánh bắt "
        "thủy sản."
    )
    assert not agreements(doc)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Japan's Okayama signs a friendship agreement with Quang Nam. Okayama has 1.9 million people.", "JP-33"),
        ("Russia’s Irkutsk hosts a Vietnamese trade delegation led by Deputy Minister Phan Thi Thang.", "RU-IRK"),
    ],
)
def test_a_country_s_possessive_places_the_province_named_after_it(text: str, province: str) -> None:
    doc = run(text, lang="en")
    provinces = {e["properties"].get("iso") for e in doc["entities"] if e["label"] == "Province"}
    assert province in provinces


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Representatives of Thai Binh province and Essonne department signed a cooperation agreement.", "FR-91"),
        ("Đoàn công tác tỉnh Hòa Bình đã làm việc với tỉnh Seine-Saint-Denis (Pháp).", "FR-93"),
        ("Lao Cai province and Hauts de Seine province signed a cooperation agreement in Paris.", "FR-92"),
    ],
)
def test_a_french_department_with_its_cue_is_a_province_and_a_party(text: str, iso: str) -> None:
    doc = run(text)
    ids = {e["id"]: e["properties"].get("iso") for e in doc["entities"] if e["label"] == "Province"}
    assert iso in ids.values()


def test_a_department_named_like_a_word_needs_its_cue_and_a_longer_name_is_not_its_tail() -> None:
    doc = run(
        "Yen Bai province and Val de Marne province signed an agreement. The delegation then worked with "
        "representatives from Val De Marne in the Nord of France.",
        lang="en",
    )
    isos = {e["properties"].get("iso") for e in doc["entities"] if e["label"] == "Province"}
    assert "FR-94" in isos
    assert not {"FR-51", "FR-59"} & isos  # neither Marne nor Nord


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Documents exchanged at the ceremony:\n3. MoU between Frasers Property and Binh Duong Province",
            "Frasers Property",
        ),
        ("An MoU between Sembcorp Vietnam and Quang Ngai Province was signed on March 3.", "Sembcorp Vietnam"),
        ("The MoU between the Port of Tacoma and Ba Ria - Vung Tau province was signed on May 4.", "Port of Tacoma"),
        (
            "They will carry out the memorandum of understanding between Vietnam’s Ministry of Industry and Trade and "
            "LG Electronics Vietnam on cooperation in vocational training.",
            "LG Electronics Vietnam",
        ),
    ],
)
def test_a_name_no_stage_read_in_a_between_slot_is_a_body_and_a_party(text: str, body: str) -> None:
    doc = run(text, lang="en")
    (mou,) = agreements(doc)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert body in {names[p] for p in parties(doc, mou)}
    assert len(parties(doc, mou)) >= 2


def test_a_title_or_a_date_in_a_between_slot_is_no_body() -> None:
    doc = run("An MoU between Governor Tanaka and Binh Duong Province was signed in March.", lang="en")
    assert not [e for e in doc["entities"] if e["label"] == "Organization" and "Tanaka" in e["name"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia’s Tver has established a twinning relationship with the northern Vietnamese province of Ninh Binh.",
            "en",
        ),
        ("Since Lao Cai and Essonne department formed friendship and cooperative ties in 1998, trade has grown.", "en"),
        ("Ông Trần Văn B cho biết hợp tác kết nghĩa giữa tỉnh Tây Ninh và tỉnh Svay Rieng ngày càng phát triển.", "vi"),
    ],
)
def test_two_localities_twinning_is_their_partnership(text: str, lang: str) -> None:
    doc = run(text, lang=lang)
    (twinning,) = agreements(doc)
    assert twinning["properties"]["type"] == "partnership"
    assert len([p for p in parties(doc, twinning) if p.startswith("province:")]) == 2


def test_a_twinning_a_document_establishes_is_the_document_s_subject_not_a_partnership() -> None:
    doc = run(
        "Chiều 23/11, Chủ tịch UBND tỉnh Hà Giang đã ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa giữa tỉnh "
        "Hà Giang (Việt Nam) và tỉnh Benguet (Philippines)."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou"]


@pytest.mark.parametrize("name", ["Schleswig Holstein", "Thueringen", "Baden Wuerttemberg"])
def test_a_german_state_spelled_without_umlauts_or_hyphens_is_that_state(name: str) -> None:
    doc = run(f"A Letter of Intent for Vietnam - {name} cooperation in science was signed in Germany.", lang="en")
    assert [e for e in doc["entities"] if e["label"] == "Province" and e["id"].startswith("province:de-")]


def test_a_name_no_stage_read_after_with_is_the_signer_s_partner() -> None:
    doc = run("Binh Duong Province signed an MoU with Frasers Property on industrial park development.", lang="en")
    (mou,) = agreements(doc)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert {names[p] for p in parties(doc, mou)} >= {"Frasers Property"}


def test_partners_named_before_a_document_s_own_words_are_its_parties() -> None:
    doc = run(
        "The ceremony marked the 30th anniversary of the signing of the Cambodia-Laos Treaty of Friendship, the "
        "governor said.",
        lang="en",
    )
    (treaty,) = agreements(doc)
    assert set(parties(doc, treaty)) == {"country:kh", "country:la"}


def test_letters_exchanged_on_two_fields_are_two_documents() -> None:
    doc = run(
        "Vietnamese Defence Minister Phan Van Giang and Indian Defence Minister Rajnath Singh exchanged letters of "
        "intent on peacekeeping and military medicine in New Delhi on June 8.",
        lang="en",
    )
    titles = sorted(a["name"] for a in agreements(doc))
    assert titles == ["letter of intent on military medicine", "letter of intent on peacekeeping"]


def test_a_headline_s_bare_signing_verb_at_its_start_signed_the_document() -> None:
    doc = run(
        "UBND tỉnh làm việc với đoàn công tác tỉnh Gangwon (Hàn Quốc)\nKý kết biên bản ghi nhớ hợp tác giữa tỉnh "
        "Nam Định và tỉnh Gangwon (Hàn Quốc).\nChủ tịch UBND tỉnh Nam Định tiếp đoàn."
    )
    (mou,) = agreements(doc)
    assert mou["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "iso", "written"),
    [
        ("Governor of Savanakhet province of Laos Santiphab Phomvihane visited Quang Tri.", "LA-SV", "Savanakhet"),
        ("Phó Thủ tướng tiếp Thống đốc tỉnh Shizuokaa (Nhật Bản) ngày 3/4.", "JP-22", "Shizuokaa"),
        ("Delegates of Thai Nguyen Province and Ha Giangg Province met in Hanoi.", "VN-03", "Ha Giangg"),
    ],
)
def test_a_province_misspelt_by_one_letter_after_or_before_its_cue_is_that_province(
    text: str, iso: str, written: str
) -> None:
    doc = run(text)
    province = next(e for e in doc["entities"] if e["label"] == "Province" and e["properties"].get("iso") == iso)
    assert written in province["aliases"]


@pytest.mark.parametrize(
    ("text", "iso", "written"),
    [
        ("Đoàn đại biểu tỉnh Chung Nam thăm Bắc Ninh ngày 3/4.", "KR-44", "Chung Nam"),
        ("Chủ tịch Hội đồng tỉnh Chung Cheong Buk tiếp đoàn.", "KR-43", "Chung Cheong Buk"),
        ("Đoàn công tác tỉnh Savan Nakhet làm việc với Quảng Trị.", "LA-SV", "Savan Nakhet"),
    ],
)
def test_a_province_s_name_spaced_otherwise_after_its_cue_is_that_province_its_country_named_or_not(
    text: str, iso: str, written: str
) -> None:
    doc = run(text)
    province = next(e for e in doc["entities"] if e["label"] == "Province" and e["properties"].get("iso") == iso)
    assert written in province["aliases"]


def test_a_name_one_letter_from_two_provinces_or_of_a_country_not_named_is_no_province() -> None:
    doc = run("The governor of Shizuokaa prefecture met business leaders.", lang="en")  # Japan is not named
    assert not [e for e in doc["entities"] if e["label"] == "Province"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thai Defence Minister General Somchai Kaewkla met Minister Phan Van Giang.", "Somchai Kaewkla"),
        ("Qatar's Emir His Highness Sheikh Tamim Bin Hamad received the delegation.", "Sheikh Tamim Bin Hamad"),
        ("Philippine Secretary of Trade Alfredo E. Pascual Jr. signed the MoU.", "Alfredo E. Pascual Jr."),
        ("Indian Finance Minister N. Sitharaman met Minister Ho Duc Phoc.", "N. Sitharaman"),
    ],
)
def test_a_rank_or_style_before_a_name_is_no_part_of_it_and_initials_are(text: str, name: str) -> None:
    doc = run(text, lang="en")
    assert name in {e["name"] for e in doc["entities"] if e["label"] == "Official"}


def test_the_general_of_a_title_or_a_body_is_no_rank() -> None:
    doc = run("General Secretary To Lam met the General Department of Customs' director.", lang="en")
    assert "To Lam" in {e["name"] for e in doc["entities"] if e["label"] == "Official"}


def test_a_name_with_capitalised_arabic_particles_runs_past_five_words() -> None:
    doc = run(
        "Oman's Minister of Commerce Qais Bin Mohammed Bin Yousef Al Yousef met Minister Nguyen Hong Dien.", lang="en"
    )
    assert "Qais Bin Mohammed Bin Yousef Al Yousef" in {e["name"] for e in doc["entities"] if e["label"] == "Official"}


@pytest.mark.parametrize(
    "text",
    [
        "Governor of Tula oblast Dmitry Milyaev met Ambassador Dang Minh Khoi.",
        "Governor of Russia's Primorsky krai Oleg Kozhemyako met Ambassador Dang Minh Khoi.",
        "Minister-President of Germany's State of Saxony Michael Kretschmer met Deputy Prime Minister Tran Hong Ha.",
    ],
)
def test_a_foreign_head_named_after_his_place_with_its_kind_word_is_read(text: str) -> None:
    doc = run(text, lang="en")
    officials = [e for e in doc["entities"] if e["label"] == "Official"]
    assert len(officials) == 2
    foreign = next(e for e in officials if not e["name"].startswith(("Dang", "Tran")))
    assert any(p.startswith("province:") for p in held_by(doc, foreign["id"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vientiane, March 3 – Governor of Laos' Savannakhet province received a delegation of Quang Tri province "
            "led by its Vice Chairman on March 3. The two sides agreed to exchange information and continue "
            "implementing their Memorandum of Understanding, contributing to the friendship.",
            {"province:la-sv", "province:vn-25"},
        ),
        (
            "Deputy Prime Minister Tran Van Son has urged the Hanoi University of Science (HUS) and the National "
            "University of Laos (NUOL) to carry out their cooperation agreement in the new period.",
            {"Hanoi University of Science", "National University of Laos"},
        ),
    ],
)
def test_their_document_is_the_two_sides_or_the_pair_just_named(text: str, expected: set[str]) -> None:
    doc = run(text)
    document = only_agreement(doc)
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)}
    assert parties(doc, document) == expected or names == expected


@pytest.mark.parametrize(
    "text",
    [
        "Can Tho (VNA) – The People's Committee of Can Tho city and the Japanese city of Kurume signed a memorandum "
        "of understanding (MoU) in the fields of agriculture and tourism on May 4. Tanaka Ichiro, Mayor of Kurume "
        "city, expressed his pleasure when the MoU between the two cities was successfully signed, on the occasion of "
        "the 50th anniversary of Vietnam-Japan diplomatic ties. Can Tho has also cooperated with Hanoi and Fukuoka "
        "prefecture.",
        "Ngày 4/5, tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) đã ký Biên bản ghi nhớ về hợp tác thương mại. Bản ghi nhớ "
        "hợp tác giữa hai bên góp phần thúc đẩy quan hệ hữu nghị.",
    ],
)
def test_a_document_word_with_only_the_two_sides_after_it_is_the_document_read(text: str) -> None:
    (document,) = agreements(run(text))
    assert "between the two" not in document["name"] and "giữa hai bên" not in document["name"]


def test_the_i_spelling_of_ky_signs_as_the_y_spelling_does() -> None:
    doc = run(
        "Ngày 5/8, Bộ trưởng Bộ Công Thương tiếp Bộ trưởng Bộ Thương mại Lào. Hai bên đã kí kết biên bản ghi nhớ "
        "giữa Phòng Thương mại và Công nghiệp Quốc gia Lào và Liên đoàn Thương mại và Công nghiệp Việt Nam."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"


def test_vao_after_a_verb_goes_on_in_the_title_and_before_a_date_ends_it() -> None:
    doc = run(
        "Trong đó, biên bản ghi nhớ đầu tiên tập trung vào hợp tác khoa học giữa Bộ Khoa học và Công nghệ Lào và Bộ "
        "Khoa học và Công nghệ Việt Nam."
    )
    assert "giữa Bộ Khoa học" in only_agreement(doc)["name"]
    dated = only_agreement(run("Hai bên đã ký Bản ghi nhớ về hợp tác thương mại vào ngày 5/8."))
    assert dated["name"] == "Bản ghi nhớ về hợp tác thương mại"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi (VNA) – Vietnamese Ambassador to Australia Pham Van Hung met with Governor of Queensland Anna Ross in "
            "Brisbane on May 4. She showed her willingness to ink cooperation agreements with Vietnamese localities, "
            "particularly Ho Chi Minh City, Hai Phong and Can Tho city.",
            {
                frozenset({"province:au-qld", "province:vn-sg"}),
                frozenset({"province:au-qld", "province:vn-hp"}),
                frozenset({"province:au-qld", "province:vn-ct"}),
            },
        ),
        (
            "On May 4, Lao Cai province signed memoranda of understanding with Yunnan and Guangxi of China.",
            {frozenset({"province:vn-02", "province:cn-yn"}), frozenset({"province:vn-02", "province:cn-gx"})},
        ),
        (
            "On May 3, the Ministry of Industry and Trade signed memoranda of understanding with the governments of "
            "Guangxi, Yunnan and Guangdong of China.",
            {
                frozenset({"org:moit", "province:cn-gx"}),
                frozenset({"org:moit", "province:cn-yn"}),
                frozenset({"org:moit", "province:cn-gd"}),
            },
        ),
        (
            "Ngày 3/5, Bộ Công Thương đã ký 3 bản ghi nhớ hợp tác với Chính quyền tỉnh Vân Nam, Chính quyền Khu tự trị "
            "Quảng Tây và Chính quyền tỉnh Quảng Đông.",
            {
                frozenset({"org:moit", "province:cn-gx"}),
                frozenset({"org:moit", "province:cn-yn"}),
                frozenset({"org:moit", "province:cn-gd"}),
            },
        ),
    ],
)
def test_documents_a_plural_head_makes_with_each_partner_it_lists(text: str, expected: set[frozenset[str]]) -> None:
    doc = run(text)
    found = {
        frozenset(p for p in parties(doc, a) if p == "org:moit" or not p.startswith("org:")) for a in agreements(doc)
    }
    assert found == expected
    written = " với " if "Ngày" in text else " with "
    assert all(written in a["name"] and ("Quảng" in text or "Quảng" not in a["name"]) for a in agreements(doc))


def test_a_short_caption_with_a_bracketed_credit_stays_furniture() -> None:
    """Kept as text, such captions named on an unseen page someone it does not report on; only a caption closed by
    `- Ảnh: X |` is read (below), and one that tells a signing (`test_a_caption_that_tells_a_signing_is_kept_…`)."""
    doc = run(
        "Governor of Hokkaido prefecture Sato Kenji and Chairman of Quang Ninh provincial People's Committee Tran Van "
        "Minh at the conference (Photo: VNA)\n\nQuang Ninh (VNA) – An investment "
        "promotion conference between Quang Ninh and Japan's Hokkaido prefecture was held in Quang Ninh on November "
        "17."
    )
    assert not agreements(doc) and "person:sato-kenji" not in {e["id"] for e in doc["entities"]}


def test_where_a_document_was_signed_is_no_party_and_what_it_is_about_no_document() -> None:
    doc = run(
        "A memorandum of understanding on a road project was signed between Vietnam’s Ministry of Construction and "
        "the Korea International Cooperation Agency (KOICA) in Hanoi on May 3."
    )
    assert "province:vn-hn" not in parties(doc, only_agreement(doc))
    doc = run(
        "On Tuesday, Indonesia's trade chief signed a memorandum of understanding on a rice trade agreement with "
        "Vietnam’s Minister of Industry and Trade, Nguyen Hong Dien, during the President's state visit to Hanoi."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "mou" and "province:vn-hn" not in parties(doc, document)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The two ministers promised to soon sign a memorandum of understanding on rice trade.", "planned"),
        (
            "Thủ tướng cho biết Việt Nam sẵn sàng ủng hộ việc ký kết chính thức Hiệp định Thương mại tự do Việt "
            "Nam - Canada.",
            "planned",
        ),
        ("Reviewing the action programme for 2019-2023, the two sides said trade had doubled.", "in_force"),
        ("Hai bên đã sơ kết một năm thực hiện Thỏa thuận hợp tác giữa tỉnh Tây Ninh và tỉnh Svay Rieng.", "in_force"),
    ],
)
def test_promises_to_sign_plan_and_reviews_tell_a_document_in_force(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Canada expects to sign a reciprocal trade agreement with Chile soon, its trade minister said.", "planned"),
        ("Quang Nam province is scheduled to sign a memorandum of understanding on tourism with Kyoto.", "planned"),
        (
            "Kobe Steel and Hoa Phat Group also inked an MoU on steel recycling, which is considered a milestone in "
            "their cooperation.",
            "signed",
        ),
    ],
)
def test_an_expected_signing_is_planned_and_a_document_considered_a_milestone_was_signed(
    text: str, status: str
) -> None:
    """`expects to sign`, `is scheduled to sign`: a signing ahead, as `is expected to sign`; `which is considered a
    milestone` says what a signed document is, no proposal (as `the two sides considered signing …` would be)."""
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya and Chile expect to ink a memorandum of understanding on tea exports this year.", "planned"),
        ("Kenya and Chile agreed to conclude a free trade agreement by 2030.", "planned"),
        ("Kenya and Chile are working towards a memorandum of understanding on tea exports.", "planned"),
        ("Kenya and Chile hope to conclude a memorandum of understanding on tea exports.", "proposed"),
    ],
)
def test_a_document_to_be_inked_or_concluded_or_worked_towards_is_not_yet_signed(text: str, status: str) -> None:
    """`expect to ink`, `agreed to conclude` as `expect to sign`; `working towards` as `talks towards`; `hope to
    conclude` as `hope to sign`: before, no cue was read and a named document was taken as signed."""
    assert only_agreement(run(text, lang="en"))["properties"]["status"] == status


def test_a_consensus_carries_no_status_and_talks_towards_a_document_plan_it() -> None:
    """`reached agreement on …, and push the implementation of …`: a consensus is no document, and the cue read for it
    is no status a document named in the next sentence takes (it was read in force); `hold discussions towards an
    agreement`: talks held towards a document, as its negotiation, plan it."""
    doc = run(
        "The two ministers reached agreement on directions to promote trade, and push the implementation of the Green "
        "Growth Strategy. A tourism cooperation agreement between Hue and Nara was among the outcomes."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"
    doc = run(
        "The two leaders agreed to hold discussions towards a tourism cooperation agreement between Hue and Nara."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


def test_a_head_before_a_comma_is_the_document_read_and_a_province_s_government_is_its_side() -> None:
    doc = run(
        "Ngày 6/4, Chủ tịch UBND Thủ đô Viêng Chăn và Bí thư Thành ủy Thành phố Hồ Chí Minh đã ký thỏa thuận tiếp "
        "tục tăng cường quan hệ hợp tác giữa Viêng Chăn và Thành phố Hồ Chí Minh. Theo Thỏa thuận, Tp. HCM sẽ cung "
        "cấp hỗ trợ kỹ thuật cho dự án chăn nuôi."
    )
    assert [a["name"] for a in agreements(doc)] == [
        "thỏa thuận tiếp tục tăng cường quan hệ hợp tác giữa Viêng Chăn và Thành phố Hồ Chí Minh"
    ]
    doc = run(
        "UBND tỉnh Trà Vinh ký kết bản ghi nhớ với nhà đầu tư Nhật Bản\n\nNgày 3/5, UBND tỉnh Trà Vinh tiếp và làm "
        "việc với Công ty Sakura (Nhật Bản). Lãnh đạo UBND tỉnh ký kết bản ghi nhớ với Công ty Sakura (Nhật Bản) về "
        "đầu tư nhà máy chế biến thủy sản."
    )
    assert len(agreements(doc)) == 1


def test_a_comma_with_no_space_after_it_opens_no_clause() -> None:
    doc = run(
        "On June 15, Mr. Tran Van An, Chairman of the Bac Ninh provincial People's Committee and leaders of Hanjin "
        "Industrial Complex Co.,Ltd (HIC) of South Korea signed a memorandum of understanding."
    )
    assert "org:ubnd-vn-56" in parties(doc, only_agreement(doc))


def test_a_municipal_government_s_city_and_a_ratified_memorandum() -> None:
    doc = run(
        "The Da Nang People's Committee and the Kunming Municipal Government ratified a memorandum of understanding on "
        "May 2 to strengthen their relationship.\n\nDa Nang and Kunming authorities sign a Memorandum of "
        "Understanding to boost relations. Photo: VNA\n\nLi Wei, Mayor of the Kunming Municipal People's Government, "
        "said Da Nang and Kunming share many similarities, and businesses from China would come."
    )
    assert any(e["id"] == "province:cn-city-kunming" for e in doc["entities"])
    document = only_agreement(doc)
    assert document["properties"]["status"] == "signed"
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)}
    assert "province:vn-dn" in parties(doc, document) and any("Kunming" in name for name in names)


def test_twin_relations_with_one_locality_are_with_the_page_s_other_locality_and_considered_proposed() -> None:
    doc = run(
        "Vietnamese Ambassador Tran Van Nam had a working session with Governor of Russia's Kaluga Oblast Ivan "
        "Petrov on May 3. Kaluga is home to many investors.\n\nNam asked the local authorities to consider the "
        "establishment of twin relations with Vietnam’s central province of Quang Binh."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "partnership" and document["properties"]["status"] == "proposed"
    assert parties(doc, document) == {"province:vn-24", "province:ru-klu"}


def test_and_a_verb_with_its_object_ends_an_english_title() -> None:
    doc = run(
        "Lao Cai (VNA) – The People's Committee of Lao Cai province and authorities of Okcheon county in the Republic "
        "of Korea on May 4 signed a memorandum of understanding on seasonal workers. Governor of Okcheon county Kim "
        "Min-su pledged to comply with the MoU and create the best conditions for Lao Cai's labourers."
    )
    assert [a["name"] for a in agreements(doc)] == ["memorandum of understanding on seasonal workers"]


def test_a_delegation_named_by_its_country_is_the_one_province_of_that_country_the_page_names() -> None:
    doc = run(
        "Hanoi (VNA) – Deputy Minister of Agriculture Tran Van Minh received Vice Governor of Japan's Miyazaki "
        "prefecture Sato Ken on May 4. Sato said that during his visit, the Japanese delegation had signed a "
        "memorandum of cooperation with Nam Dinh province in human resources."
    )
    assert parties(doc, only_agreement(doc)) == {"province:jp-45", "province:vn-67"}


def test_a_comma_of_the_signers_list_keeps_the_first_signer() -> None:
    doc = run(
        "In the afternoon of March 26, the Bac Ninh provincial People's Committee, Mitsui Corporation of Japan and "
        "Que Vo Industrial Park Co., Ltd signed a Memorandum of Understanding on establishing a Japan Desk in Bac Ninh."
    )
    assert "org:ubnd-vn-56" in parties(doc, only_agreement(doc))


def test_two_names_no_stage_read_in_a_between_slot_are_the_parties() -> None:
    doc = run("The two ministers witnessed the signing of an MoU between Sao Mai Energy and Adaro on coal supply.")
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert names == {"Sao Mai Energy", "Adaro"}
    doc = run("The two ministers witnessed the signing of an MoU between Monday and Friday talks on coal supply.")
    assert not parties(doc, only_agreement(doc))


def test_fields_listed_after_the_partner_of_a_plural_head_are_one_document_each() -> None:
    doc = run(
        "Vietnam's Ministry of Industry and Trade signed two MoUs with Cambodia's Ministry of Mines and Energy on "
        "power trading and on renewable energy."
    )
    assert sorted(a["name"] for a in agreements(doc)) == ["MoU on power trading", "MoU on renewable energy"]
    assert all("org:moit" in parties(doc, a) for a in agreements(doc))


def test_a_generic_agreement_head_with_a_trade_area_s_acronym_is_a_free_trade_agreement() -> None:
    doc = run(
        "Hai bên nhất trí thúc đẩy đàm phán nâng cấp Hiệp định thương mại hàng hóa ASEAN - Ấn Độ (AITIGA) trong năm "
        "nay."
    )
    assert only_agreement(doc)["properties"]["type"] == "fta"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru both ratified the Comprehensive and Progressive Agreement on Trans-Pacific Partnership in 2023, "
        "officials said on May 5, 2024.",
        "Mexico and Chile signed the Treaty of Trans-Pacific Partnership in 2016.",
    ],
)
def test_a_generic_head_with_a_trade_area_s_own_name_is_a_free_trade_agreement(text: str) -> None:
    """Not its acronym in brackets but the area's name (`Agreement on Trans-Pacific Partnership`, the word `on` where
    the head phrase has `for`; `Treaty of …`): still the trade area's FTA."""
    assert only_agreement(run(text))["properties"]["type"] == "fta"


def test_a_caption_ending_in_a_dash_and_its_credit_is_article_text() -> None:
    doc = run(
        "Ngày 5/3, Thủ tướng hai nước đã hội đàm tại Hà Nội.\n\nThủ tướng hai nước trao Bản ghi nhớ về hợp tác năng "
        "lượng giữa Bộ Công Thương Việt Nam và Bộ Công nghiệp Indonesia - Ảnh: Nguyễn Văn An |\n\nHai bên nhất trí "
        "tăng cường hợp tác."
    )
    assert "org:moit" in parties(doc, only_agreement(doc))


def test_a_title_ends_where_a_comma_and_an_article_bring_the_next_document() -> None:
    doc = run(
        "The two sides exchanged three documents: an MoU on trade promotion, a cooperation plan for 2024-2026, and a "
        "letter of intent on renewable energy."
    )
    assert sorted(a["name"] for a in agreements(doc)) == [
        "MoU on trade promotion",
        "cooperation plan for 2024-2026",
        "letter of intent on renewable energy",
    ]


def test_a_document_held_with_a_party_belongs_to_its_holder_and_that_party() -> None:
    doc = run(
        "Hanoi (VNA) – Minister Tran Van Nam received Governor of Japan's Nara prefecture Sato Ken on May 4. For his "
        "part, the governor said the prefecture is implementing an agricultural cooperation agreement with the "
        "Vietnamese Ministry of Agriculture and Rural Development."
    )
    assert parties(doc, only_agreement(doc)) == {"province:jp-29", "org:mard"}
    doc = run("The minister expressed agreement with the Ministry of Finance's proposals on tax cuts.")
    assert not agreements(doc)


def test_a_document_of_its_kind_held_with_a_party_belongs_to_the_holder_not_to_a_route() -> None:
    doc = run(
        "Vietnam Airlines plans daily flights between Da Nang and Sydney from March under a codeshare agreement with "
        "Qantas Airways, the carrier said."
    )
    assert parties(doc, only_agreement(doc)) == {"org:vietnam-airlines", "org:qantas-airways"}
    doc = run("Bamboo Airways will begin flights to Melbourne next year under an interline agreement with Qantas.")
    assert parties(doc, only_agreement(doc)) == {"org:bamboo-airways", "org:qantas"}


def test_a_document_the_relation_between_two_sides_runs_through_is_theirs() -> None:
    doc = run(
        "Ông Tanaka nhắc lại mối quan hệ giữa hai tỉnh Bình Phước và Kanagawa (Nhật Bản) trong 10 năm qua thông qua "
        "Bản thỏa thuận hợp tác hữu nghị đã đạt nhiều thành tựu."
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-58", "province:jp-14"}
    doc = run(
        "We hope the talks between Minister Tran Van Nam and Japanese Minister Sato Ken on May 4 will lay the "
        "foundation for a five-year Vietnam - Japan cooperation plan, the ambassador said."
    )
    assert parties(doc, only_agreement(doc)) <= {"country:vn", "country:jp"}


def test_a_state_twinned_with_a_province_is_their_partnership_and_an_end_marker_ends_its_title() -> None:
    doc = run(
        "Ambassador Tran Van Nam met Governor of Oregon Tina Kotek on May 4. Oregon has long ties with Vietnam. The US’ "
        "western state is twinned with Vietnam’s Quang Ngai province.-VNA"
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "partnership" and "VNA" not in document["name"]
    assert parties(doc, document) == {"province:us-or", "province:vn-29"}


def test_agreements_under_negotiation_listed_by_field_are_one_each() -> None:
    doc = run(
        "Vietnamese Deputy Minister of Finance Tran Van Nam and Peruvian Minister of Economy Jose Arista agreed to speed "
        "up negotiations for agreements on customs cooperation and double taxation avoidance."
    )
    found = sorted((a["name"], a["properties"]["status"]) for a in agreements(doc))
    assert found == [
        ("Agreement on customs cooperation", "under_negotiation"),
        ("Agreement on double taxation avoidance", "under_negotiation"),
    ]


def test_a_document_with_no_status_cue_is_signed() -> None:
    doc = run(
        "Ngày 5/3/2019, tại Viêng Chăn, Bản ghi nhớ về hợp tác thương mại giữa Bộ Công Thương và Bộ Công Thương Lào là "
        "cơ sở cho hợp tác hai bên."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"
    doc = run("Bản ghi nhớ về hợp tác thương mại giữa Bộ Công Thương và Bộ Công Thương Lào là cơ sở cho hợp tác.")
    assert only_agreement(doc)["properties"]["status"] == "signed"  # (a named document, undated: signed all the same)


def test_documents_a_plural_head_lists_by_period_are_one_each() -> None:
    doc = run(
        "Chairman of the Tay Ninh People's Committee said Svay Rieng and his province signed a memorandum of "
        "understanding on trade in 2009 and then MoUs for 2010 - 2014 and 2015 - 2020."
    )
    names = sorted(a["name"] for a in agreements(doc))
    assert "MoU for 2010 - 2014" in names and "MoU for 2015 - 2020" in names and len(names) == 3


def test_a_hard_wrapped_page_is_read_as_its_sentences() -> None:
    doc = run(
        "At the meeting, PPC Chairman Tran Van Nam and\nMr. Park Ji-sung, Vice President of KOTRA, signed a "
        "Memorandum of Understanding (M.O.U)\nbetween the People's Committee of Quang Ngai Province and the Korea "
        "Trade-Investment\nPromotion Agency. Accordingly, the two sides will cooperate."
    )
    assert "org:ubnd-vn-29" in parties(doc, only_agreement(doc))


def test_an_english_document_named_in_lower_case_by_its_subject_is_a_document() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) – Minister of Industry and Trade Tran Van Nam held talks with Thai Minister of Commerce "
        "Somchai Wong. The two sides agreed to expedite negotiations on a rice trading agreement."
    )
    document = only_agreement(doc)
    assert document["name"] == "rice trading agreement" and document["properties"]["status"] == "under_negotiation"
    assert not agreements(run("The two ministers said a new agreement would help."))


def test_the_two_ministries_of_a_named_portfolio_are_those_ministries() -> None:
    doc = run(
        "Ngày 5/3, Bộ trưởng Bộ Giáo dục Lào tiếp đoàn Việt Nam. Bộ Giáo dục Lào và Bộ Giáo dục Lào cho biết hợp tác "
        "tốt. Đại tướng Nguyễn Văn An, Bộ trưởng Bộ Quốc phòng Việt Nam và Đại tướng Khamla Phom, Bộ trưởng Bộ Quốc "
        "phòng Lào ký Nghị định thư hợp tác biên phòng giữa hai Bộ Quốc phòng."
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert names == {"Bộ Quốc phòng", "Bộ Quốc phòng Lào"}


def test_the_two_bodies_of_a_kind_are_each_country_s_body_of_that_kind() -> None:
    doc = run(
        "Ngày 5/3, Văn phòng Chính phủ và Văn phòng Phủ Thủ tướng Lào hội đàm tại Hà Nội. Hai bên đã ký Bản ghi nhớ "
        "về hợp tác giữa hai Văn phòng giai đoạn 2024-2025."
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert names == {"Văn phòng Chính phủ", "Văn phòng Phủ Thủ tướng Lào"}


def test_a_ministry_of_both_countries_is_each_country_s_ministry_of_that_portfolio() -> None:
    doc = run(
        "Ngày 8/4, Bộ trưởng Bộ Tài chính Việt Nam Hồ Đức Phớc tiếp Bộ trưởng Bộ Tài chính và Kinh tế Campuchia. "
        "Năm 2019, Bộ Tài chính của hai nước đã ký Thỏa thuận hợp tác trong lĩnh vực hải quan và thuế."
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert names == {"Bộ Tài chính", "Bộ Tài chính và Kinh tế Campuchia"}


def test_the_minutes_of_a_session_are_a_document_of_their_own() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - Deputy Prime Minister Tran Luu Quang met Mongolian Foreign Minister Battsetseg. "
        "They agreed to maintain the effective implementation of the minutes of the 17th session of the "
        "Intergovernmental Committee on Trade in 2023."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "other"
    assert document["name"].startswith("minutes of the 17th session")


def test_a_set_of_documents_between_two_named_sides_is_one_document_of_theirs() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - After the talks, Prime Minister Le Van Tam attended the signing ceremony for "
        "cooperation documents between Nam Dinh Province and Gifu Prefecture."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "other"
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, document)}
    assert {"Nam Định", "Gifu"} <= names
    doc = run(
        "Hanoi, May 4 (VNA) - A total of 15 memorandums of understanding were signed between Vietnam and Chile in "
        "the sectors of energy and mining."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "mou" and document["properties"]["status"] == "signed"


def test_a_set_between_the_two_sides_or_told_one_by_one_is_no_document_of_its_own() -> None:
    assert not agreements(
        run("Hai bên cần nỗ lực thúc đẩy triển khai các thỏa thuận giữa hai nước trong thời gian tới.", lang="vi")
    )
    doc = run(
        "Hanoi, May 4 (VNA) - Three documents between Vietnam and Chile were exchanged. The first was a "
        "memorandum of understanding on mining cooperation."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou"]


def test_a_bare_mention_with_the_sides_as_places_is_the_document_named_with_their_governments() -> None:
    doc = run(
        "Thái Bình hợp tác với Changwon\n\n"
        "Ngày 5/3/2024, UBND tỉnh Thái Bình và chính quyền thành phố Changwon (Hàn Quốc) đã ký Bản ghi nhớ hợp tác giữa "
        "2 địa phương giai đoạn 2024-2026. Trước đó, bản ghi nhớ giữa tỉnh Thái Bình và thành phố Changwon đã được "
        "các bên chuẩn bị kỹ lưỡng.",
        lang="vi",
    )
    assert len(agreements(doc)) == 1


def test_signers_told_with_an_office_no_title_list_knows_add_their_bodies() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - Chile signed a Memorandum of Understanding (MoU) with Vietnam for cooperation in "
        "training on May 3. Ana Rojas, the Vice-Chancellor of Santiago Institute of Marine Technology and Colonel "
        "Tran Van Long, the President of Vietnam's Naval Academy signed the MoU."
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert {"Santiago Institute of Marine Technology", "Naval Academy"} <= names


def test_a_treaty_s_sides_are_states_not_the_ministries_whose_ministers_signed_it() -> None:
    doc = run(
        "Hà Nội, ngày 5/3/2024 - Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Bộ trưởng Bộ Nội vụ Estonia Lauri Läänemets "
        "đã ký Hiệp định miễn thị thực cho người mang hộ chiếu công vụ.",
        lang="vi",
    )
    assert set(parties(doc, only_agreement(doc))) == {"country:vn", "country:ee"}
    doc = run(
        "Hà Nội, ngày 5/3/2024 - Hai bên đã ký Hiệp định tương trợ tư pháp giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
        "Estonia.",
        lang="vi",
    )
    assert not {"country:vn", "country:ee"} & set(parties(doc, only_agreement(doc)))


def test_a_document_an_agreement_is_on_or_that_qualifies_it_is_no_document_of_its_own() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - The two ministers signed an agreement on cooperation plan for 2025 between the "
        "governments of Vietnam and Cuba."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]
    doc = run(
        "Hanoi, May 4 (VNA) - The two ministers signed the action plan agreement between the Justice Ministries of "
        "Vietnam and Cuba."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_a_plural_of_a_country_s_provinces_is_the_provinces_of_it_the_page_names() -> None:
    doc = run(
        "Lai Châu ký biên bản hợp tác với các tỉnh Bắc Lào\n\n"
        "Ngày 12/3/2024, tỉnh Lai Châu và đoàn đại biểu các tỉnh Bắc Lào (nước CHDCND Lào) tổ chức hội đàm và ký kết "
        "biên bản hợp tác. Tham dự có lãnh đạo các tỉnh Bokeo, Luang Namtha (Lào).",
        lang="vi",
    )
    found = set(parties(doc, only_agreement(doc)))
    assert {"province:la-bk", "province:la-lm"} <= found and "country:la" not in found


def test_a_dateline_place_and_a_body_s_country_after_of_are_no_parties() -> None:
    doc = run(
        "Hanoi (VNA) – The Ministry of Finance signed a memorandum of understanding (MoU) on tax data exchange with "
        "the National Tax Service of the Republic of Korea on July 17."
    )
    found = set(parties(doc, only_agreement(doc)))
    assert "province:vn-hn" not in found and "country:kr" not in found and len(found) == 2, found


def test_a_head_after_its_bracketed_acronym_is_the_document_the_acronym_names() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - He spoke of cooperation between Vietnam and New Zealand in the context of the "
        "enactment of the Regional Comprehensive Economic Partnership (RCEP) Agreement."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["fta"]


def test_sides_described_then_named_after_a_colon_are_the_named_ones() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - The chairman appreciated the signing of the MoU between the two largest ports of the "
        "two countries: Hai Phong and Busan."
    )
    found = set(parties(doc, only_agreement(doc)))
    assert found == {"province:vn-hp", "province:kr-26"}, found


def test_a_signers_list_whose_names_carry_acronyms_in_brackets_is_one_list() -> None:
    doc = run(
        "(PL)- Sáng 12-4, Bộ Tài chính, UBND tỉnh Bình Thuận, Cơ quan Hợp tác quốc tế Nhật Bản (JICA) và Tập đoàn "
        "Lotte (LT) cùng ký kết bản ghi nhớ Dự án phát triển chuỗi giá trị thủy sản tại Bình Thuận.",
        lang="vi",
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert {"Bộ Tài chính", "UBND tỉnh Bình Thuận"} <= names and len(names) >= 4, names


def test_a_deal_is_a_document_and_the_deal_refers_back_but_to_deal_with_is_no_document() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - Vietnam and Chile signed a trade deal on rice exports on May 3. The deal was inked by "
        "the two trade ministers. They agreed to deal with issues in various fields and made a good deal of progress."
    )
    document = only_agreement(doc)
    assert document["properties"]["type"] == "agreement"
    assert set(parties(doc, document)) == {"country:vn", "country:cl"}


def test_a_signed_cooperation_and_a_cooperation_programme_are_documents_of_their_sides() -> None:
    doc = run(
        "Sáng 28/12/2024, tại thành phố Pleiku đã diễn ra lễ ký kết hợp tác giữa tỉnh Gia Lai với tỉnh Ratanakiri, "
        "Vương quốc Campuchia.",
        lang="vi",
    )
    assert set(parties(doc, only_agreement(doc))) == {"province:vn-30", "province:kh-16"}
    doc = run(
        "Chiều 7/12/2024, tại tỉnh Bạc Liêu đã diễn ra lễ ký kết chương trình hợp tác giữa tỉnh Bạc Liêu – Thái Bình "
        "giai đoạn 2025 – 2030.",
        lang="vi",
    )
    document = only_agreement(doc)
    # (a cooperation programme between governments, provincial ones too, is an action plan: decided, 19th session)
    assert document["properties"]["type"] == "action_plan"
    assert set(parties(doc, document)) == {"province:vn-55", "province:vn-20"}


def test_a_cooperation_programme_between_two_ministries_is_an_action_plan() -> None:
    """The conventions (19th session): a cooperation programme between governments is `action_plan`."""
    doc = run(
        "Ngày 12/5/2025, tại Hà Nội, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Chương trình hợp tác y tế giữa Bộ Y tế "
        "Việt Nam và Bộ Y tế Lào giai đoạn 2025 - 2027.",
        lang="vi",
    )
    assert only_agreement(doc)["properties"]["type"] == "action_plan"


def test_a_signers_list_in_brackets_is_one_subject() -> None:
    doc = run(
        "Ngày 30-3-2024, UBND tỉnh Quảng Ngãi và Chính quyền 3 tỉnh Nam Lào (Attapu, Salavan, Sekong) đã ký kết "
        "biên bản hợp tác giai đoạn 2024 - 2028, phù hợp với pháp luật của hai nước Việt Nam - Lào.",
        lang="vi",
    )
    found = set(parties(doc, only_agreement(doc)))
    assert {"province:vn-29", "province:la-at", "province:la-sl", "province:la-xe"} <= found, found


def test_a_document_establishing_a_twinning_is_one_of_the_two_localities() -> None:
    doc = run(
        "Tay Ninh (VNA) – Governor of Chile's Maule region Pedro Alvarez held a working session with leaders of the "
        "southern province of Tay Ninh on August 24. Permanent Vice Secretary of the provincial Party Committee "
        "Nguyen Van Hai said in April, the provincial People's Committee signed a Letter of Intent with Maule "
        "during the official Chile visit by National Assembly Chairman Tran Thanh Man. At the event, both sides "
        "signed a Memorandum of Understanding on the establishment of their twinning relationship."
    )
    memorandum = next(a for a in agreements(doc) if a["properties"]["type"] == "mou")
    assert set(parties(doc, memorandum)) == {"province:vn-37", "province:cl-ml"}


def test_the_other_side_after_the_comma_of_a_named_list_is_a_party() -> None:
    doc = run(
        "Hanoi, August 28 (VNA) - The two sides signed a MoU on cooperation in vocational training between Vietnam’s "
        "Ministry of Labor, Invalids and Social Affairs, and Chile’s Ministry of Labour."
    )
    names = {e["name"] for e in doc["entities"] if e["id"] in parties(doc, only_agreement(doc))}
    assert len(names) == 2, names


def test_a_plural_head_with_pairs_of_places_is_one_document_of_each_pair() -> None:
    doc = run(
        "Bộ Công Thương cho biết, Việt Nam vừa ký kết các Bản ghi nhớ song phương Việt Nam - Thái Lan, Việt Nam - "
        "Myanmar về phối hợp kiểm soát thị trường.",
        lang="vi",
    )
    assert sorted(sorted(parties(doc, a)) for a in agreements(doc)) == [
        ["country:mm", "country:vn"],
        ["country:th", "country:vn"],
    ]


def test_a_plan_to_implement_a_document_is_an_action_plan_of_its_sides() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - Leaders of Quang Ngai province and Australia's Queensland state met in Quang Ngai. On "
        "May 3, the two sides signed a plan to implement their Memorandum of Understanding for the 2024-2029 period."
    )
    plan = next(a for a in agreements(doc) if a["properties"]["type"] == "action_plan")
    assert plan["properties"]["status"] == "signed"


def test_mentions_of_one_document_before_and_after_another_mention_of_it_are_one_document() -> None:
    doc = run(
        "Ngày 19/11/2021, Bộ trưởng Bộ Tài chính Việt Nam Hồ Đức Phớc và Bộ trưởng Bộ Tài chính Chile Mario Marcel "
        "đã ký kết Biên bản ghi nhớ hợp tác tài chính giữa hai bộ. Phát biểu tại Lễ ký, Bộ trưởng Hồ Đức Phớc cho "
        "biết, việc ký kết Biên bản ghi nhớ hợp tác tài chính giai đoạn 2021-2025 là sự kiện đặc biệt. Theo biên bản "
        "ghi nhớ hợp tác tài chính giữa hai bộ, hai bên sẽ trao đổi thông tin.",
        lang="vi",
    )
    assert len(agreements(doc)) == 1


def test_the_deal_refers_back_to_the_document_just_read() -> None:
    doc = run(
        "Da Nang (VNA) – A memorandum of understanding (MoU) on cooperation between Da Nang and the Lao province of "
        "Savannakhet for 2024-2027 was signed on May 3. Chairman of the municipal People’s Committee Le Trung Chinh "
        "and Governor of Savannakhet Santiphab Phomvihane highlighted the importance of the deal for both localities "
        "and for deepening the nations’ traditional relations."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou"]


def test_a_letter_of_agreement_is_a_letter_not_an_agreement() -> None:
    doc = run(
        "Ngày 5/3/2024, Tập đoàn Điện lực Việt Nam và Công ty Điện lực Campuchia đã ký Thư thỏa thuận về hợp tác "
        "mua bán điện.",
        lang="vi",
    )
    assert only_agreement(doc)["properties"]["type"] == "other"


def test_a_body_s_country_after_of_stays_no_party_when_its_short_form_follows_in_brackets() -> None:
    doc = run(
        "The Ministry of Finance signed a memorandum of understanding (MoU) on tax data exchange with the "
        "Presidential Committee on Fiscal Decentralisation of the Republic of Korea (RoK) on July 17."
    )
    found = set(parties(doc, only_agreement(doc)))
    assert "country:kr" not in found and len(found) == 2, found


def test_a_signer_s_body_written_short_is_the_party_already_read() -> None:
    doc = run(
        "Minister of Planning and Investment Tran Van An (R) shakes hands with Chairman of the RoK’s Presidential "
        "Committee Park Min-soo (Photo: baodautu.vn)\n"
        "Hanoi (VNA) – The Ministry of Planning and Investment (MPI) signed a memorandum of understanding (MoU) on "
        "sharing regional policies with the Presidential Committee on Fiscal Decentralisation of the Republic of "
        "Korea (RoK) on July 17.\n"
        "The deal was inked by Minister of Planning and Investment Tran Van An and Chairman of the RoK’s "
        "Presidential Committee Park Min-soo."
    )
    found = parties(doc, only_agreement(doc))
    assert sorted(found) == ["org:mpi", "org:presidential-committee-on-fiscal-decentralisation"], found


@pytest.mark.parametrize(
    "text",
    [
        "In May, the Lam Dong provincial People’s Committee signed a Letter of Intent with Okayama prefecture during "
        "the official Japan visit by National Assembly Chairman Tran Thanh Man.",
        "Tháng 5, UBND tỉnh Lâm Đồng đã ký Ý định thư với tỉnh Okayama trong chuyến thăm Nhật Bản của Chủ tịch Quốc "
        "hội Trần Thanh Mẫn.",
    ],
)
def test_the_occasion_of_a_signing_is_neither_title_nor_party(text: str) -> None:
    doc = run(text)
    agreement = only_agreement(doc)
    assert "visit" not in agreement["name"] and "chuyến thăm" not in agreement["name"], agreement["name"]
    assert not any("national-assembly" in p for p in parties(doc, agreement)), parties(doc, agreement)
    assert "province:jp-33" in parties(doc, agreement)


def test_a_signer_s_body_seated_in_a_party_province_adds_no_party() -> None:
    doc = run(
        "Da Nang (VNA) – Da Nang city and Laos' Savannakhet province on April 9 signed a memorandum of understanding "
        "(MoU) on cooperation for 2024-2027.\n"
        "The MoU was inked by Secretary of the Party Committee and Chairman of the People’s Committee of Da Nang "
        "Tran Van Binh and Khamphou Sengdara, Secretary of the Party Committee and Governor of Savannakhet."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["province:la-sv", "province:vn-dn"]


@pytest.mark.parametrize(
    "text",
    [
        "The Office of the Ministry of Finance this morning informed that Minister Ho Duc Phoc and Cambodian "
        "Minister of Economy and Finance Aun Pornmoniroth signed a Memorandum of Understanding (MoU) on customs.",
        "Văn phòng Bộ Tài chính cho biết Bộ trưởng Hồ Đức Phớc và Bộ trưởng Kinh tế và Tài chính Campuchia Aun "
        "Pornmoniroth đã ký Bản ghi nhớ hợp tác về hải quan.",
    ],
)
def test_who_reports_a_signing_is_no_party_of_it(text: str) -> None:
    doc = run(text)
    assert not any("office" in p or "van-phong" in p for p in parties(doc, only_agreement(doc)))


def test_2_provinces_are_the_page_s_two_provinces_and_stand_for_their_committees() -> None:
    doc = run(
        "Tây Ninh - Svay Rieng (Campuchia) ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024-2028\n"
        "Sáng 5/9, tại hội trường Tỉnh ủy Tây Ninh, 2 tỉnh đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024-2028."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["province:kh-20", "province:vn-37"]


def test_documents_no_mention_gives_a_party_of_are_between_the_page_s_only_two_countries() -> None:
    doc = run(
        "President wraps up State visit to Malaysia\n"
        "Hanoi (VNA) – The President of Vietnam arrived back in Hanoi on March 4, wrapping up a State visit to "
        "Malaysia. During the trip, the leader held talks with his counterpart and visited the Secretariat of the "
        "Association of Southeast Asian Nations (ASEAN). They also witnessed the signing and exchange of cooperation "
        "documents on digital economy, energy, and defence industry."
    )
    agreements = [e for e in doc["entities"] if e["label"] == "Agreement"]
    assert agreements and all(parties(doc, a) == {"country:my", "country:vn"} for a in agreements), agreements


def test_the_inking_of_a_document_says_it_was_signed() -> None:
    doc = run(
        "The President led the ceremony, which was later followed by a bilateral meeting, the inking of a "
        "memorandum of understanding (MoU) between Vietnam and Chile, and a joint press statement."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "tail",
    [
        "cooperation agreements on digital economy; the trafficking of drugs and precursors; and the energy sector "
        "were signed.",
        "cooperation agreements on digital economy, education and energy were signed.",
    ],
)
def test_a_list_of_documents_whose_verb_follows_it_is_one_signed_document_each(tail: str) -> None:
    doc = run(f"The leaders of Vietnam and Chile held talks in Hanoi on May 2. Important {tail}")
    agreements = [e for e in doc["entities"] if e["label"] == "Agreement"]
    assert len(agreements) == 3 and all(a["properties"]["status"] == "signed" for a in agreements), agreements
    assert not any("signed" in a["name"] for a in agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi and Seoul officials met on May 4 in Hanoi. The two cities should discuss and sign a cooperation "
        "agreement soon.",
        "Lãnh đạo Hà Nội và Seoul gặp nhau ngày 4/5 tại Hà Nội. Hai thành phố nên sớm ký kết thỏa thuận hợp tác.",
    ],
)
def test_a_document_the_sides_should_sign_is_proposed(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "proposed"


def test_the_two_associations_are_the_two_bodies_of_that_kind_the_page_names() -> None:
    doc = run(
        "Chairwoman of the Vietnam-Laos Friendship Association Tran Thi Lan and Chairman of the Laos-Vietnam "
        "Friendship Association Somsavat Lengsavad on May 2 co-chaired a conference in Hanoi to review a memorandum "
        "of understanding (MoU) on coordination between the two associations for the 2023-2028 period."
    )
    found = parties(doc, only_agreement(doc))
    assert len(found) == 2 and all("friendship-association" in p for p in found), found


def test_the_two_chambers_count_a_vietnamese_body_by_its_english_name() -> None:
    doc = run(
        "Trade ties\n\nPham Van Minh, vice president of the Vietnam Chamber of Commerce and Industry (VCCI), and Anna "
        "Berg, head of the Stockholm Chamber of Commerce, signed a memorandum of understanding between the two "
        "chambers on Tuesday in Hanoi."
    )  # (VCCI's own name is Vietnamese, `Liên đoàn Thương mại và Công nghiệp Việt Nam`: no country signs)
    assert parties(doc, only_agreement(doc)) == {"org:vcci", "org:stockholm-chamber-of-commerce"}


def test_documents_told_by_purpose_after_including_are_one_each_between_the_signers() -> None:
    doc = run(
        "At the meeting, the Ministry of Industry and Trade and Yunnan province signed several memoranda of "
        "understanding, including a document to hold more trade fairs at the border and another on establishing a "
        "joint logistics centre.-VNA"
    )
    agreements = [e for e in doc["entities"] if e["label"] == "Agreement"]
    assert len(agreements) == 2, agreements
    assert all(parties(doc, a) == {"org:moit", "province:cn-yn"} for a in agreements), agreements
    assert not any("VNA" in a["name"] for a in agreements)


def test_a_counted_set_two_sides_signed_is_one_document_of_theirs() -> None:
    doc = run(
        "The foreign secretary said both sides, the Philippines and Vietnam, also signed a number of agreements, "
        "seven in all, to deepen cooperation."
    )
    assert parties(doc, only_agreement(doc)) == {"country:ph", "country:vn"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed four economic cooperation agreements on Thursday during a business forum in Lima.",
        "Chile and Peru signed seven new agreements at the presidential palace in Lima yesterday.",
        "Chile and Peru signed two government-level cooperation agreements on Monday.",
    ],
)
def test_a_set_counted_with_its_kind_or_novelty_between_is_one_document_of_the_signers(text: str) -> None:
    doc = run(text)
    record = only_agreement(doc)
    assert parties(doc, record) == {"country:cl", "country:pe"}
    assert record["properties"]["status"] == "signed"


def test_fields_the_next_sentence_gives_a_counted_set_are_one_document_each() -> None:
    doc = run(
        "Chile and Peru signed three trade cooperation agreements on Friday at a forum in Lima. The agreements cover "
        "the sectors of fisheries, mining, as well as transport, storage and logistics."
    )
    found = agreements(doc)
    assert sorted(a["name"] for a in found) == [
        "Agreement on fisheries",
        "Agreement on mining",
        "Agreement on transport, storage and logistics",
    ]
    assert all(parties(doc, a) == {"country:cl", "country:pe"} for a in found)
    assert all(a["properties"]["status"] == "signed" for a in found)


def test_fields_the_next_sentence_gives_other_than_counted_are_what_the_set_spans() -> None:
    doc = run(
        "Chile and Peru signed two trade cooperation agreements on Friday at a forum in Lima. The agreements cover "
        "fisheries, mining and transport."
    )
    assert len(agreements(doc)) == 1


def test_documents_in_general_are_no_set() -> None:
    doc = run(
        "He stressed the importance of exchanging visits between the Philippines and Vietnam, supported by the "
        "signing of MoUs and the establishment of a friendship committee."
    )
    assert not [e for e in doc["entities"] if e["label"] == "Agreement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tại buổi làm việc, Bộ Công Thương và Chính quyền tỉnh Vân Nam đã ký một số bản ghi nhớ hợp tác.", "mou"),
        ("Bộ Công Thương và tỉnh Vân Nam (Trung Quốc) đã ký 3 văn kiện hợp tác.", "other"),
    ],
)
def test_a_counted_set_two_named_sides_signed_is_one_document_in_vietnamese_too(text: str, kind: str) -> None:
    doc = run(text)
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == kind and {"org:moit", "province:cn-yn"} <= parties(doc, agreement)


def test_a_set_named_back_is_no_new_document() -> None:
    doc = run("Bộ Công Thương và tỉnh Vân Nam đã ký 3 văn kiện hợp tác. Các văn kiện này mở ra giai đoạn hợp tác mới.")
    assert len([e for e in doc["entities"] if e["label"] == "Agreement"]) == 1


def test_documents_named_in_the_agreement_between_are_documents_and_end_at_the_sides_clause() -> None:
    doc = run(
        "Officials of Quang Nam province and Laos’ Sekong and Attapeu provinces held talks on May 3, during which "
        "they signed cooperation agreements for 2024-2026.\n"
        "In the cooperation agreement between Quang Nam and Sekong, the two sides agreed to exchange delegations.\n"
        "Meanwhile, in the cooperation agreement between Quang Nam and Attapeu, the two sides agreed to ensure smooth "
        "and convenient trade, and import and export activities."
    )
    agreements = [e for e in doc["entities"] if e["label"] == "Agreement"]
    assert sorted(a["name"] for a in agreements) == [
        "cooperation agreement between Quang Nam and Attapeu",
        "cooperation agreement between Quang Nam and Sekong",
    ]


def test_the_witnesses_of_a_signing_are_no_parties() -> None:
    doc = run(
        "Tran Van Nam and Khamphao Ernthavanh signed a cooperation agreement between Binh Duong and Attapeu provinces "
        "for 2024 – 2028 under the witness of President To Lam and General Secretary of the Lao People's "
        "Revolutionary Party (LPRP) Central Committee and President of Laos Thongloun Sisoulith."
    )
    found = parties(doc, only_agreement(doc))
    assert len(found) == 2 and all(p.startswith("province:") for p in found), found


def test_a_document_signed_with_an_article_is_one_even_without_a_complement() -> None:
    doc = run(
        "In an effort to bolster economic ties, representatives of Vietnam's Ministry of Industry and Trade signed a "
        "memorandum of understanding to set the stage for further trade cooperation."
    )
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == "mou" and agreement["properties"]["status"] == "signed"


def test_and_another_on_is_a_second_document_of_the_same_kind() -> None:
    doc = run(
        "Four northern provinces and China's Guangxi province signed several cooperation documents in Lang Son on "
        "May 20. They include an agreement on border market management between Lang Son and Guangxi, and another "
        "on cooperation between Cao Bang and Guangxi."
    )
    names = sorted(e["name"] for e in doc["entities"] if e["label"] == "Agreement")
    assert names == [
        "agreement on border market management between Lang Son and Guangxi",
        "agreement on cooperation between Cao Bang and Guangxi",
    ], names


def test_documents_establishing_friendship_are_between_the_home_locality_and_each_partner() -> None:
    doc = run(
        "Lãnh đạo tỉnh Lạng Sơn thăm Nga và Séc\n"
        "Đoàn công tác đã hội đàm và ký kết bản ghi nhớ thiết lập quan hệ hữu nghị với tỉnh Omsk, Liên bang Nga. "
        "Tỉnh Lạng Sơn và Omsk thống nhất nghiên cứu kết nối đường bay.\n"
        "Tỉnh Lạng Sơn cũng đã hội đàm và ký kết bản ghi nhớ về thiết lập quan hệ hữu nghị hợp tác tỉnh Plzeň, "
        "Cộng hòa Czech."
    )
    found = sorted(tuple(sorted(parties(doc, a))) for a in doc["entities"] if a["label"] == "Agreement")
    assert found == [("province:cz-32", "province:vn-09"), ("province:ru-oms", "province:vn-09")], found


def test_a_second_mention_naming_its_partner_after_with_is_the_same_document() -> None:
    doc = run(
        "Ký kết hợp tác Lâm Đồng - Okayama (Nhật Bản)\n"
        "Tại buổi gặp, hai bên đã ký kết Bản ghi nhớ về thiết lập quan hệ hữu nghị hợp tác với nhau, trên các lĩnh "
        "vực nông nghiệp, thương mại, du lịch.\n"
        "Tại buổi tiếp, Chủ tịch UBND tỉnh Lâm Đồng cho rằng việc ký kết bản ghi nhớ thiết lập quan hệ hợp tác với "
        "tỉnh Okayama là cơ hội lớn."
    )
    assert len([e for e in doc["entities"] if e["label"] == "Agreement"]) == 1


def test_under_the_mou_comma_is_the_document_already_read() -> None:
    doc = run(
        "The Department of Agriculture signed a memorandum of understanding on rice trade with Vietnam's Ministry of "
        "Industry and Trade. Under the MoU, Vietnam will supply the Philippines with 1.5 million tonnes of rice."
    )
    assert len([e for e in doc["entities"] if e["label"] == "Agreement"]) == 1


def test_a_memorandum_of_agreement_is_a_memorandum() -> None:
    doc = run(
        "The Philippines and Vietnam have signed four memorandums of agreement. Defense Secretary Juan Cruz signed an "
        "MOA on Defense Cooperation, and the CHEd chairperson signed the Memorandum of Agreement on Academic "
        "Cooperation."
    )
    names = sorted(e["name"] for e in doc["entities"] if e["label"] == "Agreement")
    assert names == ["MOA on Defense Cooperation", "Memorandum of Agreement on Academic Cooperation"], names
    assert all(e["properties"]["type"] == "mou" for e in doc["entities"] if e["label"] == "Agreement")


def test_a_list_of_titles_ends_each_at_the_next_and_a_verb_ends_a_title() -> None:
    doc = run(
        "Chile and Viet Nam on Tuesday signed agreements during the state visit. Among those signed include the "
        "Memorandum of Understanding (MOU) on Copper Trade Cooperation, Understanding on Incident Prevention at Sea, "
        "Memorandum of Understanding on Cooperation in Agriculture and Related Fields, and a cultural programme.\n"
        "The MOU on Copper Trade Cooperation creates a framework for trade between the two countries."
    )
    names = sorted(e["name"] for e in doc["entities"] if e["label"] == "Agreement")
    assert names == [
        "Memorandum of Understanding (MOU) on Copper Trade Cooperation",
        "Memorandum of Understanding on Cooperation in Agriculture and Related Fields",
    ], names


def test_a_document_named_as_told_above_is_no_new_document() -> None:
    doc = run(
        "Bộ Công Thương và Bộ Thương mại Chile đã ký Bản ghi nhớ về thiết lập cơ chế đối thoại thương mại. Bản thỏa "
        "thuận thiết lập cơ chế hợp tác nêu trên đã được hai Bộ trưởng ký vào chiều ngày 5/3."
    )
    assert len([e for e in doc["entities"] if e["label"] == "Agreement"]) == 1


def test_a_weekday_ends_an_english_title() -> None:
    doc = run(
        "Representatives of the Hanoi People’s Council and Japan’s Okayama Prefectural Assembly signed a Memorandum "
        "of Understanding (MoU) on friendship and cooperation on Thursday at the headquarters of the council."
    )
    assert only_agreement(doc)["name"] == "Memorandum of Understanding (MoU) on friendship and cooperation"


def test_a_plan_a_memorandum_is_on_is_no_document_of_its_own() -> None:
    doc = run(
        "Bộ trưởng Văn phòng Chính phủ Việt Nam và Bộ trưởng Văn phòng Phủ Thủ tướng Campuchia ký Bản ghi nhớ về kế "
        "hoạch hợp tác giữa hai Văn phòng giai đoạn 2024 - 2025."
    )
    assert only_agreement(doc)["properties"]["type"] == "mou"


def test_signers_each_with_an_apposition_are_all_read() -> None:
    doc = run(
        "Lee Min-ho, Vice Governor for Economy of Gyeonggi Province, and Tran Van Lam, Chairman of the Hanoi People’s "
        "Committee, signed a Memorandum of Understanding (MOU) on October 21."
    )
    assert "province:kr-41" in parties(doc, only_agreement(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/4, Việt Nam và Campuchia ký kết nhiều thỏa thuận hợp tác về giao thông đường thủy.",
        "Thailand and Cambodia sign agreement on cross-border transport.",
    ],
)
def test_a_count_after_ky_and_news_english_s_present_sign_are_signed(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia agreed to sign an agreement on cross-border transport.",
        "Thailand and Cambodia should sign an agreement on cross-border transport.",
    ],
)
def test_a_sign_after_to_or_a_modal_is_not_signed(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] != "signed"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("a pact on", "agreement"),
        ("an accord on", "agreement"),
        ("several protocols on", "other"),  # (an English protocol is filed with the other kinds)
        ("two memoranda on", "mou"),
    ],
)
def test_pacts_accords_protocols_and_memoranda_are_documents(head: str, kind: str) -> None:
    doc = run(f"Kenya and Thailand signed {head} fisheries cooperation in Nairobi on Tuesday.")
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == kind
    assert sorted(parties(doc, agreement)) == ["country:ke", "country:th"]


def test_a_headline_s_generic_word_is_the_body_s_one_document_of_those_sides() -> None:
    doc = run(
        "Politics & Society\n"
        "Tue Apr 04, 2023 10:12\n"
        "Gyeonggi and Bac Ninh sign new cooperation agreement to deepen ties\n"
        "Gyeonggi Province of the Republic of Korea and Bac Ninh province signed a memorandum of understanding on "
        "cooperation between the two localities on April 3. Governor Kim Dong-yeon attended."
    )
    agreements_found = [e for e in doc["entities"] if e["label"] == "Agreement"]
    assert [a["properties"]["type"] for a in agreements_found] == ["mou"], agreements_found


def test_under_which_ends_a_title() -> None:
    doc = run(
        "Kenya and Thailand signed a fisheries exchange agreement under which the two countries will hold a joint "
        "fair every year."
    )
    assert only_agreement(doc)["name"] == "fisheries exchange agreement"


def test_a_tally_of_partners_counted_then_named_is_one_document_with_each() -> None:
    doc = run(
        "Đến nay, tỉnh Quảng Trị đã ký kết thỏa thuận hợp tác với ba tỉnh của Lào có chung đường biên giới là "
        "Savannakhet, Salavan và Champasak; đồng thời duy trì hợp tác với các tỉnh khác."
    )
    found = agreements(doc)
    assert len(found) == 3, found
    assert {"province:vn-25"} <= parties(doc, found[0])
    assert all(len(parties(doc, a)) == 2 for a in found)


def test_partners_counted_at_one_ceremony_are_one_document() -> None:
    doc = run(
        "Ngày 5/6, UBND tỉnh Quảng Trị ký kết biên bản hợp tác với 3 tỉnh của Lào gồm Savannakhet, Salavan và "
        "Champasak nhằm thúc đẩy thương mại biên giới."
    )
    assert len(agreements(doc)) == 1


def test_a_document_named_alike_twice_and_once_by_its_sides_is_one() -> None:
    doc = run(
        "Trang chủ Chính trị - Xã hội\n"
        "18:00 | 12/05/2025 GMT+7\n\n"
        "Sáng 12/5, lãnh đạo tỉnh Hà Tĩnh và Đoàn đại biểu cấp cao thủ đô Phnom Penh (Vương quốc Campuchia) đã "
        "hội đàm và ký kết thỏa thuận hợp tác giai đoạn 2025–2028. Hai bên nhất trí tăng cường quan hệ hữu nghị và "
        "thúc đẩy hợp tác toàn diện trên nhiều lĩnh vực.\n"
        "Tỉnh Hà Tĩnh và Thủ đô Phnom Penh (Campuchia) ký kết thỏa thuận hợp tác giai đoạn 2025–2028\n"
        "Buổi Hội đàm và ký kết thỏa thuận hợp tác giữa hai Hà Tĩnh và Phnom Penh giai đoạn 2025-2028. (Ảnh: Minh Anh/ng"
    )
    assert len(agreements(doc)) == 1, agreements(doc)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya and Thailand signed three cooperative agreements in Nairobi on Monday.", "agreement"),
        ("Kenya and Thailand adopted a Plan of Action on fisheries for 2026 to 2028.", "action_plan"),
        ("Kenya and Thailand signed a loan deal worth $50 million in Nairobi.", "agreement"),
    ],
)
def test_cooperative_agreements_plans_of_action_and_kinds_of_deal(text: str, kind: str) -> None:
    agreement = only_agreement(run(text))
    assert agreement["properties"]["type"] == kind
    assert sorted(parties(run(text), agreement)) == ["country:ke", "country:th"]


def test_fields_given_as_examples_are_no_documents_one_by_one() -> None:
    doc = run(
        "Kenya and Thailand have signed agreements in key areas such as fisheries, tourism, solar energy and "
        "railways, the minister said."
    )
    assert len(agreements(doc)) <= 1, agreements(doc)


def test_a_document_a_quotation_adds_after_a_counted_set_is_another() -> None:
    doc = run(
        "Kenya and Thailand deepen ties\n"
        "Kenya and Thailand signed a total of six agreements on Monday. “We are also issuing a Plan of Action for our engagement from 2026 to 2028 today,” the Kenyan President "
        "said in Bangkok, next to the Prime Minister of Thailand."
    )
    kinds = sorted(a["properties"]["type"] for a in agreements(doc))
    assert kinds == ["action_plan", "agreement"], agreements(doc)


def test_a_mayor_s_city_ends_where_the_mayor_s_name_begins() -> None:
    doc = run(
        "Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường và Thị trưởng thành phố Côn Minh Lưu Gia Thần đồng chủ trì "
        "hội nghị hợp tác giữa Lào Cai và Trung Quốc."
    )
    cities = [e["name"] for e in doc["entities"] if e["id"].startswith("province:cn-city-")]
    assert cities == ["Côn Minh"], cities
    assert "Lưu Gia Thần" in [e["name"] for e in doc["entities"] if e["label"] == "Official"]


def test_a_document_of_another_year_is_another_document() -> None:
    doc = run(
        "On March 4, the People’s Committee of Khanh Hoa province and the government of Sakai city, Osaka prefecture of "
        "Japan have signed a memorandum of understanding (MoU) on exchange and partnership, especially in culture, human "
        "resources and trade. He added that in 2019, the two localities also signed a MoU on human resources "
        "cooperation.",
        date="2024-03-05",
    )
    assert len(agreements(doc)) == 2, [a["name"] for a in agreements(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng hai nước trao Bản ghi nhớ hợp tác về năng lượng giữa Bộ Công Thương và Bộ Năng lượng Chile.",
        "Thứ trưởng Bộ Công Thương và Thứ trưởng Bộ Năng lượng Chile trao đổi Bản ghi nhớ",
    ],
)
def test_a_document_handed_over_is_signed(text: str) -> None:
    found = [a for a in agreements(run(text)) if a["properties"]["type"] == "mou"]
    assert [a["properties"]["status"] for a in found] == ["signed"], found


def test_a_caption_that_tells_a_signing_is_kept_without_its_credit() -> None:
    doc = run(
        "Gyeonggi and Bac Ninh deepen ties\n"
        "Governor of Gyeonggi Province Kim Dong-yeon and Chairman of the Bac Ninh provincial People's Committee "
        "Vuong Quoc Tuan sign a cooperation agreement at the conference (Photo: VNA)\n"
        "The conference on investment promotion drew 300 businesses from both sides on November 17."
    )
    agreement = only_agreement(doc)
    assert {"province:kr-41", "province:vn-56"} <= parties(doc, agreement)


@pytest.mark.parametrize(
    "caption",
    [
        "| Lãnh đạo hai tỉnh ký biên bản thỏa thuận hợp tác giữa tỉnh Lào Cai và tỉnh Hủa Phăn. (Ảnh: Báo Lào Cai) |",
        "| Lãnh đạo hai tỉnh ký biên bản thỏa thuận hợp tác giữa tỉnh Lào Cai và tỉnh Hủa Phăn. Ảnh: Minh Hà |",
    ],
)
def test_a_signing_caption_in_a_table_cell_is_kept(caption: str) -> None:
    doc = run(
        "Lào Cai và Hủa Phăn tăng cường hợp tác\n\n"
        "Sáng 12/4, tại thành phố Lào Cai, đoàn đại biểu tỉnh Hủa Phăn đã có buổi làm việc với tỉnh Lào Cai.\n\n"
        f"{caption}\n\n"
        "Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực nông nghiệp, thương mại và giáo dục."
    )
    agreement = only_agreement(doc)
    assert {"province:vn-02", "province:la-ho"} <= parties(doc, agreement), agreement


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("Bộ trưởng chứng kiến lễ trao Hợp đồng cung cấp tua-bin gió giữa Việt Nam và Đan Mạch. Ảnh: TTXVN", "other"),
        (
            "Lãnh đạo tỉnh Lạng Sơn và tỉnh Quảng Tây ký báo cáo tổng kết kết quả hợp tác ba năm giữa hai tỉnh. Ảnh: "
            "langson.gov.vn",
            "other",
        ),
    ],
)
def test_a_caption_that_hands_over_a_contract_or_signs_a_review_is_kept(caption: str, kind: str) -> None:
    doc = run(
        "Tăng cường hợp tác kinh tế\n\n"
        "Sáng 8/5, tại Hà Nội, hai bên đã có buổi làm việc về hợp tác kinh tế và thương mại.\n\n"
        f"{caption}\n\n"
        "Hai bên nhất trí tiếp tục phối hợp trong thời gian tới."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == [kind], [a["name"] for a in agreements(doc)]


def test_a_document_signed_online_is_the_one_named_before() -> None:
    doc = run(
        "Ngày 9/6, UBND tỉnh Lào Cai và tỉnh Hủa Phăn (Lào) đã tổ chức lễ ký kết Biên bản hợp tác giai đoạn "
        "2024-2026, theo hình thức trực tuyến.\n\n"
        "Chủ tịch UBND tỉnh Lào Cai ký kết biên bản hợp tác với Chính quyền tỉnh Hủa Phăn. Hoạt động lễ ký kết Biên "
        "bản hợp tác theo hình thức trực tuyến diễn ra tại điểm cầu tỉnh Lào Cai.\n\n"
        "Hai tỉnh tổ chức Lễ ký kết Biên bản hợp tác giữa tỉnh Lào Cai và Hủa"
    )
    titles = [a["properties"]["title"] for a in agreements(doc)]
    assert titles == ["Biên bản hợp tác giai đoạn 2024-2026"], titles


def test_a_treaty_named_in_a_page_s_first_sentence_is_not_the_minutes_a_caption_signs() -> None:
    doc = run(
        "Bộ Công Thương cho biết, ngày 3/3/2025, tại Thủ đô Santiago (Chile), Thứ trưởng Bộ Công Thương và Thứ "
        "trưởng Bộ Ngoại giao Chile đồng chủ trì Kỳ họp lần thứ nhất Ủy ban Hỗn hợp thực thi Hiệp định thương mại "
        "Việt Nam - Chile\n\n"
        "Kết thúc kỳ họp, hai bên đã ký kết Biên bản Kỳ họp lần I Ủy ban Hỗn hợp thực thi Hiệp định thương mại Việt "
        "Nam - Chile. Ảnh: Bộ Công Thương\n\n"
        "Tại kỳ họp, hai bên đã đánh giá tình hình thương mại song phương."
    )
    kinds = sorted(a["properties"]["type"] for a in agreements(doc))
    assert kinds == ["agreement", "other"], [a["name"] for a in agreements(doc)]


def test_a_date_after_a_document_s_head_is_its_own_not_the_next_item_s() -> None:
    doc = run(
        "Kenya and Thailand sign cooperation documents\n"
        "The two Prime Ministers witnessed the signing of three documents in Bangkok on March 4.\n"
        "The documents signed are as follows:\n"
        "- A diplomatic note on amending the fisheries framework agreement, signed by the two Governments in 2009, "
        "on a cooperation program focusing on finance, transport and services.\n"
        "- A Memorandum of Understanding (MoU) between the Kenyan Ministry of Trade and the Thai Ministry of "
        "Commerce on a trade fair programme\n",
        date="2025-03-05",
    )
    mou = next(a for a in agreements(doc) if a["properties"]["type"] == "mou")
    assert mou["properties"].get("date") != "2009", mou["properties"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Thailand also signed cooperation documents between the Kenya Red Cross Society and the Thai Red "
        "Cross Society, between Nairobi and Bangkok, and between the Kenyan Ministry of Health and the Thai "
        "Ministry of Public Health.",
        "Hai bên đã ký các văn kiện hợp tác giữa Hội Chữ thập đỏ Việt Nam và Hội Chữ thập đỏ Lào, giữa tỉnh Quảng "
        "Trị và tỉnh Savannakhet, và giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.",
    ],
)
def test_pairs_named_one_after_another_after_a_plural_are_one_document_each(text: str) -> None:
    found = agreements(run(text))
    assert len(found) == 3, [a["name"] for a in found]


def test_items_listed_by_field_share_the_sides_named_after_the_list() -> None:
    doc = run(
        "Kenya and Thailand signed ten documents on Monday. There are also three protocols on sanitary requirements "
        "for frozen mangoes, phytosanitary requirements for fresh avocados, and health requirements for farmed "
        "tilapia between the Kenyan Ministry of Agriculture and the Thai Customs Department."
    )
    protocols = [a for a in agreements(doc) if "requirements" in a["name"]]
    assert len(protocols) == 3, [a["name"] for a in agreements(doc)]
    assert all(len(parties(doc, a)) == 2 for a in protocols)


def test_a_signing_someone_is_expected_to_witness_is_planned_and_a_set_on_a_field_between_two_sides_is_read() -> None:
    doc = run(
        "While there, the president is expected to witness the signing of a Memorandum of Understanding (MoU) and "
        "Agreements on investment between Kenya and Thailand."
    )
    found = agreements(doc)
    assert sorted(a["properties"]["type"] for a in found) == ["agreement", "mou"], [a["name"] for a in found]
    assert {a["properties"]["status"] for a in found} == {"planned"}


def test_a_document_signed_with_a_partner_named_before_it_is_signed() -> None:
    doc = run("Bộ Nông nghiệp ký với Bộ Nông nghiệp Kenya bản ghi nhớ về hợp tác thủy sản.")
    assert only_agreement(doc)["properties"]["status"] == "signed"


def test_a_holder_s_document_with_a_partner_no_stage_read() -> None:
    doc = run(
        "Kenya Airways also announced a $2 billion cooperation agreement with Meridian Avionics Technologies, which will "
        "service its fleet."
    )
    agreement = only_agreement(doc)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert "Meridian Avionics Technologies" in {names[p] for p in parties(doc, agreement)}


def test_a_relation_in_general_ends_where_the_particular_one_begins() -> None:
    doc = run(
        "Ông Tanaka đánh giá cao quan hệ đối tác chiến lược giữa Việt Nam - Nhật Bản nói chung và tỉnh Quảng Nam "
        "với thành phố Sakai nói riêng."
    )
    partnership = next(a for a in agreements(doc) if a["properties"]["type"] == "partnership")
    assert sorted(parties(doc, partnership)) == ["country:jp", "country:vn"]


def test_a_city_with_its_abbreviation_in_brackets_and_its_prefecture_after_it() -> None:
    doc = run(
        "Phó Chủ tịch UBND tỉnh Quảng Nam tiếp Đoàn công tác của thành phố (TP) Kishiwada thuộc phủ Osaka (Nhật "
        "Bản). Tháng 5/2021, lãnh đạo TP Kishiwada và tỉnh Quảng Nam đã ký kết thỏa thuận hợp tác hữu nghị."
    )
    assert "province:jp-city-kishiwada" in {e["id"] for e in doc["entities"]}


def test_partners_listed_with_their_years_after_a_field_are_one_document_each_of_the_sentence_s_subject() -> None:
    doc = run(
        "The MoIT, carrying out the policies reached between the two Governments, has had many cooperation "
        "activities with Chinese localities through the signing of Memoranda of Understanding on economic and trade "
        "cooperation with the administrations of Guizhou in 2012, Hunan province in 2016, Fujian in 2019 "
        "and Zhejiang in 2022."
    )
    found = agreements(doc)
    assert len(found) == 4, [a["name"] for a in found]
    assert all("org:moit" in parties(doc, a) for a in found)
    assert sorted(a["properties"].get("date") for a in found) == ["2012", "2016", "2019", "2022"]


def test_a_document_carried_out_is_in_force() -> None:
    doc = run(
        "The minister asked both sides to properly carry out the memorandum of understanding between the Ministry "
        "of Industry and Trade and the Guizhou administration."
    )
    assert only_agreement(doc)["properties"]["status"] == "in_force"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Trade ties\n\nThe deputy minister proposed a series of initiatives to deepen cooperation, including "
            "signing a memorandum of understanding on trade between the ministry and Kenya, and sharing information.",
            "proposed",
        ),
        ("Leaders meet\n\nThe leaders agreed to deepen the strategic partnership between Kenya and Chile.", "in_force"),
    ],
)
def test_a_signing_among_proposals_is_proposed_and_only_a_framework_deepened_stands(text: str, status: str) -> None:
    """`deepen cooperation, including signing an MoU`: what is deepened is the cooperation, the MoU one of the
    proposals; `deepen the strategic partnership`: the framework itself, in force."""
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Chính phủ vừa phê duyệt nội dung dự thảo Bản ghi nhớ hợp tác giữa Việt Nam và Kenya về thủy sản.",
            "proposed",
        ),
        ("Chính phủ đồng ý để Bộ Nông nghiệp ký Bản ghi nhớ hợp tác với Bộ Nông nghiệp Kenya vào tháng 9.", "planned"),
    ],
)
def test_a_draft_is_proposed_and_a_signing_agreed_to_is_planned(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


def test_a_document_establishing_friendship_is_the_sentence_s_locality_s_and_the_page_s_other_one() -> None:
    doc = run(
        "Hanoi and the US have also signed a number of cooperation agreements. In 2018, the Hanoi People's "
        "Committee hosted a delegation from the US state of Ohio. In 2016, within the framework of an official "
        "visit to Vietnam by Oregon Governor Kate Brown, the two sides signed a memorandum of understanding on "
        "establishing bilateral friendship and cooperation."
    )
    mou = next(a for a in agreements(doc) if a["properties"]["type"] == "mou")
    assert sorted(parties(doc, mou)) == ["province:us-or", "province:vn-hn"], parties(doc, mou)


def test_partners_each_with_its_own_year_are_one_document_each() -> None:
    doc = run(
        "Bộ Nông nghiệp đã ký Bản ghi nhớ về hợp tác nông nghiệp với chính quyền các tỉnh Quý Châu (2010), Hồ Nam "
        "(2015) và Phúc Kiến (2019)."
    )
    found = agreements(doc)
    assert sorted(a["properties"].get("date") for a in found) == ["2010", "2015", "2019"], [a["name"] for a in found]


def test_a_bilateral_document_with_no_side_named_is_the_two_countries() -> None:
    doc = run(
        "Kenyan Deputy Prime Minister and Minister of Interior John Mwangi has signed a decision to upgrade border "
        "posts. A bilateral agreement on the upgrade was signed at a conference on Kenya-Tanzania border "
        "development held on March 17 in Arusha."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["country:ke", "country:tz"]


def test_partners_after_a_plural_s_signing_participle_are_one_document_each() -> None:
    doc = run(
        "Kenya's cooperation with Europe reached new heights this year. Cooperation agreements signed in 2025 with "
        "France, Sweden and Estonia show the commitment of European partners to Kenya."
    )
    found = agreements(doc)
    assert len(found) == 3, [a["name"] for a in found]
    assert all("country:ke" in parties(doc, a) for a in found)


def test_a_deal_signed_by_two_named_sides_is_a_document_and_a_passive_signing_is_signed() -> None:
    deal = only_agreement(run("The deal was signed by Kenya's Ministry of Trade and the Thai Ministry of Commerce."))
    assert deal["properties"]["status"] == "signed"
    mou = only_agreement(run("Bản ghi nhớ được ký giữa Bộ Thương mại Kenya và Bộ Thương mại Thái Lan."))
    assert mou["properties"]["status"] == "signed"
    planned = only_agreement(run("Bản ghi nhớ sẽ được ký giữa Bộ Thương mại Kenya và Bộ Thương mại Thái Lan."))
    assert planned["properties"]["status"] == "planned"


def test_documents_counted_after_the_exchanges_of_documents_each_field_of_a_counted_list_once() -> None:
    doc = run(
        "Kenya and Ghana held talks on Monday.\n\nThe two presidents watched the four exchanges of documents between "
        "officials.\n\nThe presidents also toured a factory.\n\nThere were also three memoranda of understanding (MOUs) "
        "on mining and metallurgy, tourism promotion, as well as vocational training between both sides."
    )
    found = sorted(a["name"] for a in agreements(doc))
    assert found == [
        "MoU on mining and metallurgy",
        "MoU on tourism promotion",
        "MoU on vocational training",
    ], found
    assert all(sorted(parties(doc, a)) == ["country:gh", "country:ke"] for a in agreements(doc))
    assert all(a["properties"]["status"] == "signed" for a in agreements(doc))


def test_documents_told_by_purpose_each_with_its_own_to_are_one_document_each() -> None:
    doc = run(
        "Kenya and Ghana signed several documents on Monday. They included letters of intent to launch the new "
        "Strategic Partnership and to develop a regional gas market."
    )
    letters = sorted(a["name"] for a in agreements(doc) if a["properties"]["type"] == "other")
    assert letters == [
        "letter of intent to develop a regional gas market",
        "letter of intent to launch the new Strategic Partnership",
    ], letters
    partnership = next(a for a in agreements(doc) if a["properties"]["type"] == "partnership")
    assert partnership["name"] == "Strategic Partnership"
    one = run("Kenya and Ghana signed agreements to boost trade and investment.")
    assert len(agreements(one)) <= 1


def test_a_memorandum_on_two_places_ties_is_theirs_and_their_port_cooperation_is_not() -> None:
    doc = run(
        "The two countries established a memorandum on Nairobi-Dodoma friendly ties and cooperation in 2001. Kenya and Tanzania are neighbours."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["province:ke-30", "province:tz-03"]
    port = run("Kenya and Tanzania signed an MoU on Mombasa-Tanga port cooperation.")
    assert sorted(parties(port, only_agreement(port))) == ["country:ke", "country:tz"]


def test_a_document_along_with_another_ends_its_title_where_the_other_begins() -> None:
    doc = run(
        "At a forum in Nairobi on May 9, the two sides signed an MoU on energy cooperation along with a cooperative "
        "agreement on mining between Kenya Power and the Ghana Grid Company."
    )
    mou = next(a for a in agreements(doc) if a["properties"]["type"] == "mou")
    assert mou["name"] == "MoU on energy cooperation"


def test_documents_one_should_finalize_and_sign_are_proposed_not_signed_ones() -> None:
    doc = run(
        "He suggested both sides facilitate the exchange of delegations at all levels. Both sides should engage in "
        "talks to finalize and sign cooperation agreements on mining, tourism and fisheries, he said."
    )
    assert not [a for a in agreements(doc) if a["properties"]["status"] == "signed"]


def test_a_list_of_documents_ends_where_thereby_opens_a_clause() -> None:
    doc = run("Kenya and Ghana signed cooperation agreements on mining, tourism and fisheries, thereby deepening ties.")
    assert sorted(a["name"] for a in agreements(doc)) == [
        "Agreement on fisheries",
        "Agreement on mining",
        "Agreement on tourism",
    ]


def test_an_exchange_of_delegations_is_no_signing_of_the_documents_counted_after_it() -> None:
    doc = run(
        "The ministers welcomed the exchange of delegations between Kenya and Ghana. They discussed three agreements "
        "on mining, tourism and fisheries."
    )
    assert not [a for a in agreements(doc) if a["properties"]["status"] == "signed"]


def test_documents_a_list_names_as_one_on_and_another_one_on_take_the_list_s_head() -> None:
    doc = run(
        "Kenya's President will hold talks with Ghana's President, followed by the signing of agreements. The "
        "agreements are likely to include one on sister city ties between Nairobi and Accra, and another one on "
        "a bank set to open its first branch in Nairobi."
    )
    found = sorted(a["name"] for a in agreements(doc))
    assert found == [
        "Agreement on a bank set to open its first branch in Nairobi",
        "Agreement on sister city ties between Nairobi and Accra",
    ], found


def test_a_document_between_the_two_foreign_ministries_is_between_each_country_s_foreign_ministry() -> None:
    doc = run(
        "Kenya's Ministry of Trade hosted a delegation of the Ghanaian Ministry of Foreign Affairs, at the "
        "invitation of the Kenyan Ministry of Foreign Affairs. The visitors also met the Ghanaian Ministry of Trade. "
        "The two sides signed a Memorandum of Understanding on political consultations between the two foreign "
        "ministries."
    )
    found = parties(doc, only_agreement(doc))
    assert len(found) == 2 and all("ngoai-giao" in p or "foreign" in p for p in found), found


def test_two_sides_said_to_be_strategic_partners_have_a_strategic_partnership() -> None:
    doc = run("He said Kenya and Ghana are strategic partners and he hopes Accra will boost exchanges.")
    assert sorted(parties(doc, only_agreement(doc))) == ["country:gh", "country:ke"]
    assert only_agreement(doc)["properties"]["type"] == "partnership"
    assert not agreements(run("Our strategic partners such as Kenya and Ghana invest here."))


# --- agreements in Vietnamese pages outside the set (issue #12) ----------------------------------------------


def test_a_document_dated_by_its_own_signing_is_one_and_a_province_s_guest_is_the_other_locality() -> None:
    doc = run(
        "Ngày 12.3, lãnh đạo tỉnh Champasak, Nam Lào do Bí thư, Tỉnh trưởng Viengthong Hatsachan dẫn đầu có buổi tiếp "
        "đón đoàn lãnh đạo cấp cao tỉnh Đắk Lắk thăm và làm việc, do Chủ tịch Phạm Văn Bình dẫn đầu.\n"
        "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trên nhiều lĩnh vực như: chính trị, đầu tư… Tập trung thực hiện, "
        "triển khai nội dung biên bản hợp tác đã ký kết năm 2018 và chú trọng chuẩn bị chào mừng kỷ niệm 50 năm quan "
        "hệ Ngoại giao.\nTỉnh Champasak cũng hợp tác với tỉnh Ubon Ratchathani của Thái Lan."
    )
    record = only_agreement(doc)
    assert record["properties"]["status"] == "in_force"
    assert parties(doc, record) == {"province:la-ch", "province:vn-33"}


@pytest.mark.parametrize(
    "text",
    [
        "Theo ông Trần Văn Nam, hướng tới kỷ niệm 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Campuchia, "
        "hai tỉnh sẽ tổ chức nhiều hoạt động.",
        "Hai tỉnh chuẩn bị chào mừng 40 năm Ký kết Hiệp ước Hữu nghị Campuchia-Việt Nam.",
        "The province will celebrate the 30th anniversary of the signing of the Kenya – Ghana Treaty of Friendship "
        "and Cooperation.",
        "The two leaders agreed to hold events marking the 40th anniversary of the Kenya-Ghana Treaty of Friendship "
        "and to sign new deals.",
        "On the occasion of the 10th anniversary of the strategic partnership between Chile and Peru, the two sides "
        "agreed to sign more deals.",
    ],
)
def test_the_anniversary_of_a_signing_is_a_document_in_force(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "in_force"


def test_the_years_since_a_signing_tell_a_document_in_force_and_not_the_status_of_the_next() -> None:
    """`45 years since the signing of the … Treaty`: an anniversary, as `the 45th anniversary of the signing of`; and
    the treaty's status is its own, not one a document of the next sentence takes (the one signed that day)."""
    doc = run(
        "Leaders of Kien Giang and Kampot provinces signed cooperation agreements on December 27. The event marked "
        "30 years since the signing of the Kenya-Ghana Treaty of Friendship. In the cooperation agreement between Kien "
        "Giang and Kampot, the two sides agreed to open a market."
    )
    statuses = {a["name"]: a["properties"]["status"] for a in agreements(doc)}
    assert statuses == {
        "Kenya-Ghana Treaty of Friendship": "in_force",
        "cooperation agreement between Kien Giang and Kampot": "signed",
    }, statuses


def test_agreeing_to_finish_and_sign_a_document_plans_it() -> None:
    """`agreed to soon complete and sign a Protocol on …`: a signing agreed to, behind another verb, is planned."""
    doc = run(
        "They agreed to soon complete and sign a Protocol on the Kenya-Ghana borderline before the end of the year."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ba Lan ủng hộ việc sớm ký chính thức và phê chuẩn Hiệp định thương mại tự do Việt Nam - EU (EVFTA).",
            "planned",
        ),
        ("Hai bên vận động EU sớm ký kết, phê chuẩn Hiệp định thương mại tự do Việt Nam - EU (EVFTA).", "planned"),
        ("Việt Nam và Ba Lan khẳng định cần sớm ký chính thức Hiệp định thương mại tự do Việt Nam - EU.", "planned"),
        ("Hai nước đã ký chính thức Hiệp định thương mại tự do Việt Nam - EU.", "signed"),
        ("Việt Nam mong muốn sớm ký kết Thỏa thuận tuyển dụng lao động giữa Việt Nam và Ba Lan.", "proposed"),
    ],
)
def test_a_formal_signing_ahead_is_planned_an_early_one_wished_proposed(text: str, status: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Danish minister said Copenhagen backs the early signing and ratification of the Denmark - Vietnam "
            "Free Trade Agreement (DVFTA).",
            "planned",
        ),
        (
            "Ghana's accession to the Treaty and the West African Free Trade Area (WAFTA), expected to enter into force "
            "on January 1, 2027, open broad prospects for trade with Viet Nam.",
            "signed",
        ),
        (
            "Việc Kenya gia nhập Hiệp ước và Khu vực mậu dịch tự do Đông Phi (EAFTA) dự kiến có hiệu lực từ ngày "
            "1/1/2027 mở ra triển vọng lớn.",
            "signed",
        ),
    ],
)
def test_a_trade_agreement_whose_signing_or_entry_into_force_is_ahead_is_not_in_force(text: str, status: str) -> None:
    found = [a for a in agreements(run(text)) if a["properties"]["type"] == "fta"]
    assert [a["properties"]["status"] for a in found] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru also consented to continue cooperation in fighting customs fraud and signing an agreement on "
        "the exchange of customs data.",
        "Chile and Peru decided to step up exchanges in fisheries, and signing an agreement on customs data.",
        "Chile and Peru will step up exchanges in fisheries and sign an agreement on cultural cooperation.",
        "Officials of Chile and Peru voiced their hope for the early signing of the MoU on fisheries cooperation.",
        "Chile hopes fisheries ties with Peru can grow by accelerating the finalisation of the MoU on fisheries "
        "cooperation.",
    ],
)
def test_a_signing_agreed_or_hoped_for_early_is_planned(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Chile's Valparaíso region wants to establish twinning relations with Vietnam's Da Nang city.",
        "President Boric said Vietnam has shown interest in establishing a trade deal with the Pacific Alliance.",
        "The Chilean side seeks to forge a free trade agreement with Vietnam.",
    ],
)
def test_a_relation_or_deal_a_side_wants_to_establish_is_proposed(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Vietnam are determined to expand trade, agreeing to soon devise a plan of action on tourism.",
        "Hai bên nhất trí cùng xây dựng Thỏa thuận hợp tác về du lịch giữa Chile và Việt Nam.",
        "Hai bên nhất trí sớm soạn thảo Bản ghi nhớ về hợp tác du lịch giữa Chile và Việt Nam.",
    ],
)
def test_a_text_the_sides_agreed_to_draw_up_is_planned(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides consented to widen their ties and build a specific action plan to further deepen relations.",
        "The two presidents outlined three priorities: (i) promptly formulating an action program to implement their "
        "new partnership framework, (ii) more flights.",
    ],
)
def test_a_plan_named_by_its_purpose_and_still_to_be_made_is_a_planned_document_of_the_two_sides(
    sentence: str,
) -> None:
    """`an action plan to deepen relations`: a plan's purpose names it as a subject does (`on …`), so it is a document
    of its own although no signing and no side stand in its sentence; the object of a verb of making (`build`,
    `formulating`), it is still to be made, planned; its sides are the two countries the page is about."""
    doc = run(
        "Peru, Chile boost ties\n\nLIMA, May 5, 2024 - Peruvian President Ana Ruiz held talks with Chilean President "
        f"Luis Soto in Lima. {sentence}",
        lang="en",
    )
    plan = only_agreement(doc)
    assert plan["properties"]["type"] == "action_plan" and plan["properties"]["status"] == "planned"
    assert parties(doc, plan) == {"country:pe", "country:cl"}


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister decided on June 11 to empower the Trade Ministry to sign the MoU on trade with Chile.",
        "Chile decided to sign an MoU on trade with Peru.",
    ],
)
def test_a_signing_decided_or_a_body_empowered_to_sign_is_planned(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Chile will send 5,000 tonnes of copper to Peru each year under an MoU signed between the two countries.",
        "Peru will soon disburse a loan to Chile in line with a framework agreement on financial cooperation signed "
        "during the visit.",
    ],
)
def test_a_document_s_own_signed_participle_outweighs_the_future_of_the_main_verb(text: str) -> None:
    assert only_agreement(run(text))["properties"]["status"] == "signed"


def test_documents_named_only_by_their_kind_are_the_one_document_of_those_sides_named_by_its_subject() -> None:
    doc = run(
        "Nairobi, Ghana's Accra sign MoU to foster decentralised cooperation\n\n"
        "Kenya's Nairobi and Ghana's Accra signed a memorandum of understanding this week to boost ties.\n\n"
        "  The governor of Nairobi and the mayor of Accra sign an MoU. Photos: AP\n\n"
        "The governor said that the MoU is a strong foundation for the relationship between the two places."
    )
    found = agreements(doc)
    assert len(found) == 1, [a["name"] for a in found]
    assert found[0]["name"] == "MoU to foster decentralised cooperation"


def test_a_caption_s_the_memorandum_above_the_body_is_the_memorandum_the_body_tells() -> None:
    doc = run(
        "Representatives of Kenya and Ghana signing the memorandum of understanding. — Photo: AP\n\n"
        "The Kenya Traders Association in Ghana (KTAG) and the Ghana-Kenya Business Chamber (GKBC) signed a "
        "memorandum of understanding (MoU) in Accra on Wednesday."
    )
    found = agreements(doc)
    assert len(found) == 1, [a["name"] for a in found]
    assert found[0]["properties"]["status"] == "signed"


def test_a_document_between_the_two_sides_is_the_signers_just_named() -> None:
    doc = run(
        "Ngày 5/11/2019, dưới sự chứng kiến của Thủ tướng Kenya và Thủ tướng Nhật Bản, Tập đoàn Điện lực Kenya "
        "(KenGen) và Công ty Sumitomo (Nhật Bản) đã ký Thỏa thuận hợp tác giữa hai bên trong lĩnh vực điện khí."
    )
    assert parties(doc, only_agreement(doc)) == {"org:cong-ty-sumitomo", "org:tap-doan-dien-luc-ke"}


def test_a_kind_of_documents_with_examples_is_no_document_of_its_own() -> None:
    doc = run(
        "Hôm qua (29/5), tại Hà Nội, Phòng Thương mại Mỹ tại Việt Nam (AmCham) và Hiệp hội doanh nghiệp Úc tại Việt "
        "Nam (AusCham) đã ký biên bản ghi nhớ hợp tác về xúc tiến đầu tư.\n\nSự hợp tác trên nhằm đưa ra các kiến nghị "
        "tại các diễn đàn song phương như Ủy ban Thương mại chung và thông qua các thỏa thuận đa phương như Hiệp định "
        "thương mại tự do Việt Nam – EU."
    )
    assert sorted(a["properties"]["type"] for a in agreements(doc)) == ["fta", "mou"]


def test_sides_told_by_their_country_and_kind_are_the_page_s_places_of_that_country() -> None:
    doc = run(
        "Officials from Kenya's Kisumu county arrived in Accra, Ghana, on Monday.\n\nThey attended a ceremony "
        "marking the 30th anniversary of the twinning relationship between the Kenyan western locality and the "
        "Ghanaian capital city."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["province:gh-aa", "province:ke-17"]


def test_a_joint_statement_issued_is_no_document_signed() -> None:
    doc = run("During the visit, Kenya and Ghana on Thursday issued a joint statement and signed a trade deal.")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_fields_a_list_gives_among_others_are_examples_not_one_document_each() -> None:
    doc = run(
        "Following the talks, the presidents of Kenya and Ghana witnessed the signing of several cooperation "
        "documents in the fields of mining, tourism, and fisheries among others."
    )
    assert len(agreements(doc)) <= 1, [a["name"] for a in agreements(doc)]


def test_a_free_trade_agreement_named_only_as_one_is_the_named_one_of_the_same_sides() -> None:
    doc = run(
        "In Santiago on July 26, Chile and Vietnam signed a free trade agreement. According to the Vietnamese "
        "ministry of industry and trade, the Vietnam-Chile Free Trade Agreement (VCFTA) will eventually eliminate "
        "duties on most products.\n\nThe FTA negotiations began seven years ago. Chile is the first country in the "
        "region with which Vietnam has signed an FTA."
    )
    assert [a["name"] for a in agreements(doc)] == ["Vietnam-Chile Free Trade Agreement (VCFTA)"]


def test_two_places_a_preposition_governs_are_no_subject_whose_document_it_is() -> None:
    doc = run(
        "Kenya and Ghana are close. Kenya Airways will start flights between Nairobi and Accra in 2026 under a code "
        "share agreement with Jet Link."
    )
    assert not {"province:ke-30", "province:gh-aa"} & set(parties(doc, only_agreement(doc)))


def test_two_memoranda_of_the_same_sides_on_two_subjects_are_two_documents() -> None:
    doc = run(
        "Cooperation documents include:\n\n"
        "1. Memorandum of Understanding between the Ministry of Trade of Kenya and the Ministry of Trade of Ghana on "
        "jointly promoting a cocoa processing project;\n\n"
        "2. Memorandum of Understanding between the Ministry of Trade of Kenya and the Ministry of Trade of Ghana on "
        "strengthening cooperation in customs training;"
    )
    assert len(agreements(doc)) == 2, [a["name"] for a in agreements(doc)]


def test_minutes_of_the_meeting_between_two_bodies_are_theirs() -> None:
    doc = run(
        "Kenya and Ghana signed documents. They include the Minutes of the meeting between the Ministry of Trade of "
        "Kenya and the Ministry of Trade of Ghana on the site survey."
    )
    minutes = next(a for a in agreements(doc) if a["name"].startswith("Minutes"))
    assert minutes["name"].startswith("Minutes of the meeting between")
    assert len(parties(doc, minutes)) == 2 and all(p.startswith("org:") for p in parties(doc, minutes))


def test_both_sides_of_a_national_visit_that_names_two_cities_are_the_two_countries() -> None:
    doc = run(
        "Kenya's President begins his visit to Ghana in Accra on Tuesday, a month after Ghana's President visited "
        "Nairobi. During that visit both sides had inked a $100 million line of credit defence MoU."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["country:gh", "country:ke"]


def test_documents_in_quotes_joined_by_va_end_each_title_and_share_the_complement() -> None:
    doc = run(
        "Từ năm 2010, tỉnh Điện Biên đã ký kết Biên bản ghi nhớ hợp tác phát triển du lịch với tỉnh Luang Namtha; năm "
        "2014, ký kết Biên bản ghi nhớ Hội thảo “Thúc đẩy giao lưu thanh niên khu vực biên giới” và “Thỏa thuận khung "
        "về hợp tác giáo dục” giữa tỉnh Điện Biên và tỉnh Phongsaly."
    )
    workshop = next(a for a in agreements(doc) if "Hội thảo" in a["name"])
    assert "Thỏa thuận" not in workshop["name"], workshop["name"]
    assert parties(doc, workshop) == {"province:la-ph", "province:vn-71"}


def test_help_under_the_framework_of_a_programme_is_the_programme_in_force() -> None:
    doc = run(
        "Vùng Kenya sẵn sàng trao đổi giảng viên với sự hỗ trợ theo khuôn khổ chương trình hành động Việt Nam-Kenya "
        "trong các lĩnh vực môi trường."
    )
    assert only_agreement(doc)["properties"]["status"] == "in_force"


def test_a_partnership_the_two_localities_have_is_theirs() -> None:
    doc = run(
        "Ngày 5/3/2024, đoàn công tác tỉnh Khánh Hòa đã thăm và làm việc với Chính quyền bang Queensland (Australia)."
        "\n\nBà Mary Smith, Bộ trưởng Bộ Thương mại bang Queensland khẳng định bang Queensland và tỉnh Khánh Hòa có "
        "mối quan hệ Đối tác chiến lược."
    )
    partnership = next(a for a in agreements(doc) if a["properties"]["type"] == "partnership")
    assert parties(doc, partnership) == {"province:au-qld", "province:vn-34"}


def test_a_locality_with_its_own_government_is_one_side_the_meeting_s_other_is_the_second() -> None:
    doc = run(
        "Ngày 5/3/2024, Chủ tịch UBND tỉnh Khánh Hòa Lê Văn An tiếp Thống đốc bang Queensland Mary Smith. Tại buổi "
        "tiếp, UBND tỉnh Khánh Hòa đã ký Bản ghi nhớ về hợp tác du lịch."
    )
    assert "province:au-qld" in parties(doc, only_agreement(doc))


def test_a_twinning_between_sides_told_only_as_kinds_is_no_partnership() -> None:
    doc = run(
        "Đoàn Đại sứ quán Việt Nam tại Pháp đã thăm hai tỉnh Bretagne và Normandie, nhằm thúc đẩy hợp tác du lịch và "
        "kết nghĩa giữa các địa phương này và các tỉnh của Việt Nam."
    )
    assert not agreements(doc)


def test_a_body_no_stage_read_joined_to_a_party_in_the_subject_is_the_other_side() -> None:
    doc = run("Gulf Star and Kisumu county signed an MoU on developing a free trade zone. Kenya grows.")
    found = parties(doc, only_agreement(doc))
    assert "province:ke-17" in found and "org:gulf-star" in found, found


def test_a_document_between_three_provinces_is_between_the_page_s_three_provinces_of_three_countries() -> None:
    doc = run(
        "Tỉnh Kon Tum (Việt Nam), tỉnh Attapeu (Lào) và tỉnh Ratanakiri (Campuchia) tổ chức hội nghị. Ba bên đã ký "
        "Biên bản ghi nhớ hợp tác du lịch giữa 3 tỉnh."
    )
    assert len(parties(doc, only_agreement(doc))) == 3


def test_a_treaty_an_article_of_which_is_cited_is_no_document_of_the_page_s_sides() -> None:
    doc = run(
        "Kenya and Ghana signed a letter of intent on continuing to implement the Memorandum of Understanding under "
        "Article 6 of the Paris Agreement."
    )
    assert not [a for a in agreements(doc) if a["name"] == "Paris Agreement"]


def test_a_counted_list_s_items_keep_their_own_pairs_of_sides() -> None:
    doc = run(
        "Laos and Vietnam deepened ties. The two leaders witnessed the signing of three memoranda of understanding "
        "covering trade promotion, friendship ties between Luang Prabang and Nghe An and friendship ties between "
        "Champasak and Quang Nam."
    )
    sides = sorted(sorted(parties(doc, a)) for a in agreements(doc))
    assert sides == [
        ["country:la", "country:vn"],
        ["province:la-ch", "province:vn-27"],
        ["province:la-lp", "province:vn-22"],
    ], sides


def test_a_head_coordinated_with_a_counted_one_ends_before_it() -> None:
    doc = run(
        "Kenya and Vietnam upgraded ties. The two presidents also witnessed the signing ceremony of their joint "
        "statement and two memoranda of understanding covering fisheries and tourism."
    )
    titles = [a["name"] for a in agreements(doc)]
    assert not [t for t in titles if "memoranda" in t], titles
    assert len([t for t in titles if t.startswith("MoU")]) == 2, titles


def test_what_the_two_sides_sign_at_an_intergovernmental_commission_is_their_countries() -> None:
    doc = run(
        "The 12th session of the Kenya-Vietnam Intergovernmental Commission was held in Nairobi. It was co-chaired by "
        "Vietnamese Minister of Construction Tran Van Son and Kenyan Minister of Trade Alice Wahome. The two sides "
        "signed a memorandum of understanding on cooperation in housing."
    )
    assert sorted(parties(doc, only_agreement(doc))) == ["country:ke", "country:vn"]


def test_what_the_two_sides_sign_at_a_meeting_of_two_ministers_is_still_their_ministries() -> None:
    doc = run(
        "Vietnamese Minister of Construction Tran Van Son held talks with Kenyan Minister of Trade Alice Wahome in "
        "Nairobi. The two sides signed a memorandum of understanding on cooperation in housing."
    )
    assert "country:ke" not in parties(doc, only_agreement(doc))


def test_documents_worked_towards_are_not_signed_by_an_earlier_signing() -> None:
    doc = run(
        "Kenya and Vietnam signed an action plan on trade. The two countries are refining texts towards signing "
        "agreements on tourism, health care and culture."
    )
    assert not [a for a in agreements(doc) if a["properties"]["status"] == "signed" and "tourism" in a["name"]]


def test_a_mutual_agreement_reached_in_talks_is_no_document() -> None:
    doc = run(
        "The Kenyan President and the Chilean President held talks, which led to a mutual agreement on the measures "
        "needed to deepen trade."
    )
    assert not agreements(doc)


def test_two_partnerships_of_the_same_sides_on_other_subjects_stay_two() -> None:
    doc = run(
        "In 2012, Kenya and Chile established a Strategic Partnership on fisheries and ocean research. The two "
        "countries also established a Strategic Partnership on renewable energy in 2019."
    )
    assert len([a for a in agreements(doc) if a["properties"]["type"] == "partnership"]) == 2


def test_the_aforementioned_document_is_the_one_told_above() -> None:
    doc = run(
        "Kenya's ambassador to Chile suggested that Kisumu and Valparaiso form a twinning relationship to further "
        "their friendship. He chose Kisumu to enter into the aforementioned agreement with Valparaiso because of the "
        "similarities between the two provinces."
    )
    assert len(agreements(doc)) == 1, [a["name"] for a in agreements(doc)]


def test_the_possibility_of_signing_a_document_is_a_proposal() -> None:
    doc = run(
        "The governors of Kisumu county and Valparaiso region met to discuss the possibility of signing a "
        "cooperation agreement between Kisumu and Valparaiso."
    )
    assert only_agreement(doc)["properties"]["status"] == "proposed"


def test_a_singular_head_s_fields_split_by_semicolons_are_one_document_each() -> None:
    doc = run(
        "Kenya and Chile upgraded ties. The two presidents witnessed the signing of the memorandum of understanding "
        "on fisheries; mining and energy; higher education; and the establishment of sister cities between Kenya's "
        "Kisumu and Chile's Valparaiso."
    )
    sides = sorted(sorted(parties(doc, a)) for a in agreements(doc))
    assert sides.count(["country:cl", "country:ke"]) == 3 and ["province:cl-vs", "province:ke-17"] in sides, sides


def test_clauses_split_by_semicolons_after_a_proposed_document_keep_it_one() -> None:
    doc = run(
        "Kenya and Chile met. The minister proposed that Chile draft an agreement on fisheries cooperation with "
        "Kenya; encourage its businesses to invest in Kenya; and continue supporting the joint university."
    )
    assert len(agreements(doc)) == 1, [a["name"] for a in agreements(doc)]


def test_a_ceremony_to_sign_a_document_that_was_witnessed_signed_it() -> None:
    doc = run(
        "The two presidents witnessed a ceremony to sign a memorandum of understanding on mining between Kenya and Chile."
    )
    assert only_agreement(doc)["properties"]["status"] == "signed"


def test_the_items_of_a_list_of_documents_agreed_upon_were_signed() -> None:
    doc = run(
        "Kenya and Chile held talks in Nairobi.\n\nThe two documents that have been agreed upon by Kenya and Chile "
        "are:\n\n  1. Memorandum of understanding between the Kenyan Ministry of Mining and the Chilean Ministry of "
        "Mining on cooperation in copper;\n  2. Memorandum of understanding between the Kenyan Ministry of Health and "
        "the Chilean Ministry of Health on vaccines."
    )
    assert [a["properties"]["status"] for a in agreements(doc)] == ["signed", "signed"]


def test_a_cabinet_that_cleared_the_signing_of_a_document_plans_it() -> None:
    doc = run("The Kenyan cabinet today cleared the signing of an agreement between Kenya and Chile on fisheries.")
    assert only_agreement(doc)["properties"]["status"] == "planned"


def test_a_visitor_in_a_city_to_sign_a_document_has_not_yet_signed_it() -> None:
    doc = run(
        "Park met General Director of the Kenya News Agency (KNA) Jane Wanjiru, who is currently in Santiago to sign "
        "a memorandum of understanding with the Chile News Agency (CNA) on photo exchange."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


def test_a_document_whose_contents_the_sides_agreed_on_is_planned() -> None:
    doc = run(
        "Kenya and Chile reached consensus on the contents of a memorandum of understanding on cooperation in "
        "mining. They also agreed on the contents of the MoU on customs cooperation between the Kenyan Revenue "
        "Authority and the Chilean Customs Service."
    )
    assert {a["properties"]["status"] for a in agreements(doc)} == {"planned"}, agreements(doc)


def test_partners_counted_then_named_are_parties_even_when_no_stage_reads_their_names() -> None:
    doc = run(
        "Codelco Group and Safaricom have signed a memorandum of understanding on mining in Kenya. As for "
        "Safaricom, in addition to Codelco Group, the Nairobi-based company recently signed MOUs with two other "
        "partners in Chile, Andes Ports Group and Lumen Technologies."
    )
    sides = sorted(sorted(parties(doc, a)) for a in agreements(doc))
    assert ["org:lumen-technologies", "org:safaricom"] in sides, sides
    assert not [s for s in sides if "province:ke-30" in s], sides  # (`Nairobi-based`: where, no party)


def test_partners_counted_then_named_must_be_as_many_as_counted() -> None:
    doc = run(
        "Codelco Group and Safaricom have signed a memorandum of understanding on mining in Kenya. Safaricom "
        "recently signed MOUs with two other partners in Chile, Andes Ports Group, Lumen Technologies and Norte Solar."
    )
    assert not [a for a in agreements(doc) if "Lumen" in a["name"]]


def test_documents_told_by_two_verbs_after_one_to_are_two() -> None:
    doc = run(
        "Kenya and Chile also signed agreements to expand copper exports and study a model for a joint logistics "
        "hub in Mombasa."
    )
    titles = sorted(a["name"] for a in agreements(doc))
    assert len(titles) == 2 and all(t.startswith("agreement to ") for t in titles), titles


def test_documents_to_one_verb_with_two_objects_are_not_split() -> None:
    doc = run("Kenya and Chile also signed agreements to expand trade and investment in copper.")
    assert len(agreements(doc)) <= 1


# --- agreements (Vietnamese): forms of unseen pages -----------------------------------------------------------


def test_a_free_trade_agreement_named_with_its_words_in_the_other_order_is_one() -> None:
    doc = run(
        "Kenya và Liên minh châu Phi (AU) mà Ghana là thành viên đã ký hiệp định tự do thương mại từ năm 2015. Từ đó "
        "đến nay, kim ngạch thương mại song phương tăng."
    )
    fta = only_agreement(doc)
    assert fta["properties"]["type"] == "fta"
    assert {"country:ke", "org:african-union"} <= parties(doc, fta)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Tiếp đó, Kenya và Ghana thống nhất ra Tuyên bố về việc kết thúc đàm phán Hiệp định FTA Kenya - Ghana.",
            "signed",
        ),
        (
            "Trên cơ sở Tuyên bố giữa hai nước về Khuôn khổ hợp tác toàn diện, Bộ Tài chính Kenya và Bộ Tài chính "
            "Ghana đã ký Bản ghi nhớ về quản lý tài chính công.",
            "in_force",
        ),
    ],
)
def test_a_declaration_named_inside_a_sentence_is_a_document(text: str, status: str) -> None:
    declaration = next(a for a in agreements(run(text)) if a["name"].startswith("Tuyên bố"))
    assert declaration["properties"]["type"] == "other"
    assert declaration["properties"]["status"] == status


def test_the_verb_to_declare_opening_a_sentence_is_no_document() -> None:
    assert not agreements(run("Tuyên bố tại hội nghị, ông Lê Văn An cho biết Kenya và Ghana sẽ hợp tác."))


def test_a_signing_verb_after_a_comma_ends_the_title_before_it() -> None:
    doc = run(
        "Tháng 4/2023, Kenya và Ghana đã thống nhất tên gọi của FTA song phương là Hiệp định Đối tác Kinh tế Toàn "
        "diện (KGCEPA), ký Tuyên bố cấp Bộ trưởng về việc tiến tới khởi động đàm phán."
    )
    fta = next(a for a in agreements(doc) if a["properties"]["type"] == "fta")
    assert "Tuyên bố" not in fta["name"], fta["name"]


def test_a_title_in_quotes_runs_to_their_close_and_the_next_quoted_document_shares_its_sides() -> None:
    doc = run(
        'Kết thúc Hội nghị, các Lãnh đạo ASEAN và Ấn Độ đã nhất trí thông qua "Tuyên bố Tầm nhìn về Quan hệ Hữu '
        'nghị và Hợp tác ASEAN-Ấn Độ: Đối tác tin cậy" và "Kế hoạch triển khai Tuyên bố tầm nhìn".'
    )
    declaration = next(a for a in agreements(doc) if a["name"].startswith("Tuyên bố"))
    assert declaration["name"].endswith("Đối tác tin cậy"), declaration["name"]
    plan = next(a for a in agreements(doc) if a["properties"]["type"] == "action_plan")
    assert parties(doc, plan) == {"org:asean", "country:in"}


def test_a_master_plan_of_cooperation_is_an_action_plan() -> None:
    doc = run("Hai bên sẽ nỗ lực đạt được các mục tiêu đề ra trong Kế hoạch tổng thể hợp tác Kenya-Ghana đến năm 2030.")
    plan = only_agreement(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert parties(doc, plan) == {"country:ke", "country:gh"}


def test_an_agreement_the_sides_reached_is_no_document() -> None:
    doc = run(
        "Hai Bộ trưởng đánh giá cao nỗ lực của hai đoàn đàm phán Kenya và Ghana để cuối cùng đạt được thỏa thuận "
        "phù hợp với mong muốn và lợi ích của cả hai nước."
    )
    assert not agreements(doc)


def test_cooperation_signed_for_the_coming_period_between_two_provinces_is_a_document() -> None:
    doc = run(
        "Quang cảnh hội nghị đánh giá kết quả hợp tác thời gian qua và ký kết hợp tác trong thời gian tới giữa tỉnh "
        "Khánh Hòa (Việt Nam) và tỉnh Attapeu (Lào)"
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-34", "province:la-at"}


def test_a_partnership_raised_during_a_visit_is_the_two_countries_one() -> None:
    doc = run(
        "Hai nhà lãnh đạo hài lòng với sự phát triển của quan hệ Kenya - Ghana. Đáng chú ý, hai nước đã nâng cao mối "
        "quan hệ đối tác hợp tác toàn diện trong chuyến thăm Nhà nước tới Ghana của Tổng thống Kenya."
    )
    partnership = only_agreement(doc)
    assert partnership["properties"]["type"] == "partnership"
    assert parties(doc, partnership) == {"country:ke", "country:gh"}


def test_a_trade_agreement_s_acronym_closes_its_title_and_its_with_names_a_side() -> None:
    doc = run(
        "Thủ tướng Ghana đánh giá cao việc Kenya tham gia Hiệp định Thương mại tự do với EU (KEFTA) và cho biết Ghana "
        "sẽ thúc đẩy các nước còn lại phê chuẩn."
    )
    fta = only_agreement(doc)
    assert fta["name"] == "Hiệp định Thương mại tự do với EU (KEFTA)"
    assert {"country:ke", "org:eu"} <= parties(doc, fta)


def test_a_trade_agreement_s_acronym_before_its_sides_keeps_them_in_its_title() -> None:
    doc = run("Ngày 5/3, Bộ trưởng hai nước đã ký Hiệp định Đối tác Kinh tế Toàn diện (KGCEPA) giữa Kenya và Ghana.")
    assert only_agreement(doc)["name"].endswith("giữa Kenya và Ghana")


def test_the_participle_that_dates_a_document_follows_its_title() -> None:
    doc = run(
        "Theo Thỏa thuận hợp tác giữa tỉnh Khánh Hòa và tỉnh Attapeu (Lào) ký năm 2019, hai bên sẽ trao đổi đoàn."
    )
    agreement = only_agreement(doc)
    assert agreement["name"].endswith("(Lào)"), agreement["name"]
    # (an undated page naming a document by its signing's year: one that stands)
    assert (agreement["properties"]["status"], agreement["properties"]["date"]) == ("in_force", "2019")


def test_the_record_of_two_provinces_talks_is_a_document() -> None:
    doc = run("Hai bên đã trao đổi và ký kết Biên bản hội đàm giữa tỉnh Khánh Hòa và tỉnh Attapeu (Lào).")
    assert parties(doc, only_agreement(doc)) == {"province:vn-34", "province:la-at"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên đã ký Biên bản làm việc giữa tỉnh Quảng Ninh và tỉnh Hủa Phăn (Lào).",
        "Kết thúc chuyến thăm, hai tỉnh ký Biên bản hội đàm giữa tỉnh Điện Biên và tỉnh Luông Nặm Thà (Lào).",
        "Lãnh đạo hai địa phương đã ký Biên bản Hội nghị cấp cao giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào).",
    ],
)
def test_the_minutes_of_talks_are_a_record_of_the_other_kinds(sentence: str) -> None:
    """The conventions' row on minutes: the record of talks or a meeting is `other`, as session minutes are."""
    assert only_agreement(run(sentence))["properties"]["type"] == "other"


def test_a_signing_verb_right_before_a_head_outweighs_a_negotiation_told_after_its_title() -> None:
    doc = run(
        "Bộ trưởng Lê Văn An cho rằng việc hai bên tiến hành ký kết tuyên bố chung kết thúc đàm phán Hiệp định thương "
        "mại tự do giữa Kenya và Ghana (KGFTA) sau quá trình dài 7 năm đàm phán là dấu mốc quan trọng."
    )
    statement = next(a for a in agreements(doc) if a["name"].startswith("tuyên bố chung"))
    assert statement["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chủ tịch UBND tỉnh Bình Định và Thống đốc tỉnh Okayama tại Lễ ký kết tuyên bố chung giữa tỉnh Bình Định và "
        "tỉnh Okayama.",
        "Ngày 3/4/2024, lãnh đạo tỉnh Bình Định và tỉnh Okayama đã ký Thông cáo chung Hội nghị hợp tác lần thứ 5.",
    ],
)
def test_a_vietnamese_joint_statement_between_two_sides_or_named_is_a_document(sentence: str) -> None:
    doc = run("Hợp tác địa phương\n\n" + sentence)
    statement = only_agreement(doc)
    assert statement["properties"]["type"] == "other"
    assert statement["properties"]["status"] == "signed"
    assert parties(doc, statement) == {"province:vn-31", "province:jp-33"}


def test_a_vietnamese_joint_statement_issued_about_nothing_named_is_no_document() -> None:
    doc = run("Hợp tác địa phương\n\nNgày 3/4/2024, hai nước Kenya và Ghana đã ra thông cáo chung.")
    assert agreements(doc) == []


def test_a_record_signed_with_no_complement_is_the_page_s_document_when_it_names_no_other() -> None:
    doc = run(
        "Bình Định và Okayama tăng cường hợp tác\n\nNgày 3/4/2024, tại tỉnh Bình Định, hai tỉnh Bình Định và Okayama "
        "đã tổ chức hội đàm. Sau hội đàm, đoàn đại biểu cấp cao tỉnh Bình Định ký biên bản thỏa thuận hợp tác. "
        "Tỉnh Okayama sẽ hỗ trợ tỉnh Bình Định đào tạo nhân lực."
    )
    record = only_agreement(doc)
    assert record["properties"]["status"] == "signed"
    assert parties(doc, record) == {"province:vn-31", "province:jp-33"}


def test_a_record_signed_with_no_complement_is_one_of_the_documents_the_page_names() -> None:
    doc = run(
        "Hợp tác hai tỉnh\n\nNgày 3/4/2024, tỉnh Bình Định và tỉnh Okayama đã ký Bản ghi nhớ về hợp tác giáo dục. "
        "Đoàn đại biểu tỉnh Bình Định cũng ký biên bản thỏa thuận hợp tác."
    )
    assert len(agreements(doc)) == 1


def test_a_programme_to_be_drawn_up_for_a_named_period_is_planned() -> None:
    doc = run(
        "Kenya và Ghana tăng cường hợp tác\n\nNgày 3/4/2024, Bộ trưởng Ngoại giao Kenya hội đàm với Bộ trưởng Ngoại "
        "giao Ghana. Hai bên nhất trí xúc tiến xây dựng Chương trình hành động cho giai đoạn 2025 - 2027."
    )
    plan = only_agreement(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert plan["properties"]["status"] == "planned"


def test_a_programme_to_be_drawn_up_each_year_is_no_document() -> None:
    doc = run(
        "Kenya và Ghana tăng cường hợp tác\n\nNgày 3/4/2024, Bộ trưởng Ngoại giao Kenya hội đàm với Bộ trưởng Ngoại "
        "giao Ghana. Nhóm công tác sẽ họp hằng năm để xây dựng Chương trình hành động cho năm tiếp theo."
    )
    assert agreements(doc) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên nhất trí thiết lập đối tác về an ninh lương thực, theo đó Kenya cung cấp gạo cho Ghana.",
        "Ghana là quốc gia đầu tiên mà Kenya thiết lập quan hệ “đối tác vì hợp tác và phát triển” tại châu lục.",
    ],
)
def test_a_vietnamese_partnership_named_by_what_it_is_for(sentence: str) -> None:
    doc = run(
        "Kenya và Ghana tăng cường hợp tác\n\nNgày 3/4/2024, Tổng thống Kenya hội đàm với Tổng thống Ghana. " + sentence
    )
    partnership = only_agreement(doc)
    assert partnership["properties"]["type"] == "partnership"
    assert parties(doc, partnership) == {"country:ke", "country:gh"}


def test_a_partner_in_a_field_is_no_partnership() -> None:
    doc = run(
        "Kenya và Ghana tăng cường hợp tác\n\nNgày 3/4/2024, Tổng thống Kenya hội đàm với Tổng thống Ghana. "
        "Kenya hiện là đối tác về thương mại lớn nhất của Ghana."
    )
    assert agreements(doc) == []


def test_a_document_dated_by_its_participle_before_its_sides_keeps_them() -> None:
    doc = run("Hai bên sẽ xây dựng Thỏa thuận mới thay thế Thỏa thuận ký năm 2015 giữa Kenya và Ghana.")
    old = next(a for a in agreements(doc) if a["properties"].get("date") == "2015")
    assert parties(doc, old) == {"country:ke", "country:gh"}


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Kenya\n\nThe two provinces signed an agreement on development cooperation with Ghana in 2014.",
            "2023-05-02",
            "in_force",
        ),
        (
            "Kenya\n\nNăm 2016, hai tỉnh đã ký Bản ghi nhớ về hợp tác nông nghiệp với tỉnh Ghana.",
            "2024-03-10",
            "in_force",
        ),
        # (last year's signing is still news; a page of that year reports it)
        (
            "Kenya\n\nThe two provinces signed an agreement on development cooperation with Ghana in 2022.",
            "2023-05-02",
            "signed",
        ),
        (
            "Kenya\n\nThe two provinces signed an agreement on development cooperation with Ghana in 2014.",
            "2014-05-02",
            "signed",
        ),
    ],
)
def test_a_signing_its_sentence_dates_years_before_the_page_is_a_document_in_force(
    text: str, date: str, status: str
) -> None:
    assert [a["properties"]["status"] for a in agreements(run(text, date=date))] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kenya\n\nTrade has doubled under the Kenya-Ghana Comprehensive Partnership, signed in 2011.",
            "in_force",
        ),
        (
            "Kenya\n\nThe ministers reviewed the Economic Cooperation Agreement between Kenya and Ghana which was "
            "signed in March 2012.",
            "in_force",
        ),
        ("Kenya\n\nTrade grew after the Kenya-Ghana Framework Agreement ký năm 2013.", "in_force"),
        # (the signing the page reports: its day, or no date of the document's own)
        ("Kenya\n\nThe Kenya-Ghana Framework Agreement, signed on March 4, 2012, opens trade.", "signed"),
        ("Kenya\n\nIn 2012 Kenya and Ghana signed an Economic Cooperation Agreement.", "signed"),
        ("Kenya\n\nThe Kenya-Ghana Framework Agreement, signed in March, opens trade.", "signed"),
    ],
)
def test_on_an_undated_page_a_document_its_participle_dates_by_year_or_month_is_in_force(
    text: str, status: str
) -> None:
    assert [a["properties"]["status"] for a in agreements(run(text))] == [status]


def test_a_signing_dated_only_by_another_sentence_is_not_read_as_years_old() -> None:
    doc = run(
        "Kenya\n\nThe visit took place in 2015. The two provinces signed an agreement on development cooperation "
        "with Ghana.",
        date="2023-05-02",
    )
    assert [a["properties"]["status"] for a in agreements(doc)] == ["signed"]


def test_a_headline_s_numbered_document_is_the_body_s_one_whose_title_it_begins() -> None:
    doc = run(
        "Kenya ký Hiệp định miễn thị thực thứ 12\n\nNgày 23/1/2019, tại Nairobi, Bộ trưởng Ngoại giao Kenya và Bộ trưởng "
        "Ngoại giao Ghana đã ký Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao giữa Chính phủ Kenya và "
        "Chính phủ Ghana và Hiệp định về nhận trở lại công dân giữa Chính phủ Kenya và Chính phủ Ghana."
    )
    assert len(agreements(doc)) == 2, [a["name"] for a in agreements(doc)]


def test_a_document_named_back_with_other_things_after_and_is_the_one_read() -> None:
    doc = run(
        "Kenya và Ghana đã ký Bản ghi nhớ về hợp tác môi trường. Việc thành lập Tiểu ban hợp tác nhằm tăng cường quan "
        "hệ, phù hợp với các điều khoản của Bản ghi nhớ và các luật, quy định, chính sách quốc gia hiện hành."
    )
    assert only_agreement(doc)["name"] == "Bản ghi nhớ về hợp tác môi trường"


def test_a_listed_item_told_by_its_subject_is_the_document_named_in_full_later() -> None:
    doc = run(
        "Ngày 12/10, Bộ trưởng Thương mại Kenya và Bộ trưởng Thương mại Ghana đã ký các văn kiện hợp tác. Các văn kiện "
        "hợp tác bao gồm Bản ghi nhớ về tăng cường chuỗi cung ứng nông sản; lập Nhóm công tác nghiên cứu các mô hình "
        "xây dựng Khu hợp tác kinh tế qua biên giới.\n\nCác văn kiện hợp tác bao gồm Bản ghi nhớ về tăng cường chuỗi "
        "cung ứng nông sản giữa Bộ Thương mại Kenya và Bộ Thương mại Ghana; Bản ghi nhớ về việc thành lập Nhóm công "
        "tác nghiên cứu các mô hình xây dựng Khu hợp tác kinh tế qua biên giới Kenya-Ghana giữa Bộ Thương mại Kenya "
        "và Bộ Thương mại Ghana."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou", "mou"], [a["name"] for a in agreements(doc)]


def test_a_headline_s_documents_word_is_the_body_s_documents() -> None:
    doc = run(
        "Trao văn kiện thúc đẩy hợp tác thương mại Kenya-Ghana\n\nNgày 12/10, Bộ Thương mại Kenya và Bộ Thương mại "
        "Ghana đã ký Bản ghi nhớ về chuỗi cung ứng nông sản và Bản ghi nhớ về hợp tác thương mại biên giới."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou", "mou"], [a["name"] for a in agreements(doc)]


def test_a_memorandum_on_setting_up_a_partnership_is_the_one_on_that_partnership() -> None:
    doc = run(
        "Các văn kiện được ký gồm: Bản ghi nhớ về Quan hệ Đối tác Kinh tế số - Kinh tế xanh giữa Chính phủ Việt Nam "
        "và Chính phủ Kenya; Bản ghi nhớ về Hợp tác Thanh niên giữa Bộ Nội vụ Việt Nam và Bộ Thanh niên Kenya.\n\nHai "
        "Thủ tướng chứng kiến lễ trao đổi Bản ghi nhớ giữa hai Chính phủ về việc thiết lập Quan hệ Đối tác kinh tế số "
        "- kinh tế xanh giữa Việt Nam và Kenya."
    )
    assert len([a for a in agreements(doc) if a["properties"]["type"] == "mou"]) == 2


def test_the_governments_of_two_countries_are_those_countries_not_a_body_of_that_name() -> None:
    doc = run("The Customs Agreement between the Governments of Kenya and Chile was signed in Nairobi on May 6.")
    assert sorted(parties(doc, only_agreement(doc))) == ["country:cl", "country:ke"]


def test_a_trade_deal_with_a_trade_bloc_is_a_free_trade_agreement() -> None:
    doc = run("Vietnam has shown interest in establishing a trade deal with the Mercosur bloc, Kenya's minister said.")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["fta"]


def test_a_bilateral_trade_agreement_of_two_countries_stays_an_agreement() -> None:
    doc = run("Kenya and Chile signed a trade agreement on copper and tea in Nairobi.")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_a_trade_area_s_trade_in_goods_agreement_is_a_free_trade_agreement() -> None:
    doc = run(
        "Kenya and Chile, under the Framework of the Pacific Trade in Goods Agreement, are committed to lowering "
        "tariffs. Ministers of Kenya and Chile met in Nairobi."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["fta"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Chile signed three bilateral agreements on Saturday and also called for open sea lanes.",
        "Kenya and Chile signed two memorandums of understanding on the concluding day of the President's visit to "
        "Nairobi.",
    ],
)
def test_an_on_that_says_which_day_is_no_field_nor_subject_of_the_documents(text: str) -> None:
    doc = run(text, lang="en")
    names = [a["name"] for a in agreements(doc)]
    assert not [n for n in names if "Saturday" in n or "called" in n or "day of" in n], names


def test_a_while_clause_has_its_own_signers_and_a_copula_s_between_names_the_sides() -> None:
    """`The air services agreement was between A and B while C and D inked an agreement on …`: the first document is
    between A and B (a copula's `between`, read as `signed between`), the second the `while` clause's C and D only;
    `… with Chile while Peru and Chile inked …`: the `with` slot and the title end at `while`."""
    doc = run(
        "The air services agreement was between Kenya Airways and LATAM Airlines while the Kenya Pipeline Company "
        "and the National Petroleum Company of Chile inked an agreement on fuel storage.",
        lang="en",
    )
    got = sorted(sorted(doc_entity["name"] for doc_entity in _party_entities(doc, a)) for a in agreements(doc))
    assert got == [
        ["Kenya Airways", "LATAM Airlines"],
        ["Kenya Pipeline Company", "National Petroleum Company of Chile"],
    ], got
    doc = run("Kenya signed an air services agreement with Chile while Peru and Chile inked an agreement on mining.")
    first = next(a for a in agreements(doc) if "air services" in a["name"])
    assert "while" not in first["name"] and sorted(parties(doc, first)) == ["country:cl", "country:ke"]


def _party_entities(doc: dict, agreement: dict) -> list[dict]:
    ids = parties(doc, agreement)
    return [e for e in doc["entities"] if e["id"] in ids]


def test_a_list_inside_a_field_list_s_first_field_is_one_document() -> None:
    doc = run(
        "Kenya and Chile held talks. The two ministries have inked a variety of MoUs on supporting the industries "
        "of copper, cobalt and lithium, solar power, fisheries and tourism."
    )
    titles = sorted(a["name"] for a in agreements(doc))
    assert len(titles) == 4 and any("copper, cobalt and lithium" in t for t in titles), titles


def test_a_joint_statement_about_nothing_in_particular_is_no_document() -> None:
    doc = run(
        "The two presidents witnessed the signing of their joint statement and an agreement on fisheries between "
        "Kenya and Chile."
    )
    assert [a["name"] for a in agreements(doc) if "statement" in a["name"].lower()] == []


def test_a_joint_statement_on_a_subject_is_a_document() -> None:
    doc = run("Kenya and Chile signed a Joint Statement on the establishment of a copper data exchange.")
    assert [a["name"] for a in agreements(doc) if "Statement" in a["name"]]


def test_cooperation_signed_on_fields_is_a_document_and_one_told_over_the_past_stands() -> None:
    doc = run(
        "Thời gian qua, hai tỉnh Khánh Hòa và Attapeu (Lào) đã ký kết hợp tác về bảo vệ an ninh biên giới và phòng, "
        "chống tội phạm; thương mại; du lịch."
    )
    agreement = only_agreement(doc)
    assert parties(doc, agreement) == {"province:vn-34", "province:la-at"}
    assert agreement["properties"]["status"] == "in_force"


# --- agreements in English, forms of pages the rules had not seen (issue #12) ----------------------------------


def test_a_partnership_agreement_is_the_partnership_and_two_on_other_subjects_are_two() -> None:
    doc = run(
        "Kenya and Chile leaders meet\n\nThe leaders noted the results of the Strategic Partnership Agreement on "
        "Copper Mining inked by the two countries in 2011 and the Strategic Partnership Agreement on Fisheries and "
        "Tea signed in 2014."
    )
    found = sorted((a["properties"]["type"], a["name"]) for a in agreements(doc))
    assert [kind for kind, _ in found] == ["partnership", "partnership"], found
    assert all(parties(doc, a) == {"country:ke", "country:cl"} for a in agreements(doc))


def test_an_english_protocol_is_a_document_of_the_other_kinds_unless_between_governments() -> None:
    doc = run(
        "Kenya Oil Corporation worked with Chile's Copec to deploy a protocol on the production and use of biofuel."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["other"]
    doc = run(
        "Kenya and Chile signed the Protocol between the Government of the Republic of Kenya and the Government of "
        "the Republic of Chile on Road Transport."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, Chile review ties\n\nDelegations of the two States concluded on Monday the 12th Session of the "
        "Intergovernmental Commission for Economic Cooperation in Nairobi. Signed by Kenyan Trade Minister Rebecca "
        "Miano and Chilean Economy Minister Nicolas Grau, the Protocol of the 12th Session is a valuable tool for "
        "Kenya and Chile.",
        "Chilean Minister of Foreign Affairs and Trade Alberto van Klaveren and his counterpart sign the minutes of "
        "the meeting. Photo: KNA\n\nThe two ministers co-chaired the 9th meeting of the Kenya–Chile Joint "
        "Committee in Valparaiso, Chile, on December 9.",
        "Kenya, Chile review ties\n\nChile’s Ministry of Economy and the Ministry of Roads of Kenya signed the "
        "bilateral intergovernmental meeting protocol in Nairobi.\n\nThe two ministries then signed the Protocol of "
        "the Intergovernmental Mechanism for Economic Cooperation between Chile and Kenya.",
    ],
)
def test_the_record_of_an_intergovernmental_session_is_between_the_two_states(text: str) -> None:
    doc = run(text)
    record = only_agreement(doc)
    assert record["properties"]["type"] == "other"
    assert parties(doc, record) == {"country:ke", "country:cl"}


def test_the_two_countries_are_vietnam_and_the_country_the_lead_names_not_a_third_named_more() -> None:
    doc = run(
        "Kenya, Vietnam agree to cooperate in supply chain of rare-earth minerals.\n\n"
        "The cooperation with Vietnam aims to reduce dependence on China, as China holds most reserves and China "
        "refines most of the output. The two leaders held talks in Hanoi and adopted an action plan to implement "
        "the Comprehensive Strategic Partnership between the two countries. Vietnam ranks second in reserves, "
        "following China."
    )
    plan = next(a for a in agreements(doc) if a["properties"]["type"] == "action_plan")
    assert parties(doc, plan) == {"country:vn", "country:ke"}


# --- agreements (Vietnamese): forms of unseen pages ---------------------------------------------------------------


def test_a_twinning_right_after_a_document_head_is_that_document_s_subject() -> None:
    doc = run(
        "Ngày 12/5/2025, lễ ký Hiệp ước kết nghĩa giữa tỉnh Đồng Tháp và thành phố Incheon đã diễn ra tại Hàn Quốc."
    )
    treaty = only_agreement(doc)
    assert treaty["properties"]["type"] == "agreement"
    assert parties(doc, treaty) == {"province:vn-45", "province:kr-28"}


def test_a_city_no_stage_reads_as_a_place_is_a_side_by_its_people_s_committee() -> None:
    doc = run(
        "Sa Đéc kết nghĩa với Incheon\n\nNgày 12/5/2025, lễ ký Hiệp ước kết nghĩa giữa Sa Đéc và Incheon đã diễn ra "
        "tại Hàn Quốc. Tham dự lễ ký kết có ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân thành phố Sa Đéc."
    )
    treaty = only_agreement(doc)
    assert parties(doc, treaty) == {"org:uy-ban-nhan-dan-thanh-pho-sa-dec", "province:kr-28"}


def test_sides_counted_by_their_kind_then_named_are_the_named_ones() -> None:
    doc = run(
        "Ngày 12/5/2025, tại Hàn Quốc, lãnh đạo hai tỉnh đã ký Thỏa thuận hợp tác hữu nghị giữa hai tỉnh Đồng Tháp "
        "và Gyeonggi. Đồng Tháp đã kết nghĩa với Incheon năm 2010; Incheon và Đồng Tháp trao đổi đoàn hằng năm."
    )
    deal = next(a for a in agreements(doc) if a["name"].startswith("Thỏa thuận"))
    assert parties(doc, deal) == {"province:vn-45", "province:kr-41"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỉnh Đồng Tháp và bang Queensland đã ký ý định thư nhằm duy trì và xây dựng một chương trình hợp tác cấp "
        "địa phương với nhau.",
        "Hai bên nhất trí họp luân phiên tại Đồng Tháp hoặc Queensland để thảo luận và xây dựng Chương trình hành "
        "động cho năm tiếp theo.",
    ],
)
def test_a_plan_the_sides_are_to_draw_up_is_no_document(sentence: str) -> None:
    doc = run(sentence)
    assert not [a["name"] for a in agreements(doc) if a["name"].lower().startswith("chương trình")]


def test_a_joint_statement_adopted_on_a_subject_is_signed() -> None:
    doc = run(
        "Trong cuộc hội đàm, Tổng thống Kenya và Tổng thống Chile nhất trí thông qua Tuyên bố chung về nâng cấp quan "
        "hệ Kenya - Chile lên Đối tác chiến lược."
    )
    statement = next(a for a in agreements(doc) if a["name"].startswith("Tuyên bố chung"))
    assert statement["properties"]["status"] == "signed"


def test_a_document_the_sides_agree_to_finish_soon_is_planned() -> None:
    doc = run(
        "Hai bên nhất trí sớm hoàn tất Chương trình hành động triển khai khuôn khổ Đối tác toàn diện Kenya - Chile."
    )
    plan = next(a for a in agreements(doc) if a["properties"]["type"] == "action_plan")
    assert plan["properties"]["status"] == "planned"


def test_of_two_vietnamese_heads_side_by_side_the_first_is_the_document() -> None:
    doc = run(
        "Trong năm 2024, tỉnh Đồng Tháp đã ký Bản ghi nhớ Thỏa thuận hợp tác giữa Ủy ban nhân dân tỉnh Đồng Tháp "
        "và Tập đoàn Nông nghiệp Incheon."
    )
    memorandum = only_agreement(doc)
    assert memorandum["properties"]["type"] == "mou"
    assert memorandum["name"].startswith("Bản ghi nhớ Thỏa thuận hợp tác")


def test_ties_to_be_raised_to_twinning_are_no_partnership_and_the_aim_names_the_document_s_sides() -> None:
    doc = run(
        "Tỉnh Đồng Tháp và tỉnh Gyeonggi hợp tác\n\nTỉnh Gyeonggi đang đẩy mạnh hợp tác với tỉnh Đồng Tháp và đề "
        "xuất lên các bộ của Hàn Quốc giải quyết một số thủ tục để có thể ký kết Biên bản ghi nhớ (MOU) nhằm nâng "
        "quan hệ giữa hai tỉnh lên cấp độ kết nghĩa."
    )
    memorandum = only_agreement(doc)
    assert memorandum["properties"]["type"] == "mou"
    assert parties(doc, memorandum) == {"province:vn-45", "province:kr-41"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government plans to support companies in Chile through the Kenya-Chile joint committee on free "
        "trade agreements.",
        "The chamber will organise meetings with provincial authorities on pending FTAs, investment projects and "
        "the expectations of Kenyan firms in Chile.",
    ],
)
def test_free_trade_agreements_in_the_plural_with_no_two_sides_are_a_kind(text: str) -> None:
    assert [a["name"] for a in agreements(run(text))] == []


def test_a_preferential_trade_agreement_is_a_trade_area_and_a_dateline_in_capitals_no_party() -> None:
    doc = run(
        "Kenya, Chile to start trade talks\n\nNAIROBI: Kenya and Chile on Tuesday (Oct 14) signed a joint "
        "declaration to begin negotiations on a preferential trade agreement, marking a new milestone in their "
        "economic cooperation."
    )
    (pta,) = [a for a in agreements(doc) if a["properties"]["type"] == "fta"]  # (the signed declaration is one too)
    assert parties(doc, pta) == {"country:ke", "country:cl"}


@pytest.mark.parametrize(
    "text",
    [
        "Sau lễ đón, hai Thủ tướng Kenya và Chile đã hội đàm và chứng kiến lễ ký các văn kiện hợp tác.",
        "Bộ trưởng Bộ Năng lượng Kenya và Bộ trưởng Bộ Khai khoáng Chile đã ký bản ghi nhớ về xây dựng nhà máy điện "
        "mặt trời ở Kenya. Đây chính là một trong 9 văn kiện mà hai bên đã tiến hành ký kết trong chuyến thăm cấp "
        "nhà nước của Tổng thống Chile đến Kenya.",
    ],
)
def test_a_set_its_witnesses_name_or_one_of_a_set_is_no_document(text: str) -> None:
    assert [a["name"] for a in agreements(run(text)) if "văn kiện" in a["name"]] == []


def test_signers_acting_for_the_two_governments_sign_for_the_two_states() -> None:
    doc = run(
        "Chiều 25/4/2025, tại Hà Nội, Thứ trưởng Bộ Nông nghiệp Việt Nam và Đại "
        "sứ Chile đã thay mặt hai chính phủ ký Nghị định thư về việc thành lập Ủy ban hỗn hợp về hợp tác nghề cá. "
        "Chile hiện là đối tác thương mại lớn của Việt Nam."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:cl"}


@pytest.mark.parametrize("between", ["", " toàn diện", " toàn diện và 20 quy chế phối hợp"])
def test_documents_counted_as_the_partners_listed_after_are_one_with_each(between: str) -> None:
    doc = run(
        f"Trong giai đoạn vừa qua, tỉnh Đồng Tháp đã ký 3 thỏa thuận hợp tác{between} với các tỉnh Kandal, Takeo và "
        "Kampong Cham."
    )
    assert sorted(sorted(parties(doc, a)) for a in agreements(doc)) == [
        ["province:kh-21", "province:vn-45"],
        ["province:kh-3", "province:vn-45"],
        ["province:kh-8", "province:vn-45"],
    ]


def test_a_caption_s_place_and_day_after_a_title_are_no_part_of_it_nor_a_party() -> None:
    doc = run(
        "Kenyan Trade Minister Lee Kinyanjui and Chilean Economy Minister Nicolas Grau sign a new Kenya-Chile trade "
        "agreement, Valparaiso, Chile, April 8, 2024 - Photo: KNA"
    )
    agreement = only_agreement(doc)
    assert agreement["name"] == "Kenya-Chile trade agreement"
    assert parties(doc, agreement) == {"country:ke", "country:cl"}


def test_documents_told_by_their_rank_share_the_status_said_of_one() -> None:
    doc = run(
        "Trong đó, biên bản ghi nhớ đầu tiên tập trung vào hợp tác nghề cá giữa Bộ Thủy sản Kenya và Bộ Nông nghiệp "
        "Chile. Biên bản ghi nhớ thứ 2 liên quan đến hợp tác giữa Đại học Nairobi và Đại học Chile. Đồng thời, hai "
        "bên cũng đã ký kết biên bản ghi nhớ thứ 3 giữa Phòng Thương mại Kenya và Phòng Thương mại Chile."
    )
    assert [a["properties"]["status"] for a in agreements(doc)] == ["signed", "signed", "signed"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kenya, Chile boost farm ties\n\nIn agribusiness, a memorandum was signed on the exchange of seeds and "
            "animals, technical information and documents between the two countries, as well as a plan on fisheries.",
            "mou",
        ),
        (
            "Kenya, Chile boost farm ties\n\nKenya and Chile held talks in Nairobi. Agreements were also signed on "
            "cooperation in finance, agriculture and tourism.",
            "agreement",
        ),
    ],
)
def test_a_document_s_subject_told_after_its_passive_verb_names_it(text: str, kind: str) -> None:
    doc = run(text)
    found = [a for a in agreements(doc) if a["properties"]["type"] == kind]
    assert len(found) == 1 and parties(doc, found[0]) == {"country:ke", "country:cl"}, found
    assert "signed" not in found[0]["name"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "Kenya, Chile boost farm ties\n\nOn March 12, 2024, Kenya and Chile signed cooperation agreements on "
            "education.",
            "agreement",
            "signed",
        ),
        (
            "Kenya, Chile boost ties\n\nThe President of Kenya held talks with the President of Chile in Nairobi on "
            "March 12, 2024. The two sides agreed to soon sign agreements that ease visa procedures for business "
            "people.",
            "agreement",
            "planned",
        ),
        (
            "Kenya, Chile boost ties\n\nThe President of Kenya held talks with the President of Chile in Nairobi on "
            "March 12, 2024. The two justice ministers exchanged documents on cooperation in legal training.",
            "other",
            "signed",
        ),
    ],
)
def test_a_plural_the_signing_verb_governs_told_by_its_own_subject_is_one_document(
    text: str, kind: str, status: str
) -> None:
    found = only_agreement(run(text))
    assert found["properties"]["type"] == kind and found["properties"]["status"] == status, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, Chile boost ties\n\nKenya and Chile signed agreements on Monday in Nairobi.",
        "Kenya, Chile boost ties\n\nKenya and Chile signed agreements on the sidelines of the summit.",
        "Kenya, Chile boost ties\n\nKenya and Chile have signed agreements, each worth millions of dollars.",
        "Kenya, Chile boost ties\n\nKenya has signed agreements that are now in force with many countries.",
        "Kenya, Chile boost ties\n\nKenya and Chile have signed agreements to date worth billions of dollars.",
    ],
)
def test_a_signed_plural_with_no_subject_of_its_own_is_no_document(text: str) -> None:
    assert agreements(run(text)) == []


def test_one_more_document_signed_between_others_is_no_reference_back() -> None:
    doc = run(
        "Kenya, Chile sign MoUs\n\nKenya and Chile signed an MoU on fisheries in Nairobi. One MoU was signed "
        "between Kenya Power and Chile's Enel Chile."
    )
    assert len(agreements(doc)) == 2, [a["name"] for a in agreements(doc)]


def test_the_delegation_as_a_clause_s_subject_signs_for_the_body_it_is_from() -> None:
    doc = run(
        "Đoàn công tác của Bộ Tư pháp thăm và làm việc tại Chile\n\nTừ ngày 2 đến 5/3/2025, Đoàn công tác của Bộ "
        "Tư pháp thăm và làm việc tại Chile. Trong chuyến công tác, Đoàn đã làm việc với Tòa án Tối cao Chile và "
        "ký Bản ghi nhớ hợp tác với Đại học Chile giai đoạn 2025 – 2027."
    )
    memorandum = only_agreement(doc)
    assert "org:moj" in parties(doc, memorandum) and len(parties(doc, memorandum)) == 2


def test_a_free_trade_deal_is_a_free_trade_agreement() -> None:
    doc = run("Kenya and Chile would then decide whether to open formal negotiations for a free trade deal.")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["fta"]


def test_a_hyphenated_free_trade_agreement_is_a_free_trade_agreement() -> None:
    doc = run("Kenya and Chile on Tuesday signed a free-trade agreement to take effect on March 1, the ministry said.")
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == "fta"
    assert parties(doc, agreement) == {"country:ke", "country:cl"}


def test_a_headline_s_trade_agreement_is_the_body_s_free_trade_agreement_of_those_sides() -> None:
    doc = run(
        "Kenya and Chile sign trade agreement\n\nOfficials show documents after they signed the Kenya-Chile Free "
        "Trade Agreement in Nairobi on March 3, 2021.\n\nThe deal will help exports of tea and copper, the ministry "
        "said."
    )
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == "fta"
    assert parties(doc, agreement) == {"country:ke", "country:cl"}


def test_a_headline_s_strategic_pact_is_the_body_s_partnership_of_those_sides() -> None:
    doc = run(
        "Kenya and Chile enhance cooperation with strategic pact\n\nKenya and Chile on Monday signed a Comprehensive "
        "Strategic Partnership agreement in Nairobi, the ministry said."
    )
    agreement = only_agreement(doc)
    assert agreement["properties"]["type"] == "partnership"
    assert parties(doc, agreement) == {"country:ke", "country:cl"}


def test_a_free_trade_agreement_named_again_is_the_one_of_exactly_its_sides() -> None:
    doc = run(
        "Britain and Chile boost ties\n\nOfficials show documents after they signed the UK-Chile Free Trade Agreement "
        "in London on March 3, 2021.\n\nThe UK and Chile on Tuesday signed a free-trade agreement to take effect on "
        "April 1, the ministry said.\n\nThe deal will replace the existing EU-Chile Free Trade Agreement for Britain "
        "after it completes its exit from the bloc."
    )
    by_name = {a["name"]: a for a in agreements(doc)}
    assert sorted(by_name) == [
        "EU-Chile Free Trade Agreement for Britain after it completes its exit from the bloc",
        "UK-Chile Free Trade Agreement",
    ]
    assert by_name["UK-Chile Free Trade Agreement"]["properties"]["status"] == "signed"
    assert by_name[min(by_name)]["properties"]["status"] == "in_force"  # (the EU's, not signed by the two)


def test_a_document_between_the_governments_of_two_cities_is_the_page_s_two_cities() -> None:
    doc = run(
        "Đoàn đại biểu Ủy ban nhân dân thành phố Sa Đéc thăm thành phố Quế Lâm (Trung Quốc). Ngày 15/8/2025, hai "
        "bên đã ký Biên bản ghi nhớ về tăng cường giao lưu hợp tác giữa chính quyền hai thành phố. Quan hệ hữu nghị "
        "giữa Việt Nam và Trung Quốc ngày càng phát triển."
    )
    memorandum = only_agreement(doc)
    assert parties(doc, memorandum) == {"org:uy-ban-nhan-dan-thanh-pho-sa-dec", "province:cn-city-que-lam"}


def test_plural_documents_named_by_their_subject_are_one_document_of_the_sides() -> None:
    doc = run(
        "Kenya, Chile sign trade deals\n\nKenya and Chile have signed new copper trade agreements, the ministry said."
    )
    agreement = only_agreement(doc)
    assert parties(doc, agreement) == {"country:ke", "country:cl"}
    assert agreement["properties"]["status"] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Chile held talks. Both sides hope to concretise cooperation agreements soon.",
        "Kenya and Chile held talks. The nonbinding agreements were signed at a business forum.",
        "Kenya and Chile held talks on making good use of regional trade agreements.",
    ],
)
def test_plural_documents_with_no_subject_of_their_own_are_none(text: str) -> None:
    assert [a["name"] for a in agreements(run(text))] == []


def test_a_signing_looked_forward_to_is_planned() -> None:
    doc = run(
        "Kenya and Chile held talks in Nairobi. We look forward to the signing of some of the agreements that we "
        "have spoken about – the tariff agreements, double taxation agreements."
    )
    assert [a["properties"]["status"] for a in agreements(doc)] == ["planned"]


def test_an_outlet_s_masthead_above_the_headline_is_not_the_lead_that_names_the_partner() -> None:
    doc = run(
        "The Nation Thailand\n\nCambodia, Vietnam seek funds for cross-border railway\n\n"
        "The governments of Cambodia and Vietnam have vowed to seek financing to build a railway.\n"
        "The two sides signed an agreement in Phnom Penh on Sunday, pledging to work together on the project."
    )
    deal = next(a for a in agreements(doc) if a["properties"]["type"] == "agreement")
    assert parties(doc, deal) == {"country:vn", "country:kh"}


# --- English documents and their sides on pages the rules had not seen (issue #12) ---


def test_a_passive_signing_names_its_signers_past_its_day_and_place() -> None:
    doc = run(
        "A memorandum of understanding was signed on July 3 in Nairobi by the Kenya National Chamber of Commerce "
        "and Industry (KNCCI) and the Chilean Chamber of Commerce, which is expected to enhance cooperation."
    )
    memorandum = only_agreement(doc)
    assert len(parties(doc, memorandum)) == 2
    assert not parties(doc, memorandum) & {"country:ke", "country:cl", "province:ke-nairobi"}


def test_a_day_that_opens_a_span_of_years_is_no_signing_s_day() -> None:
    doc = run(
        "Kenyan minister receives news agency chief\n\nThe minister welcomed the recent signing of a news exchange agreement between KNA and the Chilean news "
        "agency EFE, as Kenya and Chile mark their ties' 60th anniversary (May 3, 1965–2025).\n"
        "On May 4, 2025, the deputy director of KNA signed the agreement for news exchange between KNA and EFE."
    )
    assert len([a for a in agreements(doc) if a["properties"]["type"] == "agreement"]) == 1


def test_bodies_in_the_plural_of_both_countries_are_the_two_countries() -> None:
    doc = run(
        "Kenya and Chile held talks in Nairobi. A memorandum of understanding was signed between the Ministries of "
        "Health of both countries."
    )
    assert parties(doc, only_agreement(doc)) == {"country:ke", "country:cl"}


def test_the_sides_as_a_signing_s_whole_subject_are_the_page_s_two_sides() -> None:
    doc = run(
        "Kenya, Chile review energy ties\n\nKenya and Chile signed a cooperation agreement on mining in 2019. "
        "The sides also signed electricity trading contracts."
    )
    contracts = next(a for a in agreements(doc) if a["properties"]["type"] == "other")
    assert parties(doc, contracts) == {"country:ke", "country:cl"}


def test_a_dateline_with_a_colon_is_no_side_of_what_it_tells() -> None:
    doc = run(
        "KNA signs deal with Chilean counterpart\n\nHo Chi Minh City: Kenya News Agency (KNA) signed with its "
        "Chilean counterpart an agreement to enhance cooperation in the field of news exchange. The agreement was "
        "signed by Director-General of Kenya News Agency (KNA) John Kamau and General Director of Chile News Agency "
        "(CNA) Ana Ruiz."
    )
    assert [parties(doc, a) for a in agreements(doc)] == [{"org:news-agency-ke", "org:news-agency-cl"}]


def test_a_dateline_in_capitals_glued_after_a_caption_is_no_side() -> None:
    """A crawl that glues the photo's caption and the story's dateline on one line (`… Photo baodanang.vn ĐÀ NẴNG —
    Representatives of …`): the place in capitals before the em dash is where the story was filed from."""
    doc = run(
        "The MoU was signed on Friday. — Photo baodanang.vn ĐÀ NẴNG — Representatives of the Ministry of Finance and "
        "the Canadian province of Alberta signed a memorandum of understanding (MoU) on Friday to boost investment."
    )
    found = parties(doc, only_agreement(doc))
    assert "province:vn-dn" not in found and len(found) == 2, found


def test_a_city_whose_possessive_opens_a_body_s_name_is_no_side() -> None:
    doc = run(
        "Kenya, Chile to boost ties\n\nNairobi’s Kenyatta Academy of Music and the Valparaiso Conservatory have "
        "concluded an agreement within the field of classical music, the minister said."
    )
    assert not any(p.startswith("province:ke") for p in parties(doc, only_agreement(doc)))


def test_a_document_between_the_two_countries_named_with_an_indefinite_article_is_a_new_one() -> None:
    doc = run(
        "Hungary, Kenya boost ties\n\nA 200 million euro tied aid agreement between the two countries will open "
        "doors for Hungarian firms, the minister said. Nairobi’s Kenyatta Academy of Music and the Budapest "
        "Conservatory have concluded an agreement within the field of classical music."
    )
    assert {"country:hu", "country:ke"} in [parties(doc, a) for a in agreements(doc)]
    assert len(agreements(doc)) == 2


def test_a_place_after_the_first_side_of_a_between_slot_says_where_that_side_is() -> None:
    doc = run(
        "The ambassador met the governor of Cebu to discuss the possibility of signing a sisterhood pact between "
        "Bac Lieu province in Vietnam and Cebu on March 3."
    )
    assert {"province:vn-55", "province:ph-ceb"} <= parties(doc, only_agreement(doc))


def test_a_cooperation_agreement_between_the_two_nations_is_still_the_one_its_signers_signed() -> None:
    doc = run(
        "Kenya, Chile trade bodies meet\n\nThe Kenya Trade Promotion Centre (KTPC) and the Chile Chamber of "
        "Commerce (CCC) signed a cooperation agreement between the two nations. The signing of a cooperation "
        "agreement between KTPC and CCC will help strengthen trade, the director said."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


# --- agreements (Vietnamese): forms of pages the rules had not seen (issue #12, round zd) -----------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Đoàn đại biểu thành phố Quế Lâm (Trung Quốc) thăm Cần Thơ. Thành phố Cần Thơ đã thiết lập quan hệ hữu "
            "nghị và hợp tác với thành phố Quế Lâm vào năm 2019. Hai bên trao đổi về du lịch.",
            {"province:vn-ct", "province:cn-city-que-lam"},
        ),
        (
            "Lãnh đạo tỉnh Lào Cai tiếp đoàn tỉnh Vân Nam (Trung Quốc). Ông khẳng định, mối quan hệ hợp tác hữu nghị "
            "giữa hai tỉnh Lào Cai - Vân Nam được thiết lập từ năm 2005 đến nay rất hiệu quả.",
            {"province:vn-02", "province:cn-yn"},
        ),
        (
            "Chủ tịch UBND thành phố Sa Đéc tiếp Thị trưởng chính quyền nhân dân thành phố Quế Lâm (Trung Quốc). Hai "
            "bên thống nhất tổ chức kỷ niệm 5 năm thiết lập quan hệ thành phố hữu nghị Sa Đéc - Quế Lâm.",
            {"org:ubnd-thanh-pho-sa-dec", "province:cn-city-que-lam"},
        ),
    ],
)
def test_friendship_ties_set_up_between_two_localities_are_their_partnership(text: str, sides: set[str]) -> None:
    ties = only_agreement(run(text))
    assert ties["properties"]["type"] == "partnership" and ties["properties"]["status"] == "in_force"
    assert parties(run(text), ties) == sides


def test_friendship_ties_spoken_of_with_no_setting_up_are_no_partnership() -> None:
    doc = run(
        "Lãnh đạo tỉnh Lào Cai tiếp đoàn tỉnh Vân Nam (Trung Quốc). Ông tin tưởng mối quan hệ hữu nghị và hợp tác "
        "giữa hai tỉnh sẽ tiếp tục phát triển."
    )
    assert agreements(doc) == []


def test_friendship_ties_to_be_signed_are_a_document_of_their_own_planned() -> None:
    doc = run(
        "Ủy ban nhân dân thành phố Sa Đéc và thành phố Quế Lâm (Trung Quốc) đã ký Ý định thư thiết lập quan hệ hữu "
        "nghị. Hai bên thúc đẩy sớm chính thức ký kết thiết lập quan hệ thành phố hữu nghị giữa hai thành phố."
    )
    got = {(a["properties"]["type"], a["properties"]["status"]) for a in agreements(doc)}
    assert got == {("other", "signed"), ("agreement", "planned")}
    assert all(
        parties(doc, a) == {"org:uy-ban-nhan-dan-thanh-pho-sa-dec", "province:cn-city-que-lam"} for a in agreements(doc)
    )


def test_a_formal_signing_the_sides_push_for_soon_is_planned() -> None:
    doc = run(
        "Lãnh đạo tỉnh Lào Cai tiếp đoàn tỉnh Vân Nam (Trung Quốc). Hai bên nhất trí sớm chính thức ký kết Bản ghi "
        "nhớ hợp tác về du lịch giữa tỉnh Lào Cai và tỉnh Vân Nam."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


def test_a_title_the_page_cuts_off_inside_a_word_is_no_document() -> None:
    doc = run(
        "Việt Nam và Kenya ký hai văn kiện\n\nTại Hà Nội, hai bên đã ký các văn kiện sau:\n\n1. Hiệp định giữa "
        "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Kenya về miễn thị thực cho "
        "người mang hộ chiếu phổ thông.\n\n2. Bản ghi nhớ giữa Cục Hàng hải và h"
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_a_trade_agreement_named_again_by_its_acronym_keeps_the_sides_of_its_title() -> None:
    doc = run(
        "Việt Nam và Canada ký hiệp định thương mại\n\nHiệp định mới kế thừa các cam kết trong Hiệp định thương mại "
        "tự do giữa Việt Nam - Liên minh châu Âu (EVFTA). Theo đó, hiệp định gồm 9 điều khoản sửa đổi lời văn EVFTA "
        "và 01 thư trao đổi giữa Việt Nam và Canada."
    )
    trade_areas = [a for a in agreements(doc) if a["properties"]["type"] == "fta"]
    assert [parties(doc, a) for a in trade_areas] == [{"country:vn", "org:eu"}]


@pytest.mark.parametrize(
    "text",
    [
        "Kết nghĩa giữa 2 thành phố Cần Thơ và Quế Lâm\n\nĐoàn đại biểu thành phố Cần Thơ thăm thành phố Quế Lâm "
        "(Trung Quốc). Ngày 12/5, lễ ký Hiệp ước kết nghĩa giữa Cần Thơ và Quế Lâm đã diễn ra trọng thể tại Tòa "
        "Thị chính thành phố Quế Lâm.",
        "Kết nghĩa giữa 2 tỉnh Lào Cai và Vân Nam\n\nĐoàn đại biểu tỉnh Lào Cai thăm tỉnh Vân Nam (Trung Quốc). "
        "Ngày 12/5, lễ ký Hiệp ước kết nghĩa giữa Lào Cai và Vân Nam đã diễn ra trọng thể tại Côn Minh.",
    ],
)
def test_a_twinning_of_the_sides_of_a_document_about_it_is_that_document(text: str) -> None:
    assert [a["properties"]["type"] for a in agreements(run(text))] == ["agreement"]


def test_a_headline_s_document_the_body_names_again_with_a_place_is_not_another_body_document() -> None:
    doc = run(
        "Chính quyền thành phố Quế Lâm và Việt Nam sẽ ký kết hiệp định nông nghiệp\n\nThị trưởng thành phố Quế Lâm "
        "(Trung Quốc) cho biết, sắp tới, chính quyền thành phố Quế Lâm sẽ ký kết hiệp định hợp tác nông nghiệp với "
        "tỉnh Tiền Giang, Việt Nam, hy vọng có thể nâng cao mối quan hệ hợp tác của hai bên.\n\nKhông những sẽ ký "
        "kết hiệp định nông nghiệp với Việt Nam, chính quyền thành phố Quế Lâm cũng sẽ ký kết hiệp định hợp tác "
        "trong lĩnh vực văn hóa với trường đại học Kyoto."
    )
    farming = [a for a in agreements(doc) if "nông nghiệp" in a["name"]]
    assert [parties(doc, a) for a in farming] == [{"province:cn-city-que-lam", "province:vn-46"}]


def test_a_partnership_and_cooperation_framework_is_a_partnership() -> None:
    doc = run(
        "Để thúc đẩy quan hệ Đối tác và hợp tác toàn diện giữa Việt Nam và Kenya thời gian tới, hai bên nhất trí "
        "tăng cường trao đổi đoàn."
    )
    framework = only_agreement(doc)
    assert framework["properties"]["type"] == "partnership"
    assert parties(doc, framework) == {"country:vn", "country:ke"}


def test_a_partnership_named_as_a_framework_agreement_s_own_name_is_that_agreement() -> None:
    doc = run(
        "Hai bên nhất trí phối hợp triển khai hiệu quả Hiệp định khung Đối tác toàn diện (PCA) giữa Việt Nam và Kenya."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["agreement"]


def test_a_review_both_sides_sign_is_a_document_of_theirs() -> None:
    doc = run(
        "Tây Ninh sơ kết hợp tác với tỉnh Kampot\n\nNgày 12/5, tỉnh Tây Ninh tổ chức hội nghị sơ kết 1 năm thực "
        "hiện thỏa thuận hợp tác giữa tỉnh Tây Ninh và tỉnh Kampot (Campuchia). Lãnh đạo hai tỉnh ký kết Báo cáo "
        "sơ kết 1 năm thực hiện Thỏa thuận hợp tác."
    )
    review = next(a for a in agreements(doc) if a["name"].startswith("Báo cáo"))
    assert review["properties"]["type"] == "other" and review["properties"]["status"] == "signed"
    assert parties(doc, review) == {"province:vn-37", "province:kh-7"}
    assert agreements(run("Sở Ngoại vụ tỉnh Tây Ninh trình bày báo cáo sơ kết công tác đối ngoại năm 2024.")) == []


def test_a_headline_s_document_the_body_names_again_is_not_the_body_s_document_of_another_kind() -> None:
    doc = run(
        "Sơ kết 1 năm thực hiện thỏa thuận hợp tác giữa Tây Ninh và Kampot\n\nNgày 12/5, tỉnh Tây Ninh tổ chức hội "
        "nghị sơ kết 1 năm thực hiện thỏa thuận hợp tác giữa hai tỉnh Tây Ninh và Kampot (Campuchia). Lãnh đạo hai "
        "tỉnh ký kết Báo cáo sơ kết 1 năm thực hiện Thỏa thuận hợp tác."
    )
    assert sorted(a["properties"]["type"] for a in agreements(doc)) == ["agreement", "other"]


def test_a_treaty_named_by_its_kind_in_lower_case_is_a_document_of_the_two_states() -> None:
    doc = run(
        "Thủ tướng Kenya tiếp Phó Thủ tướng Việt Nam\n\nChiều 5/3, Thủ tướng Kenya tiếp Phó Thủ tướng Việt Nam. Phó "
        "Thủ tướng đề nghị Hội đồng Doanh nghiệp Việt Nam - Kenya thúc đẩy đàm phán, sớm ký kết hiệp định bảo hộ "
        "đầu tư."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:ke"}


def test_a_joint_body_of_two_countries_stands_for_both_in_a_treaty() -> None:
    doc = run(
        "Thủ tướng Kenya tiếp Phó Thủ tướng Việt Nam\n\nChiều 5/3, Thủ tướng Kenya tiếp Phó Thủ tướng Việt Nam. Phó "
        "Thủ tướng đề nghị hai bên thành lập Hội đồng Doanh nghiệp Việt Nam - Kenya, thúc đẩy đàm phán, sớm ký kết "
        "hiệp định tránh đánh thuế hai lần; tăng cường hợp tác đầu tư."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:ke"}


@pytest.mark.parametrize(
    "text",
    [
        "Lào Cai – Hủa Phăn ký kết nhiều nội dung hợp tác quan trọng\nSáng 14/6, tại thành phố Lào Cai đã diễn ra Hội "
        "nghị cấp cao giữa 2 tỉnh Lào Cai – Hủa Phăn.",
        "Sáng 14/6, tại thành phố Lào Cai, tỉnh Lào Cai và tỉnh Hủa Phăn đã thảo luận, thống nhất và ký kết các nội "
        "dung hợp tác giai đoạn 2024 - 2028.",
    ],
)
def test_points_of_cooperation_signed_are_a_document_of_the_sides(text: str) -> None:
    doc = run(text)
    record = only_agreement(doc)
    assert record["properties"]["status"] == "signed"
    assert {"province:vn-02", "province:la-ho"} <= parties(doc, record)


def test_a_contract_named_by_the_trade_it_is_for_is_a_document() -> None:
    doc = run(
        "Bộ trưởng Công Thương làm việc với Thống đốc bang Ohio\n\nChiều 9/10, Bộ trưởng Công Thương làm việc với "
        "Thống đốc bang Ohio. Kim ngạch nhập khẩu nông sản từ Hoa Kỳ tăng mạnh. Việt Nam cũng đã ký hợp đồng mua bán "
        "nhiều đầu máy xe lửa từ Hoa Kỳ."
    )
    record = only_agreement(doc)
    assert (record["properties"]["type"], record["properties"]["status"]) == ("other", "signed")
    assert "country:vn" in parties(doc, record)


def test_provinces_counted_with_a_leading_zero_are_the_ones_the_page_names() -> None:
    doc = run(
        "Đoàn công tác cơ quan Ngoại vụ 03 tỉnh nước CHDCND Lào gồm: Hủa Phăn, Xiêng Khoảng, Bò Kẹo đã sang thăm "
        "tỉnh Điện Biên. Hai bên đánh giá kết quả triển khai Biên bản thỏa thuận hợp tác giữa tỉnh Điện Biên với 03 "
        "tỉnh nước CHDCND Lào."
    )
    record = only_agreement(doc)
    assert parties(doc, record) == {"province:vn-71", "province:la-ho", "province:la-xi", "province:la-bk"}


# --- English documents and their sides on pages the rules had not seen (issue #12), continued ---


def test_a_deal_named_by_its_term_or_commodity_is_a_document() -> None:
    doc = run(
        "Kenya, Chile seal wheat deal\n\nNAIROBI (KNA): Kenya’s National Cereals Board (NCB) signed here on "
        "Wednesday a one-year deal to import 500,000 tons of wheat from state-run Chile Grain Corp (CGC)."
    )
    deal = only_agreement(doc)
    assert deal["properties"]["status"] == "signed"
    assert not any(p.startswith("province:") for p in parties(doc, deal))


def test_who_sells_what_a_deal_buys_is_its_other_side() -> None:
    doc = run(
        "Kenya, Chile seal wheat deal\n\nNAIROBI (KNA): Kenya’s National Cereals Board (NCB) signed here on "
        "Wednesday a one-year deal to import 500,000 tons of wheat from state-run Chile Grain Corp (CGC)."
    )
    assert len(parties(doc, only_agreement(doc)) - {"country:ke"}) == 2


def test_plural_documents_named_by_the_field_they_are_for_are_one_set_of_the_sides() -> None:
    doc = run(
        "Kenya, Chile leaders meet\n\nAfter the meeting, the Kenyan President and the Chilean President attended a "
        "signing ceremony of MoUs for agriculture and rural development."
    )
    memoranda = only_agreement(doc)
    assert memoranda["properties"]["type"] == "mou"
    assert parties(doc, memoranda) == {"country:ke", "country:cl"}


def test_plural_documents_for_cooperation_name_no_field_of_their_own() -> None:
    doc = run(
        "Kenya, Chile leaders meet\n\nThe governor called on the city's leaders to support the signing of MoUs for "
        "cooperation between districts and agencies of the two localities."
    )
    assert agreements(doc) == []


def test_a_plan_focused_on_a_field_that_the_sides_will_develop_is_a_planned_document() -> None:
    doc = run(
        "Kenya, Chile leaders meet\n\nThe joint statement said Kenya and Chile will over the next year develop a "
        "joint plan of action focused on strengthening cooperation in trade and education."
    )
    plan = only_agreement(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert plan["properties"]["status"] == "planned"
    assert parties(doc, plan) == {"country:ke", "country:cl"}


def test_a_subject_s_unnamed_body_after_an_opening_adjunct_is_a_party() -> None:
    # the signer read written twice (its short form in brackets), the other no stage reads, after `On Monday, `
    doc = run(
        "On Monday, Zenbridge and Kenya Petroleum Corporation (KPC) signed a memorandum of understanding on "
        "cooperation in refining."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert {"Zenbridge", "Kenya Petroleum Corporation"} <= {names[p] for p in parties(doc, only_agreement(doc))}


def test_a_coordinated_subject_whose_second_side_follows_its_country_s_possessive() -> None:
    doc = run(
        "Hai Phong and Japan’s Osaka prefecture held a teleconference on May 4 to accelerate the signing of a "
        "memorandum of understanding on tourism cooperation."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert {names[p] for p in parties(doc, only_agreement(doc))} == {"Hải Phòng", "Osaka"}


def test_a_signing_ceremony_of_a_document_held_by_one_side_with_the_other() -> None:
    doc = run(
        "The People's Committee of Quang Ninh province held a signing ceremony of the memorandum of understanding on "
        "cooperation in port logistics with Meridian Harbours on the evening of March 3."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert {"Quảng Ninh", "Meridian Harbours"} <= {names[p] for p in parties(doc, only_agreement(doc))}


def test_a_signing_proposed_to_the_two_sides_is_theirs_not_the_proposer_s_nor_what_they_set_up() -> None:
    doc = run(
        "Vietnam and Chile held talks on mining in Hanoi on Monday. Minister Nguyen Hong Dien proposed that the two "
        "sides establish a Joint Working Group on Mining and Energy Cooperation, negotiate and sign a memorandum of "
        "understanding on mining cooperation."
    )
    assert parties(doc, only_agreement(doc)) == {"country:vn", "country:cl"}


def test_a_document_between_two_countries_bodies_named_by_their_adjectives_is_those_countries() -> None:
    doc = run(
        "Officials from Vietnam, Thailand and Japan met in Hanoi on Monday to discuss Mekong fisheries. A memorandum "
        "of understanding on cooperation between Thai and Japanese fisheries agencies was also signed."
    )
    assert parties(doc, only_agreement(doc)) == {"country:th", "country:jp"}


def test_a_title_ends_at_the_comma_after_which_two_sides_agree() -> None:
    doc = run(
        "Vietnam and Japan marked 50 years of diplomatic ties this year. On the occasion of the 10th anniversary of the "
        "extensive strategic partnership (2014-2024), Hai Phong and Osaka agreed to sign a memorandum of understanding "
        "on port cooperation."
    )
    [partnership] = [a for a in agreements(doc) if a["properties"]["type"] == "partnership"]
    assert partnership["name"] == "extensive strategic partnership (2014-2024)"
    assert parties(doc, partnership) == {"country:vn", "country:jp"}


def test_a_vietnamese_document_named_back_with_nay_gives_it_its_status() -> None:
    doc = run(
        "Bộ Công Thương cho biết Chính phủ đang xin chủ trương ký kết chính thức Hiệp định Thương mại tự do Việt Nam - "
        "Peru (VPFTA). Nếu được, có thể sẽ ký kết hiệp định này vào tháng 3/2027."
    )
    assert only_agreement(doc)["properties"]["status"] == "planned"


@pytest.mark.parametrize("tally", ["hàng chục", "hàng trăm", "vài"])
def test_a_vietnamese_tally_of_documents_is_no_document(tally: str) -> None:
    doc = run(
        "Chiều 7-3, tỉnh Bến Tre và tỉnh Lâm Đồng ký kết chương trình hợp tác giai đoạn 2026 – 2030. Thời gian qua, "
        f"hai tỉnh đã ký kết {tally} biên bản hợp tác thương mại hỗ trợ đưa sản phẩm vào hệ thống phân phối của nhau."
    )
    assert only_agreement(doc)["name"].startswith("chương trình hợp tác")


def test_a_vietnamese_document_of_the_new_period_named_back_is_the_one_signed() -> None:
    doc = run(
        "Ngày 3/4, lễ ký kết Thỏa thuận hợp tác giai đoạn 2027 - 2031 giữa tỉnh Nghệ An và tỉnh Bolikhamxay đã diễn ra "
        "tại Vinh. Phát biểu tại buổi lễ, Bí thư Tỉnh ủy Nghệ An khẳng định việc ký kết thỏa thuận giai đoạn mới thể "
        "hiện quyết tâm chính trị cao của lãnh đạo hai tỉnh."
    )
    assert only_agreement(doc)["name"].startswith("Thỏa thuận hợp tác giai đoạn 2027 - 2031")


@pytest.mark.parametrize("consensus", ["thỏa thuận của lãnh đạo cấp cao hai nước", "thỏa thuận cấp cao giữa hai nước"])
def test_what_vietnamese_leaders_agreed_is_no_document(consensus: str) -> None:
    doc = run(
        f"Thực hiện {consensus}, đoàn công tác Bộ Công Thương vừa có chuyến thăm và làm việc tại Mozambique từ ngày "
        "10 đến 15/11."
    )
    assert agreements(doc) == []


def test_a_vietnamese_document_with_no_side_read_is_still_a_node() -> None:
    """Issue #12: an agreement with no readable party is still a node (English pages alike)."""
    doc = run(
        "Theo Biên bản ghi nhớ, hai bên sẽ hợp tác lâu dài trên nhiều lĩnh vực then chốt, bao gồm xây dựng dân dụng và "
        "phát triển năng lượng tái tạo."
    )
    assert only_agreement(doc)["properties"]["type"] == "mou"


def test_a_counted_set_whose_documents_follow_a_list_number_is_no_document_of_its_own() -> None:
    doc = run(
        "1. Các văn kiện hợp tác Việt Nam – Cuba được ký kết\nTrong chuyến thăm, hai bên đã tiến hành trao đổi và ký kết "
        "3 văn kiện hợp tác quan trọng, trải rộng trên nhiều lĩnh vực từ y tế, giáo dục đến tài chính. Những văn kiện "
        "này đánh dấu bước phát triển mới trong quan hệ giữa Việt Nam và Cuba.\n\n1.1. Bản ghi nhớ giữa Bộ Y tế Việt "
        "Nam và Bộ Y tế Cuba về hợp tác trong lĩnh vực dược phẩm"
    )
    assert only_agreement(doc)["properties"]["type"] == "mou"


@pytest.mark.parametrize(
    "sentence",
    [
        "Khu vực thương mại tự do Đông Phi (EAFTA) dự kiến có hiệu lực từ năm sau, mở ra cơ hội cho doanh nghiệp.",
        "Doanh nghiệp cần tận dụng Khu vực mậu dịch tự do Bắc Âu để mở rộng xuất khẩu.",
        "Hai nước đã ký hiệp định khu vực thương mại tự do vào năm ngoái.",
    ],
)
def test_a_vietnamese_free_trade_area_is_a_free_trade_agreement(sentence: str) -> None:
    doc = run("Kinh tế\n\n" + sentence)
    fta = only_agreement(doc)
    assert fta["properties"]["type"] == "fta"
    assert "dự kiến" not in fta["name"]


def test_a_vietnamese_plan_named_after_its_partnership_is_the_plan() -> None:
    doc = run(
        "Hai bên đánh giá việc triển khai Kế hoạch Hành động Đối tác Chiến lược Việt Nam - Mông Cổ giai đoạn 2027-2029."
    )
    plan = only_agreement(doc)
    assert plan["properties"]["type"] == "action_plan"
    assert parties(doc, plan) == {"country:vn", "country:mn"}


def test_a_document_whose_spirit_guides_the_sides_is_in_force() -> None:
    doc = run(
        "Hai nước sẽ tăng cường hợp tác biển theo tinh thần Tuyên bố chung về quan hệ Đối tác hàng hải Việt Nam - "
        "Chile đến năm 2035."
    )
    assert only_agreement(doc)["properties"]["status"] == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Quảng Trị và tỉnh Savannakhet (Lào) ký ghi nhớ hợp tác giai đoạn 2026 - 2030",
        "Kinh tế\n\nChủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng và Tỉnh trưởng tỉnh Savannakhet Santiphap Phomvihane ký "
        "kết ghi nhớ.",
    ],
)
def test_a_memorandum_signed_without_its_noun_is_one(text: str) -> None:
    doc = run(text)
    mou = only_agreement(doc)
    assert (mou["properties"]["type"], mou["properties"]["status"]) == ("mou", "signed")
    assert {"province:vn-25", "province:la-sv"} <= parties(doc, mou)


def test_a_state_s_full_name_spelt_by_its_sounds_is_a_side() -> None:
    doc = run(
        "Kinh tế\n\nHai bộ cam kết thực hiện Hiệp định Hàng không giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa Việt "
        "Nam và Chính phủ Hoàng gia Bru-nây Đa-rút-sa-lam."
    )
    assert "country:bn" in parties(doc, only_agreement(doc))


def test_a_city_abbreviated_with_a_stop_does_not_end_a_title() -> None:
    doc = run(
        "Kinh tế\n\nHai bên đã trao Bản ghi nhớ về hợp tác đầu tư giữa UBND TP. Cần Thơ và Công ty cổ phần Năng lượng "
        "Xanh Mekong về dự án điện gió."
    )
    mou = only_agreement(doc)
    assert "Năng lượng Xanh Mekong" in mou["name"]
    assert len(parties(doc, mou) - {"province:vn-ct"}) == 2


def test_a_local_body_abroad_and_its_province_after_a_comma_sign_with_the_body_before() -> None:
    doc = run(
        "Kinh tế\n\nNgày 3/6, UBND thành phố Cần Thơ và Chính quyền huyện Gochang, tỉnh Jeollabuk, Hàn Quốc đã ký kết "
        "Bản ghi nhớ về việc phái cử lao động thời vụ."
    )
    sides = parties(doc, only_agreement(doc))
    assert {"org:ubnd-vn-ct", "org:chinh-quyen-huyen-gochang"} <= sides


def test_a_bare_subject_no_stage_read_signing_with_a_body_read_is_a_party() -> None:
    # the signer a capitalised name with no head word, its `with` partner a chamber the stages read
    doc = run(
        "Kenyan traders visit Hanoi\n\nKTDA also signed a MoU with the Vietnam Chamber of Commerce and Industry "
        "(VCCI) to promote trade between the two economies."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert "KTDA" in {names[p] for p in parties(doc, only_agreement(doc))}


def test_an_opening_adjunct_before_a_pronoun_subject_is_no_signer() -> None:
    doc = run(
        "Kenyan traders visit Hanoi\n\nYesterday, it signed a memorandum of understanding with the People's "
        "Committee of Quang Ngai province to study a port."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert "Yesterday" not in {names[p] for p in parties(doc, only_agreement(doc))}


def test_a_vietnamese_with_object_no_stage_read_before_the_document_is_a_party() -> None:
    # `A ký với B <head>`: A read, B a capitalised name with no head word
    doc = run(
        "Mua điện từ Lào\n\nTháng 3/2024, Tổng công ty Phát điện 3 ký với Xaysavang hợp đồng mua bán điện tại dự án "
        "thủy điện Nam Kha."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert "Xaysavang" in {names[p] for p in parties(doc, only_agreement(doc))}


def test_documents_listed_by_their_purpose_after_semicolons_are_each_one() -> None:
    """`Among them are the following: an MoU on …; an agreement to promote …; and an agreement to support …`: each
    item is a document, though alone `an agreement to …` is often only what the sides agreed."""
    doc = run(
        "Thailand and Cambodia widen energy ties\n\nThe two sides have expanded their cooperation in recent years. "
        "Among them are the following: a Thailand-Cambodia Memorandum of Understanding on rubber trade; an agreement "
        "to promote the purchase and sale of rice; and an agreement to support solar power projects in Cambodia."
    )
    titles = sorted(a["name"] for a in agreements(doc))
    assert titles == [
        "Thailand-Cambodia Memorandum of Understanding on rubber trade",
        "agreement to promote the purchase and sale of rice",
        "agreement to support solar power projects",
    ], titles
    assert all(parties(doc, a) == {"country:th", "country:kh"} for a in agreements(doc))


def test_an_agreement_to_act_told_alone_is_no_document() -> None:
    doc = run(
        "Ministers meet\n\nThe statement underlined an agreement to boost cooperation in the mining sector through "
        "joint exploration."
    )
    assert agreements(doc) == []


def test_an_english_declaration_named_inside_a_sentence_is_a_document() -> None:
    """`the Declaration on Joint Vision on …`: a declaration's name, capitalised mid-sentence, is of the other kinds;
    `the Declaration on the Conduct of Parties …`, a region's code an article cites, is not read."""
    doc = run(
        "Philippines and Vietnam review maritime ties\n\nManila, May 3 - The two ministers committed to implementing "
        "the Declaration on Joint Vision on Maritime Cooperation for 2020-2025 and to respecting the Declaration on "
        "the Conduct of Parties in the South China Sea."
    )
    declaration = only_agreement(doc)
    assert declaration["name"] == "Declaration on Joint Vision on Maritime Cooperation for 2020-2025"
    assert declaration["properties"]["type"] == "other"
    assert parties(doc, declaration) == {"country:ph", "country:vn"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Vietnam review trade\n\nThe Prime Minister noted that Vietnam is determined to ratify the Regional "
        "Comprehensive Economic Partnership (RCEP) this year and expects Chile to follow.",
        "Chile and Vietnam review trade\n\nThe minister hailed Vietnam for its dedication to the conclusion of the "
        "Regional Comprehensive Economic Partnership (RCEP) and hoped that Vietnam will soon ratify the treaty.",
        "Chile and Vietnam review trade\n\nThe minister thanked Chile for supporting the ratification of the Chile - "
        "Vietnam Free Trade Agreement (CVFTA).",
    ],
)
def test_a_trade_agreement_whose_ratification_is_awaited_is_signed(text: str) -> None:
    """The conventions (19th session): a document still awaiting ratification is `signed`, not in force."""
    fta = next(a for a in agreements(run(text)) if a["properties"]["type"] == "fta")
    assert fta["properties"]["status"] == "signed", fta["name"]


def test_an_agreement_with_a_trade_bloc_to_expand_trade_is_a_free_trade_agreement() -> None:
    doc = run(
        "Chile courts Asia\n\nThe minister said he might suggest an agreement between Chile and ASEAN to expand trade "
        "relations with the region."
    )
    assert only_agreement(doc)["properties"]["type"] == "fta"


def test_a_document_between_the_provinces_is_the_page_s_two_provinces() -> None:
    """`signed a cooperation agreement between the provinces`, no count: the two provinces of the page (An Giang and
    Takeo), not the one the officials' committee stands for."""
    doc = run(
        "An Giang and Takeo review ties\n\nAn Giang (VNA) - A conference reviewing cooperation between An Giang and "
        "Cambodia's Takeo province took place in An Giang on September 21, 2024. The officials also signed a "
        "cooperation agreement between the provinces for the upcoming period.",
        lang="en",
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-44", "province:kh-21"}


def test_a_side_named_by_its_kind_alone_is_the_page_s_province() -> None:
    """`Bản ghi nhớ hợp tác giữa tỉnh và CNAM`: `tỉnh` with no name is the province the page is about."""
    doc = run(
        "Đoàn công tác của tỉnh Lạng Sơn thăm Pháp\n\nTừ ngày 3 đến 8/10/2024, đoàn công tác tỉnh Lạng Sơn thăm Pháp. "
        "Tại Paris, Đoàn đã làm việc với Viện Nghệ thuật và Nghề nghiệp Pháp (CNAM) về triển khai Bản ghi nhớ hợp "
        "tác giữa tỉnh và CNAM được ký kết tháng 9/2020.",
        lang="vi",
    )
    assert parties(doc, only_agreement(doc)) == {"province:vn-09", "org:vien-nghe-thuat-va-nghe-nghiep-phap"}


def test_both_sides_that_signed_are_the_pair_of_bodies_named_just_before() -> None:
    """`… commended the A Group of Companies and the B Board for the deal. "The MoU signed by the two sides …"`: the
    two sides are the pair of bodies the sentence before names, not the page's countries."""
    doc = run(
        "Cashew deal\n\nDODOMA, September 13, 2024 - The government today unveiled Sao Mai Group of companies of "
        "Vietnam as the firm behind the deal to buy cashew nuts. The deputy minister commended the Sao Mai Group of "
        "Companies and the Cereals and Other Produce Board (CPB) for the deal.\n\u201cThe Memorandum of Understanding "
        "(MoU) signed by the two sides in August this year will enable the Vietnamese firm to purchase cashew nuts,"
        "\u201d he said.",
        lang="en",
    )
    assert parties(doc, only_agreement(doc)) == {
        "org:sao-mai-group-of-companies",
        "org:cereals-and-other-produce-board",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya và Chile tăng cường hợp tác thương mại\n\nChiều 9/10, Kenya và Chile hội đàm tại Nairobi về thương mại "
        "và đầu tư. Một doanh nghiệp đã ký hợp đồng cung cấp gạo trị giá 500 triệu USD.",
        "Kenya and Chile boost trade ties\n\nKenya and Chile held talks in Nairobi on trade and investment. A local "
        "developer also signed a contract on the Riverside project last month.",
    ],
)
def test_a_contract_no_one_is_said_to_sign_is_no_document_of_the_two_countries(text: str) -> None:
    """A firm's contract whose sides the text names neither by a signer nor by `between`/`giữa` is no document of
    the page's two countries (they never sign a contract); the page has no document then."""
    assert agreements(run(text)) == []


def test_contracts_said_to_be_between_bodies_stay_a_document() -> None:
    doc = run(
        "Kenya and Chile boost trade ties\n\nKenya and Chile held talks in Nairobi. Firms signed a number of economic "
        "contracts between businesses of the two countries."
    )
    assert [a["properties"]["type"] for a in agreements(doc)] == ["other"]


@pytest.mark.parametrize(
    ("text", "signer", "parent"),
    [
        (
            "Hanoi, May 5 (VNA) – Binh Son Refining, a subsidiary of PetroVietnam, signed a memorandum of understanding "
            "with SCG Chemicals on Monday.",
            "Binh Son Refining",
            "org:petrovietnam",
        ),
        (
            "New Delhi, May 5 – ONGC Videsh Ltd, the overseas arm of state-owned Oil and Natural Gas Corp (ONGC), today "
            "signed an agreement with Vietnam Electricity to jointly develop power plants.",
            "ONGC Videsh Ltd",
            "org:oil-and-natural-gas-corp",
        ),
        (
            "Hà Nội, ngày 5/5 - Công ty Cổ phần Lọc hóa dầu Bình Sơn, đơn vị thành viên của Tập đoàn Dầu khí Việt Nam, "
            "đã ký biên bản ghi nhớ với Tập đoàn SCG của Thái Lan.",
            "Công ty Cổ phần Lọc hóa dầu Bình Sơn",
            "org:petrovietnam",
        ),
    ],
)
def test_the_body_before_its_apposition_signs_not_the_parent_it_names(text: str, signer: str, parent: str) -> None:
    """`A, a subsidiary of B, signed …`: the description set off by commas names A's parent, no signer."""
    doc = run(text)
    signed = parties(doc, only_agreement(doc))
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert signer in {names[i] for i in signed}
    assert parent in names  # (the parent is read, as a body of the page)
    assert parent not in signed
    assert len(signed) == 2


def test_two_bodies_each_with_a_description_both_sign() -> None:
    """`A, the flag carrier, and B, the power utility, signed …`: each description set off by commas is its body's."""
    doc = run(
        "Hanoi, May 5 (VNA) - Vietnam Airlines, the national flag carrier, and Vietnam Electricity, the state power "
        "utility, signed a memorandum of understanding on Monday."
    )
    names = {e["id"]: e["name"] for e in doc["entities"]}
    signed = {names[i] for i in parties(doc, only_agreement(doc))}
    assert signed == {"Tổng công ty Hàng không Việt Nam", "Tập đoàn Điện lực Việt Nam"}


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội, ngày 5/5 - Công ty SK E&S (thuộc Tập đoàn SK - Hàn Quốc) đã ký biên bản ghi nhớ hợp tác với Tập đoàn "
        "T&T Group.",
        "Hanoi, May 5 (VNA) - PetroVietnam Power Corporation (a subsidiary of PetroVietnam) signed a memorandum of "
        "understanding with T&T Group on Monday.",
    ],
)
def test_the_group_a_signer_belongs_to_in_brackets_signs_nothing(text: str) -> None:
    """`Công ty SK E&S (thuộc Tập đoàn SK – Hàn Quốc) đã ký …`: the brackets name the signer's group and its country."""
    doc = run(text)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    signed = parties(doc, only_agreement(doc))
    assert len(signed) == 2
    assert not {"country:kr", "org:petrovietnam"} & signed
    assert not any(names[i] == "Tập đoàn SK" for i in signed)


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Hà Nội, ngày 5/5 - UBND tỉnh Quảng Ninh, dưới sự chứng kiến của lãnh đạo Bộ Công Thương, đã ký biên bản ghi "
            "nhớ với Tập đoàn SCG.",
            "org:ubnd-vn-13",
        ),
        (
            "Hanoi, May 5 (VNA) - Vietnam Electricity, with the support of the Ministry of Industry and Trade, signed a "
            "memorandum of understanding with SCG Group.",
            "org:evn",
        ),
    ],
)
def test_who_witnessed_or_backed_a_signing_between_its_signer_and_the_verb_signs_nothing(
    text: str, signer: str
) -> None:
    """`A, dưới sự chứng kiến của B, đã ký …`, `A, with the support of B, signed …`: A signs, B does not."""
    doc = run(text)
    signed = parties(doc, only_agreement(doc))
    assert signer in signed
    assert "org:moit" not in signed


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Chile boost trade\n\nThe two ministers witnessed the signing of a Memorandum of Understanding (MoU) "
        "between the Kenya Bureau of Standards and the Chile Customs Service, and another MoU between the Kenya Ports "
        "Authority and the Chile Ports Company on building warehouses.",
        "Kenya and Chile boost trade\n\nThe Kenya Bureau of Standards and the Chile Customs Service signed a "
        "memorandum of understanding on quality control. In addition to the above-said MoU, the Kenya Ports Authority "
        "signed another MoU with the Chile Ports Company.",
    ],
)
def test_another_memorandum_is_one_more_document(text: str) -> None:
    """`another MoU …` is a document of its own (its `other ` is no `other agreements`, a kind), never the one read
    before it."""
    doc = run(text, lang="en")
    assert [a["properties"]["type"] for a in agreements(doc)] == ["mou", "mou"], [a["name"] for a in agreements(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi, May 5 (VNA) - Vietnam Electricity signed a memorandum of understanding with PetroVietnam Power "
        "Corporation, a unit of PetroVietnam, on Monday.",
        "Hà Nội, ngày 5/5 - Tập đoàn Điện lực Việt Nam đã ký biên bản ghi nhớ với Công ty Cổ phần Lọc hóa dầu Bình Sơn, "
        "đơn vị thành viên của Tập đoàn Dầu khí Việt Nam.",
    ],
)
def test_the_parent_a_partners_description_names_signs_nothing(text: str) -> None:
    """`… with A, a unit of B, on Monday`: the description after the partner's comma names its group, no side."""
    doc = run(text)
    signed = parties(doc, only_agreement(doc))
    assert "org:evn" in signed
    assert "org:petrovietnam" not in signed
    assert len(signed) == 2


def test_a_document_its_title_calls_the_governments_is_between_the_states_not_the_ministries() -> None:
    doc = run(
        "Hanoi, May 4 (VNA) - The Ministry of Agriculture and Rural Development and Chile's Ministry of Agriculture "
        "signed a memorandum of understanding on plant protection in 2002, along with two government-level "
        "cooperation agreements on veterinary medicine and animal health."
    )
    found = {frozenset(parties(doc, a)) for a in agreements(doc)}
    assert frozenset({"country:vn", "country:cl"}) in found, found
    assert frozenset({"org:mard", "org:ministry-of-agriculture-cl"}) in found, found
    doc = run(
        "Hanoi, May 4 (VNA) - The two ministers signed an intergovernmental agreement between the Ministry of "
        "Agriculture and Rural Development and Chile's Ministry of Agriculture."
    )
    assert "country:vn" not in parties(doc, only_agreement(doc))
