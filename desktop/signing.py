"""Members' Ed25519 keys, sealed under their own PIN, and signed statements.

A statement is a JSON object naming what is signed (case, meeting, signer, time,
meaning); it is signed over its RFC 8785 canonical form, so any verifier that
canonicalises the same object gets the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime

import rfc8785
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.errors import SignatureError, ValidationError, WrongPin

MIN_PIN = 6
PIN_KDF = {"name": "scrypt", "n": 2**15, "r": 8, "p": 1}
STATEMENT_VERSION = "quorum.statement/1"

# What a signature means, in the sense of 21 CFR 11.50: shown next to the name.
MEANINGS = {
    "attendance": "I attend this meeting",
    "declaration": "I declare my conflicts of interest for this case",
    "checklist": "I give this answer to the review checklist",
    "vote": "I cast this vote",
    "decision": "I record this decision as presiding member",
    "rereview": "I record the expert re-review opinion",
    "rereview_determination": "I record whether this activity is on the expert re-review list",
    "minutes": "I confirm these minutes",
    "document": "I sign this document",
    "export": "The committee sends these records",
    # A member's review work returned in a packet response (docs/packet-format.md).
    "comment": "I write this review comment",
    "response": "I return my review of this meeting's packet",
    # A reviewer's opinion on a linked submission under the simplified procedure.
    "opinion": "I give my review opinion under the simplified procedure",
}


def canonical(obj: object) -> bytes:
    """RFC 8785 (JCS) canonical JSON bytes.

    For data without floats whose keys sort the same by UTF-16 code units as by code points
    (no key character at or above U+D800), JCS output equals Python's sorted compact JSON,
    which the C encoder writes several times faster; anything else takes the reference path.
    """
    if _plain(obj):
        return json.dumps(
            obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    return rfc8785.dumps(obj)


def _plain(obj: object) -> bool:
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if not isinstance(key, str) or (key and max(key) >= "\ud800"):
                    return False
                stack.append(value)
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, float) or not (item is None or isinstance(item, str | int | bool)):
            return False
    return True


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise SignatureError("Malformed base64 in a signed record.") from None


def check_pin(pin: str) -> None:
    if len(pin) < MIN_PIN:
        raise ValidationError("A signing PIN needs at least {n} characters.", n=MIN_PIN)


def _pin_key(pin: str, salt: bytes, kdf: dict) -> bytes:
    # hashlib's scrypt (RFC 7914, same bytes as cryptography's) releases the GIL while it works,
    # so a signature computed in a worker thread does not freeze the window for ~0.12 s.
    n, r, p = kdf["n"], kdf["r"], kdf["p"]
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * r * n + (1 << 20)
    )


def seal_private_key(key: Ed25519PrivateKey, pin: str) -> bytes:
    check_pin(pin)
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_pin_key(pin, salt, PIN_KDF)).encrypt(nonce, raw, b"quorum-member-key/1")
    return json.dumps(
        {"v": 1, "kdf": PIN_KDF, "salt": b64(salt), "nonce": b64(nonce), "ct": b64(sealed)}
    ).encode()


def unseal_private_key(sealed: bytes, pin: str, who: str = "this member") -> Ed25519PrivateKey:
    data = json.loads(sealed)
    try:
        raw = AESGCM(_pin_key(pin, unb64(data["salt"]), data["kdf"])).decrypt(
            unb64(data["nonce"]), unb64(data["ct"]), b"quorum-member-key/1"
        )
    except InvalidTag:
        raise WrongPin(member=who) from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def new_member_key(pin: str) -> tuple[bytes, bytes, Ed25519PrivateKey]:
    """A fresh key pair: (raw public key, sealed private key, the key itself)."""
    check_pin(pin)
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return public, seal_private_key(key, pin), key


def public_key_id(public_key: bytes) -> str:
    """A short stable id for a public key (hex of its first 8 SHA-256 bytes)."""
    import hashlib

    return hashlib.sha256(public_key).hexdigest()[:16]


def iso_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class SignedStatement:
    statement: bytes  # canonical JSON
    signature: bytes

    @property
    def body(self) -> dict:
        return json.loads(self.statement)

    def to_json(self) -> dict:
        return {"statement": self.body, "signature": b64(self.signature)}


def make_statement(
    kind: str,
    *,
    committee_id: str,
    signer_id: str,
    signer_name: str,
    signer_role: str,
    public_key: bytes,
    content: dict,
    case_id: str | None = None,
    case_reference: str | None = None,
    meeting_id: str | None = None,
    signed_at: str | None = None,
    audit_head: dict | None = None,
) -> dict:
    """The statement to sign. ``audit_head`` ({"seq", "hash"} of the newest audit event) makes the
    signature witness the trail as it stood: see docs/audit-trail.md."""
    if kind not in MEANINGS:
        raise ValueError(f"unknown statement kind {kind}")
    statement = {
        "type": STATEMENT_VERSION,
        "kind": kind,
        "meaning": MEANINGS[kind],
        "committee": committee_id,
        "case": case_id,
        "case_reference": case_reference,
        "meeting": meeting_id,
        "signer": {
            "id": signer_id,
            "name": signer_name,
            "role": signer_role,
            "key": public_key_id(public_key),
        },
        "signed_at": signed_at or iso_now(),
        "content": content,
    }
    if audit_head is not None:
        statement["audit_head"] = {"seq": int(audit_head["seq"]), "hash": str(audit_head["hash"])}
    return statement


def sign_statement(statement: dict, key: Ed25519PrivateKey) -> SignedStatement:
    data = canonical(statement)
    return SignedStatement(data, key.sign(data))


def verify_statement(statement: bytes, signature: bytes, public_key: bytes) -> dict:
    """Check the signature and that the bytes are canonical; return the statement."""
    try:
        body = json.loads(statement)
    except ValueError:
        raise SignatureError("A signed statement is not valid JSON.") from None
    if not isinstance(body, dict) or canonical(body) != statement:
        raise SignatureError("A signed statement is not in canonical form.")
    return verify_parsed(statement, body, signature, public_key)


def verify_parsed(statement: bytes, body: dict, signature: bytes, public_key: bytes) -> dict:
    """``verify_statement`` for a statement its caller already parsed into ``body`` and found
    canonical (desktop.sync.shape.parse_canonical), so a bundle's statements are parsed once."""
    if body.get("signer", {}).get("key") != public_key_id(public_key):
        raise SignatureError("The statement names a different signing key.")
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, statement)
    except (InvalidSignature, ValueError):
        raise SignatureError(
            "Bad signature by {signer}.", signer=body.get("signer", {}).get("name", "?")
        ) from None
    return body
