"""The words that open a side's slot, shared by the forms that read it: `giữa`/`between`, `với`/`with`, and
`with` right after a document's head."""

from __future__ import annotations

import re

from loaders.first_letters import compile_gated

_GIUA = compile_gated(r"\b(?:giữa|between)\s+", re.I)


_WITH = re.compile(r"\b(?:với|with)\s+", re.I)


_WITH_AFTER_HEAD = re.compile(r"\s+(?:with|với)\s+(?:the\s+)?")
