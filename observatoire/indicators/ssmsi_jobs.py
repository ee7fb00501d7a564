"""The SSMSI import as the back-office runs it: the job of an uploaded file and its report in
French, and the message for a file already imported (`ssmsi.py` does the import itself)."""

from collections.abc import Callable

from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from observatoire.core.formatting import format_number
from observatoire.core.imports import ImportRefused

from .models import Edition
from .ssmsi import import_file


def already_imported_message(edition: Edition) -> str:
    values = {
        "date": date_format(localtime(edition.imported_at), "j F Y"),
        "user": edition.imported_by,
        "name": edition.file_name,
    }
    if edition.imported_by:
        return (
            _(
                "Ce fichier a déjà été importé le %(date)s par %(user)s (« %(name)s ») : il "
                "n’est pas importé une seconde fois."
            )
            % values
        )
    return (
        _(
            "Ce fichier a déjà été importé le %(date)s (« %(name)s ») : il n’est pas importé "
            "une seconde fois."
        )
        % values
    )


def import_job(job, progress: Callable) -> list[str]:
    """The background import of an uploaded file (core.imports.run): its French report."""
    report = import_file(
        path=job.path,
        departement=job.options.get("departement"),
        user=job.created_by,
        file_name=job.file_name,
        on_progress=progress,
    )
    if report.already_imported:
        raise ImportRefused([already_imported_message(report.edition)])
    progress(rows_read=report.rows_read, fraction=1.0)
    counts = {
        "rows": format_number(report.rows_read),
        "observations": format_number(report.observations),
        "outside": format_number(report.outside),
    }
    if report.outside:
        # Translators: French keeps « lignes lues » for one line too.
        summary = ngettext(
            "%(rows)s lignes lues, %(observations)s observations enregistrées, %(outside)s hors "
            "du champ.",
            "%(rows)s lignes lues, %(observations)s observations enregistrées, %(outside)s hors "
            "du champ.",
            report.rows_read,
        )
    else:
        # Translators: French keeps « lignes lues » for one line too.
        summary = ngettext(
            "%(rows)s lignes lues, %(observations)s observations enregistrées.",
            "%(rows)s lignes lues, %(observations)s observations enregistrées.",
            report.rows_read,
        )
    lines = [summary % counts]
    for label, count in sorted(report.unknown_labels.items()):
        lines.append(
            # Translators: French keeps « lignes ignorées » for one line too.
            ngettext(
                "Indicateur inconnu, %(count)s lignes ignorées : « %(label)s ».",
                "Indicateur inconnu, %(count)s lignes ignorées : « %(label)s ».",
                count,
            )
            % {"count": format_number(count), "label": label}
        )
    return lines
