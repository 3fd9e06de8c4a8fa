"""The cryptography of packets and responses.

- HPKE (RFC 9180) base mode, suite DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM,
  seals small things to an X25519 key: a packet's random content key, a whole response.
- A packet's bulk is a list of parts (the contents, then each document), each sealed with
  AES-256-GCM under the content key in chunks. The nonce names the part, the chunk and the last
  chunk, so parts and chunks cannot be swapped, reordered or cut short. The content key is
  fresh for every packet, so counter nonces never repeat under one key.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pyhpke import AEADId, CipherSuite, KDFId, KEMId, KEMKey, PyHPKEError

from desktop.errors import PacketRefused

SUITE_NAME = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
CHUNK = 1 << 20
TAG = 16


def _suite() -> CipherSuite:
    return CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256, AEADId.AES256_GCM)


def new_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def raw_public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def hpke_seal(recipient_public: bytes, plaintext: bytes, info: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """(encapsulated key, ciphertext) of a one-shot HPKE seal to a raw X25519 public key."""
    try:
        pkr = KEMKey.from_pyca_cryptography_key(X25519PublicKey.from_public_bytes(recipient_public))
    except ValueError:
        raise PacketRefused("The recipient's encryption key is malformed.") from None
    enc, context = _suite().create_sender_context(pkr, info=info)
    return enc, context.seal(plaintext, aad=aad)


def hpke_open(private: bytes, enc: bytes, ciphertext: bytes, info: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when it was not sealed to this key or was altered."""
    try:
        skr = KEMKey.from_pyca_cryptography_key(X25519PrivateKey.from_private_bytes(private))
        context = _suite().create_recipient_context(enc, skr, info=info)
        return context.open(ciphertext, aad=aad)
    except (PyHPKEError, ValueError):
        return None


def _nonce(part: int, index: int, last: bool) -> bytes:
    # 12 bytes: part (4), chunk index (7), last-chunk flag (1)
    return struct.pack(">I", part) + index.to_bytes(7, "big") + bytes([last])


def sealed_length(plain_length: int, chunk: int = CHUNK) -> int:
    return plain_length + max(1, -(-plain_length // chunk)) * TAG


def seal_part(aead: AESGCM, part: int, data: bytes | bytearray | memoryview, aad: bytes) -> Iterator[bytes]:
    """The sealed chunks of one part (at least one, even for empty data)."""
    view = memoryview(data)
    count = max(1, -(-len(view) // CHUNK))
    for index in range(count):
        yield aead.encrypt(
            _nonce(part, index, index == count - 1), view[index * CHUNK : (index + 1) * CHUNK], aad
        )


def seal_part_into(
    aead: AESGCM, part: int, data: bytes | bytearray | memoryview, aad: bytes, out: bytearray
) -> Iterator[memoryview]:
    """``seal_part`` into one reused buffer of CHUNK + TAG bytes: each yielded view is valid
    until the next one (no allocation per chunk when sealing hundreds of megabytes)."""
    view, target = memoryview(data), memoryview(out)
    count = max(1, -(-len(view) // CHUNK))
    for index in range(count):
        piece = view[index * CHUNK : (index + 1) * CHUNK]
        aead.encrypt_into(_nonce(part, index, index == count - 1), piece, aad, target[: len(piece) + TAG])
        yield target[: len(piece) + TAG]


def open_part(
    aead: AESGCM, part: int, sealed: bytes | memoryview, plain_length: int, aad: bytes
) -> bytearray:
    """Decrypt one part into a fresh buffer; raises PacketRefused if any chunk was altered."""
    if len(sealed) != sealed_length(plain_length):
        raise PacketRefused("The packet was altered: a part has the wrong length.")
    out = bytearray(plain_length)
    target, source = memoryview(out), memoryview(sealed)
    count = max(1, -(-plain_length // CHUNK))
    for index in range(count):
        start = index * CHUNK
        end = min(start + CHUNK, plain_length)
        piece = source[start + index * TAG : end + (index + 1) * TAG]
        try:
            aead.decrypt_into(_nonce(part, index, index == count - 1), piece, aad, target[start:end])
        except InvalidTag:
            raise PacketRefused("The packet was altered: a sealed part does not decrypt.") from None
    return out


@dataclass(frozen=True)
class PartSpan:
    """Where one sealed part sits in the bulk: byte offset, sealed length, plain length."""

    offset: int
    sealed: int
    plain: int

    def to_json(self) -> list[int]:
        return [self.offset, self.sealed, self.plain]


def spans_for(lengths: Iterable[int]) -> list[PartSpan]:
    spans, offset = [], 0
    for plain in lengths:
        sealed = sealed_length(plain)
        spans.append(PartSpan(offset, sealed, plain))
        offset += sealed
    return spans
