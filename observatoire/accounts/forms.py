"""The second-factor code form (the sign-in form itself is Wagtail's)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("Les 6 chiffres affichés par l’application, ou un code de secours."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
        error_messages={"required": _("Saisissez le code.")},
    )
