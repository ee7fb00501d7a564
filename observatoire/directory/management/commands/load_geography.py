from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from observatoire.core.imports import ImportRefused
from observatoire.directory.geography import load_geography, read_geography


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Charge les communes, codes postaux et EPCI du département servi (DEPARTEMENT), "
            "sans doublon si relancé."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            type=Path,
            default=None,
            help="geography-<code>.json (by default the committed one, or GEOGRAPHY_DIR's)",
        )

    def handle(self, *args, file: Path | None, **options):
        try:
            data = read_geography(path=file)
        except ImportRefused as error:
            raise CommandError("\n".join(error.errors)) from error
        counts = load_geography(data=data)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(communes)s communes, %(postcodes)s codes postaux, %(epcis)s EPCI.")
                    % counts
                )
            )
