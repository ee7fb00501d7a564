"""`manage.py import_ssmsi PATH [--departement 34 | --all]`: the SSMSI commune file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatoire.core.imports import ImportRefused
from observatoire.indicators.ssmsi import import_file


class Command(BaseCommand):
    help = "Importe le fichier communal du SSMSI (CSV « ; », gzip ou non), tout ou rien."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        scope = parser.add_mutually_exclusive_group()
        scope.add_argument("--departement", default="34")
        scope.add_argument("--all", action="store_true", help="Toute la France.")

    def handle(self, *args, path: Path, departement: str, all: bool, **options):
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        try:
            report = import_file(path=path, departement=None if all else departement)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        if report.already_imported:
            edition = report.edition
            self.stdout.write(
                f"Ce fichier a déjà été importé le {edition.imported_at:%d/%m/%Y} : rien à faire."
            )
            return
        self.stdout.write(
            f"{report.rows_read} lignes lues, {report.observations} observations enregistrées, "
            f"{report.outside} hors du champ."
        )
        for label, count in sorted(report.unknown_labels.items()):
            self.stderr.write(f"Indicateur inconnu, {count} lignes ignorées : « {label} »")
