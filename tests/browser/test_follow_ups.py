"""A follow-up note on a recommendation, through Wagtail's workflow in Chromium: the Caf's
editor writes it from « Rendre compte » and submits it to « Suivi des recommandations »; the
coordination approves it from its dashboard; the public page then shows the new status. Every
page opened is checked by the `back_office` fixture: no policy violation, no JavaScript error."""

import re

from .back_office import footer_action, messages, submit

# Addressed to the Caf and the Département, « en cours » in the demo.
RECOMMENDATION = "Prévenir les familles dès la déclaration de grossesse"
NOTE = "L’information est jointe à tous les courriers envoyés après la déclaration."


def _public_item(page, site: str):
    page.goto(site + "/recommandations/")
    return page.locator("main li.recommendation", has_text=RECOMMENDATION).first


def test_a_partner_reports_and_the_coordination_approves_from_its_dashboard(back_office, site):
    page, _ = back_office("caf")
    page.goto(site + "/gestion/snippets/knowledge/recommendation/")
    listing = page.locator("main").inner_text()
    assert RECOMMENDATION in listing
    assert "Créer un baromètre des premières relations" in listing
    assert "Nommer un référent enfants" not in listing  # the Préfecture's only
    row = page.get_by_role("row", name=re.compile(re.escape(RECOMMENDATION))).first
    row.get_by_role("link", name="Rendre compte").click()
    page.wait_for_url("**/gestion/snippets/knowledge/followup/add/**")
    chosen = page.locator("#id_recommendation option:checked").inner_text()
    assert RECOMMENDATION in chosen  # the recommendation of the row, already chosen
    offered = page.locator("#id_recommendation option").all_inner_texts()
    assert not any("Nommer un référent enfants" in text for text in offered)
    page.locator("#id_status").select_option(label="réalisée")
    page.locator("#id_note").fill(NOTE)
    footer_action(page, "Soumettre à Suivi des recommandations")
    # « créé(e) et soumis(e) à la relecture » once the site’s catalogue is compiled
    assert re.search(f"{re.escape(RECOMMENDATION)} – .* créé\\(e\\) et", messages(page))
    item = _public_item(page, site)
    assert NOTE not in item.inner_text()  # not before the coordination approves
    assert item.locator(".status").inner_text() == "En cours"

    coordination, _ = back_office("coordination")
    coordination.goto(site + "/gestion/")  # « En attente de votre vérification »
    row = coordination.get_by_role("row", name=re.compile(re.escape(RECOMMENDATION)))
    row.first.get_by_role("button", name="Actions").click()
    submit(coordination, coordination.get_by_role("button", name="Approuver", exact=True))
    assert "Désolé" not in messages(coordination)
    item = _public_item(coordination, site)
    assert item.locator(".status").inner_text() == "Réalisée"
    assert NOTE in item.inner_text()
