from django import forms
from django.core import signing
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import reference
from .models import Commune

# A signing namespace, not a secret.
TOKEN_SALT = "directory.error-report"  # noqa: S105  # nosec B105
SEARCH_ATTRS = {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}
EVERY_LANGUAGE = ("", gettext_lazy("Toutes les langues"))


class CommuneSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Votre commune ou son code postal"),
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", **SEARCH_ATTRS}),
        error_messages={
            "required": gettext_lazy("Saisissez le nom de votre commune ou son code postal.")
        },
    )


class FilterForm(forms.Form):
    """Filters travel in the URL: only the commune's INSEE code and fixed values, no free text.

    « Langue parlée » offers the languages that services declare (`languages`, from
    `selectors.language_filter`); when the address names none, it takes `default_language` (the
    visitor's language on a page in another language than French), and `langue=` (« Toutes les
    langues ») shows every service.
    """

    commune = forms.ModelChoiceField(
        queryset=Commune.objects.all(), to_field_name="code", widget=forms.HiddenInput
    )
    categorie = forms.MultipleChoiceField(
        label=gettext_lazy("Type d’aide"),
        choices=reference.CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    public = forms.MultipleChoiceField(
        label=gettext_lazy("Pour qui"),
        choices=reference.AUDIENCES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    langue = forms.ChoiceField(
        label=gettext_lazy("Langue parlée"),
        choices=[EVERY_LANGUAGE, *reference.LANGUAGES],
        required=False,
    )
    ouvert = forms.BooleanField(label=gettext_lazy("Ouvert maintenant"), required=False)
    sans_rdv = forms.BooleanField(label=gettext_lazy("Sans rendez-vous"), required=False)
    gratuit = forms.BooleanField(label=gettext_lazy("Gratuit"), required=False)

    def __init__(self, data=None, *args, languages=None, default_language: str = "", **kwargs):
        if data is not None and "langue" not in data:
            data = data.copy()
            data["langue"] = default_language
        super().__init__(data, *args, **kwargs)
        if languages is not None:
            self.fields["langue"].choices = [EVERY_LANGUAGE, *languages]


class ErrorReportForm(forms.Form):
    """No name, no e-mail, no phone: only what is wrong. A signed token (not a cookie) shows
    that the form was served by this site, for this service, less than a day ago."""

    message = forms.CharField(
        label=gettext_lazy("Qu’est-ce qui est inexact ?"),
        help_text=gettext_lazy(
            "Par exemple un numéro qui ne répond plus ou des horaires qui ont changé. "
            "N’indiquez ni votre nom ni vos coordonnées."
        ),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
        error_messages={
            "required": gettext_lazy("Décrivez en quelques mots ce qui est inexact."),
            "max_length": gettext_lazy(
                "Soyez bref : 1 000 caractères au plus (vous en avez saisi %(show_value)d)."
            ),
        },
    )
    jeton = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, service_slug: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.service_slug = service_slug
        # Every rendering carries a fresh token, so an expired form can be sent again as is.
        self.fresh_token = signing.TimestampSigner(salt=TOKEN_SALT).sign(service_slug)

    def clean_jeton(self):
        try:
            value = signing.TimestampSigner(salt=TOKEN_SALT).unsign(
                self.cleaned_data["jeton"], max_age=24 * 3600
            )
        except signing.BadSignature:
            value = None
        if value != self.service_slug:
            raise forms.ValidationError(
                _(
                    "Ce formulaire a expiré : rechargez la page, votre texte est conservé "
                    "ci-dessous."
                )
            )
        return value
