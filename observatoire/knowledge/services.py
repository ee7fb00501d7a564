"""Writes: what follows the publication of a follow-up note, the partners' access to the
publication and agenda indexes."""

from django.db import transaction

from .models import FollowUp


@transaction.atomic
def apply_published_follow_up(*, follow_up: FollowUp) -> None:
    """A note was published (the coordination approved it, or published its own): its
    recommendation takes the status it gives. Wagtail's log records the publication."""
    recommendation = follow_up.recommendation
    if recommendation.status != follow_up.status:
        recommendation.status = follow_up.status
        recommendation.save(update_fields=["status"])


def open_to_partners(*, page) -> None:
    """Partner editors may propose publications and events under this page: Wagtail's « add »
    lets them create pages and edit their own, which go through the moderation workflow."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    from observatoire.accounts.roles import PARTNER_EDITOR

    group = Group.objects.filter(name=PARTNER_EDITOR).first()
    if group is None:
        return
    permission = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
