import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demo site: partners, the 2023 themes, recommendations, publications and agenda."""
    call_command("load_demo", verbosity=0, figures=False)
