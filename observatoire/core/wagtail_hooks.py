"""What every back-office page loads: the start-up of Wagtail's widgets without inline code,
and the few styles the platform adds (listings readable on a phone); the import jobs' pages and
the translations' review (views in admin_views.py)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import (
    ImportJobView,
    TranslationListView,
    import_job_state,
    mark_translation_reviewed,
)
from .imports import JOB_ACTIONS
from .templatetags.admin_init import style_nonce_script


@hooks.register("insert_global_admin_js")
def admin_init_script():
    return style_nonce_script() + format_html(
        '<script src="{}"></script>', static("js/admin-init.js")
    )


@hooks.register("insert_global_admin_css")
def admin_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("imports/<int:pk>/", ImportJobView.as_view(), name="import_job"),
        path("imports/<int:pk>/etat/", import_job_state, name="import_job_state"),
        path("traductions/", TranslationListView.as_view(), name="translations"),
        path(
            "traductions/<int:pk>/relue/",
            mark_translation_reviewed,
            name="translation_reviewed",
        ),
    ]


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return MenuItem(_("Traductions"), reverse("translations"), icon_name="globe", order=150)


@hooks.register("register_log_actions")
def import_log_actions(actions):
    for action, label in JOB_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("construct_snippet_action_menu")
def no_publish_button_outside_the_workflow(menu_items, request, context):
    """A model published by its workflow only (core/workflows.py) offers no « Publier » nor
    « Dépublier », even to a superuser (the menu asks `has_perm`, which a superuser always has;
    the request itself is refused by `PublishedByWorkflowOnlyPolicy`)."""
    if getattr(context.get("model"), "published_by_workflow_only", False):
        menu_items[:] = [
            item for item in menu_items if item.name not in ("action-publish", "action-unpublish")
        ]
