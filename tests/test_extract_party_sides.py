"""Agreement sides read right where a sentence tells more than one thing: two documents each with its own partner,
a subject whose day is told before its verb, a head of state whose country is left unsaid. Sentences in the forms
of real news, with other names."""

from __future__ import annotations

from tests.extraction import agreements, parties, run


def _by_name(doc: dict, words: str) -> dict:
    found = [a for a in agreements(doc) if a["name"].startswith(words)]
    assert len(found) == 1, [a["name"] for a in agreements(doc)]
    return found[0]


def test_two_documents_in_one_sentence_each_get_their_own_partner() -> None:
    doc = run(
        "Bộ Công Thương ký kết với đối tác\n\nNgày 3/10/2025, Bộ Công Thương đã ký Bản ghi nhớ về hợp tác năng lượng "
        "với Bộ Năng lượng và Mỏ Lào và Thỏa thuận hợp tác thương mại với Bộ Thương mại Campuchia."
    )
    energy = parties(doc, _by_name(doc, "Bản ghi nhớ"))
    trade = parties(doc, _by_name(doc, "Thỏa thuận"))
    assert "org:moit" in energy and "org:moit" in trade
    assert "org:kh-moc" in trade and "org:kh-moc" not in energy
    assert not any("nang-luong" in p for p in trade)


def test_english_second_document_gets_its_own_partner() -> None:
    doc = run(
        "MOIT signs with partners\n\nThe Ministry of Industry and Trade on May 14 signed a memorandum of understanding "
        "on electricity trade with Laos’ Ministry of Energy and Mines and an agreement on trade with Cambodia's "
        "Ministry of Commerce."
    )
    mou = parties(doc, _by_name(doc, "memorandum"))
    deal = parties(doc, _by_name(doc, "agreement"))
    assert "org:kh-moc" in deal and "org:kh-moc" not in mou
    assert {"org:moit", "org:ministry-of-energy-and-mines-la"} <= mou


def test_a_partner_read_before_the_verb_past_the_day_of_the_signing() -> None:
    doc = run(
        "Trade agency and fair organiser cooperate\n\nHANOI — The Vietnam Trade Promotion Agency (Vietrade) and German "
        "Brandt Messe on Thursday signed a memorandum of understanding on enhancing cooperation in trade promotion."
    )
    (mou,) = agreements(doc)
    got = parties(doc, mou)
    assert "org:vietrade" in got and any("brandt-messe" in p for p in got)


def test_a_president_with_no_country_written_signs_for_the_other_country() -> None:
    doc = run(
        "Kazakhstan, Vietnam adopt joint statement\n\nASTANA – President Serik Akhmetov and General Secretary of the "
        "Communist Party of Vietnam Central Committee To Lam adopted a joint statement on the establishment of a "
        "strategic partnership during Lam’s state visit to Kazakhstan on May 6."
    )
    statement = parties(doc, _by_name(doc, "joint statement"))
    assert {"country:kz", "org:cpv"} <= statement


def test_signers_named_in_the_next_sentence_join_the_document_of_their_countries() -> None:
    doc = run(
        "Cuba mở đất cho doanh nghiệp Việt\n\nVào tháng 8/2025, Việt Nam và Cuba đã công bố thỏa thuận hợp tác mới "
        "trong lĩnh vực nông nghiệp, mở rộng các dự án trồng trọt tại tỉnh Artemisa (Cuba). Thỏa thuận được ký kết "
        "giữa Tập đoàn Nông nghiệp Artemisa và Công ty Cổ phần Thực phẩm Sao Mai của Việt Nam."
    )
    (deal,) = agreements(doc)
    got = parties(doc, deal)
    assert "org:cong-ty-co-phan-thuc-pham-sao-mai" in got
    assert any(p.startswith("org:tap-doan-nong-nghiep") for p in got)
