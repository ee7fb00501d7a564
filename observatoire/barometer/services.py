"""Writes of the barometer: versions checked, published once, copied into new drafts; counts."""

import datetime
import itertools
import logging
import secrets

from django.core import signing
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from observatoire.core.page_cache import clear_page_cache
from observatoire.directory.models import Service

from . import selectors
from .models import EmbedPartner, Questionnaire, UsageCount, Version
from .scoring import score

logger = logging.getLogger(__name__)

NEUTRAL = "neutre"  # the zone counted for a result with too few answers
# Changed with the token format: a token of the former format (per version) fails its signature.
COUNT_SALT = "barometer.count-once"
# A result can be counted for 6 hours after it was shown: long enough to read it, think and come
# back to the button, short enough that few single-use values wait in the cache.
COUNT_TOKEN_LIFETIME = 6 * 3600


class VersionError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def check_version(*, version: Version) -> list[str]:
    """What prevents a version from being published, in the active language; empty when it is
    ready."""
    spec = version.spec()
    problems = []
    paths = [p.value["key"] for p in version.paths]
    if not paths:
        problems.append(_("Ajoutez au moins un parcours."))
    valued = [a for a in spec["scale"] if a["value"] is not None]
    if len(valued) < 2:
        problems.append(_("L’échelle doit compter au moins deux réponses avec une valeur."))
    zones = spec["zones"]
    if not zones or zones[0]["low"] != 0 or zones[-1]["high"] != 100:
        problems.append(_("Les bandes des zones doivent aller de 0 à 100."))
    for before, after in itertools.pairwise(zones):
        if before["high"] != after["low"]:
            problems.append(
                _("La bande « %(after)s » doit commencer où finit « %(before)s ».")
                % {"after": after["key"], "before": before["key"]}
            )
    zone_keys = {z["key"] for z in zones}
    keys = [i["key"] for i in spec["items"]]
    for duplicate in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(
            _("L’identifiant de situation « %(key)s » est utilisé deux fois.") % {"key": duplicate}
        )
    for block in version.items:
        item = block.value
        if item["zone"] not in zone_keys:
            problems.append(
                _("Situation « %(key)s » : la zone %(zone)s n’existe pas.")
                % {"key": item["key"], "zone": item["zone"]}
            )
        worded = {w["path"] for w in item["wordings"]}
        for path in paths:
            if path not in worded:
                problems.append(
                    _("Situation « %(key)s » : il manque la formulation du parcours « %(path)s ».")
                    % {"key": item["key"], "path": path}
                )
    if len(spec["items"]) < spec["min_answers"]:
        problems.append(_("Il y a moins de situations que de réponses minimales."))
    if not problems:
        # The engine must give a neutral result to an empty form and a zone to a full one.
        worst = max(valued, key=lambda a: a["value"])["key"]
        if (
            score(spec, {}).zone is not None
            or score(spec, {i["key"]: worst for i in spec["items"]}).zone is None
        ):
            problems.append(_("Le calcul ne donne pas de résultat cohérent pour cette version."))
    return problems


@transaction.atomic
def publish_version(*, version: Version) -> Version:
    problems = check_version(version=version)
    if problems:
        raise VersionError(problems)
    now = timezone.now()
    Version.objects.filter(pk=version.pk, status=Version.DRAFT).update(
        status=Version.PUBLISHED, published_at=now
    )
    version.refresh_from_db()
    # Its editions translated while it was a draft are published with it, when they are scored
    # as it is (an edition that is not would be refused by Version.save anyway).
    spec = version.spec()
    for edition in Version.objects.filter(
        translation_key=version.translation_key, status=Version.DRAFT
    ).exclude(pk=version.pk):
        if edition.spec() == spec:
            Version.objects.filter(pk=edition.pk).update(status=Version.PUBLISHED, published_at=now)
    # update() sends no signal: the public pages show the new version from now on.
    transaction.on_commit(clear_page_cache)
    return version


def new_draft(*, source: Version) -> Version:
    """A new draft that starts as a copy of `source`, numbered after the last version (of the
    French questionnaire: editions are translated from a French version, never drafted)."""
    if source.is_edition:
        raise ValueError("A new draft starts from the French version, not from an edition.")
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
    instance, _created = Questionnaire.objects.get_or_create(
        slug=questionnaire["slug"], locale=Locale.get_default(), defaults=questionnaire
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
    """Directory services named (start of the structure's name, service name) that exist here,
    the one in the most populous commune first; the others are skipped."""
    found = []
    for structure, name in names:
        service = (
            Service.objects.filter(structure__nom__startswith=structure, nom=name)
            .order_by(F("place__commune__population").desc(nulls_last=True), "pk")
            .first()
        )
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


def _single_use_key(value: str) -> str:
    return f"barometer:count:{value}"


def issue_count_token(*, version: Version, path: str, zone: str | None, partner: str) -> str:
    """The signed token of one result, for the button that counts it, usable once.

    It carries the result only: the version, the path, the zone the engine computed (or `None`
    when the result is computed on the device: the server then computes the zone from the
    answers sent with the opt-in), the embedding partner, a timestamp (Django's signing) and a
    random value held in the shared cache until it is used or the lifetime ends. Nothing about
    the person or the answers; nothing is logged.
    """
    single_use = secrets.token_urlsafe(16)
    # Signed before the value is cached: the cached value never expires before the signature,
    # so an expired token is always refused by its signature first.
    token = signing.dumps(
        {"v": version.pk, "p": path, "z": zone, "e": partner, "n": single_use},
        salt=COUNT_SALT,
    )
    try:
        caches["default"].add(_single_use_key(single_use), 1, timeout=COUNT_TOKEN_LIFETIME)
    except Exception:
        # The result (and its helplines) must show even with the cache down; it just cannot
        # be counted. Nothing about the visit is logged.
        logger.warning("Barometer: the cache is unavailable, results cannot be counted")
    return token


def _spend(single_use: str) -> bool:
    """True for exactly one caller per value, however many post it at the same time.

    `delete` answers whether it removed the key, and removing is atomic on every backend we
    use: Redis DEL returns how many keys it removed (1 for one caller, 0 for the others); the
    file cache calls os.remove (one process succeeds, the others get FileNotFoundError); the
    database cache runs one DELETE and reads its rowcount; locmem deletes under its lock. A
    get-then-delete, or an `add` of a "spent" marker (the file cache's `add` is has_key then
    set), would let two simultaneous posts both count.
    """
    try:
        return bool(caches["default"].delete(_single_use_key(single_use)))
    except Exception:
        logger.warning("Barometer: the cache is unavailable, results cannot be counted")
        return False


def count_once(
    *,
    version: Version,
    token: str,
    path: str,
    zone: str,
    answers: dict[str, str],
    today: datetime.date,
) -> bool:
    """Count the result `token` was issued for, once; True if this call counted it.

    `path` and `zone` are what the request says (empty: not said); said, they must be the
    signed ones. `answers` are used, then forgotten, only for a result computed on the device
    (a token without a zone): the engine computes the zone from them. A forged, expired,
    altered or replayed token changes nothing.
    """
    try:
        claim = signing.loads(token, salt=COUNT_SALT, max_age=COUNT_TOKEN_LIFETIME)
    except signing.BadSignature:  # forged, altered or expired (SignatureExpired)
        return False
    if not isinstance(claim, dict) or claim.get("v") != version.pk:
        return False
    signed_path, signed_zone = claim.get("p"), claim.get("z")
    if (
        not isinstance(signed_path, str)
        or selectors.path_label(version=version, path=signed_path) is None
    ):
        return False
    if signed_zone is None:
        signed_zone = score(version.spec(), answers).zone or NEUTRAL
    zones = {z["key"] for z in version.spec()["zones"]} | {NEUTRAL}
    if (
        signed_zone not in zones
        or (path and path != signed_path)
        or (zone and zone != signed_zone)
        or not isinstance(claim.get("n"), str)
        or not _spend(claim["n"])
    ):
        return False
    count_result(
        version=version,
        path=signed_path,
        zone=signed_zone,
        partner=selectors.embed_partner_key(key=str(claim.get("e") or "")),
        today=today,
    )
    return True


def allow_embedding(*, origin: str, key: str, name: str) -> EmbedPartner:
    """Allow (or update) a partner site, checked like the back-office form."""
    partner = EmbedPartner.objects.filter(key=key).first() or EmbedPartner(key=key)
    partner.origin, partner.name, partner.active = origin.rstrip("/"), name, True
    partner.full_clean()
    partner.save()
    return partner
