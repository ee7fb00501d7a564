"""Back-office tags: a widget's start-up call as inert data (`{% admin_init "initDateChooser" id
config %}`), and the script that gives this response's nonce to the styles scripts create."""

import json

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from observatoire.core.admin_scripts import init_data
from observatoire.core.csp import style_nonce

register = template.Library()


@register.simple_tag
def admin_init(call: str, *args):
    return init_data(call, *args)


@register.filter
def from_json(text: str):
    """Wagtail hands some options over as JSON text; they travel as data, not as a string."""
    return json.loads(text)


@register.simple_tag
def style_nonce_script():
    """The script that gives this back-office response's nonce to the <style> elements that
    scripts create (static/js/style-nonce.js); nothing outside the back-office."""
    nonce = style_nonce.get()
    if not nonce:
        return ""
    return format_html(
        '<script src="{}" data-style-nonce="{}"></script>', static("js/style-nonce.js"), nonce
    )
