"""Where figures are counted: the communes and EPCI of the département served (settings
`DEPARTEMENT`), the département, its région, France; and, for comparison, the others."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Territory(models.Model):
    COMMUNE, EPCI, DEPARTEMENT, REGION, COUNTRY = "commune", "epci", "departement", "region", "pays"
    KINDS = [
        (COMMUNE, _("commune")),
        (EPCI, _("EPCI")),
        (DEPARTEMENT, _("département")),
        (REGION, _("région")),
        (COUNTRY, _("pays")),
    ]

    kind = models.CharField(_("niveau"), max_length=12, choices=KINDS)
    code = models.CharField(_("code"), max_length=9, help_text=_("INSEE (SIREN pour un EPCI)."))
    name = models.CharField(_("nom"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("dans"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="unique_territory")]

    def __str__(self):
        return self.name


class Population(models.Model):
    """Denominators by year, as the source gives them (INSEE vintage noted)."""

    territory = models.ForeignKey(Territory, on_delete=models.CASCADE, related_name="populations")
    year = models.PositiveSmallIntegerField(_("année"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_vintage = models.PositiveSmallIntegerField(_("millésime"), null=True, blank=True)
    dwellings = models.PositiveIntegerField(_("logements"), null=True, blank=True)
    dwellings_vintage = models.PositiveSmallIntegerField(
        _("millésime des logements"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("population")
        verbose_name_plural = _("populations")
        constraints = [
            models.UniqueConstraint(fields=["territory", "year"], name="unique_population_year")
        ]

    def __str__(self):
        return f"{self.territory} {self.year}"
