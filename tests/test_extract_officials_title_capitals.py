"""A Vietnamese title of two words or more written with more capitals than the gazetteer lists it (`Quốc Vụ khanh`,
`Trưởng Đoàn`) is the title, so the name before it ends at it; a capital dropped (`Bộ trưởng bộ Kinh tế`) or a
headline in capitals is not read so. Sentences written for the form, with names no article of the real set uses."""

from __future__ import annotations

from loaders.entities.lexicon import lexicon
from tests.extraction import held_by, run


def test_a_title_with_an_extra_capital_ends_the_name_before_it() -> None:
    doc = run(
        "Tiếp đoàn Thụy Điển\n\nNgày 12/3, Thứ trưởng Bộ Công Thương đã tiếp ông Lars Eklund - Quốc Vụ khanh, "
        "Thứ trưởng Bộ Ngoại thương Thụy Điển."
    )
    names = {e["name"] for e in doc["entities"] if e["label"] == "Official"}
    assert "Lars Eklund" in names
    assert not any("Quốc" in n for n in names)
    assert held_by(doc, "person:lars-eklund")


def test_which_capitals_a_title_may_be_written_with() -> None:
    lex = lexicon()
    found = {m.group(0) for m in lex.find_titles("ông A - Quốc Vụ khanh, và Trưởng Đoàn B").values()}
    assert found == {"Quốc vụ khanh", "Trưởng đoàn"}
    assert not any(m.group(0) == "Bộ trưởng Bộ" for m in lex.find_titles("Bộ trưởng bộ Kinh tế").values())
    assert lex.find_titles("PHÓ THỊ TRƯỞNG THÀNH PHỐ") == {}
