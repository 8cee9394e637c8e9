"""Strict JSON: numbers must be finite.

Why: Python's `json` and pydantic's parser accept `NaN`, `Infinity` and
`1e999` (which overflows to infinity), none of which is JSON (RFC 8259); such
a value used to reach the error answer, which could not render it, and the
client got a bare 500. A body holding one is refused with 422 before it is
validated.
"""

from __future__ import annotations

import json
import math


class _NonFinite(ValueError):
    def __init__(self, token: str):
        super().__init__(token)
        self.token = token


def _constant(token: str) -> float:
    raise _NonFinite(token)


def _float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _NonFinite(token)
    return value


def non_finite_number(body: bytes | str) -> str | None:
    """The first non-finite number of a JSON text (`NaN`, `-Infinity`, `1e999`), or None (also for text that is
    not JSON at all: the model's own validation reports that)."""
    try:
        json.loads(body, parse_constant=_constant, parse_float=_float)
    except _NonFinite as exc:
        return exc.token[:40]
    except (ValueError, RecursionError):
        return None
    return None
