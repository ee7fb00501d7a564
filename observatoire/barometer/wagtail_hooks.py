"""« Baromètres » in the back-office: questionnaires, versions (drafts edited, published ones
frozen), the check-and-publish page, and the anonymous counts (read-only).

Questionnaires and versions are translatable snippets: wagtail-localize adds « Traduire » (and
« Synchroniser ») to their listings, and edits a translated edition in its own editor."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import EDIT_PERMISSION, EmbedCodeView, VersionCheckView
from .models import EmbedPartner, Questionnaire, UsageCount, Version


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "tasks"
    menu_label = _("Baromètres")
    list_display = ["title", "slug"]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("easy_read"),
    ]


class VersionViewSet(SnippetViewSet):
    model = Version
    icon = "history"
    menu_label = _("Versions")
    list_display = ["__str__", "status", "working_note", "published_at"]
    list_filter = ["questionnaire", "status"]
    panels = [
        FieldRowPanel([FieldPanel("questionnaire"), FieldPanel("number")]),
        FieldRowPanel([FieldPanel("working_note"), FieldPanel("min_answers")]),
        FieldPanel("paths"),
        FieldPanel("scale"),
        FieldPanel("zones"),
        FieldPanel("items"),
    ]


class UsageCountViewSet(SnippetViewSet):
    model = UsageCount
    icon = "table"
    menu_label = _("Résultats comptés")
    list_display = ["version", "month", "path", "zone", "partner", "count"]
    list_filter = ["version", "zone"]
    add_to_admin_menu = False
    inspect_view_enabled = True


class EmbedPartnerViewSet(SnippetViewSet):
    model = EmbedPartner
    icon = "code"
    menu_label = _("Sites partenaires")
    list_display = ["name", "origin", "key", BooleanColumn("active", label=_("Autorisé"))]
    panels = [FieldPanel("name"), FieldPanel("origin"), FieldPanel("key"), FieldPanel("active")]


class BarometerGroup(SnippetViewSetGroup):
    items = (QuestionnaireViewSet, VersionViewSet, EmbedPartnerViewSet, UsageCountViewSet)
    menu_icon = "tasks"
    menu_label = _("Baromètres")
    menu_name = "barometres"


register_snippet(BarometerGroup)


@hooks.register("register_admin_urls")
def barometer_urls():
    return [
        path(
            "barometre/versions/<int:pk>/verifier/",
            VersionCheckView.as_view(),
            name="barometer_version_check",
        ),
        path(
            "barometre/integrer/<int:pk>/",
            EmbedCodeView.as_view(),
            name="barometer_embed_code",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def version_buttons(snippet, user, next_url=None):
    # A translated edition is checked and published with its French version (« Traduire » and
    # wagtail-localize's editor for its texts).
    if isinstance(snippet, Version) and not snippet.is_edition and user.has_perm(EDIT_PERMISSION):
        label = (
            gettext("Nouvelle version") if snippet.is_published else gettext("Vérifier et publier")
        )
        yield ListingButton(
            label, reverse("barometer_version_check", args=[snippet.pk]), priority=5
        )


@hooks.register("register_snippet_listing_buttons")
def embed_code_button(snippet, user, next_url=None):
    if isinstance(snippet, EmbedPartner):
        yield ListingButton(
            gettext("Code à intégrer"),
            reverse("barometer_embed_code", args=[snippet.pk]),
            priority=5,
        )


@hooks.register("before_edit_snippet")
def published_versions_are_frozen(request, instance):
    # An edition's texts are edited in wagtail-localize's translation editor (its own
    # before_edit_snippet hook, after this one); Version.save keeps its scoring the French one.
    if isinstance(instance, Version) and instance.is_published and not instance.is_edition:
        messages.warning(
            request,
            gettext(
                "Une version publiée ne change plus : créez une nouvelle version à partir d’elle."
            ),
        )
        return redirect("barometer_version_check", instance.pk)
    return None
