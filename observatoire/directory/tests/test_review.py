"""Partner editors keep their own entries; the coordination reviews before the public sees."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.tests.helpers import sign_in
from observatoire.directory.models import Commune, Service, Structure
from observatoire.partners.models import PartnerMembership, PartnerPage

PMI = "Centre de PMI de Bédarieux (Département de l’Hérault)"
OTHER = "Violences Femmes Info (3919)"


def account(name: str, group: str, partner_slug: str | None = None):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=group))
    if partner_slug:
        PartnerMembership.objects.create(
            user=user, partner=PartnerPage.objects.get(slug=partner_slug)
        )
    return user


@pytest.fixture
def editor(demo):
    return account("editrice", PARTNER_EDITOR, "departement-herault")


@pytest.fixture
def coordinator(demo):
    return account("coordinatrice", COORDINATOR)


def structure_form(structure: Structure, **changes) -> dict:
    data = {
        "nom": structure.nom,
        "description": structure.description,
        "telephone": structure.telephone,
        "courriel": structure.courriel,
        "site_web": structure.site_web,
        "siret": structure.siret,
        "partner": structure.partner_id or "",
        "is_example": "on" if structure.is_example else "",
    }
    data.update(changes)
    return data


def edit_url(instance) -> str:
    return f"/gestion/snippets/directory/{instance._meta.model_name}/edit/{instance.pk}/"


def test_roles_and_review_workflow_exist_after_migrations(db):
    assert Group.objects.filter(name=COORDINATOR).exists()
    editors = Group.objects.get(name=PARTNER_EDITOR)
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"add_service", "change_service", "access_admin"} <= codenames
    assert not codenames & {"publish_service", "delete_service", "publish_structure"}
    for model in (Structure, Service):
        assert model().get_workflow().name == "Relecture de l’annuaire"


def test_a_partner_editor_lists_only_its_partners_entries(client, editor):
    sign_in(client, editor)
    services = client.get("/gestion/snippets/directory/service/").content.decode()
    assert "Suivi de grossesse" in services
    assert "Écoute et orientation par téléphone" not in services
    structures = client.get("/gestion/snippets/directory/structure/").content.decode()
    assert "Centre de PMI" in structures and "CIDFF" not in structures


def test_a_partner_editor_cannot_open_or_change_another_partners_entry(client, editor):
    sign_in(client, editor)
    other = Structure.objects.get(nom=OTHER)
    assert client.get(edit_url(other)).status_code in (302, 403)
    response = client.post(
        edit_url(other), structure_form(other, nom="Détourné", **{"action-submit": "1"})
    )
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.nom == OTHER and not other.revisions.exists()


def test_a_partner_editor_cannot_attach_a_service_to_another_partners_structure(client, editor):
    sign_in(client, editor)
    other = Structure.objects.get(nom=OTHER)
    before = Service.objects.count()
    response = client.post(
        "/gestion/snippets/directory/service/add/",
        {"structure": other.pk, "nom": "Service détourné", "description": "Gardé"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choisissez une fiche de votre partenaire." in html and "Service détourné" in html
    assert Service.objects.count() == before


def test_a_partner_editor_cannot_give_a_structure_to_another_partner(client, editor):
    sign_in(client, editor)
    own = Structure.objects.get(nom=PMI)
    caf = PartnerPage.objects.get(slug="caf-herault")
    response = client.post(
        edit_url(own), structure_form(own, partner=caf.pk, **{"action-submit": "1"})
    )
    assert "Choisissez une fiche de votre partenaire." in response.content.decode()
    own.refresh_from_db()
    assert own.partner.slug == "departement-herault"


def test_changes_reach_the_public_only_once_the_coordination_approves(client, editor, coordinator):
    own = Structure.objects.get(nom=PMI)
    service_url = f"/annuaire/{own.services.get().slug}/"
    renamed = "Centre de PMI de Bédarieux, nouveau nom (exemple)"

    sign_in(client, editor)
    response = client.post(
        edit_url(own), structure_form(own, nom=renamed, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.nom == PMI and own.live
    state = WorkflowState.objects.for_instance(own).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()
    assert renamed not in client.get(service_url).content.decode()

    sign_in(client, coordinator)
    response = client.post(
        edit_url(own),
        structure_form(
            own,
            nom=renamed,
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.nom == renamed
    client.logout()
    assert renamed in client.get(service_url).content.decode()


def test_a_new_entry_saved_as_draft_stays_off_the_public_site(client, editor):
    sign_in(client, editor)
    response = client.post(
        "/gestion/snippets/directory/structure/add/",
        {
            "nom": "Nouvelle structure (exemple)",
            "description": "En attente de relecture",
            "partner": PartnerPage.objects.get(slug="departement-herault").pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    structure = Structure.objects.get(nom="Nouvelle structure (exemple)")
    assert not structure.live
    Service.objects.create(structure=structure, nom="Service en attente", description="x")
    client.logout()
    assert "Service en attente" not in client.get("/annuaire/export.csv").content.decode()


def test_a_draft_zone_is_not_applied_before_publication(editor):
    service = Structure.objects.get(nom=PMI).services.get()
    lodeve = Commune.objects.get(name="Lodève")  # any commune
    service.zone_communes.set([lodeve])
    revision = service.save_revision(user=editor)
    assert not Service.objects.get(pk=service.pk).zone_communes.exists()
    revision.publish()
    assert list(Service.objects.get(pk=service.pk).zone_communes.all()) == [lodeve]
