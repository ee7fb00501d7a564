from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyBlock


class IntroPage(Page):
    """A page with a short introduction under its title; most page types are one."""

    intro = models.TextField("chapeau", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True


class BodyPage(IntroPage):
    body = StreamField(BodyBlock(), verbose_name="contenu", blank=True)

    content_panels = [*IntroPage.content_panels, FieldPanel("body")]

    class Meta:
        abstract = True
