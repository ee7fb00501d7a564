"""The public barometer: answers by POST, result rendered, nothing kept."""

import logging
import re

from django.apps import apps

from observatoire.barometer.models import UsageCount

URL = "/barometre/grossesse/"


def _answers(**answers) -> dict:
    return {"parcours": "enceinte", "etape": "resultat"} | {f"s-{k}": v for k, v in answers.items()}


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_the_opening_screen_says_what_it_is_and_sets_no_cookie(barometers, client):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert "Ce n’est pas un diagnostic" in html and "3 fois sur la touche Maj" in html
    assert 'class="safety-bar' in html


def test_choosing_no_path_keeps_the_opening_screen_with_a_french_message(barometers, client):
    response = client.post(URL, {"parcours": "inconnu"})
    assert response.status_code == 400
    assert "Choisissez qui répond pour commencer." in response.content.decode()


def test_the_partner_path_asks_about_ones_own_behaviour(barometers, client):
    html = client.post(URL, {"parcours": "partenaire"}).content.decode()
    assert "Je pousse, je secoue, je gifle ou je frappe ma partenaire." in html
    assert 'name="s-coups"' in html and "baro-spec" in html


def test_one_red_situation_lived_sometimes_gives_the_red_result(barometers, client):
    html = client.post(
        URL,
        _answers(
            coups="parfois",
            soutien="souvent",
            telephone="jamais",
            argent="jamais",
            peur="jamais",
            moqueries="jamais",
        ),
    ).content.decode()
    assert "Danger\u00a0: ce que vous décrivez est de la violence" in html
    assert 'href="tel:17"' in html and 'href="/annuaire/"' in html
    assert "translate(66.0 0)" in html
    assert _cursor_sentences(html) == [","]


# The sentence that says where the cursor is, with the decimal separator barometer.js writes
# the cursor with (outside the translated text, which holds `data-cursor-text`).
CURSOR_SENTENCE = re.compile(
    r'<p data-decimal-separator="([^"]*)">[^\n]*?<span data-cursor-text>[^<]*</span>'
)


def _cursor_sentences(html: str) -> list[str]:
    assert len(CURSOR_SENTENCE.findall(html)) == html.count("data-cursor-text")
    return CURSOR_SENTENCE.findall(html)


def test_the_script_writes_the_cursor_with_the_servers_decimal_separator(barometers, client):
    # The results barometer.js fills in, one per zone, in French and (French typography in
    # every language: core/formatting.py) in English.
    for url in (URL, "/en" + URL):
        html = client.post(url, {"parcours": "enceinte"}).content.decode()
        assert 'src="/static/barometer/barometer.js"' in html, url
        separators = _cursor_sentences(html)
        assert separators and set(separators) == {","}, url


def test_too_few_answers_give_the_neutral_result_with_every_resource(barometers, client):
    html = client.post(URL, _answers(coups="nsp", peur="jamais")).content.decode()
    assert "Pas assez de réponses" in html
    for number in ("3919", "17", "114"):
        assert f"Appeler le {number}" in html or f"Écrire au {number}" in html


def test_answers_are_neither_stored_nor_logged(barometers, client, caplog):
    client.get(URL)  # site settings are created on the first page ever rendered
    before = _row_counts()
    with caplog.at_level(logging.DEBUG):
        response = client.post(URL, _answers(coups="souvent", sexe_force="parfois", peur="souvent"))
    assert response.status_code == 200 and not response.cookies
    assert _row_counts() == before
    assert "no-store" in response["Cache-Control"]
    logged = caplog.text
    for secret in ("s-coups", "sexe_force", "souvent", "parfois"):
        assert secret not in logged


def test_counting_is_opt_in_anonymous_and_monthly(barometers, client):
    red = {k: "souvent" for k in ("coups", "peur", "argent", "telephone", "soutien", "colere")}
    html = client.post(URL, _answers(**red)).content.decode()
    token = re.search(r'name="jeton" value="([^"]+)"', html).group(1)
    assert not UsageCount.objects.exists()  # nothing until the person asks
    response = client.post(
        URL + "compter/", {"jeton": token, "parcours": "enceinte", "zone": "rouge"}
    )
    assert response.status_code == 303 and response["Location"] == URL + "merci/"
    counter = UsageCount.objects.get()
    assert (counter.path, counter.zone, counter.count, counter.month.day) == (
        "enceinte",
        "rouge",
        1,
        1,
    )
    assert {f.name for f in UsageCount._meta.fields} == {
        "id",
        "version",
        "month",
        "path",
        "zone",
        "partner",
        "count",
    }


def test_a_forged_count_changes_nothing(barometers, client):
    for data in (
        {"jeton": "faux", "parcours": "enceinte", "zone": "rouge"},
        {"jeton": "", "parcours": "enceinte", "zone": "violet"},
    ):
        response = client.post(URL + "compter/", data)
        # The same answer as a counted result: nobody learns whether a token is good.
        assert response.status_code == 303 and response["Location"] == URL + "merci/"
    assert not UsageCount.objects.exists()


def test_statistics_hide_small_counts_and_the_totals_that_would_reveal_them(barometers, client):
    from observatoire.barometer.selectors import published_version
    from observatoire.barometer.services import count_result

    version = published_version(slug="grossesse")
    import datetime

    today = datetime.date(2026, 11, 25)
    for _ in range(12):
        count_result(version=version, path="enceinte", zone="vert", partner="", today=today)
    for _ in range(3):
        count_result(version=version, path="enceinte", zone="rouge", partner="", today=today)
    for _ in range(10):
        count_result(version=version, path="pro", zone="orange", partner="", today=today)
    html = client.get("/barometre/statistiques/").content.decode()
    enceinte = re.search(r"Je suis enceinte</th>(.*?)</tr>", html).group(1)
    assert "<td>12</td>" in enceinte and "moins de 10" in enceinte and "masqué" in enceinte
    pro = re.search(r"Je suis professionnel·le</th>(.*?)</tr>", html).group(1)
    assert pro.count("<td>10</td>") == 2  # orange, and the total


def test_a_blank_printable_sheet_per_path(barometers, client):
    html = client.get("/barometre/grossesse/").content.decode()
    assert 'href="/barometre/grossesse/imprimer/partenaire/"' in html
    sheet = client.get("/barometre/grossesse/imprimer/partenaire/").content.decode()
    assert "Je pousse, je secoue, je gifle ou je frappe ma partenaire." in sheet
    assert sheet.count("☐") == 22 * 4
    assert client.get("/barometre/grossesse/imprimer/inconnu/").status_code == 404


def test_the_result_offers_local_help_from_the_directory(db, client):
    for answers in (
        {"coups": "souvent", "peur": "souvent"},  # too few: neutral, every resource
        {k: "parfois" for k in ("coups", "peur", "argent", "telephone", "soutien", "colere")},
    ):
        html = client.post(URL, _answers(**answers)).content.decode()
        assert "Près de chez vous" in html
        for name in ("CIDFF de l’Hérault", "France Victimes 34", "Via Voltaire", "Centre de PMI"):
            assert name in html


def test_the_personal_data_page_says_what_the_barometer_keeps(db, client):
    html = client.get("/donnees-personnelles/").content.decode()
    assert "Vos réponses aux baromètres ne sont ni enregistrées" in html
    assert "la couleur du résultat" in html and "N’y écrivez pas de nom." in html
