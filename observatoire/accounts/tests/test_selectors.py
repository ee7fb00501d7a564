from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group

from observatoire.accounts.models import PartnerMembership
from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.selectors import is_coordinator, partner_id_of
from observatoire.pages.models import PartnerPage


def test_who_counts_as_coordination(db):
    users = get_user_model().objects
    admin = users.create_superuser("admin", "a@example.org", "x" * 16)
    member = users.create_user("membre", "m@example.org", "x" * 16)
    member.groups.add(Group.objects.get(name=COORDINATOR))
    editor = users.create_user("editrice", "e@example.org", "x" * 16)
    editor.groups.add(Group.objects.get(name=PARTNER_EDITOR))
    gone = users.create_user("partie", "p@example.org", "x" * 16, is_active=False)
    gone.groups.add(Group.objects.get(name=COORDINATOR))
    assert is_coordinator(user=admin) and is_coordinator(user=member)
    assert not is_coordinator(user=editor)
    assert not is_coordinator(user=gone)
    assert not is_coordinator(user=AnonymousUser())


def test_an_account_works_for_at_most_one_partner(db, demo):
    editor = get_user_model().objects.create_user("editrice", "e@example.org", "x" * 16)
    assert partner_id_of(user=editor) is None
    caf = PartnerPage.objects.get(slug="caf-herault")
    PartnerMembership.objects.create(user=editor, partner=caf)
    assert partner_id_of(user=editor) == caf.pk
    assert partner_id_of(user=AnonymousUser()) is None


def test_the_partner_is_read_once_per_request_user(db, demo, django_assert_num_queries):
    # A listing asks for every row (may_declare, the scoped querysets): one query in all.
    editor = get_user_model().objects.create_user("editrice", "e@example.org", "x" * 16)
    caf = PartnerPage.objects.get(slug="caf-herault")
    PartnerMembership.objects.create(user=editor, partner=caf)
    with django_assert_num_queries(1):
        assert [partner_id_of(user=editor) for _ in range(50)] == [caf.pk] * 50
