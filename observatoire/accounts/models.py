"""The back-office's permissions that belong to no content model."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry


class AuditTrailEntry(ModelLogEntry):
    """Wagtail's history of sign-ins and changes (« Historique du site »), as the audit trail:
    it holds the permission to read it, which is about no content model."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [("view_audit_trail", _("Peut consulter l’historique du site"))]
        verbose_name = _("entrée de l’historique du site")
        verbose_name_plural = _("historique du site")
