"""The barometer's public pages. Answers come by POST, are scored, shown and forgotten: they are
never stored, logged, put in a URL, a cookie or web storage."""

from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from observatoire.core.helplines import short_list
from observatoire.core.http import see_other

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


def _context(version, **extra) -> dict:
    return {
        "version": version,
        "questionnaire": version.questionnaire,
        "all_lines": short_list(),
        **extra,
    }


def _count_token(version) -> str:
    return signing.TimestampSigner(salt=COUNT_SALT).sign(f"{version.pk}")


# Read-only computations on what the person typed: no state changes, and public pages carry no
# CSRF cookie. Counting (which writes) is guarded by a signed token instead.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request, slug: str):
    version = _version_or_404(slug)
    path = request.POST.get("parcours", "")
    label = selectors.path_label(version=version, path=path) if path else None
    if request.method != "POST" or label is None:
        return render(
            request,
            "barometer/intro.html",
            _context(version, path_error=request.method == "POST"),
            status=400 if request.method == "POST" else 200,
        )
    groups = selectors.situations(version=version, path=path)
    zones = selectors.zone_texts(version=version)
    if request.POST.get("etape") != "resultat":
        return render(
            request,
            "barometer/questions.html",
            _context(
                version,
                path=path,
                path_label=label,
                groups=groups,
                zones=zones,
                spec=version.spec(),
                scale=version.spec()["scale"],
                count_token=_count_token(version),
            ),
        )
    answers = {
        situation.key: request.POST.get(f"s-{situation.key}", "")
        for group in groups
        for situation in group
    }
    result = score(version.spec(), answers)
    return render(
        request,
        "barometer/result.html",
        _context(
            version,
            path=path,
            path_label=label,
            result=result,
            zones=zones,
            result_zone=next((z for z in zones if z["key"] == result.zone), None),
            count_token=_count_token(version),
        ),
    )


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
    if valid:
        services.count_result(
            version=version, path=path, zone=zone, partner="", today=timezone.localdate()
        )
    return see_other(reverse("barometer:counted", args=[slug]) + ("" if valid else "?refus=1"))


@require_safe
def counted(request, slug: str):
    version = _version_or_404(slug)
    return render(
        request, "barometer/counted.html", _context(version, refused="refus" in request.GET)
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
