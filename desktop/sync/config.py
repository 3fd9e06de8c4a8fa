"""The registry a committee reports to: its URL and public keys, kept in committee settings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy.orm import Session

from desktop import signing
from desktop.errors import ValidationError
from desktop.services.committee import get_committee, load_committee, update_settings
from desktop.sync import shape
from desktop.sync.network import NetworkSecrets, NetworkSettings, read_network
from desktop.sync.shape import BundleRejected
from desktop.vault import Vault

KEYS_FORMAT = "quorum.registry-keys/1"


@dataclass(frozen=True)
class RegistryConfig:
    url: str
    log_key: bytes | None
    transport_key: bytes | None
    network: NetworkSettings = NetworkSettings()  # proxy, extra roots, pins (desktop.sync.network)
    secrets: NetworkSecrets = field(default=NetworkSecrets(), repr=False)
    tsa_certificate: bytes | None = None  # PEM
    tsa_history: tuple[bytes, ...] = ()  # the authority's earlier certificates (PEM), oldest first

    @property
    def tsa_certificates(self) -> list[bytes]:
        """Every certificate the registry's timestamp authority has had: what checking a renewed
        timestamp chain needs (the current one last)."""
        return [*self.tsa_history, *([self.tsa_certificate] if self.tsa_certificate else [])]

    @property
    def log_key_id(self) -> str:
        return signing.public_key_id(self.log_key) if self.log_key else ""

    @property
    def transport_key_id(self) -> str:
        return signing.public_key_id(self.transport_key) if self.transport_key else ""

    def need_log_key(self) -> bytes:
        if not self.log_key:
            raise ValidationError(
                "The registry's public keys are not configured; run `quorum sync-config --keys FILE`."
            )
        return self.log_key

    def need_url(self) -> str:
        if not self.url:
            raise ValidationError("No registry URL is configured; run `quorum sync-config --url URL`.")
        return self.url


def _config(settings: dict) -> RegistryConfig:
    def key(name: str) -> bytes | None:
        return signing.unb64(settings[name]) if settings.get(name) else None

    network, secrets = read_network(settings)
    tsa = settings.get("registry_tsa_certificate") or ""
    return RegistryConfig(
        settings.get("registry_url", ""),
        key("registry_log_key"),
        key("registry_transport_key"),
        network,
        secrets,
        tsa.encode("ascii") if tsa else None,
        tuple(pem.encode("ascii") for pem in settings.get("registry_tsa_history", [])),
    )


def registry_config(vault: Vault) -> RegistryConfig:
    return _config(get_committee(vault).settings)


def registry_config_in(session: Session) -> RegistryConfig:
    return _config(load_committee(session).settings)


KEYS_FIELDS = {"format", "log_key", "log_key_id", "transport_key", "transport_key_id"}


def read_keys_document(path: str | Path) -> tuple[bytes, bytes, bytes | None]:
    """(log key, transport key, timestamp authority certificate PEM or None) from the
    registry-keys.json its operator hands out (files from before the TSA have no certificate)."""
    log_key, transport_key, tsa, _previous = read_keys_document_whole(path)
    return log_key, transport_key, tsa


def read_keys_document_whole(path: str | Path) -> tuple[bytes, bytes, bytes | None, list[bytes]]:
    """``read_keys_document`` and the authority's earlier certificates (PEM), oldest first."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
        optional = {"tsa_certificate", "tsa_previous"} & set(doc) if isinstance(doc, dict) else set()
        doc = shape.obj(doc, "registry keys", KEYS_FIELDS | optional)
        has_tsa = "tsa_certificate" in doc
        tsa = _tsa_certificate(shape.text(doc["tsa_certificate"], "tsa_certificate")) if has_tsa else None
        previous = [_tsa_certificate(pem) for pem in shape.texts(doc.get("tsa_previous", []), "tsa_previous")]
        if doc["format"] != KEYS_FORMAT:
            raise shape.schema("not a {f} file", f=KEYS_FORMAT)
        log_key = shape.b64bytes(doc["log_key"], "log_key", 32)
        transport_key = shape.b64bytes(doc["transport_key"], "transport_key", 32)
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=str(path), err=exc.strerror) from None
    except (ValueError, BundleRejected) as exc:
        raise ValidationError(
            "{path} is not a registry keys file ({detail}).", path=str(path), detail=str(exc)
        ) from None
    if (
        signing.public_key_id(log_key) != doc["log_key_id"]
        or signing.public_key_id(transport_key) != doc["transport_key_id"]
    ):
        raise ValidationError("{path}: the key ids do not match the keys.", path=str(path))
    return log_key, transport_key, tsa, previous


def _tsa_certificate(pem: str) -> bytes:
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
        usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except (ValueError, UnicodeEncodeError, x509.ExtensionNotFound):
        raise shape.schema("tsa_certificate is not a timestamping certificate") from None
    if ExtendedKeyUsageOID.TIME_STAMPING not in usage:
        raise shape.schema("tsa_certificate is not a timestamping certificate")
    return pem.encode("ascii")


def check_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if url.strip() and (parsed.scheme not in ("http", "https") or not parsed.netloc):
        raise ValidationError("The registry URL must look like https://registry.example:8470.")
    return url.strip().rstrip("/")


def configure(
    vault: Vault, actor: str, url: str | None = None, keys_file: str | Path | None = None
) -> RegistryConfig:
    """Set the registry URL and/or its public keys; bad input changes nothing."""
    changes: dict[str, str] = {}
    if url is not None:
        changes["registry_url"] = check_url(url)
    if keys_file is not None:
        log_key, transport_key, tsa, previous = read_keys_document_whole(keys_file)
        changes["registry_log_key"] = signing.b64(log_key)
        changes["registry_transport_key"] = signing.b64(transport_key)
        changes["registry_tsa_certificate"] = tsa.decode("ascii") if tsa else ""
        # Every certificate the authority has had stays: the file's earlier ones, and the one
        # this vault knew if the file brings another (renewed timestamps need them all).
        before = registry_config(vault)
        known = [
            *before.tsa_history,
            *previous,
            *([before.tsa_certificate] if before.tsa_certificate else []),
        ]
        kept = [pem for pem in dict.fromkeys(known) if pem != tsa]  # in order, each once
        if kept != list(before.tsa_history):
            changes["registry_tsa_history"] = [pem.decode("ascii") for pem in kept]
    if changes:
        update_settings(vault, actor, **changes)
    return registry_config(vault)
