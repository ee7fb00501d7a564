"""The directory's local examples: the services of the département's chef-lieu, its two next
largest communes and eleven smaller towns (`DemoTerritory.towns`: the observatory file's, or one
per EPCI). Slots of `towns`: 0 a point-justice, a PMI and the second VIF network; 1 a
point-justice; 2-3 gendarmerie brigades; 4-6 PMI; 7 a maison de justice et du droit; 8 the
mission locale; 9 the espace rencontre; 10 the CCAS."""

from ..grammar import at, of
from ..territory import DemoTerritory
from .builders import (
    OFFICE_HOURS,
    gendarmerie,
    iscg,
    pmi,
    point_justice,
    service,
    structure,
    vif_network,
)


def local(t: DemoTerritory) -> list[dict]:
    chef_lieu, city, other_city = t.cities
    towns = t.towns
    law_house = towns[7]
    return [
        structure(
            t.caf,
            "Caisse d’allocations familiales.",
            service(
                "Accompagnement social des familles qui se séparent",
                "Une équipe de travailleurs sociaux de la Caf accompagne les familles qui se "
                "séparent, situations où les violences sont fréquentes.",
                ["autonomie", "enfants"],
                ["femmes", "familles"],
                whole_departement=True,
                publics=["familles", "femmes"],
            ),
            service(
                "ARIPA : pensions alimentaires",
                "L’agence de recouvrement et d’intermédiation des pensions alimentaires verse et "
                "recouvre la pension : plus besoin de contact avec l’ex-conjoint pour la payer.",
                ["autonomie"],
                ["femmes", "familles"],
                whole_departement=True,
                publics=["familles", "femmes"],
            ),
            partner=t.slug("caf"),
        ),
        structure(
            f"CIDFF {t.of_departement}",
            "Centre d’information sur les droits des femmes et des familles.",
            service(
                "Permanence juridique pour les femmes victimes",
                "Information sur les droits : plainte, séparation, ordonnance de protection, "
                "autorité parentale.",
                ["droit"],
                ["femmes", "familles"],
                horaires_accueil="Mo-Fr 09:00-12:30,13:30-17:00; PH off",
                modes_accueil=["en-presentiel", "a-distance"],
                languages=["fr", "ar", "en"],
            ),
            service(
                "Accompagnement vers l’emploi des femmes victimes",
                "Bilan, projet professionnel et accompagnement vers l’emploi ou la formation.",
                ["autonomie"],
                ["femmes"],
                horaires_accueil=OFFICE_HOURS,
            ),
            commune=chef_lieu,
        ),
        structure(
            f"CIDFF {t.of_departement} – permanence {of(city)}",
            f"Permanence du CIDFF {t.area_in(city)}.",
            service(
                f"Permanence juridique {at(city)}",
                "Information sur les droits des femmes victimes de violences, sur rendez-vous.",
                ["droit"],
                ["femmes", "familles"],
                horaires_accueil="Tu,Th 09:00-12:00; PH off",
            ),
            commune=city,
        ),
        structure(
            f"France Victimes {t.code}",
            "Association d’aide aux victimes d’infractions.",
            service(
                "Aide aux victimes",
                "Écoute, information sur les droits, accompagnement dans les démarches, soutien "
                "psychologique.",
                ["droit", "psychologique"],
                ["femmes", "hommes", "familles"],
                horaires_accueil=OFFICE_HOURS,
                languages=["fr", "en", "es"],
            ),
            commune=city,
        ),
        structure(
            f"France Victimes {t.code} – permanence {of(other_city)}",
            f"Permanence d’aide aux victimes {t.area_in(other_city)}.",
            service(
                f"Permanence d’aide aux victimes {at(other_city)}",
                "Information sur les droits et accompagnement après une plainte.",
                ["droit"],
                ["femmes", "hommes"],
                horaires_accueil="We 09:00-12:00; PH off",
            ),
            commune=other_city,
        ),
        structure(
            t.organisation("shelter", "Association d’accueil des femmes victimes (exemple)"),
            "Association d’accueil et d’accompagnement des femmes victimes de violences "
            "conjugales.",
            service(
                "Mise à l’abri et hébergement",
                "Hébergement en urgence et accompagnement des femmes et de leurs enfants. "
                "L’adresse est communiquée par téléphone.",
                ["hebergement", "enfants"],
                ["femmes", "enfants"],
                always_open=True,
            ),
            service(
                "Accueil de jour",
                "Accueil sans rendez-vous, écoute et accompagnement dans les démarches.",
                ["ecoute", "autonomie"],
                ["femmes"],
                without_appointment=True,
                horaires_accueil=OFFICE_HOURS,
            ),
            commune=chef_lieu,
            secret=True,
        ),
        structure(
            f"Centre d’hébergement d’urgence {t.area_of(city)} (exemple)",
            "Hébergement protégé pour les femmes et leurs enfants.",
            service(
                f"Hébergement d’urgence {at(city)}",
                "Mise à l’abri immédiate. L’adresse est donnée par téléphone, après une première "
                "écoute.",
                ["hebergement"],
                ["femmes", "enfants"],
                always_open=True,
            ),
            commune=city,
            secret=True,
        ),
        structure(
            t.organisation(
                "forensic", f"Centre hospitalier {of(chef_lieu)} – unité médico-judiciaire"
            ),
            t.organisation("forensic_about", "Médecine légale du centre hospitalier."),
            service(
                "Constat des violences par un médecin légiste",
                "Examen et certificat médical, sur réquisition ou sur orientation, pour faire "
                "valoir ses droits.",
                ["sante", "plainte"],
                ["femmes", "hommes", "enfants"],
                always_open=True,
            ),
            commune=chef_lieu,
        ),
        structure(
            f"Centre hospitalier {of(city)}",
            f"Hôpital {t.area_of(city)}.",
            service(
                "Urgences et consultation de victimologie",
                "Soins urgents et constat des blessures, orientation vers l’aide aux victimes.",
                ["sante"],
                ["femmes", "hommes", "enfants"],
                always_open=True,
            ),
            commune=city,
        ),
        structure(
            f"Planning familial {t.code}",
            "Association d’éducation à la sexualité et de santé sexuelle.",
            service(
                "Écoute et santé sexuelle",
                "Contraception, IVG, information sur les violences dans le couple et les violences "
                "sexuelles, accueil des jeunes.",
                ["sante", "ecoute"],
                ["femmes", "jeunes"],
                anonymous=True,
                horaires_accueil=OFFICE_HOURS,
                languages=["fr", "en", "es"],
            ),
            commune=chef_lieu,
        ),
        structure(
            f"Maison des adolescents {t.of_departement}",
            "Lieu d’accueil et d’écoute des 11-25 ans et de leurs parents.",
            service(
                "Écoute des adolescents et des jeunes",
                "Accueil gratuit et confidentiel des jeunes, notamment exposés aux violences dans "
                "leur famille ou dans leurs premières relations amoureuses.",
                ["enfants", "psychologique"],
                ["enfants", "jeunes", "familles"],
                anonymous=True,
                horaires_accueil=OFFICE_HOURS,
            ),
            commune=chef_lieu,
        ),
        structure(
            "Centre régional du psychotraumatisme (exemple)",
            "Consultations spécialisées dans le traumatisme psychique.",
            service(
                "Soins du psychotraumatisme",
                "Évaluation et soins des troubles liés aux violences, pour les adultes et les "
                "enfants.",
                ["psychologique", "enfants"],
                ["femmes", "enfants"],
            ),
            commune=chef_lieu,
        ),
        structure(
            f"Maison de justice et du droit {of(law_house)} (exemple)",
            f"Lieu d’accès au droit {t.area_of(law_house)}.",
            service(
                "Accès au droit et aide aux victimes",
                "Permanences de juristes et d’associations d’aide aux victimes.",
                ["droit"],
                ["femmes", "familles"],
                horaires_accueil="Tu 09:00-12:00,14:00-17:00; PH off",
            ),
            commune=law_house,
        ),
        structure(
            f"Commissariat de police {of(chef_lieu)}",
            "Police nationale.",
            service(
                "Déposer plainte",
                "Accueil des victimes 24 h/24 ; la plainte peut être préparée en ligne. En "
                "danger immédiat, appelez le 17.",
                ["plainte"],
                ["femmes", "hommes"],
                always_open=True,
            ),
            commune=chef_lieu,
        ),
        point_justice(towns[0], "Mo,We 14:00-17:00; PH off"),
        point_justice(towns[1], "Th 09:00-12:00; PH off"),
        gendarmerie(towns[2]),
        gendarmerie(towns[3]),
        vif_network(t.area_of(city), city),
        vif_network(t.area_of(towns[0]), towns[0]),
        iscg(t, chef_lieu, "commissariat"),
        iscg(t, city, "gendarmerie"),
        iscg(t, other_city, "commissariat"),
        *(pmi(t, commune) for commune in (*t.cities, towns[0], *towns[4:7])),
        structure(
            "Mission locale des jeunes (exemple)",
            "Accompagnement des 16-25 ans.",
            service(
                "Accompagnement des jeunes vers l’autonomie",
                "Emploi, formation, logement et santé pour les jeunes, y compris après des "
                "violences.",
                ["autonomie"],
                ["jeunes"],
                horaires_accueil=OFFICE_HOURS,
                publics=["jeunes"],
            ),
            commune=towns[8],
        ),
        structure(
            "Programme de responsabilisation des auteurs (exemple)",
            "Prise en charge des auteurs de violences conjugales pour prévenir la récidive.",
            service(
                "Groupes de parole et suivi des auteurs",
                "Stages et suivis, sur orientation de la justice ou volontaires, pour mettre fin "
                "aux violences.",
                ["auteurs"],
                ["auteurs"],
                publics=["tous-publics"],
            ),
            commune=chef_lieu,
        ),
        structure(
            "Espace rencontre parents-enfants (exemple)",
            "Lieu neutre pour maintenir le lien entre un enfant et un parent, en sécurité.",
            service(
                "Visites médiatisées et remises d’enfants",
                "Rencontres encadrées par des professionnels, notamment quand il y a eu des "
                "violences dans le couple.",
                ["enfants"],
                ["enfants", "familles"],
                horaires_accueil="We,Sa 10:00-18:00; PH off",
            ),
            commune=towns[9],
        ),
        structure(
            f"Centre communal d’action sociale {of(towns[10])} (exemple)",
            "Action sociale de la commune.",
            service(
                "Accueil social et aides d’urgence",
                "Écoute, aides financières d’urgence, orientation vers l’hébergement et le droit.",
                ["autonomie", "ecoute"],
                ["femmes", "familles"],
                horaires_accueil=OFFICE_HOURS,
            ),
            commune=towns[10],
        ),
    ]
