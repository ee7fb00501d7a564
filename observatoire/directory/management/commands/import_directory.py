from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatoire.core.imports import ImportRefused
from observatoire.directory.importer import import_file


class Command(BaseCommand):
    help = (
        "Importe des services au format data·inclusion v1 (CSV ou JSON, gzip accepté) : lu en "
        "flux, vérifié et écrit par lots dans une seule transaction, tout ou rien."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        if not path.exists():
            raise CommandError(f"Fichier introuvable : {path}")
        try:
            counts = import_file(path)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['created']} services créés, {counts['updated']} mis à jour."
            )
        )
