"""Site search: French stemming and accents, on SQLite's fallback and on PostgreSQL (CI);
the query never shows in an address, a response header, a log or a cache."""

import logging

import pytest
from django.db import connection

from observatoire.core.search_text import plain_query, plain_text
from observatoire.directory.models import Service

SEARCH = "/recherche/"


def titles(client, query: str) -> list[str]:
    response = client.post(SEARCH, {"q": query})
    assert response.status_code == 200
    return [r.title for r in response.context["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("violence conjugale", "L’alcool et les drogues dans les violences conjugales"),
        ("VIOLENCES CONJUGALES", "L’alcool et les drogues dans les violences conjugales"),
        (
            "premiere relation amoureuse",
            "Les violences dans les premières relations amoureuses des jeunes",
        ),
        ("etude enfant expose", "Étude : les enfants exposés aux violences conjugales"),
        ("reperage grossesse", "Formation au repérage des violences pendant la grossesse"),
        ("referent enfant reseau", "3. Nommer un référent enfants dans chaque réseau VIF"),
    ],
)
def test_words_are_found_whatever_their_accents_case_and_french_endings(
    client, demo, query, expected
):
    assert expected in titles(client, query), connection.vendor


def test_directory_services_are_found_but_never_a_secret_one(client, demo):
    public = Service.objects.filter(visibility="public", live=True).first()
    assert any(public.nom in title for title in titles(client, public.nom))
    secret = Service.objects.exclude(visibility="public").first()
    assert secret is not None
    assert not any(secret.nom in title for title in titles(client, secret.nom))


def test_the_query_stays_out_of_addresses_headers_logs_and_caches(client, demo, caplog):
    query = "hebergement urgence"
    page = client.get(SEARCH).content.decode()
    assert 'method="post"' in page and 'autocomplete="off"' in page
    with caplog.at_level(logging.DEBUG):
        response = client.post(SEARCH, {"q": query})
    assert response.status_code == 200 and "Location" not in response
    assert "no-store" in response["Cache-Control"] and not response.cookies
    for name, value in response.items():
        assert "hebergement" not in value.lower(), name
    assert all("hebergement" not in record.getMessage() for record in caplog.records)
    # A query in the address is ignored: the page offers the form, no result.
    assert client.get(SEARCH + "?q=violence").context["results"] is None


def test_too_short_or_empty_queries_get_a_french_message(client, demo):
    for query, message in (("", "Saisissez un ou plusieurs mots."), ("a", "au moins deux")):
        response = client.post(SEARCH, {"q": query})
        assert response.status_code == 200 and message in response.content.decode()


def test_the_plain_text_meets_plurals_feminines_and_accents():
    assert plain_query("Violences") == plain_query("violence")
    assert plain_query("évènements") == plain_query("EVENEMENT")
    assert plain_query("accompagnées") == plain_query("accompagnement")
    assert plain_text("<p>Les <strong>enfants</strong> exposés</p>") == plain_text(
        "les enfant expose"
    )
