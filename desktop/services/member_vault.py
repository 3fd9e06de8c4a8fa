"""The member's side: a member's own vault, its enrolment, and the packets it receives
(the review itself: desktop.services.member_review).

A member vault is an ordinary vault (same key slots, SQLCipher database and audit chain) whose
``member_identity`` row holds the member's signing key (made here, never exported) and X25519
encryption key. Packets are checked (committee signature, addressee, expiry, revocation, replay)
before anything is stored; their sealed parts are kept under ``packets/`` and their content key
inside the database, so deleting the key (and the file) shreds an expired or revoked packet.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop import audit, custody, signing
from desktop.errors import PacketRefused, PermissionDenied, ValidationError
from desktop.models import Committee, MemberIdentity, ReceivedPacket
from desktop.packets import enrolment, sealing
from desktop.packets import packet as packet_file
from desktop.vault import Vault

PACKET_DIR = "packets"
COMMITTEE, MEMBER = "committee", "member"
HELD, EXPIRED, REVOKED = "held", "expired", "revoked"


@dataclass(frozen=True)
class VaultKind:
    kind: str  # committee or member
    name: str  # the committee's name, or the member's


@dataclass(frozen=True)
class PacketView:
    packet_id: str
    meeting_id: str
    status: str
    expires_at: datetime | None
    received_at: datetime


# -- creating and opening --------------------------------------------------------------------


def vault_kind(vault: Vault) -> VaultKind:
    """Whether this is a committee's vault or a member's own, and whose."""
    with vault.session() as s:
        me = s.execute(select(MemberIdentity)).scalars().first()
        if me is not None:
            return VaultKind(MEMBER, me.name)
        committee = s.execute(select(Committee)).scalars().first()
        return VaultKind(COMMITTEE, committee.name if committee else "")


def create_member_vault(folder: str | Path, passphrase: str, name: str) -> tuple[Vault, str]:
    """A new member vault with fresh keys (ECDSA P-256 signing, X25519 encryption); returns it
    open, with the recovery code."""
    if not name.strip():
        raise ValidationError("A member needs a name.")
    vault, recovery = Vault.create(folder, passphrase)
    try:
        key = custody.new_software_key(custody.ECDSA_P256)
        signer = custody.SoftwareSigner(key)
        x = sealing.new_encryption_key()
        with vault.session() as s:
            me = MemberIdentity(
                name=name.strip(),
                signing_algorithm=signer.algorithm,
                signing_private=key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                ),
                signing_public=signer.public_key,
                encryption_private=sealing.raw_private(x),
                encryption_public=sealing.raw_public(x),
            )
            s.add(me)
            s.flush()
            audit.record(
                s, "member", "member_vault.create", "member_identity", me.id, {"alg": signer.algorithm}
            )
    except BaseException:
        vault.close()
        raise
    return vault, recovery


def open_member_vault(folder: str | Path, passphrase: str, now: datetime | None = None) -> Vault:
    """Open a member vault and shred every packet that has expired since it was last open."""
    vault = Vault.open(folder, passphrase)
    try:
        _identity_of(vault)
        sweep_expired(vault, now)
        _sweep_orphans(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def identity(s: Session) -> MemberIdentity:
    me = s.execute(select(MemberIdentity)).scalars().first()
    if me is None:
        raise PermissionDenied("This is the committee's vault, not a member's vault.")
    return me


def _identity_of(vault: Vault) -> None:
    with vault.session() as s:
        identity(s)


def signer_of(me: MemberIdentity) -> custody.SoftwareSigner:
    return custody.SoftwareSigner(serialization.load_der_private_key(me.signing_private, None))


def _enrolled(me: MemberIdentity) -> None:
    if me.member_id is None:
        raise PermissionDenied(
            "This vault is not enrolled yet; import the committee's enrolment reply first."
        )


# -- enrolment -------------------------------------------------------------------------------


def enrolment_request(vault: Vault) -> tuple[bytes, str]:
    """(the request file's bytes, the safety number to compare aloud)."""
    with vault.session() as s:
        me = identity(s)
        data = enrolment.make_request(me.name, signer_of(me), me.encryption_public)
        me.request_id = json.loads(data)["request_id"]
        audit.record(
            s, "member", "member_vault.request", "member_identity", me.id, {"request": me.request_id}
        )
        return data, enrolment.safety_number(me.signing_algorithm, me.signing_public, me.encryption_public)


def safety_number(vault: Vault) -> str:
    """The number the member reads aloud to the secretary to check their enrolment."""
    with vault.session() as s:
        me = identity(s)
        return enrolment.safety_number(me.signing_algorithm, me.signing_public, me.encryption_public)


def import_reply(vault: Vault, data: bytes) -> tuple[str, str]:
    """Store the committee's reply; returns (committee name, committee safety number)."""
    body = enrolment.read_reply(data)
    with vault.session() as s:
        me = identity(s)
        try:
            member, committee = body["member"], body["committee"]
            mine = (
                member["signing"]["alg"] == me.signing_algorithm
                and signing.unb64(member["signing"]["public_key"]) == me.signing_public
                and signing.unb64(member["encryption_key"]) == me.encryption_public
            )
            committee_public = signing.unb64(committee["signing"]["public_key"])
            committee_encryption = signing.unb64(committee["encryption"]["public_key"])
        except (KeyError, TypeError):
            raise PacketRefused("The enrolment reply is damaged or its signature does not verify.") from None
        if not mine:
            raise PacketRefused("The enrolment reply is for another member's keys.")
        if me.committee_id is not None and me.committee_id != committee["id"]:
            raise PacketRefused("This vault is already enrolled with another committee.")
        if me.member_id is not None and me.committee_signing_public == committee_public:
            raise PacketRefused("This enrolment reply was already imported; nothing changed.")
        me.member_id, me.role = member["id"], member["role"]
        me.committee_id, me.committee_name = committee["id"], committee["name"]
        me.committee_signing_algorithm = custody.check_algorithm(committee["signing"]["alg"])
        me.committee_signing_public, me.committee_encryption_public = committee_public, committee_encryption
        me.certificate_pem = body["certificate_pem"].encode()
        me.ca_certificate_pem = body["ca_certificate_pem"].encode()
        me.enrolled_at = datetime.now(UTC)
        audit.record(
            s, "member", "member_vault.enrolled", "member_identity", me.id, {"committee": committee["id"]}
        )
        return me.committee_name, enrolment.safety_number(
            me.committee_signing_algorithm, committee_public, committee_encryption
        )


# -- packets ---------------------------------------------------------------------------------


def _when(text_value: str) -> datetime:
    try:
        value = datetime.fromisoformat(text_value)
    except (TypeError, ValueError):
        raise PacketRefused("The packet's header is damaged.") from None
    if value.tzinfo is None:
        raise PacketRefused("The packet's header is damaged.")
    return value


def import_packet(vault: Vault, path: str | Path, now: datetime | None = None) -> PacketView:
    """Check a packet and keep it: signed by our committee, addressed to this member, not
    expired, revoked or already seen, every part intact. Anything else changes nothing."""
    now = now or datetime.now(UTC)
    path = Path(path)
    with vault.session() as s:
        me = identity(s)
        _enrolled(me)
        packet = packet_file.read_packet_header(
            path, me.committee_signing_algorithm, me.committee_signing_public
        )
        header = packet.header
        if header.get("committee_id") != me.committee_id:
            raise PacketRefused("The packet comes from another committee.")
        if header.get("member_id") != me.member_id or header.get("recipient_key_id") != signing.public_key_id(
            me.encryption_public
        ):
            raise PacketRefused("This packet is addressed to another member.")
        packet_id = str(header.get("packet_id"))
        seen = s.get(ReceivedPacket, packet_id)
        if seen is not None:
            if seen.status == REVOKED:
                raise PacketRefused("This packet was revoked by the committee.")
            raise PacketRefused("This packet was already received (a replay); nothing changed.")
        expires, issued = _when(header.get("expires_at")), _when(header.get("issued_at"))
        if expires <= now:
            raise PacketRefused("This packet expired on {date}.", date=expires.date().isoformat())
        newer = s.execute(
            select(ReceivedPacket.id).where(
                ReceivedPacket.meeting_id == header.get("meeting_id"), ReceivedPacket.issued_at >= issued
            )
        ).first()
        if newer is not None:
            raise PacketRefused(
                "A newer packet for this meeting is already here; this older one is a replay."
            )
        key = packet_file.unwrap_content_key(packet, me.encryption_private)
        spans = packet.spans
        store = vault.folder / PACKET_DIR
        store.mkdir(exist_ok=True)
        kept = store / (uuid.uuid4().hex + ".qp")
        try:
            # Keep a copy first and check that copy, so what is kept is exactly what was checked.
            with open(path, "rb") as src, open(kept, "wb") as dst:
                src.seek(packet.bulk_offset)
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            with open(kept, "rb") as fh:  # every part now, so a damaged packet is refused whole
                for index, span in enumerate(spans):
                    part = packet_file.read_part(fh, 0, span, index, key, packet_id)
                    if index == 0:
                        contents = _contents(part, me, header)
                    part[:] = bytes(len(part))
            row = ReceivedPacket(
                id=packet_id,
                meeting_id=contents["meeting"]["id"],
                issued_at=issued,
                expires_at=expires,
                status=HELD,
                content_key=key,
                parts=[s_.to_json() for s_ in spans],
                store_name=kept.name,
            )
            s.add(row)
            s.flush()
            audit.record(s, "member", "packet.received", "packet", packet_id, {"meeting": row.meeting_id})
        except BaseException:
            kept.unlink(missing_ok=True)
            raise
        return _packet_view(row)


def _contents(part: bytearray, me: MemberIdentity, header: dict) -> dict:
    try:
        contents = json.loads(bytes(part))
        ok = (
            contents["member"]["id"] == me.member_id
            and contents["meeting"]["id"] == header["meeting_id"]
            and isinstance(contents["cases"], list)
        )
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise PacketRefused("The packet's contents are damaged.")
    return contents


def _packet_view(row: ReceivedPacket) -> PacketView:
    return PacketView(row.id, row.meeting_id, row.status, row.expires_at, row.received_at)


def list_packets(vault: Vault) -> list[PacketView]:
    """The review packets received, with their status (held, expired or revoked)."""
    with vault.session() as s:
        identity(s)
        rows = s.execute(select(ReceivedPacket).order_by(ReceivedPacket.received_at)).scalars()
        return [_packet_view(r) for r in rows]


def _shred(vault: Vault, s: Session, row: ReceivedPacket, status: str) -> None:
    """Crypto-shredding: the content key leaves the database (overwritten, with SQLite's
    secure_delete on) and the sealed parts leave the disk; the row stays to refuse replays."""
    s.execute(text("PRAGMA secure_delete = ON"))
    row.content_key, row.status, row.wiped_at = None, status, datetime.now(UTC)
    if row.store_name:
        (vault.folder / PACKET_DIR / row.store_name).unlink(missing_ok=True)
    row.store_name = None
    s.execute(text("DELETE FROM review_statement WHERE packet_id = :p"), {"p": row.id})
    audit.record(s, "member", f"packet.{status}", "packet", row.id, {})


def _sweep_orphans(vault: Vault) -> None:
    """Remove kept packet files no held packet names (a crash between the copy and the commit)."""
    store = vault.folder / PACKET_DIR
    if not store.is_dir():
        return
    with vault.session() as s:
        named = set(
            s.execute(
                select(ReceivedPacket.store_name).where(ReceivedPacket.store_name.is_not(None))
            ).scalars()
        )
    for path in store.iterdir():
        if path.name not in named:
            path.unlink(missing_ok=True)


def sweep_expired(vault: Vault, now: datetime | None = None) -> list[str]:
    """Shred every held packet whose expiry has passed; returns their ids."""
    now = now or datetime.now(UTC)
    with vault.session() as s:
        rows = list(
            s.execute(
                select(ReceivedPacket).where(ReceivedPacket.status == HELD, ReceivedPacket.expires_at <= now)
            ).scalars()
        )
        for row in rows:
            _shred(vault, s, row, EXPIRED)
        return [r.id for r in rows]


def import_revocation(vault: Vault, data: bytes) -> list[str]:
    """Apply the committee's signed revocation: shred the packets it names that are here, and
    remember every named id so the packet is refused if it arrives later."""
    with vault.session() as s:
        me = identity(s)
        _enrolled(me)
        body = packet_file.read_revocation(data, me.committee_signing_algorithm, me.committee_signing_public)
        if body.get("committee_id") != me.committee_id:
            raise PacketRefused("The revocation comes from another committee.")
        shredded = []
        for packet_id in body["packet_ids"]:
            row = s.get(ReceivedPacket, str(packet_id))
            if row is None:
                s.add(ReceivedPacket(id=str(packet_id), meeting_id="", status=REVOKED, parts=[]))
            elif row.status != REVOKED:
                _shred(vault, s, row, REVOKED)
                shredded.append(row.id)
        return shredded
