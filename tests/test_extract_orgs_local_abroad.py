"""A local government or parliament abroad named with a head the gazetteer knows as ours (`Chính phủ`, `Quốc hội`)
is that place's body, not Việt Nam's. Every sentence here is written for the form, with names no article of the real
development set uses, so that a rule passes only if it is general."""

from __future__ import annotations

from tests.extraction import held_by, run


def orgs(doc: dict) -> dict[str, dict]:
    """Organisations by id."""
    return {e["id"]: e for e in doc["entities"] if e["label"] in ("Organization", "Ministry")}


def test_a_people_s_government_of_a_county_abroad_is_no_government_of_ours() -> None:
    doc = run(
        "Hợp tác biên giới\n\nÔng Lý Minh, Phó Chủ tịch Chính phủ nhân dân huyện Hà Khẩu tiếp đoàn công tác tỉnh "
        "Lào Cai."
    )
    found = orgs(doc)
    assert "org:vn-government" not in found
    county = next(e for e in found.values() if e["name"] == "Chính phủ nhân dân huyện Hà Khẩu")
    assert held_by(doc, "person:ly-minh") == {county["id"]}


def test_a_federal_state_s_parliament_is_no_national_assembly_of_ours() -> None:
    doc = run("Làm việc tại Đức\n\nĐoàn đã làm việc với Quốc hội bang Bayern về hợp tác đào tạo nghề.")
    found = orgs(doc)
    assert "org:vn-national-assembly" not in found
    assert any(e["name"] == "Quốc hội bang Bayern" for e in found.values())


def test_an_office_named_after_a_city_abroad_is_named_with_its_seat_in_another_country() -> None:
    doc = run(
        "Hợp tác với Hàn Quốc\n\nSở Ngoại vụ tiếp Trưởng Văn phòng Xúc tiến Đầu tư Busan tại Thành phố Hồ Chí "
        "Minh. Doanh nghiệp Hàn Quốc đầu tư nhiều."
    )
    names = {e["name"] for e in orgs(doc).values()}
    assert "Văn phòng Xúc tiến Đầu tư Busan tại Thành phố Hồ Chí Minh" in names


def test_a_canadian_province_s_government_keeps_tinh_bang_in_its_name() -> None:
    doc = run(
        "Hợp tác với Canada\n\nNhận lời mời của Chính quyền tỉnh bang Manitoba, Canada, đoàn công tác đã thăm và làm "
        "việc từ ngày 3/5."
    )
    body = next(e for e in orgs(doc).values() if "Manitoba" in e["name"])
    assert body["name"] == "Chính quyền tỉnh bang Manitoba"
    assert "Chính quyền tỉnh Manitoba" in body["aliases"]
