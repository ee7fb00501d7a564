import re
from html import unescape

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

from observatoire.core.formatting import NBSP, NNBSP
from observatoire.pages.models import HomePage
from observatoire.partners.models import PartnerPage


def _text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"[ \t\r\n]+", " ", unescape(text))


def _eur(digits: str) -> str:
    return f"{digits.replace(' ', NNBSP)}{NBSP}€"


def test_load_demo_is_idempotent(db):
    from wagtail.documents.models import Document

    from observatoire.knowledge.models import FollowUp, Recommendation

    def counts():
        return tuple(
            model.objects.count()
            for model in (Page, Revision, Image, Document, Recommendation, FollowUp)
        )

    call_command("load_demo", verbosity=0, figures=False)  # with the knowledge examples
    first = counts()
    call_command("load_demo", verbosity=0, figures=False)
    assert counts() == first and first[3] == 12 and first[4] >= 8
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_load_demo_keeps_what_editors_changed(demo):
    caf = PartnerPage.objects.get(slug="caf-herault")
    caf.intro = "Texte revu par la Caf."
    caf.save_revision().publish()
    call_command("load_demo", verbosity=0, figures=False)
    caf.refresh_from_db()
    assert caf.intro == "Texte revu par la Caf."


def test_partner_pages_exist_at_their_addresses(demo, client):
    for slug in (
        "prefecture-herault",
        "departement-herault",
        "caf-herault",
        "universite-paul-valery",
    ):
        assert client.get(f"/partenaires/{slug}/").status_code == 200


def test_partner_logos_have_a_sharp_2x_rendition(demo, client):
    html = client.get("/partenaires/departement-herault/").content.decode()
    logo = re.search(r'<img class="partner-logo" src="([^"]+)" srcset="([^"]+)"[^>]*>', html)
    one, two = (part.rsplit(" ", 1) for part in logo.group(2).split(", "))
    assert one == [logo.group(1), "1x"] and two[1] == "2x"
    assert 'height="96"' in logo.group(0) and 'alt="Logo : Département de l’Hérault"' in logo.group(
        0
    )
    image = PartnerPage.objects.get(slug="departement-herault").logo
    assert image.get_rendition("height-192").height == 192


def test_demo_logos_are_drawn_with_their_accents():
    """« É » and « é » come out as letters, not as the empty box of a font that lacks them."""
    from PIL import ImageFont

    from observatoire.demo.logos import FONT

    font = ImageFont.truetype(str(FONT), size=84)
    missing = font.getmask("\uffff").getbbox()  # a character no font of ours has
    for letter in "ÉéèêàçôœÈÀ’":
        assert font.getmask(letter).getbbox() != missing, letter


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/partenaires/caf-herault/",
            [
                "11 travailleurs sociaux",
                "plus de 740 familles accompagnées chaque année",
                f"plus de 17{NBSP}% des familles à qui un rendez-vous est proposé",
                f"plus de 40{NNBSP}000 familles séparées soutenues par l’ARIPA",
                _eur("200 500"),
                f"{_eur('32 000')} par an",
            ],
        ),
        ("/partenaires/departement-herault/", ["6 postes d’ISCG"]),
        (
            "/observatoire/",
            [
                "25 novembre 2022",
                _eur("54 900"),
                _eur("18 300"),
                "environ 20 femmes victimes",
                "environ 20 professionnelles et professionnels",
                "5 chercheuses et chercheurs",
                "Les enfants exposés aux violences",
                "Les premières relations amoureuses et sexuelles",
                "Alcool, drogues et violences conjugales",
            ],
        ),
    ],
)
def test_figures_appear_on_the_right_page_in_french_format(demo, client, url, expected):
    text = _text(client, url)
    for fragment in expected:
        assert fragment in text, fragment


def test_the_partnership_section_is_shared_by_every_partner_page(demo, client):
    for partner in PartnerPage.objects.all():
        text = _text(client, partner.url)
        assert "Un partenariat à quatre" in text
        assert f"Budget de la première étape : {_eur('54 900')}" in text.replace(NBSP + ":", " :")
        assert text.count(_eur("18 300")) >= 3


def test_home_page_gives_numbers_partners_and_news(demo, client):
    text = _text(client, "/")
    for fragment in (
        "3919",
        "Police secours",
        "116 006".replace(" ", NBSP),
        "Caf de l’Hérault",
        "L’observatoire est lancé",
    ):
        assert fragment in text, fragment


def test_footer_links_the_four_partners(demo, client):
    html = client.get("/mentions-legales/").content.decode()
    for slug in (
        "prefecture-herault",
        "departement-herault",
        "caf-herault",
        "universite-paul-valery",
    ):
        assert f'href="/partenaires/{slug}/"' in html


def test_helplines_page_uses_the_editable_hours(demo, client):
    from observatoire.core.models import SafetySettings

    settings = SafetySettings.load()
    settings.chat_3919_hours = "Tchat ouvert de 10 h à 22 h."
    settings.save()
    text = _text(client, "/numeros-utiles/")
    assert "Tchat ouvert de 10 h à 22 h." in text
    for fragment in (
        "3919",
        "17",
        "112",
        "114",
        "119",
        f"116{NBSP}006",
        "Échanger par tchat avec un policier ou un gendarme",
    ):
        assert fragment in text, fragment
