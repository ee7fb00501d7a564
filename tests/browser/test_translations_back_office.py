"""Editors translate in the back-office, in Chromium: the review list, wagtail-localize's
« Traduire » and its editor, with the back-office policy (no inline script)."""

import re

from playwright.sync_api import expect

from .back_office import submit


def test_coordination_reviews_a_demo_translation(back_office, site):
    page, _ = back_office("coordination")
    page.goto(site + "/gestion/traductions/")
    rows = page.locator("tbody tr")
    assert rows.count() >= 24  # four pages, six languages
    row = rows.filter(has_text="Anglais").first
    assert "à relire" in row.inner_text()
    edit = row.locator("a").first.get_attribute("href")
    row.get_by_role("button", name="Marquer comme relue").click()
    expect(page.locator(".messages")).to_contain_text("marquée comme relue")
    read = page.locator("tbody tr").filter(has=page.locator(f'a[href="{edit}"]'))
    expect(read).to_contain_text("relue par coordination")
    expect(read.get_by_role("button", name="Marquer comme relue")).to_have_count(0)


def test_coordination_translates_a_page_with_wagtail_localize(back_office, site):
    page, _ = back_office("coordination")
    # A French news page, found as an editor finds it, then « Traduire » into Spanish.
    page.goto(site + "/gestion/pages/search/?q=observatoire+est+lancé")
    submit(page, page.get_by_role("link", name=re.compile("L’observatoire est lancé")).first)
    page_id = re.search(r"/pages/(\d+)/", page.url).group(1)
    page.goto(site + f"/gestion/localize/submit/page/{page_id}/")
    page.get_by_label("Español").check()
    submit(page, page.get_by_role("button", name="Soumettre"))
    # wagtail-localize's editor: translate the title, save it, publish the Spanish page.
    page.get_by_role("button", name="Traduire").first.click()
    page.locator("textarea").first.fill("El observatorio se pone en marcha")
    page.get_by_role("button", name="Enregistrer").first.click()
    expect(page.get_by_text("Traduit manuellement")).to_be_visible()
    submit(page, page.get_by_role("button", name=re.compile("Publier dans")))
    public = page.context.new_page()
    public.goto(site + "/es/actualites/lancement-de-l-observatoire/")
    assert "El observatorio se pone en marcha" in public.locator("h1").inner_text()
    assert public.evaluate("document.documentElement.lang") == "es"
