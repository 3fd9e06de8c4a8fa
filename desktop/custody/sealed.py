"""The shared-laptop custodian: a member's private key sealed in the committee vault under the
member's own secret (a PIN of at least 6 characters, or a passphrase).

Anyone who can open the committee vault can copy the sealed key and guess the secret offline,
with no counter in the way. So the sealing makes each guess expensive: Argon2id (RFC 9106)
with parameters that cost at least one second per guess on a 2-core laptop. The sealed blob
names its KDF and parameters, so older blobs (scrypt) still open and are re-sealed with the
current parameters on the next successful unlock (``Unsealed.stale``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.custody import (
    ECDSA_P256,
    ED25519,
    SHARED_LAPTOP,
    SoftwareSigner,
    check_algorithm,
    new_software_key,
    raw_public_key,
)
from desktop.errors import SignatureError, ValidationError, WrongPin
from desktop.signing import b64, unb64

MIN_SECRET = 6  # a 6-digit PIN is the shortest; Argon2id below makes each of its guesses cost >= 1 s

# Argon2id, 256 MiB, 6 passes, 1 lane. Measured on this 2-core machine (2026-11-29, argon2-cffi 25.1):
# quiet, t=2 took 0.50 s and t=4 0.83 s per guess; t=6 took 1.48 s at best of 5 while other jobs
# loaded both cores (`python -m bench.run --only custody` measures it again). So the 10^6 six-digit
# PINs cost about two weeks of one core, and 256 MiB per guess keeps a GPU from running thousands
# at once. Tests replace SHARED_LAPTOP_KDF with a cheap setting in tests/conftest.py.
DEFAULT_KDF = {"name": "argon2id", "t": 6, "m": 262144, "p": 1}
SHARED_LAPTOP_KDF: dict = dict(DEFAULT_KDF)

_AAD_V1 = b"quorum-member-key/1"  # scrypt-sealed Ed25519 keys, before custody (issue 9)
_PURPOSE = "quorum-member-key/2"


@dataclass(frozen=True)
class Unsealed:
    signer: SoftwareSigner
    stale: bool  # sealed with an older KDF or weaker parameters: re-seal while the key is open


def check_secret(secret: str) -> None:
    if len(secret) < MIN_SECRET:
        raise ValidationError("A signing PIN needs at least {n} characters.", n=MIN_SECRET)


def _derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    # Both KDFs release the GIL, so unsealing in a worker thread leaves the window responsive.
    if kdf.get("name") == "argon2id":
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=int(kdf["t"]),
            memory_cost=int(kdf["m"]),
            parallelism=int(kdf["p"]),
            hash_len=32,
            type=Type.ID,
        )
    if kdf.get("name") == "scrypt":
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        return hashlib.scrypt(
            secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * r * n + (1 << 20)
        )
    raise SignatureError("A sealed key names an unknown key derivation.")


def _private_bytes(key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey) -> tuple[str, bytes]:
    if isinstance(key, Ed25519PrivateKey):
        return ED25519, key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
    return ECDSA_P256, key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _header_aad(header: dict) -> bytes:
    # The header (KDF, parameters, algorithm) is authenticated with the key it describes.
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def seal(key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey, secret: str) -> bytes:
    """The key encrypted under ``secret`` with the current shared-laptop KDF."""
    check_secret(secret)
    alg, raw = _private_bytes(key)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"v": 2, "purpose": _PURPOSE, "alg": alg, "kdf": dict(SHARED_LAPTOP_KDF), "salt": b64(salt)}
    ct = AESGCM(_derive(secret, salt, header["kdf"])).encrypt(nonce, raw, _header_aad(header))
    return json.dumps({**header, "nonce": b64(nonce), "ct": b64(ct)}).encode()


def sealed_kdf(sealed: bytes) -> dict:
    """The KDF a sealed blob names (for the record and for tests)."""
    return dict(json.loads(sealed)["kdf"])


def unseal(sealed: bytes, secret: str, who: str = "this member") -> Unsealed:
    """The key behind ``sealed``; WrongPin if ``secret`` does not open it."""
    try:
        data = json.loads(sealed)
        kdf = data["kdf"]
        salt, nonce, ct = unb64(data["salt"]), unb64(data["nonce"]), unb64(data["ct"])
    except (ValueError, KeyError, TypeError):
        raise SignatureError("The sealed key of {who} is damaged.", who=who) from None
    if data.get("v", 1) == 1:
        alg, aad = ED25519, _AAD_V1
    else:
        alg = check_algorithm(data.get("alg"))
        aad = _header_aad({k: data[k] for k in ("v", "purpose", "alg", "kdf", "salt")})
    try:
        raw = AESGCM(_derive(secret, salt, kdf)).decrypt(nonce, ct, aad)
    except InvalidTag:
        raise WrongPin(member=who) from None
    if alg == ED25519:
        key = Ed25519PrivateKey.from_private_bytes(raw)
    else:
        key = serialization.load_der_private_key(raw, None)
    return Unsealed(SoftwareSigner(key, SHARED_LAPTOP), stale=kdf != SHARED_LAPTOP_KDF)


def new_sealed_key(secret: str, algorithm: str = ECDSA_P256) -> tuple[bytes, bytes]:
    """A fresh key pair for the shared laptop: (public key bytes, sealed private key)."""
    check_secret(secret)
    key = new_software_key(algorithm)
    return raw_public_key(key)[1], seal(key, secret)
