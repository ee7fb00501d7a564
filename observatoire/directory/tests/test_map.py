import re

from observatoire.directory.map import Frame, path_of
from observatoire.directory.models import Epci, Place, Service


def _map(html: str) -> str:
    return html[html.index('<figure class="map">') : html.index("</figure>")]


def test_projection_keeps_north_up_and_fits_the_frame():
    frame = Frame(west=3.0, south=43.0, east=4.0, north=44.0)
    assert frame.project(3.0, 44.0) == (0, 0)
    x, y = frame.project(4.0, 43.0)
    assert x == 1000 and y == frame.height
    assert 1300 < frame.height < 1400  # 1 degree of latitude is longer than one of longitude


def test_tiny_rings_are_dropped():
    frame = Frame(west=3.0, south=43.0, east=4.0, north=44.0)
    assert path_of([[[[3.5, 43.5], [3.5000001, 43.5], [3.5, 43.5000001]]]], frame) == ""


def test_the_map_draws_every_commune_and_links_those_with_services(demo, client):
    html = client.get("/annuaire/carte/").content.decode()
    assert _map(html).count("<path ") == 341
    links = dict(re.findall(r'<a href="/annuaire/\?commune=(\d{5})" aria-label="([^"]+)">', html))
    public = Service.objects.filter(visibility="public", place__isnull=False)
    for code, name in (("34172", "Montpellier"), ("34032", "Béziers")):
        count = public.filter(place__commune_id=code).count()  # professionals-only left out
        assert links[code] == f"{name} : {count} services"
    assert len(links) == public.values("place__commune").distinct().count()
    assert "IGN ADMIN EXPRESS" in html and 'href="#liste"' in html


def test_the_map_never_uses_a_secret_position(demo, client):
    html = client.get("/annuaire/carte/").content.decode()
    assert "Refuge" not in html
    for place in Place.objects.filter(secret_address=True):
        assert str(place.longitude) not in html and str(place.latitude) not in html


def test_one_epci_at_a_time(demo, client):
    epci = Epci.objects.get(communes__code="34032")
    html = client.get(f"/annuaire/carte/?epci={epci.code}").content.decode()
    assert _map(html).count("<path ") == epci.communes.count()
    assert f"Carte des services d’aide : {epci.name}" in html
    assert client.get("/annuaire/carte/?epci=000").status_code == 404
