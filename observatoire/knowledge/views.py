"""Public views beside the Wagtail pages: recommendations, search, iCalendar files."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Locale

from observatoire.core.territory import current as served_territory

from . import ical, selectors
from .forms import SiteSearchForm
from .models import AgendaPage, EventPage
from .search import site_search


@require_safe
def recommendations(request):
    items = list(selectors.published_recommendations())
    return render(
        request,
        "knowledge/recommendations.html",
        {
            "recommendations": items,
            "progress": selectors.recommendation_progress(recommendations=items),
        },
    )


@require_safe
def follow(request):
    return render(request, "knowledge/follow.html")


# Read-only: nothing changes, so no CSRF token (public pages carry no cookie). The words are
# POSTed so that they appear in no address, history or server log; the answer is never cached.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def search(request):
    form = SiteSearchForm(request.POST or None)
    results = None
    if request.method == "POST" and form.is_valid():
        results = site_search(query=form.cleaned_data["q"])
    return render(request, "knowledge/search.html", {"form": form, "results": results})


@require_safe
def agenda_ics(request):
    agenda = AgendaPage.objects.live().filter(locale=Locale.get_default()).first()
    if agenda is None:
        raise Http404
    return _ics(
        request,
        selectors.live_events().child_of(agenda),
        f"agenda-{served_territory().acronym.lower()}.ics",
        _("Agenda de l’%(acronym)s") % served_territory().words(),
    )


@require_safe
def event_ics(request, slug: str):
    # Slugs are the same in every language: the event in the active language, else the French one.
    events = EventPage.objects.live().public().filter(slug=slug)
    event = events.filter(locale=Locale.get_active()).first() or get_object_or_404(
        events, locale=Locale.get_default()
    )
    return _ics(request, [event], f"{slug}.ics", event.title)


def _ics(request, events, filename: str, name: str) -> HttpResponse:
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(
        ical.calendar_for(events=events, base_url=base_url, name=name),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
