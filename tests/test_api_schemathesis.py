"""Property-based tests of every GET route from the app's own OpenAPI document (schemathesis).

Why: the hand-written tests ask the questions we thought of; schemathesis
generates the others (odd unicode, boundary integers, missing and extra
parameters) and checks each answer against the schema the API publishes:
no 5xx, the documented status codes and content types, and bodies that
conform to their response models. It runs in-process (ASGI transport, no
network) against the real test server holding the sample corpus.

Bounded on purpose: `MAX_EXAMPLES` cases per operation keeps the whole module
within a few minutes on two cores (10 GET operations with parameters -> about 400 cases).
"""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.main import create_app
from tests.conftest import make_test_settings
from tests.sample_graph import sample_graph  # noqa: F401 - the fixture the test uses

MAX_EXAMPLES = 40

app = create_app(make_test_settings())
# The schema is read from the app object, not over ASGI: fetching /openapi.json at collection time would run
# the app's lifespan (opening the driver) before the session fixture has started the test server.
schema = schemathesis.openapi.from_dict(app.openapi())
schema.app = app
schema = schema.include(method="GET")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_get_routes_conform_to_their_schema(case, sample_graph):  # noqa: F811
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance])
