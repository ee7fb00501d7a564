"""Publications (`/ressources/`): studies, reports, guides and « fiches réflexes » for
professionals, posters and leaflets for the public. A document is served by the site with its
size and format; it is never published without an HTML summary that says what it says (RGAA)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from observatoire.pages.blocks import RICH_TEXT_FEATURES
from observatoire.pages.models.base import IntroPage

KINDS = [
    ("etude", _("étude")),
    ("rapport", _("rapport")),
    ("guide", _("guide")),
    ("fiche-reflexe", _("fiche réflexe")),
    ("affiche", _("affiche")),
    ("depliant", _("dépliant")),
    ("visuel", _("visuel")),
]
AUDIENCES = [
    ("professionnels", _("professionnelles et professionnels")),
    ("public", _("grand public")),
    ("jeunes", _("jeunes")),
]
LANGUAGES = [
    ("fr", _("français")),
    ("en", _("anglais")),
    ("es", _("espagnol")),
    ("ar", _("arabe")),
    ("tr", _("turc")),
]


class PublicationIndexPage(IntroPage):
    max_count = 1
    subpage_types = ["knowledge.PublicationPage"]

    class Meta:
        verbose_name = _("liste des ressources")
        verbose_name_plural = _("listes des ressources")


class PublicationPage(IntroPage):
    kind = models.CharField(_("type"), max_length=20, choices=KINDS)
    audience = models.CharField(_("public"), max_length=20, choices=AUDIENCES)
    theme = models.ForeignKey(
        "knowledge.ThemePage",
        verbose_name=_("thème"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    year = models.PositiveSmallIntegerField(
        _("année"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partenaire auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    language = models.CharField(_("langue"), max_length=2, choices=LANGUAGES, default="fr")
    prevention_kit = models.BooleanField(
        _("kit de prévention du 25 novembre"),
        default=False,
        help_text=_("Affiches et visuels portant les numéros d’aide, prêts pour les partenaires."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    summary = RichTextField(
        _("résumé accessible"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Ce que dit le document, en HTML : obligatoire dès qu’un document est joint."),
    )

    content_panels = [
        *IntroPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("audience"),
                FieldPanel("theme"),
                FieldPanel("year"),
                FieldPanel("partner"),
                FieldPanel("language"),
                FieldPanel("prevention_kit"),
            ],
            heading=_("Description"),
        ),
        FieldPanel("document"),
        FieldPanel("summary"),
    ]
    parent_page_types = ["knowledge.PublicationIndexPage"]
    subpage_types = []
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("summary"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def clean(self):
        super().clean()
        if self.document_id and not strip_tags(self.summary or "").strip():
            raise ValidationError(
                {
                    "summary": _(
                        "Un document ne peut pas être publié sans son résumé en HTML : "
                        "tout le monde doit pouvoir lire ce qu’il dit (RGAA)."
                    )
                }
            )

    def search_texts(self) -> list[str]:
        return [self.summary, self.get_kind_display()]

    @property
    def document_format(self) -> str:
        return self.document.file_extension.upper() if self.document else ""
