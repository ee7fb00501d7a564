"""Who may edit which directory entry in the back-office.

The coordination edits every entry; a partner editor only the structures of its partner, with
their places and services. Model permissions (add, change, publish...) still apply on top.
"""

from django.db.models import Model, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from observatoire.accounts.selectors import is_coordinator, sees_every_partner
from observatoire.core.admin_ui import ScopedChoicesForm
from observatoire.partners.models import PartnerPage
from observatoire.partners.selectors import partner_id_of, scoped_to_partner, works_for

from .models import Place, Service, Structure

# From each reviewed model to the partner responsible for it.
PARTNER_LOOKUP = {Structure: "partner", Place: "structure__partner", Service: "structure__partner"}


def scoped(queryset: QuerySet, *, user) -> QuerySet:
    """The entries of the queryset that `user` may work on."""
    return scoped_to_partner(
        queryset,
        user=user,
        lookup=PARTNER_LOOKUP[queryset.model],
        sees_all=sees_every_partner(user=user),
    )


def _partner_id_of_entry(instance: Model) -> int | None:
    if isinstance(instance, Structure):
        return instance.partner_id
    structure = getattr(instance, "structure", None)
    return structure.partner_id if structure else None


class PartnerScopedPolicy(ModelPermissionPolicy):
    """Django model permissions, narrowed to the entries of the account's partner."""

    def _in_scope(self, user, instance) -> bool:
        return sees_every_partner(user=user) or works_for(
            user=user, partner_id=_partner_id_of_entry(instance)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and (
            self._in_scope(user, instance)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return super().user_has_any_permission_for_instance(user, actions, instance) and (
            self._in_scope(user, instance)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return scoped(super().instances_user_has_any_permission_for(user, actions), user=user)


class EntryForm(ScopedChoicesForm):
    """Offers a partner editor only its own partner, structures and places to link to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A partner editor's entry always names its partner (the coordination's may not).
        user = self.for_user
        if user is not None and "partner" in self.fields and not is_coordinator(user=user):
            self.fields["partner"].required = True

    def scoped_choices(self, user) -> dict[str, QuerySet]:
        if is_coordinator(user=user):
            return {}
        return {
            "structure": scoped(Structure.objects.all(), user=user),
            "place": scoped(Place.objects.all(), user=user),
            "partner": PartnerPage.objects.filter(pk=partner_id_of(user=user)),
        }
