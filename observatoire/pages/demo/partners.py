"""The four partners' pages. Facts from shared/FACTS.md; the wording is the project's own."""

from .blocks import commitment, contact, figure

ROLE_DDFE = "Déléguée départementale aux droits des femmes et à l’égalité"
ROLE_COORDINATION = "Coordinatrice de l’observatoire"

PARTNERS = [
    {
        "slug": "prefecture-herault",
        "title": "Préfecture de l’Hérault",
        "short": "État",
        "colour": "#1f3a68",
        "intro": "Les services de l’État dans l’Hérault, avec la déléguée départementale aux droits "
        "des femmes et à l’égalité et la DDETS.",
        "statement": "<p>L’État agit à chaque étape du parcours des victimes\u00a0: il prévient les "
        "stéréotypes dès la petite enfance, facilite l’accès aux droits, finance "
        "l’accompagnement juridique et psychologique, protège par le logement et travaille avec "
        "les auteurs pour éviter la récidive.</p><p>Il attend de l’observatoire une meilleure "
        "connaissance des violences dans le département et une meilleure visibilité des "
        "dispositifs d’aide.</p>",
        "commitments": [
            commitment(
                "Prévenir dès l’enfance",
                "<p>Actions contre les stéréotypes de genre dès la petite enfance et éducation à "
                "l’égalité.</p>",
            ),
            commitment(
                "Accéder à ses droits et être accompagnée",
                "<p>Soutien aux permanences d’accès au droit et à l’accompagnement juridique et "
                "psychologique des victimes.</p>",
            ),
            commitment(
                "Protéger et prévenir la récidive",
                "<p>Mise à l’abri par le logement et prise en charge des auteurs de violences. Avec "
                "le Département, l’État cofinance des postes d’intervenantes et intervenants "
                "sociaux en commissariat et en gendarmerie (ISCG).</p>",
                figure(6, "postes d’ISCG cofinancés avec le Département"),
            ),
            commitment(
                "Financer l’observatoire",
                "<p>L’État est l’un des trois financeurs de la première étape de "
                "l’observatoire.</p>",
                figure(18300, "part de l’État dans le budget de la première étape", unit="eur"),
            ),
        ],
        "contacts": [
            contact(ROLE_DDFE, "Préfecture de l’Hérault"),
            contact(ROLE_COORDINATION, "Université Paul-Valéry Montpellier\u00a03"),
        ],
    },
    {
        "slug": "departement-herault",
        "title": "Département de l’Hérault",
        "short": "Département",
        "colour": "#7a2048",
        "intro": "Chef de file de l’action sociale et de la protection de l’enfance dans l’Hérault.",
        "statement": "<p>Les travailleuses et travailleurs sociaux du Département et ses "
        "partenaires aident les victimes à être entendues, à être hébergées en urgence, à "
        "mettre leurs enfants en sécurité, à être accompagnées sur le plan juridique et à "
        "retrouver leur autonomie financière.</p>",
        "commitments": [
            commitment(
                "Écouter et accompagner",
                "<p>Accueil et accompagnement des victimes dans les services sociaux du "
                "Département, avec une attention particulière aux enfants.</p>",
            ),
            commitment(
                "Être présent là où les faits sont signalés",
                "<p>Avec l’État, le Département cofinance des postes d’intervenantes et "
                "intervenants sociaux en commissariat et en gendarmerie (ISCG).</p>",
                figure(6, "postes d’ISCG cofinancés avec l’État"),
            ),
            commitment(
                "Financer l’observatoire",
                "<p>Le Département est l’un des trois financeurs de la première étape de "
                "l’observatoire.</p>",
                figure(
                    18300, "part du Département dans le budget de la première étape", unit="eur"
                ),
            ),
        ],
        "contacts": [contact(ROLE_COORDINATION, "Université Paul-Valéry Montpellier\u00a03")],
    },
    {
        "slug": "caf-herault",
        "title": "Caf de l’Hérault",
        "short": "Caf",
        "colour": "#0b5e6b",
        "intro": "La caisse d’allocations familiales accompagne les familles, notamment au moment "
        "d’une séparation, où les violences sont fréquentes.",
        "statement": "<p>La Caf de l’Hérault s’engage contre les violences intrafamiliales à "
        "quatre niveaux qui se complètent\u00a0: auprès des familles, auprès des associations, "
        "auprès des réseaux de professionnels et au sein de l’observatoire.</p><p>À la demande "
        "du préfet, elle anime aussi un atelier partenarial consacré à la prévention des "
        "violences sous l’angle de l’enfance et de la famille. Sa première action\u00a0: un "
        "baromètre des violences pendant la grossesse, car 40 à 60\u00a0% des violences "
        "conjugales commenceraient autour de la grossesse selon le rapport sur la périnatalité. "
        "Il permettra à un couple qui attend un enfant de situer sa relation et d’en parler. Il "
        "est conçu avec l’État (DDETS), le Département, la PMI, les intervenantes sociales en "
        "gendarmerie et les associations CIDFF et Via Voltaire.</p>",
        "commitments": [
            commitment(
                "1. Accompagner les familles",
                "<p>Une équipe de travailleurs sociaux de la Caf accompagne les familles qui se "
                "séparent\u00a0; les violences sont souvent présentes dans ces situations. Par "
                "l’ARIPA, l’agence de recouvrement et d’intermédiation des pensions alimentaires, "
                "la Caf apporte aussi un soutien financier aux familles séparées.</p>",
                figure(11, "travailleurs sociaux dans l’équipe"),
                figure(740, "familles accompagnées chaque année", qualifier="plus de"),
                figure(
                    17,
                    "des familles à qui un rendez-vous est proposé",
                    unit="percent",
                    qualifier="plus de",
                ),
                figure(40000, "familles séparées soutenues par l’ARIPA", qualifier="plus de"),
            ),
            commitment(
                "2. Soutenir les associations",
                "<p>La Caf cofinance les actions des associations\u00a0: permanences d’aide aux "
                "victimes, programmes qui préviennent la récidive des auteurs.</p>",
                figure(200500, "pour les actions des associations", unit="eur"),
            ),
            commitment(
                "3. Financer les réseaux de professionnels",
                "<p>La Caf est le principal financeur des réseaux interprofessionnels «\u00a0VIF\u00a0» "
                "(violences intrafamiliales) qui couvrent le département et permettent des "
                "parcours d’accompagnement coordonnés.</p>",
                figure(32000, "pour les réseaux VIF", unit="eur_year"),
            ),
            commitment(
                "4. Cofonder l’observatoire",
                "<p>Avec l’État, le Département et l’université, la Caf a fondé l’observatoire et "
                "a cofinancé avec l’État sa première étape, expérimentale.</p>",
                figure(18300, "part de la Caf dans le budget de la première étape", unit="eur"),
            ),
        ],
        "contacts": [contact(ROLE_COORDINATION, "Université Paul-Valéry Montpellier\u00a03")],
    },
    {
        "slug": "universite-paul-valery",
        "title": "Université Paul-Valéry Montpellier\u00a03",
        "short": "Université",
        "colour": "#5b3a00",
        "intro": "L’université accueille la coordination de l’observatoire et apporte la "
        "recherche en sciences sociales.",
        "statement": "<p>Le poste de coordination de l’observatoire est rattaché à la Mission "
        "Égalité de l’Université Paul-Valéry Montpellier\u00a03. Ses chercheuses et chercheurs "
        "conduisent les études de l’observatoire et accompagnent ses travaux, ce qui associe "
        "pleinement la recherche à l’action publique.</p>",
        "commitments": [
            commitment(
                "Coordonner",
                "<p>Accueil du poste de coordination au sein de la Mission Égalité.</p>",
            ),
            commitment(
                "Étudier",
                "<p>Conduite et accompagnement des études annuelles, avec des chercheuses et "
                "chercheurs en sciences sociales membres du comité coopératif.</p>",
                figure(5, "chercheuses et chercheurs au comité coopératif"),
            ),
        ],
        "contacts": [contact(ROLE_COORDINATION, "Université Paul-Valéry Montpellier\u00a03")],
    },
]

PARTNERSHIP = {
    "title": "Un partenariat à quatre, inédit en France",
    "body": "<p>L’État, le Département et la Caf agissent chacun contre les violences "
    "conjugales. Face à leur gravité et à leur augmentation, ils ont choisi de travailler "
    "ensemble, avec l’Université Paul-Valéry Montpellier\u00a03, au sein d’un observatoire\u00a0: "
    "un outil de veille, de compréhension et de production de nouvelles pratiques, pour "
    "adapter leurs actions au terrain.</p><p>Les quatre partenaires pilotent l’observatoire "
    "ensemble\u00a0; sa coordination est rattachée à l’université, ce qui associe la "
    "recherche à la démarche.</p>",
    "budget_label": "Budget de la première étape",
    "budget_total": 54900,
    "budget_shares": [
        {"type": "share", "value": {"funder": "État", "amount": 18300}},
        {"type": "share", "value": {"funder": "Département de l’Hérault", "amount": 18300}},
        {"type": "share", "value": {"funder": "Caf de l’Hérault", "amount": 18300}},
    ],
}
