from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from observatoire.core.backups import BackupError, create_backup


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _("Sauvegarde la base de données et les médias dans une archive .tar.gz.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", type=Path, default=None, help=_("dossier de destination (var/backups)")
        )

    def handle(self, *args, output: Path | None, **options):
        try:
            archive = create_backup(
                output_dir=output or Path(settings.VAR_DIR) / "backups", now=timezone.now()
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(_("Sauvegarde écrite : %(archive)s") % {"archive": archive})
        )
