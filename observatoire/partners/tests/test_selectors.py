from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from observatoire.directory.models import Structure
from observatoire.partners.models import PartnerMembership, PartnerPage
from observatoire.partners.selectors import partner_id_of, scoped_to_partner, works_for


def _editor(username="editrice"):
    return get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)


def test_an_account_works_for_at_most_one_partner(db, demo):
    editor = _editor()
    assert partner_id_of(user=editor) is None
    caf = PartnerPage.objects.get(slug="caf-herault")
    PartnerMembership.objects.create(user=editor, partner=caf)
    assert partner_id_of(user=editor) == caf.pk
    assert partner_id_of(user=AnonymousUser()) is None


def test_the_partner_is_read_once_per_request_user(db, demo, django_assert_num_queries):
    # A listing asks for every row (may_declare, the scoped querysets): one query in all.
    editor = _editor()
    caf = PartnerPage.objects.get(slug="caf-herault")
    PartnerMembership.objects.create(user=editor, partner=caf)
    with django_assert_num_queries(1):
        assert [partner_id_of(user=editor) for _ in range(50)] == [caf.pk] * 50


def test_a_changed_membership_is_read_again_on_the_same_account(db, demo):
    editor = _editor()
    caf = PartnerPage.objects.get(slug="caf-herault")
    other = PartnerPage.objects.exclude(pk=caf.pk).first()
    membership = PartnerMembership.objects.create(user=editor, partner=caf)
    assert partner_id_of(user=editor) == caf.pk
    membership.partner = other
    membership.save()
    assert partner_id_of(user=editor) == other.pk
    membership.delete()
    assert partner_id_of(user=editor) is None


def test_one_scoping_keeps_a_partner_to_its_own_rows(db, demo):
    caf = PartnerPage.objects.get(slug="caf-herault")
    structures = Structure.objects.all()
    own = set(structures.filter(partner=caf).values_list("pk", flat=True))
    assert own and own != set(structures.values_list("pk", flat=True))
    editor = _editor()
    PartnerMembership.objects.create(user=editor, partner=caf)

    def scoped(user, sees_all=False):
        rows = scoped_to_partner(structures, user=user, lookup="partner", sees_all=sees_all)
        return set(rows.values_list("pk", flat=True))

    assert scoped(editor) == own
    # Seeing every partner is the caller's decision (its roles), never the membership's.
    assert scoped(editor, sees_all=True) == set(structures.values_list("pk", flat=True))
    # An account tied to no partner, or no account at all, sees no row.
    assert scoped(_editor("sans-partenaire")) == set()
    assert scoped(AnonymousUser()) == set()
    assert works_for(user=editor, partner_id=caf.pk)
    assert not works_for(user=editor, partner_id=None)
    assert not works_for(user=_editor("autre"), partner_id=caf.pk)
