import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0, figures=False, knowledge=False)
