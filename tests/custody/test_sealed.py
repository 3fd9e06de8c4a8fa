"""The shared-laptop custodian: keys sealed under a member's secret with Argon2id."""

from __future__ import annotations

import base64
import hashlib
import json
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop import custody
from desktop.custody import sealed
from desktop.errors import SignatureError, ValidationError, WrongPin


def legacy_blob(key: Ed25519PrivateKey, pin: str, n: int = 2**10) -> bytes:
    """A key sealed the way Quorum did before key custody: scrypt, format v1, Ed25519."""
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    kdf = {"name": "scrypt", "n": n, "r": 8, "p": 1}
    salt, nonce = os.urandom(16), os.urandom(12)
    k = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=8, p=1, dklen=32, maxmem=256 * 8 * n + (1 << 20))
    ct = AESGCM(k).encrypt(nonce, raw, b"quorum-member-key/1")
    enc = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return json.dumps({"v": 1, "kdf": kdf, "salt": enc(salt), "nonce": enc(nonce), "ct": enc(ct)}).encode()


def test_default_sealing_costs_argon2id_256_mib_six_passes():
    # Measured at >= 1 s per guess on the 2-core reference machine (bench/custody.py re-measures).
    assert sealed.DEFAULT_KDF == {"name": "argon2id", "t": 6, "m": 262144, "p": 1}
    assert sealed.DEFAULT_KDF["m"] * 1024 >= 256 * 2**20


@pytest.mark.parametrize("algorithm", custody.ALGORITHMS)
def test_sealed_key_opens_only_with_its_secret(algorithm):
    key = custody.new_software_key(algorithm)
    blob = sealed.seal(key, "135790")
    assert sealed.sealed_kdf(blob)["name"] == "argon2id" and b"135790" not in blob
    with pytest.raises(WrongPin):
        sealed.unseal(blob, "135791", "Wang")
    opened = sealed.unseal(blob, "135790")
    assert opened.signer.algorithm == algorithm and not opened.stale
    assert opened.signer.public_key == custody.raw_public_key(key)[1]
    assert opened.signer.custody == custody.SHARED_LAPTOP
    message = b"I cast this vote"
    custody.verify_signature(algorithm, opened.signer.public_key, opened.signer.sign(message), message)


def test_a_passphrase_works_as_well_as_a_pin():
    blob = sealed.seal(custody.new_software_key(), "correct horse staple")
    assert sealed.unseal(blob, "correct horse staple").signer.algorithm == custody.ECDSA_P256


def test_short_secret_refused():
    with pytest.raises(ValidationError, match="at least 6"):
        sealed.seal(custody.new_software_key(), "12345")


def test_legacy_scrypt_blob_opens_and_is_stale():
    key = Ed25519PrivateKey.generate()
    opened = sealed.unseal(legacy_blob(key, "246810"), "246810")
    assert opened.stale and opened.signer.algorithm == custody.ED25519
    assert opened.signer.public_key == custody.raw_public_key(key)[1]
    with pytest.raises(WrongPin):
        sealed.unseal(legacy_blob(key, "246810"), "246811")


def test_weaker_parameters_than_current_are_stale(monkeypatch):
    blob = sealed.seal(custody.new_software_key(), "246810")
    monkeypatch.setattr(sealed, "SHARED_LAPTOP_KDF", {**sealed.SHARED_LAPTOP_KDF, "t": 2})
    assert sealed.unseal(blob, "246810").stale


def test_header_is_authenticated():
    blob = json.loads(sealed.seal(custody.new_software_key(), "246810"))
    cheaper = {**blob, "kdf": {**blob["kdf"], "t": blob["kdf"]["t"] + 1}}
    with pytest.raises(WrongPin):
        sealed.unseal(json.dumps(cheaper).encode(), "246810")
    relabelled = {**blob, "alg": custody.ED25519}
    with pytest.raises(WrongPin):
        sealed.unseal(json.dumps(relabelled).encode(), "246810")


def test_damaged_blob_is_one_clear_error():
    with pytest.raises(SignatureError, match="damaged"):
        sealed.unseal(b"not json", "246810", "Wang")
    with pytest.raises(SignatureError, match="unknown key derivation"):
        blob = json.loads(sealed.seal(custody.new_software_key(), "246810"))
        sealed.unseal(json.dumps({**blob, "kdf": {"name": "md5"}}).encode(), "246810")


def test_demo_seals_cheaply_and_restores_the_real_cost(monkeypatch, tmp_path):
    """The demo publishes its PINs, so it seals cheaply; the setting is back afterwards."""
    import desktop.demo

    seen = []
    monkeypatch.setattr(sealed, "SHARED_LAPTOP_KDF", dict(sealed.DEFAULT_KDF))
    monkeypatch.setattr(desktop.demo, "_run_demo", lambda *_args: seen.append(sealed.SHARED_LAPTOP_KDF))
    desktop.demo.run_demo(tmp_path)
    assert seen == [desktop.demo.DEMO_SEAL] and sealed.SHARED_LAPTOP_KDF == sealed.DEFAULT_KDF
    monkeypatch.setattr(sealed, "SHARED_LAPTOP_KDF", desktop.demo.DEMO_SEAL)
    demo_blob = sealed.seal(custody.new_software_key(), "246810")
    monkeypatch.setattr(sealed, "SHARED_LAPTOP_KDF", dict(sealed.DEFAULT_KDF))
    assert sealed.unseal(demo_blob, "246810").stale  # re-sealed at the real cost on first use
