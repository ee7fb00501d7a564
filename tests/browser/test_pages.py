"""Every page type in a real Chromium at 320 px: axe-clean, the bar on screen, nothing leaked."""

import pytest

from .conftest import axe_violations

PAGE_TYPES = {
    "accueil": "/",
    "partenaire": "/partenaires/caf-herault/",
    "liste des partenaires": "/partenaires/",
    "observatoire": "/observatoire/",
    "actualités": "/actualites/",
    "actualité": "/actualites/lancement-de-l-observatoire/",
    "numéros d’aide": "/numeros-utiles/",
    "page de contenu": "/effacer-mes-traces/",
    "déclaration d’accessibilité": "/accessibilite/",
    "plan du site": "/plan-du-site/",
    "page introuvable (404)": "/cette-page-n-existe-pas/",
    "annuaire": "/annuaire/",
    "annuaire, résultats": "/annuaire/?commune=34032",
    "carte": "/annuaire/carte/",
    "baromètre, accueil": "/barometre/grossesse/",
    "baromètre des premières relations": "/barometre/premieres-relations/",
    "baromètres, statistiques": "/barometre/statistiques/",
    "baromètre, version à imprimer": "/barometre/grossesse/imprimer/enceinte/",
    "baromètre intégré": "/integrer/barometre/grossesse/",
    "indicateurs": "/indicateurs/",
    "indicateur": "/indicateurs/violences-intrafamiliales/",
    "indicateur, une année": "/indicateurs/violences-sexuelles/2019/",
    "territoire, commune": "/territoires/34172/",
    "territoire, EPCI": "/territoires/243400017/",
    "données ouvertes": "/donnees/",
    "lettres de l’observatoire": "/lettre/",
    "lettre de l’observatoire": "/lettre/2024/",
    "travaux": "/travaux/",
    "travaux, une année": "/travaux/2023/",
    "thème de travail": "/travaux/2023/enfants-co-victimes/",
    "recommandations": "/recommandations/",
    "ressources": "/ressources/",
    "ressources filtrées": "/ressources/?kind=affiche&kit=on",
    "publication": "/ressources/affiche-3919/",
    "agenda": "/agenda/",
    "événement": "/agenda/comite-observatoire/",
    "recherche": "/recherche/",
    "suivre l’observatoire": "/suivre/",
}


def _check_bar_on_screen(page):
    viewport = page.viewport_size
    for scroll in ("0", "document.documentElement.scrollHeight"):
        page.evaluate(f"window.scrollTo(0, {scroll})")
        box = page.locator(".safety-bar").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"] / 4
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        # The exit button is what a finger would actually hit at its centre.
        hit = page.evaluate(
            """() => {
                const button = document.querySelector('.exit-button');
                const r = button.getBoundingClientRect();
                const el = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return button.contains(el) && r.right <= innerWidth && r.bottom <= innerHeight;
            }"""
        )
        assert hit
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_type_is_accessible_and_safe(browsing, site, path):
    page, recorder = browsing
    response = page.goto(site + path)
    assert response.status == (404 if "n-existe-pas" in path else 200)
    assert axe_violations(page) == []
    _check_bar_on_screen(page)
    assert recorder.foreign_requests() == []


@pytest.mark.parametrize(
    "path", ["/", "/partenaires/caf-herault/", "/annuaire/?commune=34032", "/barometre/grossesse/"]
)
def test_with_the_database_down_pages_answer_503_with_the_safety_bar(browsing, broken_site, path):
    page, recorder = browsing
    recorder.origin = broken_site
    response = page.goto(broken_site + path)
    assert response.status == 503
    assert "Le site est momentanément indisponible" in page.content()
    assert "Traceback" not in page.content()
    assert axe_violations(page) == []
    _check_bar_on_screen(page)
    assert recorder.foreign_requests() == []


def test_visiting_every_page_leaves_no_cookie_and_no_storage(browsing, site):
    page, recorder = browsing
    for path in PAGE_TYPES.values():
        page.goto(site + path)
        page.keyboard.press("Shift")  # the exit script runs, without finishing a sequence
        storage = page.evaluate("[localStorage.length, sessionStorage.length]")
        assert storage == [0, 0], path
    assert page.context.cookies() == []
    assert recorder.foreign_requests() == []


def test_desktop_width_is_accessible_too(browser, site):
    from .conftest import make_context

    context, recorder = make_context(browser, site, width=1280, height=800)
    page = context.new_page()
    for path in ("/", "/partenaires/caf-herault/"):
        page.goto(site + path)
        assert axe_violations(page) == []
    assert recorder.foreign_requests() == []
    context.close()


def test_the_letter_prints_its_figures_without_the_site_around_them(browsing, site):
    page, _ = browsing
    page.goto(site + "/lettre/2024/")
    page.emulate_media(media="print")
    shown = page.evaluate(
        """() => [...document.querySelectorAll(
            '.site-header, .site-footer, .safety-bar, .breadcrumb, .no-print, .key-figure, h1'
        )].map(e => [e.className || e.tagName, getComputedStyle(e).display !== 'none'])"""
    )
    hidden = {name for name, visible in shown if not visible}
    visible = {name for name, visible in shown if visible}
    assert {"site-header", "site-footer", "breadcrumb container"} <= hidden
    assert any("no-print" in name for name in hidden) and not any("no-print" in n for n in visible)
    assert "key-figure" in visible and "H1" in visible
    assert any("safety-bar" in name for name in hidden)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
