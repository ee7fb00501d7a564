"""Finish the browser site's content: `python -m tests.browser.site_content HOST PORT`.

Run by `server.prepare` in the site's environment, on a copy of the demo template (which has
everything but the generated figures): `load_demo` adds the figures (and leaves the rest as it
is, being idempotent), the default site takes the server's address, and each role gets its
account (accounts.py).
"""

import sys


def finish(*, hostname: str, port: int) -> None:
    from django.core.management import call_command
    from wagtail.models import Site

    from . import accounts

    call_command("load_demo", verbosity=0)
    # The template's site was created for localhost; load_demo never changes an existing one.
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)
    accounts.create()


if __name__ == "__main__":
    import django

    django.setup()
    finish(hostname=sys.argv[1], port=int(sys.argv[2]))
