import re

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from observatoire.core.admin_ui import ScopedChoicesForm
from observatoire.partners.selectors import partner_id_of

from .models import ThemePage
from .models.publications import AUDIENCES, KINDS, LANGUAGES
from .selectors import scoped_recommendations

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


class FollowUpAdminForm(ScopedChoicesForm):
    """The back-office form of a follow-up note: a partner editor picks among the
    recommendations addressed to its partner only; the note's partner and author are the
    account's, set when it is created and kept through every later version."""

    OWN_ONLY = gettext_lazy("Choisissez une recommandation adressée à votre partenaire.")
    REQUIRED = {
        "recommendation": gettext_lazy("Choisissez la recommandation dont vous rendez compte."),
        "status": gettext_lazy("Choisissez un statut."),
        "note": gettext_lazy("La note est obligatoire : dites ce qui a été fait."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.REQUIRED.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message

    def scoped_choices(self, user):
        return {"recommendation": scoped_recommendations(user=user)}

    def save(self, commit=True):
        if self.instance._state.adding and self.for_user is not None:
            self.instance.partner_id = partner_id_of(user=self.for_user)
            self.instance.written_by = self.for_user
        return super().save(commit=commit)
