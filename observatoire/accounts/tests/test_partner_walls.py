"""A partner editor past the second factor reaches nothing of another partner's: every
back-office URL pattern that names one object (read from Django's resolver) is tried, GET and
POST, on objects of each other owner (the other partners and the coordination), and answers
403 or 404, the object left as it was. The same patterns on the editor's own objects open: the
walk reaches real views."""

from io import BytesIO

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from observatoire.accounts.roles import PARTNER_EDITOR
from observatoire.accounts.tests.helpers import account, back_office_urls, sign_in
from observatoire.demo.indicators import load_demo_partner_figures
from observatoire.demo.logos import placeholder_logo
from observatoire.directory.models import Place, Service, Structure
from observatoire.indicators.models import Indicator, PartnerFigure
from observatoire.knowledge.models import FollowUp, PublicationPage, Recommendation
from observatoire.partners.models import PartnerPage

OWN = "departement-herault"
# 405: the method is refused before any object is read. Wagtail refuses a page it may not
# open by a redirect to the dashboard with its message « Désolé, vous n’avez pas les
# autorisations… »; the preview of a moderation task on a page that awaits none, with « … n’est
# pas en attente de modération » (nothing of the page is shown). Any other redirect is followed.
REFUSED = {403, 404, 405, "refusé par Wagtail", "aucune modération en attente"}
DASHBOARD = "/gestion/"
# Arguments that are not the object: a sample each (a wrong one answers 404 too, which is
# why the editor's own objects are walked with the same samples and must open).
OTHER_ARGUMENTS = {
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "action_name": "approve",
    "filter_spec": "original",
}


def _values(instance, argument: str) -> dict[str, str]:
    values = dict(OTHER_ARGUMENTS, **{argument: str(instance.pk)})
    revision = getattr(instance, "latest_revision_id", None)
    if revision:
        values["revision_id"] = str(revision)
    # In moderation: the task and the states of its review, so that the moderation views are
    # reached with the real ones (a sample would be refused for not matching).
    workflow_state = getattr(instance, "current_workflow_state", None)
    if workflow_state is not None:
        task_state = workflow_state.current_task_state
        values |= {
            "workflow_state_id": str(workflow_state.pk),
            "task_state_id": str(task_state.pk),
            "task_id": str(task_state.task_id),
        }
    return values


def _urls(instance, namespaces: tuple[str, ...], argument: str) -> list[tuple[str, str]]:
    """(path, view name) of every pattern in these namespaces that names this object."""
    return [
        (url.path, url.name)
        for url in back_office_urls(_values(instance, argument))
        if url.name
        and url.name.startswith(namespaces)
        and argument in url.arguments
        and not url.name.endswith(":preview_on_edit")  # the editor's own form, no object read
    ]


def _answer(client, method, path: str):
    # The previous probe's messages would show on the next page a person opens; the walk opens
    # none. Dropped, so that only this probe's messages are read below, and they do not pile up
    # in the cookie (hundreds, encoded again by every later request).
    client.cookies.pop(CookieStorage.cookie_name, None)
    response = method(path)
    for _ in range(3):
        if response.status_code != 302:
            return response.status_code
        if response["Location"] == DASHBOARD:
            messages = [str(m) for m in get_messages(response.wsgi_request)]
            if any("pas les autorisations" in message for message in messages):
                return "refusé par Wagtail"
            if any("pas en attente de modération" in message for message in messages):
                return "aucune modération en attente"
            return f"tableau de bord {messages}"
        response = client.get(response["Location"])
    return f"redirections {response['Location']}"


def _row(instance) -> dict:
    return type(instance).objects.filter(pk=instance.pk).values().first()


def _snippets(model) -> tuple[str, ...]:
    label = f"{model._meta.app_label}_{model._meta.model_name}"
    return (f"wagtailsnippets_{label}:", f"wagtailsnippetchoosers_{label}:")


PAGES = ("wagtailadmin_pages:",)


def _follow_up(recommendation, partner, user) -> FollowUp:
    """A partner's note submitted to the coordination, or (no account) one it published."""
    note = FollowUp.objects.create(
        recommendation=recommendation,
        status=recommendation.status,
        note=f"Suivi de {partner or 'la coordination'}.",
        partner=partner,
        written_by=user,
    )
    revision = note.save_revision(user=user)
    if user is None:
        revision.publish(skip_permission_checks=True)
    else:
        note.get_workflow().start(note, user)
    return FollowUp.objects.get(pk=note.pk)


@pytest.fixture
def walls(demo):
    """The editor of the Département, another partner's editor, and one object per kind and
    per owner: (kind, instance, namespaces, argument)."""
    editor = account("editrice-departement", PARTNER_EDITOR, OWN)
    neighbour = account("editeur-caf", PARTNER_EDITOR, "caf-herault")
    image_model = get_image_model()
    own_partner = PartnerPage.objects.get(slug=OWN)
    others = PartnerPage.objects.exclude(slug=OWN)
    objects = {"own": [], "other": []}

    def add(side, kind, instance, namespaces, argument="pk"):
        assert instance is not None, (side, kind)
        objects[side].append((kind, instance, namespaces, argument))

    for model, owner in (
        (Structure, "partner"),
        (Place, "structure__partner"),
        (Service, "structure__partner"),
    ):
        add(
            "own",
            model.__name__,
            model.objects.filter(**{owner: own_partner}).first(),
            _snippets(model),
        )
        for partner in [*others, None]:
            found = model.objects.filter(**{owner: partner}).first()
            if found is not None:
                add(
                    "other",
                    f"{model.__name__} de {partner or 'la coordination'}",
                    found,
                    _snippets(model),
                )
    load_demo_partner_figures()  # the session's demo has no figures
    figure_urls = ("indicators_figure_step", *_snippets(PartnerFigure))
    for indicator in Indicator.objects.filter(partner__isnull=False).select_related("partner"):
        figure = PartnerFigure.objects.filter(indicator=indicator).first()
        if indicator.partner == own_partner:
            add("own", "chiffre", figure, figure_urls)
        else:
            add("other", f"chiffre de {indicator.partner}", figure, figure_urls)
    add("own", "sa page", own_partner, PAGES, "page_id")
    caf = PartnerPage.objects.get(slug="caf-herault")
    # The Caf's page awaits review (its editor submitted it); the other partners' do not.
    caf.save_revision(user=neighbour)
    caf.get_workflow().start(caf, neighbour)
    for partner in PartnerPage.objects.exclude(slug=OWN):
        state = " (en relecture)" if partner.pk == caf.pk else ""
        add("other", f"page {partner}{state}", partner, PAGES, "page_id")
    for publication in PublicationPage.objects.filter(partner__in=others):
        add("other", f"publication de {publication.partner}", publication, PAGES, "page_id")
    addressed = Recommendation.objects.filter(partners=own_partner)
    add("own", "recommandation", addressed.first(), _snippets(Recommendation))
    add(
        "other",
        "recommandation d’un autre",
        Recommendation.objects.exclude(partners=own_partner).first(),
        _snippets(Recommendation),
    )
    for side, kind, partner, user, recommendation in (
        ("own", "sa note de suivi", own_partner, editor, addressed.first()),
        ("other", "note de la Caf", caf, neighbour, caf.recommendations.first()),
        ("other", "note de la coordination", None, None, addressed.first()),
    ):
        add(side, kind, _follow_up(recommendation, partner, user), _snippets(FollowUp))
    for side, user in (("own", editor), ("other", neighbour)):
        image = image_model.objects.create(
            title=f"Image de {user}",
            file=ImageFile(
                BytesIO(placeholder_logo(text="Essai", colour="#123456")), name="essai.png"
            ),
            uploaded_by_user=user,
        )
        add(side, "image", image, ("wagtailimages:",), "image_id")
        document = get_document_model().objects.create(
            title=f"Document de {user}",
            file=ContentFile(b"%PDF-1.4 essai", name="essai.pdf"),
            uploaded_by_user=user,
        )
        add(side, "document", document, ("wagtaildocs:",), "document_id")
    return editor, objects


def test_a_partner_editor_reaches_nothing_of_another_partner(client, walls):
    editor, objects = walls
    sign_in(client, editor)
    opened, changed, tried, in_review = [], [], 0, set()
    for kind, instance, namespaces, argument in objects["other"]:
        before = _row(instance)
        for path, name in _urls(instance, namespaces, argument):
            for method in (client.get, client.post):
                tried += 1
                answer = _answer(client, method, path)
                if answer not in REFUSED:
                    opened.append((kind, method.__name__, name, answer))
                if kind.endswith("(en relecture)") and name.endswith(":workflow_preview"):
                    in_review.add(answer)
        if _row(instance) != before:
            changed.append(kind)
    assert opened == [] and changed == []
    assert tried > 300
    # The preview of the review of a page that does await it is refused for the person, not
    # for a review missing.
    assert in_review and "aucune modération en attente" not in in_review, in_review


def test_the_same_patterns_open_on_the_editors_own_objects(client, walls):
    editor, objects = walls
    sign_in(client, editor)
    opened = {}
    for kind, instance, namespaces, argument in objects["own"]:
        statuses = [
            client.get(path).status_code for path, _ in _urls(instance, namespaces, argument)
        ]
        opened[kind] = statuses.count(200)
    assert all(opened.values()), opened


def test_the_choosers_list_only_the_editors_own_objects(client, walls):
    editor, objects = walls
    sign_in(client, editor)
    for model in (Structure, Place, Service, PartnerFigure, Recommendation, FollowUp):
        label = f"{model._meta.app_label}/{model._meta.model_name}"
        listed = client.get(f"/gestion/snippets/choose/{label}/results/").content.decode()
        own = [i for _, i, *_ in objects["own"] if isinstance(i, model)]
        other = [i for _, i, *_ in objects["other"] if isinstance(i, model)]
        assert own and other, model
        assert all(f"/chosen/{i.pk}/" in listed for i in own), model
        assert not any(f"/chosen/{i.pk}/" in listed for i in other), model
