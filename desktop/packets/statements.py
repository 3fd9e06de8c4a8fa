"""Signed statements that name their algorithm, made through any custody Signer.

The statement is desktop.signing's (RFC 8785 canonical JSON, same fields), with
``signer.alg`` added so a verifier knows whether the signature is Ed25519 or ECDSA P-256.
"""

from __future__ import annotations

import json

from desktop import custody, signing
from desktop.errors import PacketRefused, SignatureError


def make(kind: str, signer: custody.Signer, **fields) -> dict:
    """signing.make_statement for ``signer``'s key, naming its algorithm and custody."""
    return signing.make_statement(
        kind, public_key=signer.public_key, algorithm=signer.algorithm, key_custody=signer.custody, **fields
    )


def sign(statement: dict, signer: custody.Signer) -> signing.SignedStatement:
    data = signing.canonical(statement)
    return signing.SignedStatement(data, signer.sign(data))


def verify(statement: bytes, signature: bytes, algorithm: str, public_key: bytes) -> dict:
    """The statement, if it is canonical, names this key and algorithm, and the signature holds."""
    try:
        body = json.loads(statement)
    except ValueError:
        raise PacketRefused("A signed statement in the file is not valid JSON.") from None
    if not isinstance(body, dict) or signing.canonical(body) != statement:
        raise PacketRefused("A signed statement in the file is not in canonical form.")
    signer = body.get("signer")
    if not isinstance(signer, dict) or signer.get("key") != signing.public_key_id(public_key):
        raise PacketRefused("A statement in the file is signed by a key that is not enrolled.")
    if signer.get("alg", custody.ED25519) != algorithm:
        raise PacketRefused("A statement in the file names a different signature algorithm.")
    try:
        custody.verify_signature(algorithm, public_key, signature, statement)
    except SignatureError:
        raise PacketRefused("A signature in the file does not verify; it was altered or forged.") from None
    return body
