"""Accounts for tests: one with a role (and a partner), signed in as if past both factors;
every back-office URL pattern as a path to try."""

import re
import uuid
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RegexPattern
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
    from observatoire.partners.models import PartnerMembership, PartnerPage

    user = get_user_model().objects.create_user(name, password="x" * 16)
    user.groups.add(Group.objects.get(name=group))
    if partner:
        PartnerMembership.objects.create(user=user, partner=PartnerPage.objects.get(slug=partner))
    return get_user_model().objects.get(pk=user.pk)


class BackOfficeUrl(NamedTuple):
    path: str
    name: str | None  # the view name, namespaced
    arguments: frozenset[str]  # the names of the pattern's arguments


SAMPLE = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": str(uuid.UUID(int=1))}
_ROUTE_ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)")


def _sample(pattern, values: dict[str, str], names: set[str]) -> str:
    """A path segment this pattern matches: each argument from `values` by its name, or a
    sample of its type; the names met are added to `names`."""
    text = str(pattern)

    def route_argument(match):
        names.add(match.group(2))
        return values.get(match.group(2), SAMPLE[match.group(1) or "str"])

    def regex_group(match):
        names.add(match.group(1))
        return values.get(match.group(1), "1")

    if isinstance(pattern, RegexPattern):
        text = _REGEX_GROUP.sub(regex_group, text.removeprefix("^").removesuffix("$"))
        return text.replace(".*", "x").replace(r"\.", ".")
    return _ROUTE_ARGUMENT.sub(route_argument, text)


def back_office_urls(values: dict[str, str] | None = None) -> list[BackOfficeUrl]:
    """Every URL pattern under the back-office, read from Django's resolver, as a path with
    its arguments taken from `values` by name (samples otherwise)."""
    found = []

    def walk(patterns, prefix, namespace, names):
        for entry in patterns:
            inner_names = set(names)
            path = prefix + _sample(entry.pattern, values or {}, inner_names)
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, path, inner, inner_names)
            elif path.startswith("gestion/"):
                name = f"{namespace}{entry.name}" if entry.name else None
                found.append(BackOfficeUrl("/" + path, name, frozenset(inner_names)))

    walk(get_resolver().url_patterns, "", "", set())
    return found
