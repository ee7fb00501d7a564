import pytest
from django.core.exceptions import ValidationError

from observatoire.barometer import selectors, services
from observatoire.barometer.content import BAROMETERS, grossesse
from observatoire.barometer.models import Questionnaire, Version


def test_the_written_barometers_are_published_and_complete(barometers):
    for barometer in BAROMETERS:
        version = selectors.published_version(slug=barometer.SLUG)
        assert version is not None and services.check_version(version=version) == []
        assert version.working_note.startswith("Version de travail")
    pregnancy = selectors.published_version(slug=grossesse.SLUG)
    assert 20 <= len(pregnancy.items) <= 25
    zones = {block.value["zone"] for block in pregnancy.items}
    assert zones == {"vert", "orange", "rouge"}
    paths = [block.value["key"] for block in pregnancy.paths]
    assert paths == ["enceinte", "partenaire", "proche", "pro"]


def test_loading_again_changes_nothing(barometers):
    before = Version.objects.count()
    for barometer in BAROMETERS:
        services.ensure_questionnaire(
            questionnaire=barometer.QUESTIONNAIRE, version=barometer.VERSION
        )
    assert Version.objects.count() == before


def test_a_published_version_never_changes_and_edits_go_to_a_new_draft(barometers):
    version = selectors.published_version(slug=grossesse.SLUG)
    version.min_answers = 1
    with pytest.raises(ValidationError):
        version.save()
    draft = services.new_draft(source=Version.objects.get(pk=version.pk))
    assert (draft.number, draft.status) == (2, Version.DRAFT)
    assert draft.spec() == Version.objects.get(pk=version.pk).spec()
    assert selectors.published_version(slug=grossesse.SLUG).number == 1  # until published
    services.publish_version(version=draft)
    assert selectors.published_version(slug=grossesse.SLUG).number == 2


def test_a_broken_draft_cannot_be_published(barometers):
    source = Questionnaire.objects.get(
        slug=grossesse.SLUG, locale__language_code="fr"
    ).current_version()
    draft = services.new_draft(source=source)
    items = draft.items.raw_data
    items[0]["value"]["wordings"] = items[0]["value"]["wordings"][:1]
    items[1]["value"]["key"] = items[2]["value"]["key"]
    zones = draft.zones.raw_data
    zones[1]["value"]["low"] = 40
    draft.items, draft.zones = items, zones
    draft.save()
    with pytest.raises(services.VersionError) as error:
        services.publish_version(version=draft)
    problems = error.value.problems
    assert (
        "Situation « soutien » : il manque la formulation du parcours « partenaire »." in problems
    )
    assert any("utilisé deux fois" in problem for problem in problems)
    assert "La bande « orange » doit commencer où finit « vert »." in problems
    draft.refresh_from_db()
    assert draft.status == Version.DRAFT
