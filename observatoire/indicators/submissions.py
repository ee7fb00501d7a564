"""Partners' figures: who may declare which, and what publishing one records.

A partner editor declares its partner's figures (in the editor or from a CSV file) and submits
them to the « Chiffres des partenaires » workflow; a member of the coordination who did not
submit a figure validates it, which publishes it (Wagtail's workflow, `core.workflows`; the
steps are in Wagtail's history of each figure). Publishing records the figure as an
observation of the département, in an edition of its own (`receivers.py`), shown, like every
count, through disclosure control.
"""

import hashlib

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy

from observatoire.accounts.selectors import is_coordinator, reads_every_partner
from observatoire.core import territory
from observatoire.partners.selectors import scoped_to_partner, works_for

from .models import Edition, Indicator, Observation, PartnerFigure, Source, Territory

# Copied into the database (the partners' source), hence not translated.
PARTNER_SOURCE = {
    "name": "Déclarations des partenaires de l’observatoire",
    "publisher": f"Partenaires de l’{territory.current().acronym}",
    "licence": "Licence Ouverte 2.0",
}
FIGURE_ACTIONS = {"ovff.figure.import": gettext_lazy("Chiffre déclaré par fichier")}


def may_declare(*, user, indicator: Indicator) -> bool:
    return is_coordinator(user=user) or works_for(user=user, partner_id=indicator.partner_id)


def is_settled(figure: PartnerFigure) -> bool:
    """Published, or awaiting validation: neither a file nor its partner changes it any more
    (while it awaits validation, Wagtail's workflow locks it for all but the coordination)."""
    return figure.live or figure.workflow_in_progress


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


def scoped_figures(*, user, figures: QuerySet | None = None) -> QuerySet:
    """The coordination and the researchers read every figure; a partner editor its own."""
    if figures is None:
        figures = PartnerFigure.objects.all()
    return scoped_to_partner(
        figures.select_related("indicator", "indicator__partner"),
        user=user,
        lookup="indicator__partner",
        sees_all=reads_every_partner(user=user),
    )


def declarable_indicators(*, user) -> QuerySet:
    """The indicators an account may declare figures of: all for the coordination, else its
    partner's."""
    return scoped_to_partner(
        Indicator.objects.exclude(partner=None).select_related("partner"),
        user=user,
        lookup="partner",
        sees_all=is_coordinator(user=user),
    )
