"""Writes about partners: which partner page an account may edit."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from observatoire.accounts.roles import PARTNER_PAGE_GROUP_PREFIX

from .models import PartnerMembership, PartnerPage

# A partner editor changes its partner's page and submits it for review; it never publishes.
PARTNER_PAGE_PERMISSIONS = ("change_page",)


def partner_page_group(*, partner: PartnerPage) -> Group:
    """The group that may edit this partner's page (created on first use)."""
    group = Group.objects.filter(
        name__startswith=PARTNER_PAGE_GROUP_PREFIX, page_permissions__page=partner
    ).first()
    if group is None:
        name = f"{PARTNER_PAGE_GROUP_PREFIX}{partner.title} ({partner.pk})"[:150]
        group, _ = Group.objects.get_or_create(name=name)
    for codename in PARTNER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=partner,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return group


@transaction.atomic
def sync_partner_page_access(*, user) -> None:
    """Put the account in its partner's page group, and in no other partner's."""
    membership = PartnerMembership.objects.filter(user=user).select_related("partner").first()
    keep = partner_page_group(partner=membership.partner) if membership else None
    for group in user.groups.filter(name__startswith=PARTNER_PAGE_GROUP_PREFIX):
        if group != keep:
            user.groups.remove(group)
    if keep is not None:
        user.groups.add(keep)
