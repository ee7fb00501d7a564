"""Back-office views of the barometer: check, preview and publish a draft; start a new draft."""

import json
from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.models import Locale

from observatoire.core.admin_ui import AdminPageMixin, listing_breadcrumb

from . import selectors, services
from .models import EmbedPartner, Version
from .scoring import score

VECTORS = Path(__file__).resolve().parent / "data" / "vectors.json"
EDIT_PERMISSION = "barometer.change_version"


def vector_results() -> list[dict]:
    """The shared test vectors, run through the engine the site uses."""
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))
    results = []
    for case in vectors["cases"]:
        got = score(vectors["spec"], case["answers"])
        results.append(
            {
                "name": case["name"],
                "expected": (case["zone"], case["cursor"]),
                "got": (got.zone, got.cursor),
                "ok": (got.zone, got.cursor) == (case["zone"], case["cursor"]),
            }
        )
    return results


class VersionCheckView(AdminPageMixin, TemplateView):
    """GET: what blocks publication, the vectors, a preview. POST: publish, or copy."""

    template_name = "barometer/admin/check.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(EDIT_PERMISSION):
            raise PermissionDenied
        # French versions only: an edition is published with its French version.
        self.version = get_object_or_404(Version, pk=kwargs["pk"], locale=Locale.get_default())
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Vérifier et publier : %(version)s") % {"version": self.version}

    def get_parent_breadcrumbs(self):
        return [listing_breadcrumb(Version)]

    def get_context_data(self, **kwargs):
        version = self.version
        problems = services.check_version(version=version)
        previews = [
            {
                "label": block.value["label"],
                "groups": selectors.situations(version=version, path=block.value["key"]),
            }
            for block in version.paths
        ]
        return super().get_context_data(
            version=version,
            problems=problems,
            vectors=vector_results(),
            previews=[] if problems else previews,
            zones=selectors.zone_texts(version=version),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "nouvelle-version":
            draft = services.new_draft(source=self.version)
            messages.success(request, _("Brouillon créé : %(draft)s.") % {"draft": draft})
            return redirect(Version.snippet_viewset.get_url_name("edit"), draft.pk)
        if self.version.is_published:
            messages.error(request, _("Cette version est déjà publiée."))
        else:
            try:
                services.publish_version(version=self.version)
            except services.VersionError as error:
                for problem in error.problems:
                    messages.error(request, problem)
                return redirect(reverse("barometer_version_check", args=[self.version.pk]))
            messages.success(
                request,
                _("%(version)s est publiée ; elle ne changera plus.") % {"version": self.version},
            )
        return redirect(Version.snippet_viewset.get_url_name("list"))


class EmbedCodeView(AdminPageMixin, TemplateView):
    """The code a partner pastes on its site, one per published barometer."""

    template_name = "barometer/admin/embed_code.html"
    header_icon = "code"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("barometer.view_embedpartner"):
            raise PermissionDenied
        self.partner = get_object_or_404(EmbedPartner, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Code à intégrer : %(partner)s") % {"partner": self.partner.name}

    def get_parent_breadcrumbs(self):
        return [listing_breadcrumb(EmbedPartner)]

    def get_context_data(self, **kwargs):
        site_url = self.request.build_absolute_uri("/").rstrip("/")  # as the coordinator sees it
        codes = [
            {
                "questionnaire": questionnaire,
                "code": selectors.embed_code(
                    partner=self.partner, questionnaire=questionnaire, site_url=site_url
                ),
            }
            for questionnaire in selectors.french_questionnaires()
            if questionnaire.current_version()
        ]
        return super().get_context_data(partner=self.partner, codes=codes, **kwargs)
