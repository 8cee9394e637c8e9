"""The bulk path's shortcuts write what its general code writes (offline: no server).

Also the rows' shortcuts (graph/rows.py, graph/bulk_merge.py): plain keys and values flattened without the
general type tests, a relation's row made only when new, the spilled records read from the rows without
`as_param`'s dict, one JSON encoder for every mention.

`Table.write` formats the common values inline instead of through `format_value` (graph/bulk_files.py), and
turning a batch into files runs with Python's cyclic collector paused (graph/bulk.py): neither may change a
byte of the import files nor leave the collector off."""

from __future__ import annotations

import datetime
import gc
import json
import math
from pathlib import Path

from core.vocabulary import Label, OrganizationKind, Prop
from graph.bulk import collector_paused
from graph.bulk_files import Table, format_value
from graph.bulk_merge import entity_records, fact_records
from graph.rows import BatchRows, Contribution, _jsonable, _Props, extra_labels, flatten
from loaders.models import Entity
from loaders.synth import article_extraction

ODD_FLOATS = [0.1, 1e-7, 1e22, -0.0, 0.0, 2.5, math.nan, math.inf, -math.inf, 123456789.125]


def _line(tmp_path: Path, props: dict[str, object]) -> str:
    table = Table(tmp_path, "t", ["id:ID"], list(props))
    table.write(("k:1",), props)
    table.close()
    return table.data_paths[0].read_text(encoding="utf-8")


def test_numbers_and_lists_of_floats_are_written_as_format_value_writes_them(tmp_path):
    for value in [*ODD_FLOATS, 0, -7, 2**70, True, False]:
        assert _line(tmp_path, {"v": value}) == f'"k:1",{format_value(value)}\n', value
    for values in ([0.5, 0.25], [1e-7, math.nan], [math.inf, 1.0], (0.5, -0.0)):
        assert _line(tmp_path, {"v": values}) == f'"k:1",{format_value(values)}\n', values


def test_the_collector_is_paused_inside_and_restored_after(tmp_path):
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def _synthetic_rows(articles: int = 40) -> BatchRows:
    rows = BatchRows()
    for index in range(articles):
        rows.add(article_extraction(7, index))
    return rows


def test_spilled_records_are_the_rows_as_the_write_statements_receive_them():
    """`entity_records` and `fact_records` read the rows without `as_param`'s dict: the same values."""
    rows = _synthetic_rows()
    expected_entities = []
    for label, by_id in rows.entities.items():
        for entity_id, row in by_id.items():
            p = row.as_param("")
            expected_entities.append(
                (
                    entity_id,
                    label,
                    row.extras,
                    p["name"],
                    p["name_key"],
                    p["date"],
                    p["scalars"],
                    p["dates"],
                    p["lists"],
                    p["aliases"],
                    p["first"],
                    p["last"],
                )
            )
    assert list(entity_records(rows)) == expected_entities
    cap = 2
    expected_facts = []
    for rel_type, by_pair in rows.relations.items():
        for (source, target), row in by_pair.items():
            p = row.as_param(source, target)
            expected_facts.append(
                (
                    rel_type,
                    source,
                    target,
                    p["scalars"],
                    p["dates"],
                    p["lists"],
                    p["articles"],
                    *(p[k][:cap] for k in ("evidence", "evidence_articles", "evidence_spans", "evidence_confidence")),
                    p["confidence"],
                    p["first"],
                    p["last"],
                )
            )
    assert list(fact_records(rows, cap)) == expected_facts
    assert any(len(f[7]) == cap for f in expected_facts)


def test_flatten_reads_plain_and_enum_keys_and_values_alike():
    """The plain-string shortcut of `flatten` keeps a StrEnum key's value as its name, drops empty values and the
    writer's own properties, and leaves other types to the general path."""
    props = {
        "plain": "x",
        Prop.COUNTRY: "vn",
        "kind": OrganizationKind.MINISTRY,
        "empty": "",
        "none": None,
        "": "no name",
        "id": "reserved",
        "n": 3,
        "nested": {"a": "b", Prop.KIND: ""},
        "items": ["a", "", "a", 1],
    }
    scalars, lists = flatten(props)
    assert scalars == {"plain": "x", "country": "vn", "kind": OrganizationKind.MINISTRY, "n": 3, "nested_a": "b"}
    assert [type(k) for k in scalars] == [str] * 5
    assert lists == {"items": ["a", "1"]}
    empty = _Props()
    empty.merge({}, "2025-01-01")
    assert empty == _Props()


def test_extra_labels_with_and_without_labels_of_their_own():
    ministry = Entity("org:x", Label.MINISTRY, "Bộ X")
    assert extra_labels(ministry, Label.ORGANIZATION) == (Label.MINISTRY,)
    assert extra_labels(Entity("org:y", Label.ORGANIZATION, "Y"), Label.ORGANIZATION) == ()
    both = Entity("org:z", Label.ORGANIZATION, "Z", labels=[Label.MINISTRY, Label.ORGANIZATION])
    assert extra_labels(both, Label.ORGANIZATION) == (Label.MINISTRY,)


def test_read_properties_are_json_dumps_of_the_properties():
    properties = {"b": datetime.date(2025, 1, 2), "a": {"z", "y"}, "c": "Việt", "d": [1, 2.5]}
    contribution = Contribution("n", (), properties)
    expected = json.dumps(properties, ensure_ascii=False, sort_keys=True, default=_jsonable)
    assert contribution.as_mention_props()[Prop.READ_PROPERTIES] == expected
