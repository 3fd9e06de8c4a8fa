"""How this committee's computer reaches the registry: proxy, extra trusted roots, pinned keys.

Kept in the committee settings inside the encrypted vault (never QSettings or a plain file),
because the proxy password is a secret and the pins are a security decision. The password sits
apart from the rest (``network_secret``) so nothing that shows settings shows it, and the audit
trail records only that it changed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import ValidationError
from desktop.services.committee import load_committee
from desktop.vault import Vault

# system: the operating system's settings (environment, Windows/macOS proxy settings, their PAC);
# manual: the proxy given here; pac: a PAC file at pac_url (empty: WPAD discovery); none: direct.
PROXY_MODES = ("system", "manual", "pac", "none")
SETTINGS_KEY, SECRET_KEY = "network", "network_secret"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class NetworkSettings:
    proxy_mode: str = "system"
    proxy_url: str = ""
    proxy_user: str = ""
    pac_url: str = ""
    extra_ca_pem: str = ""  # PEM certificates trusted besides the OS store (an inspection root)
    pins: tuple[str, ...] = ()  # SHA-256 hex of the registry certificate's SPKI, or of the certificate

    def to_dict(self) -> dict:
        return {
            "proxy_mode": self.proxy_mode,
            "proxy_url": self.proxy_url,
            "proxy_user": self.proxy_user,
            "pac_url": self.pac_url,
            "extra_ca_pem": self.extra_ca_pem,
            "pins": list(self.pins),
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> NetworkSettings:
        data = data or {}
        return cls(
            str(data.get("proxy_mode") or "system"),
            str(data.get("proxy_url") or ""),
            str(data.get("proxy_user") or ""),
            str(data.get("pac_url") or ""),
            str(data.get("extra_ca_pem") or ""),
            tuple(str(p) for p in data.get("pins") or ()),
        )


@dataclass(frozen=True)
class NetworkSecrets:
    proxy_password: str = field(default="", repr=False)


def spki_pin(cert_der: bytes) -> str:
    """SHA-256 (hex) of a certificate's SubjectPublicKeyInfo: survives re-issuing with the same key."""
    spki = (
        x509.load_der_x509_certificate(cert_der)
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return hashlib.sha256(spki).hexdigest()


def cert_pin(cert_der: bytes) -> str:
    return hashlib.sha256(cert_der).hexdigest()


def pin_matches(cert_der: bytes, pins: tuple[str, ...]) -> bool:
    return not pins or spki_pin(cert_der) in pins or cert_pin(cert_der) in pins


def normalise_pin(text: str) -> str:
    """A pin as 64 hex digits (colons and case ignored) or HPKP-style ``sha256/BASE64``."""
    value = text.strip()
    if value.lower().startswith("sha256/"):
        try:
            raw = base64.b64decode(value[7:], validate=True)
        except ValueError:
            raw = b""
        value = raw.hex() if len(raw) == 32 else ""
    value = value.replace(":", "").lower()
    if not _HEX64.match(value):
        raise ValidationError(
            "A pin is the SHA-256 of the registry's public key (64 hex digits or sha256/BASE64), "
            "not {value!r}.",
            value=text.strip(),
        )
    return value


def pin_from_certificate(pem: bytes) -> str:
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError as exc:
        raise ValidationError("That is not an X.509 certificate ({detail}).", detail=str(exc)) from None
    return spki_pin(cert.public_bytes(serialization.Encoding.DER))


def check_ca_pem(pem: str) -> str:
    """The text of a CA bundle, if it holds at least one certificate."""
    try:
        certs = x509.load_pem_x509_certificates(pem.encode())
    except ValueError as exc:
        raise ValidationError("That is not an X.509 certificate ({detail}).", detail=str(exc)) from None
    if not certs:
        raise ValidationError("No certificate found in the CA file.")
    return pem.strip() + "\n"


def check_proxy_url(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or parsed.username or parsed.password:
        raise ValidationError(
            "The proxy address must look like http://proxy.hospital.example:8080 (the username and "
            "password go in their own fields)."
        )
    try:
        _port = parsed.port  # raises on a port that is not a number
    except ValueError:
        raise ValidationError(
            "The proxy address must look like http://proxy.hospital.example:8080 (the username and "
            "password go in their own fields)."
        ) from None
    return url.rstrip("/")


def read_network(settings: dict) -> tuple[NetworkSettings, NetworkSecrets]:
    secret = settings.get(SECRET_KEY) or {}
    return NetworkSettings.from_dict(settings.get(SETTINGS_KEY)), NetworkSecrets(
        str(secret.get("proxy_password") or "")
    )


def network_settings_in(session: Session) -> tuple[NetworkSettings, NetworkSecrets]:
    return read_network(load_committee(session).settings)


def network_settings(vault: Vault) -> tuple[NetworkSettings, NetworkSecrets]:
    with vault.session() as s:
        return network_settings_in(s)


def configure_network(
    vault: Vault,
    actor: str,
    *,
    proxy_mode: str | None = None,
    proxy_url: str | None = None,
    proxy_user: str | None = None,
    proxy_password: str | None = None,
    pac_url: str | None = None,
    extra_ca_pem: str | None = None,
    pins: list[str] | tuple[str, ...] | None = None,
) -> NetworkSettings:
    """Change what is given (None leaves a field as it is); bad input changes nothing."""
    with vault.session() as s:
        committee = load_committee(s)
        current, secrets = read_network(committee.settings)
        changes: dict[str, object] = {}
        if proxy_mode is not None:
            if proxy_mode not in PROXY_MODES:
                raise ValidationError(
                    "Unknown {what} {value!r}; use one of: {allowed}.",
                    what="proxy mode",
                    value=proxy_mode,
                    allowed=", ".join(PROXY_MODES),
                )
            changes["proxy_mode"] = proxy_mode
        if proxy_url is not None:
            changes["proxy_url"] = check_proxy_url(proxy_url)
        if proxy_user is not None:
            changes["proxy_user"] = proxy_user.strip()
        if pac_url is not None:
            pac = pac_url.strip()
            if pac and urlparse(pac).scheme not in ("http", "https", "file"):
                raise ValidationError("The PAC address must start with http://, https:// or file://.")
            changes["pac_url"] = pac
        if extra_ca_pem is not None:
            changes["extra_ca_pem"] = check_ca_pem(extra_ca_pem) if extra_ca_pem.strip() else ""
        if pins is not None:
            changes["pins"] = tuple(dict.fromkeys(normalise_pin(p) for p in pins))
        updated = replace(current, **changes)
        if updated.proxy_mode == "manual" and not updated.proxy_url:
            raise ValidationError("Give the proxy's address to use a proxy set by hand.")
        settings = {**committee.settings, SETTINGS_KEY: updated.to_dict()}
        logged = {k: (list(v) if isinstance(v, tuple) else v) for k, v in changes.items()}
        if "extra_ca_pem" in logged:
            logged["extra_ca_pem"] = "(changed)" if logged["extra_ca_pem"] else "(removed)"
        if proxy_password is not None and proxy_password != secrets.proxy_password:
            settings[SECRET_KEY] = {"proxy_password": proxy_password}
            logged["proxy_password"] = "(changed)" if proxy_password else "(removed)"
        if logged:
            committee.settings = settings
            audit.record(s, actor, "committee.network", "committee", committee.id, logged)
        return updated
