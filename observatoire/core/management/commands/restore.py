from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from observatoire.core.backups import BackupError, restore_backup


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _("Restaure une sauvegarde dans une base vide (et les médias).")

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive: Path, **options):
        try:
            result = restore_backup(archive=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = result["media_files"]
        self.stdout.write(
            self.style.SUCCESS(
                # Translators: French keeps « fichiers » for one file too.
                ngettext(
                    "Sauvegarde du %(created)s restaurée (%(engine)s, %(files)s fichiers de "
                    "médias).",
                    "Sauvegarde du %(created)s restaurée (%(engine)s, %(files)s fichiers de "
                    "médias).",
                    files,
                )
                % {"created": result["created"], "engine": result["engine"], "files": files}
            )
        )
