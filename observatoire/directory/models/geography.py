"""Reference geography: the Hérault's communes and EPCI (official geography, INSEE COG)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Epci(models.Model):
    code = models.CharField(_("SIREN"), max_length=9, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)

    class Meta:
        verbose_name = _("EPCI")
        verbose_name_plural = _("EPCI")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Commune(models.Model):
    code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)
    search_name = models.CharField(max_length=200, db_index=True, editable=False)
    population = models.PositiveIntegerField(_("population municipale"), default=0)
    epci = models.ForeignKey(
        Epci, verbose_name=_("EPCI"), on_delete=models.PROTECT, related_name="communes", null=True
    )
    # Reference point (the town hall), WGS84.
    longitude = models.FloatField()
    latitude = models.FloatField()
    # MultiPolygon as nested lists: [polygon][ring][point] with [longitude, latitude] points.
    outline = models.JSONField(_("contour"), default=list)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]
        # The directory search looks for communes in a box around a point.
        indexes = [models.Index(fields=["latitude", "longitude"], name="commune_point")]

    def __str__(self):
        return self.name


class Postcode(models.Model):
    code = models.CharField(_("code postal"), max_length=5, db_index=True)
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="postcodes")

    class Meta:
        verbose_name = _("code postal")
        verbose_name_plural = _("codes postaux")
        constraints = [
            models.UniqueConstraint(fields=["code", "commune"], name="unique_postcode_commune")
        ]

    def __str__(self):
        return self.code
