"""The bulk path's shortcuts write what its general code writes (offline: no server).

`Table.write` formats the common values inline instead of through `format_value` (graph/bulk_files.py), and
turning a batch into files runs with Python's cyclic collector paused (graph/bulk.py): neither may change a
byte of the import files nor leave the collector off."""

from __future__ import annotations

import gc
import math
from pathlib import Path

from graph.bulk import collector_paused
from graph.bulk_files import Table, format_value

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
