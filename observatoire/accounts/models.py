"""Which partner a back-office account works for."""

from django.conf import settings
from django.db import models


class PartnerMembership(models.Model):
    """Ties an account to the partner whose pages and directory entries it edits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="compte",
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )
    partner = models.ForeignKey(
        "pages.PartnerPage",
        verbose_name="partenaire",
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    class Meta:
        verbose_name = "rattachement à un partenaire"
        verbose_name_plural = "rattachements aux partenaires"

    def __str__(self):
        return f"{self.user} – {self.partner}"
