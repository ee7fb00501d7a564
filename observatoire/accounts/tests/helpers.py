"""Accounts for tests: one with a role (and a partner), signed in as if past both factors."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def sign_in(client, user) -> None:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def account(name: str, group: str, partner: str | None = None):
    """A back-office account in one role group, member of a partner (by its page's slug)."""
    from observatoire.accounts.models import PartnerMembership
    from observatoire.pages.models import PartnerPage

    user = get_user_model().objects.create_user(name, password="x" * 16)
    user.groups.add(Group.objects.get(name=group))
    if partner:
        PartnerMembership.objects.create(user=user, partner=PartnerPage.objects.get(slug=partner))
    return get_user_model().objects.get(pk=user.pk)
