"""What follows the publication of a follow-up note: its recommendation's status (services)."""

from django.dispatch import receiver
from wagtail.signals import published

from .models import FollowUp
from .services import apply_published_follow_up


@receiver(published, sender=FollowUp, dispatch_uid="follow-up-published")
def follow_up_published(sender, instance: FollowUp, **kwargs) -> None:
    """The coordination approved the note (the workflow's last task publishes it) or
    published its own: the recommendation's status follows."""
    apply_published_follow_up(follow_up=instance)
