"""Write `constraints.txt`: the exact versions, from this virtualenv, of every package `edkg[dev]` needs.

Why a constraints file (and not `pip freeze` as it is): the virtualenv may hold packages installed by hand for a
benchmark's baseline (e.g. underthesea); the lock lists only the closure of the project's own requirements, so
`pip install -c constraints.txt -e '.[dev]'` (the Makefile, CI and the Dockerfile) installs the versions the suite
was run with. Run it after changing a dependency in pyproject.toml: `.venv/bin/python scripts/lock.py`.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "edkg"


def _closure(root: str, extras: set[str]) -> dict[str, str]:
    """Installed name -> version of every distribution `root[extras]` requires, transitively."""
    found: dict[str, str] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset(extras))]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, wanted = todo.pop()
        if (name, wanted) in seen:
            continue
        seen.add((name, wanted))
        dist = metadata.distribution(name)
        if canonicalize_name(name) != PROJECT:
            found[dist.metadata["Name"]] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            envs = [{"extra": extra} for extra in wanted] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(env) for env in envs):
                continue
            todo.append((req.name, frozenset(req.extras)))
    return found


def main() -> int:
    pins = _closure(PROJECT, {"dev"})
    pins["pip"] = metadata.version("pip")  # the installer itself: resolution (e.g. extras' names) depends on it
    lines = [f"{name}=={version}" for name, version in sorted(pins.items(), key=lambda item: item[0].lower())]
    header = (
        "# The versions the suite runs with: the closure of edkg[dev] in the virtualenv (scripts/lock.py).\n"
        "# Used by `make venv`, CI (.ci/run through make) and the Dockerfile: pip install -c constraints.txt ...\n"
    )
    (ROOT / "constraints.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"constraints.txt: {len(lines)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
