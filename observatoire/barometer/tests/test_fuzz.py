"""Random answers and forged counts on the barometer: never a 5xx, nothing stored."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observatoire.barometer.models import UsageCount

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = st.one_of(st.text(max_size=30), st.text(min_size=2000, max_size=2500), st.just("\x00"))
KEYS = st.one_of(
    st.sampled_from(["parcours", "etape", "retour", "integre", "partenaire"]),
    st.builds(lambda k: f"s-{k}", st.sampled_from(["coups", "peur", "sexe_force", "x"])),
    st.text(max_size=10),
)
ANSWERS = st.dictionaries(KEYS, st.one_of(TEXT, st.lists(TEXT, max_size=3)), max_size=8)
PATHS = st.one_of(st.sampled_from(["enceinte", "partenaire", "entourage"]), TEXT)


@FUZZ
@given(data=ANSWERS, slug=st.sampled_from(["grossesse", "premieres-relations"]))
def test_any_answers_get_a_page_and_nothing_is_kept(barometers, client, data, slug):
    before = UsageCount.objects.count()
    response = client.post(f"/barometre/{slug}/", data)
    assert response.status_code in (200, 400, 404), response.status_code
    assert not response.cookies
    assert UsageCount.objects.count() == before


@FUZZ
@given(token=TEXT, path=PATHS, zone=TEXT, extra=ANSWERS)
def test_a_forged_count_is_never_counted(barometers, client, token, path, zone, extra):
    response = client.post(
        "/barometre/grossesse/compter/", {**extra, "jeton": token, "parcours": path, "zone": zone}
    )
    assert response.status_code in (303, 400, 404), response.status_code
    assert not UsageCount.objects.exists()
