"""What follows the publication of a partner's figure: its observation (submissions)."""

from django.dispatch import receiver
from wagtail.signals import published

from .models import PartnerFigure
from .submissions import record_observation


@receiver(published, sender=PartnerFigure, dispatch_uid="partner-figure-published")
def figure_published(sender, instance: PartnerFigure, revision=None, **kwargs) -> None:
    """The validation of the workflow's last task published it: the département's observation
    follows, declared by whoever wrote the version published."""
    record_observation(figure=instance, user=revision.user if revision is not None else None)
