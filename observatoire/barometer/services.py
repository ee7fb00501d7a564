"""Writes of the barometer: versions checked, published once, copied into new drafts; counts."""

import datetime
import itertools

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from observatoire.directory.models import Service

from .models import EmbedPartner, Questionnaire, UsageCount, Version
from .scoring import score


class VersionError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def check_version(*, version: Version) -> list[str]:
    """What prevents a version from being published, in French; empty when it is ready."""
    spec = version.spec()
    problems = []
    paths = [p.value["key"] for p in version.paths]
    if not paths:
        problems.append("Ajoutez au moins un parcours.")
    valued = [a for a in spec["scale"] if a["value"] is not None]
    if len(valued) < 2:
        problems.append("L’échelle doit compter au moins deux réponses avec une valeur.")
    zones = spec["zones"]
    if not zones or zones[0]["low"] != 0 or zones[-1]["high"] != 100:
        problems.append("Les bandes des zones doivent aller de 0 à 100.")
    for before, after in itertools.pairwise(zones):
        if before["high"] != after["low"]:
            problems.append(
                f"La bande « {after['key']} » doit commencer où finit « {before['key']} »."
            )
    zone_keys = {z["key"] for z in zones}
    keys = [i["key"] for i in spec["items"]]
    for duplicate in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(f"L’identifiant de situation « {duplicate} » est utilisé deux fois.")
    for block in version.items:
        item = block.value
        if item["zone"] not in zone_keys:
            problems.append(f"Situation « {item['key']} » : la zone {item['zone']} n’existe pas.")
        worded = {w["path"] for w in item["wordings"]}
        for path in paths:
            if path not in worded:
                problems.append(
                    f"Situation « {item['key']} » : il manque la formulation du parcours "
                    f"« {path} »."
                )
    if len(spec["items"]) < spec["min_answers"]:
        problems.append("Il y a moins de situations que de réponses minimales.")
    if not problems:
        # The engine must give a neutral result to an empty form and a zone to a full one.
        worst = max(valued, key=lambda a: a["value"])["key"]
        if (
            score(spec, {}).zone is not None
            or score(spec, {i["key"]: worst for i in spec["items"]}).zone is None
        ):
            problems.append("Le calcul ne donne pas de résultat cohérent pour cette version.")
    return problems


@transaction.atomic
def publish_version(*, version: Version) -> Version:
    problems = check_version(version=version)
    if problems:
        raise VersionError(problems)
    Version.objects.filter(pk=version.pk, status=Version.DRAFT).update(
        status=Version.PUBLISHED, published_at=timezone.now()
    )
    version.refresh_from_db()
    return version


def new_draft(*, source: Version) -> Version:
    """A new draft that starts as a copy of `source`, numbered after the last version."""
    last = source.questionnaire.versions.order_by("-number").first()
    return Version.objects.create(
        questionnaire=source.questionnaire,
        number=last.number + 1,
        working_note=source.working_note,
        min_answers=source.min_answers,
        paths=source.paths.raw_data,
        scale=source.scale.raw_data,
        zones=source.zones.raw_data,
        items=source.items.raw_data,
    )


@transaction.atomic
def ensure_questionnaire(*, questionnaire: dict, version: dict) -> Questionnaire:
    """Create a questionnaire and publish the given version unless it exists (idempotent)."""
    instance, _ = Questionnaire.objects.get_or_create(
        slug=questionnaire["slug"], defaults=questionnaire
    )
    if instance.versions.filter(number=version["number"]).exists():
        return instance
    draft = Version.objects.create(
        questionnaire=instance,
        number=version["number"],
        working_note=version["working_note"],
        min_answers=version["min_answers"],
        paths=[("path", p) for p in version["paths"]],
        scale=[("answer", a) for a in version["scale"]],
        zones=[("zone", {**z, "services": _services(z["services"])}) for z in version["zones"]],
        items=[("item", i) for i in version["items"]],
    )
    publish_version(version=draft)
    return instance


def _services(names: list[tuple[str, str]]) -> list[Service]:
    """Directory services named (structure, service) that exist here; the others are skipped."""
    found = []
    for structure, name in names:
        service = Service.objects.filter(structure__nom=structure, nom=name).first()
        if service:
            found.append(service)
    return found


def count_result(
    *, version: Version, path: str, zone: str, partner: str, today: datetime.date
) -> None:
    """Add one to an anonymous counter: version, month, path, zone, embedding partner."""
    month = today.replace(day=1)
    key = {"version": version, "month": month, "path": path, "zone": zone, "partner": partner}
    with transaction.atomic():
        updated = UsageCount.objects.filter(**key).update(count=F("count") + 1)
        if not updated:
            UsageCount.objects.create(**key, count=1)


def allow_embedding(*, origin: str, key: str, name: str) -> EmbedPartner:
    """Allow (or update) a partner site, checked like the back-office form."""
    partner = EmbedPartner.objects.filter(key=key).first() or EmbedPartner(key=key)
    partner.origin, partner.name, partner.active = origin.rstrip("/"), name, True
    partner.full_clean()
    partner.save()
    return partner
