"""Small HTTP helpers shared by the apps."""

from django.http import HttpResponseRedirect


def see_other(url: str) -> HttpResponseRedirect:
    """303 after a POST: the browser fetches the next page with GET and keeps no form to resend."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response
