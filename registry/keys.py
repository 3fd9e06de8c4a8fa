"""The registry's own keys, kept as PEM files in its data folder (mode 0600).

``log_key.pem`` (Ed25519) signs tree heads; ``transport_key.pem`` (X25519) is the key USB
carry files are encrypted to; ``tsa_key.pem`` (ECDSA P-256) with ``tsa_cert.pem`` signs RFC 3161
timestamps (registry/tsa.py). Their public halves go to committees in registry-keys.json.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop import signing
from desktop.sync import receipts
from registry import tsa

KEYS_FORMAT = "quorum.registry-keys/1"
LOG_KEY_FILE = "log_key.pem"
TRANSPORT_KEY_FILE = "transport_key.pem"


def default_data_dir() -> Path:
    env = os.environ.get("QUORUM_REGISTRY_DATA")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("quorum-registry", appauthor=False))


def _raw_public(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, key) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)


@dataclass
class RegistryKeys:
    log_key: Ed25519PrivateKey
    transport_key: X25519PrivateKey
    tsa: tsa.TimestampAuthority

    @property
    def log_public(self) -> bytes:
        return _raw_public(self.log_key)

    @property
    def log_id(self) -> str:
        return signing.public_key_id(self.log_public)

    @property
    def transport_public(self) -> bytes:
        return _raw_public(self.transport_key)

    def public_document(self) -> dict:
        """What committees configure with `quorum sync-config --keys`."""
        doc = {
            "format": KEYS_FORMAT,
            "log_key": signing.b64(self.log_public),
            "log_key_id": self.log_id,
            "transport_key": signing.b64(self.transport_public),
            "transport_key_id": signing.public_key_id(self.transport_public),
            "tsa_certificate": self.tsa.certificate_pem.decode("ascii"),
        }
        if self.tsa.previous_pem:  # after a rotation: timestamps made with them stay checkable
            doc["tsa_previous"] = [pem.decode("ascii") for pem in self.tsa.previous_pem]
        return doc

    def sign_tree_head(self, tree_size: int, root_hash: bytes, timestamp: str) -> dict:
        body = receipts.tree_head_body(self.log_id, tree_size, root_hash, timestamp)
        return {"tree_head": body, "signature": signing.b64(self.log_key.sign(signing.canonical(body)))}


def load_keys(data_dir: Path, create: bool = True) -> RegistryKeys:
    """The keys in ``data_dir``, made on first use when ``create``."""
    data_dir = Path(data_dir)
    log_path, transport_path = data_dir / LOG_KEY_FILE, data_dir / TRANSPORT_KEY_FILE
    if not log_path.exists() and not transport_path.exists():
        if not create:
            raise FileNotFoundError(f"no registry keys in {data_dir}; run `quorum-registry keys init`")
        data_dir.mkdir(parents=True, exist_ok=True)
        _write_private(log_path, Ed25519PrivateKey.generate())
        _write_private(transport_path, X25519PrivateKey.generate())
    log_key = serialization.load_pem_private_key(log_path.read_bytes(), None)
    transport_key = serialization.load_pem_private_key(transport_path.read_bytes(), None)
    if not isinstance(log_key, Ed25519PrivateKey) or not isinstance(transport_key, X25519PrivateKey):
        raise ValueError(f"the key files in {data_dir} are not an Ed25519 and an X25519 key")
    # Registries made before the timestamp authority existed get its key on their next start.
    tsa.ensure_files(data_dir)
    return RegistryKeys(log_key, transport_key, tsa.TimestampAuthority.load(data_dir))
