"""The USB carry file's format and its encryption to the registry, without the vault: the
registry opens carry files with this alone; desktop.sync.usb writes them from the outbox. The
layout is described in desktop/sync/usb.py and docs/bundle-format.md ("USB carry").
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop import signing
from desktop.sync import shape
from desktop.sync.shape import BundleRejected

CARRY_FORMAT = "quorum.carry/1"
CONTENT_FORMAT = "quorum.carry-content/1"
RECEIPTS_FORMAT = "quorum.receipts/1"
HKDF_INFO = b"quorum.carry/1 x25519 hkdf-sha256 aes-256-gcm"
HEADER_KEYS = {"format", "recipient_key_id", "ephemeral_key", "nonce"}
MAX_FILE_BYTES = 256 << 20
EXPORT_ROLES = ("secretary", "chair", "vice_chair")


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=HKDF_INFO).derive(shared)


def _raw(public) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(plaintext: bytes, recipient_public: bytes) -> bytes:
    """Encrypt to the registry's X25519 key with a fresh ephemeral key."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(12)
    header = {
        "format": CARRY_FORMAT,
        "recipient_key_id": signing.public_key_id(recipient_public),
        "ephemeral_key": signing.b64(eph_public),
        "nonce": signing.b64(nonce),
    }
    ciphertext = AESGCM(_key(shared, eph_public, recipient_public)).encrypt(
        nonce, plaintext, signing.canonical(header)
    )
    return signing.canonical({**header, "ciphertext": signing.b64(ciphertext)})


def unseal(data: bytes, recipient: X25519PrivateKey) -> bytes:
    """Decrypt a carry file; raises BundleRejected if it is not for this key or was altered."""
    if len(data) > MAX_FILE_BYTES:
        raise BundleRejected("too_large", "The carry file is larger than {n} bytes.", n=MAX_FILE_BYTES)
    doc = shape.obj(shape.parse_canonical(data, "carry file"), "carry file", HEADER_KEYS | {"ciphertext"})
    if doc["format"] != CARRY_FORMAT:
        raise shape.schema("Not a {f} file.", f=CARRY_FORMAT)
    recipient_public = _raw(recipient.public_key())
    if doc["recipient_key_id"] != signing.public_key_id(recipient_public):
        raise BundleRejected("undecryptable", "The carry file is encrypted to another registry key.")
    eph_public = shape.b64bytes(doc["ephemeral_key"], "ephemeral_key", 32)
    nonce = shape.b64bytes(doc["nonce"], "nonce", 12)
    ciphertext = shape.b64bytes(doc["ciphertext"], "ciphertext")
    header = {k: doc[k] for k in HEADER_KEYS}
    try:
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(eph_public))
        return AESGCM(_key(shared, eph_public, recipient_public)).decrypt(
            nonce, ciphertext, signing.canonical(header)
        )
    except (InvalidTag, ValueError):
        raise BundleRejected("undecryptable", "The carry file was altered or damaged.") from None
