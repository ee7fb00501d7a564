"""Partners' periodic figures: declared, submitted, validated by another person, published."""

from django.conf import settings
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_VALUE = 1_000_000  # a count of one partner over a year, far above any real one
PERIOD = RegexValidator(
    r"^\d{4}(-T[1-4])?$", _("Une année (2025) ou un trimestre (2025-T1) est attendu.")
)


class PartnerFigure(models.Model):
    DRAFT, SUBMITTED, VALIDATED, PUBLISHED = "brouillon", "soumis", "valide", "publie"
    STATUSES = [
        (DRAFT, _("brouillon")),
        (SUBMITTED, _("soumis à la coordination")),
        (VALIDATED, _("validé")),
        (PUBLISHED, _("publié")),
    ]

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
    status = models.CharField(_("statut"), max_length=10, choices=STATUSES, default=DRAFT)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("soumis par"),
    )
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("validé par"),
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
