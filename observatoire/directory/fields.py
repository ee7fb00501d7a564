"""A list of values from one of the reference lists, stored as JSON (SQLite and PostgreSQL)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from . import reference


class ChoiceListField(models.JSONField):
    def __init__(self, *args, reference_list: str = "", **kwargs):
        self.reference_list = reference_list
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["reference_list"] = self.reference_list
        return name, path, args, kwargs

    def reference_choices(self) -> list[tuple[str, str]]:
        return getattr(reference, self.reference_list)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {key for key, _ in self.reference_choices()}
        if not isinstance(value, list):
            raise ValidationError(_("Une liste de valeurs est attendue."), code="list")
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Valeur inconnue : %(values)s."),
                code="choice",
                params={"values": ", ".join(f"« {item} »" for item in unknown)},
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.reference_choices(),
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )
