"""One back-office account per role, for the browser suite.

`create()` (run by `server.prepare` in the browser site's environment, site_content.py) creates
them with the role groups created by migrations, and ties the partner editor to the
Caf. None has a second factor yet: each one enrols through the browser at its first sign-in,
as a new colleague would (`back_office.sign_in`).
"""

PASSWORD = "Un-mot-de-passe-de-test-2026"  # pragma: allowlist secret

# account name -> (role group, the demo partner's role or None): the Caf and the Département of
# whichever département the site serves ("caf-herault", "departement-herault" in the Hérault).
ROLES = {
    "coordination": ("Coordination", None),
    "caf": ("Éditeurs partenaires", "caf"),
    "relecture": ("Relecture", None),
    "recherche": ("Recherche", None),
    "administration": ("Administration", None),
    # Lost her phone: the administration resets her second factor.
    "telephone-perdu": ("Éditeurs partenaires", "departement"),
}


def create() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from observatoire.demo.territory import demo_territory
    from observatoire.partners.models import PartnerMembership, PartnerPage

    demo = demo_territory()

    for name, (group, partner) in ROLES.items():
        user, _ = get_user_model().objects.get_or_create(
            username=name, defaults={"email": f"{name}@example.org"}
        )
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=group))
        if partner:
            PartnerMembership.objects.update_or_create(
                user=user,
                defaults={"partner": PartnerPage.objects.get(slug=demo.slug(partner))},
            )
    # The account that lost its phone had enrolled before.
    lost = get_user_model().objects.get(username="telephone-perdu")
    TOTPDevice.objects.get_or_create(user=lost, name="Ancien téléphone", confirmed=True)
