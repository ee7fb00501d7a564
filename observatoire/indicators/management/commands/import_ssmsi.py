"""`manage.py import_ssmsi PATH [--departement CODE | --all]`: the SSMSI commune file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from observatoire.core.imports import ImportRefused
from observatoire.indicators.ssmsi import SERVED, import_file


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _("Importe le fichier communal du SSMSI (CSV « ; », gzip ou non), tout ou rien.")

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        scope = parser.add_mutually_exclusive_group()
        scope.add_argument("--departement", default=SERVED)
        scope.add_argument("--all", action="store_true", help=_("Toute la France."))

    def handle(self, *args, path: Path, departement: str, all: bool, **options):
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        try:
            report = import_file(path=path, departement=None if all else departement)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        if report.already_imported:
            edition = report.edition
            self.stdout.write(
                _("Ce fichier a déjà été importé le %(date)s : rien à faire.")
                % {"date": f"{edition.imported_at:%d/%m/%Y}"}
            )
            return
        self.stdout.write(
            # Translators: French keeps « lignes lues » for one line too.
            ngettext(
                "%(rows)s lignes lues, %(observations)s observations enregistrées, %(outside)s "
                "hors du champ.",
                "%(rows)s lignes lues, %(observations)s observations enregistrées, %(outside)s "
                "hors du champ.",
                report.rows_read,
            )
            % {
                "rows": report.rows_read,
                "observations": report.observations,
                "outside": report.outside,
            }
        )
        for label, count in sorted(report.unknown_labels.items()):
            self.stderr.write(
                # Translators: French keeps « lignes ignorées » for one line too.
                ngettext(
                    "Indicateur inconnu, %(count)s lignes ignorées : « %(label)s »",
                    "Indicateur inconnu, %(count)s lignes ignorées : « %(label)s »",
                    count,
                )
                % {"count": count, "label": label}
            )
