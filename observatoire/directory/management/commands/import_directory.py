from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from observatoire.core.imports import ImportRefused
from observatoire.directory.importer import import_file


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Importe des services au format data·inclusion v1 (CSV ou JSON, gzip accepté) : lu en "
            "flux, vérifié et écrit par lots dans une seule transaction, tout ou rien."
        )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        if not path.exists():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        try:
            counts = import_file(path)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        report = ngettext(
            # Translators: French keeps « services créés » for one service too.
            "%(created)s services créés, %(updated)s mis à jour.",
            "%(created)s services créés, %(updated)s mis à jour.",
            counts["created"],
        )
        self.stdout.write(self.style.SUCCESS(report % counts))
