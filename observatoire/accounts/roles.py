"""The back-office roles, as Django groups created by migrations (0002, 0003).

Names are shown in the admin, hence French; code refers to them through these constants.
"""

ADMINISTRATOR = "Administration"
COORDINATOR = "Coordination"
PARTNER_EDITOR = "Éditeurs partenaires"
REVIEWER = "Relecture"
RESEARCHER = "Recherche"

DIRECTORY_REVIEW_WORKFLOW = "Relecture de l’annuaire"
DIRECTORY_REVIEW_TASK = "Relecture par la coordination"
PAGE_REVIEW_WORKFLOW = "Relecture des pages"
# Follow-up notes on recommendations (knowledge migration 0007): the coordination's only.
FOLLOW_UP_WORKFLOW = "Suivi des recommandations"
FOLLOW_UP_TASK = "Validation par la coordination"
# Partners' figures (indicators 0012): validated by another person than the one who submitted.
FIGURES_WORKFLOW = "Chiffres des partenaires"
FIGURES_TASK = "Validation par une autre personne de la coordination"

# Each partner's own page is editable by the accounts tied to it, through a group per partner.
PARTNER_PAGE_GROUP_PREFIX = "Page du partenaire : "
