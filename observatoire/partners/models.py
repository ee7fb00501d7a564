"""The partners that steer the observatory: their pages, the partnership's budget, and which
partner each back-office account works for."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from observatoire.pages.blocks import RICH_TEXT_FEATURES, CommitmentBlock, ContactBlock
from observatoire.pages.models.base import IntroPage, stream_text


class PartnerIndexPage(IntroPage):
    max_count = 1
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("liste des partenaires")
        verbose_name_plural = _("listes des partenaires")


class PartnerPage(IntroPage):
    """One of the partners that steer the observatory (the State, the Département, the Caf…)."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    statement = RichTextField(_("engagement du partenaire"), features=RICH_TEXT_FEATURES)
    commitments = StreamField(
        [("commitment", CommitmentBlock())], verbose_name=_("engagements"), blank=True
    )
    contacts = StreamField([("contact", ContactBlock())], verbose_name=_("contacts"), blank=True)
    website = models.URLField(_("site internet"), blank=True)

    content_panels = [
        *IntroPage.content_panels,
        FieldPanel("logo"),
        FieldPanel("statement"),
        FieldPanel("commitments"),
        FieldPanel("contacts"),
        FieldPanel("website"),
    ]
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("page partenaire")
        verbose_name_plural = _("pages partenaires")

    def search_texts(self) -> list[str]:
        return [self.statement, stream_text(self.commitments)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partnership"] = PartnershipSettings.load(request_or_site=request)
        return context


class BudgetShareBlock(blocks.StructBlock):
    funder = blocks.CharBlock(label=_("financeur"))
    amount = blocks.IntegerBlock(label=_("montant en euros"), min_value=0)

    class Meta:
        icon = "pick"
        label = _("part du budget")


@register_setting(icon="group")
class PartnershipSettings(BaseGenericSetting):
    """The section on the partnership and its budget, written once, shown on every partner page."""

    title = models.CharField(_("titre"), max_length=200, default="Le partenariat")
    body = RichTextField(_("texte"), features=RICH_TEXT_FEATURES, blank=True)
    budget_label = models.CharField(
        _("intitulé du budget"), max_length=200, default="Budget de la première étape"
    )
    budget_total = models.PositiveIntegerField(_("budget total en euros"), null=True, blank=True)
    budget_shares = StreamField(
        [("share", BudgetShareBlock())], verbose_name=_("répartition du budget"), blank=True
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("budget_label"),
        FieldPanel("budget_total"),
        FieldPanel("budget_shares"),
    ]

    class Meta:
        verbose_name = _("partenariat et budget")
        verbose_name_plural = _("partenariat et budget")

    def clean(self):
        super().clean()
        shares = [share.value["amount"] for share in self.budget_shares]
        if shares and self.budget_total is not None and sum(shares) != self.budget_total:
            raise ValidationError(
                {
                    "budget_shares": gettext(
                        "La somme des parts ne correspond pas au budget total "
                        "(%(sum)s € au lieu de %(total)s €)."
                    )
                    % {"sum": sum(shares), "total": self.budget_total}
                }
            )


class PartnerMembership(models.Model):
    """Ties an account to the partner whose pages and directory entries it edits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )
    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partenaire"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    class Meta:
        verbose_name = _("rattachement à un partenaire")
        verbose_name_plural = _("rattachements aux partenaires")

    def __str__(self):
        return f"{self.user} – {self.partner}"
