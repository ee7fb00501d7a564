import re

from observatoire.demo.directory import SHELTER_DEMO_ADDRESS
from observatoire.directory.models import Place, Service


def _search(client, query):
    return client.post("/annuaire/", {"q": query})


def test_a_commune_name_leads_to_its_results_by_insee_code(demo, client):
    response = _search(client, "beziers")
    assert response.status_code == 303
    assert response["Location"] == "/annuaire/?commune=34032"
    assert not response.cookies


def test_a_shared_postcode_offers_the_choice(demo, client):
    html = _search(client, "34290").content.decode()  # several communes share it
    assert "Plusieurs communes correspondent" in html
    assert len(re.findall(r'href="/annuaire/\?commune=34\d{3}"', html)) > 1


def test_an_unknown_commune_gets_a_french_message_and_keeps_what_was_typed(demo, client):
    response = _search(client, "Trifouilly")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aucune commune de l’Hérault ne correspond à «\u00a0Trifouilly\u00a0»" in html
    assert 'value="Trifouilly"' in html and 'aria-invalid="true"' in html


def test_results_are_ordered_by_distance_and_departement_wide_services_apart(demo, client):
    html = client.get("/annuaire/?commune=34032").content.decode()  # Béziers
    nearby = html.index("Près de Béziers")
    wide = html.index("Pour tout le département ou à distance")
    assert html.index("Aide aux victimes") < html.index("Permanence juridique") < wide
    assert html.index("Écoute et orientation par téléphone") > wide > nearby
    assert "exemple de démonstration" in html


def test_filters_travel_as_fixed_values(demo, client):
    html = client.get("/annuaire/?commune=34032&categorie=droit&gratuit=on").content.decode()
    assert "Permanence juridique à Béziers" in html
    for shelter in Service.objects.filter(categories__icontains='"hebergement"'):
        assert f'href="/annuaire/{shelter.slug}/"' not in html


def test_professionals_only_services_are_not_public(demo, client):
    html = client.get("/annuaire/?commune=34032").content.decode()
    hidden = Service.objects.filter(visibility="professionnels")
    assert hidden.count() == 3
    for service in hidden:
        assert f'href="/annuaire/{service.slug}/"' not in html
        assert client.get(f"/annuaire/{service.slug}/").status_code == 404


def test_the_secret_address_never_reaches_a_public_page(demo, client):
    urls = [
        "/annuaire/",
        "/annuaire/?commune=34172",
        "/annuaire/?commune=34032",
        "/sitemap.xml",
        "/plan-du-site/",
    ]
    urls += [f"/annuaire/{s.slug}/" for s in Service.objects.filter(visibility="public")]
    pages = {url: client.get(url).content.decode() for url in urls}
    for place in Place.objects.filter(secret_address=True):
        for url, html in pages.items():
            assert SHELTER_DEMO_ADDRESS not in html and "rue du Refuge" not in html, url
            assert f"{place.longitude}" not in html and f"{place.latitude}" not in html, url
        detail = pages[f"/annuaire/{place.services.first().slug}/"]
        assert f"Adresse confidentielle à {place.commune.name}" in detail


def test_service_page_gives_hours_in_french_and_a_way_back(demo, client):
    service = Service.objects.get(nom="Permanence juridique pour les femmes victimes")
    html = client.get(f"/annuaire/{service.slug}/").content.decode()
    assert "Lundi" in html and "9\u00a0h – 12\u00a0h\u00a030" in html
    assert 'href="/annuaire/"' in html and "Informations vérifiées le" in html


def test_a_tampered_commune_code_is_refused_plainly(demo, client):
    html = client.get("/annuaire/?commune=99999").content.decode()
    assert "Cette recherche n’est plus valable" in html


def test_the_sitemap_lists_public_service_pages_only(demo, client):
    xml = client.get("/sitemap.xml").content.decode()
    for service in Service.objects.all():
        listed = f"/annuaire/{service.slug}/</loc>" in xml
        assert listed == (service.visibility == "public"), service.nom
    assert "/partenaires/caf-herault/</loc>" in xml
