"""The back-office has a policy of its own, behind the second factor only; its pages carry no
inline script; previews may be framed by the site itself, and nothing else may be."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import get_resolver
from wagtail.models import Page

from observatoire.accounts.middleware import OPEN_BEFORE_SECOND_FACTOR
from observatoire.accounts.tests.helpers import sign_in
from observatoire.core.csp import JCROP_TOUCH_PROBE, SIGN_IN_VIEW_NAMES
from observatoire.core.tests.policies import PUBLIC, directives

SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
NONCE = re.compile(r'data-style-nonce="([^"]+)"')


def nonce_of(response) -> str:
    """The style nonce this response gives its scripts (static/js/style-nonce.js)."""
    (nonce,) = set(NONCE.findall(response.content.decode()))
    return nonce


def back_office(nonce: str, *, framed_by: str = "'none'") -> dict[str, list[str]]:
    """The back-office policy of a response with this nonce: the public one, and no more than
    its three additions (accounts/README.md)."""
    return {
        **PUBLIC,
        "img-src": ["'self'", "data:", "blob:"],
        "style-src-elem": ["'self'", f"'nonce-{nonce}'"],
        "script-src-attr": ["'unsafe-hashes'", JCROP_TOUCH_PROBE],
        "frame-ancestors": [framed_by],
    }


def assert_no_unsafe_source_but_the_touch_probe(policy: dict[str, list[str]]) -> None:
    """No unsafe source keyword (inline code, eval, wasm), but one: the focal-point picker's
    single handler, allowed by its hash in `script-src-attr` alone."""
    for name, sources in policy.items():
        unsafe = [source for source in sources if source.startswith("'unsafe-")]
        if name == "script-src-attr":
            assert sources == ["'unsafe-hashes'", JCROP_TOUCH_PROBE], name
        else:
            assert unsafe == [], name


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("coordination", "c@example.org", "x" * 16)


def test_public_pages_keep_their_policy(demo, client):
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"] == PUBLIC
    for path in ("/", "/annuaire/", "/barometre/", "/page-qui-n-existe-pas/"):
        assert directives(client.get(path)) == PUBLIC, path


def test_sign_in_and_second_factor_pages_keep_the_public_policy(client, editor):
    assert directives(client.get("/gestion/login/")) == PUBLIC
    assert directives(client.get("/gestion/password_reset/")) == PUBLIC
    client.force_login(editor)  # the password only
    assert directives(client.get("/gestion/securite/activer/")) == PUBLIC
    assert directives(client.get("/gestion/")) == PUBLIC  # the redirect to the second factor


def test_the_sign_in_pages_keep_the_public_policy_past_the_second_factor_too(client, editor):
    # Exact names of views that exist, all of them open before the second factor.
    assert SIGN_IN_VIEW_NAMES <= OPEN_BEFORE_SECOND_FACTOR
    assert SIGN_IN_VIEW_NAMES.issubset(get_resolver().reverse_dict)
    sign_in(client, editor)
    for path in ("/gestion/password_reset/", "/gestion/securite/verifier/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert directives(response) == PUBLIC, path
    # A refusal made before any view was chosen (core.middleware.BadInputMiddleware).
    refused = client.get("/gestion/pages/?q=%00")
    assert refused.status_code == 400 and directives(refused) == PUBLIC


def test_past_the_second_factor_the_back_office_policy_applies(client, editor):
    sign_in(client, editor)
    response = client.get("/gestion/")
    nonce = nonce_of(response)
    assert directives(response) == back_office(nonce)
    assert response["X-Frame-Options"] == "DENY"
    assert "script-src" not in directives(response)  # scripts: 'self' only (default-src)
    assert_no_unsafe_source_but_the_touch_probe(directives(response))
    for sources in directives(client.get("/gestion/login/")).values():
        assert not any(source.startswith("'unsafe-") for source in sources)
    # A nonce of its own for every response.
    again = client.get("/gestion/")
    assert nonce_of(again) != nonce
    assert directives(again)["style-src-elem"] == ["'self'", f"'nonce-{nonce_of(again)}'"]


def test_only_previews_may_be_framed_and_by_the_site_itself(demo, client, editor):
    sign_in(client, editor)
    page = Page.objects.get(slug="mentions-legales").specific
    edit = client.get(f"/gestion/pages/{page.pk}/edit/")
    assert edit["X-Frame-Options"] == "DENY"
    assert directives(edit)["frame-ancestors"] == ["'none'"]
    preview = client.get(f"/gestion/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    (nonce,) = re.findall(r"'nonce-([^']+)'", preview["Content-Security-Policy"])
    assert directives(preview) == back_office(nonce, framed_by="'self'")
    assert_no_unsafe_source_but_the_touch_probe(directives(preview))
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    # The same page seen by a visitor has no userbar and keeps the public policy (the preview
    # panel itself, userbar and checks, is walked in Chromium: tests/browser/).
    public = client.get(page.url)
    assert "wagtail-userbar" not in public.content.decode()
    assert directives(public) == PUBLIC


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
        "/gestion/snippets/partners/partnermembership/add/",
        "/gestion/snippets/indicators/partnerfigure/add/",
        "/gestion/settings/partners/partnershipsettings/1/",
    ]
    for model in (Service, Structure, Place, Recommendation):
        meta = model._meta
        pages.append(
            f"/gestion/snippets/{meta.app_label}/{meta.model_name}/edit/{model.objects.first().pk}/"
        )
    # One page of each type: its editor is built from its type's panels and blocks (Wagtail
    # sends the blocks' definitions and values as data, whatever the page holds).
    types = set()
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        if page.content_type_id not in types:
            types.add(page.content_type_id)
            pages.append(f"/gestion/pages/{page.pk}/edit/")
    assert len(types) >= 10, types
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
