"""Weight of pages on first view: all resources as transferred (compressed), in Chromium."""

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM

from .common import running_site

PAGES = [
    ("l'accueil", "/", 100 * 1024),
    *[
        (f"l'accueil en {name}", f"/{code}/", 100 * 1024)
        for code, name in (
            ("en", "anglais"),
            ("ar", "arabe"),
            ("es", "espagnol"),
            ("pt", "portugais"),
            ("tr", "turc"),
            ("uk", "ukrainien"),
        )
    ],
    ("la carte de l'annuaire", "/annuaire/carte/", 150 * 1024),
]


def run() -> list[str]:
    lines = []
    with running_site() as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, path, budget in PAGES:
            context = browser.new_context(viewport={"width": 320, "height": 640})
            page = context.new_page()
            responses = []
            page.on("response", lambda response, into=responses: into.append(response))
            page.goto(base_url + path, wait_until="networkidle")
            transferred = uncompressed = 0
            for response in responses:
                sizes = response.request.sizes()
                transferred += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                uncompressed += len(response.body())
            context.close()
            lines.append(
                f"Poids de {name}, première visite : {len(responses)} ressources, "
                f"{transferred / 1024:.1f} Ko transférés (compressés, en-têtes compris ; "
                f"{uncompressed / 1024:.1f} Ko décompressés), soit {transferred / budget:.2f} "
                f"du budget de {budget // 1024} Ko"
            )
        browser.close()
    return lines
