"""The page cache is renewed by content changes only: each write below is made as the site
makes it, and the home page is then served from the cache (or, for content, rendered afresh)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page

from observatoire.barometer.models import UsageCount, Version
from observatoire.core.models import ImportJob
from observatoire.directory.models import ErrorReport, Service, Structure
from observatoire.knowledge.models import FollowUp, Recommendation
from observatoire.pages.models import NewsPage
from observatoire.partners.models import PartnerPage

PASSWORD = "Un-mot-de-passe-assez-long"  # pragma: allowlist secret
WRONG = "faux"  # pragma: allowlist secret


@pytest.fixture
def editor(demo):
    return get_user_model().objects.create_superuser("redaction", "r@example.org", PASSWORD)


def _cached_home(client) -> None:
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"


def _a_failed_sign_in(client, editor):
    client.post("/gestion/login/", {"username": "redaction", "password": WRONG})


def _a_lockout(client, editor):
    for _ in range(6):
        client.post("/gestion/login/", {"username": "redaction", "password": WRONG})


def _a_session(client, editor):
    client.force_login(editor)
    client.logout()


def _an_editing_session(client, editor):
    page = PartnerPage.objects.get(slug="caf-herault")
    EditingSession.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        last_seen_at=timezone.now(),
    )


def _a_page_draft(client, editor):
    page = PartnerPage.objects.get(slug="caf-herault")
    page.title = "Un brouillon jamais publié"
    page.save_revision(user=editor)


def _a_directory_draft(client, editor):
    service = Service.objects.filter(live=True).first()
    service.nom = "Un brouillon jamais publié"
    service.save_revision(user=editor)


def _an_error_report(client, editor):
    ErrorReport.objects.create(service=Service.objects.first(), message="Le numéro a changé.")


def _a_count(client, editor):
    version = Version.objects.first()
    UsageCount.objects.create(
        version=version, month=timezone.localdate().replace(day=1), path="a", zone="verte"
    )


def _an_audit_row(client, editor):
    log(instance=Structure.objects.first(), action="wagtail.edit", user=editor)


def _a_rendition(client, editor):
    get_image_model().objects.first().get_rendition("fill-40x40")


def _an_import_job(client, editor):
    ImportJob.objects.create(
        kind="annuaire",
        permission="directory.add_service",
        file_name="x.csv",
        size=1,
        sha256="0" * 64,
    )


def _a_follow_up_to_review(client, editor):
    recommendation = Recommendation.objects.first()
    FollowUp.objects.create(
        recommendation=recommendation, status=recommendation.status, note="En cours."
    )


NOT_CONTENT = [
    _a_failed_sign_in,
    _a_lockout,
    _a_session,
    _an_editing_session,
    _a_page_draft,
    _a_directory_draft,
    _an_error_report,
    _a_count,
    _an_audit_row,
    _a_rendition,
    _an_import_job,
    _a_follow_up_to_review,
]


@pytest.mark.parametrize("write", NOT_CONTENT, ids=lambda write: write.__name__.strip("_"))
def test_what_is_not_content_leaves_the_cache_warm(client, editor, write):
    _cached_home(client)
    write(client, editor)
    assert client.get("/")["X-Page-Cache"] == "hit"


def _publish_a_page(editor):
    page = PartnerPage.objects.get(slug="caf-herault")
    page.title = "Caf de l’Hérault (titre revu)"
    page.save_revision(user=editor).publish()


def _publish_a_directory_entry(editor):
    service = Service.objects.filter(live=True).first()
    service.nom = "Un nouveau nom publié"
    service.save_revision(user=editor).publish()


def _unpublish_a_directory_entry(editor):
    Service.objects.filter(live=True).first().unpublish(user=editor)


def _delete_a_page(editor):
    NewsPage.objects.live().first().delete()


def _change_a_recommendation(editor):
    recommendation = Recommendation.objects.first()
    recommendation.title = "Une recommandation reformulée"
    recommendation.save()


CONTENT = [
    _publish_a_page,
    _publish_a_directory_entry,
    _unpublish_a_directory_entry,
    _delete_a_page,
    _change_a_recommendation,
]


@pytest.mark.parametrize("write", CONTENT, ids=lambda write: write.__name__.strip("_"))
def test_content_changes_renew_the_cache(client, editor, write):
    _cached_home(client)
    write(editor)
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_lost_generation_renders_afresh_and_never_serves_an_old_page(client, demo):
    from observatoire.core.page_cache import GENERATION_KEY, page_cache

    _cached_home(client)
    page_cache().delete(GENERATION_KEY)  # evicted, or the cache server restarted
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
