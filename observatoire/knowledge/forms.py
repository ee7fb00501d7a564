import re

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Recommendation, ThemePage
from .models.publications import AUDIENCES, KINDS, LANGUAGES

ANY = [("", gettext_lazy("tous"))]
# The largest id a database stores (64-bit integers). A larger number makes SQLite raise
# OverflowError on a page's id (PostgreSQL finds no row): it is refused before the query.
MAX_ID = 2**63 - 1


class IdChoiceField(forms.ModelChoiceField):
    """A choice by id, from the address: anything but an id within the database's integers is
    an invalid choice, as an unknown id is."""

    def to_python(self, value):
        if value not in self.empty_values:
            text = str(value)
            if not re.fullmatch(r"[0-9]{1,19}", text) or int(text) > MAX_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice"
                )
        return super().to_python(value)


class PublicationFilterForm(forms.Form):
    """Filters only: their values come from lists, never typed text, so GET is fine."""

    kind = forms.ChoiceField(label=gettext_lazy("Type"), choices=ANY + KINDS, required=False)
    audience = forms.ChoiceField(
        label=gettext_lazy("Public"), choices=ANY + AUDIENCES, required=False
    )
    theme = IdChoiceField(
        label=gettext_lazy("Thème"),
        queryset=ThemePage.objects.live(),
        required=False,
        empty_label=gettext_lazy("tous"),
    )
    year = forms.TypedChoiceField(
        label=gettext_lazy("Année"), coerce=int, required=False, empty_value=None
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Langue"), choices=ANY + LANGUAGES, required=False
    )
    kit = forms.BooleanField(label=gettext_lazy("Kit de prévention du 25 novembre"), required=False)

    def __init__(self, *args, **kwargs):
        from .models import PublicationPage

        super().__init__(*args, **kwargs)
        years = sorted(
            set(PublicationPage.objects.live().values_list("year", flat=True)), reverse=True
        )
        self.fields["year"].choices = [("", _("toutes")), *[(y, str(y)) for y in years]]


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Rechercher sur le site"),
        max_length=200,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "type": "search", "spellcheck": "false"}
        ),
        error_messages={"required": gettext_lazy("Saisissez un ou plusieurs mots.")},
    )

    def clean_q(self):
        query = " ".join(self.cleaned_data["q"].split())
        if len(query) < 2:
            raise forms.ValidationError(_("Saisissez au moins deux lettres."))
        return query


class FollowUpForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Nouveau statut"),
        choices=Recommendation.STATUSES,
        error_messages={
            "required": gettext_lazy("Choisissez un statut."),
            "invalid_choice": gettext_lazy("Choisissez un statut dans la liste."),
        },
    )
    note = forms.CharField(
        label=gettext_lazy("Note de suivi"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={
            "required": gettext_lazy("La note est obligatoire : dites ce qui a été fait.")
        },
        help_text=gettext_lazy(
            "Ce qui a été fait, daté d’aujourd’hui. Jamais de nom ni de détail sur une personne."
        ),
    )
