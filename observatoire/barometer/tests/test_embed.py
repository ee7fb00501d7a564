"""Embedding on partners' sites: framable by allowed origins only; other pages never."""

import re

import pytest
from django.core.management import CommandError, call_command

from observatoire.barometer.models import EmbedPartner, UsageCount
from observatoire.barometer.selectors import embed_code, published_version
from observatoire.core.tests.policies import PUBLIC, directives

EMBED = "/integrer/barometre/grossesse/"


def _frame_ancestors(response) -> str:
    policy = directives(response)
    # Nothing else than who may frame it differs from the public policy.
    assert {**policy, "frame-ancestors": PUBLIC["frame-ancestors"]} == PUBLIC
    return " ".join(policy["frame-ancestors"])


@pytest.fixture
def caf(barometers):
    return EmbedPartner.objects.create(name="Caf", key="caf", origin="https://www.caf.fr")


def test_an_allowed_origin_may_frame_the_tool_and_nothing_else(caf, client):
    EmbedPartner.objects.create(
        name="Ancien", key="ancien", origin="https://ancien.example", active=False
    )
    response = client.get(EMBED + "?partenaire=caf")
    assert response.status_code == 200 and "X-Frame-Options" not in response
    assert _frame_ancestors(response) == "https://www.caf.fr"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert 'class="safety-bar' in response.content.decode()
    for url in ("/barometre/grossesse/", "/", "/annuaire/"):
        other = client.get(url)
        assert _frame_ancestors(other) == "'none'" and other["X-Frame-Options"] == "DENY"


def test_with_no_partner_allowed_nobody_may_frame_it(barometers, client):
    assert _frame_ancestors(client.get(EMBED)) == "'none'"


def test_the_cached_tool_keeps_its_framing_origins(caf, client):
    EmbedPartner.objects.create(name="Msa", key="msa", origin="https://www.msa.fr")
    first, second = client.get(EMBED), client.get(EMBED)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert _frame_ancestors(response) == "https://www.caf.fr https://www.msa.fr"
        assert "X-Frame-Options" not in response
    # The site's own page of the same tool, cached too, stays unframable.
    client.get("/barometre/grossesse/")
    cached = client.get("/barometre/grossesse/")
    assert cached["X-Page-Cache"] == "hit" and _frame_ancestors(cached) == "'none'"


def test_the_embedded_flow_stays_in_the_frame_and_counts_for_the_partner(caf, client):
    html = client.post(EMBED, {"parcours": "enceinte", "partenaire": "caf"}).content.decode()
    assert f'action="{EMBED}"' in html and 'name="partenaire" value="caf"' in html
    html = client.post(
        EMBED,
        {"parcours": "enceinte", "partenaire": "caf", "etape": "resultat", "s-coups": "souvent"},
    ).content.decode()
    assert 'target="_top"' in html  # calls and the directory open in the whole window
    token = re.search(r'name="jeton" value="([^"]+)"', html).group(1)
    response = client.post(
        "/barometre/grossesse/compter/",
        {
            "jeton": token,
            "parcours": "enceinte",
            "zone": "neutre",
            "integre": "1",
            "partenaire": "caf",
        },
    )
    assert response["Location"] == EMBED + "merci/"
    assert _frame_ancestors(client.get(response["Location"])) == "https://www.caf.fr"
    assert UsageCount.objects.get().partner == "caf"


def test_an_unknown_partner_key_counts_as_the_site_itself(caf, client):
    html = client.post(EMBED, {"parcours": "enceinte", "partenaire": "inconnu"}).content.decode()
    assert 'name="partenaire"' not in html


def test_the_code_to_paste_is_sandboxed_and_sends_no_referrer(caf):
    code = embed_code(
        partner=caf,
        questionnaire=published_version(slug="grossesse").questionnaire,
        site_url="https://observatoire.example",
    )
    assert 'src="https://observatoire.example/integrer/barometre/grossesse/?partenaire=caf"' in code
    assert 'referrerpolicy="no-referrer"' in code and "title=" in code
    assert 'sandbox="allow-scripts allow-forms allow-same-origin ' in code
    assert "allow-top-navigation-by-user-activation" in code and "allow-popups" not in code


@pytest.mark.parametrize(
    "origin",
    ["http://www.caf.fr", "https://www.caf.fr/page", "www.caf.fr", "https://caf.fr/?x=1"],
)
def test_only_plain_https_origins_are_allowed(barometers, origin):
    with pytest.raises(CommandError, match="Indiquez une origine en https"):
        call_command("allow_embedding", origin, key="caf", name="Caf")
    assert not EmbedPartner.objects.exists()


def test_allowing_again_updates_the_partner(barometers):
    call_command("allow_embedding", "https://www.caf.fr/", key="caf", name="Caf", verbosity=0)
    call_command("allow_embedding", "https://caf.fr", key="caf", name="Caf de l’Hérault")
    partner = EmbedPartner.objects.get()
    assert (partner.origin, partner.name) == ("https://caf.fr", "Caf de l’Hérault")
