"""`manage.py load_indicators`: territories and the SSMSI indicators (idempotent)."""

from django.core.management.base import BaseCommand

from observatoire.indicators.services import load_reference


class Command(BaseCommand):
    help = "Charge les territoires (France, Occitanie, Hérault, EPCI, communes) et les indicateurs."

    def handle(self, *args, **options):
        counts = load_reference()
        self.stdout.write(
            f"{counts['territories']} territoires, {counts['indicators']} indicateurs."
        )
