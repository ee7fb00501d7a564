"""Questionnaires and their versions. A published version never changes: results stay comparable.

Both are translatable (wagtail-localize): a questionnaire or a version in another language is
an edition of the French one (same `translation_key`). Only texts are translated; identifiers,
numbers and choices are copied from the French version, so an edition's scoring is the French
one (`Version.spec()`), and results are counted on the French version only.
"""

from urllib.parse import urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from . import blocks


class Questionnaire(TranslatableMixin, models.Model):
    slug = models.SlugField(_("adresse"), help_text=_("/barometre/<adresse>/"))
    title = models.CharField(_("titre"), max_length=200)
    summary = models.TextField(_("ce que c’est"), help_text=_("Affiché sur l’écran d’accueil."))
    easy_read = models.TextField(
        _("introduction en facile à lire"),
        blank=True,
        help_text=_("Phrases courtes, un seul message."),
    )

    # wagtail-localize: the address is the French one in every language (/en/barometre/grossesse/),
    # copied, never offered for translation; the texts are translated.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        verbose_name = _("baromètre")
        verbose_name_plural = _("baromètres")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"],
                name="unique_translation_key_locale_barometer_questionnaire",
            ),
            # An edition keeps the French address: /en/barometre/grossesse/.
            models.UniqueConstraint(fields=["slug", "locale"], name="one_slug_per_locale"),
        ]

    def __str__(self):
        return self.title

    def current_version(self) -> "Version | None":
        return self.versions.filter(status=Version.PUBLISHED).order_by("-number").first()


class Version(TranslatableMixin, models.Model):
    DRAFT, PUBLISHED = "draft", "published"

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("état"),
        max_length=12,
        choices=[(DRAFT, _("brouillon")), (PUBLISHED, _("publiée"))],
        default=DRAFT,
        editable=False,
    )
    working_note = models.CharField(
        _("statut de travail"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple « Version de travail du groupe des partenaires »."),
    )
    min_answers = models.PositiveSmallIntegerField(
        _("réponses minimales"),
        default=6,
        help_text=_("En dessous, le résultat reste neutre."),
    )
    paths = StreamField([("path", blocks.PathBlock())], verbose_name=_("parcours"))
    scale = StreamField([("answer", blocks.AnswerBlock())], verbose_name=_("échelle de réponses"))
    zones = StreamField([("zone", blocks.ZoneBlock())], verbose_name=_("zones"))
    items = StreamField([("item", blocks.ItemBlock())], verbose_name=_("situations"))
    published_at = models.DateTimeField(_("publiée le"), null=True, editable=False)

    class Meta:
        verbose_name = _("version de baromètre")
        verbose_name_plural = _("versions de baromètre")
        ordering = ["questionnaire", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "number"], name="one_number_each"),
            models.UniqueConstraint(
                fields=["translation_key", "locale"],
                name="unique_translation_key_locale_barometer_version",
            ),
        ]

    def __str__(self):
        return gettext("%(questionnaire)s – version %(number)s") % {
            "questionnaire": self.questionnaire,
            "number": self.number,
        }

    def save(self, *args, **kwargs):
        if self.is_edition:
            # An edition's texts may be corrected after review; its scoring never differs.
            source = self.source_version()
            if source is not None:
                # Published with its French version, never on its own.
                self.status, self.published_at = source.status, source.published_at
            if source is not None and self.spec() != source.spec():
                # A dict: wagtail-localize's translation editor reads `error_dict`.
                raise ValidationError(
                    {
                        NON_FIELD_ERRORS: gettext(
                            "Une version traduite se calcule comme la version française : "
                            "seuls ses textes peuvent changer."
                        )
                    }
                )
        elif self.pk and Version.objects.filter(pk=self.pk, status=self.PUBLISHED).exists():
            raise ValidationError(
                gettext("Une version publiée ne change plus : créez une nouvelle version.")
            )
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == self.PUBLISHED

    @property
    def is_edition(self) -> bool:
        """A translated edition of a French version (not the French source itself)."""
        return self.locale_id is not None and self.locale_id != Locale.get_default().pk

    def source_version(self) -> "Version | None":
        """The French version this one is an edition of (itself when it is French)."""
        if not self.is_edition:
            return self
        return (
            Version.objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            )
            .exclude(pk=self.pk)
            .first()
        )

    def spec(self) -> dict:
        """The plain description the scoring function (Python and JavaScript) reads: keys,
        values, weights and bands only, no text, so that it is the same in every edition."""
        return {
            "min_answers": self.min_answers,
            "scale": [
                {
                    "key": a.value["key"],
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
    month = models.DateField(_("mois"))
    path = models.CharField(_("parcours"), max_length=40)
    zone = models.CharField(_("zone"), max_length=12)
    partner = models.CharField(_("site partenaire"), max_length=60, blank=True)
    count = models.PositiveIntegerField(_("nombre"), default=0)

    class Meta:
        verbose_name = _("compteur de résultats")
        verbose_name_plural = _("compteurs de résultats")
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
            gettext("Indiquez une origine en https, sans chemin : par exemple https://www.caf.fr")
        )


class EmbedPartner(models.Model):
    """A partner's website allowed to show the barometers in a frame."""

    name = models.CharField(_("partenaire"), max_length=120)
    key = models.SlugField(
        _("identifiant"),
        max_length=40,
        unique=True,
        help_text=_("Court et sans espace : il sert à compter les résultats de ce site à part."),
    )
    origin = models.CharField(
        _("origine du site"),
        max_length=200,
        unique=True,
        validators=[validate_origin],
        help_text=_("Par exemple https://www.caf.fr (sans chemin)."),
    )
    active = models.BooleanField(_("autorisé"), default=True)

    class Meta:
        verbose_name = _("site partenaire qui intègre les baromètres")
        verbose_name_plural = _("sites partenaires qui intègrent les baromètres")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.origin})"

    def save(self, *args, **kwargs):
        self.origin = self.origin.rstrip("/")
        super().save(*args, **kwargs)
