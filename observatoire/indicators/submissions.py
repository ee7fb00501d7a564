"""Writes on partners' figures: each step checked, audited, and published through an edition.

A partner editor declares and submits its partner's figures; a member of the coordination
who did not submit a figure validates it; the coordination publishes it, which records it as
an observation of the département (shown, like every count, through disclosure control).
"""

import hashlib

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from observatoire.accounts.roles import RESEARCHER
from observatoire.accounts.selectors import is_coordinator, partner_id_of, role_names
from observatoire.core import territory

from .models import Edition, Indicator, Observation, PartnerFigure, Source, Territory

# Copied into the database (the partners' source), hence not translated.
PARTNER_SOURCE = {
    "name": "Déclarations des partenaires de l’observatoire",
    "publisher": f"Partenaires de l’{territory.current().acronym}",
    "licence": "Licence Ouverte 2.0",
}
FIGURE_ACTIONS = {
    "ovff.figure.import": gettext_lazy("Chiffre déclaré par fichier"),
    "ovff.figure.submit": gettext_lazy("Chiffre soumis à la coordination"),
    "ovff.figure.validate": gettext_lazy("Chiffre validé"),
    "ovff.figure.publish": gettext_lazy("Chiffre publié"),
}


class FigureError(ValueError):
    """A step that may not be taken; the message is for the person who tried."""


def may_declare(*, user, indicator: Indicator) -> bool:
    if is_coordinator(user=user):
        return True
    partner_id = partner_id_of(user=user)
    return partner_id is not None and partner_id == indicator.partner_id


def may_submit(*, figure: PartnerFigure, user) -> bool:
    return figure.status == PartnerFigure.DRAFT and may_declare(
        user=user, indicator=figure.indicator
    )


def may_validate(*, figure: PartnerFigure, user) -> bool:
    return (
        figure.status == PartnerFigure.SUBMITTED
        and is_coordinator(user=user)
        and figure.submitted_by_id != user.pk
    )


def may_publish(*, figure: PartnerFigure, user) -> bool:
    return figure.status == PartnerFigure.VALIDATED and is_coordinator(user=user)


@transaction.atomic
def submit(*, figure: PartnerFigure, user) -> None:
    if not may_declare(user=user, indicator=figure.indicator):
        raise FigureError(
            _("Seul le partenaire concerné ou la coordination peut soumettre ce chiffre.")
        )
    if figure.status != PartnerFigure.DRAFT:
        raise FigureError(_("Ce chiffre a déjà été soumis."))
    figure.status, figure.submitted_by = PartnerFigure.SUBMITTED, user
    figure.save(update_fields=["status", "submitted_by"])
    log(instance=figure, action="ovff.figure.submit", user=user)


@transaction.atomic
def validate(*, figure: PartnerFigure, user) -> None:
    if not is_coordinator(user=user):
        raise FigureError(_("Seule la coordination valide les chiffres."))
    if figure.status != PartnerFigure.SUBMITTED:
        raise FigureError(_("Seul un chiffre soumis peut être validé."))
    if figure.submitted_by_id == user.pk:
        raise FigureError(_("Une autre personne que celle qui l’a soumis doit valider ce chiffre."))
    figure.status, figure.validated_by = PartnerFigure.VALIDATED, user
    figure.save(update_fields=["status", "validated_by"])
    log(instance=figure, action="ovff.figure.validate", user=user)


@transaction.atomic
def publish(*, figure: PartnerFigure, user) -> Observation:
    if not is_coordinator(user=user):
        raise FigureError(_("Seule la coordination publie les chiffres."))
    if figure.status != PartnerFigure.VALIDATED:
        raise FigureError(_("Seul un chiffre validé peut être publié."))
    observation = record_observation(figure=figure, user=user)
    figure.status = PartnerFigure.PUBLISHED
    figure.save(update_fields=["status"])
    log(instance=figure, action="ovff.figure.publish", user=user)
    return observation


def record_observation(*, figure: PartnerFigure, user=None) -> Observation:
    """The figure as an observation of the département, in an edition of its own."""
    source, _ = Source.objects.get_or_create(name=PARTNER_SOURCE["name"], defaults=PARTNER_SOURCE)
    content = f"{figure.indicator.code};{figure.period};{figure.value}"
    edition, _ = Edition.objects.get_or_create(
        sha256=hashlib.sha256(content.encode()).hexdigest(),
        defaults={
            "source": source,
            "file_name": f"declaration-{figure.indicator.code}-{figure.period}",
            "geography_year": int(figure.period[:4]),
            "imported_by": user,
            "rows_read": 1,
            "observations": 1,
        },
    )
    departement = Territory.objects.get(kind=Territory.DEPARTEMENT, code=territory.current().code)
    observation, _ = Observation.objects.update_or_create(
        indicator=figure.indicator,
        territory=departement,
        period=figure.period,
        edition=edition,
        defaults={
            "value": figure.value,
            "status": Observation.ZERO if figure.value == 0 else Observation.PUBLISHED,
        },
    )
    return observation


# Each step: its button, who may take it (the button shows only to them), and the action
# (which checks again and says why not).
STEPS = {
    "soumettre": (gettext_lazy("Soumettre"), may_submit, submit),
    "valider": (gettext_lazy("Valider"), may_validate, validate),
    "publier": (gettext_lazy("Publier"), may_publish, publish),
}


def scoped_figures(*, user, figures: QuerySet | None = None) -> QuerySet:
    """The coordination and the researchers read every figure; a partner editor its own."""
    if figures is None:
        figures = PartnerFigure.objects.all()
    figures = figures.select_related("indicator", "indicator__partner")
    if is_coordinator(user=user) or RESEARCHER in role_names(user=user):
        return figures
    partner_id = partner_id_of(user=user)
    return figures.filter(indicator__partner_id=partner_id) if partner_id else figures.none()


def declarable_indicators(*, user) -> QuerySet:
    """The indicators an account may declare figures of: all for the coordination, else its
    partner's."""
    indicators = Indicator.objects.exclude(partner=None).select_related("partner")
    if is_coordinator(user=user):
        return indicators
    return indicators.filter(partner_id=partner_id_of(user=user))
