"""The one folder walker of `edkg extract` and `edkg load`: which inputs a list of paths names, in which order.

Why one: the two commands walked folders with two functions that disagreed on
order, on hidden files and on FIFOs, so a dry run could list other files than
the load then read.

- Files as given; `-` (standard input) as is; a path that does not exist is
  passed on, so the extractor reports it as a failed file with its reason.
- Folders recursively, in the order of their sorted paths (depth first, the
  entries of each folder sorted by name); hidden entries (`.git`, `.DS_Store`)
  are skipped. The order matters: the first of two copies of an article is
  the one loaded, and the resolver keeps the first spelling of a name.
- Streamed: one folder's entries at a time, never the whole tree in a list (a
  corpus of a million files is walked in constant memory per folder level).
- A folder entry that is not a regular file (a FIFO, a socket, a device, a
  broken link) comes out as `Refused` with the reason, reported as a failed
  input without being opened: opening a FIFO nobody writes to blocks forever.
  A FIFO named explicitly is read (`edkg load <(cmd)`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Refused:
    """A folder entry reported as failed without being opened."""

    path: Path
    reason: str


Input = Path | Refused | str
"""What `walk` yields: a file's path, a refused folder entry, or `STDIN`."""


def refusal(entry: Path) -> str | None:
    """Why a folder entry that is not a directory cannot be read as a file, or None when it is a regular file."""
    try:
        mode = entry.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link (its target does not exist)" if entry.is_symlink() else None
    except OSError as exc:
        return f"cannot access ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind}); name it explicitly to read it"


def walk(paths: Iterable[str | Path]) -> Iterator[Input]:
    """Every input the paths name, in order (see the module docstring)."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        else:
            yield path


def _folder(folder: Path) -> Iterator[Path | Refused]:
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
    except OSError as exc:
        yield Refused(folder, f"cannot list the folder ({exc.strerror or exc})")
        return
    for name in names:
        entry = folder / name
        if entry.is_dir():
            if not entry.is_symlink():  # a link to a folder could loop back to an ancestor
                yield from _folder(entry)
            continue
        reason = refusal(entry)
        yield entry if reason is None else Refused(entry, reason)


def files(paths: Iterable[str | Path]) -> Iterator[Path | Refused]:
    """`walk` without standard input (for callers that read `-` themselves)."""
    for item in walk(paths):
        if not isinstance(item, str):
            yield item


def count(paths: Iterable[str | Path]) -> int:
    """How many inputs `walk` yields (a progress bar's total), walking without keeping them."""
    return sum(1 for _ in walk(paths))
