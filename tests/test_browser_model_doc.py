"""docs/model.md carries the diagram that scripts/model_diagram.py generates from graph/model.py."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from core.settings import PROJECT_ROOT
from graph import model

SCRIPT = PROJECT_ROOT / "scripts" / "model_diagram.py"
DOC = PROJECT_ROOT / "docs" / "model.md"


def test_committed_diagram_is_the_generated_one():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_diagram_draws_every_label_and_relationship_type():
    text = DOC.read_text(encoding="utf-8")
    block = text[text.index("```mermaid") : text.index("<!-- END model diagram -->")]
    for label in model.PRIMARY_LABELS:
        assert f"  {label}[" in block
    assert model.MINISTRY in block
    for rel_type in model.ALL_RELATIONSHIP_TYPES:
        assert f"|{rel_type}|" in block


def test_an_edited_diagram_is_regenerated():
    """The check is not vacuous: a hand-edited diagram differs from what the script writes."""
    spec = importlib.util.spec_from_file_location("model_diagram", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    current = DOC.read_text(encoding="utf-8")
    drifted = current.replace("|PARTY_TO|", "|SIGNED|", 1)
    assert drifted != current
    assert script.render(drifted) == current
