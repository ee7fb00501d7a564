"""Demo content for the observatory's work, written for this site. Findings and figures are
examples, and say so: they are placeholders for the committee's real work."""

from ..grammar import at
from ..territory import DemoTerritory

EXAMPLE = "Exemple de démonstration, à remplacer par les travaux réels du comité. "

WORK_INDEX = {
    "slug": "travaux",
    "title": "Travaux de l’observatoire",
    "intro": "Chaque année, l’observatoire étudie quelques thèmes avec son comité de femmes "
    "ayant vécu des violences, de professionnels de terrain et de chercheurs, puis recommande "
    "des actions à ses partenaires.",
}
YEAR_2023 = {"slug": "2023", "title": "Thèmes 2023", "intro": "Trois thèmes étudiés en 2023."}

THEMES = [
    {
        "slug": "enfants-co-victimes",
        "title": "Les enfants exposés aux violences conjugales",
        "intro": "Les enfants qui vivent au milieu des violences en sont aussi victimes.",
        "question": "Comment repérer plus tôt les enfants exposés aux violences conjugales, et "
        "qui doit les accompagner une fois la situation connue ?",
        "method": "<p>Entretiens collectifs avec le comité, relecture de situations rendues "
        "anonymes par les services, et revue des études publiées.</p>",
        "women_committee": 7,
        "professionals": 14,
        "researchers": 3,
        "findings": f"<p>{EXAMPLE}Les enfants sont souvent repérés tard, au moment où la "
        "mère quitte le domicile ; l’école et la PMI voient des signes que personne ne relie "
        "entre eux.</p>",
    },
    {
        "slug": "premieres-relations",
        "title": "Les violences dans les premières relations amoureuses des jeunes",
        "intro": "Contrôle du téléphone, jalousie, pressions : des violences qui commencent tôt.",
        "question": "Comment les jeunes de 15 à 24 ans reconnaissent-ils les violences dans "
        "leurs premières relations, et vers qui se tournent-ils ?",
        "method": "<p>Ateliers dans des lycées et des missions locales, questionnaire anonyme, "
        "échanges avec les professionnels de la prévention.</p>",
        "women_committee": 5,
        "professionals": 11,
        "researchers": 2,
        "findings": f"<p>{EXAMPLE}Le contrôle par le téléphone est rarement vu comme une "
        "violence ; les jeunes parlent d’abord à leurs amis, rarement à un adulte.</p>",
    },
    {
        "slug": "alcool-et-drogues",
        "title": "L’alcool et les drogues dans les violences conjugales",
        "intro": "Les consommations n’expliquent pas les violences mais les aggravent.",
        "question": "Comment les services d’addictologie et ceux qui accompagnent les victimes "
        "peuvent-ils travailler ensemble ?",
        "method": "<p>Rencontres entre services d’addictologie, associations d’aide aux "
        "victimes et intervenants sociaux en gendarmerie et commissariat.</p>",
        "women_committee": 6,
        "professionals": 16,
        "researchers": 2,
        "findings": f"<p>{EXAMPLE}Les deux réseaux se connaissent peu ; une femme suivie pour "
        "une addiction est rarement interrogée sur les violences qu’elle subit.</p>",
    },
]


# The recommendation whose last note awaits the coordination's approval (not public yet).
SUBMITTED_NOTE = ("enfants-co-victimes", 3)


# (theme slug, number, title, text, partner slugs, status, notes: [(status, note, partner)]);
# the status is the last published note's.
def recommendations(t: DemoTerritory) -> list[tuple]:
    dep, caf, pref, research = (
        t.slug(key) for key in ("departement", "caf", "prefecture", "research")
    )
    return [
        (
            "enfants-co-victimes",
            1,
            "Former les professionnels de la petite enfance au repérage",
            "Proposer chaque année une formation au repérage des enfants exposés aux violences aux "
            "puéricultrices, assistantes maternelles et professionnels des crèches.",
            [dep],
            "en_cours",
            [
                (
                    "adoptee",
                    "Recommandation retenue dans le plan départemental.",
                    dep,
                ),
                (
                    "en_cours",
                    f"Deux sessions de formation organisées {at(t.chef_lieu)} et {t.cities[1]}.",
                    dep,
                ),
            ],
        ),
        (
            "enfants-co-victimes",
            2,
            "Prévenir les familles dès la déclaration de grossesse",
            "Joindre une information sur les violences et les numéros d’aide au courrier envoyé "
            "après "
            "la déclaration de grossesse.",
            [caf, dep],
            "en_cours",
            [
                ("adoptee", "Texte de l’information rédigé avec la PMI.", caf),
                (
                    "en_cours",
                    "L’information est jointe aux courriers de la moitié des antennes depuis le "
                    "printemps.",
                    caf,
                ),
            ],
        ),
        (
            "enfants-co-victimes",
            3,
            "Nommer un référent enfants dans chaque réseau VIF",
            "Désigner dans chaque réseau local de lutte contre les violences intrafamiliales une "
            "personne ressource pour les situations d’enfants exposés.",
            [pref],
            "proposee",
            [
                (
                    "adoptee",
                    "La désignation des référents est inscrite au prochain comité des réseaux.",
                    pref,
                )
            ],
        ),
        (
            "premieres-relations",
            1,
            "Intervenir dans chaque lycée au moins une fois par an",
            "Organiser une séance de prévention des violences dans les relations amoureuses dans "
            "chaque lycée du département.",
            [pref],
            "adoptee",
            [
                (
                    "adoptee",
                    "Le calendrier des interventions est établi avec les établissements.",
                    pref,
                )
            ],
        ),
        (
            "premieres-relations",
            2,
            "Créer un baromètre des premières relations",
            "Proposer aux jeunes un questionnaire anonyme pour situer leur relation et trouver de "
            "l’aide.",
            [research, caf],
            "realisee",
            [
                (
                    "en_cours",
                    "Questionnaire testé avec deux groupes de jeunes.",
                    research,
                ),
                (
                    "realisee",
                    "Le baromètre est en ligne sur le site de l’observatoire.",
                    research,
                ),
            ],
        ),
        (
            "premieres-relations",
            3,
            "Former les animateurs des accueils de jeunes",
            "Former les animateurs des points information jeunesse à orienter un jeune qui se "
            "confie.",
            [dep],
            "abandonnee",
            [
                (
                    "abandonnee",
                    "Remplacée par une formation commune avec les missions locales.",
                    dep,
                )
            ],
        ),
        (
            "alcool-et-drogues",
            1,
            "Poser la question des violences en addictologie",
            "Inscrire la question des violences subies dans le premier entretien des services "
            "d’addictologie.",
            [pref, dep],
            "en_cours",
            [
                (
                    "en_cours",
                    "Trois services pilotes ont modifié leur entretien d’accueil.",
                    pref,
                )
            ],
        ),
        (
            "alcool-et-drogues",
            2,
            "Mieux faire connaître les consultations spécialisées",
            "Publier dans l’annuaire les consultations d’addictologie qui reçoivent les victimes "
            "et "
            "les auteurs.",
            [research],
            "adoptee",
            [("adoptee", "Les consultations sont en cours de recensement.", research)],
        ),
        (
            "alcool-et-drogues",
            3,
            "Étudier les parcours après une plainte",
            "Suivre, avec l’accord des personnes, le parcours de femmes après une plainte pour "
            "violences conjugales lorsque l’alcool est en cause.",
            [research],
            "proposee",
            [],
        ),
    ]
