import pytest
from django.core.exceptions import ValidationError

from observatoire.partners.models import PartnershipSettings


@pytest.mark.django_db
def test_budget_shares_must_add_up_to_the_total():
    settings = PartnershipSettings.load()
    settings.budget_total = 54900
    settings.budget_shares = [
        {"type": "share", "value": {"funder": "État", "amount": 18300}},
        {"type": "share", "value": {"funder": "Caf", "amount": 18000}},
    ]
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert "La somme des parts ne correspond pas au budget total" in str(error.value)
