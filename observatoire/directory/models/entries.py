"""Structures, their places and their services, in data·inclusion v1 terms plus what violence
needs (categories, audiences, secret addresses, visibility, verification)."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from observatoire.core.models import WorkflowHistory
from observatoire.core.search_text import folded_words, plain_text

from .. import reference
from ..fields import ChoiceListField
from ..validators import display_phone, normalize_phone, validate_opening_hours
from .geography import Commune, Epci

SIRET = RegexValidator(r"^\d{14}$", _("Le SIRET compte 14 chiffres."))
STALE_AFTER = datetime.timedelta(days=183)  # about six months


class PhoneMixin(models.Model):
    telephone = models.CharField(
        _("téléphone"), max_length=16, blank=True, help_text=_("Stocké au format international.")
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        try:
            self.telephone = normalize_phone(self.telephone)
        except ValidationError as error:
            raise ValidationError({"telephone": error.messages}) from error

    @property
    def telephone_display(self) -> str:
        return display_phone(self.telephone) if self.telephone else ""


class ReviewedEntry(WorkflowHistory, WorkflowMixin, DraftStateMixin, RevisionMixin, PhoneMixin):
    """An entry whose changes reach the public only once the coordination has published them.

    The row holds the published version; drafts and submissions live in Wagtail revisions and
    go through the « Relecture de l’annuaire » workflow.
    """

    # What the back-office search reads (directory/admin_search.py): the words of the entry
    # and of its structure, without accents or case. Never shown, never exported.
    admin_search = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "admin_search" in update_fields:
            self.admin_search = self.compute_admin_search()
        super().save(*args, **kwargs)

    def admin_search_parts(self) -> list[str]:
        raise NotImplementedError

    def compute_admin_search(self) -> str:
        return " ".join(folded_words(" ".join(filter(None, self.admin_search_parts()))))


class Structure(ReviewedEntry):
    """An organisation (association, public service...) that offers services."""

    nom = models.CharField(_("nom"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    siret = models.CharField(_("SIRET"), max_length=14, blank=True, validators=[SIRET])
    site_web = models.URLField(_("site internet"), blank=True)
    courriel = models.EmailField(_("courriel"), blank=True)
    lien_source = models.URLField(_("lien vers la source"), blank=True)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partenaire responsable"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="structures",
        help_text=_("Le partenaire dont les éditeurs peuvent modifier cette fiche."),
    )
    is_example = models.BooleanField(
        _("exemple de démonstration"),
        default=False,
        help_text=_("Affiché comme exemple au public."),
    )
    date_maj = models.DateTimeField(_("mise à jour"), auto_now=True)

    class Meta:
        verbose_name = _("structure")
        verbose_name_plural = _("structures")
        ordering = ["nom"]

    def __str__(self):
        return self.nom

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:  # its name is searched in its places and services
            for entry in [*self.places.all(), *self.services.all()]:
                type(entry).objects.filter(pk=entry.pk).update(
                    admin_search=entry.compute_admin_search()
                )

    def admin_search_parts(self) -> list[str]:
        return [self.nom, self.description]


class Place(ReviewedEntry):
    """Where a structure receives people. A secret address (shelters) never leaves the
    back-office: public pages, maps, exports and the API only use `public_location`."""

    structure = models.ForeignKey(Structure, on_delete=models.CASCADE, related_name="places")
    nom = models.CharField(_("nom du lieu"), max_length=200, blank=True)
    kind = models.CharField(_("type de lieu"), max_length=12, choices=reference.PLACE_KINDS)
    adresse = models.CharField(_("adresse"), max_length=255, blank=True)
    complement_adresse = models.CharField(_("complément d’adresse"), max_length=255, blank=True)
    commune = models.ForeignKey(
        Commune, verbose_name=_("commune"), on_delete=models.PROTECT, related_name="places"
    )
    code_postal = models.CharField(_("code postal"), max_length=5, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    secret_address = models.BooleanField(
        _("adresse confidentielle"),
        default=False,
        help_text=_(
            "Hébergement protégé : ni l’adresse ni la position ne sont jamais publiées ; "
            "le public voit la commune et le numéro à appeler."
        ),
    )
    wheelchair_access = models.BooleanField(_("accessible en fauteuil roulant"), default=False)
    accessibilite_lieu = models.URLField(_("fiche Acceslibre"), blank=True)

    class Meta:
        verbose_name = _("lieu")
        verbose_name_plural = _("lieux")

    def __str__(self):
        return f"{self.nom or self.structure.nom} ({self.commune.name})"

    def admin_search_parts(self) -> list[str]:
        # Not the address: a secret one stays in its own field only.
        return [self.nom, self.structure.nom, self.commune.name, self.code_postal]

    def public_location(self) -> dict:
        """What may be shown to the public about this place."""
        if self.secret_address:
            return {
                "commune": self.commune.name,
                "code_insee": self.commune.code,
                "adresse": "",
                "longitude": self.commune.longitude,
                "latitude": self.commune.latitude,
                "secret": self.secret_address,
            }
        return {
            "commune": self.commune.name,
            "code_insee": self.commune.code,
            "adresse": ", ".join(filter(None, [self.adresse, self.complement_adresse])),
            "longitude": self.longitude if self.longitude is not None else self.commune.longitude,
            "latitude": self.latitude if self.latitude is not None else self.commune.latitude,
            "secret": self.secret_address,
        }


class Service(index.Indexed, ReviewedEntry, ClusterableModel):
    structure = models.ForeignKey(Structure, on_delete=models.CASCADE, related_name="services")
    place = models.ForeignKey(
        Place,
        verbose_name=_("lieu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text=_("Vide pour un service uniquement à distance."),
    )
    nom = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("adresse de la page"), max_length=120, unique=True, blank=True)
    description = models.TextField(_("ce que propose le service"))
    type = models.CharField(_("type"), max_length=32, choices=reference.TYPES, blank=True)
    thematiques = ChoiceListField(_("thématiques"), reference_list="THEMATIQUES")
    categories = ChoiceListField(_("catégories"), reference_list="CATEGORIES")
    publics = ChoiceListField(_("publics"), reference_list="PUBLICS")
    audiences = ChoiceListField(_("pour qui"), reference_list="AUDIENCES")
    publics_precisions = models.TextField(_("précisions sur les publics"), blank=True)
    conditions_acces = models.TextField(_("conditions d’accès"), blank=True)
    frais = models.CharField(_("frais"), max_length=16, choices=reference.FRAIS, default="gratuit")
    frais_precisions = models.TextField(_("précisions sur les frais"), blank=True)
    modes_accueil = ChoiceListField(_("modes d’accueil"), reference_list="MODES_ACCUEIL")
    modes_mobilisation = ChoiceListField(
        _("comment le joindre"), reference_list="MODES_MOBILISATION"
    )
    mobilisable_par = ChoiceListField(_("qui peut le solliciter"), reference_list="MOBILISABLE_PAR")
    mobilisation_precisions = models.TextField(_("précisions pour le joindre"), blank=True)
    lien_mobilisation = models.URLField(_("lien pour le solliciter"), blank=True)
    courriel = models.EmailField(_("courriel"), blank=True)
    horaires_accueil = models.CharField(
        _("horaires"),
        max_length=255,
        blank=True,
        validators=[validate_opening_hours],
        help_text=_("Format OpenStreetMap, par exemple « Mo-Fr 09:00-12:00,14:00-17:00; PH off »."),
    )
    languages = ChoiceListField(_("langues parlées"), reference_list="LANGUAGES")
    without_appointment = models.BooleanField(_("sans rendez-vous"), default=False)
    anonymous = models.BooleanField(_("anonyme"), default=False)
    always_open = models.BooleanField(_("24 h/24, 7 j/7"), default=False)
    whole_departement = models.BooleanField(_("couvre tout le département"), default=False)
    # Parental: a draft's zone is kept in its revision, not applied before publication.
    zone_communes = ParentalManyToManyField(
        Commune, verbose_name=_("communes couvertes"), blank=True, related_name="+"
    )
    zone_epcis = ParentalManyToManyField(
        Epci, verbose_name=_("EPCI couverts"), blank=True, related_name="+"
    )
    visibility = models.CharField(
        _("visibilité"), max_length=16, choices=reference.VISIBILITY, default="public"
    )
    last_verified = models.DateField(_("dernière vérification"), default=timezone.localdate)
    date_maj = models.DateTimeField(_("mise à jour"), auto_now=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["nom"]
        indexes = [
            # The search reads département-wide services for every commune: a few rows.
            models.Index(
                fields=["whole_departement"],
                condition=models.Q(whole_departement=True),
                name="service_whole_departement",
            )
        ]

    def __str__(self):
        return f"{self.nom} – {self.structure.nom}"

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(f"{self.nom} {self.structure.nom}")[:100] or "service"
            slug, n = base, 2
            while Service.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)

    def admin_search_parts(self) -> list[str]:
        commune = self.place.commune.name if self.place_id else ""
        return [self.nom, self.structure.nom, self.description, commune]

    # The site search finds public services only (results are read again through
    # selectors.public_services()); a secret service never enters the index.
    search_fields = [
        index.SearchField("nom"),
        index.SearchField("description"),
        index.SearchField("search_plain"),
    ]

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(visibility="public")

    def get_indexed_instance(self):
        return self if self.visibility == "public" else None

    def search_plain(self) -> str:
        return plain_text(self.nom, self.description, self.publics_precisions)

    @property
    def is_stale(self) -> bool:
        return timezone.localdate() - self.last_verified > STALE_AFTER


class ErrorReport(models.Model):
    """A visitor's note that a directory entry is wrong. It holds no personal data."""

    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="reports"
    )
    message = models.TextField(_("ce qui est inexact"), max_length=1000)
    created = models.DateTimeField(_("reçu le"), auto_now_add=True)
    handled = models.BooleanField(_("traité"), default=False)

    class Meta:
        verbose_name = _("signalement d’erreur")
        verbose_name_plural = _("signalements d’erreur")
        ordering = ["handled", "-created"]

    def __str__(self):
        return f"{self.service.nom} ({self.created:%d/%m/%Y})"
