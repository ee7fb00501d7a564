"""The site's information pages: quick-exit guide, numbers, legal notice, data, accessibility."""

from .blocks import callout, heading, paragraph
from .grammar import capital
from .territory import DemoTerritory

HELPLINES_PAGE = {
    "slug": "numeros-utiles",
    "title": "Numéros d’aide",
    "intro": "Des numéros gratuits pour être écoutée, conseillée ou secourue. En cas de danger "
    "immédiat, appelez le 17 ou écrivez au 114.",
    "body": [
        heading("Autres urgences"),
        paragraph(
            "<ul><li>15\u00a0: SAMU, urgence médicale.</li><li>18\u00a0: "
            "sapeurs-pompiers.</li></ul>"
        ),
        callout(
            "Sur votre téléphone",
            "<p>Un appel au 3919 ou au 119 n’apparaît pas sur la facture, mais il reste dans "
            "la liste des appels du téléphone. Pensez à l’effacer si quelqu’un peut la "
            'consulter. <a href="/effacer-mes-traces/">Comment effacer mes traces</a></p>',
        ),
    ],
}

EXIT_GUIDE = {
    "slug": "effacer-mes-traces",
    "title": "Effacer mes traces",
    "intro": "Ce que fait le bouton «\u00a0Effacer mes traces\u00a0», ce qu’il ne peut pas faire, "
    "et comment supprimer ce site de l’historique de votre navigateur.",
    "body": [
        heading("Ce que fait le bouton"),
        paragraph(
            "<p>Le bouton «\u00a0Effacer mes traces\u00a0», en haut de chaque page, cache "
            "aussitôt la page et ouvre à sa place un site de météo. Vous pouvez aussi appuyer "
            "3\u00a0fois sur la touche Maj (⇧) de votre clavier. Au clavier, c’est aussi le "
            "premier lien de chaque page.</p><p>Pour laisser le moins de traces possible, ce "
            "site\u00a0:</p><ul><li>ne dépose aucun cookie et n’enregistre rien dans votre "
            "navigateur\u00a0;</li><li>ne fait appel à aucun autre site (ni polices, ni "
            "cartes, ni statistiques de visite)\u00a0;</li><li>n’ajoute qu’une seule ligne à "
            "l’historique de navigation par visite, quel que soit le nombre de pages "
            "consultées\u00a0: après la sortie rapide, le bouton «\u00a0Retour\u00a0» ne "
            "ramène pas sur ce site.</li></ul>"
        ),
        heading("Ce qu’il ne peut pas faire"),
        paragraph(
            "<p>Aucun site ne peut effacer lui-même l’historique de votre navigateur. La date "
            "et l’adresse de votre visite peuvent y rester, ainsi que dans les comptes qui "
            "synchronisent l’historique entre plusieurs appareils. Le bouton protège d’un "
            "regard rapide sur l’écran, pas d’une recherche dans l’historique.</p><p>Supprimer "
            "seulement les lignes de ce site est souvent plus discret que de tout effacer\u00a0: "
            "un historique entièrement vide peut attirer l’attention.</p>"
        ),
        heading("Supprimer ce site de l’historique"),
        paragraph(
            "<h3>Chrome (ordinateur, Android)</h3><p>Ouvrez le menu ⋮, puis "
            "«\u00a0Historique\u00a0». Sur ordinateur, le raccourci Ctrl+H (⌘+Y sur Mac) l’ouvre "
            "directement. Cochez les lignes de ce site, puis «\u00a0Supprimer\u00a0».</p>"
            "<h3>Firefox</h3><p>Ouvrez l’historique avec Ctrl+Maj+H (⌘+Maj+H sur Mac). Faites "
            "un clic droit sur une ligne de ce site et choisissez «\u00a0Oublier ce "
            "site\u00a0»\u00a0: "
            "toutes ses lignes disparaissent.</p>"
            "<h3>Safari sur iPhone</h3><p>Touchez l’icône des signets, puis l’onglet de "
            "l’historique (une horloge). Faites glisser vers la gauche chaque ligne de ce site et "
            "touchez «\u00a0Supprimer\u00a0».</p>"
            "<h3>Safari sur Mac</h3><p>Menu «\u00a0Historique\u00a0», puis «\u00a0Afficher tout "
            "l’historique\u00a0». Sélectionnez les lignes de ce site et appuyez sur la touche "
            "d’effacement.</p>"
            "<h3>Samsung Internet</h3><p>Touchez le menu ≡, puis «\u00a0Historique\u00a0». "
            "Appuyez longuement sur une ligne de ce site, puis touchez «\u00a0Supprimer\u00a0».</p>"
            "<h3>Edge</h3><p>Ouvrez l’historique avec Ctrl+H. Survolez une ligne de ce site et "
            "cliquez sur la croix pour la supprimer.</p>"
        ),
        heading("Naviguer sans laisser d’historique"),
        paragraph(
            "<p>La navigation privée n’enregistre pas les pages visitées une fois la fenêtre "
            "fermée\u00a0: «\u00a0Nouvelle fenêtre de navigation privée\u00a0» dans Chrome "
            "(Ctrl+Maj+N), «\u00a0Nouvelle fenêtre privée\u00a0» dans Firefox (Ctrl+Maj+P) et "
            "dans Safari, «\u00a0Mode secret\u00a0» dans Samsung Internet, «\u00a0Nouvelle fenêtre "
            "InPrivate\u00a0» dans Edge. Fermez-la quand vous avez fini.</p>"
        ),
        heading("Appareils partagés et comptes synchronisés"),
        paragraph(
            "<p>Si vous êtes connectée à un compte Google, Apple, Microsoft ou Samsung, "
            "l’historique peut être copié sur vos autres appareils, y compris un ordinateur ou "
            "une tablette partagés. Supprimez les lignes sur chaque appareil, ou utilisez la "
            "navigation privée. Si possible, utilisez un appareil auquel la personne dont vous "
            "vous méfiez n’a pas accès\u00a0: celui d’une amie, d’un lieu public ou d’un "
            "service d’aide.</p>"
        ),
        callout(
            "Les appels et les SMS",
            "<p>Les appels au 3919 et au 119 n’apparaissent pas sur les factures, mais ils "
            "restent dans la liste des appels du téléphone. Un SMS envoyé au 114 reste dans "
            "vos messages. Pensez à les supprimer si quelqu’un peut les voir.</p>",
        ),
    ],
}


def legal_notice(t: DemoTerritory) -> dict:
    return {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "intro": "Qui publie ce site et sous quelles conditions.",
        "body": [
            heading("Éditeur"),
            paragraph(
                "<p>Observatoire départemental des violences faites aux femmes, sexistes et "
                f"intrafamiliales {t.of_departement} ({t.acronym}), piloté par {t.steering()}. La "
                "coordination de l’observatoire, rattachée "
                f"{t.coordination['attached_long']}, est responsable de la publication.</p>"
            ),
            heading("Hébergement"),
            paragraph(
                "<p>Le nom et l’adresse de l’hébergeur sont indiqués ici lors de la mise en "
                "service du site.</p>"
            ),
            heading("Réutilisation"),
            paragraph(
                "<p>Les textes de ce site peuvent être reproduits en citant la source. Les "
                "données publiées en données ouvertes le sont sous Licence Ouverte\u00a02.0.</p>"
            ),
        ],
    }


PERSONAL_DATA = {
    "slug": "donnees-personnelles",
    "title": "Données personnelles",
    "intro": "Ce site ne dépose aucun cookie et ne mesure pas son audience.",
    "body": [
        heading("Aucun cookie, aucune mesure d’audience"),
        paragraph(
            "<p>Les pages publiques de ce site ne déposent aucun cookie et n’enregistrent rien "
            "dans votre navigateur. Il n’y a ni outil de statistiques de visite, ni bouton de "
            "réseau social, ni contenu chargé depuis un autre site\u00a0: aucun tiers n’est "
            "informé de votre visite. C’est pourquoi ce site n’affiche pas de bandeau de "
            "cookies.</p>"
        ),
        heading("Journaux techniques"),
        paragraph(
            "<p>Le serveur ne conserve pas la liste des pages consultées par chaque visiteur. "
            "Seules les erreurs techniques sont enregistrées, sans votre adresse IP, pour "
            "corriger le site.</p>"
        ),
        heading("Baromètres"),
        paragraph(
            "<p>Vos réponses aux baromètres ne sont ni enregistrées, ni envoyées à qui que ce "
            "soit, ni gardées dans votre navigateur. Avec JavaScript, le résultat est calculé "
            "sur votre appareil. Sans JavaScript, les réponses sont envoyées au serveur, qui "
            "calcule le résultat et les oublie aussitôt.</p>"
            "<p>Si vous cliquez sur « Compter ce résultat », un compteur augmente de "
            "un : il ne garde que la version du baromètre, le mois, le parcours choisi, "
            "la couleur du résultat et, le cas échéant, le site partenaire. Les nombres publiés "
            "inférieurs à dix sont masqués.</p>"
        ),
        heading("Annuaire"),
        paragraph(
            "<p>La commune que vous cherchez n’est pas conservée. Le formulaire « Signaler "
            "une erreur » ne demande aucune donnée personnelle : son message est "
            "conservé dans l’espace de gestion pour corriger l’annuaire, puis supprimé par la "
            "coordination une fois traité. N’y écrivez pas de nom.</p>"
        ),
        heading("Espace de gestion"),
        paragraph(
            "<p>Les personnes qui mettent à jour le site utilisent un espace de gestion "
            "protégé par un mot de passe et un code à usage unique. Seul cet espace utilise des "
            "cookies, indispensables à la connexion. Leur compte (nom, courriel, mot de passe "
            "chiffré, clé de l’application d’authentification, codes de secours, partenaire) "
            "est conservé tant qu’elles contribuent au site.</p>"
            "<p>Pour la sécurité du site, l’espace de gestion garde l’historique des "
            "modifications (qui, quand, quoi) avec celui des pages et de l’annuaire, et "
            "celui des connexions et des échecs de connexion pendant un an. Les essais de mot "
            "de passe erronés sont comptés par nom de compte et oubliés après 15 minutes. "
            "Aucune adresse IP n’est enregistrée.</p>"
        ),
        heading("Sauvegardes"),
        paragraph(
            "<p>Les sauvegardes de la base reprennent ces mêmes données ; seuls les "
            "administrateurs du site y ont accès.</p>"
        ),
        heading("Vos droits"),
        paragraph(
            "<p>Pour toute question sur vos données, écrivez à la coordination de "
            "l’observatoire. Vous pouvez aussi saisir la Commission nationale de "
            "l’informatique et des libertés (CNIL).</p>"
        ),
    ],
}


def accessibility(t: DemoTerritory) -> dict:
    return {
        "slug": "accessibilite",
        "title": "Déclaration d’accessibilité",
        "intro": "L’observatoire s’engage à rendre son site accessible, conformément à l’article "
        "47 "
        "de la loi n°\u00a02005-102 du 11\u00a0février\u00a02005.",
        "body": [
            paragraph(
                "<p>Cette déclaration d’accessibilité s’applique au site de l’Observatoire "
                "départemental des violences faites aux femmes, sexistes et intrafamiliales "
                f"{t.of_departement}.</p>"
            ),
            heading("État de conformité"),
            paragraph(
                "<p>Ce site est <strong>partiellement conforme</strong> avec le référentiel "
                "général "
                "d’amélioration de l’accessibilité (RGAA), version\u00a04.1, en raison de "
                "l’absence "
                "d’audit complet à ce jour.</p>"
            ),
            heading("Résultats des tests"),
            paragraph(
                "<p>Aucun audit RGAA complet n’a encore été réalisé. Chaque type de page est "
                "vérifié "
                "automatiquement avec l’outil axe-core dans un navigateur Chromium à chaque "
                "modification du site\u00a0; ces vérifications ne trouvent aucune erreur. Le site "
                "s’utilise entièrement au clavier et s’affiche sur un écran de 320\u00a0pixels de "
                "large.</p>"
            ),
            heading("Contenus non accessibles"),
            paragraph(
                "<p>Les documents PDF publiés par les partenaires peuvent ne pas être "
                "accessibles\u00a0; "
                "un résumé en HTML les accompagne.</p>"
            ),
            heading("Établissement de cette déclaration"),
            paragraph(
                "<p>Cette déclaration a été établie le 28\u00a0novembre\u00a02026.</p><ul><li>"
                "Technologies utilisées\u00a0: HTML, CSS, JavaScript (facultatif).</li><li>Outils "
                "de "
                "vérification\u00a0: axe-core, Chromium, navigation au clavier.</li></ul>"
            ),
            heading("Retour d’information et contact"),
            paragraph(
                "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à la "
                "coordination de l’observatoire pour être orientée vers une autre façon d’y "
                "accéder ou obtenir le contenu sous une autre forme.</p>"
            ),
            heading("Voies de recours"),
            paragraph(
                "<p>Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse "
                "satisfaisante, vous pouvez saisir le Défenseur des droits\u00a0:</p><ul><li>par "
                "le formulaire en ligne sur le site du Défenseur des droits\u00a0;</li><li>auprès "
                "d’un délégué ou d’une déléguée du Défenseur des droits dans votre "
                "département\u00a0;</li><li>par courrier gratuit, sans timbre\u00a0: Défenseur des "
                "droits, Libre réponse 71120, 75342 Paris CEDEX\u00a007.</li></ul>"
            ),
        ],
    }


SITE_MAP = {"slug": "plan-du-site", "title": "Plan du site", "intro": "Toutes les pages du site."}

NEWS_INDEX = {
    "slug": "actualites",
    "title": "Actualités",
    "intro": "Les nouvelles de l’observatoire et de ses partenaires.",
}


def partner_index(t: DemoTerritory) -> dict:
    return {
        "slug": "partenaires",
        "title": "Les partenaires",
        "intro": f"{capital(t.count)} partenaires pilotent et financent l’observatoire.",
    }
