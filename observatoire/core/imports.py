"""Imports of files, shared by every app: the one refusal type, and files imported in the
background.

Every importer (SSMSI files, the directory, partners' figures) validates everything first and
writes in one transaction; when a file is refused it raises `ImportRefused` with French
messages naming the line and the column, and nothing is written.

A file uploaded in the back-office becomes an `ImportJob`: stored where no one can download it
(`IMPORTS_ROOT`, outside the media), then imported by the background worker
(`manage.py db_worker --backend imports`, django-tasks with its database backend). While it
runs, the importer reports its progress through the shared cache; the job page reads it every
second (or when the person refreshes it). The job ends with the French report, and its file is
deleted.
"""

import hashlib
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.log_actions import log

from .formatting import format_number

MAX_SHOWN = 20
PROGRESS_EVERY = 20_000  # rows between two progress reports
logger = logging.getLogger(__name__)

JOB_ACTIONS = {
    "ovff.import.queued": gettext_lazy("Fichier déposé pour import"),
    "ovff.import.done": gettext_lazy("Import terminé"),
    "ovff.import.refused": gettext_lazy("Import refusé"),
    "ovff.import.failed": gettext_lazy("Import interrompu par une erreur"),
}


class ImportRefused(ValueError):
    """A file refused as a whole: nothing was written. `errors` lists every problem found, in
    French, each naming its line (and column); `shown` is what a page shows of them. Messages
    marked lazily are written out here, in the active language (they are stored as text)."""

    def __init__(self, errors: list[str]):
        self.errors = [str(error) for error in errors]
        self.shown = self.errors[:MAX_SHOWN]
        if len(self.errors) > MAX_SHOWN:
            more = len(self.errors) - MAX_SHOWN
            # Translators: French keeps « autres erreurs » for one more error too.
            self.shown.append(
                ngettext("… et %(count)s autres erreurs.", "… et %(count)s autres erreurs.", more)
                % {"count": more}
            )
        super().__init__(
            _("Import refusé, rien n’a été enregistré :") + "\n" + "\n".join(self.shown)
        )


def storage() -> FileSystemStorage:
    return FileSystemStorage(location=settings.IMPORTS_ROOT)


# --- Writes ---------------------------------------------------------------------------------


def receive_upload(
    *, upload, kind: str, permission: str, options: dict, user, sha256: str | None = None
):
    """Keep an uploaded file for the worker (never under the media) and record its job."""
    from .models import ImportJob

    suffix = "".join(Path(upload.name).suffixes[-2:])[:20]
    stored = storage().save(f"{uuid.uuid4().hex}{suffix}", upload)
    job = ImportJob.objects.create(
        kind=kind,
        permission=permission,
        file_name=Path(upload.name).name[:255],
        stored_name=stored,
        size=upload.size,
        sha256=sha256 or file_digest(Path(storage().path(stored))),
        options=options,
        created_by=user,
    )
    log(instance=job, action="ovff.import.queued", user=user)
    return job


def upload_digest(upload) -> str:
    """The SHA-256 of an uploaded file, read by chunks (it may be a temporary file on disk)."""
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def enqueue(*, job, task) -> None:
    """Hand the job to the worker once it is committed."""

    def send():
        result = task.enqueue(job_id=job.pk)
        type(job).objects.filter(pk=job.pk).update(task_id=str(result.id))

    transaction.on_commit(send)


def run(*, job_id: int, importer: Callable) -> None:
    """The worker's side: `importer(job, progress)` imports the file and returns the report
    (French lines), or raises ImportRefused. The file is deleted at the end, whatever happened.
    """
    from .models import ImportJob

    job = ImportJob.objects.get(pk=job_id)
    if job.status != ImportJob.QUEUED:
        return  # already taken (a task delivered twice)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.RUNNING, started_at=timezone.now())
    try:
        report = importer(job, lambda **state: report_progress(job_id=job.pk, **state))
    except ImportRefused as refusal:
        _finish(job, ImportJob.REFUSED, refusal.shown, "ovff.import.refused")
    except Exception:
        logger.exception("Import job %s failed", job.pk)
        _finish(
            job,
            ImportJob.FAILED,
            [_("L’import s’est interrompu sur une erreur du serveur : rien n’a été enregistré.")],
            "ovff.import.failed",
        )
        raise
    else:
        _finish(job, ImportJob.DONE, report, "ovff.import.done")
    finally:
        storage().delete(job.stored_name)


def _finish(job, status: str, report: list[str], action: str) -> None:
    from .models import ImportJob

    rows = progress_of(job_id=job.pk).get("rows_read", 0)
    ImportJob.objects.filter(pk=job.pk).update(
        status=status, report=report, rows_read=rows, finished_at=timezone.now()
    )
    job.refresh_from_db()
    log(instance=job, action=action, user=job.created_by)
    cache.delete(_progress_key(job.pk))


def report_progress(*, job_id: int, rows_read: int, fraction: float) -> None:
    cache.set(
        _progress_key(job_id),
        {"rows_read": rows_read, "fraction": min(max(fraction, 0.0), 1.0)},
        timeout=24 * 3600,
    )


# --- Reads ----------------------------------------------------------------------------------


def progress_of(*, job_id: int) -> dict:
    return cache.get(_progress_key(job_id)) or {}


def job_state(*, job) -> dict:
    """What the job page shows, and what its script reads every second."""
    running = progress_of(job_id=job.pk) if job.status == job.RUNNING else {}
    done = job.status in (job.DONE, job.REFUSED, job.FAILED)
    rows = running.get("rows_read", job.rows_read)
    return {
        "status": job.status,
        "status_label": str(job.get_status_display()),
        "finished": done,
        "rows_read": rows,
        "rows_read_text": format_number(rows),
        "percent": 100 if done else round(100 * running.get("fraction", 0.0)),
        "report": job.report,
    }


def recent_jobs(*, kind: str, limit: int = 10) -> list:
    from .models import ImportJob

    return list(ImportJob.objects.filter(kind=kind).select_related("created_by")[:limit])


def _progress_key(job_id: int) -> str:
    return f"import-progress:{job_id}"
