"""Reads about who may do what in the back-office."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from .models import PartnerMembership
from .roles import COORDINATOR


def is_coordinator(*, user: AbstractBaseUser | AnonymousUser) -> bool:
    """Superusers and members of the coordination see and publish every entry."""
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=COORDINATOR).exists()


def partner_id_of(*, user: AbstractBaseUser | AnonymousUser) -> int | None:
    """The partner (page id) an account works for, if any."""
    if not user.is_authenticated:
        return None
    return PartnerMembership.objects.filter(user=user).values_list("partner_id", flat=True).first()
