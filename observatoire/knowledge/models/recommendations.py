"""Recommendations addressed to the partners, and their follow-up.

A recommendation belongs to a theme (hence a year) and is addressed to one or more partners.
Its status moves only through follow-up notes: a partner reports on a recommendation addressed
to it (proposes a status and a dated note); the coordination validates the note, which then
shows publicly and sets the status. The coordination may also write validated notes itself.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from observatoire.core.search_text import plain_text


class Recommendation(index.Indexed, models.Model):
    PROPOSED, ADOPTED, ONGOING, DONE, DROPPED = (
        "proposee",
        "adoptee",
        "en_cours",
        "realisee",
        "abandonnee",
    )
    STATUSES = [
        (PROPOSED, _("proposée")),
        (ADOPTED, _("adoptée")),
        (ONGOING, _("en cours")),
        (DONE, _("réalisée")),
        (DROPPED, _("abandonnée")),
    ]

    theme = models.ForeignKey(
        "knowledge.ThemePage",
        verbose_name=_("thème"),
        on_delete=models.PROTECT,
        related_name="recommendations",
    )
    number = models.PositiveSmallIntegerField(_("numéro dans le thème"), default=1)
    title = models.CharField(_("intitulé"), max_length=200)
    text = models.TextField(_("recommandation"))
    partners = models.ManyToManyField(
        "pages.PartnerPage", verbose_name=_("adressée à"), related_name="recommendations"
    )
    status = models.CharField(_("statut"), max_length=12, choices=STATUSES, default=PROPOSED)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("text"),
        index.SearchField("search_plain"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("recommandation")
        verbose_name_plural = _("recommandations")
        ordering = ["theme__path", "number"]
        constraints = [
            models.UniqueConstraint(fields=["theme", "number"], name="unique_recommendation_number")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def search_plain(self) -> str:
        return plain_text(self.title, self.text)


class FollowUp(models.Model):
    PENDING, VALIDATED, REFUSED = "a_valider", "validee", "refusee"
    STATES = [(PENDING, _("à valider")), (VALIDATED, _("validée")), (REFUSED, _("refusée"))]

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="follow_ups"
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(_("nouveau statut"), max_length=12, choices=Recommendation.STATUSES)
    note = models.TextField(
        _("note de suivi"),
        help_text=_("Ce qui a été fait. Jamais de nom ni de détail sur une personne."),
    )
    partner = models.ForeignKey(
        "pages.PartnerPage",
        verbose_name=_("partenaire"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    state = models.CharField(_("état"), max_length=10, choices=STATES, default=PENDING)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("note de suivi")
        verbose_name_plural = _("notes de suivi")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.recommendation} – {self.date:%d/%m/%Y}"
