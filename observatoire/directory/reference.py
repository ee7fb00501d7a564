"""Reference lists of the directory. No database: the observatory's own labels are marked for
translation (lazy, written out in the language of the page that shows them); the codes are not.

data·inclusion v1 lists come from the `data-inclusion-schema` package (Licence Ouverte 2.0) so
they never drift from the schema (their French labels are the package's, back-office only); what
the schema lacks for violence is defined here.
"""

from data_inclusion.schema.v1.frais import Frais
from data_inclusion.schema.v1.modes_accueil import ModeAccueil
from data_inclusion.schema.v1.modes_mobilisation import ModeMobilisation, PersonneMobilisatrice
from data_inclusion.schema.v1.publics import Public
from data_inclusion.schema.v1.thematiques import Thematique
from data_inclusion.schema.v1.types_de_services import TypeService
from django.utils.translation import gettext_lazy as _


def _choices(enum) -> list[tuple[str, str]]:
    return [(member.value, member.label) for member in enum]


THEMATIQUES = _choices(Thematique)
VIOLENCE_THEMATIQUE = "famille--surmonter-conflits-separation-violence"
PUBLICS = _choices(Public)
MODES_ACCUEIL = _choices(ModeAccueil)
MODES_MOBILISATION = _choices(ModeMobilisation)
MOBILISABLE_PAR = _choices(PersonneMobilisatrice)
TYPES = _choices(TypeService)
FRAIS = _choices(Frais)

# What data·inclusion lacks: the kinds of help a person facing violence looks for.
CATEGORIES = [
    ("ecoute", _("Écoute")),
    ("hebergement", _("Mise à l’abri et hébergement")),
    ("droit", _("Accès au droit et aide juridique")),
    ("plainte", _("Plainte, police et gendarmerie, ISCG")),
    ("sante", _("Santé, PMI et périnatalité")),
    ("enfants", _("Enfants exposés")),
    ("psychologique", _("Soutien psychologique")),
    ("autonomie", _("Autonomie et insertion")),
    ("auteurs", _("Auteurs de violences")),
    ("professionnels", _("Réseaux et ressources pour professionnels")),
]

AUDIENCES = [
    ("femmes", _("Femmes victimes")),
    ("enfants", _("Enfants et adolescents")),
    ("jeunes", _("Jeunes majeurs")),
    ("familles", _("Familles et proches")),
    ("hommes", _("Hommes victimes")),
    ("auteurs", _("Auteurs de violences")),
    ("professionnels", _("Professionnels")),
]

# ISO 639 codes; "fsl" is French Sign Language (LSF). Each name is shown in the visitor's
# language (« anglais » on a French page, "English" on an English one).
LANGUAGES = [
    ("fr", _("français")),
    ("fsl", _("langue des signes française (LSF)")),
    ("en", _("anglais")),
    ("es", _("espagnol")),
    ("ar", _("arabe")),
    ("tr", _("turc")),
    ("pt", _("portugais")),
    ("it", _("italien")),
    ("de", _("allemand")),
    ("ru", _("russe")),
    ("uk", _("ukrainien")),
    ("ro", _("roumain")),
    ("prs", _("dari")),
    ("ps", _("pachto")),
    ("zh", _("chinois")),
]

PLACE_KINDS = [
    ("fixe", _("Lieu fixe")),
    ("itinerant", _("Itinérant (permanences en plusieurs lieux)")),
    ("telephone", _("Par téléphone ou en ligne uniquement")),
]

VISIBILITY = [
    ("public", _("Tout public")),
    ("professionnels", _("Professionnels uniquement")),
]
