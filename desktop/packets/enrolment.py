"""Enrolment with no network: the member's request file, the committee's signed reply.

The request carries the member's name, public signing key (with its algorithm) and X25519
encryption key, self-signed to prove the member holds the signing key. Both sides print the
same safety number, computed from those keys, to be compared aloud (as Signal does). The reply
is signed by the committee's packet key and carries the member's certificate, the committee
CA's certificate and the committee's public keys; the member's app prints the committee's number.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from desktop import custody, signing
from desktop.errors import PacketRefused, SignatureError

REQUEST_FORMAT = "quorum.enrolment-request/1"
REPLY_FORMAT = "quorum.enrolment-reply/1"
X25519 = "x25519"
MAX_FILE = 64 * 1024


def safety_number(algorithm: str, signing_public: bytes, encryption_public: bytes) -> str:
    """30 decimal digits in six groups of five, from SHA-256 over both public keys."""
    digest = hashlib.sha256(
        b"quorum.safety-number/1\x00" + algorithm.encode() + b"\x00" + signing_public + encryption_public
    ).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def _load_request(data: bytes) -> dict:
    if len(data) > MAX_FILE:
        raise PacketRefused("The file is too large to be an enrolment request.")
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise PacketRefused("This file is not a Quorum enrolment request.") from None
    if not isinstance(doc, dict) or doc.get("format") != REQUEST_FORMAT:
        raise PacketRefused("This file is not a Quorum enrolment request.")
    return doc


def make_request(name: str, signer: custody.Signer, encryption_public: bytes) -> bytes:
    body = {
        "format": REQUEST_FORMAT,
        "request_id": uuid.uuid4().hex,
        "name": name,
        "signing": {"alg": signer.algorithm, "public_key": signing.b64(signer.public_key)},
        "encryption": {"alg": X25519, "public_key": signing.b64(encryption_public)},
        "created_at": signing.iso_now(),
    }
    signature = signer.sign(signing.canonical(body))
    return signing.canonical({**body, "signature": signing.b64(signature)})


def read_request(data: bytes) -> dict:
    """The checked request: name, keys and a valid self-signature; raises PacketRefused."""
    doc = _load_request(data)
    try:
        body = {k: doc[k] for k in ("format", "request_id", "name", "signing", "encryption", "created_at")}
        algorithm = custody.check_algorithm(body["signing"]["alg"])
        public = signing.unb64(body["signing"]["public_key"])
        encryption = signing.unb64(body["encryption"]["public_key"])
        signature = signing.unb64(doc["signature"])
        if body["encryption"]["alg"] != X25519 or len(encryption) != 32:
            raise PacketRefused("The enrolment request's encryption key is not an X25519 key.")
        if not custody.public_key_length_ok(algorithm, public):
            raise PacketRefused("The enrolment request's signing key is malformed.")
        if not isinstance(body["name"], str) or not body["name"].strip():
            raise PacketRefused("The enrolment request names nobody.")
        custody.verify_signature(algorithm, public, signature, signing.canonical(body))
    except (KeyError, TypeError, SignatureError):
        raise PacketRefused(
            "The enrolment request is damaged or its self-signature does not verify."
        ) from None
    return {
        "request_id": body["request_id"],
        "name": body["name"].strip(),
        "algorithm": algorithm,
        "public_key": public,
        "encryption_key": encryption,
        "digest": hashlib.sha256(signing.canonical(doc)).hexdigest(),
        "safety_number": safety_number(algorithm, public, encryption),
    }


def make_reply(body: dict, committee_signer: custody.Signer) -> bytes:
    body = {"format": REPLY_FORMAT, **body}
    signature = committee_signer.sign(signing.canonical(body))
    return signing.canonical({"body": body, "signature": signing.b64(signature)})


def read_reply(data: bytes) -> dict:
    """The reply's body, its signature checked against the committee key it carries (the person
    confirms that key by comparing the committee's safety number aloud)."""
    try:
        doc = json.loads(data) if len(data) <= MAX_FILE else None
        body = doc["body"]
        if body["format"] != REPLY_FORMAT:
            raise KeyError
        committee = body["committee"]
        algorithm = custody.check_algorithm(committee["signing"]["alg"])
        public = signing.unb64(committee["signing"]["public_key"])
        custody.verify_signature(algorithm, public, signing.unb64(doc["signature"]), signing.canonical(body))
    except (KeyError, TypeError, ValueError, SignatureError):
        raise PacketRefused("The enrolment reply is damaged or its signature does not verify.") from None
    return body
