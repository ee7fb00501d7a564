"""Template tags of the site: French formatting (the logic lives in core.formatting), the
territory, addresses in the active language, and the parts of pages shared by every visitor."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi

from observatoire.core import formatting, helplines, i18n, page_cache, territory

register = template.Library()


@register.simple_tag
def served_territory():
    """The département served (`core/territory.py`), for every page, those rendered without a
    request too (500, 503, the reverse proxy's refusal page): `{% served_territory as territory %}`
    at the top of base.html, then `territory.of_name`, `territory.acronym`…"""
    return territory.current()


@register.filter
def ltr(value):
    """A phone number or a figure kept left to right inside a right-to-left sentence (Arabic):
    without it, the groups of digits of « 04 67 00 00 00 » would come out in reverse order."""
    return format_html('<span class="ltr">{}</span>', value) if value not in (None, "") else ""


def _left_to_right(text: str):
    """In a right-to-left language, a number with groups (« 310 240 ») kept left to right:
    otherwise its groups come out in reverse order (« 240 310 »). Unchanged elsewhere."""
    return ltr(text) if get_language_bidi() else text


@register.filter
def fr_number(value):
    if value in (None, ""):
        return ""
    return _left_to_right(formatting.format_number(value))


@register.simple_tag
def decimal_separator():
    """The decimal separator of `fr_number`, for the scripts that write numbers:
    `data-decimal-separator="{% decimal_separator %}"`."""
    return formatting.decimal_separator()


@register.filter
def figure(value, unit="none"):
    if value in (None, ""):
        return ""
    return _left_to_right(formatting.format_figure(value, unit=unit or "none"))


@register.filter
def phone(number):
    return formatting.format_phone(number)


@register.filter
def tel_uri(number):
    return formatting.phone_uri(number)


@register.filter
def sms_uri(number):
    return formatting.phone_uri(number, sms=True)


@register.simple_tag(takes_context=True)
def exit_url(context):
    """The quick exit's destination: the site setting, or the default when rendering an error
    page without a request (Django's 400, 403 and 500 handlers give templates no context)."""
    safety = context.get("safety")
    return safety.exit_url if safety else settings.OVFF_DEFAULT_EXIT_URL


@register.simple_tag
def short_helplines():
    """The few numbers repeated on error pages; pure data, so no database access."""
    return helplines.short_list()


@register.simple_tag
def lang_path(path):
    """A fixed address of the site in the active language: `{% lang_path "/annuaire/" %}`."""
    return i18n.lang_path(path)


@register.filter
def page_url(page):
    """A page's address in the active language (its translation, or the French page)."""
    return i18n.page_url(page)


@register.filter
def content_lang(page):
    """The language a Wagtail page's own text is in (French until it is translated), the active
    language for anything else: `lang="{{ item|content_lang }}"`."""
    return i18n.content_language(page)


class _SharedFragmentNode(template.Node):
    def __init__(self, name: str, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        # The rendered part comes from this template, whose own escaping made it safe.
        content = page_cache.cached_fragment(self.name, lambda: self.nodelist.render(context))
        return mark_safe(content)  # noqa: S308  # nosec B308 B703


@register.tag
def shared_fragment(parser, token):
    """`{% shared_fragment "footer" %}…{% endshared_fragment %}`: a part of the page that is the
    same for every visitor in one language, kept in the page cache until content changes
    (`page_cache.cached_fragment`). Nothing inside may depend on the request."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% shared_fragment "name" %} takes one quoted name.')
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return _SharedFragmentNode(bits[1][1:-1], nodelist)
