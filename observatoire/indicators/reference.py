"""Reference lists: the SSMSI commune indicators, and the territories above the communes.

Copied into the database by `load_indicators` (the partners' demo indicators are the demo app's),
hence not marked for translation: the labels must match the SSMSI file's, and the pages mark
them `lang="fr"`.
"""

from observatoire.core import territory

SSMSI_SOURCE = {
    "name": "SSMSI – délinquance enregistrée par la police et la gendarmerie",
    "publisher": "Service statistique ministériel de la sécurité intérieure (SSMSI)",
    "url": "https://www.data.gouv.fr/",
    "licence": "Licence Ouverte 2.0",
}

# (code, label as written in the file, denominator)
SSMSI_INDICATORS = [
    ("violences-intrafamiliales", "Violences physiques intrafamiliales", "population"),
    ("violences-hors-famille", "Violences physiques hors cadre familial", "population"),
    ("violences-sexuelles", "Violences sexuelles", "population"),
    ("vols-avec-armes", "Vols avec armes", "population"),
    ("vols-violents", "Vols violents sans arme", "population"),
    ("vols-sans-violence", "Vols sans violence contre des personnes", "population"),
    ("cambriolages", "Cambriolages de logement", "logements"),
    ("vols-de-vehicules", "Vols de véhicule", "population"),
    ("vols-dans-vehicules", "Vols dans les véhicules", "population"),
    ("vols-accessoires", "Vols d'accessoires sur véhicules", "population"),
    ("destructions", "Destructions et dégradations volontaires", "population"),
    ("escroqueries", "Escroqueries et fraudes aux moyens de paiement", "population"),
    ("usage-stupefiants", "Usage de stupéfiants", "population"),
    ("usage-stupefiants-afd", "Usage de stupéfiants (AFD)", "population"),
    ("trafic-stupefiants", "Trafic de stupéfiants", "population"),
]
# Replaced in July 2025 by « Violences physiques intrafamiliales »; older editions still use it.
SSMSI_REPLACED = [
    (
        "coups-blessures-intrafamiliaux",
        "Coups et blessures volontaires intrafamiliaux",
        "population",
        "violences-intrafamiliales",
    )
]
SSMSI_GRAINS = ["commune", "epci", "departement", "region", "pays"]


def upper_territories() -> list[tuple[str, str, str, str | None]]:
    """The territories above the département's communes and EPCI, from the setting
    `DEPARTEMENT`: (kind, code, French name, parent code)."""
    departement = territory.current()
    return [
        ("pays", "FR", "France", None),
        ("region", departement.region.code, departement.region.name_fr, "FR"),
        ("departement", departement.code, departement.name_fr, departement.region.code),
    ]
