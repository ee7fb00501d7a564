from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from ..blocks import RICH_TEXT_FEATURES
from .base import BodyPage, IntroPage


class EntryPointBlock(blocks.StructBlock):
    """A door from the home page to a service (directory, barometer, indicators...)."""

    title = blocks.CharBlock(label=_("titre"))
    text = blocks.TextBlock(label=_("texte"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    path = blocks.RegexBlock(
        regex=r"^/[a-z0-9/_-]*$",
        label=_("ou adresse sur ce site"),
        required=False,
        help_text=_("Pour une page qui n’est pas gérée ici, par exemple /annuaire/."),
        error_messages={"invalid": _("Saisissez une adresse qui commence par /.")},
    )
    pending_note = blocks.CharBlock(
        label=_("mention si la page n’existe pas encore"),
        required=False,
        default="Bientôt disponible.",
    )

    class Meta:
        icon = "link"
        label = _("point d’entrée")


class HomePage(IntroPage):
    about = RichTextField(_("l’observatoire en bref"), features=RICH_TEXT_FEATURES, blank=True)
    entry_points = StreamField(
        [("entry", EntryPointBlock())], verbose_name=_("points d’entrée"), blank=True
    )

    content_panels = [*IntroPage.content_panels, FieldPanel("about"), FieldPanel("entry_points")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("page d’accueil")
        verbose_name_plural = _("pages d’accueil")


class StandardPage(BodyPage):
    """Editorial pages: quick-exit guide, legal notice, personal data, accessibility..."""

    class Meta:
        verbose_name = _("page de contenu")
        verbose_name_plural = _("pages de contenu")


class HelplinesPage(BodyPage):
    """/numeros-utiles/: every national number, with hours from the site settings."""

    max_count = 1

    class Meta:
        verbose_name = _("page des numéros d’aide")
        verbose_name_plural = _("pages des numéros d’aide")


class SiteMapPage(IntroPage):
    max_count = 1

    class Meta:
        verbose_name = _("plan du site")
        verbose_name_plural = _("plans du site")
