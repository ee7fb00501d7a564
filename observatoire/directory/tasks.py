"""Background tasks (django-tasks, the « imports » queue run by `manage.py db_worker`)."""

from django_tasks import task

from observatoire.core import imports

from . import importer


@task(backend="imports")
def import_directory_file(*, job_id: int) -> None:
    imports.run(job_id=job_id, importer=importer.import_job)
