from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from observatoire.barometer.services import allow_embedding


class Command(BaseCommand):
    help = "Autorise un site partenaire à intégrer les baromètres (ou met à jour son origine)."

    def add_arguments(self, parser):
        parser.add_argument("origin", help="par exemple https://www.caf.fr")
        parser.add_argument("--key", required=True, help="identifiant court du partenaire")
        parser.add_argument("--name", required=True, help="nom affiché")

    def handle(self, *args, origin: str, key: str, name: str, **options):
        try:
            partner = allow_embedding(origin=origin, key=key, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Intégration autorisée : {partner}."))
