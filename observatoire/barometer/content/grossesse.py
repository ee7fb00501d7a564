"""The pregnancy barometer, version 1: a working version for the partners' working group.

Written for this site (no wording taken from another tool). Three ways to say each situation:
by the pregnant person, by her partner about their own behaviour, by someone close or a
professional about her; and an easy-to-read way (FALC) for the first two (`EASY`).
"""

from .common import SCALE, fr, item, zone
from .grossesse_easy import EASY

SLUG = "grossesse"


def situation(key, theme, zone_key, me, partner, other, **options):
    return item(
        key,
        theme,
        zone_key,
        {"enceinte": me, "partenaire": partner, "proche": other, "pro": other},
        easy=dict(zip(("enceinte", "partenaire"), EASY[key], strict=True)),
        **options,
    )


ITEMS = [
    situation(
        "soutien",
        "soutien",
        "vert",
        "Mon ou ma partenaire me soutient quand je suis fatiguée ou inquiète.",
        "Je soutiens ma partenaire quand elle est fatiguée ou inquiète.",
        "Son ou sa partenaire la soutient quand elle est fatiguée ou inquiète.",
        protective=True,
        trigger=1,
    ),
    situation(
        "rendez_vous_libres",
        "suivi de grossesse",
        "vert",
        "Je vais à mes rendez-vous de grossesse, dont l'entretien prénatal précoce, comme je le "
        "souhaite : seule ou accompagnée.",
        "Ma partenaire va à ses rendez-vous de grossesse, dont l'entretien prénatal précoce, "
        "comme elle le souhaite : seule ou accompagnée.",
        "Elle va à ses rendez-vous de grossesse, dont l'entretien prénatal précoce, comme elle "
        "le souhaite : seule ou accompagnée.",
        protective=True,
        trigger=1,
    ),
    situation(
        "decisions",
        "décisions",
        "vert",
        "Nous décidons ensemble de ce qui concerne la grossesse et le bébé, et mon avis compte.",
        "Nous décidons ensemble de ce qui concerne la grossesse et le bébé, et son avis compte "
        "autant que le mien.",
        "Le couple décide ensemble de ce qui concerne la grossesse et le bébé, et son avis à "
        "elle compte.",
        protective=True,
        trigger=1,
    ),
    situation(
        "entourage_libre",
        "isolement",
        "vert",
        "Je vois ma famille et mes amis quand j'en ai envie.",
        "Ma partenaire voit sa famille et ses amis quand elle en a envie.",
        "Elle voit sa famille et ses amis quand elle en a envie.",
        protective=True,
        trigger=1,
    ),
    situation(
        "consentement",
        "sexualité",
        "vert",
        "Mon ou ma partenaire respecte mes envies et mes refus pour les relations sexuelles.",
        "Je respecte les envies et les refus de ma partenaire pour les relations sexuelles.",
        "Son ou sa partenaire respecte ses envies et ses refus pour les relations sexuelles.",
        protective=True,
        trigger=1,
    ),
    situation(
        "jalousie_bebe",
        "jalousie",
        "orange",
        "Mon ou ma partenaire me reproche de m'occuper trop de la grossesse ou du bébé, et pas "
        "assez de lui ou d'elle.",
        "Je reproche à ma partenaire de s'occuper trop de la grossesse ou du bébé, et pas assez "
        "de moi.",
        "Son ou sa partenaire lui reproche de s'occuper trop de la grossesse ou du bébé.",
    ),
    situation(
        "telephone",
        "contrôle numérique",
        "orange",
        "Mon ou ma partenaire regarde mon téléphone ou mes messages sans mon accord.",
        "Je regarde le téléphone ou les messages de ma partenaire sans son accord.",
        "Son ou sa partenaire regarde son téléphone ou ses messages sans son accord.",
    ),
    situation(
        "localisation",
        "contrôle numérique",
        "orange",
        "Mon ou ma partenaire veut savoir où je suis à tout moment, par message ou par la "
        "localisation de mon téléphone.",
        "Je veux savoir où est ma partenaire à tout moment, par message ou par la localisation "
        "de son téléphone.",
        "Son ou sa partenaire veut savoir où elle est à tout moment, par message ou par la "
        "localisation de son téléphone.",
    ),
    situation(
        "isolement",
        "isolement",
        "orange",
        "Mon ou ma partenaire décide qui je peux voir, ou me reproche de voir ma famille ou mes "
        "amis.",
        "Je décide qui ma partenaire peut voir, ou je lui reproche de voir sa famille ou ses amis.",
        "Son ou sa partenaire décide qui elle peut voir, ou lui reproche de voir sa famille ou "
        "ses amis.",
    ),
    situation(
        "argent",
        "argent",
        "orange",
        "Mon ou ma partenaire garde pour lui ou pour elle l'argent du foyer ou les aides de la "
        "Caf, et je dois demander pour la moindre dépense.",
        "Je garde l'argent du foyer ou les aides de la Caf, et ma partenaire doit me demander "
        "pour la moindre dépense.",
        "Son ou sa partenaire garde l'argent du foyer ou les aides de la Caf, et elle doit "
        "demander pour la moindre dépense.",
    ),
    situation(
        "rendez_vous_controles",
        "suivi de grossesse",
        "orange",
        "Mon ou ma partenaire veut assister à tous mes rendez-vous et répond à ma place aux "
        "questions de la sage-femme ou du médecin.",
        "J'assiste à tous les rendez-vous de ma partenaire et je réponds à sa place aux questions "
        "de la sage-femme ou du médecin.",
        "Son ou sa partenaire assiste à tous ses rendez-vous et répond à sa place aux questions "
        "de la sage-femme ou du médecin.",
    ),
    situation(
        "moqueries",
        "paroles",
        "orange",
        "Mon ou ma partenaire se moque de mon corps qui change, de ma fatigue ou de mes peurs.",
        "Je me moque du corps qui change de ma partenaire, de sa fatigue ou de ses peurs.",
        "Son ou sa partenaire se moque de son corps qui change, de sa fatigue ou de ses peurs.",
    ),
    situation(
        "humiliation",
        "paroles",
        "orange",
        "Mon ou ma partenaire me rabaisse ou m'humilie, seul à seule ou devant d'autres personnes.",
        "Je rabaisse ou j'humilie ma partenaire, seul à seule ou devant d'autres personnes.",
        "Son ou sa partenaire la rabaisse ou l'humilie, en privé ou devant d'autres personnes.",
    ),
    situation(
        "colere",
        "colère",
        "orange",
        "Quand il ou elle est en colère, mon ou ma partenaire crie, claque les portes ou casse "
        "des objets.",
        "Quand je suis en colère, je crie, je claque les portes ou je casse des objets.",
        "Quand il ou elle est en colère, son ou sa partenaire crie, claque les portes ou casse "
        "des objets.",
    ),
    situation(
        "pression_grossesse",
        "grossesse imposée",
        "orange",
        "Mon ou ma partenaire me met la pression sur la grossesse : la garder, l'arrêter, ou en "
        "commencer une autre très vite.",
        "Je mets la pression à ma partenaire sur la grossesse : la garder, l'arrêter, ou en "
        "commencer une autre très vite.",
        "Son ou sa partenaire lui met la pression sur la grossesse : la garder, l'arrêter, ou en "
        "commencer une autre très vite.",
        weight=1.5,
    ),
    situation(
        "menaces",
        "menaces",
        "rouge",
        "Mon ou ma partenaire me menace : de partir avec l'enfant, de me faire du mal ou de se "
        "faire du mal.",
        "Je menace ma partenaire : de partir avec l'enfant, de lui faire du mal ou de me faire "
        "du mal.",
        "Son ou sa partenaire la menace : de partir avec l'enfant, de lui faire du mal ou de se "
        "faire du mal.",
        weight=2,
    ),
    situation(
        "coups",
        "violences physiques",
        "rouge",
        "Mon ou ma partenaire me pousse, me secoue, me gifle ou me frappe.",
        "Je pousse, je secoue, je gifle ou je frappe ma partenaire.",
        "Son ou sa partenaire la pousse, la secoue, la gifle ou la frappe.",
        weight=2,
    ),
    situation(
        "ventre",
        "violences physiques",
        "rouge",
        "Mon ou ma partenaire s'en prend à mon ventre, par des gestes ou par des paroles.",
        "Je m'en prends au ventre de ma partenaire, par des gestes ou par des paroles.",
        "Son ou sa partenaire s'en prend à son ventre, par des gestes ou par des paroles.",
        weight=2,
    ),
    situation(
        "sexe_force",
        "violences sexuelles",
        "rouge",
        "Mon ou ma partenaire m'oblige à des relations ou des gestes sexuels que je ne veux pas.",
        "J'oblige ma partenaire à des relations ou des gestes sexuels qu'elle ne veut pas.",
        "Son ou sa partenaire l'oblige à des relations ou des gestes sexuels qu'elle ne veut pas.",
        weight=2,
    ),
    situation(
        "soins_empeches",
        "suivi de grossesse",
        "rouge",
        "Mon ou ma partenaire m'empêche d'aller à mes rendez-vous médicaux ou de me soigner.",
        "J'empêche ma partenaire d'aller à ses rendez-vous médicaux ou de se soigner.",
        "Son ou sa partenaire l'empêche d'aller à ses rendez-vous médicaux ou de se soigner.",
        weight=2,
    ),
    situation(
        "enfermement",
        "contrôle",
        "rouge",
        "Mon ou ma partenaire m'enferme, ou me prend mes papiers, mes clés ou mon téléphone.",
        "J'enferme ma partenaire, ou je lui prends ses papiers, ses clés ou son téléphone.",
        "Son ou sa partenaire l'enferme, ou lui prend ses papiers, ses clés ou son téléphone.",
        weight=2,
    ),
    situation(
        "peur",
        "peur",
        "rouge",
        "J'ai peur de mon ou ma partenaire, pour moi ou pour le bébé.",
        "Ma partenaire a peur de moi, pour elle ou pour le bébé.",
        "Elle a peur de son ou sa partenaire, pour elle ou pour le bébé.",
        weight=2,
    ),
]

# Local help from the directory, by (start of the structure's name, service name), in any
# département: the one in the most populous commune; skipped where absent.
LOCAL_HELP = [
    ("CIDFF ", "Permanence juridique pour les femmes victimes"),
    ("France Victimes ", "Aide aux victimes"),
    ("", "Accueil de jour"),
    ("Centre de PMI ", "Suivi de grossesse et entretien prénatal précoce"),
]

ZONES = [
    zone(
        "vert",
        "Ce que vous décrivez ressemble à une relation respectueuse",
        "Chacun et chacune y a sa place. La grossesse et l'arrivée d'un bébé bousculent la vie "
        "du couple : continuez à vous parler. Si quelque chose change ou vous inquiète, la "
        "sage-femme, le médecin ou la PMI peuvent vous écouter.",
        [
            "Gardez ce repère : dans un couple, on peut ne pas être d'accord sans avoir peur.",
            "Vous pouvez refaire ce baromètre plus tard, par exemple après la naissance.",
        ],
        ["3919"],
    ),
    zone(
        "orange",
        "Attention : certaines situations ne sont pas acceptables",
        "Contrôler, isoler, rabaisser ou faire pression sont des violences, même sans coups. "
        "Elles commencent ou s'aggravent souvent pendant la grossesse et après la naissance. "
        "En parler tôt à une personne formée aide à y voir clair.",
        [
            "Parlez-en à la sage-femme, au médecin ou à la PMI : ils ont l'habitude de ces "
            "questions et sont tenus au secret.",
            "Appelez le 3919 : gratuit, anonyme, 24 h/24.",
            "Si ces comportements sont les vôtres, une aide existe aussi pour changer : "
            "l'annuaire indique où la trouver.",
        ],
        ["3919", "114"],
        LOCAL_HELP,
    ),
    zone(
        "rouge",
        "Danger : ce que vous décrivez est de la violence",
        "La violence est interdite par la loi. Elle met en danger la personne enceinte et le "
        "bébé. Si vous la subissez, vous n'en êtes pas responsable, et vous n'êtes pas seule : "
        "des professionnelles peuvent vous aider, même sans porter plainte.",
        [
            "En cas de danger immédiat, appelez le 17, ou envoyez un SMS au 114 si vous ne "
            "pouvez pas parler.",
            "Appelez le 3919 pour être écoutée et orientée, à toute heure.",
            "Cherchez une aide près de chez vous dans l'annuaire : associations, accès au droit, "
            "PMI, mise à l'abri.",
        ],
        ["17", "114", "3919", "112"],
        LOCAL_HELP,
    ),
]

QUESTIONNAIRE = {
    "slug": SLUG,
    "title": "Baromètre de la grossesse",
    "summary": fr(
        "Pendant une grossesse, le couple change. Ce baromètre vous aide à situer votre relation "
        "et à repérer ce qui n'est pas acceptable, puis à trouver de l'aide. Ce n'est pas un "
        "diagnostic. Vos réponses ne sont ni enregistrées ni envoyées à qui que ce soit."
    ),
    "easy_read": fr(
        "Vous attendez un bébé. Ce test pose des questions sur votre couple. À la fin, une "
        "couleur : vert, orange ou rouge. Personne ne voit vos réponses."
    ),
}

VERSION = {
    "number": 1,
    "working_note": fr("Version de travail pour le groupe des partenaires (atelier Caf)."),
    "min_answers": 6,
    "paths": [
        {"key": "enceinte", "label": "Je suis enceinte"},
        {"key": "partenaire", "label": "Ma partenaire est enceinte"},
        {"key": "proche", "label": "Je suis un·e proche"},
        {"key": "pro", "label": "Je suis professionnel·le"},
    ],
    "scale": SCALE,
    "zones": ZONES,
    "items": ITEMS,
}
