"""The yearly SSMSI file imported by the coordination from the back-office, in Chromium.

The Hérault file of `bench/indicators.py` (about 51,000 rows, gzip) is uploaded on the import
page by a signed-in coordinator (second factor included) of a site served by gunicorn, with the
import worker beside it, as `make run` starts them. Measured: from the click on « Déposer et
importer » to the report shown on the job page (the page follows the job without reloading).
Reference, same run: `manage.py import_ssmsi` of the same file into a fresh database, the path
that needs a command line.
"""

import os
import sys
import time

from playwright.sync_api import sync_playwright

from tests.browser import server
from tests.browser.accounts import PASSWORD
from tests.browser.back_office import sign_in
from tests.browser.conftest import CHROMIUM

from .common import ROOT, VAR
from .indicators import _timed, fresh_database, herault_file

FOLDER = VAR / "bench" / "backoffice-import"
COORDINATOR = (
    "from django.contrib.auth import get_user_model\n"
    "from django.contrib.auth.models import Group\n"
    "user = get_user_model().objects.create_user('coordination', password={password!r})\n"
    "user.groups.add(Group.objects.get(name='Coordination'))\n"
)


def _upload(base_url: str, path: str) -> float:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        sign_in(page, base_url, role="coordination")
        page.goto(base_url + "/gestion/indicateurs/importer/")
        page.locator("#id_file").set_input_files(path)
        started = time.perf_counter()
        page.get_by_role("button", name="Déposer et importer").click()
        page.get_by_role("heading", name="Compte rendu").wait_for(timeout=600_000)
        seconds = time.perf_counter() - started
        status = page.locator("[data-import-status]").inner_text()
        browser.close()
    if status != "terminé":
        raise RuntimeError(f"the import ended « {status} »")
    return seconds


def run() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatoire.settings.dev")
    reference_env = fresh_database(FOLDER / "commande")
    path, rows = herault_file(reference_env)
    command_seconds, _ = _timed([sys.executable, "manage.py", "import_ssmsi", path], reference_env)

    env = fresh_database(FOLDER / "gestion")
    server.collect_static(env)
    server.manage(env, "shell", "-c", COORDINATOR.format(password=PASSWORD))
    with server.gunicorn(env, server.free_port()) as base_url, server.worker(env):
        seconds = _upload(base_url, path)
    return [
        f"Import SSMSI déposé dans la gestion par la coordination (Hérault, {rows} lignes, "
        f"Chromium, gunicorn et son worker, SQLite) : du clic au compte rendu {seconds:.1f} s ; "
        f"la même importation en ligne de commande : {command_seconds:.1f} s ; rapport des "
        f"durées {seconds / command_seconds:.2f}"
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line)
