"""Public forms and the API are limited per client, with a French 429 page; nothing is kept."""

import pytest
from django.core.cache import caches

from observatoire.core.ratelimit import hit

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
    assert response.status_code == 429 and 1 <= int(response["Retry-After"]) <= 120
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


def test_the_api_is_limited_too_and_answers_in_french_json(db, client):
    responses = [client.get("/api/v1/annuaire/services") for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    refused = responses[-1]
    assert refused["Content-Type"] == "application/json"
    assert refused.json()["detail"].startswith("Trop de requêtes : réessayez dans ")
    assert int(refused["Retry-After"]) >= 1


def test_no_double_burst_across_the_minute(db, settings):
    """20 requests at the end of a minute and 20 at the start of the next: a fixed window lets
    40 through; the sliding window lets only what fits in any 60 seconds."""
    settings.RATE_LIMITS = {"post": 20, "api": 20}
    start = 1_000_020 * 60  # the start of a minute
    passed = [hit(bucket="post", address="192.0.2.50", now=start - 1)[0] for _ in range(20)]
    passed += [hit(bucket="post", address="192.0.2.50", now=start + 1)[0] for _ in range(20)]
    assert passed.count(True) == 20
    # Half a minute later, about half of the previous minute's requests have slid out.
    later = [hit(bucket="post", address="192.0.2.50", now=start + 30)[0] for _ in range(20)]
    assert later.count(True) == 10


def test_the_wait_announced_is_enough_and_not_much_more(db, settings):
    settings.RATE_LIMITS = {"post": 5, "api": 5}
    now = 2_000_000 * 60 + 10
    waits = set()
    for address in ("192.0.2.60", "192.0.2.61"):  # two clients in the same state
        for _ in range(5):
            assert hit(bucket="post", address=address, now=now)[0]
        allowed, wait = hit(bucket="post", address=address, now=now)
        assert not allowed
        waits.add(wait)
    (wait,) = waits
    assert not hit(bucket="post", address="192.0.2.60", now=now + wait - 2)[0]
    assert hit(bucket="post", address="192.0.2.61", now=now + wait)[0]


def test_no_address_is_kept_in_the_cache(db, client):
    client.post("/annuaire/", {"q": "x"}, REMOTE_ADDR="203.0.113.9")
    cache = caches["default"]
    if isinstance(cache._cache, dict):  # in memory
        keys = list(cache._cache)
    else:  # Redis (CI)
        keys = [key.decode() for key in cache._cache.get_client().keys("*")]
    assert keys and not any("203.0.113.9" in key for key in keys)
