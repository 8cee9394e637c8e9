"""CSV files in the shape `neo4j-admin database import full` reads: typed header files, data files, one value per
property, arrays joined by one delimiter.

Why CSV written here and not Parquet: the standard library writes it (no pyarrow, ~100 MB, for one command), and
the admin tool reads it fast. Values that span lines (an article's text) are quoted whole; the tables note which
files hold one (`multiline_files`), so the tool is told to parse multiline fields only when it must.

Why each table keeps its header apart from its data (`header_path`, `data_paths`): a header lists every column
with its type (`name:string`, `aliases:string[]`, `loaded_at:datetime`), and the types are known only once every
value was seen; the data files are written as values come, the header at the end.

How values are written (and why each choice keeps the graph exactly what the transactional writer makes):
- every string is quoted (`"` doubled inside), so an empty string stays an empty string (the writer's
  `SET a += {title: ''}` stores one) while an absent value is an empty, unquoted field (no property);
- arrays are joined by U+001F (the unit separator: news text never holds it, and `;`, the tool's default, is in
  every other sentence); a value that holds it is refused (`BulkFormatError`), never split silently;
- an empty array cannot be written at all (the tool reads `""` as no property), so the table records which rows
  had one (`empty_lists`) and `graph.bulk` sets those properties to `[]` after the import: the writer stores empty
  lists (an entity without aliases, a mention without evidence) and the Cypher that merges into them later
  (`n.aliases + [...]`) needs a list there, not null;
- floats by `repr` (the shortest text that reads back as the same double), booleans as `true`/`false`.
"""

from __future__ import annotations

import datetime
import gzip
import itertools
import math
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from neo4j.time import DateTime

READ_BUFFER = 16 * 1024 * 1024
"""The import tool's `--read-buffer-size` (bytes)."""
MULTILINE_FILE_CHARS = 3_000_000
"""Characters per data file of a table whose values span lines (the articles' text): at most 4 bytes each in
UTF-8, so such a file fits in one READ_BUFFER. Why: the tool parses only the files it is told hold multiline
values line by line (`--multiline-fields-format=v2`), the others in parallel chunks; but Neo4j 5.26's v2 parser
stops with "Weird input data, found CR outside a text cell" when a multiline value crosses the end of its read
buffer (seen on a 23 MB articles file without a single CR), and never when the file fits in one buffer."""

COMPRESS_LEVEL = 1
"""gzip's fastest level: the text of articles and evidence shrinks ~4x, and the writing process (which, with one
extraction job, waits for the worker anyway) spends ~10 ms per MB. Why at all: at a million articles the
import files would be ~14 GB beside a store of about as much, on the project machines' shared disks."""

EMPTY_LISTS_IN_MEMORY = 10_000
"""Rows with an empty list a table keeps in memory; past this they go to a spill file (a million articles have
~450,000 mentions without evidence: ~50 MB of tuples if kept, several times that as query parameters)."""
_SPILLS = itertools.count()

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"
"""How `neo4j-admin database import --array-delimiter` names ARRAY_DELIMITER."""


def _scalar_type(value: Any) -> str | None:
    """`string`, `boolean`, `long`, `double` (subclasses too: the vocabulary's StrEnums are strings to the driver)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return None


class BulkFormatError(ValueError):
    """A value that the import files cannot carry exactly (mixed types in one property, the array delimiter)."""


def value_type(value: Any) -> str:
    """The import tool's type of a Python value (`string`, `long[]`, `datetime`, ...)."""
    if isinstance(value, DateTime | datetime.datetime):
        return "datetime"
    if isinstance(value, list | tuple):
        kinds = {_scalar_type(v) for v in value}
        if len(kinds) != 1 or None in kinds:
            raise BulkFormatError(f"a list must hold values of one plain type, not {sorted(map(str, kinds))}")
        return f"{kinds.pop()}[]"
    kind = _scalar_type(value)
    if kind is None:
        raise BulkFormatError(f"no import type for a value of type {type(value).__name__}")
    return kind


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, str):
        return str.__str__(value)  # a StrEnum's value, not its repr
    if isinstance(value, int):
        return int.__repr__(value)
    return str(value)


def _float(value: float) -> str:
    """`_plain` of a float without its checks: `repr`, unless it is `nan` or `inf` (the only reprs with an `n`)."""
    text = float.__repr__(value)
    return text if "n" not in text else _plain(value)


def _float_list(values: list[float] | tuple[float, ...]) -> str:
    """`format_value` of a list of floats (every fact's evidence confidences), without a call per item."""
    text = ARRAY_DELIMITER.join(map(float.__repr__, values))
    return '"' + text + '"' if "n" not in text else format_value(values)


def format_value(value: Any) -> str:
    """One CSV field; None is an empty unquoted field (no property). An empty list must not reach here."""
    if value is None:
        return ""
    if type(value) is str:
        return '"' + value.replace('"', '""') + '"'
    if isinstance(value, str):
        return _quoted(str.__str__(value))
    if isinstance(value, list | tuple):
        items = [_plain(v) for v in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise BulkFormatError("a list value holds the array delimiter U+001F")
        return _quoted(ARRAY_DELIMITER.join(items))
    if isinstance(value, DateTime):
        return _quoted(value.iso_format())
    if isinstance(value, datetime.datetime):
        return _quoted(value.isoformat())
    return _plain(value)


@dataclass(slots=True)
class Table:
    """One group of the import (the articles, the entities, the mentions, the facts): a header and data files.

    `keys` are the fixed leading columns (`id:ID`, `:LABEL`, `:START_ID` ...), each given per row as a plain
    string; `columns` the property columns, in order. A column's type is taken from the values written and must
    not change (a property that is a string in one row and a number in another is refused). Rows are written
    into the current data file; `new_file` starts another (each worker of the second pass writes its own).
    """

    folder: Path
    name: str
    keys: Sequence[str]
    columns: list[str]
    types: dict[str, str] = field(default_factory=dict)
    data_paths: list[Path] = field(default_factory=list)
    multiline_files: set[Path] = field(default_factory=set)
    empty_lists: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    """(the row's keys, the names of its properties that are empty lists), for the fix-up after the import: the
    latest ones; the earlier ones are in `empty_spills` (read them all with `each_empty_list`)."""
    empty_spills: list[Path] = field(default_factory=list)
    rows: int = 0
    rotate_chars: int = 0
    """Start a new data file before a row that would take the current one past this many characters (0: never);
    see MULTILINE_FILE_CHARS."""
    compress: bool = False
    """Data files gzipped (`.csv.gz`, which the tool reads as they are): see COMPRESS_LEVEL."""
    largest: int = 0
    """Characters of the largest data file written (a row longer than `rotate_chars` makes a file of its own)."""
    _chars: int = 0
    _out: IO[str] | None = None
    _current: Path | None = None
    _seen: set[tuple[str, type, type | None]] = field(default_factory=set)
    _own_spill: Path | None = None

    @property
    def header_path(self) -> Path:
        return self.folder / f"{self.name}.header.csv"

    def new_file(self, suffix: str = "") -> Path:
        self.close()
        path = self.folder / f"{self.name}{suffix}.{len(self.data_paths)}.csv"
        if self.compress:
            path = path.with_suffix(".csv.gz")
            self._out = gzip.open(path, "wt", compresslevel=COMPRESS_LEVEL, encoding="utf-8", newline="")  # noqa: SIM115 (closed by close())
        else:
            self._out = path.open("w", encoding="utf-8", newline="")
        self._current = path
        self._chars = 0
        self.data_paths.append(path)
        return path

    def write(self, keys: Sequence[str], props: dict[str, Any]) -> None:
        """One row: `keys` in the order of `self.keys`, `props` by column name (absent or None: no property).

        The common values (strings, lists of strings) are formatted inline: this runs once per row of a corpus of
        millions, and a call per value cost as much as the rest of the bulk path's own work."""
        fields = ['"' + k.replace('"', '""') + '"' for k in keys]
        append = fields.append
        empty: list[str] | None = None
        seen = self._seen
        get = props.get
        for column in self.columns:
            value = get(column)
            if value is None:
                append("")
                continue
            kind = type(value)
            if kind is list or kind is tuple:
                if not value:
                    if empty is None:
                        empty = []
                    empty.append(column)
                    append("")
                    continue
                if (column, kind, type(value[0])) not in seen:
                    self._check_type(column, value)
                if type(value[0]) is str:
                    try:
                        joined = ARRAY_DELIMITER.join(value)
                    except TypeError:  # a str subclass or another type further on: the general path
                        append(format_value(value))
                        continue
                    if joined.count(ARRAY_DELIMITER) != len(value) - 1:
                        raise BulkFormatError("a list value holds the array delimiter U+001F")
                    append('"' + joined.replace('"', '""') + '"')
                elif type(value[0]) is float and all(type(v) is float for v in value):
                    append(_float_list(value))
                else:
                    append(format_value(value))
                continue
            if (column, kind, None) not in seen:
                self._check_type(column, value)
            if kind is str:
                append('"' + value.replace('"', '""') + '"')
            elif kind is int:
                append(int.__repr__(value))
            elif kind is float:
                append(_float(value))
            else:
                append(format_value(value))
        if len(props) > len(self.columns) and (extra := set(props) - set(self.columns)):
            raise BulkFormatError(f"{self.name}: properties without a column: {sorted(extra)}")
        if empty:
            self.empty_lists.append((tuple(keys), tuple(empty)))
            if len(self.empty_lists) >= EMPTY_LISTS_IN_MEMORY:
                self.spill_empty_lists()
        line = ",".join(fields)
        if self._out is None or (self.rotate_chars and self._chars and self._chars + len(line) > self.rotate_chars):
            self.new_file()
        assert self._out is not None and self._current is not None
        if "\n" in line or "\r" in line:
            self.multiline_files.add(self._current)
        self._out.write(line + "\n")
        self._chars += len(line) + 1
        if self._chars > self.largest:
            self.largest = self._chars
        self.rows += 1

    def _check_type(self, column: str, value: Any) -> None:
        # Checked once per column and Python type (of a list: of its first item; the writer's lists are
        # homogeneous, graph.rows.flatten): the full check of every value cost as much as writing it.
        shape = (column, type(value), type(value[0]) if isinstance(value, list | tuple) else None)
        if shape in self._seen:
            return
        kind = value_type(value)
        known = self.types.setdefault(column, kind)
        if known != kind:
            raise BulkFormatError(f"{self.name}: property {column!r} is {known} in one row and {kind} in another")
        self._seen.add(shape)

    def spill_empty_lists(self) -> None:
        """The empty-list rows in memory appended to a spill file of this table (one per table and process)."""
        if not self.empty_lists:
            return
        if self._own_spill is None:
            self._own_spill = self.folder / f".empty-{self.name}-{os.getpid()}-{next(_SPILLS)}.pickle"
            self.empty_spills.append(self._own_spill)
        with self._own_spill.open("ab") as out:
            pickle.dump(self.empty_lists, out, protocol=pickle.HIGHEST_PROTOCOL)
        self.empty_lists = []

    def take_empty_lists(self, other: Table) -> None:
        """Another table's empty-list rows (a pass-2 worker's part) added to this one's (its spill files shared)."""
        self.empty_spills += other.empty_spills
        self.empty_lists += other.empty_lists
        if len(self.empty_lists) >= EMPTY_LISTS_IN_MEMORY:
            self.spill_empty_lists()

    def each_empty_list(self) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Every empty-list row, spilled or not, in the order written (spill file by spill file)."""
        for path in self.empty_spills:
            yield from read_chunks(path)
        yield from self.empty_lists

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def write_header(self, types: dict[str, str] | None = None) -> Path:
        """The header file; a column never seen with a value is declared a string (it stores nothing)."""
        self.close()
        known = {**self.types, **(types or {})}
        names = [*self.keys, *(f"{c}:{known.get(c, 'string')}" for c in self.columns)]
        self.header_path.write_text(",".join(names) + "\n", encoding="utf-8")
        return self.header_path

    def import_argument(self, option: str, prefix: str = "") -> str:
        """`--nodes=Label=header,data…` / `--relationships=TYPE=header,data…` for the admin tool, the files named
        relative to the table's folder (the tool runs there: a million articles make hundreds of files, and one
        argument may not be longer than 128 KiB)."""
        files = ",".join(p.name for p in [self.header_path, *self.data_paths])
        return f"--{option}={prefix}{files}"


def merge_types(tables: Iterable[dict[str, str]]) -> dict[str, str]:
    """The types of several tables' columns as one (each pass-2 worker saw only its part); refuses a conflict."""
    out: dict[str, str] = {}
    for types in tables:
        for column, kind in types.items():
            if out.setdefault(column, kind) != kind:
                raise BulkFormatError(f"property {column!r} is {out[column]} in one row and {kind} in another")
    return out


def read_chunks(path: Path) -> Iterator[Any]:
    """The items of a spill file written as pickled lists, in the order they were written (none if it is absent)."""
    if not path.exists():
        return
    with path.open("rb") as source:
        while True:
            try:
                chunk = pickle.load(source)
            except EOFError:
                return
            yield from chunk
