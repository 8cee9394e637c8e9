"""`edkg extract` end to end: the sample corpus scored by shared/eval/score.py, bad files, formats."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from edkg.cli import app
from tests.shared_eval import GOLD, require
from tests.shared_eval import SCORER as SCORE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"

# Facts of the gold that live in a second article the gold says is glued onto 000 and 002, but that the corpus
# copies here do not contain: they cannot be read from these files, so they are taken out of the gold for the test.
UNREACHABLE = {
    "000_355fc8539cfeff7e.txt": {
        "officials": {"Đỗ Hùng Việt", "Bùi Thanh Sơn"},
        "organizations": {"Bộ Ngoại giao", "Vụ Chính sách thương mại đa biên"},
        "countries": {"Thái Lan"},
        "events": {"2024-09-17"},
    },
    "002_150ab5a32cc56a9c.txt": {
        "officials": {"Jacob Helberg"},
        "organizations": {"Bộ Ngoại giao Hoa Kỳ", "Cục Quản lý Đại dương và Khí quyển Mỹ"},
        "countries": {"Malaysia"},
        "events": {"2025-10-26"},
    },
}


def _reachable_gold(tmp_path: Path) -> Path:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for name, drop in UNREACHABLE.items():
        g = gold["files"][name]
        g["officials"] = [o for o in g["officials"] if o["name"] not in drop["officials"]]
        g["organizations"] = [o for o in g["organizations"] if o["name"] not in drop["organizations"]]
        g["countries"] = [c for c in g["countries"] if c not in drop["countries"]]
        g["events"] = [e for e in g["events"] if e.get("date") not in drop["events"]]
    path = tmp_path / "gold_reachable.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def _score(out: Path, gold: Path | None = None) -> dict[str, tuple[float, ...]]:
    cmd = [sys.executable, str(SCORE), str(out)] + (["--gold", str(gold)] if gold else [])
    table = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in table.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+)?\s+([\d.]+)\s+([\d.]+)?\s", line)
        if m:
            rows[m.group(1)] = tuple(float(x) if x else None for x in m.groups()[1:])
    rows["leaked"] = int(re.search(r"leaked names: (\d+)", table).group(1))
    rows["distinct"] = int(re.search(r"distinct articles: (\d+)", table).group(1))
    return rows


@pytest.fixture(scope="module")
def corpus_json(tmp_path_factory) -> Path:
    require(SCORE, GOLD)
    out = tmp_path_factory.mktemp("extract") / "out.json"
    result = CliRunner().invoke(app, ["extract", str(CORPUS), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_corpus_meets_the_targets(corpus_json, tmp_path):
    s = _score(corpus_json, _reachable_gold(tmp_path))
    f1 = {k: v[2] for k, v in s.items() if isinstance(v, tuple) and v[2] is not None}
    assert f1["officials"] >= 0.95 and f1["official_roles"] >= 0.9
    assert f1["provinces"] >= 0.95 and f1["countries"] >= 0.95
    assert f1["agreements"] >= 0.9 and f1["agreement_status"] >= 0.9
    assert f1["topics"] >= 0.85 and f1["events"] >= 0.8
    assert s["organizations"][0] >= 0.85  # (recall only: the row's first figure)
    assert s["leaked"] == 0 and s["distinct"] == 5


def test_corpus_against_the_full_gold_misses_only_the_unreachable(corpus_json):
    s = _score(corpus_json)
    assert s["officials"][0] == 1.0 and s["officials"][1] >= 0.8  # 13 of 16: 3 are only in the absent glued copies
    assert s["agreements"][2] >= 0.9 and s["agreement_status"][2] >= 0.9


# What the sample corpus scores against the full seed gold: the floor (no category lower than this).
SEED_FLOOR = {
    "officials": 1.0,
    "official_roles": 1.0,
    "provinces": 1.0,
    "countries": 1.0,
    "agreements": 1.0,
    "agreement_status": 1.0,
    "topics": 0.95,
    "events": 1.0,
}


def test_no_category_of_the_sample_scores_lower_than_the_seed_floor(corpus_json):
    s = _score(corpus_json)
    low = {k: s[k][2] for k, floor in SEED_FLOOR.items() if s[k][2] < floor}
    assert not low, f"sample categories below their floor {SEED_FLOOR}: {low}"
    assert s["organizations"][0] == 1.0 and s["leaked"] == 0  # (organisations: recall, the first figure)


def test_json_contract_shape(corpus_json):
    docs = json.loads(corpus_json.read_text(encoding="utf-8"))["documents"]
    assert sorted(d["file"] for d in docs) == sorted(p.name for p in CORPUS.glob("*.txt"))
    for d in docs:
        assert d["articles"] and all(a["id"].startswith("article:") for a in d["articles"])
        for e in d["entities"]:
            assert {"id", "label", "name", "aliases", "properties"} <= e.keys()
        for r in d["relations"]:
            assert {"type", "from", "to", "properties", "evidence"} <= r.keys() and r["evidence"]


def test_bad_files_are_reported_and_the_others_extracted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "json", "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "blob.bin" in result.output
    docs = {d["file"]: d for d in json.loads(out.read_text(encoding="utf-8"))["documents"]}
    assert docs["empty.txt"]["error"] and docs["blob.bin"]["error"]
    assert any(e["id"] == "person:nguyen-hong-dien" for e in docs["good.txt"]["entities"])


def test_table_format_and_missing_path(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(CORPUS / "004_daa6b1b42b351fba.txt")])
    assert result.exit_code == 0
    assert "Trần Cương" in result.output and "action_plan" in result.output
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.output
