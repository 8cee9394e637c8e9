"""`IntTable`: a map from 64-bit ints to small non-negative ints, in two flat arrays.

Why: the indexes a load keeps for the whole corpus (the near-duplicate index's shingles and text hashes, the
bulk path's article ids and keys) hold millions of entries at a million articles. A `dict[int, int]` entry costs
about 100 bytes there (two int objects and the dict's own slots); here a slot is 12 bytes (an 8-byte key and a
4-byte value, open addressing with linear probing, at most two thirds full), so an entry costs 18-36 bytes.
Lookups run a short Python loop instead of C, ~1 µs each, which is little beside extracting an article.

Nothing is ever deleted (the callers only add or overwrite), so no tombstones are needed.
"""

from __future__ import annotations

from array import array

_FREE = -1
"""The value of a free slot (values stored are >= 0, or another negative marker the caller chooses)."""


class IntTable:
    """int64 key -> int32 value (not -1); `get` answers `default` for a key never set."""

    __slots__ = ("_keys", "_mask", "_used", "_values")

    def __init__(self, capacity: int = 1024) -> None:
        size = 8
        while size * 2 < capacity * 3:
            size *= 2
        self._keys = array("q", bytes(8 * size))
        self._values = array("i", [_FREE]) * size
        self._mask = size - 1
        self._used = 0

    def __len__(self) -> int:
        return self._used

    def get(self, key: int, default: int = _FREE) -> int:
        keys, values, mask = self._keys, self._values, self._mask
        i = key & mask
        while True:
            value = values[i]
            if value == _FREE:
                return default
            if keys[i] == key:
                return value
            i = (i + 1) & mask

    def __contains__(self, key: int) -> bool:
        return self.get(key) != _FREE

    def set(self, key: int, value: int) -> None:
        """Map `key` to `value` (a value of -1 would read as a free slot: refused)."""
        if value == _FREE:
            raise ValueError("IntTable cannot store -1 (it marks a free slot)")
        keys, values, mask = self._keys, self._values, self._mask
        i = key & mask
        while True:
            old = values[i]
            if old == _FREE:
                keys[i] = key
                values[i] = value
                self._used += 1
                if self._used * 3 > len(values) * 2:
                    self._grow()
                return
            if keys[i] == key:
                values[i] = value
                return
            i = (i + 1) & mask

    def _grow(self) -> None:
        old_keys, old_values = self._keys, self._values
        size = len(old_values) * 2
        self._keys = array("q", bytes(8 * size))
        self._values = array("i", [_FREE]) * size
        self._mask = size - 1
        self._used = 0
        for key, value in zip(old_keys, old_values, strict=True):
            if value != _FREE:
                self.set(key, value)

    def nbytes(self) -> int:
        """The bytes the two arrays hold (what the table costs, for the benchmarks)."""
        return len(self._keys) * self._keys.itemsize + len(self._values) * self._values.itemsize


class HashSet:
    """A set of 64-bit hashes (`add`, `discard`, `in`) in an `IntTable`: ~24 bytes an entry where a set of the
    objects hashed keeps the objects themselves (what `Resolver` remembers of the ambiguities it logged)."""

    __slots__ = ("_table", "_used")

    _GONE = -2

    def __init__(self) -> None:
        self._table = IntTable()
        self._used = 0

    def __contains__(self, key: int) -> bool:
        return self._table.get(key) >= 0

    def __len__(self) -> int:
        return self._used

    def add(self, key: int) -> None:
        if key not in self:
            self._table.set(key, 0)
            self._used += 1

    def discard(self, key: int) -> None:
        if key in self:
            self._table.set(key, self._GONE)
            self._used -= 1

    def nbytes(self) -> int:
        """The bytes of the table's arrays."""
        return self._table.nbytes()

    def __repr__(self) -> str:
        keys = self._table._keys
        values = self._table._values
        return f"HashSet({sorted(k for k, v in zip(keys, values, strict=True) if v >= 0)})"
