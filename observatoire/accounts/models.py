"""Which partner a back-office account works for."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerMembership(models.Model):
    """Ties an account to the partner whose pages and directory entries it edits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )
    partner = models.ForeignKey(
        "pages.PartnerPage",
        verbose_name=_("partenaire"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    class Meta:
        verbose_name = _("rattachement à un partenaire")
        # Not about memberships: the permission needs a model, and this app has only this one.
        permissions = [("view_audit_trail", _("Peut consulter l’historique du site"))]
        verbose_name_plural = _("rattachements aux partenaires")

    def __str__(self):
        return f"{self.user} – {self.partner}"
