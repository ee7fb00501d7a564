"""Partners' figures declared by CSV file, as described by a published Table Schema.

One line per indicator and period. The whole file is checked first; one bad line and nothing is
recorded, with a French message naming the line and the column. Good lines become drafts (an
existing draft for the same indicator and period is updated); a figure already submitted is
left alone and named. The declaring person then submits the drafts as with the form.

The file (512 KB at most, gzip accepted) is read by `core.import_files`: bounded lines, UTF-8
(BOM or not); a file with no figure after its header is refused.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from observatoire.core import territory
from observatoire.core.import_files import open_csv
from observatoire.core.imports import ImportRefused

from .models import Indicator, PartnerFigure
from .models.submissions import MAX_VALUE, PERIOD
from .submissions import is_settled, may_declare

COLUMNS = ["indicateur", "periode", "nombre", "commentaire"]
REQUIRED = COLUMNS[:3]
MAX_COMMENT = 500
MAX_LINES = 2_000
MAX_BYTES = 512 * 1024
TOO_LARGE = gettext_lazy("Le fichier dépasse 512 Ko : découpez-le.")
SCHEMA_NAME = "schema-chiffres-partenaires.json"
NO_FIGURE = gettext_lazy(
    "Le fichier ne contient aucune ligne de données (aucun chiffre), seulement l’en-tête."
)


@dataclass(frozen=True)
class Line:
    number: int
    indicator: Indicator
    period: str
    value: int
    comment: str


def table_schema() -> dict:
    return {
        "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
        "name": "chiffres-partenaires",
        "title": _("Chiffres déclarés par les partenaires de l’%(acronym)s")
        % territory.current().words(),
        "description": _(
            "Un fichier CSV en UTF-8, séparé par des points-virgules, une ligne par "
            "indicateur et par période. Jamais de nom ni de détail sur une personne."
        ),
        "fields": [
            {
                "name": "indicateur",
                "type": "string",
                "description": _(
                    "Code de l’indicateur, tel qu’il figure dans la liste des "
                    "chiffres du partenaire."
                ),
                "constraints": {"required": True, "pattern": "^[a-z0-9-]+$"},
            },
            {
                "name": "periode",
                "type": "string",
                "description": _("Année (2025) ou trimestre (2025-T1)."),
                "constraints": {"required": True, "pattern": r"^\d{4}(-T[1-4])?$"},
            },
            {
                "name": "nombre",
                "type": "integer",
                "description": _("Nombre entier, 0 compris."),
                "constraints": {"required": True, "minimum": 0, "maximum": MAX_VALUE},
            },
            {
                "name": "commentaire",
                "type": "string",
                "description": _("Précision sur le chiffre, facultative."),
                "constraints": {"maxLength": MAX_COMMENT},
            },
        ],
        "primaryKey": ["indicateur", "periode"],
    }


def read(*, data: bytes, user) -> list[Line]:
    """Every line checked; ImportRefused lists the problems, in French."""
    if len(data) > MAX_BYTES:
        raise ImportRefused([str(TOO_LARGE)])
    codes = {
        indicator.code: indicator
        for indicator in Indicator.objects.exclude(partner=None).select_related("partner")
    }
    lines, errors, seen = [], [], {}
    with open_csv(data=data, delimiter=";") as table:
        header = [name.strip().lower() for name in table.header]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            names = ", ".join(f"« {name} »" for name in missing)
            raise ImportRefused(
                [
                    _("Ligne 1 : colonnes manquantes : %(names)s (séparateur « ; »).")
                    % {"names": names}
                ]
            )
        try:
            for number, cells in table.rows:
                if not any(cell.strip() for cell in cells):
                    continue
                if len(lines) + len(errors) >= MAX_LINES:
                    errors.append(
                        _("Plus de %(count)s lignes : découpez le fichier.") % {"count": MAX_LINES}
                    )
                    break
                line = _line(number, dict(zip(header, cells, strict=False)), codes, user, errors)
                if line is None:
                    continue
                key = (line.indicator.pk, line.period)
                if key in seen:
                    errors.append(
                        _(
                            "Ligne %(number)s : « %(code)s » pour %(period)s figure déjà "
                            "ligne %(first)s."
                        )
                        % {
                            "number": number,
                            "code": line.indicator.code,
                            "period": line.period,
                            "first": seen[key],
                        }
                    )
                seen[key] = number
                lines.append(line)
        except ImportRefused as refusal:  # unreadable from that line on
            raise ImportRefused([*errors, *refusal.errors]) from refusal
    if not lines and not errors:
        errors.append(str(NO_FIGURE))
    if errors:
        raise ImportRefused(errors)
    return lines


def _line(number: int, cells: dict, codes: dict, user, errors: list[str]) -> Line | None:
    where = _("Ligne %(number)s") % {"number": number}
    found = len(errors)
    code = cells.get("indicateur", "").strip()
    indicator = codes.get(code)
    if indicator is None:
        errors.append(
            _(
                "%(where)s, colonne « indicateur » : « %(code)s » n’est pas un indicateur "
                "déclaré par un partenaire."
            )
            % {"where": where, "code": code}
        )
    elif not may_declare(user=user, indicator=indicator):
        errors.append(
            _(
                "%(where)s, colonne « indicateur » : « %(code)s » relève de %(partner)s, "
                "pas de votre structure."
            )
            % {"where": where, "code": code, "partner": indicator.partner}
        )
    period = cells.get("periode", "").strip()
    if not PERIOD.regex.fullmatch(period):
        errors.append(
            _(
                "%(where)s, colonne « periode » : « %(period)s » (attendu une année comme 2025 "
                "ou un trimestre comme 2025-T1)."
            )
            % {"where": where, "period": period}
        )
    raw_value = cells.get("nombre", "").strip().replace("\u202f", "").replace(" ", "")
    if not raw_value.isdigit() or int(raw_value) > MAX_VALUE:
        highest = f"{MAX_VALUE:,}".replace(",", "\u202f")
        errors.append(
            _(
                "%(where)s, colonne « nombre » : « %(value)s » (attendu un nombre entier entre 0 "
                "et %(highest)s)."
            )
            % {"where": where, "value": cells.get("nombre", "").strip(), "highest": highest}
        )
    comment = cells.get("commentaire", "").strip()
    if len(comment) > MAX_COMMENT:
        errors.append(
            _("%(where)s, colonne « commentaire » : %(length)s caractères (au plus %(most)s).")
            % {"where": where, "length": len(comment), "most": MAX_COMMENT}
        )
    if len(errors) > found:
        return None
    return Line(number, indicator, period, int(raw_value), comment)


@transaction.atomic
def record(*, lines: list[Line], user) -> list[PartnerFigure]:
    """Drafts for every line; nothing at all when one figure is already published or awaiting
    validation (`submissions.is_settled`)."""
    existing = {
        (figure.indicator_id, figure.period): figure
        for figure in PartnerFigure.objects.select_for_update().filter(
            indicator__in={line.indicator for line in lines},
            period__in={line.period for line in lines},
        )
    }
    errors = [
        _(
            "Ligne %(number)s : le chiffre « %(code)s » de %(period)s est déjà %(status)s ; "
            "il ne se modifie plus."
        )
        % {
            "number": line.number,
            "code": line.indicator.code,
            "period": line.period,
            "status": _("publié") if figure.live else _("soumis à la coordination"),
        }
        for line in lines
        if (figure := existing.get((line.indicator.pk, line.period))) is not None
        and is_settled(figure)
    ]
    if errors:
        raise ImportRefused(errors)
    figures = []
    for line in lines:
        figure = existing.get((line.indicator.pk, line.period)) or PartnerFigure(
            indicator=line.indicator, period=line.period, live=False
        )
        figure.value, figure.comment = line.value, line.comment
        figure.save()
        figure.save_revision(user=user, log_action=False)
        log(instance=figure, action="ovff.figure.import", user=user)
        figures.append(figure)
    return figures
