"""The gazetteers are complete for their domain and their lookups agree across spellings.

These check the data against independent references where one exists
(pycountry's ISO 3166-1 and 3166-2 lists) and against the facts the graph's
answers stand on (34 Chinese provincial-level divisions; 63 Vietnamese units
before the 1 July 2025 merger, 34 after). No Neo4j needed.
"""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pycountry
import pytest

from core.text import fold, normalize
from core.vocabulary import Label
from loaders.gazetteer import Gazetteer, load_gazetteer

DATA = resources.files("loaders").joinpath("gazetteers")
CSV_FILES = ("countries.csv", "provinces_cn.csv", "provinces_vn.csv", "organizations.csv", "titles.csv")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(DATA.joinpath(name).read_text(encoding="utf-8").splitlines()))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _ids(gaz: Gazetteer, name: str, label: str | None = None) -> set[str]:
    return {entry.id for entry in gaz.find(name, label)}


# --- completeness ---------------------------------------------------------


def test_every_iso_country_has_a_row_and_a_vietnamese_name(gaz: Gazetteer) -> None:
    rows = {row["iso2"]: row for row in _rows("countries.csv")}
    for country in pycountry.countries:
        row = rows.get(country.alpha_2)
        assert row is not None, country.alpha_2
        assert row["iso3"] == country.alpha_3
        assert row["name_vi"].strip(), country.alpha_2
        assert f"country:{country.alpha_2.lower()}" in gaz.countries
    assert len(rows) == len(pycountry.countries)


def test_chinese_provincial_level_divisions() -> None:
    rows = _rows("provinces_cn.csv")
    assert len(rows) == 34
    assert Counter(row["kind"] for row in rows) == {
        "province": 23,
        "municipality": 4,
        "autonomous_region": 5,
        "sar": 2,
    }
    iso = {sub.code for sub in pycountry.subdivisions.get(country_code="CN")}
    assert {row["iso"] for row in rows} == iso
    assert all(row["name_vi"] and row["name_en"] and row["name_zh"] for row in rows)
    kinds = {row["iso"]: row["kind"] for row in rows}
    assert kinds["CN-TW"] == "province"
    assert {code for code, kind in kinds.items() if kind == "municipality"} == {"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ"}
    assert {code for code, kind in kinds.items() if kind == "sar"} == {"CN-HK", "CN-MO"}
    assert {code for code, kind in kinds.items() if kind == "autonomous_region"} == {
        "CN-GX",
        "CN-NM",
        "CN-XZ",
        "CN-NX",
        "CN-XJ",
    }


def test_vietnamese_units_before_and_after_the_2025_merger() -> None:
    rows = _rows("provinces_vn.csv")
    assert len(rows) == 63
    assert {row["iso"] for row in rows} == {sub.code for sub in pycountry.subdivisions.get(country_code="VN")}
    current = {row["iso"] for row in rows if row["status"] == "current"}
    assert len(current) == 34
    assert {row["status"] for row in rows} == {"current", "merged"}
    for row in rows:
        if row["status"] == "merged":
            assert row["successor_iso"] in current, row["iso"]
        else:
            assert row["successor_iso"] == "", row["iso"]
    cities = {row["name_vi"] for row in rows if row["status"] == "current" and row["kind"] == "city"}
    assert cities == {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ"}


@pytest.mark.parametrize(
    ("merged", "successor"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Vĩnh Phúc", "Phú Thọ"),
        ("Hòa Bình", "Phú Thọ"),
        ("Bắc Giang", "Bắc Ninh"),
        ("Thái Bình", "Hưng Yên"),
        ("Hải Dương", "Hải Phòng"),
        ("Nam Định", "Ninh Bình"),
        ("Quảng Bình", "Quảng Trị"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Bình Định", "Gia Lai"),
        ("Ninh Thuận", "Khánh Hòa"),
        ("Đắk Nông", "Lâm Đồng"),
        ("Bình Thuận", "Lâm Đồng"),
        ("Phú Yên", "Đắk Lắk"),
        ("Bình Dương", "Thành phố Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh"),
        ("Bình Phước", "Đồng Nai"),
        ("Long An", "Tây Ninh"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Hậu Giang", "Cần Thơ"),
        ("Bến Tre", "Vĩnh Long"),
        ("Trà Vinh", "Vĩnh Long"),
        ("Tiền Giang", "Đồng Tháp"),
        ("Bạc Liêu", "Cà Mau"),
        ("Kiên Giang", "An Giang"),
    ],
)
def test_merged_province_successor(gaz: Gazetteer, merged: str, successor: str) -> None:
    [old] = [entry for entry in gaz.find(merged, Label.PROVINCE) if entry.properties["country"] == "VN"]
    assert old.properties["status"] == "merged"
    assert gaz.provinces[old.properties["successor"]].name == successor


def test_ha_nam_vietnam_merged_into_ninh_binh(gaz: Gazetteer) -> None:
    entry = gaz.provinces["province:vn-63"]
    assert entry.properties["successor"] == "province:vn-18"


def test_organisation_parents_exist_and_ministries_carry_the_label(gaz: Gazetteer) -> None:
    rows = _rows("organizations.csv")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["id"].startswith("org:")
        assert not row["parent_id"] or row["parent_id"] in ids, row["id"]
        assert not row["country"] or pycountry.countries.get(alpha_2=row["country"]), row["id"]
    assert gaz.organizations["org:moit"].extra_labels == ("Ministry",)
    assert gaz.organizations["org:wto"].extra_labels == ()
    departments = [e for e in gaz.organizations.values() if e.properties["kind"] == "department"]
    assert departments and all(e.properties["parent"] == "org:moit" for e in departments)


def test_titles_and_surnames(gaz: Gazetteer) -> None:
    kinds = {
        "party",
        "state",
        "government",
        "diplomatic",
        "ministry",
        "department",
        "provincial",
        "corporate",
        "international",
    }
    assert all(title.kind in kinds and title.level >= 1 for title in gaz.titles)
    by_vi = {title.title_vi: title for title in gaz.titles}
    assert by_vi["Tổng Bí thư"].level < by_vi["Thủ tướng"].level < by_vi["Bộ trưởng"].level < by_vi["Thứ trưởng"].level
    assert {
        "Thủ tướng",
        "Phó Thủ tướng",
        "Bộ trưởng",
        "Thứ trưởng",
        "Đại sứ",
        "Vụ trưởng",
        "Cục trưởng",
        "Bí thư Tỉnh ủy",
        "Chủ tịch UBND",
        "Chủ tịch Chính quyền nhân dân",
    } <= set(by_vi)
    assert {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Tập", "Vương", "Trương"} <= gaz.surnames
    assert not any(name.startswith("#") for name in gaz.surnames)


# --- lookups agree across spellings ----------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Quảng Tây", "province:cn-gx"),
        ("quang tay", "province:cn-gx"),
        ("Guangxi", "province:cn-gx"),
        ("Guangxi Zhuang Autonomous Region", "province:cn-gx"),
        ("Khu tự trị dân tộc Choang Quảng Tây", "province:cn-gx"),
        ("广西", "province:cn-gx"),
        ("Guangxi Zhuangzu Zizhiqu", "province:cn-gx"),
        ("Vân Nam", "province:cn-yn"),
        ("Yunnan", "province:cn-yn"),
        ("Tây Tạng", "province:cn-xz"),
        ("Tibet", "province:cn-xz"),
        ("Xizang", "province:cn-xz"),
        ("Nội Mông Cổ", "province:cn-nm"),
        ("Inner Mongolia", "province:cn-nm"),
        ("Nei Mongol", "province:cn-nm"),
        ("Thiểm Tây", "province:cn-sn"),
        ("Shaanxi", "province:cn-sn"),
        ("Sơn Tây", "province:cn-sx"),
        ("Shanxi", "province:cn-sx"),
        ("Hoa Kỳ", "country:us"),
        ("Mỹ", "country:us"),
        ("United States", "country:us"),
        ("USA", "country:us"),
        ("Hợp chủng quốc Hoa Kỳ", "country:us"),
        ("Trung Quốc", "country:cn"),
        ("PRC", "country:cn"),
        ("Cộng hòa Nhân dân Trung Hoa", "country:cn"),
        ("Đại Hàn Dân Quốc", "country:kr"),
        ("South Korea", "country:kr"),
        ("Liên bang Nga", "country:ru"),
        ("Cộng hòa Liên bang Đức", "country:de"),
        ("Vương quốc Thái Lan", "country:th"),
        ("Cộng hòa Mexico", "country:mx"),
        ("UK", "country:gb"),
        ("Britain", "country:gb"),
        ("MOIT", "org:moit"),
        ("Bộ Công Thương", "org:moit"),
        ("Ministry of Industry and Trade", "org:moit"),
        ("bo cong thuong", "org:moit"),
        ("Tổng cục Hải quan", "org:vn-customs"),
        ("Hải quan Trung Quốc", "org:cn-gacc"),
        ("USTR", "org:ustr"),
        ("Tổ chức Thương mại Thế giới", "org:wto"),
        ("Quảng Ninh", "province:vn-13"),
        ("Quang Ninh", "province:vn-13"),
        ("TP.HCM", "province:vn-sg"),
        ("Sài Gòn", "province:vn-sg"),
        ("Ho Chi Minh City", "province:vn-sg"),
        ("Thừa Thiên Huế", "province:vn-26"),
        ("Bà Rịa–Vũng Tàu", "province:vn-43"),
        ("Kiên Giang", "province:vn-47"),
    ],
)
def test_lookup_by_any_spelling(gaz: Gazetteer, name: str, expected: str) -> None:
    assert _ids(gaz, name) == {expected}


def test_new_style_tone_marks_are_folded_to_the_same_entry(gaz: Gazetteer) -> None:
    assert _ids(gaz, "Hoà Bình") == _ids(gaz, "Hòa Bình") == {"province:vn-14"}
    assert _ids(gaz, "Khánh Hoà") == {"province:vn-34"}


def test_ha_nam_is_two_provinces(gaz: Gazetteer) -> None:
    candidates = gaz.find("Hà Nam", Label.PROVINCE)
    assert {entry.id for entry in candidates} == {"province:cn-ha", "province:vn-63"}
    assert {entry.properties["country"] for entry in candidates} == {"CN", "VN"}


def test_find_filters_by_label(gaz: Gazetteer) -> None:
    assert _ids(gaz, "Hồng Kông", Label.COUNTRY) == {"country:hk"}
    assert _ids(gaz, "Hồng Kông", Label.PROVINCE) == {"province:cn-hk"}
    assert _ids(gaz, "Hồng Kông", Label.ORGANIZATION) == set()
    assert gaz.find("no such place") == []


def test_country_by_code_or_name(gaz: Gazetteer) -> None:
    assert gaz.country("US").id == "country:us"
    assert gaz.country("vn").id == "country:vn"
    assert gaz.country("CHN").id == "country:cn"
    assert gaz.country("Nhật Bản").id == "country:jp"
    assert gaz.country("Hàn Quốc").id == "country:kr"
    assert gaz.country("Atlantis") is None


# --- ambiguity ---------------------------------------------------------------


def test_short_forms_are_flagged_ambiguous(gaz: Gazetteer) -> None:
    flags: dict[tuple[str, str], bool] = {}
    for form, entry, ambiguous in gaz.surface_forms():
        flags[(form, entry.id)] = ambiguous
    for form, entry_id in [
        ("Nhật", "country:jp"),
        ("Hàn", "country:kr"),
        ("Trung", "country:cn"),
        ("Anh", "country:gb"),
        ("Pháp", "country:fr"),
        ("Đức", "country:de"),
        ("Nga", "country:ru"),
        ("Úc", "country:au"),
        ("Việt", "country:vn"),
        ("My", "country:us"),
    ]:
        assert flags[(form, entry_id)] is True, form
    for form, entry_id in [
        ("Mỹ", "country:us"),
        ("Lào", "country:la"),
        ("Nhật Bản", "country:jp"),
        ("Hoa Kỳ", "country:us"),
        ("Quảng Tây", "province:cn-gx"),
    ]:
        assert flags[(form, entry_id)] is False, form


def test_aliases_include_unaccented_forms(gaz: Gazetteer) -> None:
    assert "Quang Tay" in gaz.provinces["province:cn-gx"].aliases
    assert "Hoa Ky" in gaz.countries["country:us"].aliases
    assert "Bo Cong Thuong" in gaz.organizations["org:moit"].aliases


def test_surface_forms_cover_every_name(gaz: Gazetteer) -> None:
    forms = {(form, entry.id) for form, entry, _ in gaz.surface_forms()}
    for entry in gaz.entries():
        assert (entry.name, entry.id) in forms
        assert all((alias, entry.id) in forms for alias in entry.aliases + entry.ambiguous_aliases)


# --- spelling conventions ----------------------------------------------------


@pytest.mark.parametrize("name", [*CSV_FILES, "surnames.txt"])
def test_files_use_nfc_and_old_style_tone_marks(name: str) -> None:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    bad = [line for line in text.splitlines() if normalize(line) != line]
    assert not bad, bad[:5]


def test_no_duplicate_keys_inside_a_file() -> None:
    for name, key in (
        ("countries.csv", "iso2"),
        ("provinces_cn.csv", "iso"),
        ("provinces_vn.csv", "iso"),
        ("organizations.csv", "id"),
        ("titles.csv", "title_vi"),
    ):
        values = [row[key] for row in _rows(name)]
        assert len(values) == len(set(values)), name


def test_vietnamese_province_names_are_unique_within_vietnam(gaz: Gazetteer) -> None:
    keys = Counter(fold(e.name) for e in gaz.provinces.values() if e.properties["country"] == "VN")
    assert max(keys.values()) == 1


def test_the_gazetteer_is_loaded_once_per_process() -> None:
    """Every stage asks for it: it is read once and shared (how fast one load is, the benchmarks measure; a test
    asserts no timing)."""
    load_gazetteer.cache_clear()
    first = load_gazetteer()
    assert load_gazetteer() is first
    load_gazetteer.cache_clear()
    assert load_gazetteer() is not first


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hợp tác với Cộng hòa liên bang Đức ngày càng sâu rộng.", "country:de"),
        ("Đoàn doanh nghiệp Cộng hòa liên bang Đức thăm Hà Nội.", "country:de"),
    ],
)
def test_a_state_s_long_form_with_its_style_in_lower_case_is_that_country(text: str, country: str) -> None:
    from loaders.contract import to_document
    from loaders.pipeline import Extractor

    doc = to_document(Extractor().extract_text(text))
    assert country in {e["id"] for e in doc["entities"] if e["label"] == "Country"}
