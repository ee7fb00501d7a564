"""How the directory's example entries are written: a service, a structure, and the services
found in every département (PMI, ISCG, points-justice, gendarmerie, VIF networks)."""

from observatoire.directory.reference import VIOLENCE_THEMATIQUE

from ..grammar import at, of
from ..territory import DemoTerritory

OFFICE_HOURS = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"


def service(nom, description, categories, audiences, **extra) -> dict:
    values = {
        "nom": nom,
        "description": description,
        "categories": categories,
        "audiences": audiences,
        "thematiques": [VIOLENCE_THEMATIQUE],
        "publics": ["femmes", "personnes-en-situation-durgence"],
        "mobilisable_par": ["usagers", "professionnels"],
        "modes_mobilisation": ["telephoner"] if extra.get("telephone") else ["se-presenter"],
        "modes_accueil": ["a-distance"] if extra.get("whole_departement") else ["en-presentiel"],
    }
    values.update(extra)
    return values


def structure(
    nom, description, *services, commune=None, secret=False, kind="fixe", partner=None
) -> dict:
    """`partner` is the slug of the partner page whose editors keep the entry current."""
    data = {"nom": nom, "description": description, "services": list(services)}
    if partner:
        data["partner"] = partner
    if commune:
        data["place"] = {"commune": commune, "kind": kind, "secret": secret}
    return data


def pmi(t: DemoTerritory, commune: str) -> dict:
    return structure(
        f"Centre de PMI {of(commune)} ({t.council.title})",
        f"Protection maternelle et infantile {t.council.of_short}.",
        service(
            "Suivi de grossesse et entretien prénatal précoce",
            "Sages-femmes et médecins de PMI : suivi de grossesse, entretien prénatal précoce "
            "(le partenaire peut y venir), consultations des jeunes enfants. Un lieu où parler "
            "des violences pendant la grossesse.",
            ["sante"],
            ["femmes", "familles", "enfants"],
            horaires_accueil=OFFICE_HOURS,
        ),
        commune=commune,
        partner=t.slug("departement"),
    )


def iscg(t: DemoTerritory, commune: str, where: str) -> dict:
    return structure(
        f"Intervenante sociale en {where} {of(commune)}",
        "Poste d’intervenant social en commissariat et gendarmerie (ISCG), cofinancé par "
        f"l’État et {t.council.the_short}.",
        service(
            "Accompagnement social lors d’une plainte",
            "Accueil des victimes lors d’une plainte ou d’une intervention, évaluation de la "
            "situation et orientation vers les services sociaux.",
            ["plainte"],
            ["femmes", "familles"],
            visibility="professionnels",
        ),
        commune=commune,
    )


def point_justice(commune: str, hours: str) -> dict:
    return structure(
        f"Point-justice {of(commune)}",
        "Lieu d’accès au droit du Conseil départemental de l’accès au droit.",
        service(
            "Consultations juridiques gratuites",
            "Avocats et juristes répondent aux questions de droit de la famille et informent "
            "les victimes de leurs droits.",
            ["droit"],
            ["femmes", "familles"],
            horaires_accueil=hours,
        ),
        commune=commune,
    )


def gendarmerie(commune: str) -> dict:
    return structure(
        f"Gendarmerie – brigade {of(commune)}",
        "Gendarmerie nationale.",
        service(
            f"Déposer plainte {at(commune)}",
            "Accueil des victimes. En danger immédiat, appelez le 17.",
            ["plainte"],
            ["femmes", "hommes"],
            horaires_accueil="Mo-Sa 08:00-12:00,14:00-18:00",
        ),
        commune=commune,
    )


def vif_network(area: str, commune: str) -> dict:
    return structure(
        f"Réseau VIF {area} (exemple)",
        "Réseau interprofessionnel violences intrafamiliales, soutenu par la Caf.",
        service(
            "Réunions et ressources pour les professionnels",
            "Rencontres entre professionnels du territoire, fiches réflexes et orientation "
            "des situations complexes.",
            ["professionnels"],
            ["professionnels"],
            mobilisable_par=["professionnels"],
            publics=["tous-publics"],
        ),
        commune=commune,
    )
