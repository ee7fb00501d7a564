"""The national numbers shown in the safety bar and on /numeros-utiles/. Pure: no Django import.

Facts checked against the observatory's research notes (see shared/RESEARCH.md). Opening hours
that change (the 3919 chat, France Victimes) are not here: they live in the site settings so the
coordinator can correct them without a deployment.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Helpline:
    key: str
    number: str
    name: str
    summary: str
    details: tuple[str, ...] = field(default_factory=tuple)
    # Name of the SafetySettings field that holds editable hours, if any.
    hours_setting: str = ""
    by_sms: bool = False
    url: str = ""


HELPLINES: tuple[Helpline, ...] = (
    Helpline(
        key="3919",
        number="3919",
        name="Violences Femmes Info",
        summary="Écoute, information et orientation des femmes victimes de violences et de "
        "leurs proches. Gratuit et anonyme, 24\u00a0h/24 et 7\u00a0j/7.",
        details=(
            "Appel gratuit depuis un téléphone fixe ou mobile, en métropole et dans les "
            "territoires d’outre-mer.",
            "L’appel n’apparaît pas sur les factures de téléphone.",
            "Ce n’est pas un numéro d’urgence\u00a0: en cas de danger immédiat, appelez le 17.",
            "Accessible aux personnes sourdes et malentendantes\u00a0; interprétariat dans une "
            "douzaine de langues, pas à toute heure.",
        ),
        hours_setting="chat_3919_hours",
    ),
    Helpline(
        key="17",
        number="17",
        name="Police secours",
        summary="Police ou gendarmerie, en cas de danger immédiat.",
    ),
    Helpline(
        key="112",
        number="112",
        name="Numéro d’urgence européen",
        summary="Toutes les urgences, depuis n’importe quel pays de l’Union européenne.",
    ),
    Helpline(
        key="114",
        number="114",
        name="Urgence par SMS, tchat ou visio",
        summary="Si vous ne pouvez pas parler\u00a0: par SMS, tchat, visio ou avec "
        "l’application «\u00a0Urgence 114\u00a0». Gratuit, 24\u00a0h/24.",
        details=(
            "Pour les personnes sourdes et malentendantes, et pour toute personne qui ne peut "
            "pas parler, notamment une victime de violences conjugales.",
            "Pas d’appel vocal.",
        ),
        by_sms=True,
    ),
    Helpline(
        key="119",
        number="119",
        name="Allô enfance en danger",
        summary="Pour un enfant ou un jeune jusqu’à 21\u00a0ans en danger, ou qui risque de "
        "l’être. Gratuit, 24\u00a0h/24 et 7\u00a0j/7.",
        details=("L’appel n’apparaît pas sur les factures de téléphone.",),
    ),
    Helpline(
        key="116006",
        number="116006",
        name="France Victimes",
        summary="Aide aux victimes d’infractions\u00a0: écoute, information sur les droits, "
        "orientation vers une association près de chez vous.",
        hours_setting="france_victimes_hours",
    ),
    Helpline(
        key="police-chat",
        number="",
        name="Signalement en ligne",
        summary="Échanger par tchat avec un policier ou un gendarme, de façon anonyme, "
        "24\u00a0h/24 et 7\u00a0j/7.",
        url="https://arretonslesviolences.gouv.fr/",
    ),
)


# The lines repeated on error pages, in this order: listening, danger, cannot speak, children.
SHORT_LIST_KEYS = ("3919", "17", "114", "119")


def short_list() -> list[Helpline]:
    by_key = {line.key: line for line in HELPLINES}
    return [by_key[key] for key in SHORT_LIST_KEYS]
