"""Second factor for back-office accounts: an authenticator app (TOTP) and recovery codes.

Built on django-otp. An account enrols once: it scans the code (or types the key) into an
authenticator app, confirms with one code, and receives single-use recovery codes, shown once.
Every later sign-in asks for a code from the app or one recovery code.
"""

import re
from base64 import b32encode
from dataclasses import dataclass

import django_otp
import segno
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils.html import escape
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import log_account_event

APP_DEVICE_NAME = "Application d’authentification"
RECOVERY_DEVICE_NAME = "Codes de secours"


@dataclass(frozen=True)
class Enrollment:
    device: TOTPDevice
    key: str  # base32, grouped by four for typing
    qr_svg: str


def has_second_factor(*, user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def start_enrollment(*, user) -> Enrollment:
    """The pending app device of this account (one is created if needed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    key = b32encode(device.bin_key).decode()
    grouped = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
    label = escape(_("Code QR de la clé"))
    qr_svg = (
        segno.make(device.config_url, error="m")
        .svg_inline(scale=4, dark="#000", light="#fff")
        .replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    )
    return Enrollment(device=device, key=grouped, qr_svg=qr_svg)


def confirm_enrollment(*, request: HttpRequest, device: TOTPDevice, token: str) -> list[str]:
    """Confirm the app with one code; returns the recovery codes, or [] if the code is wrong."""
    if not device.verify_token(_digits(token)):
        return []
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _replace_recovery_codes(user=device.user)
    django_otp.login(request, device)
    log_account_event(user=device.user, action="ovff.2fa_enabled", by=device.user)
    return codes


def renew_recovery_codes(*, user) -> list[str]:
    with transaction.atomic():
        codes = _replace_recovery_codes(user=user)
    log_account_event(user=user, action="ovff.recovery_codes_renewed", by=user)
    return codes


def verify_second_factor(*, request: HttpRequest, token: str) -> bool:
    """Accept a code from the app (6 digits) or one recovery code; marks the session verified."""
    user = request.user
    code = re.sub(r"[\s-]", "", token).lower()
    if re.fullmatch(r"\d{6}", code):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if device is None or not code or not device.verify_token(code):
        return False
    django_otp.login(request, device)
    if isinstance(device, StaticDevice):
        log_account_event(user=user, action="ovff.recovery_code_used", by=user)
    return True


def is_throttled(*, user) -> bool:
    """django-otp delays retries after wrong codes (exponentially); is this account waiting?"""
    devices = [
        *TOTPDevice.objects.filter(user=user, confirmed=True),
        *StaticDevice.objects.filter(user=user, confirmed=True),
    ]
    return bool(devices) and not any(device.verify_is_allowed()[0] for device in devices)


def reset_second_factor(*, user, by=None) -> None:
    """Forget the account's app and recovery codes: it enrols again at its next sign-in."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    log_account_event(user=user, action="ovff.2fa_reset", by=by)


def _replace_recovery_codes(*, user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.TWO_FACTOR_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _digits(token: str) -> str:
    return re.sub(r"\s", "", token)
