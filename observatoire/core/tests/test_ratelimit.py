"""Public forms and the API are limited per client, with a French 429 page; nothing is kept."""

import pytest
from django.core.cache import caches

LIMITS = {"post": 3, "api": 2}


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.RATE_LIMITS = LIMITS
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_posts_beyond_the_limit_get_a_french_429_with_the_safety_bar(db, client):
    for _ in range(LIMITS["post"]):
        assert client.post("/annuaire/", {"q": "beziers"}).status_code != 429
    response = client.post("/annuaire/", {"q": "beziers"})
    html = response.content.decode()
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert "Trop de demandes en peu de temps" in html and 'href="tel:3919"' in html
    assert "data-exit" in html and not response.cookies
    assert client.get("/annuaire/").status_code == 200  # reading is never limited


def test_each_client_has_its_own_count(db, client):
    for _ in range(LIMITS["post"] + 1):
        client.post("/annuaire/", {"q": "x"}, REMOTE_ADDR="192.0.2.1")
    assert client.post("/annuaire/", {"q": "x"}, REMOTE_ADDR="192.0.2.2").status_code != 429


def test_behind_the_proxy_the_forwarded_address_counts(db, client):
    for _ in range(LIMITS["post"] + 1):
        client.post("/annuaire/", {"q": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.7")
    other = client.post("/annuaire/", {"q": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert other.status_code != 429


def test_the_api_is_limited_too(db, client):
    statuses = [client.get("/api/v1/annuaire/services").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_no_address_is_kept_in_the_cache(db, client):
    client.post("/annuaire/", {"q": "x"}, REMOTE_ADDR="203.0.113.9")
    keys = list(caches["default"]._cache.keys())
    assert keys and not any("203.0.113.9" in key for key in keys)
