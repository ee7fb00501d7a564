"""Questionnaires and their versions. A published version never changes: results stay comparable."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.fields import StreamField

from . import blocks


class Questionnaire(models.Model):
    slug = models.SlugField("adresse", unique=True, help_text="/barometre/<adresse>/")
    title = models.CharField("titre", max_length=200)
    summary = models.TextField("ce que c’est", help_text="Affiché sur l’écran d’accueil.")
    easy_read = models.TextField(
        "introduction en facile à lire", blank=True, help_text="Phrases courtes, un seul message."
    )

    class Meta:
        verbose_name = "baromètre"
        verbose_name_plural = "baromètres"
        ordering = ["title"]

    def __str__(self):
        return self.title

    def current_version(self) -> "Version | None":
        return self.versions.filter(status=Version.PUBLISHED).order_by("-number").first()


class Version(models.Model):
    DRAFT, PUBLISHED = "draft", "published"

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField("version")
    status = models.CharField(
        "état",
        max_length=12,
        choices=[(DRAFT, "brouillon"), (PUBLISHED, "publiée")],
        default=DRAFT,
        editable=False,
    )
    working_note = models.CharField(
        "statut de travail",
        max_length=200,
        blank=True,
        help_text="Par exemple « Version de travail du groupe des partenaires ».",
    )
    min_answers = models.PositiveSmallIntegerField(
        "réponses minimales", default=6, help_text="En dessous, le résultat reste neutre."
    )
    paths = StreamField([("path", blocks.PathBlock())], verbose_name="parcours")
    scale = StreamField([("answer", blocks.AnswerBlock())], verbose_name="échelle de réponses")
    zones = StreamField([("zone", blocks.ZoneBlock())], verbose_name="zones")
    items = StreamField([("item", blocks.ItemBlock())], verbose_name="situations")
    published_at = models.DateTimeField("publiée le", null=True, editable=False)

    class Meta:
        verbose_name = "version de baromètre"
        verbose_name_plural = "versions de baromètre"
        ordering = ["questionnaire", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "number"], name="one_number_each")
        ]

    def __str__(self):
        return f"{self.questionnaire} – version {self.number}"

    def save(self, *args, **kwargs):
        if self.pk and Version.objects.filter(pk=self.pk, status=self.PUBLISHED).exists():
            raise ValidationError(
                "Une version publiée ne change plus : créez une nouvelle version."
            )
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == self.PUBLISHED

    def spec(self) -> dict:
        """The plain description the scoring function (Python and JavaScript) reads."""
        return {
            "min_answers": self.min_answers,
            "scale": [
                {
                    "key": a.value["key"],
                    "label": a.value["label"],
                    "value": None if a.value["value"] is None else float(a.value["value"]),
                }
                for a in self.scale
            ],
            "zones": [
                {"key": z.value["key"], "low": z.value["low"], "high": z.value["high"]}
                for z in self.zones
            ],
            "items": [
                {
                    "key": i.value["key"],
                    "zone": i.value["zone"],
                    "weight": float(i.value["weight"]),
                    "protective": bool(i.value["protective"]),
                    "trigger": float(i.value["trigger"]),
                }
                for i in self.items
            ],
        }


class UsageCount(models.Model):
    """How many people chose to count their result: no answer, no time finer than the month."""

    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="counts")
    month = models.DateField("mois")
    path = models.CharField("parcours", max_length=40)
    zone = models.CharField("zone", max_length=12)
    partner = models.CharField("site partenaire", max_length=60, blank=True)
    count = models.PositiveIntegerField("nombre", default=0)

    class Meta:
        verbose_name = "compteur de résultats"
        verbose_name_plural = "compteurs de résultats"
        constraints = [
            models.UniqueConstraint(
                fields=["version", "month", "path", "zone", "partner"], name="one_counter_each"
            )
        ]

    def __str__(self):
        return f"{self.version} – {self.month:%m/%Y} – {self.path} – {self.zone}"


def validate_origin(value: str) -> None:
    """An origin only: scheme and host (and port), no path; https, or http on this machine."""
    parts = urlsplit(value)
    local = parts.hostname in ("127.0.0.1", "localhost")
    if (
        parts.scheme not in ("https", "http")
        or (parts.scheme == "http" and not local)
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        raise ValidationError(
            "Indiquez une origine en https, sans chemin : par exemple https://www.caf.fr"
        )


class EmbedPartner(models.Model):
    """A partner's website allowed to show the barometers in a frame."""

    name = models.CharField("partenaire", max_length=120)
    key = models.SlugField(
        "identifiant",
        max_length=40,
        unique=True,
        help_text="Court et sans espace : il sert à compter les résultats de ce site à part.",
    )
    origin = models.CharField(
        "origine du site",
        max_length=200,
        unique=True,
        validators=[validate_origin],
        help_text="Par exemple https://www.caf.fr (sans chemin).",
    )
    active = models.BooleanField("autorisé", default=True)

    class Meta:
        verbose_name = "site partenaire qui intègre les baromètres"
        verbose_name_plural = "sites partenaires qui intègrent les baromètres"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.origin})"

    def save(self, *args, **kwargs):
        self.origin = self.origin.rstrip("/")
        super().save(*args, **kwargs)
