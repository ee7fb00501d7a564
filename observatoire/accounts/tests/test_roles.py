"""Each role, against each kind of object: what it may and may not do."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.permissions import policy_registry

from observatoire.accounts.roles import (
    ADMINISTRATOR,
    COORDINATOR,
    FOLLOW_UP_TASK,
    PARTNER_EDITOR,
    RESEARCHER,
    REVIEWER,
)
from observatoire.accounts.tests.helpers import sign_in
from observatoire.directory.models import Service
from observatoire.pages.models import HomePage
from observatoire.partners.models import PartnerMembership, PartnerPage

OWN_PARTNER = "departement-herault"
OTHER_PARTNER = "caf-herault"
ROLES = [ADMINISTRATOR, COORDINATOR, PARTNER_EDITOR, REVIEWER, RESEARCHER]


@pytest.fixture
def accounts(db):
    made = {}
    for number, role in enumerate(ROLES):
        user = get_user_model().objects.create_user(f"role{number}", password="x" * 16)
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
    PartnerMembership.objects.create(
        user=made[PARTNER_EDITOR], partner=PartnerPage.objects.get(slug=OWN_PARTNER)
    )
    return {role: get_user_model().objects.get(pk=user.pk) for role, user in made.items()}


def page_rights(user, page: Page) -> tuple[bool, bool]:
    permissions = page.permissions_for_user(user)
    return permissions.can_edit(), permissions.can_publish()


def entry_rights(user, instance) -> tuple[bool, bool, bool]:
    policy = policy_registry.get_by_type(type(instance))
    return tuple(
        policy.user_has_permission_for_instance(user, action, instance)
        for action in ("view", "change", "publish")
    )


# role: (home page, own partner page, other partner page) as (edit, publish)
PAGES = {
    ADMINISTRATOR: [(False, False)] * 3,
    COORDINATOR: [(True, True)] * 3,
    PARTNER_EDITOR: [(False, False), (True, False), (False, False)],
    # Publishes only what it approves: without « change », it opens an editor during a review.
    REVIEWER: [(False, True)] * 3,
    RESEARCHER: [(False, False)] * 3,
}
# role: (own partner's service, another partner's service) as (view, change, publish)
DIRECTORY = {
    ADMINISTRATOR: [(False, False, False)] * 2,
    COORDINATOR: [(True, True, True)] * 2,
    PARTNER_EDITOR: [(True, True, False), (False, False, False)],
    REVIEWER: [(True, False, True)] * 2,
    RESEARCHER: [(False, False, False)] * 2,
}
# role: (change questionnaires, read the barometer counts, manage accounts, read audit trail,
#        declare partners' figures, read partners' figures, published or not)
OTHERS = {
    ADMINISTRATOR: (False, False, True, True, False, False, False, False),
    COORDINATOR: (True, True, False, True, True, True, True, True),
    PARTNER_EDITOR: (False, False, False, False, True, True, False, True),
    REVIEWER: (False, False, False, False, False, False, False, False),
    RESEARCHER: (False, True, False, False, False, True, False, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_pages(accounts, role):
    user = accounts[role]
    pages = [
        HomePage.objects.get(locale__language_code="fr"),
        PartnerPage.objects.get(slug=OWN_PARTNER),
        PartnerPage.objects.get(slug=OTHER_PARTNER),
    ]
    assert [page_rights(user, page) for page in pages] == PAGES[role]


@pytest.mark.parametrize("role", ROLES)
def test_directory_entries(accounts, role):
    user = accounts[role]
    own = Service.objects.filter(structure__partner__slug=OWN_PARTNER).first()
    other = Service.objects.exclude(structure__partner__slug=OWN_PARTNER).first()
    assert [entry_rights(user, own), entry_rights(user, other)] == DIRECTORY[role]


@pytest.mark.parametrize("role", ROLES)
def test_barometers_accounts_audit_partner_figures_and_recommendations(accounts, role):
    user = accounts[role]
    rights = (
        user.has_perm("barometer.change_questionnaire"),
        user.has_perm("barometer.view_usagecount"),
        user.has_perm("auth.change_user") and user.has_perm("auth.change_group"),
        user.has_perm("accounts.view_audit_trail"),
        user.has_perm("indicators.add_partnerfigure"),
        user.has_perm("indicators.view_partnerfigure"),
        user.has_perm("knowledge.change_recommendation"),
        user.has_perm("knowledge.view_recommendation"),
    )
    assert rights == OTHERS[role]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_enters_the_back_office_and_only_readers_open_the_audit_trail(
    client, accounts, role
):
    sign_in(client, accounts[role])
    assert client.get("/gestion/").status_code == 200
    history = client.get("/gestion/reports/site-history/")
    assert history.status_code == (200 if OTHERS[role][3] else 302)
    # The coordination reads the list of accounts (its events are in the audit trail) but
    # only the administrators change an account.
    users = client.get("/gestion/users/")
    assert (users.status_code == 200) == (role in (ADMINISTRATOR, COORDINATOR))
    edit = client.get(f"/gestion/users/edit/{accounts[RESEARCHER].pk}/")
    assert (edit.status_code == 200) == (role == ADMINISTRATOR)


def test_reviewers_approve_pages_and_directory_changes(accounts):
    from wagtail.models import GroupApprovalTask

    reviewers = Group.objects.get(name=REVIEWER)
    coordination = Group.objects.get(name=COORDINATOR)
    # Follow-up notes on recommendations are the coordination's only (test_follow_up_notes).
    for task in GroupApprovalTask.objects.exclude(name=FOLLOW_UP_TASK):
        assert coordination in task.groups.all() and reviewers in task.groups.all()
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


# role: (write follow-up notes, change them, publish them, approve them in the workflow)
FOLLOW_UPS = {
    ADMINISTRATOR: (False, False, False, False),
    COORDINATOR: (True, True, True, True),
    PARTNER_EDITOR: (True, True, False, False),
    REVIEWER: (False, False, False, False),
    RESEARCHER: (False, False, False, False),
}


@pytest.mark.parametrize("role", ROLES)
def test_follow_up_notes(accounts, role):
    from wagtail.models import GroupApprovalTask

    user = accounts[role]
    task = GroupApprovalTask.objects.get(name=FOLLOW_UP_TASK)
    rights = (
        *(user.has_perm(f"knowledge.{action}_followup") for action in ("add", "change", "publish")),
        task.groups.filter(pk__in=user.groups.all()).exists(),
    )
    assert rights == FOLLOW_UPS[role]


def test_moving_an_editor_to_another_partner_moves_its_page_rights(accounts):
    editor = accounts[PARTNER_EDITOR]
    membership = PartnerMembership.objects.get(user=editor)
    membership.partner = PartnerPage.objects.get(slug=OTHER_PARTNER)
    membership.save()
    editor = get_user_model().objects.get(pk=editor.pk)
    assert page_rights(editor, PartnerPage.objects.get(slug=OTHER_PARTNER)) == (True, False)
    assert page_rights(editor, PartnerPage.objects.get(slug=OWN_PARTNER)) == (False, False)
    membership.delete()
    editor = get_user_model().objects.get(pk=editor.pk)
    assert page_rights(editor, PartnerPage.objects.get(slug=OTHER_PARTNER)) == (False, False)
