"""A barometer result counts once, as what it was: the token carries the result the engine
computed and a single-use value; a replay, an altered zone or path, a token of another result,
an expired or forged token change nothing, and get the same answer as a first count."""

import logging
import re
import threading
import types
from unittest import mock

import pytest
from django.core import signing
from django.core.cache import caches
from django.db.models import Sum
from django.test import override_settings

from observatoire.barometer import services
from observatoire.barometer.models import EmbedPartner, UsageCount
from observatoire.barometer.selectors import published_version

URL = "/barometre/grossesse/"
COUNT = URL + "compter/"
EMBED = "/integrer/barometre/grossesse/"
RED = {k: "souvent" for k in ("coups", "peur", "argent", "telephone", "soutien", "colere")}
GREEN = {k: "jamais" for k in ("coups", "peur", "argent", "telephone", "colere", "isolement")}


def _token(html: str) -> str:
    tokens = set(re.findall(r'name="jeton" value="([^"]+)"', html))
    assert len(tokens) == 1  # every count form of a page carries the same token
    return tokens.pop()


def _result_token(client, answers: dict, *, path="enceinte", url=URL, **extra) -> str:
    """The token of the result page the server renders (the path without JavaScript)."""
    data = {"parcours": path, "etape": "resultat", **extra}
    data |= {f"s-{k}": v for k, v in answers.items()}
    return _token(client.post(url, data).content.decode())


def _device_token(client, *, path="enceinte", url=URL, **extra) -> str:
    """The token of the questions page, for the result computed on the device (barometer.js)."""
    return _token(client.post(url, {"parcours": path, **extra}).content.decode())


def _answers(answers: dict) -> dict:
    return {f"s-{k}": v for k, v in answers.items()}


def _counted() -> int:
    return UsageCount.objects.aggregate(n=Sum("count"))["n"] or 0


def _answer(response, client) -> tuple:
    """What the visitor gets: the redirect, then the page it leads to."""
    page = client.get(response["Location"])
    return (
        response.status_code,
        response["Location"],
        response.content,
        tuple(sorted(response.cookies)),
        page.status_code,
        page.content,
    )


@pytest.fixture
def first_count(barometers, client):
    """What a first, genuine count answers: every other case must answer the same."""
    response = client.post(
        COUNT, {"jeton": _result_token(client, RED), "parcours": "enceinte", "zone": "rouge"}
    )
    assert _counted() == 1
    UsageCount.objects.all().delete()
    return _answer(response, client)


def test_a_result_counts_once_as_what_it_was(barometers, client):
    token = _result_token(client, RED)
    client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
    counter = UsageCount.objects.get()
    assert (counter.path, counter.zone, counter.partner, counter.count) == (
        "enceinte",
        "rouge",
        "",
        1,
    )


def test_twelve_posts_of_one_neutral_result_count_it_once(first_count, client):
    token = _result_token(client, {"coups": "souvent"})  # too few answers: neutral
    answers = set()
    for zone in ["neutre"] * 6 + ["rouge"] * 6:
        response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": zone})
        answers.add(_answer(response, client))
    assert answers == {first_count}
    counter = UsageCount.objects.get()
    assert (counter.zone, counter.count) == ("neutre", 1)  # never « Zone rouge 12 »


def test_an_altered_zone_or_path_counts_nothing(first_count, client):
    token = _result_token(client, GREEN)
    for data in (
        {"parcours": "enceinte", "zone": "rouge"},
        {"parcours": "enceinte", "zone": "neutre"},
        {"parcours": "enceinte", "zone": "violet"},
        {"parcours": "pro", "zone": "vert"},
        {"parcours": "inconnu", "zone": "vert"},
    ):
        response = client.post(COUNT, {"jeton": token, **data})
        assert _answer(response, client) == first_count
    assert _counted() == 0
    # Refused requests did not spend the token: the result itself still counts, once.
    client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "vert"})
    assert UsageCount.objects.get().zone == "vert"


def test_the_signed_result_is_counted_when_the_request_says_nothing(barometers, client):
    client.post(COUNT, {"jeton": _result_token(client, RED, path="pro")})
    counter = UsageCount.objects.get()
    assert (counter.path, counter.zone) == ("pro", "rouge")


def test_a_token_of_another_result_counts_nothing(first_count, client):
    other_barometer = _result_token(client, {}, path="moi", url="/barometre/premieres-relations/")
    response = client.post(COUNT, {"jeton": other_barometer, "zone": "neutre"})
    assert _answer(response, client) == first_count
    # A token of the previous version, once a new one is published.
    old = _result_token(client, RED)
    version = published_version(slug="grossesse")
    services.publish_version(version=services.new_draft(source=version))
    response = client.post(COUNT, {"jeton": old, "parcours": "enceinte", "zone": "rouge"})
    assert _answer(response, client) == first_count
    assert _counted() == 0


def test_an_expired_token_counts_nothing(first_count, client):
    token = _result_token(client, RED)
    later = services.COUNT_TOKEN_LIFETIME + 60
    real_time = signing.time.time
    with mock.patch.object(
        signing, "time", types.SimpleNamespace(time=lambda: real_time() + later)
    ):
        response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
    assert _answer(response, client) == first_count
    assert _counted() == 0


def test_a_token_whose_single_use_value_left_the_cache_counts_nothing(first_count, client):
    token = _result_token(client, RED)
    claim = signing.loads(token, salt=services.COUNT_SALT)
    assert caches["default"].delete(f"barometer:count:{claim['n']}")  # expired or evicted
    response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
    assert _answer(response, client) == first_count
    assert _counted() == 0


def test_forged_tokens_count_nothing(first_count, client):
    version = published_version(slug="grossesse")
    genuine = _result_token(client, {})
    payload, rest = genuine.split(":", 1)
    forged_zone = signing.dumps(
        {"v": version.pk, "p": "enceinte", "z": "rouge", "e": "", "n": "x"}, salt="autre"
    )
    for token in (
        "",
        "faux",
        payload[:-2] + "AA:" + rest,  # the payload changed, not its signature
        forged_zone,  # signed with another key
        signing.TimestampSigner(salt="barometer.count").sign(str(version.pk)),  # former format
    ):
        response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
        assert _answer(response, client) == first_count
    assert _counted() == 0


def test_on_the_device_the_server_computes_the_zone_from_the_answers(first_count, client):
    """barometer.js computes the result without a request; counting it sends the answers with
    the questions page's token, and the engine computes the zone again."""
    token = _device_token(client)
    response = client.post(
        COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge", **_answers(RED)}
    )
    assert _answer(response, client) == first_count
    for _ in range(11):  # the same result again, or the form of another zone's block
        client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
        client.post(COUNT, {"jeton": token, "zone": "vert", **_answers(GREEN)})
    counter = UsageCount.objects.get()
    assert (counter.zone, counter.count) == ("rouge", 1)


def test_on_the_device_a_zone_the_answers_do_not_give_counts_nothing(first_count, client):
    token = _device_token(client)
    for data in (
        {"zone": "rouge"},  # no answers: the engine says neutral
        {"zone": "rouge", **_answers(GREEN)},
        {"zone": "vert", **_answers({**GREEN, "coups": "parfois"})},  # one red situation
    ):
        response = client.post(COUNT, {"jeton": token, "parcours": "enceinte", **data})
        assert _answer(response, client) == first_count
    assert _counted() == 0
    client.post(COUNT, {"jeton": token, "parcours": "enceinte", **_answers(GREEN)})
    assert UsageCount.objects.get().zone == "vert"


@pytest.fixture
def caf(barometers):
    return EmbedPartner.objects.create(name="Caf", key="caf", origin="https://www.caf.fr")


def test_embedded_a_result_counts_once_for_its_partner(caf, client):
    EmbedPartner.objects.create(name="Autre", key="autre", origin="https://autre.example")
    token = _result_token(client, RED, url=EMBED, partenaire="caf")
    answers = set()
    for zone in ["rouge"] * 6 + ["vert"] * 6:
        response = client.post(
            COUNT, {"jeton": token, "parcours": "enceinte", "zone": zone, "integre": "1"}
        )
        answers.add(_answer(response, client))
    assert len(answers) == 1 and answers.pop()[1] == EMBED + "merci/"
    counter = UsageCount.objects.get()
    assert (counter.zone, counter.partner, counter.count) == ("rouge", "caf", 1)
    # The partner is signed too: a request cannot move a result to another partner's counts.
    token = _device_token(client, url=EMBED, partenaire="caf")
    client.post(COUNT, {"jeton": token, "integre": "1", "partenaire": "autre", **_answers(GREEN)})
    assert set(UsageCount.objects.values_list("zone", "partner")) == {
        ("rouge", "caf"),
        ("vert", "caf"),
    }


def test_embedded_replays_and_forgeries_get_the_same_answer(caf, client):
    token = _device_token(client, url=EMBED, partenaire="caf")
    data = {"jeton": token, "parcours": "enceinte", "integre": "1", **_answers(RED)}
    first = _answer(client.post(COUNT, {**data, "zone": "rouge"}), client)
    assert first[1] == EMBED + "merci/"
    for extra in ({"zone": "rouge"}, {"zone": "vert"}, {"jeton": "faux"}):
        assert _answer(client.post(COUNT, {**data, **extra}), client) == first
    assert _counted() == 1


def test_counting_keeps_and_logs_nothing_but_the_counter(barometers, client, caplog):
    token = _device_token(client)
    with caplog.at_level(logging.DEBUG):
        response = client.post(
            COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge", **_answers(RED)}
        )
        client.post(COUNT, {"jeton": token, "parcours": "enceinte", "zone": "rouge"})
    assert not response.cookies and "no-store" in response["Cache-Control"]
    for secret in ("s-coups", "souvent", token):
        assert secret not in caplog.text


def test_the_token_carries_the_result_and_nothing_else(barometers, client):
    claim = signing.loads(_result_token(client, RED), salt=services.COUNT_SALT)
    version = published_version(slug="grossesse")
    assert set(claim) == {"v", "p", "z", "e", "n"}
    assert (claim["v"], claim["p"], claim["z"], claim["e"]) == (version.pk, "enceinte", "rouge", "")
    assert len(claim["n"]) >= 20  # secrets.token_urlsafe(16)


def test_a_single_use_value_is_spent_by_one_of_many_simultaneous_posts(tmp_path):
    """The atomic consume, on the file cache (Redis DEL is atomic by itself)."""
    file_cache = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(tmp_path),
    }
    with override_settings(CACHES={"default": file_cache}):
        caches["default"].add("barometer:count:x", 1, timeout=60)
        barrier, spent = threading.Barrier(12), []

        def post():
            barrier.wait()
            spent.append(services._spend("x"))

        threads = [threading.Thread(target=post) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(spent) == [False] * 11 + [True]
