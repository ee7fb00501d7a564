"""`manage.py load_indicators`: territories and the SSMSI indicators (idempotent)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from observatoire.indicators.services import load_reference


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Charge les territoires (France, la région, le département, ses EPCI et "
            "communes) et les indicateurs."
        )

    def handle(self, *args, **options):
        counts = load_reference()
        self.stdout.write(_("%(territories)s territoires, %(indicators)s indicateurs.") % counts)
