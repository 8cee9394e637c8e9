"""`StrMap`: a mapping from strings (or tuples of strings) to strings, kept as UTF-8 bytes in one buffer.

Why: the `Resolver` keeps, for the whole load and in every process of `edkg load --bulk --jobs N` (each worker
and the main process that replays them), an entity's canonical name per id, a slug per sorted name, an
organisation per person and title. As dicts of str objects an entry costs ~200 bytes (two str objects of ~70-100
bytes, a dict slot): about 1.5 KB an article on synthetic articles, the largest part of what grew per article in
the extraction workers. Here a key and its value are one record of UTF-8 bytes in a `bytearray`, found through
an `IntTable` from the key's hash: ~60-80 bytes an entry.

Exact, not approximate: a record holds its key, compared on every lookup; a key whose hash another key's record
holds already (a collision, about never) goes to a small dict beside. A value replaced is written again as a
new record (the old bytes stay: replacements are rare, a name replaced once by its marked spelling); a key
deleted (only when a replay is taken back, `Resolver.take_back`) is marked gone in the index.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, MutableMapping
from typing import TypeVar, overload

from loaders.int_table import IntTable

StrKey = str | tuple[str, ...]
T = TypeVar("T")

_GONE = -2
"""An index value: the key's record was deleted (IntTable's own free slots are -1)."""
RECENT = 4_096
"""Keys read lately, kept as a plain dict in front of the records (cleared when full): a page asks the resolver
about the same few ids hundreds of times (~430 lookups an article), and a record costs ~1.3 µs to find, a dict
~0.1 µs."""
_SEP = "\x00"
"""Between the parts of a tuple key in a record (a key holding it is kept in the side dict instead)."""


def _encoded(key: StrKey) -> bytes | None:
    """A key's bytes in a record, or None for one kept in the side dict (it holds the separator)."""
    if isinstance(key, tuple):
        if any(_SEP in part for part in key):
            return None
        text = _SEP.join(key) + _SEP  # (a tuple's bytes end with the separator: never a plain string's)
    else:
        if _SEP in key:
            return None
        text = key
    return text.encode("utf-8", "surrogatepass")


def _decoded(raw: bytes) -> StrKey:
    text = raw.decode("utf-8", "surrogatepass")
    return tuple(text[:-1].split(_SEP)) if text.endswith(_SEP) else text


class StrMap(MutableMapping[StrKey, str]):
    """str (or tuple of str) -> str, compact; iterates (and prints) in sorted key order, not insertion order."""

    __slots__ = ("_blob", "_index", "_key_bytes", "_others", "_recent", "_starts", "_used")

    def __init__(self) -> None:
        self._index = IntTable()  # hash(key) -> record number, or _GONE
        self._starts = array("q", [0])  # record r is _blob[_starts[r]:_starts[r + 1]]
        self._key_bytes = array("I")  # the bytes of record r's key (its value follows)
        self._blob = bytearray()
        self._others: dict[StrKey, str] = {}  # keys that cannot be records, or whose hash another key's holds
        self._used = 0  # live records
        self._recent: dict[StrKey, str] = {}  # see RECENT: always what the records say

    def _record(self, key: StrKey) -> tuple[int, int, bytes | None]:
        """The key's hash, its record number (-1 when it has none: absent, gone, or another key's), its bytes."""
        raw = _encoded(key)
        if raw is None:
            return 0, -1, None
        h = hash(key)
        number = self._index.get(h)
        if number < 0:
            return h, -1, raw
        start = self._starts[number]
        if self._blob[start : start + self._key_bytes[number]] != raw:
            return h, -1, raw
        return h, number, raw

    def _value(self, number: int) -> str:
        start = self._starts[number] + self._key_bytes[number]
        return self._blob[start : self._starts[number + 1]].decode("utf-8", "surrogatepass")

    def __getitem__(self, key: StrKey) -> str:
        value = self._find(key)
        if value is None:
            raise KeyError(key)
        return value

    def _find(self, key: StrKey) -> str | None:
        """The value of `key`, or None (values are never None). Why apart from `__getitem__`: `get` answers a
        missing key without raising and catching a KeyError, which cost more than the look-up itself (a page's
        new ids are all misses of `Resolver._setdefault`)."""
        value = self._recent.get(key)
        if value is not None:
            return value
        _, number, _ = self._record(key)
        if number >= 0:
            value = self._value(number)
        else:
            value = self._others.get(key)
            if value is None:
                return None
        if len(self._recent) >= RECENT:
            self._recent.clear()
        self._recent[key] = value
        return value

    @overload
    def get(self, key: StrKey, /) -> str | None: ...
    @overload
    def get(self, key: StrKey, /, default: str | T) -> str | T: ...
    def get(self, key: StrKey, /, default: object = None) -> object:
        """The value of `key`, else `default` (one lookup: `Resolver._setdefault` asks this, not `in` then `[]`)."""
        value = self._recent.get(key)  # (the usual answer, without a call more)
        if value is None:
            value = self._find(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str | tuple):
            return False
        if key in self._recent:
            return True
        _, number, _ = self._record(key)
        return number >= 0 or key in self._others

    def __setitem__(self, key: StrKey, value: str) -> None:
        self._recent.pop(key, None)
        if key in self._others:
            self._others[key] = value
            return
        h, number, raw = self._record(key)
        if raw is None:
            self._others[key] = value
            return
        if number < 0:
            held = self._index.get(h)
            if held >= 0:  # another key's record has this hash
                self._others[key] = value
                return
            self._used += 1
        self._index.set(h, len(self._key_bytes))
        self._key_bytes.append(len(raw))
        self._blob += raw
        self._blob += value.encode("utf-8", "surrogatepass")
        self._starts.append(len(self._blob))

    def __delitem__(self, key: StrKey) -> None:
        self._recent.pop(key, None)
        if key in self._others:
            del self._others[key]
            return
        h, number, _ = self._record(key)
        if number < 0:
            raise KeyError(key)
        self._index.set(h, _GONE)
        self._used -= 1

    def __len__(self) -> int:
        return self._used + len(self._others)

    def __iter__(self) -> Iterator[StrKey]:
        keys: list[StrKey] = list(self._others)
        for number in range(len(self._key_bytes)):
            start = self._starts[number]
            key = _decoded(bytes(self._blob[start : start + self._key_bytes[number]]))
            if self._index.get(hash(key)) == number:  # (a record replaced or deleted since is not live)
                keys.append(key)
        return iter(sorted(keys, key=lambda k: (isinstance(k, tuple), k)))

    def __repr__(self) -> str:
        return f"StrMap({ {k: self[k] for k in self}!r})"

    def nbytes(self) -> int:
        """The bytes of the buffer and the arrays (not counting the side dict)."""
        return (
            len(self._blob)
            + self._index.nbytes()
            + self._starts.itemsize * len(self._starts)
            + 4 * len(self._key_bytes)
        )
