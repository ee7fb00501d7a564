"""Saving a new page's form twice (a double click, a second action clicked before the first came
back): one page, its author taken to it, never a 500 (core/admin_views.py: PageCreateView)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from wagtail.models import Page

from observatoire.accounts.roles import COORDINATOR
from observatoire.accounts.tests.helpers import account, sign_in

TITLE = "Rencontre des réseaux du Lodévois"
WHEN = {"start": "2027-03-08 09:00", "end": "2027-03-08 17:00"}


def _form_data(html: str, **values: str) -> dict[str, str]:
    """What the browser sends for the page form as it stands, with `values` typed in."""
    form = BeautifulSoup(html, "html.parser").find("form", attrs={"data-edit-form": True})
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") == "checkbox" and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", "") if field.name == "input" else field.text
    return {**data, **values}


@pytest.fixture
def add_event(demo, client):
    def add_event(user):
        sign_in(client, user)
        address = f"/gestion/pages/add/knowledge/eventpage/{Page.objects.get(slug='agenda').pk}/"
        form = client.get(address).content.decode()
        data = _form_data(form, title=TITLE, slug="rencontre", **WHEN)
        return client.post(address, data)

    return add_event


def _events():
    return Page.objects.get(slug="agenda").get_children().filter(slug="rencontre")


def test_a_second_save_of_the_same_new_page_takes_its_author_to_the_draft(add_event, client):
    coordinator = account("coordination-agenda", COORDINATOR)
    first = add_event(coordinator)
    assert first.status_code == 302, first.context["form"].errors
    draft = _events().get()

    second = add_event(coordinator)
    assert second.status_code == 302
    assert second.url == f"/gestion/pages/{draft.pk}/edit/"
    assert _events().count() == 1
    told = [str(message) for message in get_messages(second.wsgi_request)]
    assert any("venait d’être enregistrée par votre clic précédent" in text for text in told)


def test_a_slug_taken_by_someone_elses_page_is_a_form_error(add_event, client):
    add_event(account("coordination-a", COORDINATOR))
    response = add_event(account("coordination-b", COORDINATOR))
    assert response.status_code == 200  # the form again, as typed, with the slug's error
    assert TITLE in response.content.decode()
    assert "rencontre" in response.context["form"].errors["slug"][0]
    assert _events().count() == 1
