"""Reads about partners: their live pages, the partner an account works for, and the one way a
partner's account is kept to its own rows (`partner_filter`, `scoped_to_partner`, `works_for`:
the directory's entries, the indicators' figures, the recommendations all go through them)."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from observatoire.core.i18n import in_active_language

from .models import PartnerMembership, PartnerPage

User = AbstractBaseUser | AnonymousUser


def live_partners() -> list[PartnerPage]:
    """Each partner once, in the active language when its page is translated."""
    return list(in_active_language(PartnerPage.objects.live().public()).order_by("path"))


def partner_id_of(*, user: User) -> int | None:
    """The partner (page id) an account works for, if any; read once per user object (a
    listing asks for every row: `may_declare`, the scoped querysets). The membership signals
    forget it when the account's membership changes (receivers.py)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_ovff_partner_id"):
        user._ovff_partner_id = (
            PartnerMembership.objects.filter(user=user).values_list("partner_id", flat=True).first()
        )
    return user._ovff_partner_id


def partner_filter(*, user: User, lookup: str, sees_all: bool) -> Q | None:
    """What keeps `user` to its partner's rows, `lookup` leading from a row to its partner
    ("partner", "structure__partner", "indicator__partner", "partners"): None when the account
    sees all of them (`sees_all`, decided by the caller's roles), and no row at all for an
    account tied to no partner."""
    if sees_all:
        return None
    partner_id = partner_id_of(user=user)
    if partner_id is None:
        return Q(pk__in=[])
    return Q(**{lookup: partner_id})


def scoped_to_partner(queryset: QuerySet, *, user: User, lookup: str, sees_all: bool) -> QuerySet:
    """`queryset` kept to the rows `user` works on (`partner_filter`)."""
    condition = partner_filter(user=user, lookup=lookup, sees_all=sees_all)
    return queryset if condition is None else queryset.filter(condition)


def works_for(*, user: User, partner_id: int | None) -> bool:
    """Whether `user` is an account of that partner (never for a row with no partner)."""
    return partner_id is not None and partner_id_of(user=user) == partner_id
