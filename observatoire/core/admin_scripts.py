"""Wagtail's admin without inline scripts, so that its policy allows no inline code at all.

Wagtail starts some widgets with an inline call: `<script>new PageChooser("id_theme", {…})
</script>` after each chooser, `initDateChooser(…)` after each date field, `new InlinePanel(…)`
after each inline panel. Here each call becomes inert data,

    <script type="application/json" data-admin-init>{"call": "PageChooser", "args": [...]}
    </script>

which `static/js/admin-init.js` runs once the page has loaded, and again whenever Wagtail
inserts new form HTML (a child form, a dialog, a modal). The script knows exactly which
functions it may call; anything else is refused. The date widgets and the inline panels are
plain template overrides (`templates/wagtailadmin/`); the choosers render their call from
Python, so `BaseChooser.render` is wrapped (`install()`, from `CoreConfig.ready`).
"""

import json
import re

from django.core.exceptions import ImproperlyConfigured
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# Same escapes as Django's json_script: the data can never close its own element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
# What Wagtail writes: one call, its arguments as JSON, e.g. `new PageChooser("id", {...});`.
_CALL = re.compile(r"\s*(?:new\s+)?([A-Za-z_$][\w$]*)\((.*)\);?\s*", re.DOTALL)
_TRAILING_SCRIPT = re.compile(r"<script>(.*)</script>\s*\Z", re.DOTALL)


def init_data(call: str, *args) -> SafeString:
    """The inert element that asks admin-init.js to run `call(*args)`."""
    data = json.dumps({"call": call, "args": list(args)}).translate(_ESCAPES)
    # JSON, escaped above for a <script> element's content (where HTML entities stay as typed).
    return format_html(
        '<script type="application/json" data-admin-init>{}</script>',
        mark_safe(data),  # noqa: S308  # nosec B308 B703
    )


def call_as_data(javascript: str) -> SafeString:
    """`new PageChooser("id", {...});` as init data; any other shape is a programming error."""
    match = _CALL.fullmatch(javascript)
    try:
        args = json.loads(f"[{match.group(2)}]") if match else None
    except ValueError:
        args = None
    if args is None:
        raise ImproperlyConfigured(f"Not a single call with JSON arguments: {javascript[:80]!r}")
    return init_data(match.group(1), *args)


def without_inline_script(html: str) -> SafeString:
    """A widget's HTML with its trailing inline `<script>` turned into init data."""
    match = _TRAILING_SCRIPT.search(html)
    # The widget's own HTML, already safe; the script's call is re-encoded as escaped JSON.
    if match is None:
        return mark_safe(html)  # noqa: S308  # nosec B308 B703
    return mark_safe(html[: match.start()] + call_as_data(match.group(1)))  # noqa: S308  # nosec B308 B703


def install() -> None:
    """Wrap `BaseChooser.render` (every chooser: pages, snippets, images, documents, tasks)."""
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.render, "without_inline_script", False):
        return
    original = BaseChooser.render

    def render(self, name, value, attrs=None, renderer=None):
        return without_inline_script(original(self, name, value, attrs, renderer))

    render.without_inline_script = True
    BaseChooser.render = render
