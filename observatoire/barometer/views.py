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

from observatoire.core.csp import allow_framing_by
from observatoire.core.helplines import short_list
from observatoire.core.http import see_other

from . import selectors, services
from .scoring import score


def _version_or_404(slug: str):
    """The French version: the one counted (one counter per version, whatever the language)."""
    version = selectors.published_version(slug=slug)
    if version is None:
        raise Http404
    return version


def _edition_or_404(slug: str) -> selectors.Edition:
    """The edition of the active language when published, else the French version."""
    edition = selectors.edition(slug=slug)
    if edition is None:
        raise Http404
    return edition


# The pages of each flow: the usual one (on the site and embedded) and the easy-to-read one.
TEMPLATES = {
    False: ("barometer/intro.html", "barometer/questions.html", "barometer/result.html"),
    True: (
        "barometer/intro_easy.html",
        "barometer/questions_easy.html",
        "barometer/result_easy.html",
    ),
}


def _form_action(slug: str, *, embed: bool, easy: bool) -> str:
    if embed:
        return reverse("embed_barometer", args=[slug])
    return reverse("barometer:questions_easy" if easy else "barometer:questionnaire", args=[slug])


def _context(
    edition: selectors.Edition, *, embed: bool, partner: str = "", easy: bool = False, **extra
) -> dict:
    version = edition.shown
    slug = edition.source.questionnaire.slug
    return {
        "version": version,
        "questionnaire": version.questionnaire,
        # The questionnaire's texts: French (lang="fr") or the page's language (no attribute).
        "text_lang": edition.text_lang,
        "all_lines": short_list(),
        "embedded": embed,
        "partner": partner,
        "base_template": "barometer/embed_base.html" if embed else "base.html",
        "form_action": _form_action(slug, embed=embed, easy=easy),
        **extra,
    }


def _flow(request, slug: str, *, embed: bool, easy: bool = False):
    """The opening screen, the situations, the result. `easy`: the same, with each situation's
    easy-to-read wording (French, from the French version) where it has one; the scoring, the
    result and its count are the same for the same answers."""
    edition = _edition_or_404(slug)
    version, source = edition.shown, edition.source
    intro_template, questions_template, result_template = TEMPLATES[easy]
    data = request.POST if request.method == "POST" else request.GET
    partner = selectors.embed_partner_key(key=data.get("partenaire", "")) if embed else ""
    path = request.POST.get("parcours", "")
    label = selectors.path_label(version=version, path=path) if path else None
    if request.method != "POST" or label is None:
        # The usual opening screen offers the easy-to-read questions when there are some.
        easy_url = (
            reverse("barometer:questions_easy", args=[source.questionnaire.slug])
            if not embed and not easy and selectors.has_easy_texts(version=source)
            else ""
        )
        return render(
            request,
            intro_template,
            _context(
                edition,
                embed=embed,
                partner=partner,
                easy=easy,
                path_error=request.method == "POST",
                easy_url=easy_url,
            ),
            status=400 if request.method == "POST" else 200,
        )
    groups = selectors.situations(version=version, path=path, easy_from=source if easy else None)
    zones = selectors.zone_texts(version=version)
    every_service = {s.pk: s for zone in zones for s in zone["services"]}
    common = {
        "path": path,
        "path_label": label,
        "zones": zones,
        "all_services": list(every_service.values()),
    }
    # Scored with the French version's spec (an edition's is the same by construction) and
    # counted on the French version: no language is recorded.
    spec = source.spec()
    if request.POST.get("etape") != "resultat":
        # For the result computed on the device (barometer.js): no zone yet, the server will
        # compute it from the answers sent with the opt-in, if the person counts her result.
        common["count_token"] = services.issue_count_token(
            version=source, path=path, zone=None, partner=partner
        )
        return render(
            request,
            questions_template,
            _context(
                edition,
                embed=embed,
                partner=partner,
                easy=easy,
                groups=groups,
                spec=spec,
                scale=selectors.answer_labels(version=version),
                **common,
            ),
        )
    answers = selectors.posted_answers(version=source, data=request.POST)
    result = score(spec, answers)
    common["count_token"] = services.issue_count_token(
        version=source, path=path, zone=result.zone or services.NEUTRAL, partner=partner
    )
    return render(
        request,
        result_template,
        _context(
            edition,
            embed=embed,
            partner=partner,
            easy=easy,
            result=result,
            result_zone=next((z for z in zones if z["key"] == result.zone), None),
            **common,
        ),
    )


def _framable(response):
    return allow_framing_by(response, selectors.embed_origins())


# Read-only computations on what the person typed: no state changes, and public pages carry no
# CSRF cookie. Counting (which writes) is guarded by a signed, single-use token instead.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request, slug: str):
    return _flow(request, slug, embed=False)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questions_easy(request, slug: str):
    """The same tool in easy-to-read French (« facile à lire et à comprendre »), in every
    language of the site: the same engine and version, the same result and count."""
    return _flow(request, slug, embed=False, easy=True)


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
    return render(
        request,
        "barometer/counted.html",
        _context(_edition_or_404(slug), embed=embed),
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
    edition = _edition_or_404(slug)
    version = edition.shown
    label = selectors.path_label(version=version, path=path)
    if label is None:
        raise Http404
    return render(
        request,
        "barometer/print.html",
        _context(
            edition,
            embed=False,
            path_label=label,
            situations=[
                s for group in selectors.situations(version=version, path=path) for s in group
            ],
            scale=selectors.answer_labels(version=version),
            zones=selectors.zone_texts(version=version),
        ),
    )


@require_safe
def statistics(request):
    tables = []
    # The counts are the French versions' (one counter per version, whatever the language).
    for questionnaire_ in selectors.french_questionnaires():
        version = questionnaire_.current_version()
        if version:
            zones, rows = selectors.published_counts(version=version)
            tables.append(
                {
                    "version": version,
                    "zones": zones,
                    "zone_names": [selectors.zone_name(zone) for zone in zones],
                    "rows": rows,
                }
            )
    return render(
        request,
        "barometer/statistics.html",
        {"tables": tables, "small_cell": selectors.SMALL_CELL},
    )
