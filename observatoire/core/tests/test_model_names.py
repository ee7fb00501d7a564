"""Every model of the platform names its plural: French plurals are not « +s » (« lieux »,
« compteurs de résultats »), and the back-office shows them in menus, titles and counts."""

from django.apps import apps


def test_every_model_declares_its_french_plural():
    missing = [
        model._meta.label
        for model in apps.get_models()
        if model.__module__.startswith("observatoire.")
        and "verbose_name_plural" not in model._meta.original_attrs
    ]
    assert missing == []


def test_plurals_seen_wrong_in_the_back_office():
    assert apps.get_model("directory", "Place")._meta.verbose_name_plural == "lieux"
    assert (
        apps.get_model("barometer", "UsageCount")._meta.verbose_name_plural
        == "compteurs de résultats"
    )
