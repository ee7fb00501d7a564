"""The national numbers shown in the safety bar and on /numeros-utiles/. No database: the names,
summaries and details are marked for translation (lazy, in the language of the page that shows
them); the numbers are not translated.

Facts checked against the observatory's research notes (see shared/RESEARCH.md). Opening hours
that change (the 3919 chat, France Victimes) are not here: they live in the site settings so the
coordinator can correct them without a deployment.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# The no-break spaces (U+00A0) of the marked texts are typed as such: xgettext reads no \u
# escape, and an escaped msgid would never match its catalogue entry.


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
        name=_("Violences Femmes Info"),
        summary=_(
            "Écoute, information et orientation des femmes victimes de violences et de "
            "leurs proches. Gratuit et anonyme, 24 h/24 et 7 j/7."
        ),
        details=(
            _(
                "Appel gratuit depuis un téléphone fixe ou mobile, en métropole et dans les "
                "territoires d’outre-mer."
            ),
            _("L’appel n’apparaît pas sur les factures de téléphone."),
            _("Ce n’est pas un numéro d’urgence : en cas de danger immédiat, appelez le 17."),
            _(
                "Accessible aux personnes sourdes et malentendantes. Vous pouvez demander un "
                "interprète dans votre langue (pas à toute heure)."
            ),
        ),
        hours_setting="chat_3919_hours",
    ),
    Helpline(
        key="17",
        number="17",
        name=_("Police secours"),
        summary=_("Police ou gendarmerie, en cas de danger immédiat."),
    ),
    Helpline(
        key="112",
        number="112",
        name=_("Numéro d’urgence européen"),
        summary=_("Toutes les urgences, depuis n’importe quel pays de l’Union européenne."),
    ),
    Helpline(
        key="114",
        number="114",
        name=_("Urgence par SMS, tchat ou visio"),
        summary=_(
            "Si vous ne pouvez pas parler : par SMS, tchat, visio ou avec "
            "l’application « Urgence 114 ». Gratuit, 24 h/24."
        ),
        details=(
            _(
                "Pour les personnes sourdes et malentendantes, et pour toute personne qui ne "
                "peut pas parler, notamment une victime de violences conjugales."
            ),
            _("Pas d’appel vocal."),
        ),
        by_sms=True,
    ),
    Helpline(
        key="119",
        number="119",
        name=_("Allô enfance en danger"),
        summary=_(
            "Pour un enfant ou un jeune jusqu’à 21 ans en danger, ou qui risque de "
            "l’être. Gratuit, 24 h/24 et 7 j/7."
        ),
        details=(_("L’appel n’apparaît pas sur les factures de téléphone."),),
    ),
    Helpline(
        key="116006",
        number="116006",
        name=_("France Victimes"),
        summary=_(
            "Aide aux victimes d’infractions : écoute, information sur les droits, "
            "orientation vers une association près de chez vous."
        ),
        hours_setting="france_victimes_hours",
    ),
    Helpline(
        key="police-chat",
        number="",
        name=_("Signalement en ligne"),
        summary=_(
            "Échanger par tchat avec un policier ou un gendarme, de façon anonyme, "
            "24 h/24 et 7 j/7."
        ),
        url="https://arretonslesviolences.gouv.fr/",
    ),
)


# The lines repeated on error pages, in this order: listening, danger, cannot speak, children.
SHORT_LIST_KEYS = ("3919", "17", "114", "119")


def short_list() -> list[Helpline]:
    by_key = {line.key: line for line in HELPLINES}
    return [by_key[key] for key in SHORT_LIST_KEYS]
