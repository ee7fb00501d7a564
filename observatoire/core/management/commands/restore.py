from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatoire.core.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restaure une sauvegarde dans une base vide (et les médias)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive: Path, **options):
        try:
            result = restore_backup(archive=archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde du {result['created']} restaurée ({result['engine']}, "
                f"{result['media_files']} fichiers de médias)."
            )
        )
