"""The Neo4j Browser guide (`GET /browser/guide.html`): a Jinja2 template filled with the saved queries,
the model's labels and relationship types, their colours and the API's URL.

Why Jinja2 with autoescape: the guide is HTML made of text from many places (query titles and
descriptions, Cypher with quotes and `<-`, the API's URL); escaping every value by default is the one
way to never forget one, and the template (`cypher/browser/guide.html`, next to the queries it shows)
keeps the markup in one readable file instead of strings in code. Undefined names and unknown saved
queries are errors, so the guide never drifts from the queries silently. Why here, in the API: the
guide is a page the API serves; the graph layer knows only where it is served (`graph.browser`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, FunctionLoader, StrictUndefined
from markupsafe import Markup, escape

import cypher
from core.vocabulary import FACT_TYPES, ID_PREFIXES, NODE_LABELS, PROVENANCE_TYPE
from graph.saved_queries import param_defaults

TEMPLATE = "browser/guide.html"
PROVENANCE_DESCRIPTION = "any entity -> Article: the article names it (`evidence` sentences, `spans` offsets)"
DEFAULT_COLOUR = "#A5ABB6"
"""Neo4j Browser's own grey, for a label the style sheet does not colour."""

_GRASS_RULE = re.compile(
    r"^node\.(?P<label>\w+)\s*\{(?P<body>.*?)^\}", re.MULTILINE | re.DOTALL
)  # `}` alone ends a rule
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})")


def query_body(query: cypher.SavedQuery) -> str:
    """The query without its header comments and final `;`: what the Browser's editor receives."""
    lines = query.text.strip().splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines).strip().rstrip(";").rstrip()


def params_command(query: cypher.SavedQuery) -> str | None:
    """The Browser command that sets the query's documented defaults (`:params {…}`), None without parameters."""
    defaults = param_defaults(query)
    if not defaults:
        return None
    pairs = ", ".join(f"{name}: {_cypher_string(value)}" for name, value in defaults.items())
    return ":params {" + pairs + "}"


def _cypher_string(value: str | None) -> str:
    if value is None:
        return "null"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def label_colours() -> dict[str, str]:
    """Each label's colour in the style sheet (the guide's legend and the model diagram use the same colours)."""
    colours = {}
    for match in _GRASS_RULE.finditer(cypher.read("browser/style.grass")):
        found = _COLOUR.search(match.group("body"))
        if found:
            colours[match.group("label")] = found.group(1)
    return colours


@dataclass(frozen=True, slots=True)
class GuideQuery:
    """What the guide shows of one saved query."""

    name: str
    title: str
    answers: str
    has_params: bool
    body: str
    params_command: str | None


def guide_query(name: str) -> GuideQuery:
    """The saved query `name` as the template shows it; an unknown name is an error, not an empty slide."""
    if name not in cypher.saved_query_names():
        raise ValueError(f"{TEMPLATE}: unknown saved query {name!r}")
    query = cypher.saved_query(name)
    return GuideQuery(name, query.title, query.answers, bool(query.params), query_body(query), params_command(query))


def _code_params(text: str) -> Markup:
    """Escaped text with each `$parameter` set in `<code>`."""
    return Markup(re.sub(r"\$(\w+)", r"<code>$\1</code>", str(escape(text))))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(lambda name: cypher.read(name)),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,  # read through `cypher.read` each time: the file is small and tests replace it
    )
    env.filters["code_params"] = _code_params
    return env


def render_guide(base_url: str) -> str:
    """`cypher/browser/guide.html` rendered: saved queries, the model's tables, the API's URL."""
    colours = label_colours()
    labels = [
        {"name": label, "colour": colours.get(label, DEFAULT_COLOUR), "prefix": ID_PREFIXES[label]}
        for label in NODE_LABELS
    ]
    relationship_types = [*FACT_TYPES.items(), (PROVENANCE_TYPE, PROVENANCE_DESCRIPTION)]
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            api_url=base_url.rstrip("/"),
            labels=labels,
            relationship_types=relationship_types,
            query=guide_query,
        )
    )
