"""The barometer's public pages, on the site and embedded on partners' sites.

Answers come by POST, are scored, shown and forgotten: they are never stored, logged, put in a
URL, a cookie or web storage.
"""

from django.core import signing
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

COUNT_SALT = "barometer.count"
COUNT_MAX_AGE = 6 * 3600


def _version_or_404(slug: str):
    version = selectors.published_version(slug=slug)
    if version is None:
        raise Http404
    return version


def _count_token(version) -> str:
    return signing.TimestampSigner(salt=COUNT_SALT).sign(f"{version.pk}")


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
        "count_token": _count_token(version),
    }
    if request.POST.get("etape") != "resultat":
        spec = version.spec()
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
    answers = {s.key: request.POST.get(f"s-{s.key}", "") for group in groups for s in group}
    result = score(version.spec(), answers)
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
# CSRF cookie. Counting (which writes) is guarded by a signed token instead.
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
    """The explicit opt-in: one more in an anonymous counter, nothing about the answers."""
    version = _version_or_404(slug)
    try:
        signed = signing.TimestampSigner(salt=COUNT_SALT).unsign(
            request.POST.get("jeton", ""), max_age=COUNT_MAX_AGE
        )
    except signing.BadSignature:
        signed = None
    path = request.POST.get("parcours", "")
    zone = request.POST.get("zone", "")
    valid = (
        signed == str(version.pk)
        and selectors.path_label(version=version, path=path) is not None
        and zone in {z["key"] for z in version.spec()["zones"]} | {"neutre"}
    )
    embed = request.POST.get("integre") == "1"
    if valid:
        services.count_result(
            version=version,
            path=path,
            zone=zone,
            partner=selectors.embed_partner_key(key=request.POST.get("partenaire", "")),
            today=timezone.localdate(),
        )
    target = reverse("embed_barometer_counted" if embed else "barometer:counted", args=[slug])
    return see_other(target + ("" if valid else "?refus=1"))


def _counted(request, slug: str, *, embed: bool):
    version = _version_or_404(slug)
    return render(
        request,
        "barometer/counted.html",
        _context(version, embed=embed, refused="refus" in request.GET),
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
