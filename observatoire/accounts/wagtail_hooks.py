"""The coordination ties accounts to partners under « Paramètres »."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .audit import register_actions
from .models import PartnerMembership


class PartnerMembershipViewSet(SnippetViewSet):
    model = PartnerMembership
    icon = "user"
    menu_label = gettext_lazy("Rattachements")
    add_to_settings_menu = True
    list_display = ["user", "partner"]
    panels = [FieldPanel("user"), FieldPanel("partner")]


register_snippet(PartnerMembershipViewSet)


@hooks.register("register_log_actions")
def account_log_actions(actions):
    register_actions(actions)


@hooks.register("construct_reports_menu")
def hide_site_history(request, menu_items):
    """The site history is the audit trail: only its readers see it in the menu."""
    if not request.user.has_perm("accounts.view_audit_trail"):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


@hooks.register("register_account_menu_item")
def recovery_codes_item(request):
    return {
        "url": reverse("two_factor_recovery_codes"),
        "label": _("Codes de secours"),
        "help_text": _("Générer de nouveaux codes de secours pour la double authentification."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.has_perm("auth.change_user") and user.pk != request_user.pk:
        yield Button(
            _("Réinitialiser la double authentification"),
            url=reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
