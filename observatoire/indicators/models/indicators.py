"""Indicators, the sources and editions they come from, and their observations."""

from django.conf import settings
from django.db import models

from .territories import Territory


class Source(models.Model):
    name = models.CharField("nom", max_length=200, unique=True)
    publisher = models.CharField("producteur", max_length=200)
    url = models.URLField("adresse", blank=True)
    licence = models.CharField("licence", max_length=100, default="Licence Ouverte 2.0")

    class Meta:
        verbose_name = "source"
        verbose_name_plural = "sources"

    def __str__(self):
        return self.name


class Edition(models.Model):
    """One imported file: what it was, who imported it, what it gave."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="editions")
    file_name = models.CharField("fichier", max_length=255)
    sha256 = models.CharField("empreinte SHA-256", max_length=64)
    geography_year = models.PositiveSmallIntegerField("millésime géographique")
    imported_at = models.DateTimeField("importé le", auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name="importé par",
    )
    rows_read = models.PositiveIntegerField("lignes lues", default=0)
    observations = models.PositiveIntegerField("observations", default=0)
    # A withdrawn edition keeps its row (who imported, who withdrew, when) but no observation.
    withdrawn_at = models.DateTimeField("retirée le", null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name="retirée par",
        related_name="+",
    )

    class Meta:
        verbose_name = "édition"
        verbose_name_plural = "éditions"
        ordering = ["-imported_at"]
        permissions = [
            ("import_edition", "Peut importer un fichier du SSMSI"),
            ("withdraw_edition", "Peut retirer une édition"),
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
        (POPULATION, "population"),
        (WOMEN_15_64, "femmes de 15 à 64 ans"),
        (DWELLINGS, "logements"),
        (NONE, "aucun"),
    ]

    code = models.SlugField("code", unique=True)
    label = models.CharField("libellé", max_length=200)
    source_label = models.CharField(
        "libellé dans la source",
        max_length=200,
        blank=True,
        help_text="Tel qu’il est écrit dans le fichier (sert à reconnaître l’indicateur).",
    )
    definition = models.TextField("définition")
    unit = models.CharField("unité de compte", max_length=100)
    denominator = models.CharField("dénominateur", max_length=20, choices=DENOMINATORS)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="indicators")
    grains = models.JSONField("niveaux disponibles", default=list)
    about_people = models.BooleanField(
        "compte des personnes",
        default=False,
        help_text="Le seuil de secret est alors plus élevé (10 par défaut).",
    )
    partner = models.ForeignKey(
        "pages.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name="partenaire qui le déclare",
    )
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        verbose_name="remplacé par",
    )

    class Meta:
        verbose_name = "indicateur"
        verbose_name_plural = "indicateurs"
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
        (PUBLISHED, "publié"),
        (ZERO, "zéro publié"),
        (SOURCE_SUPPRESSED, "secret statistique (source)"),
        (PRIMARY_SUPPRESSED, "secret statistique (observatoire, primaire)"),
        (SECONDARY_SUPPRESSED, "secret statistique (observatoire, secondaire)"),
        (PROVISIONAL, "provisoire"),
        (NOT_AVAILABLE, "non disponible"),
    ]

    # Millions of rows: one index only besides the key, the unique constraint's (indicator,
    # territory, period, edition). Every read names the indicator and the territories.
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="observations", db_index=False
    )
    territory = models.ForeignKey(
        Territory, on_delete=models.PROTECT, related_name="observations", db_index=False
    )
    period = models.CharField("période", max_length=10, help_text="Année (2024) ou 2024-T1…")
    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="+")
    value = models.PositiveIntegerField("nombre", null=True, blank=True)
    rate = models.DecimalField(
        "taux pour mille", max_digits=12, decimal_places=4, null=True, blank=True
    )
    status = models.CharField("statut", max_length=20, choices=STATUSES)

    class Meta:
        verbose_name = "observation"
        verbose_name_plural = "observations"
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "territory", "period", "edition"],
                name="unique_observation_per_edition",
            )
        ]

    def __str__(self):
        return f"{self.indicator} – {self.territory} – {self.period}"
