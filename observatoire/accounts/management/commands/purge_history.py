"""`manage.py purge_history`: forget old sign-in events and stale login attempts (run daily)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from observatoire.accounts.services import purge_sign_in_history


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Supprime les événements de connexion de plus d’un an et les essais de connexion "
            "expirés. Les modifications de contenu restent dans l’historique."
        )

    def add_arguments(self, parser):
        parser.add_argument("--jours", type=int, default=365, dest="days")

    def handle(self, *args, days, **options):
        events, attempts = purge_sign_in_history(days=days)
        self.stdout.write(
            _("%(events)s événements de connexion et %(attempts)s essais supprimés.")
            % {"events": events, "attempts": attempts}
        )
