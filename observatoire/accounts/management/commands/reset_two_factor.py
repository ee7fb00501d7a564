"""`manage.py reset_two_factor USERNAME`: a lost phone; the account enrols again."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from observatoire.accounts.two_factor import reset_second_factor


class Command(BaseCommand):
    @property
    def help(self):  # read when the help is shown (argparse needs a plain string)
        return _("Oublie l’application et les codes de secours d’un compte : il se réinscrira.")

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("Aucun compte « %(username)s ».") % {"username": username})
        reset_second_factor(user=user)
        self.stdout.write(
            _("Double authentification réinitialisée pour « %(username)s ».")
            % {"username": username}
        )
