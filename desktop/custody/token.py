"""The token custodian: a member's ECDSA P-256 key on a PKCS#11 token (a USB key from a
licensed CA, a smart card; SoftHSM2 in tests).

The private key never leaves the token. The user PIN goes to the token's own login and is not
kept anywhere in Quorum; the token counts wrong PINs and locks itself. The committee vault keeps
only where to find the key (module path, token label, key label) and its public key.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pkcs11
from asn1crypto.core import OctetString
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass
from pkcs11 import exceptions as p11

from desktop.custody import ECDSA_P256, TOKEN, load_public_key
from desktop.errors import SignatureError, ValidationError, WrongPin

_libs: dict[str, pkcs11.lib] = {}
_token_locks: dict[tuple[str, str], threading.Lock] = {}
_libs_lock = threading.Lock()


@dataclass(frozen=True)
class TokenKey:
    """Where a member's key lives: what the vault stores for a token member (no PIN)."""

    module: str
    token: str
    key_label: str

    def to_dict(self) -> dict:
        return {"module": self.module, "token": self.token, "key_label": self.key_label}

    @classmethod
    def from_dict(cls, data: dict) -> TokenKey:
        return cls(data["module"], data["token"], data["key_label"])


def _library(module: str) -> pkcs11.lib:
    with _libs_lock:
        if module not in _libs:
            try:
                _libs[module] = pkcs11.lib(module)
            except (RuntimeError, OSError) as exc:
                raise ValidationError(
                    "Cannot load the PKCS#11 module {module}: {detail}", module=module, detail=str(exc)
                ) from None
        return _libs[module]


def _token_lock(where: TokenKey) -> threading.Lock:
    with _libs_lock:
        return _token_locks.setdefault((where.module, where.token), threading.Lock())


@contextmanager
def logged_in(where: TokenKey, pin: str, who: str = "this member") -> Iterator:
    """A session logged in with ``pin``, closed (and so logged out) afterwards.

    PKCS#11 login is shared by every session of a process on a token, so a second login while
    one is open would be skipped, not checked; one session per token at a time keeps every
    operation behind its own PIN check."""
    lib = _library(where.module)
    with _token_lock(where):
        try:
            token = lib.get_token(token_label=where.token)
        except (p11.NoSuchToken, p11.MultipleObjectsReturned):
            raise ValidationError("No token labelled {label} is plugged in.", label=where.token) from None
        try:
            session = token.open(user_pin=pin)
        except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
            raise WrongPin(member=who) from None
        except p11.PinLocked:
            raise SignatureError("The token of {who} is locked after too many wrong PINs.", who=who) from None
        except p11.PKCS11Error as exc:
            raise SignatureError("The token refused to open: {detail}", detail=type(exc).__name__) from None
        try:
            yield session
        finally:
            session.close()


def _find(session, object_class: ObjectClass, label: str):
    try:
        return session.get_key(object_class=object_class, key_type=KeyType.EC, label=label)
    except p11.NoSuchKey:
        raise ValidationError("The token holds no EC key labelled {label}.", label=label) from None
    except p11.MultipleObjectsReturned:
        raise ValidationError("The token holds several EC keys labelled {label}.", label=label) from None


def ec_point(public_key_object) -> bytes:
    """The 65-byte uncompressed P-256 point of a token's public key object.

    CKA_EC_POINT is a DER OCTET STRING around the point (PKCS#11 v2.40 sec. 2.3.3); some
    modules give the bare point, which is accepted too.
    """
    raw = bytes(public_key_object[Attribute.EC_POINT])
    if len(raw) == 65 and raw[0] == 4:
        point = raw
    else:
        try:
            point = bytes(OctetString.load(raw).native)
        except ValueError:
            raise ValidationError("The token's public key is not an EC point.") from None
    load_public_key(ECDSA_P256, point)  # a P-256 point, or SignatureError
    return point


def read_public_key(where: TokenKey, pin: str, who: str = "this member") -> bytes:
    """The token key's public point, for enrolment (checked to be a P-256 key that signs)."""
    with logged_in(where, pin, who) as session:
        point = ec_point(_find(session, ObjectClass.PUBLIC_KEY, where.key_label))
        _find(session, ObjectClass.PRIVATE_KEY, where.key_label)
    return point


def der_signature(raw: bytes) -> bytes:
    """PKCS#11 gives ECDSA as r || s (32 bytes each); X.509, CMS and PDF want DER."""
    if len(raw) != 64:
        raise SignatureError("The token returned a malformed ECDSA signature.")
    return encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))


@dataclass
class TokenSigner:
    """A custody.Signer whose key stays on the token. Checks the PIN when made; each signature
    logs in again, so the PIN stays in this object's memory (never on disk) until ``close``."""

    where: TokenKey
    pin: str = field(repr=False)
    who: str = "this member"
    algorithm: str = field(init=False, default=ECDSA_P256)
    custody: str = field(init=False, default=TOKEN)
    public_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        with logged_in(self.where, self.pin, self.who) as session:
            self.public_key = ec_point(_find(session, ObjectClass.PUBLIC_KEY, self.where.key_label))
            _find(session, ObjectClass.PRIVATE_KEY, self.where.key_label)

    def sign(self, message: bytes) -> bytes:
        if not self.pin:
            raise SignatureError("This token signer is closed.")
        # CKM_ECDSA over our own SHA-256 digest: every token has it, not all have CKM_ECDSA_SHA256.
        digest = hashlib.sha256(message).digest()
        with logged_in(self.where, self.pin, self.who) as session:
            key = _find(session, ObjectClass.PRIVATE_KEY, self.where.key_label)
            try:
                raw = key.sign(digest, mechanism=Mechanism.ECDSA)
            except p11.PKCS11Error as exc:
                raise SignatureError(
                    "The token refused to sign: {detail}", detail=type(exc).__name__
                ) from None
        return der_signature(raw)

    def close(self) -> None:
        self.pin = ""

    def __enter__(self) -> TokenSigner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
