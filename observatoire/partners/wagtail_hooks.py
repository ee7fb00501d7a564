"""The coordination ties accounts to partners under « Paramètres »."""

from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PartnerMembership


class PartnerMembershipViewSet(SnippetViewSet):
    model = PartnerMembership
    icon = "user"
    menu_label = gettext_lazy("Rattachements")
    add_to_settings_menu = True
    list_display = ["user", "partner"]
    panels = [FieldPanel("user"), FieldPanel("partner")]


register_snippet(PartnerMembershipViewSet)
