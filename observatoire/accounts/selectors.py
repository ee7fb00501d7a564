"""Reads about who may do what in the back-office."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from .roles import COORDINATOR, RESEARCHER, REVIEWER

User = AbstractBaseUser | AnonymousUser


def role_names(*, user: User) -> frozenset[str]:
    """The account's groups, read once per user object (an admin listing asks for every row)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_ovff_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._ovff_role_names = cached
    return cached


def is_coordinator(*, user: User) -> bool:
    """Superusers and members of the coordination see and publish every entry."""
    if not user.is_active:
        return False
    return user.is_superuser or COORDINATOR in role_names(user=user)


def sees_every_partner(*, user: User) -> bool:
    """The coordination, and the reviewers (who read every entry they may be asked to review);
    what each may do with an entry is still set by its model permissions."""
    return is_coordinator(user=user) or (user.is_active and REVIEWER in role_names(user=user))


def reads_every_partner(*, user: User) -> bool:
    """The coordination and the researchers read every partner's figures, recommendations and
    follow-up notes; what each may change is still set by its model permissions."""
    return is_coordinator(user=user) or (user.is_active and RESEARCHER in role_names(user=user))
