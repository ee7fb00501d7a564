"""« Baromètres » in the back-office: questionnaires, versions (drafts edited, published ones
frozen), the check-and-publish page, and the anonymous counts (read-only)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
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
    menu_label = "Baromètres"
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
    menu_label = "Versions"
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
    menu_label = "Résultats comptés"
    list_display = ["version", "month", "path", "zone", "partner", "count"]
    list_filter = ["version", "zone"]
    add_to_admin_menu = False
    inspect_view_enabled = True


class EmbedPartnerViewSet(SnippetViewSet):
    model = EmbedPartner
    icon = "code"
    menu_label = "Sites partenaires"
    list_display = ["name", "origin", "key", BooleanColumn("active", label="Autorisé")]
    panels = [FieldPanel("name"), FieldPanel("origin"), FieldPanel("key"), FieldPanel("active")]


class BarometerGroup(SnippetViewSetGroup):
    items = (QuestionnaireViewSet, VersionViewSet, EmbedPartnerViewSet, UsageCountViewSet)
    menu_icon = "tasks"
    menu_label = "Baromètres"
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
    if isinstance(snippet, Version) and user.has_perm(EDIT_PERMISSION):
        label = "Nouvelle version" if snippet.is_published else "Vérifier et publier"
        yield ListingButton(
            label, reverse("barometer_version_check", args=[snippet.pk]), priority=5
        )


@hooks.register("register_snippet_listing_buttons")
def embed_code_button(snippet, user, next_url=None):
    if isinstance(snippet, EmbedPartner):
        yield ListingButton(
            "Code à intégrer", reverse("barometer_embed_code", args=[snippet.pk]), priority=5
        )


@hooks.register("before_edit_snippet")
def published_versions_are_frozen(request, instance):
    if isinstance(instance, Version) and instance.is_published:
        messages.warning(
            request,
            "Une version publiée ne change plus : créez une nouvelle version à partir d’elle.",
        )
        return redirect("barometer_version_check", instance.pk)
    return None
