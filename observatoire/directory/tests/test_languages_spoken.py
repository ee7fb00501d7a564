"""The languages each service speaks: shown on its page and in the search, and the search's
« Langue parlée » filter, which starts on the visitor's language on a page in another language."""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.functional import Promise

from observatoire.directory import reference, selectors
from observatoire.directory.models import Commune, Place, Service, Structure

MONTPELLIER = "34172"


def _service(*, languages, commune=MONTPELLIER, **extra) -> Service:
    structure = Structure.objects.create(nom=f"Structure {'-'.join(languages)} (exemple)")
    place = Place.objects.create(
        structure=structure, kind="fixe", commune=Commune.objects.get(code=commune)
    )
    return Service.objects.create(
        structure=structure,
        place=place,
        nom=f"Service en {'-'.join(languages)}",
        description="Un service d’exemple.",
        languages=languages,
        **extra,
    )


def _listed_slugs(html: str) -> set[str]:
    return set(re.findall(r'<h3><a href="(?:/[a-z]{2})?/annuaire/([^/"]+)/"', html))


def _name(code: str, language: str) -> str:
    with translation.override(language):
        return str(dict(reference.LANGUAGES)[code])


def _options(html: str) -> list[str]:
    select = re.search(r'<select name="langue"[^>]*>(.*?)</select>', html, re.S)
    assert select, "no « Langue parlée » select"
    return re.findall(r'<option value="([^"]*)"', select.group(1))


def _selected(html: str) -> str:
    select = re.search(r'<select name="langue"[^>]*>(.*?)</select>', html, re.S).group(1)
    match = re.search(r'<option value="([^"]*)"[^>]*selected', select)
    return match.group(1) if match else ""


# --- Reads ---------------------------------------------------------------------------------------


def test_the_languages_offered_are_those_public_services_declare_in_the_reference_order(demo):
    _service(languages=["tr", "fr"])
    _service(languages=["ro"], visibility="professionnels")  # not public
    _service(languages=["de"], live=False)  # not published
    codes = [code for code, _name in selectors.spoken_languages()]
    assert "tr" in codes and "fr" in codes
    assert "ro" not in codes and "de" not in codes
    order = [code for code, _name in reference.LANGUAGES]
    assert codes == sorted(codes, key=order.index)


def test_language_names_are_written_in_the_language_of_the_page(demo):
    _service(languages=["tr"])
    for _code, name in reference.LANGUAGES:
        assert isinstance(name, Promise)  # marked for translation, written out when shown
    with translation.override("fr"):
        assert dict(selectors.spoken_languages())["tr"] == "turc"


def test_on_a_french_page_the_filter_starts_on_every_service(demo):
    _service(languages=["fr", "en"])
    choice = selectors.language_filter(interface_language="fr")
    assert choice.default == "" and choice.visitor == ""


def test_on_another_language_the_filter_starts_on_the_visitors_language(demo):
    _service(languages=["tr"])
    with translation.override("tr"):  # as the view runs on a page in Turkish
        choice = selectors.language_filter(interface_language="tr")
        names = [(code, str(name)) for code, name in choice.choices]
    assert choice.default == "tr" and choice.visitor == "tr"
    assert ("tr", _name("tr", "tr")) in names


def test_a_language_no_service_declares_leaves_every_service(demo):
    Service.objects.filter(languages__icontains='"uk"').delete()
    choice = selectors.language_filter(interface_language="uk")
    assert choice.default == "" and choice.visitor == "uk"
    assert "uk" not in dict(choice.choices)


def test_the_filter_keeps_only_services_speaking_the_language(demo):
    spoken = _service(languages=["fr", "tr"])
    silent = _service(languages=["fr"])
    commune = Commune.objects.get(code=MONTPELLIER)
    now = datetime.datetime(2026, 11, 30, 10, tzinfo=datetime.UTC)
    nearby, wide = selectors.search_services(
        commune=commune, filters=selectors.ServiceFilters(language="tr"), now=now
    )
    found = {result.service.pk for result in nearby + wide}
    assert spoken.pk in found and silent.pk not in found
    assert all("tr" in result.service.languages for result in nearby)
    # Help lines and services at a distance stay, whatever they declare (interpreters).
    assert wide and any("tr" not in result.service.languages for result in wide)


# --- Pages ---------------------------------------------------------------------------------------


def test_a_french_search_shows_every_service_and_only_declared_languages_in_the_select(
    demo, client
):
    _service(languages=["tr"])
    html = client.get(f"/annuaire/?commune={MONTPELLIER}").content.decode()
    assert "Langue parlée" in html and "Toutes les langues" in html
    options = _options(html)
    assert options[0] == "" and "tr" in options
    assert set(options[1:]) == {code for code, _name in selectors.spoken_languages()}
    assert _selected(html) == ""
    assert "Seuls les lieux qui l’indiquent sont affichés" not in html
    listed = _listed_slugs(html)
    assert any(not s.languages for s in Service.objects.filter(slug__in=listed))


def test_each_result_names_the_languages_spoken(demo, client):
    service = _service(languages=["fr", "tr"])
    html = client.get(f"/annuaire/?commune={MONTPELLIER}").content.decode()
    card = html[html.index(f'/annuaire/{service.slug}/"') :]
    card = card[: card.index("</li>")]
    assert "<strong>Langues parlées :</strong> français, turc" in card


def test_a_page_in_another_language_filters_on_it_by_default(demo, client):
    speaking = _service(languages=["tr"])
    silent = _service(languages=["fr"])
    html = client.get(f"/tr/annuaire/?commune={MONTPELLIER}").content.decode()
    assert _selected(html) == "tr"
    listed = _listed_slugs(html)
    assert speaking.slug in listed and silent.slug not in listed
    placed = Service.objects.filter(slug__in=listed, place__isnull=False, whole_departement=False)
    assert all("tr" in s.languages for s in placed)
    # The way to every service, whatever the language.
    assert f'href="/tr/annuaire/?commune={MONTPELLIER}&amp;langue="' in html
    everything = client.get(f"/tr/annuaire/?commune={MONTPELLIER}&langue=").content.decode()
    assert _selected(everything) == ""
    assert silent.slug in _listed_slugs(everything)
    french = client.get(f"/annuaire/?commune={MONTPELLIER}").content.decode()
    assert _listed_slugs(everything) == _listed_slugs(french)


def test_another_language_no_service_speaks_shows_every_service_and_says_so(demo, client):
    Service.objects.filter(languages__icontains='"uk"').delete()
    silent = _service(languages=["fr"])
    html = client.get(f"/uk/annuaire/?commune={MONTPELLIER}").content.decode()
    assert _selected(html) == ""
    assert silent.slug in _listed_slugs(html)
    with translation.override("uk"):
        name = str(dict(reference.LANGUAGES)["uk"])
    assert name in html  # « Aucun service n’indique parler … »


def test_a_chosen_language_on_a_french_page_filters_and_offers_every_service(demo, client):
    speaking = _service(languages=["tr"])
    silent = _service(languages=["fr"])
    html = client.get(f"/annuaire/?commune={MONTPELLIER}&langue=tr").content.decode()
    listed = _listed_slugs(html)
    assert speaking.slug in listed and silent.slug not in listed
    assert "Langue parlée : turc. Seuls les lieux qui l’indiquent sont affichés" in html
    assert f'href="/annuaire/?commune={MONTPELLIER}&amp;langue="' in html


def test_a_language_no_service_declares_is_not_a_valid_choice(demo, client):
    Service.objects.filter(languages__icontains='"zh"').delete()
    html = client.get(f"/annuaire/?commune={MONTPELLIER}&langue=zh").content.decode()
    assert "Cette recherche n’est plus valable" in html


@pytest.mark.parametrize("prefix", ["", "/en", "/ar"])
def test_the_service_page_shows_the_languages_in_the_visitors_language(demo, client, prefix):
    service = _service(languages=["fr", "ar", "en"])
    html = client.get(f"{prefix}/annuaire/{service.slug}/").content.decode()
    language = prefix.strip("/") or "fr"
    names = ", ".join(_name(code, language) for code in ("fr", "ar", "en"))
    assert f'<p class="notice"><strong>{_label(language)}</strong> {names}</p>' in html
    # Before the description: among the first things read.
    assert html.index(names) < html.index("Un service d’exemple.")


def _label(language: str) -> str:
    with translation.override(language):
        return translation.gettext("Langues parlées :")
