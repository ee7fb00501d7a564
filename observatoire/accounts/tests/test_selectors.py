from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group

from observatoire.accounts.roles import COORDINATOR, PARTNER_EDITOR
from observatoire.accounts.selectors import is_coordinator


def test_who_counts_as_coordination(db):
    users = get_user_model().objects
    admin = users.create_superuser("admin", "a@example.org", "x" * 16)
    member = users.create_user("membre", "m@example.org", "x" * 16)
    member.groups.add(Group.objects.get(name=COORDINATOR))
    editor = users.create_user("editrice", "e@example.org", "x" * 16)
    editor.groups.add(Group.objects.get(name=PARTNER_EDITOR))
    gone = users.create_user("partie", "p@example.org", "x" * 16, is_active=False)
    gone.groups.add(Group.objects.get(name=COORDINATOR))
    assert is_coordinator(user=admin) and is_coordinator(user=member)
    assert not is_coordinator(user=editor)
    assert not is_coordinator(user=gone)
    assert not is_coordinator(user=AnonymousUser())
