"""Key custody: one protocol behind every signature a member or the committee makes.

Services ask for "a signer for member M" and get a :class:`Signer`; they never learn whether
the private key sits in the member's own vault, on a PKCS#11 token, or sealed on the shared
meeting laptop. The signed statement names the algorithm and the key, and
:func:`verify_signature` dispatches on that name, so desktop and registry verify both.

Encodings (also in docs/bundle-format.md):
- ``ed25519``: public key = 32 raw bytes; signature = 64 raw bytes (RFC 8032).
- ``ecdsa-p256``: public key = 65-byte X9.62 uncompressed point; signature = DER
  ECDSA-Sig-Value over SHA-256 of the message (what X.509, CMS and PDF readers expect).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.errors import SignatureError

ED25519 = "ed25519"
ECDSA_P256 = "ecdsa-p256"
ALGORITHMS = (ED25519, ECDSA_P256)

# How the member's key is held; recorded with the member and shown beside each signature.
OWN_DEVICE = "own-device"
TOKEN = "token"
SHARED_LAPTOP = "shared-laptop"
CUSTODIES = (OWN_DEVICE, TOKEN, SHARED_LAPTOP)


@runtime_checkable
class Signer(Protocol):
    """Anything that can sign for one key: ``sign`` gets the message, not a digest."""

    algorithm: str
    public_key: bytes
    custody: str

    def sign(self, message: bytes) -> bytes: ...


def check_algorithm(algorithm: str) -> str:
    if algorithm not in ALGORITHMS:
        raise SignatureError("Unknown signature algorithm {alg}.", alg=str(algorithm))
    return algorithm


def public_key_length_ok(algorithm: str, public_key: bytes) -> bool:
    return len(public_key) == (32 if algorithm == ED25519 else 65)


def load_public_key(algorithm: str, public_key: bytes) -> Ed25519PublicKey | ec.EllipticCurvePublicKey:
    check_algorithm(algorithm)
    try:
        if algorithm == ED25519:
            return Ed25519PublicKey.from_public_bytes(public_key)
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), public_key)
    except ValueError:
        raise SignatureError("A public key is malformed.") from None


def raw_public_key(key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey) -> tuple[str, bytes]:
    """(algorithm, public key bytes in the encoding above) of a private key."""
    pub = key.public_key()
    if isinstance(key, Ed25519PrivateKey):
        return ED25519, pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, ec.EllipticCurvePrivateKey) and isinstance(key.curve, ec.SECP256R1):
        return ECDSA_P256, pub.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    raise SignatureError("Only Ed25519 and ECDSA P-256 keys can sign in Quorum.")


def verify_signature(algorithm: str, public_key: bytes, signature: bytes, message: bytes) -> None:
    """Raise SignatureError unless ``signature`` is ``public_key``'s over ``message``."""
    key = load_public_key(algorithm, public_key)
    try:
        if isinstance(key, Ed25519PublicKey):
            key.verify(signature, message)
        else:
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        raise SignatureError("The signature does not verify.") from None


_ECDSA_SHA256 = ec.ECDSA(hashes.SHA256())


def verify_loaded(
    key: Ed25519PublicKey | ec.EllipticCurvePublicKey, signature: bytes, message: bytes
) -> None:
    """``verify_signature`` with a key ``load_public_key`` returned, for a verifier that checks
    many signatures by the same few keys (the registry ingesting a batch)."""
    try:
        if isinstance(key, Ed25519PublicKey):
            key.verify(signature, message)
        else:
            key.verify(signature, message, _ECDSA_SHA256)
    except (InvalidSignature, ValueError):
        raise SignatureError("The signature does not verify.") from None


def fingerprint(public_key: bytes) -> str:
    """A short id for a public key (hex of its first 8 SHA-256 bytes); same as signing.public_key_id."""
    return hashlib.sha256(public_key).hexdigest()[:16]


@dataclass
class SoftwareSigner:
    """A private key held in this process's memory (own-device vault or the shared laptop)."""

    key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey = field(repr=False)
    custody: str = OWN_DEVICE
    algorithm: str = field(init=False)
    public_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.algorithm, self.public_key = raw_public_key(self.key)

    def sign(self, message: bytes) -> bytes:
        if isinstance(self.key, Ed25519PrivateKey):
            return self.key.sign(message)
        return self.key.sign(message, ec.ECDSA(hashes.SHA256()))


def new_software_key(algorithm: str = ECDSA_P256) -> Ed25519PrivateKey | ec.EllipticCurvePrivateKey:
    check_algorithm(algorithm)
    return Ed25519PrivateKey.generate() if algorithm == ED25519 else ec.generate_private_key(ec.SECP256R1())
