"""The easy-to-read pages (« Facile à lire », /facile-a-lire/), written to the European
easy-to-read rules: one idea per sentence, short everyday words, the reader addressed as
« vous », numbers in figures, no abbreviation left unexplained, a pictogram beside each step.

Facts from shared/FACTS.md and shared/RESEARCH.md. These pages still have to be read by people
who need easy-to-read texts before they may carry the FALC logo.
"""

from .easy_read_practical import NUMBERS, QUICK_EXIT, find_a_place
from .easy_read_steps import EXIT_BUTTON, NBSP, step
from .territory import DemoTerritory, demo_territory

INDEX = {
    "slug": "facile-a-lire",
    "title": "Facile à lire",
    "intro": "Ces pages expliquent avec des mots simples comment avoir de l’aide.",
    "pictogram": "livre",
    "pictogram_alt": "Un livre ouvert",
    "body": [
        step(
            "livre",
            "Un livre ouvert",
            "Ces pages sont faciles à lire.",
            "Chaque page parle d’une seule chose.",
            "Choisissez la page que vous voulez lire.",
        ),
        step(
            "danger",
            "Attention, danger",
            f"Vous êtes en danger maintenant{NBSP}?",
            "Appelez le 17.",
            phone="17",
        ),
        step(
            "effacer",
            "Une gomme qui efface",
            f"Quelqu’un arrive{NBSP}?",
            f"Appuyez sur le bouton rouge {EXIT_BUTTON}, en haut de la page.",
            link=("Quitter le site vite", "/facile-a-lire/quitter-le-site/"),
        ),
    ],
}

VIOLENCE = {
    "slug": "les-violences",
    "title": f"C’est quoi, les violences{NBSP}?",
    "intro": "Cette page explique ce que sont les violences.",
    "pictogram": "coeur-brise",
    "pictogram_alt": "Un cœur brisé",
    "body": [
        step(
            "danger",
            "Attention, danger",
            "Vous frapper, c’est une violence.",
            "Vous pousser ou vous serrer le cou, c’est une violence.",
            "Casser vos affaires, c’est aussi une violence.",
        ),
        step(
            "bulle",
            "Une bulle de parole",
            "Vous insulter, c’est une violence.",
            "Vous menacer, c’est une violence.",
            "Vous faire peur tous les jours, c’est une violence.",
        ),
        step(
            "telephone",
            "Un téléphone",
            "Lire vos messages sans votre accord, c’est une violence.",
            "Vouloir savoir tout le temps où vous êtes, c’est une violence.",
        ),
        step(
            "maison",
            "Une maison",
            "Vous empêcher de sortir, c’est une violence.",
            "Vous empêcher de voir votre famille ou vos amis, c’est une violence.",
        ),
        step(
            "argent",
            "Un billet et une pièce",
            "Prendre votre argent, c’est une violence.",
            "Vous empêcher de travailler, c’est une violence.",
            "Garder vos papiers, c’est une violence.",
        ),
        step(
            "main-stop",
            "Une main levée qui dit stop",
            "Vous forcer à avoir des relations sexuelles, c’est une violence.",
            "Vous toucher sans votre accord, c’est une violence.",
            "C’est interdit, même dans un couple.",
        ),
        step(
            "enfant",
            "Un enfant",
            "Les enfants voient et entendent les violences à la maison.",
            "Cela leur fait du mal, même si personne ne les frappe.",
        ),
        step(
            "balance",
            "Une balance, le signe de la justice",
            "La loi interdit les violences.",
            "C’est vrai aussi dans le couple et dans la famille.",
            "La personne violente peut être punie.",
        ),
        step(
            "coeur-brise",
            "Un cœur brisé",
            "Ce n’est pas de votre faute.",
            "Vous avez le droit d’avoir de l’aide.",
        ),
        step(
            "main-tendue",
            "Une main tendue",
            "Des personnes peuvent vous aider.",
            link=("Trouver de l’aide maintenant", "/facile-a-lire/trouver-de-l-aide/"),
        ),
    ],
}

HELP_NOW = {
    "slug": "trouver-de-l-aide",
    "title": "Trouver de l’aide maintenant",
    "intro": f"Vous avez besoin d’aide{NBSP}? Voici ce que vous pouvez faire.",
    "pictogram": "main-tendue",
    "pictogram_alt": "Une main tendue",
    "body": [
        step(
            "police",
            "Le signe de la police",
            f"Vous êtes en danger maintenant{NBSP}?",
            "Appelez le 17.",
            "La police ou la gendarmerie vient vous aider.",
            phone="17",
        ),
        step(
            "sms",
            "Un téléphone avec un message",
            f"Vous ne pouvez pas parler{NBSP}?",
            "Envoyez un SMS au 114.",
            "Un SMS, c’est un message écrit sur le téléphone.",
            phone="114",
            sms=True,
        ),
        step(
            "personne-aide",
            "Une personne qui écoute au téléphone",
            f"Vous voulez parler de ce qui vous arrive{NBSP}?",
            "Appelez le 3919.",
            "Une personne vous écoute et vous conseille.",
            phone="3919",
        ),
        step(
            "medecin",
            "Une trousse de médecin",
            f"Vous avez une blessure{NBSP}?",
            "Allez voir un médecin.",
            "Demandez-lui un papier qui dit ce qu’il a vu.",
        ),
        step(
            "balance",
            "Une balance, le signe de la justice",
            "Vous pouvez porter plainte à la police ou à la gendarmerie.",
            "Porter plainte, c’est dire à la police ce que la personne vous a fait.",
            "Une association peut vous aider à le faire.",
        ),
        step(
            "maison",
            "Une maison",
            f"Vous ne pouvez plus rester chez vous{NBSP}?",
            "Il existe des lieux pour dormir en sécurité.",
            "Le 3919 peut vous aider à trouver un lieu.",
        ),
        step(
            "carte-lieu",
            "Un lieu sur une carte",
            f"Vous cherchez un lieu d’aide près de chez vous{NBSP}?",
            "L’annuaire du site donne la liste de ces lieux.",
            link=("Chercher un lieu d’aide", "/facile-a-lire/chercher-un-lieu/"),
        ),
        step(
            "enfant",
            "Un enfant",
            f"Un enfant est en danger{NBSP}?",
            "Appelez le 119.",
            phone="119",
        ),
        step(
            "question",
            "Un point d’interrogation",
            f"Vous êtes enceinte{NBSP}?",
            "Un test vous aide à réfléchir à votre couple.",
            link=("Faire le test", "/barometre/grossesse/facile-a-lire/"),
        ),
        step(
            "effacer",
            "Une gomme qui efface",
            f"Quelqu’un regarde votre écran{NBSP}?",
            f"Appuyez sur le bouton rouge {EXIT_BUTTON}, en haut de la page.",
            link=("Quitter le site vite", "/facile-a-lire/quitter-le-site/"),
        ),
    ],
}


def pages(t: DemoTerritory) -> list[dict]:
    """The index page's children, in the order of its list."""
    return [VIOLENCE, HELP_NOW, NUMBERS, QUICK_EXIT, find_a_place(t)]


def __getattr__(name: str):
    # `easy_read.PAGES`: the pages for the territory served (no database needed).
    if name == "PAGES":
        return pages(demo_territory())
    raise AttributeError(name)
