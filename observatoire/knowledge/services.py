"""Writes: follow-up of recommendations, each step checked and audited."""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from observatoire.accounts.selectors import is_coordinator, partner_id_of

from .models import FollowUp, Recommendation

FOLLOW_UP_ACTIONS = {
    "ovff.followup.propose": gettext_lazy("Suivi de recommandation proposé"),
    "ovff.followup.validate": gettext_lazy("Suivi de recommandation validé"),
    "ovff.followup.refuse": gettext_lazy("Suivi de recommandation refusé"),
}


class FollowUpError(ValueError):
    """A step that may not be taken; the message is for the person who tried."""


def may_report(*, user, recommendation: Recommendation) -> bool:
    if is_coordinator(user=user):
        return True
    partner_id = partner_id_of(user=user)
    return partner_id is not None and recommendation.partners.filter(pk=partner_id).exists()


@transaction.atomic
def propose_follow_up(*, user, recommendation: Recommendation, status: str, note: str) -> FollowUp:
    """A partner reports on its recommendation; the coordination's own notes count at once."""
    if not may_report(user=user, recommendation=recommendation):
        raise FollowUpError(
            _(
                "Seuls les partenaires à qui cette recommandation est adressée, et la "
                "coordination, peuvent en rendre compte."
            )
        )
    if status not in dict(Recommendation.STATUSES):
        raise FollowUpError(_("Choisissez un statut dans la liste."))
    if not note.strip():
        raise FollowUpError(_("Dites en une phrase ce qui a été fait."))
    follow_up = FollowUp.objects.create(
        recommendation=recommendation,
        status=status,
        note=note.strip(),
        partner_id=partner_id_of(user=user),
        written_by=user,
    )
    log(instance=follow_up, action="ovff.followup.propose", user=user)
    if is_coordinator(user=user):
        _apply(follow_up=follow_up, user=user)
    return follow_up


@transaction.atomic
def validate_follow_up(*, user, follow_up: FollowUp) -> None:
    _check_pending(user=user, follow_up=follow_up)
    _apply(follow_up=follow_up, user=user)


@transaction.atomic
def refuse_follow_up(*, user, follow_up: FollowUp) -> None:
    _check_pending(user=user, follow_up=follow_up)
    follow_up.state, follow_up.validated_by = FollowUp.REFUSED, user
    follow_up.save(update_fields=["state", "validated_by"])
    log(instance=follow_up, action="ovff.followup.refuse", user=user)


def _check_pending(*, user, follow_up: FollowUp) -> None:
    if not is_coordinator(user=user):
        raise FollowUpError(_("Seule la coordination valide les notes de suivi."))
    if follow_up.state != FollowUp.PENDING:
        raise FollowUpError(_("Cette note a déjà été traitée."))


def _apply(*, follow_up: FollowUp, user) -> None:
    follow_up.state, follow_up.validated_by = FollowUp.VALIDATED, user
    follow_up.save(update_fields=["state", "validated_by"])
    recommendation = follow_up.recommendation
    recommendation.status = follow_up.status
    recommendation.save(update_fields=["status"])
    log(instance=follow_up, action="ovff.followup.validate", user=user)


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
