"""What every back-office page loads: the start-up of Wagtail's widgets without inline code,
and the few styles the platform adds (listings readable on a phone)."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_init_script():
    return format_html('<script src="{}"></script>', static("js/admin-init.js"))


@hooks.register("insert_global_admin_css")
def admin_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
