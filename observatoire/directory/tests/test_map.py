import math
import re

import pytest

from observatoire.directory.map import WIDTH, Frame, draw, frame_of, path_of
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


# --- Any département: synthetic outlines, north and south of the equator ----------------------

KM_PER_DEGREE = 111.2


def square(lon: float, lat: float, km: float) -> list:
    """An outline: one square of `km` on each side centred on (lon, lat)."""
    dlat = km / 2 / KM_PER_DEGREE
    dlon = dlat / math.cos(math.radians(lat))
    ring = [
        [lon - dlon, lat - dlat],
        [lon + dlon, lat - dlat],
        [lon + dlon, lat + dlat],
        [lon - dlon, lat + dlat],
        [lon - dlon, lat - dlat],
    ]
    return [[ring]]


def box_of(path: str) -> tuple[int, int, int, int]:
    points = [tuple(map(int, p)) for p in re.findall(r"[ML](-?\d+) (-?\d+)", path)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


DEPARTEMENTS = {
    # name: (west, south, east, north) of the whole département, roughly
    "La Réunion": (55.21, -21.39, 55.84, -20.87),
    "Mayotte": (44.98, -13.0, 45.3, -12.63),
    "Guyane": (-54.6, 2.11, -51.6, 5.75),
    "Corse": (8.53, 41.36, 9.56, 43.03),
    "Paris": (2.224, 48.815, 2.47, 48.902),
    "Hérault": (2.54, 43.21, 4.19, 43.97),
}


@pytest.mark.parametrize("name", DEPARTEMENTS)
def test_squares_stay_square_and_north_stays_up_anywhere(name):
    west, south, east, north = DEPARTEMENTS[name]
    # A commune of 2 km at each corner and one in the middle.
    middle = ((west + east) / 2, (south + north) / 2)
    corners = [(west, south), (east, south), (west, north), (east, north), middle]
    side = min(2.0, (north - south) * KM_PER_DEGREE / 4)
    communes = [(str(i), str(i), square(lon, lat, side)) for i, (lon, lat) in enumerate(corners)]
    frame, shapes = draw(communes)
    assert 0.25 * WIDTH <= frame.height <= 4 * WIDTH
    boxes = [box_of(shape.path) for shape in shapes]
    for x0, y0, x1, y1 in boxes:
        assert 0 <= x0 < x1 <= WIDTH and 0 <= y0 < y1 <= frame.height
        assert abs((x1 - x0) - (y1 - y0)) <= max(2, 0.03 * (x1 - x0))  # a square, not a rectangle
    south_west, south_east, north_west, north_east, _ = boxes
    assert north_west[1] < south_west[1] and north_east[1] < south_east[1]  # north up
    assert south_west[0] < south_east[0] and north_west[0] < north_east[0]  # west left
    # The drawing's proportions are those of the outlines, in kilometres.
    points = [point for _, _, outline in communes for point in outline[0][0]]
    lons, lats = [lon for lon, _ in points], [lat for _, lat in points]
    mid = math.radians((min(lats) + max(lats)) / 2)
    expected = (max(lats) - min(lats)) / ((max(lons) - min(lons)) * math.cos(mid))
    assert frame.height / WIDTH == pytest.approx(expected, rel=0.03)


def test_southern_latitudes_are_scaled_like_northern_ones():
    north = frame_of([square(55.5, 21.1, 40)])
    south = frame_of([square(55.5, -21.1, 40)])
    assert north.height == south.height == pytest.approx(WIDTH, abs=2)
    assert south.x_scale == pytest.approx(math.cos(math.radians(21.1)), rel=1e-3)
    # In La Réunion, Saint-Denis (north) is above Saint-Pierre (south).
    frame = Frame(west=55.2, south=-21.4, east=55.9, north=-20.8)
    assert frame.project(55.45, -20.88)[1] < frame.project(55.48, -21.34)[1]


def test_a_single_commune_or_a_single_point_gets_a_frame():
    frame, shapes = draw([("97411", "Saint-Denis", square(55.45, -20.9, 10))])
    assert frame.height == pytest.approx(WIDTH, abs=5)
    x0, y0, x1, y1 = box_of(shapes[0].path)
    assert x0 >= 0 and y0 >= 0 and x1 <= WIDTH and y1 <= frame.height
    assert x1 - x0 > 0.9 * WIDTH  # the commune fills its map, with a small margin
    point = frame_of([[[[[45.2, -12.8]] * 4]]])
    assert point.height == WIDTH and point.project(45.2, -12.8) == (WIDTH // 2, WIDTH // 2)
    assert frame_of([]).height == WIDTH
    assert frame_of([None, square(45.2, -12.8, 2)]).height == pytest.approx(WIDTH, abs=5)


def test_flat_or_tall_outlines_keep_a_sensible_view_box():
    flat = [[[[-54.6, 4.0], [-51.6, 4.0], [-51.6, 4.001], [-54.6, 4.0]]]]
    tall = [[[[9.0, 41.3], [9.001, 41.3], [9.0, 43.0], [9.0, 41.3]]]]
    assert draw([("x", "x", flat)])[0].height == WIDTH // 4
    assert draw([("y", "y", tall)])[0].height == 4 * WIDTH
    frame = Frame(west=9.0, south=42.0, east=9.0, north=42.0)  # no division by zero
    assert frame.height == WIDTH and frame.project(9.0, 42.0) == (WIDTH // 2, WIDTH // 2)


def test_one_shading_for_every_map():
    from observatoire.directory.map import STEPS, shade
    from observatoire.directory.templatetags.map_tags import shade as services_shade

    # The directory's counts of services: none, 1, 2 or 3, 4 and more (its legend).
    assert [services_shade(n) for n in (0, 1, 2, 3, 4, 40)] == [
        STEPS[0],
        STEPS[1],
        STEPS[2],
        STEPS[2],
        STEPS[3],
        STEPS[3],
    ]
    # The indicators' rates against their tertiles.
    assert [shade(rate, (1.5, 3.0)) for rate in (0, 0.2, 1.5, 2.9, 3.0, 3.1)] == [
        STEPS[0],
        STEPS[1],
        STEPS[1],
        STEPS[2],
        STEPS[2],
        STEPS[3],
    ]
