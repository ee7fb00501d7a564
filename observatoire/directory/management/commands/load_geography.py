from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from observatoire.directory.services import (
    GEOGRAPHY_FILE,
    GeographyError,
    load_geography,
    read_geography,
)


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Charge les communes, codes postaux et EPCI de l’Hérault (sans doublon si relancé)."
        )

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=GEOGRAPHY_FILE)

    def handle(self, *args, file: Path, **options):
        try:
            data = read_geography(path=file)
        except GeographyError as error:
            raise CommandError(str(error)) from error
        counts = load_geography(data=data)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(communes)s communes, %(postcodes)s codes postaux, %(epcis)s EPCI.")
                    % counts
                )
            )
