"""Random input on the directory's public forms and imports: never a 5xx, never half-written."""

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observatoire.core.imports import ImportRefused
from observatoire.directory.importer import import_text
from observatoire.directory.models import ErrorReport, Service, Structure

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Any text, control characters and NUL included, sometimes very long.
TEXT = st.one_of(st.text(max_size=40), st.text(min_size=2000, max_size=3000), st.just("\x00"))
SEARCH_FIELDS = ["q", "commune", "categorie", "public", "langue", "ouvert", "sans_rdv", "gratuit"]
FORM = st.dictionaries(
    st.one_of(st.sampled_from(SEARCH_FIELDS), st.text(max_size=10)),
    st.one_of(TEXT, st.lists(TEXT, max_size=3)),
    max_size=6,
)


@FUZZ
@given(data=FORM)
def test_search_answers_any_form(demo, client, data):
    for response in (client.post("/annuaire/", data), client.get("/annuaire/", data)):
        # 303: a name that matches one commune alone leads to its results.
        assert response.status_code in (200, 303, 400, 404), response.status_code
        assert not response.cookies


@FUZZ
@given(message=TEXT, token=TEXT, extra=FORM)
def test_error_report_keeps_nothing_unless_the_form_is_valid(demo, client, message, token, extra):
    slug = Service.objects.filter(live=True).values_list("slug", flat=True).first()
    before = ErrorReport.objects.count()
    response = client.post(f"/annuaire/{slug}/", {**extra, "message": message, "jeton": token})
    assert response.status_code in (200, 303)
    # A forged token never validates, so nothing may have been written.
    assert ErrorReport.objects.count() == before


HEADER = ["source", "id", "nom", "structure_nom", "code_insee", "telephone", "thematiques"]


@st.composite
def csv_files(draw):
    rows = draw(st.lists(st.lists(TEXT, min_size=0, max_size=len(HEADER) + 1), max_size=4))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(draw(st.sampled_from([HEADER, HEADER[:3], ["x", "y"]])))
    writer.writerows(rows)
    return out.getvalue()


@FUZZ
@given(text=st.one_of(csv_files(), TEXT))
def test_an_import_either_succeeds_or_changes_nothing(demo, text):
    before = (Service.objects.count(), Structure.objects.count())
    try:
        import_text(text=text, file_name="fuzz.csv")
    except ImportRefused as error:
        assert error.errors and all(isinstance(m, str) and m for m in error.errors)
        assert (Service.objects.count(), Structure.objects.count()) == before


@FUZZ
@given(
    text=st.one_of(TEXT, st.just("["), st.just('[{"id": 1}]'), st.just("[1, null]"), st.just("{}"))
)
def test_a_json_import_either_succeeds_or_changes_nothing(demo, text):
    before = Service.objects.count()
    try:
        import_text(text=text, file_name="fuzz.json")
    except ImportRefused as error:
        assert error.errors
        assert Service.objects.count() == before
