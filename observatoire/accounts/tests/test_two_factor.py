"""Every back-office account passes a second factor; wrong passwords lock the account name."""

import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

PASSWORD = "Une-phrase-de-passe-2026"  # pragma: allowlist secret


@pytest.fixture
def account(db):
    return get_user_model().objects.create_superuser("coord", "c@example.org", PASSWORD)


def sign_in_with_password(client, password=PASSWORD):
    return client.post(
        "/gestion/login/", {"username": "coord", "password": password, "next": "/gestion/pages/"}
    )


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_password_alone_opens_nothing_but_enrolment(client, account):
    response = sign_in_with_password(client)
    assert response.status_code == 302
    for path in ("/gestion/", "/gestion/pages/", "/gestion/annuaire/import/", "/gestion/users/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/gestion/securite/activer/?next=")


def test_enrolment_gives_recovery_codes_once_and_opens_the_back_office(client, account):
    sign_in_with_password(client)
    page = client.get("/gestion/securite/activer/?next=/gestion/pages/")
    assert page.status_code == 200
    assert b'<svg role="img"' in page.content and "Clé à saisir" in page.content.decode()
    device = TOTPDevice.objects.get(user=account, confirmed=False)
    shown_key = re.search(r'id="totp-key">([A-Z2-7 ]+)<', page.content.decode()).group(1)
    assert shown_key.replace(" ", "").encode() and "otpauth://" not in page.content.decode()

    wrong = client.post("/gestion/securite/activer/", {"code": "000000", "next": "/gestion/"})
    assert wrong.status_code == 200 and "Ce code n’est pas valide" in wrong.content.decode()
    assert 'value="000000"' in wrong.content.decode()  # what was typed is kept
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()

    done = client.post(
        "/gestion/securite/activer/", {"code": current_code(device), "next": "/gestion/pages/"}
    )
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.content.decode())
    assert done.status_code == 200 and len(codes) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    assert client.get("/gestion/pages/").status_code == 200
    assert ModelLogEntry.objects.filter(action="ovff.2fa_enabled", object_id=account.pk).exists()


def test_each_later_sign_in_asks_for_a_code_and_a_recovery_code_works_once(client, account):
    device = TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    from observatoire.accounts.two_factor import renew_recovery_codes

    codes = renew_recovery_codes(user=account)
    sign_in_with_password(client)
    response = client.get("/gestion/")
    assert response["Location"].startswith("/gestion/securite/verifier/")
    wrong = client.post("/gestion/securite/verifier/", {"code": "123456"})
    assert "Ce code n’est pas valide" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()
    ok = client.post("/gestion/securite/verifier/", {"code": codes[0], "next": "/gestion/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/gestion/pages/"
    assert client.get("/gestion/pages/").status_code == 200

    client.post("/gestion/logout/")
    sign_in_with_password(client)
    again = client.post("/gestion/securite/verifier/", {"code": codes[0]})
    assert again.status_code == 200  # a recovery code serves once
    assert client.get("/gestion/")["Location"].startswith("/gestion/securite/verifier/")


def test_repeated_wrong_codes_are_slowed_down(client, account):
    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    sign_in_with_password(client)
    client.post("/gestion/securite/verifier/", {"code": "111111"})
    response = client.post("/gestion/securite/verifier/", {"code": "222222"})
    assert "Trop de codes erronés" in response.content.decode()


def test_next_never_leads_off_site(client, account):
    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    sign_in_with_password(client)
    page = client.get("/gestion/securite/verifier/?next=https://example.net/")
    assert 'value="https://example.net/"' not in page.content.decode()


def test_resetting_the_second_factor_makes_the_account_enrol_again(client, account):
    from django.core.management import call_command

    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    call_command("reset_two_factor", "coord", verbosity=0)
    assert not TOTPDevice.objects.filter(user=account).exists()
    sign_in_with_password(client)
    assert client.get("/gestion/")["Location"].startswith("/gestion/securite/activer/")
    assert ModelLogEntry.objects.filter(action="ovff.2fa_reset", object_id=account.pk).exists()


def test_five_wrong_passwords_lock_the_account_name_even_with_the_right_one(client, account):
    for _ in range(4):
        response = sign_in_with_password(client, "mauvais")
        assert response.status_code == 200
    locked = sign_in_with_password(client, "mauvais")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Connexion temporairement bloquée" in text and "15 minutes" in text
    assert sign_in_with_password(client).status_code == 429  # the right password too
    assert "_auth_user_id" not in client.session
    assert ModelLogEntry.objects.filter(action="ovff.login_failed", object_id=account.pk).count()
    assert ModelLogEntry.objects.filter(action="ovff.login_locked", object_id=account.pk).exists()
    from axes.models import AccessAttempt

    assert AccessAttempt.objects.filter(ip_address__isnull=False).count() == 0


def test_a_success_before_the_limit_clears_the_count(client, account):
    for _ in range(4):
        sign_in_with_password(client, "mauvais")
    assert sign_in_with_password(client).status_code == 302
    client.post("/gestion/logout/")
    for _ in range(4):
        assert sign_in_with_password(client, "mauvais").status_code == 200


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Court-2026", "trop court"),
        ("123456789012345", "entièrement numérique"),
        ("qwerty123456", "trop courant"),
        ("coordination-c", "trop semblable"),
    ],
)
def test_weak_passwords_are_refused_in_french(db, password, message):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = get_user_model()(username="coordination", email="c@example.org")
    with pytest.raises(ValidationError) as error:
        validate_password(password, user)
    assert any(message in text for text in error.value.messages), error.value.messages


def test_an_administrator_resets_a_lost_phone_from_the_accounts_list(client, account):
    from django.contrib.auth.models import Group

    from observatoire.accounts.roles import ADMINISTRATOR, COORDINATOR
    from observatoire.accounts.tests.helpers import sign_in

    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    admin = get_user_model().objects.create_user("admin", password="x" * 16)
    admin.groups.add(Group.objects.get(name=ADMINISTRATOR))
    sign_in(client, admin)
    url = f"/gestion/securite/reinitialiser/{account.pk}/"
    assert url in client.get("/gestion/users/").content.decode()
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(user=account).exists()
    entry = ModelLogEntry.objects.get(action="ovff.2fa_reset", object_id=account.pk)
    assert entry.user == admin

    coordinator = get_user_model().objects.create_user("coordo", password="x" * 16)
    coordinator.groups.add(Group.objects.get(name=COORDINATOR))
    client.logout()
    sign_in(client, coordinator)
    refused = client.post(f"/gestion/securite/reinitialiser/{admin.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/gestion/"
    assert TOTPDevice.objects.filter(user=admin).exists()


def test_a_signed_in_account_renews_its_recovery_codes(client, account):
    from observatoire.accounts.tests.helpers import sign_in
    from observatoire.accounts.two_factor import renew_recovery_codes

    old = renew_recovery_codes(user=account)
    sign_in(client, account)
    assert "Codes de secours" in client.get("/gestion/account/").content.decode()
    assert client.get("/gestion/securite/codes-de-secours/").status_code == 200
    page = client.post("/gestion/securite/codes-de-secours/").content.decode()
    new = re.findall(r"<li><code>([a-z2-7]+)</code></li>", page)
    assert len(new) == 10 and not set(new) & set(old)
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new)


def test_one_can_leave_from_the_code_page(client, account):
    sign_in_with_password(client)
    page = client.get("/gestion/securite/activer/").content.decode()
    assert '<form method="post" action="/gestion/logout/">' in page
    client.post("/gestion/logout/")
    assert "_auth_user_id" not in client.session
