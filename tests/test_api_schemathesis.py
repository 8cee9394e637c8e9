"""Property-based tests of every GET route from the app's own OpenAPI document (schemathesis).

Why: the hand-written tests ask the questions we thought of; schemathesis
generates the others (odd unicode, boundary integers, missing and extra
parameters) and checks each answer against the schema the API publishes:
no 5xx, the documented status codes and content types, and bodies that
conform to their response models. It runs in-process (ASGI transport, no
network) against the real test server holding the sample corpus.

Bounded on purpose: `MAX_EXAMPLES` cases per operation keeps the whole module
within a few minutes on two cores (10 GET operations with parameters -> about 400 cases).

`POST /articles` too, with the API key: generated JSON and text bodies go through the real extractor and
writer (`POST_EXAMPLES` of them: each is an extraction and a write transaction).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.main import create_app
from tests.conftest import make_test_settings

pytestmark = pytest.mark.neo4j

MAX_EXAMPLES = 40
POST_EXAMPLES = 25
POST_KEY = "schemathesis-key-0123456789abcdef"

# Generous budgets: this module checks conformance to the schema; a first (cold-plan) search on a busy machine may
# take longer than the default 2 s and answer a documented 504, which `not_a_server_error` would count as a
# failure. Deadlines have their own tests (tests/test_api_deadlines.py).
BUDGETS = {"api_read_timeout": 60.0, "api_search_timeout": 60.0}
app = create_app(make_test_settings(**BUDGETS))
# The schema is read from the app object, not over ASGI: fetching /openapi.json at collection time would run
# the app's lifespan (opening the driver) before the session fixture has started the test server.
schema = schemathesis.openapi.from_dict(app.openapi())
schema.app = app
schema = schema.include(method="GET")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
def test_get_routes_conform_to_their_schema(case, sample_graph):
    case.call_and_validate(
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    )


post_app = create_app(make_test_settings(api_key=SecretStr(POST_KEY), **BUDGETS))
post_schema = schemathesis.openapi.from_dict(post_app.openapi())
post_schema.app = post_app
post_schema = post_schema.include(method="POST", path="/articles")


@post_schema.parametrize()
@settings(
    max_examples=POST_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
def test_post_articles_conforms_to_its_schema(case, sample_graph):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {POST_KEY}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
