from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from observatoire.barometer.services import allow_embedding


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _(
            "Autorise un site partenaire à intégrer les baromètres (ou met à jour son origine)."
        )

    def add_arguments(self, parser):
        parser.add_argument("origin", help=_("par exemple https://www.caf.fr"))
        parser.add_argument("--key", required=True, help=_("identifiant court du partenaire"))
        parser.add_argument("--name", required=True, help=_("nom affiché"))

    def handle(self, *args, origin: str, key: str, name: str, **options):
        try:
            partner = allow_embedding(origin=origin, key=key, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(_("Intégration autorisée : %(partner)s.") % {"partner": partner})
        )
