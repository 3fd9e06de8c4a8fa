"""The secretary's side of members' own devices: the committee's packet key, enrolling a
member's device from their request (or moving a key off this vault to it), and which key and
custody each member signs with. Formats: docs/packet-format.md.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, custody, pki, signing
from desktop.errors import PacketRefused, ValidationError
from desktop.models import CommitteePacketKey, EnrolmentRequest, Member, MemberDevice, RetiredKey
from desktop.packets import enrolment, sealing
from desktop.services.committee import load_committee
from desktop.services.members import enrol_member, load_member
from desktop.vault import Vault


@dataclass(frozen=True)
class EnrolmentResult:
    member_id: str
    name: str
    safety_number: str
    committee_number: str
    moved_from: str | None  # the custody the member's key left, when it moved
    reply: bytes


# -- the committee's packet key --------------------------------------------------------------


def packet_key(session: Session) -> CommitteePacketKey:
    row = (
        session.execute(select(CommitteePacketKey).order_by(CommitteePacketKey.created_at)).scalars().first()
    )
    if row is None:
        signer = custody.SoftwareSigner(custody.new_software_key(custody.ECDSA_P256))
        x = sealing.new_encryption_key()
        row = CommitteePacketKey(
            signing_algorithm=signer.algorithm,
            signing_private=signer.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
            signing_public=signer.public_key,
            encryption_private=sealing.raw_private(x),
            encryption_public=sealing.raw_public(x),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "secretary",
            "committee.packet_key",
            "committee",
            row.id,
            {"key": signing.public_key_id(row.signing_public)},
        )
    return row


def committee_signer(row: CommitteePacketKey) -> custody.SoftwareSigner:
    return custody.SoftwareSigner(serialization.load_der_private_key(row.signing_private, None))


def committee_number(vault: Vault) -> str:
    """The committee's safety number, which a member's app prints when it imports the reply."""
    with vault.session() as s:
        row = packet_key(s)
        return enrolment.safety_number(row.signing_algorithm, row.signing_public, row.encryption_public)


# -- members' keys (member.key_algorithm / key_custody, desktop.services.custody) ------------


def member_key(session: Session, member: Member) -> tuple[str, bytes]:
    """(algorithm, public key) the member signs with now."""
    return member.key_algorithm, member.public_key


def is_own_device(session: Session, member: Member) -> bool:
    return member.key_custody == custody.OWN_DEVICE


def _mark_own_device(
    session: Session,
    member: Member,
    algorithm: str,
    public_key: bytes,
    encryption_key: bytes,
    request_id: str,
) -> None:
    """Record that ``member`` signs on their own device with ``public_key``; the committee vault
    keeps no private key for them, and signer_for refuses to sign for them."""
    member.public_key = public_key
    member.key_algorithm, member.key_custody, member.key_reference = algorithm, custody.OWN_DEVICE, None
    member.sealed_private_key = b""  # the sealed copy is destroyed, not kept beside the new key
    member.pin_failures = 0
    member.key_created_at = datetime.now(UTC)
    device = session.get(MemberDevice, member.id)
    if device is None:
        device = MemberDevice(member_id=member.id)
        session.add(device)
    device.algorithm, device.custody = algorithm, custody.OWN_DEVICE
    device.encryption_key, device.request_id = encryption_key, request_id
    device.enrolled_at = datetime.now(UTC)


# -- enrolment -------------------------------------------------------------------------------


def enrol_device(
    vault: Vault,
    request_data: bytes,
    member_id: str | None = None,
    new_member: dict | None = None,
    actor: str = "secretary",
) -> EnrolmentResult:
    """Import a member's enrolment request: for an existing member (their key moves to the
    device; a sealed copy in this vault is destroyed) or, with ``new_member`` (role,
    backgrounds, gender, term_start ...), a new one. Returns the signed reply for the member."""
    request = enrolment.read_request(request_data)
    if (member_id is None) == (new_member is None):
        raise ValidationError("Name the member the device belongs to, or enrol a new member.")
    with vault.session() as s:
        if s.execute(select(EnrolmentRequest.id).where(EnrolmentRequest.digest == request["digest"])).first():
            raise PacketRefused("This enrolment request was already imported; nothing changed.")
    if new_member is not None:
        # enrol_member seals a throwaway key under a random PIN; the device key replaces it below.
        created = enrol_member(
            vault, name=request["name"], pin=secrets.token_hex(16), actor=actor, **new_member
        )
        member_id = created.id
    with vault.session() as s:
        member = load_member(s, member_id)
        if member.name.strip() != request["name"]:
            raise PacketRefused(
                "The request names {request} but member {name} was chosen.",
                request=request["name"],
                name=member.name,
            )
        if s.execute(select(EnrolmentRequest.id).where(EnrolmentRequest.digest == request["digest"])).first():
            raise PacketRefused("This enrolment request was already imported; nothing changed.")
        key_id = signing.public_key_id(request["public_key"])
        others = s.execute(select(Member).where(Member.id != member.id)).scalars()
        if (
            any(signing.public_key_id(o.public_key) == key_id for o in others)
            or s.execute(select(RetiredKey.id).where(RetiredKey.key_id == key_id)).first()
        ):
            raise PacketRefused("That signing key is already enrolled or was retired; make a new request.")
        committee = load_committee(s)
        old_algorithm, old_public = member_key(s, member)
        moved_from = None
        if new_member is None and old_public != request["public_key"]:
            moved_from = member.key_custody
            s.add(
                RetiredKey(
                    member_id=member.id,
                    key_id=signing.public_key_id(old_public),
                    public_key=old_public,
                    reason="moved-to-device",
                )
            )
        _mark_own_device(
            s,
            member,
            request["algorithm"],
            request["public_key"],
            request["encryption_key"],
            request["request_id"],
        )
        member.certificate_pem = pki.issue_member_certificate(
            committee.ca_certificate_pem,
            committee.ca_private_key_pem,
            member.name,
            member.role,
            request["public_key"],
            committee.name,
            term_end=member.term_end,
        )
        s.add(
            EnrolmentRequest(
                id=request["request_id"],
                member_id=member.id,
                digest=request["digest"],
                safety_number=request["safety_number"],
            )
        )
        key_row = packet_key(s)
        s.flush()
        audit.record(
            s,
            actor,
            "member.key_moved" if moved_from else "member.device_enrolled",
            "member",
            member.id,
            {
                "key": key_id,
                "alg": request["algorithm"],
                "custody": custody.OWN_DEVICE,
                **({"from": moved_from, "old_key": signing.public_key_id(old_public)} if moved_from else {}),
            },
        )
        reply = enrolment.make_reply(
            {
                "request_id": request["request_id"],
                "request_digest": request["digest"],
                "committee": {
                    "id": committee.id,
                    "name": committee.name,
                    "signing": {
                        "alg": key_row.signing_algorithm,
                        "public_key": signing.b64(key_row.signing_public),
                    },
                    "encryption": {
                        "alg": enrolment.X25519,
                        "public_key": signing.b64(key_row.encryption_public),
                    },
                },
                "member": {
                    "id": member.id,
                    "name": member.name,
                    "role": member.role,
                    "signing": {
                        "alg": request["algorithm"],
                        "public_key": signing.b64(request["public_key"]),
                    },
                    "encryption_key": signing.b64(request["encryption_key"]),
                },
                "certificate_pem": member.certificate_pem.decode(),
                "ca_certificate_pem": committee.ca_certificate_pem.decode(),
                "issued_at": signing.iso_now(),
            },
            committee_signer(key_row),
        )
        return EnrolmentResult(
            member.id,
            member.name,
            request["safety_number"],
            enrolment.safety_number(
                key_row.signing_algorithm, key_row.signing_public, key_row.encryption_public
            ),
            moved_from,
            reply,
        )
