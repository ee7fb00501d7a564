"""Background tasks (django-tasks, the « imports » queue run by `manage.py db_worker`)."""

from django_tasks import task

from observatoire.core import imports

from . import ssmsi_jobs


@task(backend="imports")
def import_ssmsi_file(*, job_id: int) -> None:
    imports.run(job_id=job_id, importer=ssmsi_jobs.import_job)
