"""Reference lists of the directory. Pure: no Django import.

data·inclusion v1 lists come from the `data-inclusion-schema` package (Licence Ouverte 2.0) so
they never drift from the schema; what the schema lacks for violence is defined here.
"""

from data_inclusion.schema.v1.frais import Frais
from data_inclusion.schema.v1.modes_accueil import ModeAccueil
from data_inclusion.schema.v1.modes_mobilisation import ModeMobilisation, PersonneMobilisatrice
from data_inclusion.schema.v1.publics import Public
from data_inclusion.schema.v1.thematiques import Thematique
from data_inclusion.schema.v1.types_de_services import TypeService


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
    ("ecoute", "Écoute"),
    ("hebergement", "Mise à l’abri et hébergement"),
    ("droit", "Accès au droit et aide juridique"),
    ("plainte", "Plainte, police et gendarmerie, ISCG"),
    ("sante", "Santé, PMI et périnatalité"),
    ("enfants", "Enfants exposés"),
    ("psychologique", "Soutien psychologique"),
    ("autonomie", "Autonomie et insertion"),
    ("auteurs", "Auteurs de violences"),
    ("professionnels", "Réseaux et ressources pour professionnels"),
]

AUDIENCES = [
    ("femmes", "Femmes victimes"),
    ("enfants", "Enfants et adolescents"),
    ("jeunes", "Jeunes majeurs"),
    ("familles", "Familles et proches"),
    ("hommes", "Hommes victimes"),
    ("auteurs", "Auteurs de violences"),
    ("professionnels", "Professionnels"),
]

# ISO 639 codes; "fsl" is French Sign Language (LSF).
LANGUAGES = [
    ("fr", "français"),
    ("fsl", "langue des signes française (LSF)"),
    ("en", "anglais"),
    ("es", "espagnol"),
    ("ar", "arabe"),
    ("tr", "turc"),
    ("pt", "portugais"),
    ("it", "italien"),
    ("de", "allemand"),
    ("ru", "russe"),
    ("uk", "ukrainien"),
    ("ro", "roumain"),
    ("prs", "dari"),
    ("ps", "pachto"),
    ("zh", "chinois"),
]

PLACE_KINDS = [
    ("fixe", "Lieu fixe"),
    ("itinerant", "Itinérant (permanences en plusieurs lieux)"),
    ("telephone", "Par téléphone ou en ligne uniquement"),
]

VISIBILITY = [
    ("public", "Tout public"),
    ("professionnels", "Professionnels uniquement"),
]
