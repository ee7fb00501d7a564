"""Reference geography: the département's communes and their intercommunality (INSEE COG).

`Epci` is the intercommunal level shown for a commune: an EPCI; in the Métropole du Grand Paris
an établissement public territorial (EPT), the MGP itself never being shown; in Paris the city,
whose 20 arrondissements are the units (`Commune` rows 75101 … 75120). One reaching beyond the
département holds only its communes inside it, and says so (`crosses_border`, `display_name`).
A commune may have none (the islands of Bréhat, Sein, Ouessant and Yeu).
"""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from observatoire.core.territory import current


class Epci(models.Model):
    EPCI, EPT, CITY = "epci", "ept", "commune"
    KINDS = [
        (EPCI, _("EPCI")),
        (EPT, _("établissement public territorial")),
        (CITY, _("commune à arrondissements")),
    ]

    code = models.CharField(_("SIREN"), max_length=9, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=7, choices=KINDS, default=EPCI)
    crosses_border = models.BooleanField(
        _("déborde du département"),
        default=False,
        help_text=_("Seules ses communes situées dans le département sont enregistrées."),
    )
    members_total = models.PositiveIntegerField(_("nombre total de communes membres"), default=0)

    class Meta:
        verbose_name = _("EPCI")
        verbose_name_plural = _("EPCI")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def display_name(self) -> str:
        """The name, with « (partie dans l’Hérault) » when it reaches beyond the département."""
        if not self.crosses_border:
            return self.name
        # Translators: an intercommunality only part of which lies in the département, e.g.
        # « Grand-Orly Seine Bièvre (partie dans le Val-de-Marne) ».
        return gettext("%(name)s (partie %(in_departement)s)") % {
            "name": self.name,
            "in_departement": current().in_name,
        }


class Commune(models.Model):
    code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)
    search_name = models.CharField(max_length=200, db_index=True, editable=False)
    population = models.PositiveIntegerField(_("population municipale"), default=0)
    epci = models.ForeignKey(
        Epci,
        verbose_name=_("EPCI"),
        on_delete=models.PROTECT,
        related_name="communes",
        null=True,
        blank=True,
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
