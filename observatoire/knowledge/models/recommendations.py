"""Recommendations addressed to the partners, and their follow-up.

A recommendation belongs to a theme (hence a year) and is addressed to one or more partners.
Its status moves only through follow-up notes: a partner reports on a recommendation addressed
to it (proposes a status and a dated note); the coordination validates the note, which then
shows publicly and sets the status. The coordination may also write validated notes itself.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
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
        (PROPOSED, "proposée"),
        (ADOPTED, "adoptée"),
        (ONGOING, "en cours"),
        (DONE, "réalisée"),
        (DROPPED, "abandonnée"),
    ]

    theme = models.ForeignKey(
        "knowledge.ThemePage",
        verbose_name="thème",
        on_delete=models.PROTECT,
        related_name="recommendations",
    )
    number = models.PositiveSmallIntegerField("numéro dans le thème", default=1)
    title = models.CharField("intitulé", max_length=200)
    text = models.TextField("recommandation")
    partners = models.ManyToManyField(
        "pages.PartnerPage", verbose_name="adressée à", related_name="recommendations"
    )
    status = models.CharField("statut", max_length=12, choices=STATUSES, default=PROPOSED)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("text"),
        index.SearchField("search_plain"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = "recommandation"
        verbose_name_plural = "recommandations"
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
    STATES = [(PENDING, "à valider"), (VALIDATED, "validée"), (REFUSED, "refusée")]

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="follow_ups"
    )
    date = models.DateField("date", default=timezone.localdate)
    status = models.CharField("nouveau statut", max_length=12, choices=Recommendation.STATUSES)
    note = models.TextField(
        "note de suivi", help_text="Ce qui a été fait. Jamais de nom ni de détail sur une personne."
    )
    partner = models.ForeignKey(
        "pages.PartnerPage",
        verbose_name="partenaire",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    state = models.CharField("état", max_length=10, choices=STATES, default=PENDING)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "note de suivi"
        verbose_name_plural = "notes de suivi"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.recommendation} – {self.date:%d/%m/%Y}"
