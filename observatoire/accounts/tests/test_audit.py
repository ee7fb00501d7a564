"""The audit trail: every change made in the back-office, and every sign-in, is recorded
(who, when, what) and read back by the coordination in the site history."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import ModelLogEntry, PageLogEntry

from observatoire.accounts.roles import COORDINATOR
from observatoire.accounts.tests.helpers import sign_in
from observatoire.barometer.models import Questionnaire
from observatoire.directory.models import Structure
from observatoire.directory.tests.test_review import edit_url, structure_form
from observatoire.partners.models import PartnerPage

NEW_PASSWORD = "Une-phrase-de-passe-2026"  # pragma: allowlist secret


@pytest.fixture
def admin_account(db):
    return get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)


def logged(instance, action: str) -> ModelLogEntry | None:
    return (
        ModelLogEntry.objects.for_instance(instance).filter(action=action).order_by("-pk").first()
    )


def test_changes_through_the_admin_are_logged_and_the_coordination_reads_them(
    client, admin_account
):
    sign_in(client, admin_account)
    structure = Structure.objects.filter(live=True).first()
    response = client.post(
        edit_url(structure), structure_form(structure, nom="Nouveau nom", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    assert logged(structure, "wagtail.publish").user == admin_account

    questionnaire = Questionnaire.objects.get(slug="grossesse", locale__language_code="fr")
    response = client.post(
        f"/gestion/snippets/barometer/questionnaire/edit/{questionnaire.pk}/",
        {
            "slug": questionnaire.slug,
            "title": "Baromètre de la grossesse, revu",
            "summary": questionnaire.summary,
            "easy_read": questionnaire.easy_read,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert logged(questionnaire, "wagtail.edit").user == admin_account

    response = client.post(
        "/gestion/users/new/",
        {
            "username": "nouvelle",
            "email": "nouvelle@example.org",
            "first_name": "Nouvelle",
            "last_name": "Personne",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "is_active": "on",
            "groups": [Group.objects.get(name=COORDINATOR).pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = get_user_model().objects.get(username="nouvelle")
    assert logged(created, "wagtail.create").user == admin_account

    page = PartnerPage.objects.get(slug="caf-herault")
    page.save_revision(user=admin_account).publish(user=admin_account)
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()

    coordinator = get_user_model().objects.create_user("coord", password="x" * 16)
    coordinator.groups.add(Group.objects.get(name=COORDINATOR))
    client.logout()
    sign_in(client, coordinator)
    history = client.get("/gestion/reports/site-history/").content.decode()
    for label in ("Nouveau nom", "Baromètre de la grossesse, revu", "nouvelle", page.title):
        assert label in history, label
    export = client.get("/gestion/reports/site-history/?export=csv")
    assert export.status_code == 200
    assert "Nouveau nom" in b"".join(export.streaming_content).decode()


def test_sign_ins_are_logged_without_any_address(client, admin_account):
    client.post("/gestion/login/", {"username": "admin", "password": "x"})
    client.post("/gestion/login/", {"username": "admin", "password": "x" * 16})
    failed = logged(admin_account, "ovff.login_failed")
    assert failed is not None and failed.user is None
    assert logged(admin_account, "ovff.login").user == admin_account
    for entry in ModelLogEntry.objects.all():
        assert "127.0.0.1" not in str(entry.data) + entry.label
    client.post("/gestion/logout/")
    assert logged(admin_account, "ovff.logout") is not None


def test_old_sign_in_events_are_purged_and_content_history_stays(client, admin_account):
    import datetime

    from django.utils import timezone

    client.post("/gestion/login/", {"username": "admin", "password": "x" * 16})
    page = PartnerPage.objects.get(slug="caf-herault")
    page.save_revision(user=admin_account).publish(user=admin_account)
    year_ago = timezone.now() - datetime.timedelta(days=366)
    ModelLogEntry.objects.update(timestamp=year_ago)
    PageLogEntry.objects.update(timestamp=year_ago)
    call_command("purge_history", verbosity=0)
    assert not ModelLogEntry.objects.filter(action="ovff.login").exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()
