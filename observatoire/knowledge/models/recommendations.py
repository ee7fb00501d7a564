"""Recommendations addressed to the partners, and their follow-up.

A recommendation belongs to a theme (hence a year) and is addressed to one or more partners.
Its status moves only through follow-up notes: a partner writes a dated note on a
recommendation addressed to it, with the status it proposes, and submits it to the
coordination, whose approval publishes it and sets the status. The coordination may also
publish notes of its own at once.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from observatoire.core.models import WorkflowHistory
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
        "partners.PartnerPage", verbose_name=_("adressée à"), related_name="recommendations"
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


class FollowUp(WorkflowHistory, WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A dated note on a recommendation and the status it moves to. It goes through the
    « Suivi des recommandations » workflow: the partner that wrote it submits it, the
    coordination approves it (which publishes it) or requests changes; the coordination may
    publish its own at once. Publishing sets the recommendation's status (`receivers.py`).
    The row holds the published version; drafts and submissions live in Wagtail revisions."""

    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("recommandation"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(_("nouveau statut"), max_length=12, choices=Recommendation.STATUSES)
    note = models.TextField(
        _("note de suivi"),
        help_text=_("Ce qui a été fait. Jamais de nom ni de détail sur une personne."),
    )
    # Set from the account that wrote it (forms.FollowUpAdminForm), never chosen in a form.
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partenaire"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("écrite par"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Not public until a revision is published (Wagtail's default is live).
    live = models.BooleanField(_("en ligne"), default=False, editable=False)

    class Meta:
        verbose_name = _("note de suivi")
        verbose_name_plural = _("notes de suivi")
        ordering = ["-date", "-pk"]

    def __str__(self):
        recommendation = self.recommendation if self.recommendation_id else "…"
        return f"{recommendation} – {self.date:%d/%m/%Y}" if self.date else str(recommendation)
