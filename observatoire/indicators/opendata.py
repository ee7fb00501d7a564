"""Open data descriptions: Table Schema for each CSV the site serves, and a DCAT catalogue in
JSON-LD that data.gouv.fr can harvest. Pure: URLs are passed in. The titles and descriptions
are in the active language; field names, codes and status values are identifiers, never
translated."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from observatoire.core import territory
from observatoire.core.csv_files import SITE

LICENCE = "Licence Ouverte 2.0"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
# Version 2 named the columns after the level (departement_*, region_*) rather than the
# Hérault and Occitanie (herault_*, occitanie_*, version 1: see the app's README).
SCHEMA_VERSION = "2.0.0"


def publisher() -> str:
    """The observatory's name, in French whatever the language: it is a proper name."""
    return (
        "Observatoire départemental des violences faites aux femmes, sexistes et "
        "intrafamiliales {of_departement} ({acronym})".format(**territory.current().words("fr"))
    )


STATUSES = ["publie", "zero", "provisoire", "secret statistique", "non disponible"]
# The indicators' CSV files are written in the site's dialect (`core.csv_files.SITE`).
DIALECT = SITE.descriptor()


def _number(name: str, description: str) -> dict:
    return {"name": name, "type": "number", "decimalChar": ",", "description": description}


def communes_schema() -> dict:
    return {
        "$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json",
        "name": "indicateur-communes",
        "title": _("Un indicateur pour le département, ses EPCI et ses communes, une année"),
        "version": SCHEMA_VERSION,
        "description": _(
            "Chiffres après secret statistique : un chiffre caché n’a pas de nombre "
            "et porte le statut « secret statistique »."
        ),
        "licenses": [{"name": "etalab-2.0", "title": LICENCE, "path": LICENCE_URL}],
        "missingValues": [""],
        "fields": [
            {
                "name": "niveau",
                "type": "string",
                "constraints": {"required": True, "enum": ["departement", "epci", "commune"]},
            },
            {
                "name": "code",
                "type": "string",
                "constraints": {"required": True},
                "description": _("Code INSEE (SIREN pour un EPCI)"),
            },
            {"name": "nom", "type": "string", "constraints": {"required": True}},
            {"name": "annee", "type": "year", "constraints": {"required": True}},
            {
                "name": "nombre",
                "type": "integer",
                "constraints": {"minimum": 0},
                "description": _("Vide quand le chiffre n’est pas publié"),
            },
            _number("taux_pour_mille", _("Pour 1 000 habitants (ou logements), vide si inconnu")),
            {
                "name": "statut",
                "type": "string",
                "constraints": {"required": True, "enum": STATUSES},
            },
        ],
    }


def series_schema() -> dict:
    fields = [{"name": "annee", "type": "year", "constraints": {"required": True}}]
    for place in ("departement", "region", "france"):
        fields.append({"name": f"{place}_nombre", "type": "integer", "constraints": {"minimum": 0}})
        fields.append(_number(f"{place}_taux_pour_mille", _("Pour 1 000 habitants")))
    return {
        "$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json",
        "name": "indicateur-serie",
        "title": _("Un indicateur par année : le département, sa région, la France"),
        "version": SCHEMA_VERSION,
        "licenses": [{"name": "etalab-2.0", "title": LICENCE, "path": LICENCE_URL}],
        "missingValues": [""],
        "fields": fields,
    }


def catalogue(*, site: str, datasets: list[dict]) -> dict:
    """datasets: {id, title, description, keywords, temporal (start, end), distributions:
    [{title, url, schema}]}, urls absolute."""
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": f"{site}/donnees/catalogue.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": _("Données ouvertes de l’%(acronym)s") % territory.current().words(),
        "dct:description": _(
            "Indicateurs des violences faites aux femmes %(in_departement)s et "
            "annuaire des services d’aide, sous Licence Ouverte 2.0."
        )
        % territory.current().words(),
        "dct:language": get_language(),  # the language of these titles and descriptions
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": publisher()},
        "foaf:homepage": {"@id": f"{site}/donnees/"},
        "dcat:dataset": [_dataset(site, dataset) for dataset in datasets],
    }


def _dataset(site: str, dataset: dict) -> dict:
    node = {
        "@id": f"{site}/donnees/#{dataset['id']}",
        "@type": "dcat:Dataset",
        "dct:identifier": dataset["id"],
        "dct:title": dataset["title"],
        "dct:description": dataset["description"],
        "dct:license": {"@id": LICENCE_URL},
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": publisher()},
        "dct:spatial": "{departement} ({code}), France".format(**territory.current().words("fr")),
        "dcat:keyword": dataset["keywords"],
        "dcat:landingPage": {"@id": dataset["page"]},
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": distribution["title"],
                "dcat:accessURL": {"@id": distribution["url"]},
                "dcat:downloadURL": {"@id": distribution["url"]},
                "dct:format": "CSV",
                "dcat:mediaType": "text/csv",
                "dct:license": {"@id": LICENCE_URL},
                "dct:conformsTo": {"@id": distribution["schema"]},
            }
            for distribution in dataset["distributions"]
        ],
    }
    if dataset.get("temporal"):
        start, end = dataset["temporal"]
        node["dct:temporal"] = {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": f"{start}-01-01", "@type": "xsd:date"},
            "dcat:endDate": {"@value": f"{end}-12-31", "@type": "xsd:date"},
        }
    return node
