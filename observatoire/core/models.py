"""Site-wide settings that editors change in the back-office (Paramètres), and the workflow
task that keeps a second person between a submission and its publication."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import AbstractGroupApprovalTask

from .helplines import HELPLINES

# The no-break spaces (U+00A0) of the marked texts are typed as such: xgettext reads no \u
# escape, and an escaped msgid would never match its catalogue entry.


def default_exit_url() -> str:
    return settings.OVFF_DEFAULT_EXIT_URL


@register_setting(icon="warning")
class SafetySettings(BaseGenericSetting):
    """The quick exit and the opening hours of the help lines."""

    exit_url = models.URLField(
        _("adresse de sortie rapide"),
        default=default_exit_url,
        help_text=_(
            "Page neutre, sans compte ni personnalisation, ouverte par « Effacer mes "
            "traces » (par exemple une page de météo)."
        ),
    )
    chat_3919_hours = models.CharField(
        _("horaires du tchat 3919"),
        max_length=200,
        default="Tchat en ligne du lundi au vendredi, de 13\u00a0h à 20\u00a0h.",
        help_text=_("À vérifier régulièrement : ces horaires changent."),
    )
    france_victimes_hours = models.CharField(
        _("horaires du 116 006"),
        max_length=200,
        default="7\u00a0jours sur 7, de 9\u00a0h à 19\u00a0h.",
        help_text=_("À vérifier régulièrement : ces horaires changent."),
    )

    panels = [
        FieldPanel("exit_url"),
        MultiFieldPanel(
            [FieldPanel("chat_3919_hours"), FieldPanel("france_victimes_hours")],
            heading=_("Horaires des numéros d’aide"),
        ),
    ]

    class Meta:
        verbose_name = _("sécurité et numéros d’aide")
        verbose_name_plural = _("sécurité et numéros d’aide")

    def helplines(self) -> list[dict]:
        """The help lines with their editable hours filled in."""
        return [
            {"line": line, "hours": getattr(self, line.hours_setting) if line.hours_setting else ""}
            for line in HELPLINES
        ]


class ImportJob(models.Model):
    """A file uploaded in the back-office and imported by the background worker (imports.py)."""

    QUEUED, RUNNING, DONE, REFUSED, FAILED = "attente", "en-cours", "termine", "refuse", "erreur"
    STATUSES = [
        (QUEUED, _("en attente")),
        (RUNNING, _("en cours")),
        (DONE, _("terminé")),
        (REFUSED, _("refusé")),
        (FAILED, _("interrompu par une erreur")),
    ]

    kind = models.CharField(_("type d’import"), max_length=32)
    # Who may follow it: the permission the app's import page requires.
    permission = models.CharField(max_length=100)
    file_name = models.CharField(_("fichier"), max_length=255)
    stored_name = models.CharField(max_length=255, editable=False)
    size = models.PositiveBigIntegerField(_("taille en octets"))
    sha256 = models.CharField(_("empreinte SHA-256"), max_length=64)
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(_("état"), max_length=12, choices=STATUSES, default=QUEUED)
    rows_read = models.PositiveBigIntegerField(_("lignes lues"), default=0)
    report = models.JSONField(_("compte rendu"), default=list, blank=True)
    task_id = models.CharField(max_length=64, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposé par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("déposé le"), auto_now_add=True)
    started_at = models.DateTimeField(_("commencé le"), null=True)
    finished_at = models.DateTimeField(_("terminé le"), null=True)

    class Meta:
        verbose_name = _("import de fichier")
        verbose_name_plural = _("imports de fichiers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%d/%m/%Y %H:%M})"

    @property
    def path(self):
        from pathlib import Path

        return Path(settings.IMPORTS_ROOT) / self.stored_name


class TranslationReview(models.Model):
    """Whether a page's translation was read again by an editor who reads the language.

    The team's demo translations start « à relire » (to review); editors only see it, in the
    back-office (« Traductions »). wagtail-localize keeps the translation itself.
    """

    translation = models.OneToOneField(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="review"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("relue par"),
    )
    reviewed_at = models.DateTimeField(_("relue le"), null=True, blank=True)

    class Meta:
        verbose_name = _("relecture de traduction")
        verbose_name_plural = _("relectures de traductions")

    def __str__(self):
        return str(self.translation)

    @property
    def to_review(self) -> bool:
        return self.reviewed_at is None


class IndependentReviewTask(AbstractGroupApprovalTask):
    """A workflow task approved by a member of its groups other than the person who submitted
    the item: nobody approves, and so publishes, what they submitted themselves (the partners'
    figures). The refusal holds wherever Wagtail offers the task's actions (the editor, the
    dashboard), since each of them asks `get_actions`."""

    class Meta:
        verbose_name = _("validation par une autre personne")
        verbose_name_plural = _("validations par une autre personne")

    def _submitted_by(self, obj, user) -> bool:
        state = obj.current_workflow_state
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        return [] if self._submitted_by(obj, user) else super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """What the dashboard lists as awaiting this person: not what they submitted."""
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _(
            "Les membres des groupes choisis valident cette étape, sauf la personne qui a "
            "soumis l’élément."
        )


class WorkflowHistory(models.Model):
    """The revisions and workflow states of a snippet that goes through a workflow, as relations
    of its own, so that deleting the snippet deletes them (Wagtail's advice for snippets with
    revisions and workflows). First among the bases, before Wagtail's mixins, whose
    `revisions` it replaces."""

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
