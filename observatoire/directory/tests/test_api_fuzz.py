"""schemathesis reads the API's OpenAPI description and sends it generated requests (random
filters, pages, wrong types): every answer must be documented, and none may be a 5xx."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from observatoire.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def wsgi_keeps_connection(demo):
    # The WSGI handler closes the database connection after each request, which would close the
    # test's transaction on PostgreSQL; Django's own test client unhooks it the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_never_fails_and_keeps_to_its_schema(case, wsgi_keeps_connection):
    # The WSGI transport does not undo the gzip that GZipMiddleware applies.
    response = case.call(headers={"Accept-Encoding": "identity"})
    assert response.status_code < 500, (case.path, case.query, response.text[:500])
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
