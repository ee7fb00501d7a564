"""Public services as data·inclusion v1 records, for the exports and the API.

Every record is built from `Place.public_location()`, and a secret place exports neither street
nor coordinates (the commune only). Fields prefixed `ovff_` extend the schema.
"""

import json
from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from observatoire.core import csv_files
from observatoire.core.territory import current as served_territory

from .models import Service

SOURCE = "ovff34"
LICENCE = "Licence Ouverte 2.0"

# (name, Table Schema type, description). The names and the codes they hold are the schema's and
# are not translated; the descriptions are (in the language of the address that serves them).
FIELDS = [
    ("source", "string", _("Producteur des données")),
    ("id", "string", _("Identifiant du service chez le producteur")),
    ("structure_id", "string", _("Identifiant de la structure chez le producteur")),
    ("structure_nom", "string", _("Nom de la structure")),
    ("nom", "string", _("Nom du service")),
    ("description", "string", _("Ce que propose le service")),
    ("lien_source", "string", _("Page du service sur le site de l’observatoire")),
    ("date_maj", "date", _("Date de dernière mise à jour")),
    ("type", "string", _("Type de service (référentiel data·inclusion)")),
    ("thematiques", "array", _("Thématiques (référentiel data·inclusion)")),
    ("frais", "string", "gratuit ou payant"),
    ("frais_precisions", "string", _("Précisions sur les frais")),
    ("publics", "array", _("Publics (référentiel data·inclusion)")),
    ("publics_precisions", "string", _("Précisions sur les publics")),
    ("conditions_acces", "string", _("Conditions d’accès")),
    ("commune", "string", _("Commune")),
    ("code_insee", "string", _("Code INSEE de la commune")),
    ("code_postal", "string", _("Code postal (vide si l’adresse est confidentielle)")),
    ("adresse", "string", _("Adresse (vide si l’adresse est confidentielle)")),
    ("complement_adresse", "string", _("Complément d’adresse")),
    ("longitude", "number", _("Longitude WGS84 (vide si l’adresse est confidentielle)")),
    ("latitude", "number", _("Latitude WGS84 (vide si l’adresse est confidentielle)")),
    ("telephone", "string", _("Téléphone, format international")),
    ("courriel", "string", _("Courriel")),
    ("modes_accueil", "array", "en-presentiel, a-distance"),
    ("zone_eligibilite", "array", _("Codes INSEE des communes, SIREN des EPCI ou 34")),
    ("lien_mobilisation", "string", _("Lien pour solliciter le service")),
    ("modes_mobilisation", "array", _("Comment le solliciter")),
    ("mobilisable_par", "array", _("Qui peut le solliciter")),
    ("mobilisation_precisions", "string", _("Précisions pour le solliciter")),
    ("horaires_accueil", "string", _("Horaires au format OpenStreetMap opening_hours")),
    ("ovff_categories", "array", _("Catégories d’aide de l’observatoire")),
    ("ovff_pour_qui", "array", _("Publics de l’observatoire")),
    ("ovff_langues", "array", _("Langues parlées (ISO 639 ; fsl = LSF)")),
    ("ovff_sans_rendez_vous", "boolean", _("Sans rendez-vous")),
    ("ovff_anonyme", "boolean", _("Anonyme")),
    ("ovff_24h_24", "boolean", _("Ouvert 24 h/24, 7 j/7")),
    ("ovff_verifie_le", "date", _("Date de dernière vérification")),
    ("ovff_exemple", "boolean", _("Fiche d’exemple (démonstration)")),
]


def record(service: Service, *, page_url: str) -> dict:
    """data·inclusion v1 wants an absent list (null) rather than an empty one."""
    place = service.place
    location = place.public_location() if place else None
    secret = bool(location and location["secret"])
    zone = [c.code for c in service.zone_communes.all()] + [
        e.code for e in service.zone_epcis.all()
    ]
    if service.whole_departement or not zone:  # no zone given: open to the whole département
        zone = [served_territory().code]
    return {
        "source": SOURCE,
        "id": service.slug,
        "structure_id": f"structure-{service.structure_id}",
        "structure_nom": service.structure.nom,
        "nom": service.nom,
        "description": service.description,
        "lien_source": page_url,
        "date_maj": service.date_maj.date().isoformat(),
        "type": service.type or None,
        "thematiques": service.thematiques or None,
        "frais": service.frais,
        "frais_precisions": service.frais_precisions or None,
        "publics": service.publics or None,
        "publics_precisions": service.publics_precisions or None,
        "conditions_acces": service.conditions_acces or None,
        "commune": location["commune"] if location else None,
        "code_insee": location["code_insee"] if location else None,
        "code_postal": (place.code_postal or None) if place and not secret else None,
        "adresse": (location["adresse"] or None) if location and not secret else None,
        "complement_adresse": None,
        "longitude": place.longitude if place and not secret else None,
        "latitude": place.latitude if place and not secret else None,
        "telephone": service.telephone or None,
        "courriel": service.courriel or None,
        "modes_accueil": service.modes_accueil or None,
        "zone_eligibilite": zone,
        "lien_mobilisation": service.lien_mobilisation or None,
        "modes_mobilisation": service.modes_mobilisation or None,
        "mobilisable_par": service.mobilisable_par or None,
        "mobilisation_precisions": service.mobilisation_precisions or None,
        "horaires_accueil": service.horaires_accueil or None,
        "ovff_categories": service.categories,
        "ovff_pour_qui": service.audiences,
        "ovff_langues": service.languages,
        "ovff_sans_rendez_vous": service.without_appointment,
        "ovff_anonyme": service.anonymous,
        "ovff_24h_24": service.always_open,
        "ovff_verifie_le": service.last_verified.isoformat(),
        "ovff_exemple": service.structure.is_example,
    }


def records(services: Iterable[Service], *, request) -> list[dict]:
    """Records with the absolute address of each service's public page."""
    return [
        record(
            service,
            page_url=request.build_absolute_uri(reverse("directory:service", args=[service.slug])),
        )
        for service in services
    ]


# The published format (`table_schema()`): `,`, decimal point, CRLF; cells neutralised.
DIALECT = csv_files.DATA_INCLUSION


def to_csv(records: list[dict]) -> str:
    """UTF-8 CSV, comma-separated; list fields as JSON arrays, as the Table Schema declares.
    Written by the project's one writer: a text cell starting like a formula gets a `'`."""
    return csv_files.csv_text(
        rows=([_csv_value(item[name], kind) for name, kind, _ in FIELDS] for item in records),
        header=[name for name, _, _ in FIELDS],
        dialect=DIALECT,
    )


def _csv_value(value, kind: str):
    if value is not None and kind == "array":
        return json.dumps(value, ensure_ascii=False)
    return value  # None (empty), booleans (true/false), numbers and text: the writer's


def table_schema(*, csv_url: str) -> dict:
    return {
        "$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json",
        "name": f"annuaire-{served_territory().acronym.lower()}",
        "title": _("Services d’aide aux victimes de violences %(in_departement)s")
        % served_territory().words(),
        "description": _(
            "Services publics de l’annuaire de l’%(acronym)s, au format data·inclusion v1 "
            "complété de champs ovff_. Les adresses confidentielles ne sont jamais publiées. "
            "Un texte qui commence par =, +, -, @, une tabulation ou un retour chariot est "
            "précédé d’une apostrophe (') pour qu’un tableur ne le prenne pas pour une formule."
        )
        % served_territory().words(),
        "licenses": [{"name": "etalab-2.0", "title": LICENCE}],
        "path": csv_url,
        "dialect": DIALECT.descriptor(),
        "encoding": "utf-8",
        "missingValues": [""],
        "fields": [
            {"name": name, "type": kind, "description": description}
            for name, kind, description in FIELDS
        ],
    }
