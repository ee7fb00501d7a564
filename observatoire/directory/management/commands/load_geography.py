from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatoire.directory.services import (
    GEOGRAPHY_FILE,
    GeographyError,
    load_geography,
    read_geography,
)


class Command(BaseCommand):
    help = "Charge les communes, codes postaux et EPCI de l’Hérault (sans doublon si relancé)."

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
                    f"{counts['communes']} communes, {counts['postcodes']} codes postaux, "
                    f"{counts['epcis']} EPCI."
                )
            )
