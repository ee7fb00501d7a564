import json

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import OperationalError, connection
from django.test import Client, RequestFactory
from django.views import defaults
from django.views.csrf import csrf_failure


@pytest.mark.parametrize(
    ("render", "status", "database"),
    [
        # The 500 page must render with the database down: no `db` fixture, so pytest-django
        # makes any database access raise.
        (lambda request: defaults.server_error(request), 500, False),
        (lambda request: defaults.bad_request(request, SuspiciousOperation("x")), 400, True),
        (lambda request: defaults.permission_denied(request, PermissionDenied()), 403, True),
        (lambda request: csrf_failure(request, reason="x"), 403, True),
    ],
)
def test_error_pages_carry_the_safety_bar(render, status, database, request):
    if database:
        request.getfixturevalue("db")
    response = render(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == status
    assert f'href="{settings.OVFF_DEFAULT_EXIT_URL}" rel="noreferrer nofollow" data-exit' in html
    assert 'href="tel:3919"' in html and 'href="sms:114"' in html
    assert "Traceback" not in html


@pytest.mark.django_db
def test_healthz_reports_the_database():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok"}
    assert not response.cookies


@pytest.mark.django_db
def test_healthz_says_when_the_database_is_unreachable(monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "degraded", "database": "unreachable"}


def test_unhandled_errors_show_the_safe_500_page(db, client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret detail that must not leak")

    monkeypatch.setattr("wagtail.models.Page.route_for_request", explode)
    client.raise_request_exception = False
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "secret detail" not in html and "Traceback" not in html
    assert "Effacer mes traces" in html
    assert not response.cookies


@pytest.mark.parametrize(
    "path",
    ["/", "/annuaire/", "/barometre/grossesse/"],  # the API's JSON 503: test_bad_input
)
def test_with_the_database_unreachable_public_urls_answer_503_safely(db, client, monkeypatch, path):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    client.raise_request_exception = False
    with monkeypatch.context() as patch:  # undone before the test database is rolled back
        patch.setattr("django.db.backends.utils.CursorWrapper.execute", unreachable)
        response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "120"
    assert "Le site est momentanément indisponible" in html
    assert 'href="tel:3919"' in html and 'href="sms:114"' in html and "data-exit" in html
    assert "could not connect" not in html and "Traceback" not in html
    assert not response.cookies
