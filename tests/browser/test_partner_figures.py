"""Partners' figures in Chromium, through Wagtail's workflow: the Caf declares and submits one;
the coordination validates it from its dashboard, which publishes it; the person who submitted a
figure is never asked to validate it."""

import re

from .back_office import footer_action, messages, submit

INDICATOR = "familles-accompagnees-caf"


def _declare(page, site, *, indicator_label: str, period: str, value: str) -> None:
    page.goto(site + "/gestion/snippets/indicators/partnerfigure/add/")
    page.locator("#id_indicator").select_option(label=indicator_label)
    page.locator("#id_period").fill(period)
    page.locator("#id_value").fill(value)
    page.locator("#id_comment").fill("Chiffre d’essai du navigateur.")
    footer_action(page, "Soumettre à Chiffres des partenaires")


def _awaiting(page, site, title: str):
    """The rows of the dashboard's panel « En attente de votre vérification » for that item."""
    page.goto(site + "/gestion/")
    panel = page.locator("#awaiting-review-section, #awaiting-review").first
    return panel.get_by_role("row", name=re.compile("^" + re.escape(title)))


def test_the_caf_submits_a_figure_and_another_person_validates_and_publishes_it(back_office, site):
    caf, _ = back_office("caf")
    caf.goto(site + "/gestion/snippets/indicators/partnerfigure/add/")
    labels = caf.locator("#id_indicator option").all_inner_texts()
    label = next(text for text in labels if text.startswith("Familles accompagnées"))
    assert not any(text.startswith("Interventions") for text in labels)  # another partner's
    assert caf.get_by_role("button", name="Publier", exact=True).count() == 0
    _declare(caf, site, indicator_label=label, period="2027", value="38")
    assert "soumis(e) à la relecture" in messages(caf)
    title = f"{label} – 2027"
    # Submitted, it is not public yet.
    assert "2027" not in caf.goto(site + f"/indicateurs/{INDICATOR}/").text()

    coordination, _ = back_office("coordination")
    row = _awaiting(coordination, site, title).first
    row.get_by_role("button", name="Actions").click()
    submit(coordination, coordination.get_by_role("button", name="Approuver", exact=True))
    assert "Désolé" not in messages(coordination)
    public = coordination.goto(site + f"/indicateurs/{INDICATOR}/").text()
    assert "2027" in public and "38" in public


def test_the_coordination_never_validates_what_it_submitted(back_office, site):
    coordination, _ = back_office("coordination")
    coordination.goto(site + "/gestion/snippets/indicators/partnerfigure/add/")
    label = next(
        text
        for text in coordination.locator("#id_indicator option").all_inner_texts()
        if text.startswith("Nuitées")
    )
    _declare(coordination, site, indicator_label=label, period="2027", value="9990")
    assert "soumis(e) à la relecture" in messages(coordination)
    title = f"{label} – 2027"
    assert _awaiting(coordination, site, title).count() == 0
    coordination.goto(site + "/gestion/snippets/indicators/partnerfigure/")
    row = coordination.get_by_role("row", name=re.compile(r"Nuitées.*2027"))
    row.get_by_role("link").first.click()
    coordination.wait_for_url("**/edit/**")
    assert coordination.locator("[data-workflow-action-name='approve']").count() == 0
    assert coordination.get_by_role("button", name="Publier", exact=True).count() == 0
