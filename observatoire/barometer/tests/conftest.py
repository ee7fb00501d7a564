import pytest

from observatoire.barometer.content import BAROMETERS
from observatoire.barometer.services import ensure_questionnaire


@pytest.fixture
def barometers(db):
    for barometer in BAROMETERS:
        ensure_questionnaire(questionnaire=barometer.QUESTIONNAIRE, version=barometer.VERSION)
