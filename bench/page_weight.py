"""Weight of the home page on first view: all resources as transferred (compressed), Chromium."""

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM

from .common import running_site

BUDGET_BYTES = 100 * 1024


def run() -> list[str]:
    with running_site() as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 320, "height": 640})
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(base_url + "/", wait_until="networkidle")
        transferred = 0
        uncompressed = 0
        for response in responses:
            sizes = response.request.sizes()
            transferred += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            uncompressed += len(response.body())
        browser.close()
    return [
        f"Poids de l'accueil, première visite : {len(responses)} ressources, "
        f"{transferred / 1024:.1f} Ko transférés (compressés, en-têtes compris ; "
        f"{uncompressed / 1024:.1f} Ko décompressés), soit {transferred / BUDGET_BYTES:.2f} "
        "du budget de 100 Ko"
    ]
