"""Reads of the barometer: the published version and the edition a visitor reads, its
situations for a path, published counts."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Sum
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from observatoire.core.helplines import HELPLINES
from observatoire.core.territory import current as served_territory
from observatoire.directory.selectors import public_services

from .blocks import ZONE_CHOICES
from .models import EmbedPartner, Questionnaire, UsageCount, Version

GROUP_SIZE = 5  # situations shown together, on a phone screen
SMALL_CELL = 10  # published counts under this are hidden
# A zone's name as a person reads it (« Zone rouge »); the keys stay French identifiers.
ZONE_NAMES = dict(ZONE_CHOICES) | {"neutre": gettext_lazy("neutre")}


@dataclass(frozen=True)
class Situation:
    key: str
    text: str
    theme: str
    # The easy-to-read wording (FALC) is shown instead of the usual one: always French.
    easy: bool = False


def french_questionnaires():
    """The questionnaires themselves (French), without their translated editions."""
    return Questionnaire.objects.filter(locale=Locale.get_default())


def published_version(*, slug: str) -> Version | None:
    """The current published French version: the one scored and counted in every language."""
    questionnaire = french_questionnaires().filter(slug=slug).first()
    return questionnaire.current_version() if questionnaire else None


@dataclass(frozen=True)
class Edition:
    """What a visitor reads: `shown`, the edition of the active language when it exists and is
    published, else the French version; and `source`, the French version, which counts."""

    source: Version
    shown: Version

    @property
    def translated(self) -> bool:
        return self.shown.pk != self.source.pk

    @property
    def text_lang(self) -> str:
        """The `lang` of the questionnaire's texts on the page: "fr" for the French version
        (whatever the page's language), none for a translated edition (the page's own)."""
        return "" if self.translated else "fr"


def edition(*, slug: str, language: str | None = None) -> Edition | None:
    """The version of `slug` to show in `language` (the active one by default)."""
    source = published_version(slug=slug)
    if source is None:
        return None
    language = language or translation.get_language()
    shown = None
    if language and language != source.locale.language_code:
        shown = (
            Version.objects.filter(
                translation_key=source.translation_key,
                locale__language_code=language,
                status=Version.PUBLISHED,
            )
            .select_related("questionnaire")
            .first()
        )
    return Edition(source=source, shown=shown or source)


def answer_labels(*, version: Version) -> list[dict]:
    """The answer scale as a person reads it: each answer's key and label."""
    return [{"key": a.value["key"], "label": a.value["label"]} for a in version.scale]


def path_label(*, version: Version, path: str) -> str | None:
    return next((p.value["label"] for p in version.paths if p.value["key"] == path), None)


def posted_answers(*, version: Version, data: Mapping[str, str]) -> dict[str, str]:
    """The answers in a posted form (`s-<situation>` fields), for the scoring and nothing else."""
    return {block.value["key"]: data.get(f"s-{block.value['key']}", "") for block in version.items}


def easy_texts(*, version: Version, path: str | None = None) -> dict[str, str]:
    """The easy-to-read wordings (FALC) of `version` for `path` (of any path by default), by
    situation; a situation without one is left out. They are French: read them from the French
    version (a translated edition holds no easy-to-read wording of its own)."""
    texts = {}
    for block in version.items:
        for wording in block.value["wordings"]:
            easy = (wording.get("easy_text") or "").strip()
            if easy and (path is None or wording["path"] == path):
                texts.setdefault(block.value["key"], easy)
    return texts


def has_easy_texts(*, version: Version) -> bool:
    """Whether the easy-to-read questions are worth offering: some situation has a wording."""
    return bool(easy_texts(version=version))


def situations(
    *, version: Version, path: str, easy_from: Version | None = None
) -> list[list[Situation]]:
    """The situations worded for `path`, in groups of GROUP_SIZE. With `easy_from` (the French
    version), each one's easy-to-read wording from it when it has one, else the usual one."""
    easy = easy_texts(version=easy_from, path=path) if easy_from is not None else {}
    worded = [
        Situation(
            key=block.value["key"],
            text=easy.get(block.value["key"])
            or next(w["text"] for w in block.value["wordings"] if w["path"] == path),
            theme=block.value["theme"],
            easy=block.value["key"] in easy,
        )
        for block in version.items
    ]
    return [worded[i : i + GROUP_SIZE] for i in range(0, len(worded), GROUP_SIZE)]


def zone_name(key: str) -> str:
    """The name of the zone `key` in the active language (the key itself if it has none)."""
    return str(ZONE_NAMES.get(key, key))


def zone_texts(*, version: Version) -> list[dict]:
    """Each zone's words, with its name and its helplines resolved for click-to-call."""
    lines = {line.key: line for line in HELPLINES}
    chosen = {s.pk for block in version.zones for s in block.value.get("services") or [] if s}
    public = {s.pk: s for s in public_services().filter(pk__in=chosen)}
    return [
        {
            **dict(block.value),
            "name": zone_name(block.value["key"]),
            "width": block.value["high"] - block.value["low"],
            "lines": [lines[key] for key in block.value["helplines"]],
            "services": [
                public[s.pk] for s in block.value.get("services") or [] if s and s.pk in public
            ],
        }
        for block in version.zones
    ]


@dataclass(frozen=True)
class CountRow:
    label: str
    cells: list[int | None]  # None: fewer than SMALL_CELL, hidden
    total: int | None


def published_counts(*, version: Version) -> tuple[list[str], list[CountRow]]:
    """Counted results by path (rows) and zone (columns), small cells hidden."""
    zones = [block.value["key"] for block in version.zones]
    rows = []
    for block in version.paths:
        counts = dict(
            UsageCount.objects.filter(version=version, path=block.value["key"])
            .values_list("zone")
            .annotate(n=Sum("count"))
        )
        cells = [
            c if c >= SMALL_CELL or c == 0 else None for c in (counts.get(z, 0) for z in zones)
        ]
        # With a cell hidden, the total would give it away: it is hidden too.
        total = None if None in cells else sum(cells)
        rows.append(CountRow(label=block.value["label"], cells=cells, total=total))
    return zones, rows


def embed_origins() -> list[str]:
    """Origins allowed to frame the embedded barometers."""
    return list(
        EmbedPartner.objects.filter(active=True).order_by("origin").values_list("origin", flat=True)
    )


def embed_partner_key(*, key: str) -> str:
    """`key` if it names an allowed partner site, else empty (results counted as the site's own)."""
    if key and EmbedPartner.objects.filter(key=key, active=True).exists():
        return key
    return ""


def embed_code(*, partner: EmbedPartner, questionnaire: Questionnaire, site_url: str) -> str:
    """The HTML a partner pastes into its page."""
    src = f"{site_url}/integrer/barometre/{questionnaire.slug}/?partenaire={partner.key}"
    title = _(
        "%(title)s, par l’Observatoire des violences faites aux femmes %(of_departement)s"
    ) % {
        **served_territory().words(),
        "title": questionnaire.title,
    }
    return (
        f'<iframe src="{src}" title="{title}" width="100%" height="900" loading="lazy" '
        f'referrerpolicy="no-referrer" sandbox="allow-scripts allow-forms allow-same-origin '
        f'allow-top-navigation-by-user-activation" data-ovff-barometre></iframe>\n'
        f'<script src="{site_url}/static/barometer/embed.js" async></script>'
    )
