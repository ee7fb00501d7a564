"""The back-office has a policy of its own, behind the second factor only; its pages carry no
inline script; previews may be framed by the site itself, and nothing else may be."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from observatoire.accounts.tests.helpers import sign_in
from observatoire.core.middleware import (
    BACK_OFFICE_POLICY,
    CONTENT_SECURITY_POLICY,
    JCROP_TOUCH_PROBE,
    PREVIEW_POLICY,
)

# The public policy, byte for byte as it has always been.
PUBLIC = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
NONCE = re.compile(r'data-style-nonce="([^"]+)"')


def nonce_of(response) -> str:
    """The style nonce this response gives its scripts (static/js/style-nonce.js)."""
    (nonce,) = set(NONCE.findall(response.content.decode()))
    return nonce


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("coordination", "c@example.org", "x" * 16)


def policy(response) -> str:
    return response["Content-Security-Policy"]


def test_public_pages_keep_their_policy_byte_for_byte(demo, client):
    assert CONTENT_SECURITY_POLICY == PUBLIC
    for path in ("/", "/annuaire/", "/barometre/", "/page-qui-n-existe-pas/"):
        assert policy(client.get(path)) == PUBLIC, path


def test_sign_in_and_second_factor_pages_keep_the_public_policy(client, editor):
    assert policy(client.get("/gestion/login/")) == PUBLIC
    assert policy(client.get("/gestion/password_reset/")) == PUBLIC
    client.force_login(editor)  # the password only
    assert policy(client.get("/gestion/securite/activer/")) == PUBLIC
    assert policy(client.get("/gestion/")) == PUBLIC  # the redirect to the second factor


def test_past_the_second_factor_the_back_office_policy_applies(client, editor):
    sign_in(client, editor)
    response = client.get("/gestion/")
    nonce = nonce_of(response)
    assert policy(response) == BACK_OFFICE_POLICY.format(nonce=nonce)
    assert response["X-Frame-Options"] == "DENY"
    assert "script-src" not in BACK_OFFICE_POLICY.replace("script-src-attr", "")
    # No unsafe source keyword in any policy (inline code, eval, wasm), but one: the focal-point
    # picker's single handler, allowed by its hash in `script-src-attr` alone.
    for each in (CONTENT_SECURITY_POLICY, BACK_OFFICE_POLICY, PREVIEW_POLICY):
        for directive in each.split(";"):
            name, *sources = directive.split()
            unsafe = [source for source in sources if source.startswith("'unsafe-")]
            if name == "script-src-attr" and each != CONTENT_SECURITY_POLICY:
                assert unsafe == ["'unsafe-hashes'"] and sources == [
                    "'unsafe-hashes'",
                    JCROP_TOUCH_PROBE,
                ], directive
            else:
                assert unsafe == [], directive
    assert f"style-src-elem 'self' 'nonce-{nonce}'" in policy(response)
    assert "frame-ancestors 'none'" in BACK_OFFICE_POLICY
    # A nonce of its own for every response.
    assert nonce_of(client.get("/gestion/")) != nonce


def test_only_previews_may_be_framed_and_by_the_site_itself(demo, client, editor):
    sign_in(client, editor)
    page = Page.objects.get(slug="mentions-legales").specific
    edit = client.get(f"/gestion/pages/{page.pk}/edit/")
    assert edit["X-Frame-Options"] == "DENY"
    preview = client.get(f"/gestion/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    (nonce,) = re.findall(r"'nonce-([^']+)'", policy(preview))
    assert policy(preview) == PREVIEW_POLICY.format(nonce=nonce)
    assert "frame-ancestors 'self'" in PREVIEW_POLICY
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    # The same page seen by a visitor has no userbar and keeps the public policy (the preview
    # panel itself, userbar and checks, is walked in Chromium: tests/browser/).
    public = client.get(page.url)
    assert "wagtail-userbar" not in public.content.decode() and policy(public) == PUBLIC


def _admin_pages():
    from observatoire.directory.models import Place, Service, Structure
    from observatoire.knowledge.models import Recommendation

    pages = [
        "/gestion/",
        "/gestion/pages/",
        "/gestion/users/",
        "/gestion/reports/site-history/",
        "/gestion/workflows/add/",
        "/gestion/images/",
        "/gestion/snippets/directory/service/add/",
        "/gestion/snippets/directory/structure/add/",
        "/gestion/snippets/directory/place/add/",
        "/gestion/snippets/knowledge/recommendation/add/",
        "/gestion/snippets/accounts/partnermembership/add/",
        "/gestion/snippets/indicators/partnerfigure/add/",
        "/gestion/settings/pages/partnershipsettings/1/",
    ]
    for model in (Service, Structure, Place, Recommendation):
        meta = model._meta
        pages.append(
            f"/gestion/snippets/{meta.app_label}/{meta.model_name}/edit/{model.objects.first().pk}/"
        )
    for page in Page.objects.filter(depth__gt=1):
        pages.append(f"/gestion/pages/{page.pk}/edit/")
    return pages


def test_back_office_pages_carry_no_inline_script(demo, client, editor):
    sign_in(client, editor)
    inline = []
    for path in _admin_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        for attributes in SCRIPT.findall(response.content.decode()):
            if "src=" not in attributes and "application/json" not in attributes:
                inline.append((path, attributes))
    assert inline == []
