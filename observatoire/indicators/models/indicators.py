"""Indicators, the sources and editions they come from, and their observations."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .territories import Territory


class Source(models.Model):
    name = models.CharField(_("nom"), max_length=200, unique=True)
    publisher = models.CharField(_("producteur"), max_length=200)
    url = models.URLField(_("adresse"), blank=True)
    licence = models.CharField(_("licence"), max_length=100, default="Licence Ouverte 2.0")

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.name


class Edition(models.Model):
    """One imported file: what it was, who imported it, what it gave."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="editions")
    file_name = models.CharField(_("fichier"), max_length=255)
    sha256 = models.CharField(_("empreinte SHA-256"), max_length=64)
    geography_year = models.PositiveSmallIntegerField(_("millésime géographique"))
    imported_at = models.DateTimeField(_("importé le"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("importé par"),
    )
    rows_read = models.PositiveIntegerField(_("lignes lues"), default=0)
    observations = models.PositiveIntegerField(_("observations"), default=0)
    # A withdrawn edition keeps its row (who imported, who withdrew, when) but no observation.
    withdrawn_at = models.DateTimeField(_("retirée le"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("retirée par"),
        related_name="+",
    )

    class Meta:
        verbose_name = _("édition")
        verbose_name_plural = _("éditions")
        ordering = ["-imported_at"]
        permissions = [
            ("import_edition", _("Peut importer un fichier du SSMSI")),
            ("withdraw_edition", _("Peut retirer une édition")),
        ]
        constraints = [
            # A file is imported once; once withdrawn, it may be imported again.
            models.UniqueConstraint(
                fields=["sha256"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="edition_file_imported_once",
            )
        ]

    def __str__(self):
        return f"{self.source} – {self.file_name}"


class Indicator(models.Model):
    POPULATION, WOMEN_15_64, DWELLINGS, NONE = "population", "femmes_15_64", "logements", "aucun"
    DENOMINATORS = [
        (POPULATION, _("population")),
        (WOMEN_15_64, _("femmes de 15 à 64 ans")),
        (DWELLINGS, _("logements")),
        (NONE, _("aucun")),
    ]

    code = models.SlugField(_("code"), unique=True)
    label = models.CharField(_("libellé"), max_length=200)
    source_label = models.CharField(
        _("libellé dans la source"),
        max_length=200,
        blank=True,
        help_text=_("Tel qu’il est écrit dans le fichier (sert à reconnaître l’indicateur)."),
    )
    definition = models.TextField(_("définition"))
    unit = models.CharField(_("unité de compte"), max_length=100)
    denominator = models.CharField(_("dénominateur"), max_length=20, choices=DENOMINATORS)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="indicators")
    grains = models.JSONField(_("niveaux disponibles"), default=list)
    about_people = models.BooleanField(
        _("compte des personnes"),
        default=False,
        help_text=_("Le seuil de secret est alors plus élevé (10 par défaut)."),
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("partenaire qui le déclare"),
    )
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        verbose_name=_("remplacé par"),
    )

    class Meta:
        verbose_name = _("indicateur")
        verbose_name_plural = _("indicateurs")
        ordering = ["label"]

    def __str__(self):
        return self.label


class Observation(models.Model):
    PUBLISHED = "publie"
    ZERO = "zero"
    SOURCE_SUPPRESSED = "secret_source"
    PRIMARY_SUPPRESSED = "secret_primaire"
    SECONDARY_SUPPRESSED = "secret_secondaire"
    PROVISIONAL = "provisoire"
    NOT_AVAILABLE = "indisponible"
    STATUSES = [
        (PUBLISHED, _("publié")),
        (ZERO, _("zéro publié")),
        (SOURCE_SUPPRESSED, _("secret statistique (source)")),
        (PRIMARY_SUPPRESSED, _("secret statistique (observatoire, primaire)")),
        (SECONDARY_SUPPRESSED, _("secret statistique (observatoire, secondaire)")),
        (PROVISIONAL, _("provisoire")),
        (NOT_AVAILABLE, _("non disponible")),
    ]

    # Millions of rows: one index only besides the key, the unique constraint's (indicator,
    # territory, period, edition). Every read names the indicator and the territories.
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="observations", db_index=False
    )
    territory = models.ForeignKey(
        Territory, on_delete=models.PROTECT, related_name="observations", db_index=False
    )
    period = models.CharField(_("période"), max_length=10, help_text=_("Année (2024) ou 2024-T1…"))
    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="+")
    value = models.PositiveIntegerField(_("nombre"), null=True, blank=True)
    rate = models.DecimalField(
        _("taux pour mille"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    status = models.CharField(_("statut"), max_length=20, choices=STATUSES)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "territory", "period", "edition"],
                name="unique_observation_per_edition",
            )
        ]

    def __str__(self):
        return f"{self.indicator} – {self.territory} – {self.period}"
