"""With a password alone, no back-office URL opens but the sign-in steps: every URL pattern
under /gestion/, read from Django's resolver, is tried with sample arguments."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import resolve
from django_otp.plugins.otp_totp.models import TOTPDevice

from observatoire.accounts.middleware import OPEN_BEFORE_SECOND_FACTOR
from observatoire.accounts.tests.helpers import back_office_urls, sign_in

VERIFY = "/gestion/securite/verifier/?next="


@pytest.fixture
def password_only(db, client):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)  # the password step only: no device verified in this session
    return user


def test_the_walk_reaches_every_pattern():
    urls = back_office_urls()
    assert len(urls) > 300
    # Each sample path reaches its own pattern, or one placed before it on purpose (the site
    # history, narrowed to the audit readers by accounts/narrowed_urls.py; the page creation,
    # one at a time, core/admin_urls.py), itself walked.
    names = {url.name for url in urls}
    shadowed = {name: resolve(path).view_name for path, name, _ in urls if name}
    shadowed = {name: by for name, by in shadowed.items() if by != name}
    assert shadowed == {
        "wagtailadmin_reports:site_history": "audit_site_history",
        "wagtailadmin_reports:site_history_results": "audit_site_history_results",
        "wagtailadmin_pages:confirm_workflow_cancellation": (
            "narrowed_confirm_workflow_cancellation"
        ),
        "wagtailadmin_pages:add": "serialised_page_create",
    }
    assert set(shadowed.values()) <= names
    assert names.issuperset(OPEN_BEFORE_SECOND_FACTOR)


def test_a_password_alone_opens_no_back_office_url_but_the_sign_in_steps(client, password_only):
    opened = []
    for path, name, _ in back_office_urls():
        if name in OPEN_BEFORE_SECOND_FACTOR:
            continue
        for method in (client.get, client.post):
            response = method(path)
            if not (response.status_code == 302 and response["Location"].startswith(VERIFY)):
                opened.append((method.__name__, path, name, response.status_code))
    assert opened == []


def test_a_password_alone_cannot_reset_its_own_second_factor(client, password_only):
    url = f"/gestion/securite/reinitialiser/{password_only.pk}/"
    assert client.post(url)["Location"].startswith(VERIFY)
    assert client.get("/gestion/securite/codes-de-secours/")["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=password_only).exists()


def test_nobody_resets_their_own_second_factor_even_past_it(client, password_only):
    sign_in(client, password_only)
    url = f"/gestion/securite/reinitialiser/{password_only.pk}/"
    assert client.get("/gestion/users/").status_code == 200
    assert url not in client.get("/gestion/users/").content.decode()
    assert client.post(url).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=password_only).exists()
