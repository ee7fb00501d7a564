import json

import pytest
from django.db import connection
from django.test import Client

from observatoire.core.views import server_error


def test_500_page_renders_without_the_database():
    # No `db` fixture: pytest-django makes any database access raise here.
    response = server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "data-exit" in html and "Effacer mes traces" in html
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
    assert response.status_code == 200
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
