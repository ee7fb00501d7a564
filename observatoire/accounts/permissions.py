"""Granting model permissions to the role groups from data migrations (idempotent)."""


def grant_model_permissions(
    apps, *, app_label: str, grants: dict, names: dict | None = None
) -> None:
    """grants: {model name: {group name: (action, ...)}}. A group that does not exist yet is
    skipped (the roles migration creates them); a permission missing yet is created, named
    from `names` ({codename: French name}) when given."""
    content_types = apps.get_model("contenttypes", "ContentType")
    permissions = apps.get_model("auth", "Permission")
    groups = apps.get_model("auth", "Group")
    for model, by_group in grants.items():
        content_type, _ = content_types.objects.get_or_create(app_label=app_label, model=model)
        for name, actions in by_group.items():
            group = groups.objects.filter(name=name).first()
            if group is None:
                continue
            for action in actions:
                permission, _ = permissions.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={
                        "name": (names or {}).get(f"{action}_{model}", f"Can {action} {model}")
                    },
                )
                group.permissions.add(permission)
