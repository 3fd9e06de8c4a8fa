"""Signed statements: what a member's signature means, and checking one.

A statement is a JSON object naming what is signed (case, meeting, signer, key and its
algorithm, time, meaning); it is signed over its RFC 8785 canonical form, so any verifier that
canonicalises the same object gets the same bytes. The key itself is held by a custodian
(desktop.custody); a statement without ``signer.alg`` predates custody and is Ed25519.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
import rfc8785

from desktop import custody
from desktop.errors import SignatureError, ValidationError

MIN_PIN = 6
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
    orjson writes those same bytes faster still; what it refuses (integers beyond 64 bits, deep
    nesting, lone surrogates) takes the json module as before (tests/test_signing.py).
    """
    if _plain(obj):
        try:
            return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:
            pass
        return json.dumps(
            obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    return rfc8785.dumps(obj)


def _plain(obj: object) -> bool:
    stack = [obj]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:  # the common leaves, by exact type
            continue
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


def public_key_id(public_key: bytes) -> str:
    """A short stable id for a public key (hex of its first 8 SHA-256 bytes)."""
    if type(public_key) is bytes:
        return _key_id(public_key)
    return hashlib.sha256(public_key).hexdigest()[:16]


@functools.lru_cache(maxsize=1024)  # a registry batch asks for the same few keys' ids ~20 times a bundle
def _key_id(public_key: bytes) -> str:
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
    algorithm: str = custody.ED25519,
    key_custody: str | None = None,
) -> dict:
    """The statement to sign. ``audit_head`` ({"seq", "hash"} of the newest audit event) makes the
    signature witness the trail as it stood: see docs/audit-trail.md. ``algorithm`` is the key's;
    ``key_custody`` (how the key is held) is recorded so the minutes can show it."""
    if kind not in MEANINGS:
        raise ValueError(f"unknown statement kind {kind}")
    custody.check_algorithm(algorithm)
    signer = {
        "id": signer_id,
        "name": signer_name,
        "role": signer_role,
        "key": public_key_id(public_key),
        "alg": algorithm,
    }
    if key_custody is not None:
        if key_custody not in custody.CUSTODIES:
            raise ValueError(f"unknown key custody {key_custody}")
        signer["custody"] = key_custody
    statement = {
        "type": STATEMENT_VERSION,
        "kind": kind,
        "meaning": MEANINGS[kind],
        "committee": committee_id,
        "case": case_id,
        "case_reference": case_reference,
        "meeting": meeting_id,
        "signer": signer,
        "signed_at": signed_at or iso_now(),
        "content": content,
    }
    if audit_head is not None:
        statement["audit_head"] = {"seq": int(audit_head["seq"]), "hash": str(audit_head["hash"])}
    return statement


def sign_statement(statement: dict, signer: custody.Signer) -> SignedStatement:
    """Sign with any custodian; the statement must name the signer's key and algorithm."""
    named = statement.get("signer", {})
    if (
        named.get("key") != public_key_id(signer.public_key)
        or statement_algorithm(statement) != signer.algorithm
    ):
        raise SignatureError("The statement names a different signing key.")
    data = canonical(statement)
    return SignedStatement(data, signer.sign(data))


def statement_algorithm(body: dict) -> str:
    """The algorithm a statement names; statements from before custody name none and are Ed25519."""
    signer = body.get("signer")
    return signer.get("alg", custody.ED25519) if isinstance(signer, dict) else custody.ED25519


def verify_statement(
    statement: bytes, signature: bytes, public_key: bytes, algorithm: str = custody.ED25519
) -> dict:
    """Check the signature by ``public_key`` (enrolled as ``algorithm``) and that the bytes are
    canonical and name that key and algorithm; return the statement."""
    try:
        body = json.loads(statement)
    except ValueError:
        raise SignatureError("A signed statement is not valid JSON.") from None
    if not isinstance(body, dict) or canonical(body) != statement:
        raise SignatureError("A signed statement is not in canonical form.")
    return verify_parsed(statement, body, signature, public_key, algorithm)


def verify_parsed(
    statement: bytes,
    body: dict,
    signature: bytes,
    public_key: bytes,
    algorithm: str = custody.ED25519,
    *,
    loaded=None,
) -> dict:
    """``verify_statement`` for a statement its caller already parsed into ``body`` and found
    canonical (desktop.sync.shape.parse_canonical), so a bundle's statements are parsed once.
    ``loaded``: a verifier that checks many statements by one key passes the key already loaded
    (``desktop.sync.keybook.MemberKey``), with ``public_key`` its bytes."""
    signer = body.get("signer")
    if not isinstance(signer, dict) or signer.get("key") != public_key_id(public_key):
        raise SignatureError("The statement names a different signing key.")
    if statement_algorithm(body) != algorithm:
        raise SignatureError("The statement names a different signature algorithm from the enrolled key.")
    try:
        if loaded is None:
            custody.verify_signature(algorithm, public_key, signature, statement)
        else:
            custody.verify_loaded(loaded, signature, statement)
    except SignatureError:
        raise SignatureError("Bad signature by {signer}.", signer=signer.get("name", "?")) from None
    return body
