from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "observatoire.accounts"
    label = "accounts"
    verbose_name = _("Comptes et rôles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import audit  # noqa: F401  (connect the sign-in signals)
