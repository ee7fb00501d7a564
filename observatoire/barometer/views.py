"""The barometer's public pages, on the site and embedded on partners' sites.

Answers come by POST, are scored, shown and forgotten: they are never stored, logged, put in a
URL, a cookie or web storage.
"""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from observatoire.core.helplines import short_list
from observatoire.core.http import see_other
from observatoire.core.middleware import policy_allowing_frames_from

from . import selectors, services
from .models import Questionnaire
from .scoring import score


def _version_or_404(slug: str):
    version = selectors.published_version(slug=slug)
    if version is None:
        raise Http404
    return version


def _context(version, *, embed: bool, partner: str = "", **extra) -> dict:
    slug = version.questionnaire.slug
    return {
        "version": version,
        "questionnaire": version.questionnaire,
        "all_lines": short_list(),
        "embedded": embed,
        "partner": partner,
        "base_template": "barometer/embed_base.html" if embed else "base.html",
        "form_action": reverse(
            "embed_barometer" if embed else "barometer:questionnaire", args=[slug]
        ),
        **extra,
    }


def _flow(request, slug: str, *, embed: bool):
    version = _version_or_404(slug)
    data = request.POST if request.method == "POST" else request.GET
    partner = selectors.embed_partner_key(key=data.get("partenaire", "")) if embed else ""
    path = request.POST.get("parcours", "")
    label = selectors.path_label(version=version, path=path) if path else None
    if request.method != "POST" or label is None:
        return render(
            request,
            "barometer/intro.html",
            _context(version, embed=embed, partner=partner, path_error=request.method == "POST"),
            status=400 if request.method == "POST" else 200,
        )
    groups = selectors.situations(version=version, path=path)
    zones = selectors.zone_texts(version=version)
    every_service = {s.pk: s for zone in zones for s in zone["services"]}
    common = {
        "path": path,
        "path_label": label,
        "zones": zones,
        "all_services": list(every_service.values()),
    }
    if request.POST.get("etape") != "resultat":
        spec = version.spec()
        # For the result computed on the device (barometer.js): no zone yet, the server will
        # compute it from the answers sent with the opt-in, if the person counts her result.
        common["count_token"] = services.issue_count_token(
            version=version, path=path, zone=None, partner=partner
        )
        return render(
            request,
            "barometer/questions.html",
            _context(
                version,
                embed=embed,
                partner=partner,
                groups=groups,
                spec=spec,
                scale=spec["scale"],
                **common,
            ),
        )
    answers = selectors.posted_answers(version=version, data=request.POST)
    result = score(version.spec(), answers)
    common["count_token"] = services.issue_count_token(
        version=version, path=path, zone=result.zone or services.NEUTRAL, partner=partner
    )
    return render(
        request,
        "barometer/result.html",
        _context(
            version,
            embed=embed,
            partner=partner,
            result=result,
            result_zone=next((z for z in zones if z["key"] == result.zone), None),
            **common,
        ),
    )


def _framable(response):
    response["Content-Security-Policy"] = policy_allowing_frames_from(selectors.embed_origins())
    return response


# Read-only computations on what the person typed: no state changes, and public pages carry no
# CSRF cookie. Counting (which writes) is guarded by a signed, single-use token instead.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request, slug: str):
    return _flow(request, slug, embed=False)


@csrf_exempt
@xframe_options_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def embedded(request, slug: str):
    """The same tool for partners' sites: framable by their allowed origins only."""
    return _framable(_flow(request, slug, embed=True))


@csrf_exempt
@require_POST
def count(request, slug: str):
    """The explicit opt-in: one more in an anonymous counter, nothing about the answers (sent
    only with a result computed on the device, they are scored again and forgotten).

    Whatever happens (first count, replay, altered zone, expired or forged token), the answer
    is the same redirect to the same thank-you page: it tells nobody whether anything counted.
    """
    version = _version_or_404(slug)
    services.count_once(
        version=version,
        token=request.POST.get("jeton", ""),
        path=request.POST.get("parcours", ""),
        zone=request.POST.get("zone", ""),
        answers=selectors.posted_answers(version=version, data=request.POST),
        today=timezone.localdate(),
    )
    embed = request.POST.get("integre") == "1"
    return see_other(
        reverse("embed_barometer_counted" if embed else "barometer:counted", args=[slug])
    )


def _counted(request, slug: str, *, embed: bool):
    version = _version_or_404(slug)
    return render(
        request,
        "barometer/counted.html",
        _context(version, embed=embed),
    )


@require_safe
def counted(request, slug: str):
    return _counted(request, slug, embed=False)


@xframe_options_exempt
@require_safe
def embedded_counted(request, slug: str):
    return _framable(_counted(request, slug, embed=True))


@require_safe
def printable(request, slug: str, path: str):
    """A blank sheet for a consultation: every situation with boxes to tick, and the help."""
    version = _version_or_404(slug)
    label = selectors.path_label(version=version, path=path)
    if label is None:
        raise Http404
    return render(
        request,
        "barometer/print.html",
        _context(
            version,
            embed=False,
            path_label=label,
            situations=[
                s for group in selectors.situations(version=version, path=path) for s in group
            ],
            scale=version.spec()["scale"],
            zones=selectors.zone_texts(version=version),
        ),
    )


@require_safe
def statistics(request):
    tables = []
    for questionnaire_ in Questionnaire.objects.all():
        version = questionnaire_.current_version()
        if version:
            zones, rows = selectors.published_counts(version=version)
            tables.append({"version": version, "zones": zones, "rows": rows})
    return render(
        request,
        "barometer/statistics.html",
        {"tables": tables, "small_cell": selectors.SMALL_CELL},
    )
