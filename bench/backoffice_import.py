"""The yearly SSMSI file imported by the coordination from the back-office, in Chromium.

Two files: the Hérault's (`bench/indicators.py`, about 51,000 rows, gzip) and the national one
(`bench/indicators_national.py`, about 5.2 million rows, « toutes les communes de France »).
Each is uploaded on the import page by a signed-in coordinator (second factor included) of a
site served by gunicorn on a fresh PostgreSQL database, with the import worker beside it, as
production runs them. Measured: from the click on « Déposer et importer » to the report shown
on the job page (the page follows the job without reloading). References, same run: DuckDB
merely reading the same file, and `manage.py import_ssmsi` of it (the command line the
coordination does not have).
"""

import os
import sys
import time

from playwright.sync_api import sync_playwright

from tests.browser import server
from tests.browser.accounts import PASSWORD
from tests.browser.back_office import sign_in
from tests.browser.conftest import CHROMIUM

from . import indicators_national
from .common import ROOT
from .indicators import _timed, herault_file
from .indicators_national import DUCKDB_READ

COORDINATOR = (
    "from django.contrib.auth import get_user_model\n"
    "from django.contrib.auth.models import Group\n"
    "user = get_user_model().objects.create_user('coordination', password={password!r})\n"
    "user.groups.add(Group.objects.get(name='Coordination'))\n"
)


def _upload(base_url: str, path: str, scope: str) -> float:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        sign_in(page, base_url, role="coordination")
        page.goto(base_url + "/gestion/indicateurs/importer/")
        page.locator("#id_file").set_input_files(path)
        page.locator(f"input[name='scope'][value='{scope}']").check()
        started = time.perf_counter()
        page.get_by_role("button", name="Déposer et importer").click()
        page.get_by_role("heading", name="Compte rendu").wait_for(timeout=1_800_000)
        seconds = time.perf_counter() - started
        status = page.locator("[data-import-status]").inner_text()
        browser.close()
    if status != "terminé":
        raise RuntimeError(f"the import ended « {status} »")
    return seconds


def _measure(name: str, path: str, scope: str, options: list[str]) -> tuple[float, float]:
    """(click to report, command-line import) in seconds, each on a fresh database."""
    reference_env = indicators_national.database(f"{name}_commande")
    command_seconds, _ = _timed(
        [sys.executable, "manage.py", "import_ssmsi", *options, path], reference_env
    )
    env = indicators_national.database(f"{name}_gestion")
    server.manage(env, "shell", "-c", COORDINATOR.format(password=PASSWORD))
    with server.gunicorn(env, server.free_port()) as base_url, server.worker(env):
        seconds = _upload(base_url, path, scope)
    return seconds, command_seconds


def run() -> list[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatoire.settings.dev")
    indicators_national.FOLDER.mkdir(parents=True, exist_ok=True)
    env = indicators_national.database("fichiers")
    herault, _ = herault_file(env)
    indicators_national.national_file(env)
    national = str(indicators_national.NATIONAL)
    lines = []
    for label, path, scope, options in (
        ("Hérault", herault, "departement", []),
        ("France entière", national, "france", ["--all"]),
    ):
        rows = indicators_national.rows_of(path)
        duckdb_seconds, _ = _timed([sys.executable, "-c", DUCKDB_READ, path], env)
        seconds, command_seconds = _measure(label.split()[0].lower(), path, scope, options)
        lines.append(
            f"Import SSMSI déposé dans la gestion par la coordination ({label}, "
            f"{indicators_national.thousands(rows)} lignes, Chromium, gunicorn et son worker, "
            f"PostgreSQL) : du clic au compte rendu {seconds:.1f} s ; DuckDB lisant le même "
            f"fichier : {duckdb_seconds:.1f} s, rapport {seconds / duckdb_seconds:.0f} ; la "
            f"même importation en ligne de commande : {command_seconds:.1f} s, rapport "
            f"{seconds / command_seconds:.2f}"
        )
    return lines


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for line in run():
        print(line)
