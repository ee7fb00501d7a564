from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from observatoire.core.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Sauvegarde la base de données et les médias dans une archive .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", type=Path, default=None, help="dossier de destination (var/backups)"
        )

    def handle(self, *args, output: Path | None, **options):
        try:
            archive = create_backup(
                output_dir=output or Path(settings.VAR_DIR) / "backups", now=timezone.now()
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde écrite : {archive}"))
