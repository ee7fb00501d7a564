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

# Each partner's own page is editable by the accounts tied to it, through a group per partner.
PARTNER_PAGE_GROUP_PREFIX = "Page du partenaire : "
