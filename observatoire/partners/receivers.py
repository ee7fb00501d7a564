"""What follows a change of partner memberships: the account's page permissions (services)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import PartnerMembership
from .services import sync_partner_page_access


@receiver(post_save, sender=PartnerMembership, dispatch_uid="membership-saved")
@receiver(post_delete, sender=PartnerMembership, dispatch_uid="membership-deleted")
def membership_changed(sender, instance: PartnerMembership, **kwargs) -> None:
    """A membership added, changed or removed, one at a time or in bulk (a queryset's
    delete() sends post_delete for each row): the account's partner pages follow."""
    instance.user.__dict__.pop("_ovff_partner_id", None)  # this object reads it again
    sync_partner_page_access(user=instance.user)
