from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from observatoire.core.http import see_other
from observatoire.core.territory import current as served_territory

from . import exports, hours, selectors
from .forms import CommuneSearchForm, ErrorReportForm, FilterForm
from .models import Epci, ErrorReport
from .search_keys import search_key


# Read-only search: nothing changes, so no CSRF token is needed, and public pages carry no
# CSRF cookie by design. The typed text is POSTed so that it never appears in the history.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def search(request):
    search_form = CommuneSearchForm(request.POST or None)
    context = {"search_form": search_form, "choices": None, "results": None}
    if request.method == "POST":
        if search_form.is_valid():
            query = search_form.cleaned_data["q"]
            matches = selectors.find_communes(query=query)
            exact = [c for c in matches if c.search_name == search_key(query)]
            if len(matches) == 1 or len(exact) == 1:
                chosen = matches[0] if len(matches) == 1 else exact[0]
                return see_other(f"{reverse('directory:search')}?commune={chosen.code}")
            if matches:
                context["choices"] = matches
            else:
                search_form.add_error(
                    "q",
                    _(
                        "Aucune commune %(of_departement)s ne correspond à « %(query)s ». "
                        "Vérifiez l’orthographe ou saisissez le code postal."
                    )
                    % {**served_territory().words(), "query": query},
                )
        return render(request, "directory/search.html", context)

    if "commune" in request.GET:
        # « Langue parlée » starts on the visitor's language on a page in another language.
        languages = selectors.language_filter(interface_language=translation.get_language())
        filter_form = FilterForm(
            request.GET, languages=languages.choices, default_language=languages.default
        )
        if filter_form.is_valid():
            data = filter_form.cleaned_data
            filters = selectors.ServiceFilters(
                categories=tuple(data["categorie"]),
                audiences=tuple(data["public"]),
                language=data["langue"],
                open_now=data["ouvert"],
                without_appointment=data["sans_rdv"],
                free=data["gratuit"],
            )
            nearby, wide = selectors.search_services(
                commune=data["commune"], filters=filters, now=timezone.now()
            )
            every_language = request.GET.copy()
            every_language["langue"] = ""
            context.update(
                commune=data["commune"],
                results=nearby,
                wide_results=wide,
                filters_active=filters != selectors.ServiceFilters(),
                language=filters.language,
                # The visitor's language when no service declares it: every service is shown.
                unspoken_language="" if languages.default else languages.visitor,
                every_language_url=f"{reverse('directory:search')}?{every_language.urlencode()}",
            )
        context["filter_form"] = filter_form
    return render(request, "directory/search.html", context)


# The report form carries a signed token instead of a CSRF cookie: public pages set no cookie.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def service_detail(request, slug: str):
    service = selectors.public_services().filter(slug=slug).first()
    if service is None:
        raise Http404
    form = ErrorReportForm(request.POST or None, service_slug=service.slug)
    if request.method == "POST" and form.is_valid():
        ErrorReport.objects.create(service=service, message=form.cleaned_data["message"])
        return see_other(f"{reverse('directory:service', args=[slug])}?signalement=merci")
    now = timezone.now()
    return render(
        request,
        "directory/service_detail.html",
        {
            "service": service,
            "location": service.place.public_location() if service.place else None,
            "today": hours.today(service.horaires_accueil, now=now),
            "week": hours.week(service.horaires_accueil, week_of=now.date()),
            "report_form": form,
            "report_sent": request.GET.get("signalement") == "merci",
        },
    )


@require_safe
def services_map(request):
    epci = None
    if "epci" in request.GET:
        epci = Epci.objects.filter(code=request.GET["epci"]).first()
        if epci is None:
            raise Http404
    view = selectors.services_map(epci=epci)
    return render(
        request,
        "directory/map.html",
        {
            "map": view,
            "with_services": [c for c in view.communes if c["count"]],
            "epcis": Epci.objects.all(),
        },
    )


def _records(request) -> list[dict]:
    services = (
        selectors.public_services().prefetch_related("zone_communes", "zone_epcis").order_by("slug")
    )
    return exports.records(services, request=request)


@require_safe
def export_csv(request):
    response = HttpResponse(
        exports.to_csv(_records(request)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="annuaire-ovff34.csv"'
    return response


@require_safe
def export_json(request):
    return JsonResponse(
        _records(request), safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1}
    )


@require_safe
def export_schema(request):
    csv_url = request.build_absolute_uri(reverse("directory:export-csv"))
    return JsonResponse(
        exports.table_schema(csv_url=csv_url), json_dumps_params={"ensure_ascii": False}
    )
