"""The audit trail in the reports menu, the account menu, the second factor's reset."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .audit import register_actions


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
