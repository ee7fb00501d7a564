"""The back-office roles, as Django groups created by a migration.

Names are shown in the admin, hence French; code refers to them through these constants.
"""

COORDINATOR = "Coordination"
PARTNER_EDITOR = "Éditeurs partenaires"

DIRECTORY_REVIEW_WORKFLOW = "Relecture de l’annuaire"
DIRECTORY_REVIEW_TASK = "Relecture par la coordination"
