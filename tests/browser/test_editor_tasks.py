"""The back-office as its editors use it, in Chromium against the real server, one flow per
role. Every page opened here is checked by the `back_office` fixture: no policy violation, no
JavaScript error."""

import re

from playwright.sync_api import expect

from observatoire.directory.geography import read_geography
from observatoire.indicators.sample import sample_text, write_sample

from .back_office import add_child_page, choose, footer_action, messages, pick_date, submit

SHELTER = "Maison des femmes du Lodévois (exemple)"
SERVICE = "Accueil de jour des femmes victimes"


def test_coordination_fills_the_directory_through_the_choosers_and_publishes(back_office, site):
    page, _ = back_office("coordination")
    page.goto(site + "/gestion/snippets/directory/structure/add/")
    page.locator("#id_nom").fill(SHELTER)
    page.locator("#id_telephone").fill("04 67 44 00 01")
    choose(page, "Choisissez une page (Page partenaire)", "Caf de l’Hérault")
    footer_action(page, "Publier")
    assert f"Structure « {SHELTER} » créé(e) et publié(e)" in messages(page)

    page.goto(site + "/gestion/snippets/directory/place/add/")
    choose(page, "Choisir structure", SHELTER, search="lodevois")  # without its accent
    page.locator("#id_kind").select_option("fixe")
    page.locator("#id_secret_address").check()
    page.locator("#id_adresse").fill("12 rue Cachée")
    page.locator("#id_commune").select_option(label="Lodève")
    footer_action(page, "Publier")
    assert "créé(e) et publié(e)" in messages(page)

    page.goto(site + "/gestion/snippets/directory/service/add/")
    choose(page, "Choisir structure", SHELTER, search="Lodévois")
    choose(page, "Choisir lieu", f"{SHELTER} (Lodève)", search="lodeve")
    page.locator("#id_nom").fill(SERVICE)
    page.locator("#id_description").fill("Écoute, accompagnement et orientation.")
    page.get_by_role("checkbox", name="Écoute", exact=True).check()
    page.get_by_role("checkbox", name="Femmes victimes", exact=True).check()
    page.get_by_role("checkbox", name="français", exact=True).check()
    page.locator("#id_horaires_accueil").fill("lundi 9h-12h")
    footer_action(page, "Publier")
    # Refused in French; what was typed, the choices included, is still there.
    assert page.get_by_text(
        "Horaires illisibles : utilisez le format OpenStreetMap"
    ).first.is_visible()
    assert page.locator("#id_nom").input_value() == SERVICE
    assert page.locator("#id_horaires_accueil").input_value() == "lundi 9h-12h"
    assert page.locator("#id_structure-title").inner_text() == SHELTER
    page.locator("#id_horaires_accueil").fill("Mo-Fr 09:00-17:00; PH off")
    footer_action(page, "Publier")
    # Wagtail may have kept a draft meanwhile (autosave): « modifié(e) » then.
    assert re.search(
        f"Service « {SERVICE} – {re.escape(SHELTER)} » (créé|modifié)\\(e\\) et publié",
        messages(page),
    )

    # The public directory shows it at once, with its commune and never its secret address.
    page.goto(site + "/annuaire/?commune=34142")
    page.get_by_role("link", name=SERVICE).click()
    text = page.locator("main").inner_text()
    assert SERVICE in text and "Lodève" in text and "12 rue Cachée" not in text


def test_coordination_writes_a_recommendation_and_ties_an_account_to_a_partner(back_office, site):
    page, _ = back_office("coordination")
    page.goto(site + "/gestion/snippets/knowledge/recommendation/add/")
    choose(
        page,
        "Choisissez une page (Thème de travail)",
        "Les enfants exposés aux violences conjugales",
    )
    page.locator("#id_number").fill("9")
    page.locator("#id_title").fill("Former les équipes de PMI au repérage")
    page.locator("#id_text").fill("Chaque centre de PMI forme ses sages-femmes en 2027.")
    page.get_by_role("checkbox", name="Département de l’Hérault").check()
    submit(page, page.get_by_role("button", name="Enregistrer"))
    assert "Former les équipes de PMI au repérage" in messages(page)

    page.goto(site + "/gestion/snippets/partners/partnermembership/add/")
    page.locator("#id_user").select_option(label="recherche")
    choose(page, "Choisissez une page (Page partenaire)", "Université Paul-Valéry Montpellier 3")
    submit(page, page.get_by_role("button", name="Enregistrer"))
    assert "recherche – Université Paul-Valéry Montpellier" in messages(page)


def test_coordination_writes_news_and_an_event_with_the_date_pickers_and_schedules_one(
    back_office, site
):
    page, _ = back_office("coordination")
    add_child_page(page, site, "Actualités")
    page.locator("#id_title").fill("Les chiffres de l’année sont parus")
    picked = pick_date(page, "#id_date", 14)
    assert re.fullmatch(r"\d{4}-\d{2}-15", picked)
    page.locator("#id_intro").fill("La lettre de l’observatoire est en ligne.")
    footer_action(page, "Publier")
    assert "Les chiffres de l’année sont parus" in messages(page)
    assert "La lettre de l’observatoire est en ligne." in page.goto(site + "/actualites/").text()

    add_child_page(page, site, "Agenda")
    page.locator("#id_title").fill("Journée des professionnels du Biterrois")
    page.locator("#id_kind").select_option(index=1)
    start = pick_date(page, "#id_start", 20)
    end = pick_date(page, "#id_end", 20, time="17:00")
    assert start and end and start[:10] == end[:10]
    page.locator("#id_place").fill("Béziers, salle du Cinéma")
    # Published later: the schedule is set in its dialog, then the footer schedules it.
    page.locator("[data-side-panel-toggle='status']").click()
    page.get_by_role("button", name="Programmer").click()
    go_live = pick_date(page, "#id_go_live_at", 27)
    assert go_live
    # For a new page, this saves it as a draft and opens its editor: a person waits for it (a
    # second click before it comes back is tested below).
    page.get_by_role("button", name="Enregistrer la programmation").click()
    page.wait_for_url("**/edit/")
    footer_action(page, "Programmer pour publication")
    assert "a été planifiée pour publication" in messages(page)
    assert page.goto(site + "/agenda/journee-des-professionnels-du-biterrois/").status == 404


def test_a_new_page_saved_twice_at_once_is_one_page_and_no_error(back_office, site):
    """Two clicks on a new page's save actions reach the server together (a double click, or a
    second action before the first came back): one page, each request taken to it, no error."""
    page, _ = back_office("coordination")
    add_child_page(page, site, "Actualités")
    page.locator("#id_title").fill("Permanence commune des associations")
    page.locator("#id_intro").fill("Chaque premier mardi du mois.")
    answers = page.evaluate(
        """async () => {
            const form = document.querySelector("form[data-edit-form]");
            const data = new FormData(form);
            data.set("slug", "permanence-commune");  // Wagtail's script sets it on submit
            const send = () => fetch(form.action, {method: "POST", body: data});
            return (await Promise.all([send(), send(), send()])).map((r) => [r.status, r.url]);
        }"""
    )
    # Each one redirected to the editor of one and the same page.
    assert {status for status, _ in answers} == {200}, answers
    assert len({url for _, url in answers}) == 1, answers
    assert re.fullmatch(site + r"/gestion/pages/\d+/edit/", answers[0][1]), answers


def test_the_preview_panel_shows_the_page_being_edited_and_checks_it(back_office, site):
    page, _ = back_office("coordination")
    add_child_page(
        page, site, "Observatoire départemental des violences faites aux femmes de l’Hérault"
    )
    # Two types it may add there: a content page, an easy-to-read page.
    page.get_by_role("link", name="Page de contenu", exact=True).click()
    page.wait_for_url("**/add/pages/standardpage/**")
    page.locator("#id_title").fill("Page d’essai des vérifications")
    page.locator("#id_intro").fill("Un aperçu pour la relecture.")
    page.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="texte").click()
    page.locator(".public-DraftEditor-content").last.click()
    page.keyboard.type("### Un sous-titre sans titre au-dessus")
    page.keyboard.press("Enter")
    page.keyboard.type("Un paragraphe ordinaire sous ce sous-titre.")
    # Draftail writes its field a quarter of a second after the last key, and a preview opened
    # before that shows the text as it was (Wagtail's own race, which a person's pause avoids).
    expect(page.locator("input[name='body-0-value']")).to_have_value(
        re.compile("Un paragraphe ordinaire")
    )
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_text("Un aperçu pour la relecture.").wait_for()
    preview.get_by_role("heading", name="Un sous-titre sans titre au-dessus").wait_for()
    assert preview.locator(".safety-bar").count() == 1  # the page as visitors will see it
    page.locator("[data-side-panel-toggle='checks']").click()
    checks = page.locator("[data-side-panel='checks']")
    checks.get_by_text("Hiérarchie de titre incorrecte").wait_for()  # a real finding
    assert checks.locator("[data-content-checker-count]").inner_text().strip() != "0"


def _new_logo(path) -> str:
    from observatoire.demo.logos import placeholder_logo

    path.write_bytes(placeholder_logo(text="Caf 34", colour="#7a1f5c"))
    return str(path)


def test_a_partner_proposes_its_page_and_a_directory_change_and_the_review_publishes(
    back_office, site, tmp_path
):
    page, _ = back_office("caf")
    # Its own partner page: a key figure and its logo, through the image chooser.
    add_url = site + "/gestion/pages/search/?q=Caf"
    page.goto(add_url)
    page.locator("main td.title").get_by_role("link", name="Caf de l’Hérault", exact=True).click()
    page.wait_for_url("**/edit/")
    page.get_by_role("spinbutton", name="nombre*").first.fill("1250")
    page.locator("#id_logo-chooser").get_by_role("button", name="Actions").click()
    page.get_by_role("button", name="Changer l'image").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Transférer").click()
    dialog.locator("input[type=file]").set_input_files(_new_logo(tmp_path / "logo-caf.png"))
    # Wagtail fills the title from the file's name when it is chosen: once it has, it is
    # replaced (typing before that races with it: « logo-cafLogo de… »).
    title = dialog.locator("#id_image-chooser-upload-title")
    expect(title).to_have_value("logo-caf")
    title.fill("Logo de la Caf de l’Hérault")
    dialog.get_by_role("button", name="Transférer").last.click()
    dialog.wait_for(state="hidden")
    assert page.locator("#id_logo-title").inner_text() == "Logo de la Caf de l’Hérault"
    footer_action(page, "Soumettre à Relecture des pages")
    assert "a été soumise pour modération" in messages(page)

    # A directory change: its own service, submitted to the directory's review.
    page.goto(site + "/gestion/snippets/directory/service/")
    listing = page.locator("main").inner_text()
    assert "ARIPA : pensions alimentaires" in listing
    assert "CIDFF" not in listing and "Centre de PMI" not in listing  # others' entries
    page.get_by_role("link", name="ARIPA : pensions alimentaires").click()
    page.locator("#id_description").fill(
        "L’agence verse et recouvre la pension alimentaire, sans contact avec l’ex-conjoint."
    )
    footer_action(page, "Soumettre à Relecture de l’annuaire")
    assert "a été soumis(e) à la relecture" in messages(page)
    # An entry of another partner does not open, even by its address.
    page.goto(site + "/gestion/snippets/directory/structure/?q=PMI")
    assert "Centre de PMI" not in page.locator("main").inner_text()

    # The review approves both; the public site changes at once.
    review, _ = back_office("relecture")
    review.goto(site + "/gestion/")
    pending = review.locator("main").inner_text()
    assert "Caf de l’Hérault" in pending and "ARIPA : pensions alimentaires" in pending
    for title in ("Caf de l’Hérault", "ARIPA : pensions alimentaires"):
        review.goto(site + "/gestion/")  # « En attente de votre vérification »
        row = review.get_by_role("row", name=re.compile("^" + re.escape(title))).first
        row.get_by_role("button", name="Actions").click()
        submit(review, review.get_by_role("button", name="Approuver", exact=True))
        assert "Désolé" not in messages(review)
    partner_page = review.goto(site + "/partenaires/caf-herault/").text()
    assert "1\u202f250" in partner_page
    assert (
        review.locator("img.partner-logo").get_attribute("src").startswith("/media/images/logo-caf")
    )
    review.goto(site + "/annuaire/?commune=34172")
    review.get_by_role("link", name="ARIPA : pensions alimentaires").first.click()
    assert "sans contact avec l’ex-conjoint" in review.locator("main").inner_text()


def test_research_reads_counts_and_unpublished_figures_and_changes_nothing(back_office, site):
    page, _ = back_office("recherche")
    page.goto(site + "/gestion/snippets/barometer/usagecount/")
    assert page.get_by_role("heading", name="Compteurs de résultats").first.is_visible()
    assert page.get_by_role("link", name=re.compile("^Ajouter")).count() == 0
    page.goto(site + "/gestion/snippets/indicators/partnerfigure/")
    figures = page.locator("main").inner_text()
    assert "brouillon" in figures.lower()  # not yet public
    assert page.locator("a[href*='/gestion/chiffres-partenaires/']").count() == 0  # no import
    assert page.get_by_role("link", name=re.compile("^Ajouter")).count() == 0
    page.goto(site + "/gestion/snippets/indicators/partnerfigure/add/")
    assert "/add/" not in page.url or page.get_by_role("button", name="Enregistrer").count() == 0


def test_administration_creates_an_account_and_resets_a_lost_second_factor(back_office, site):
    page, _ = back_office("administration")
    page.goto(site + "/gestion/users/")
    page.get_by_role("link", name="Ajouter un utilisateur").click()
    page.locator("#id_username").fill("nouvelle-coordinatrice")
    page.locator("#id_email").fill("nouvelle@example.org")
    page.locator("#id_first_name").fill("Camille")
    page.locator("#id_last_name").fill("Durand")
    page.locator("#id_password1").fill("Une-phrase-de-passe-bien-longue-2026")
    page.locator("#id_password2").fill("Une-phrase-de-passe-bien-longue-2026")
    page.get_by_role("tab", name="Rôles").first.click()
    page.get_by_role("checkbox", name="Coordination", exact=True).check()
    submit(page, page.get_by_role("button", name="Créer"))
    assert "nouvelle-coordinatrice" in messages(page)

    page.goto(site + "/gestion/users/?q=telephone-perdu")
    row = page.get_by_role("row", name=re.compile("telephone-perdu"))
    row.get_by_role("button", name="Plus d’options pour « telephone-perdu »").click()
    page.get_by_role("link", name="Réinitialiser la double authentification").click()
    submit(page, page.get_by_role("button", name="Réinitialiser"))
    assert "« telephone-perdu » activera de nouveau sa double authentification" in messages(page)


def test_listings_are_readable_on_a_phone(back_office, site):
    page, _ = back_office("coordination", width=390, height=844)
    for listing in (
        "/gestion/snippets/directory/service/",
        "/gestion/snippets/indicators/partnerfigure/",
        "/gestion/indicateurs/editions/",
    ):
        page.goto(site + listing)
        widths = page.locator("table.listing td.title").evaluate_all(
            "cells => cells.map(cell => cell.getBoundingClientRect().width)"
        )
        assert widths and min(widths) >= 150, (listing, widths)  # names wrap between words
        # The table may scroll sideways inside its box; the page itself does not.
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _ssmsi_file(path, *, seed: int) -> str:
    communes = [(c["code"], c["population"]) for c in read_geography()["communes"]]
    labels = ["Violences physiques intrafamiliales", "Violences sexuelles"]
    write_sample(
        path,
        communes=communes,
        years=range(2022, 2025),
        geography_year=2025,
        labels=labels,
        seed=seed,
    )
    return str(path)


def test_the_coordination_imports_the_ssmsi_file_and_follows_it_without_reloading(
    back_office, site, tmp_path
):
    page, _ = back_office("coordination")
    page.goto(site + "/gestion/")
    page.get_by_role("link", name="Indicateurs", exact=True).click()
    page.get_by_role("link", name="Importer un fichier du SSMSI").click()
    page.locator("#id_file").set_input_files(
        _ssmsi_file(tmp_path / "donnee-comm-data.gouv-2025-geographie2025.csv.gz", seed=77)
    )
    page.get_by_role("button", name="Déposer et importer").click()
    page.wait_for_url("**/gestion/imports/**")
    navigations = []
    page.on(
        "framenavigated", lambda frame: frame == page.main_frame and navigations.append(frame.url)
    )
    page.get_by_role("heading", name="Compte rendu").wait_for(timeout=60_000)
    assert navigations == []  # followed and reported without a reload
    report = page.locator("main").inner_text().replace("\u202f", " ")
    assert "2 046 lignes lues, 2 046 observations enregistrées." in report
    assert page.locator("[data-import-status]").inner_text() == "terminé"
    page.get_by_role("link", name="Éditions").click()
    assert "donnee-comm-data.gouv-2025-geographie2025.csv.gz" in page.locator("main").inner_text()

    # A file with one bad cell is refused whole, its line and column named.
    bad = tmp_path / "un-chiffre-faux.csv"
    communes = [(c["code"], c["population"]) for c in read_geography()["communes"]][:3]
    rows = sample_text(
        communes=communes,
        years=range(2023, 2025),
        geography_year=2025,
        labels=["Violences sexuelles"],
    ).splitlines()
    header = rows[0].split(";")
    cells = rows[4].split(";")
    cells[header.index('"nombre"')] = "beaucoup"
    rows[4] = ";".join(cells)
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page.goto(site + "/gestion/indicateurs/importer/")
    page.locator("#id_file").set_input_files(str(bad))
    page.get_by_role("button", name="Déposer et importer").click()
    page.get_by_role("heading", name="Import refusé, rien n’a été enregistré").wait_for(
        timeout=60_000
    )
    assert (
        "Ligne 5, colonne « nombre » : « beaucoup » n’est pas un entier."
        in page.locator("main").inner_text()
    )
