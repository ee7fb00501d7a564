"""Partners' periodic figures: declared, submitted, validated by another person, which publishes
them (Wagtail's workflow)."""

from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from observatoire.core.models import WorkflowHistory

MAX_VALUE = 1_000_000  # a count of one partner over a year, far above any real one
PERIOD = RegexValidator(
    r"^\d{4}(-T[1-4])?$", _("Une année (2025) ou un trimestre (2025-T1) est attendu.")
)


class PartnerFigure(
    WorkflowHistory, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """A partner's count for a period. It goes through the « Chiffres des partenaires »
    workflow: the partner saves drafts and submits; a member of the coordination other than
    the person who submitted validates it, which publishes it (`core.workflows`); meanwhile it
    is locked for all but the coordination. Nobody holds the publish permission of figures.
    Publishing records it as an observation of the département (`receivers.py`), shown, like
    every count, through disclosure control."""

    published_by_workflow_only = True

    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name=_("indicateur"),
        on_delete=models.PROTECT,
        related_name="partner_figures",
        limit_choices_to={"partner__isnull": False},
    )
    period = models.CharField(_("période"), max_length=7, validators=[PERIOD])
    value = models.PositiveIntegerField(_("nombre"), validators=[MaxValueValidator(MAX_VALUE)])
    comment = models.TextField(
        _("commentaire"), blank=True, help_text=_("Jamais de nom ni de détail sur une personne.")
    )

    class Meta:
        verbose_name = _("chiffre d’un partenaire")
        verbose_name_plural = _("chiffres des partenaires")
        ordering = ["-period", "indicator"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "period"], name="unique_partner_figure")
        ]

    def __str__(self):
        return f"{self.indicator} – {self.period}"
