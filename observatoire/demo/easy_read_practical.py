"""The practical easy-to-read pages: the numbers, leaving the site quickly, finding a place
(see `easy_read` for the rules they are written to; the last one names the territory)."""

from .easy_read_steps import EXIT_BUTTON, NBSP, quoted, step
from .territory import DemoTerritory

NUMBERS = {
    "slug": "les-numeros",
    "title": "Les numéros à appeler",
    "intro": "Voici les numéros pour avoir de l’aide. Les appels sont gratuits.",
    "pictogram": "telephone",
    "pictogram_alt": "Un téléphone",
    "body": [
        step(
            "police",
            "Le signe de la police",
            "Le 17, c’est la police ou la gendarmerie.",
            "Appelez le 17 si vous êtes en danger maintenant.",
            phone="17",
        ),
        step(
            "telephone",
            "Un téléphone",
            "Le 112 est le numéro d’urgence européen.",
            "Le 112 marche en France et dans tous les pays de l’Union européenne.",
            phone="112",
        ),
        step(
            "sms",
            "Un téléphone avec un message",
            "Le 114 est un numéro d’urgence pour les personnes qui ne peuvent pas parler ou "
            "entendre.",
            "Envoyez un SMS au 114.",
            "Un SMS, c’est un message écrit sur le téléphone.",
            phone="114",
            sms=True,
        ),
        step(
            "medecin",
            "Une trousse de médecin",
            "Le 15, c’est le SAMU.",
            "Appelez le 15 si quelqu’un est gravement blessé ou malade.",
            "Des médecins vous conseillent et envoient de l’aide.",
            phone="15",
        ),
        step(
            "personne-aide",
            "Une personne qui écoute au téléphone",
            "Le 3919 s’appelle Violences Femmes Info.",
            "Le 3919 écoute et conseille les femmes victimes de violences.",
            "Vous pouvez aussi appeler pour aider une autre personne.",
            phone="3919",
        ),
        step(
            "horloge",
            "Une horloge",
            "Le 3919 est gratuit.",
            "Le 3919 répond 24 heures sur 24, 7 jours sur 7.",
            "Vous pouvez appeler le jour, la nuit, tous les jours.",
        ),
        step(
            "telephone",
            "Un téléphone",
            "Vous n’avez pas besoin de dire votre nom au 3919.",
            "L’appel ne se voit pas sur la facture de téléphone.",
        ),
        step(
            "bulle",
            "Une bulle de parole",
            f"Vous parlez peu le français{NBSP}?",
            "Le 3919 peut vous répondre avec un interprète, une personne qui traduit dans "
            "votre langue.",
            "Ce n’est pas possible à toutes les heures.",
        ),
        step(
            "danger",
            "Attention, danger",
            "Le 3919 n’est pas un numéro d’urgence.",
            "En cas de danger, appelez le 17.",
            phone="17",
        ),
        step(
            "enfant",
            "Un enfant",
            "Le 119, c’est pour les enfants en danger.",
            "Un enfant ou un adulte peut appeler.",
            "Le 119 répond le jour et la nuit.",
            phone="119",
        ),
        step(
            "effacer",
            "Une gomme qui efface",
            "Les appels restent dans la liste des appels du téléphone.",
            "Vous pouvez effacer un appel de cette liste.",
        ),
        step(
            "main-tendue",
            "Une main tendue",
            f"Vous voulez voir tous les numéros d’aide{NBSP}?",
            link=("Tous les numéros d’aide", "/numeros-utiles/"),
        ),
    ],
}

QUICK_EXIT = {
    "slug": "quitter-le-site",
    "title": "Quitter le site vite",
    "intro": f"Quelqu’un arrive{NBSP}? Vous pouvez quitter ce site très vite.",
    "pictogram": "porte-sortie",
    "pictogram_alt": "Une porte de sortie",
    "body": [
        step(
            "effacer",
            "Une gomme qui efface",
            f"En haut de chaque page, il y a un bouton rouge {EXIT_BUTTON}.",
            "Appuyez sur ce bouton pour quitter le site tout de suite.",
        ),
        step(
            "touche-maj",
            "La touche Maj du clavier",
            "Sur un ordinateur, vous pouvez aussi appuyer 3 fois de suite sur la touche Maj.",
            "La touche Maj a une flèche vers le haut.",
            "Elle sert aussi à écrire les majuscules.",
        ),
        step(
            "meteo",
            "Le soleil et un nuage, la météo",
            "Un site de météo s’ouvre à la place de ce site.",
            "La personne qui regarde votre écran voit la météo.",
        ),
        step(
            "danger",
            "Attention, danger",
            f"Attention{NBSP}: le bouton n’efface pas l’historique.",
            "L’historique, c’est la liste des sites que vous avez regardés.",
            "Cette liste reste dans votre téléphone ou votre ordinateur.",
        ),
        step(
            "effacer",
            "Une gomme qui efface",
            "Le navigateur, c’est l’application qui ouvre les sites internet.",
            f"Dans le navigateur, cherchez {quoted('Historique')}.",
            "Effacez les lignes de ce site.",
        ),
        step(
            "question",
            "Un point d’interrogation",
            "N’effacez pas tout l’historique.",
            "Un historique tout vide peut se remarquer.",
        ),
        step(
            "fenetre-privee",
            "Une fenêtre de navigation privée",
            "Une fenêtre privée laisse moins de traces.",
            f"Dans le menu du navigateur, choisissez {quoted('Nouvelle fenêtre privée')} ou "
            f"{quoted('Navigation privée')}.",
            "Fermez cette fenêtre quand vous avez fini.",
        ),
        step(
            "telephone",
            "Un téléphone",
            "Les appels et les SMS restent dans votre téléphone.",
            "Pensez à les effacer si quelqu’un peut regarder votre téléphone.",
        ),
        step(
            "ordinateur",
            "Un ordinateur",
            "Si vous pouvez, utilisez un autre téléphone ou un autre ordinateur.",
            "Par exemple, celui d’une amie ou d’un lieu d’aide.",
        ),
        step(
            "porte-sortie",
            "Une porte de sortie",
            f"Vous voulez plus d’explications{NBSP}?",
            link=(f"Lire la page {EXIT_BUTTON}", "/effacer-mes-traces/"),
        ),
    ],
}


def find_a_place(t: DemoTerritory) -> dict:
    return {
        "slug": "chercher-un-lieu",
        "title": "Chercher un lieu d’aide",
        "intro": "L’annuaire du site donne la liste des lieux d’aide "
        f"{t.in_departement}. Voici comment l’utiliser.",
        "pictogram": "carte-lieu",
        "pictogram_alt": "Un lieu sur une carte",
        "body": [
            step(
                "carte-lieu",
                "Un lieu sur une carte",
                f"L’annuaire, c’est la liste des lieux d’aide {t.in_departement}.",
                "La plupart de ces lieux sont gratuits.",
                link=("Ouvrir l’annuaire", "/annuaire/"),
            ),
            step(
                "maison",
                "Une maison",
                "Écrivez le nom de votre ville ou de votre village.",
                "Vous pouvez aussi écrire le code postal.",
                "Le code postal, c’est le nombre à 5 chiffres de votre adresse.",
            ),
            step(
                "loupe",
                "Une loupe",
                f"Appuyez sur le bouton {quoted('Rechercher')}.",
            ),
            step(
                "question",
                "Un point d’interrogation",
                f"Le site vous montre plusieurs villes{NBSP}?",
                "Choisissez votre ville dans la liste.",
            ),
            step(
                "carte-lieu",
                "Un lieu sur une carte",
                "Le site montre les lieux d’aide près de chez vous.",
                "Le lieu le plus près est en haut de la liste.",
                f"En bas de la liste, il y a les aides pour {t.everywhere}.",
            ),
            step(
                "loupe",
                "Une loupe",
                f"Appuyez sur {quoted('Affiner la recherche')} pour choisir le type d’aide.",
                f"Par exemple{NBSP}: {quoted('Gratuit')} ou {quoted('Ouvert maintenant')}.",
                f"Appuyez ensuite sur {quoted('Appliquer les filtres')}.",
            ),
            step(
                "horloge",
                "Une horloge",
                "Pour chaque lieu, le site dit s’il est ouvert ou fermé maintenant.",
            ),
            step(
                "telephone",
                "Un téléphone",
                "Appuyez sur le numéro de téléphone pour appeler le lieu d’aide.",
            ),
            step(
                "main-stop",
                "Une main levée qui dit stop",
                "Certains lieux gardent leur adresse secrète, pour la sécurité des personnes.",
                "Ils donnent leur adresse par téléphone.",
            ),
            step(
                "effacer",
                "Une gomme qui efface",
                "Le site ne garde pas la ville que vous cherchez.",
                "Mais votre navigateur peut la garder dans l’historique.",
                link=("Quitter le site vite", "/facile-a-lire/quitter-le-site/"),
            ),
            step(
                "personne-aide",
                "Une personne qui écoute au téléphone",
                f"Vous ne trouvez pas de lieu{NBSP}?",
                "Appelez le 3919.",
                "Le 3919 vous dit où aller.",
                phone="3919",
            ),
        ],
    }
