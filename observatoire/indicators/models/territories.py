"""Where figures are counted: communes and EPCI of the Hérault, the Hérault, Occitanie, France."""

from django.db import models


class Territory(models.Model):
    COMMUNE, EPCI, DEPARTEMENT, REGION, COUNTRY = "commune", "epci", "departement", "region", "pays"
    KINDS = [
        (COMMUNE, "commune"),
        (EPCI, "EPCI"),
        (DEPARTEMENT, "département"),
        (REGION, "région"),
        (COUNTRY, "pays"),
    ]

    kind = models.CharField("niveau", max_length=12, choices=KINDS)
    code = models.CharField("code", max_length=9, help_text="INSEE (SIREN pour un EPCI).")
    name = models.CharField("nom", max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name="dans",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        verbose_name = "territoire"
        verbose_name_plural = "territoires"
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="unique_territory")]

    def __str__(self):
        return self.name


class Population(models.Model):
    """Denominators by year, as the source gives them (INSEE vintage noted)."""

    territory = models.ForeignKey(Territory, on_delete=models.CASCADE, related_name="populations")
    year = models.PositiveSmallIntegerField("année")
    population = models.PositiveIntegerField("population", null=True, blank=True)
    population_vintage = models.PositiveSmallIntegerField("millésime", null=True, blank=True)
    dwellings = models.PositiveIntegerField("logements", null=True, blank=True)
    dwellings_vintage = models.PositiveSmallIntegerField(
        "millésime des logements", null=True, blank=True
    )

    class Meta:
        verbose_name = "population"
        verbose_name_plural = "populations"
        constraints = [
            models.UniqueConstraint(fields=["territory", "year"], name="unique_population_year")
        ]

    def __str__(self):
        return f"{self.territory} {self.year}"
