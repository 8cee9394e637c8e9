"""Agreement captions in Neo4j Browser name the kind, the partner and the date, so that distinct agreements
read differently (two of one day were both `MoU 2024` in the canonical drawing). Offline: the rows the writer
sends, built from the sample corpus by the real extraction."""

from __future__ import annotations

from pathlib import Path

from graph.rows import BatchRows
from loaders.pipeline import Extractor

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def agreement_captions() -> dict[str, str]:
    rows = BatchRows()
    for document in Extractor().extract_paths([CORPUS]):
        for extraction in document.articles:
            rows.add(extraction)
    return {eid: row.props.scalars["caption"] for eid, row in rows.entities["Agreement"].items()}


def test_the_canonical_mous_name_their_partner_and_date() -> None:
    captions = agreement_captions()
    assert captions["agreement:mou-chinh-quyen-cn-hi-moit-cn-hi-2024-08-18"] == "MoU Hải Nam 2024-08-18"
    assert captions["agreement:mou-chinh-quyen-cn-sd-moit-cn-sd-2024-08-18"] == "MoU Sơn Đông 2024-08-18"


def test_distinct_agreements_have_distinct_short_captions() -> None:
    captions = agreement_captions()
    assert len(captions) >= 10
    assert len(set(captions.values())) == len(captions), captions
    assert all(len(c) <= 32 for c in captions.values()), captions
