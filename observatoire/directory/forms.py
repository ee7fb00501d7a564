from django import forms

from . import reference
from .models import Commune

SEARCH_ATTRS = {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}


class CommuneSearchForm(forms.Form):
    q = forms.CharField(
        label="Votre commune ou son code postal",
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", **SEARCH_ATTRS}),
        error_messages={"required": "Saisissez le nom de votre commune ou son code postal."},
    )


class FilterForm(forms.Form):
    """Filters travel in the URL: only the commune's INSEE code and fixed values, no free text."""

    commune = forms.ModelChoiceField(
        queryset=Commune.objects.all(), to_field_name="code", widget=forms.HiddenInput
    )
    categorie = forms.MultipleChoiceField(
        label="Type d’aide",
        choices=reference.CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    public = forms.MultipleChoiceField(
        label="Pour qui",
        choices=reference.AUDIENCES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    langue = forms.ChoiceField(
        label="Langue parlée",
        choices=[("", "Toutes les langues"), *reference.LANGUAGES],
        required=False,
    )
    ouvert = forms.BooleanField(label="Ouvert maintenant", required=False)
    sans_rdv = forms.BooleanField(label="Sans rendez-vous", required=False)
    gratuit = forms.BooleanField(label="Gratuit", required=False)
