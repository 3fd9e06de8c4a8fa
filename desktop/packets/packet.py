"""The packet file, the committee's revocation file, and the member's response file.

Packet: one line of canonical JSON ``{"format", "header", "signature"}`` and a newline, then the
sealed parts back to back. The header names the packet, member, meeting, expiry, the recipient's
X25519 key, the HPKE-encapsulated content key and where each part sits; the committee's packet
key signs its canonical form. Part 0 is the contents (canonical JSON), parts 1.. the documents.
Response: canonical JSON ``{"format", "recipient_key_id", "enc", "ciphertext"}``, the HPKE seal
of the member's signed statements to the committee's X25519 key. See docs/packet-format.md.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop import custody, signing
from desktop.errors import DiskFull, PacketRefused, SignatureError
from desktop.packets import sealing

PACKET_FORMAT = "quorum.packet/1"
RESPONSE_FORMAT = "quorum.response/1"
REVOCATION_FORMAT = "quorum.packet-revocation/1"
MAX_HEADER = 1 << 20
MAX_RESPONSE = 16 << 20
BINDING = (
    "packet_id",
    "committee_id",
    "member_id",
    "meeting_id",
    "issued_at",
    "expires_at",
    "recipient_key_id",
)


@dataclass(frozen=True)
class WrittenPacket:
    packet_id: str
    header_sha256: str
    size: int


def write_packet(
    out: Path,
    *,
    binding: dict,
    recipient_public: bytes,
    committee_signer: custody.Signer,
    contents: dict,
    documents: Sequence[bytes | bytearray | memoryview],
) -> WrittenPacket:
    """Seal ``contents`` and ``documents`` to one member and sign the header; written atomically."""
    content_key = AESGCM.generate_key(bit_length=256)
    body = signing.canonical(contents)
    spans = sealing.spans_for([len(body), *(len(d) for d in documents)])
    enc, wrapped = sealing.hpke_seal(
        recipient_public, content_key, PACKET_FORMAT.encode(), signing.canonical(binding)
    )
    header = {
        **binding,
        "suite": sealing.SUITE_NAME,
        "enc": signing.b64(enc),
        "wrapped_key": signing.b64(wrapped),
        "chunk": sealing.CHUNK,
        "parts": [s.to_json() for s in spans],
        "signer": {
            "alg": committee_signer.algorithm,
            "key": signing.public_key_id(committee_signer.public_key),
        },
    }
    signature = committee_signer.sign(signing.canonical(header))
    line = signing.canonical({"format": PACKET_FORMAT, "header": header, "signature": signing.b64(signature)})
    aead, aad = AESGCM(content_key), binding["packet_id"].encode()
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(line + b"\n")
            buffer = bytearray(sealing.CHUNK + sealing.TAG)
            for index, data in enumerate([body, *documents]):
                for sealed in sealing.seal_part_into(aead, index, data, aad, buffer):
                    fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
            size = fh.tell()
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise DiskFull() from None
        raise PacketRefused("Cannot write {path}: {err}", path=str(out), err=exc.strerror) from None
    return WrittenPacket(binding["packet_id"], hashlib.sha256(line).hexdigest(), size)


@dataclass(frozen=True)
class PacketFile:
    header: dict
    bulk_offset: int
    header_sha256: str

    @property
    def spans(self) -> list[sealing.PartSpan]:
        return [sealing.PartSpan(*p) for p in self.header["parts"]]


def read_packet_header(path: Path, committee_alg: str, committee_public: bytes) -> PacketFile:
    """The header, its signature checked against the committee's packet key."""
    try:
        with open(path, "rb") as fh:
            line = fh.readline(MAX_HEADER)
            total = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise PacketRefused("Cannot read {path}: {err}", path=str(path), err=exc.strerror) from None
    try:
        doc = json.loads(line)
        if doc.get("format") != PACKET_FORMAT:
            raise ValueError
        header, signature = doc["header"], signing.unb64(doc["signature"])
        if signing.canonical(doc) + b"\n" != line:
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError, SignatureError):
        raise PacketRefused("This file is not a Quorum review packet, or its header was altered.") from None
    try:
        if header["signer"]["key"] != signing.public_key_id(committee_public):
            raise SignatureError()
        custody.verify_signature(committee_alg, committee_public, signature, signing.canonical(header))
    except (KeyError, TypeError, SignatureError):
        raise PacketRefused("The packet is not signed by your committee, or it was altered.") from None
    spans = [sealing.PartSpan(*p) for p in header.get("parts", [])]
    expected = sum(s.sealed for s in spans)
    if (
        not spans
        or total - len(line) != expected
        or any(
            s.offset != sum(t.sealed for t in spans[:i]) or s.sealed != sealing.sealed_length(s.plain)
            for i, s in enumerate(spans)
        )
    ):
        raise PacketRefused("The packet was altered: its contents do not match the signed header.")
    return PacketFile(header, len(line), hashlib.sha256(line).hexdigest())


def unwrap_content_key(packet: PacketFile, recipient_private: bytes) -> bytes:
    header = packet.header
    try:
        binding = {k: header[k] for k in BINDING}
        enc, wrapped = signing.unb64(header["enc"]), signing.unb64(header["wrapped_key"])
    except (KeyError, SignatureError):
        raise PacketRefused("The packet's sealed key is damaged.") from None
    key = sealing.hpke_open(
        recipient_private, enc, wrapped, PACKET_FORMAT.encode(), signing.canonical(binding)
    )
    if key is None or len(key) != 32:
        raise PacketRefused("The packet's sealed key does not open with your key; it was altered.")
    return key


def read_part(fh, base: int, span: sealing.PartSpan, index: int, key: bytes, packet_id: str) -> bytearray:
    fh.seek(base + span.offset)
    sealed = fh.read(span.sealed)
    return sealing.open_part(AESGCM(key), index, sealed, span.plain, packet_id.encode())


# -- revocation ------------------------------------------------------------------------------


def make_revocation(body: dict, committee_signer: custody.Signer) -> bytes:
    body = {"format": REVOCATION_FORMAT, **body}
    return signing.canonical(
        {"body": body, "signature": signing.b64(committee_signer.sign(signing.canonical(body)))}
    )


def read_revocation(data: bytes, committee_alg: str, committee_public: bytes) -> dict:
    try:
        doc = json.loads(data) if len(data) <= MAX_HEADER else None
        body = doc["body"]
        if body["format"] != REVOCATION_FORMAT or not isinstance(body["packet_ids"], list):
            raise KeyError
        custody.verify_signature(
            committee_alg, committee_public, signing.unb64(doc["signature"]), signing.canonical(body)
        )
    except (KeyError, TypeError, ValueError, SignatureError):
        raise PacketRefused("The revocation is not signed by your committee, or it was altered.") from None
    return body


# -- response --------------------------------------------------------------------------------


def seal_response(committee_encryption_public: bytes, payload: dict) -> bytes:
    head = {"format": RESPONSE_FORMAT, "recipient_key_id": signing.public_key_id(committee_encryption_public)}
    enc, ciphertext = sealing.hpke_seal(
        committee_encryption_public,
        signing.canonical(payload),
        RESPONSE_FORMAT.encode(),
        signing.canonical(head),
    )
    return signing.canonical({**head, "enc": signing.b64(enc), "ciphertext": signing.b64(ciphertext)})


def open_response(
    data: bytes, committee_encryption_private: bytes, committee_encryption_public: bytes
) -> dict:
    """The response's payload; raises PacketRefused if it is not for this committee or was altered."""
    try:
        doc = json.loads(data) if len(data) <= MAX_RESPONSE else None
        head = {"format": doc["format"], "recipient_key_id": doc["recipient_key_id"]}
        if head["format"] != RESPONSE_FORMAT:
            raise KeyError
        enc, ciphertext = signing.unb64(doc["enc"]), signing.unb64(doc["ciphertext"])
    except (KeyError, TypeError, ValueError, SignatureError):
        raise PacketRefused("This file is not a Quorum packet response.") from None
    if head["recipient_key_id"] != signing.public_key_id(committee_encryption_public):
        raise PacketRefused("The response is sealed to another committee's key.")
    plain = sealing.hpke_open(
        committee_encryption_private, enc, ciphertext, RESPONSE_FORMAT.encode(), signing.canonical(head)
    )
    if plain is None:
        raise PacketRefused("The response was altered: it does not decrypt.")
    try:
        return json.loads(plain)
    except ValueError:
        raise PacketRefused("The response's contents are damaged.") from None


def statement_digest(statement: bytes, signature: bytes) -> str:
    """How a response's signed envelope lists each statement it carries."""
    return hashlib.sha256(statement + signature).hexdigest()
