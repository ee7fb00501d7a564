"""Back-office sessions end after inactivity; their cookie never leaves the back-office."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.utils import timezone

from observatoire.accounts.tests.helpers import sign_in


def test_an_idle_back_office_session_ends(db, client):
    user = get_user_model().objects.create_superuser("coord", "c@example.org", "x" * 16)
    sign_in(client, user)
    response = client.get("/gestion/")
    assert response.status_code == 200
    cookie = response.cookies["sessionid"]
    assert cookie["path"] == "/gestion/" and cookie["httponly"] and not cookie["max-age"]
    session = Session.objects.get()
    assert session.expire_date - timezone.now() <= datetime.timedelta(minutes=30)
    # Thirty minutes without a request: the next one asks to log in again.
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/gestion/")
    assert response.status_code == 302 and "/gestion/login/" in response["Location"]
