"""`{% admin_init "initDateChooser" id config %}`: a widget's start-up call as inert data."""

import json

from django import template

from observatoire.core.admin_scripts import init_data

register = template.Library()


@register.simple_tag
def admin_init(call: str, *args):
    return init_data(call, *args)


@register.filter
def from_json(text: str):
    """Wagtail hands some options over as JSON text; they travel as data, not as a string."""
    return json.loads(text)
