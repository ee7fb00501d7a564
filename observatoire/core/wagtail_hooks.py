"""What every back-office page loads: the start-up of Wagtail's widgets without inline code,
and the few styles the platform adds (listings readable on a phone)."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from .admin_views import ImportJobView, import_job_state
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
def import_job_urls():
    return [
        path("imports/<int:pk>/", ImportJobView.as_view(), name="import_job"),
        path("imports/<int:pk>/etat/", import_job_state, name="import_job_state"),
    ]


@hooks.register("register_log_actions")
def import_log_actions(actions):
    for action, label in JOB_ACTIONS.items():
        actions.register_action(action, label, label)
