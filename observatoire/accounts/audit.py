"""The audit trail: account events joined to Wagtail's own log of content changes.

Wagtail already logs every change made through its admin (pages, snippets such as directory
entries and questionnaires, images, documents, users and groups). This module adds what Wagtail
does not see: sign-ins, failed sign-ins, lockouts and second-factor changes, and changes to
accounts' groups made outside the admin. All of it reads back in « Rapports › Historique du site ».
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

ACCOUNT_ACTIONS = {
    "ovff.login": _("Connexion au back-office"),
    "ovff.logout": _("Déconnexion du back-office"),
    "ovff.login_failed": _("Échec de connexion"),
    "ovff.login_locked": _("Compte bloqué après des échecs de connexion"),
    "ovff.2fa_enabled": _("Double authentification activée"),
    "ovff.2fa_reset": _("Double authentification réinitialisée"),
    "ovff.recovery_code_used": _("Code de secours utilisé"),
    "ovff.recovery_codes_renewed": _("Codes de secours renouvelés"),
}
# Kept a year (`manage.py purge_history`); the other account events stay with the account.
SIGN_IN_ACTIONS = ("ovff.login", "ovff.logout", "ovff.login_failed", "ovff.login_locked")


def register_actions(actions) -> None:
    for action, label in ACCOUNT_ACTIONS.items():
        actions.register_action(action, label, label)


def log_account_event(*, username: str = "", user=None, action: str, by=None) -> None:
    """Log an event about one account. `by` is who acted: the account itself for its own
    sign-in, nobody for a failed one. Unknown names are not logged (nothing to attach to)."""
    model = get_user_model()
    if user is None and username:
        user = model.objects.filter(username=username).first()
    elif user is not None and type(user) is not model:
        # request.user is a lazy proxy, which Wagtail's log registry would silently ignore.
        acting_on_itself = by is not None and by.pk == user.pk
        user = model.objects.filter(pk=user.pk).first()
        by = user if acting_on_itself else by
    if user is None:
        return
    log(instance=user, action=action, user=by)


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    log_account_event(user=user, action="ovff.login", by=user)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        log_account_event(user=user, action="ovff.logout", by=user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    log_account_event(username=credentials.get("username", ""), action="ovff.login_failed")
