"""The committee CA's word on members' certificates: revocation and the revocation list (CRL).

A certificate is revoked when a member leaves or loses their key; the time given is when the
CA stops vouching for it (for a lost key, when it was lost, which may be earlier than today).
Signatures made before that time stay valid when a timestamp proves they were made before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, pki
from desktop.errors import ValidationError
from desktop.models import CertificateRevocation, Member
from desktop.services.committee import load_committee
from desktop.services.members import load_member
from desktop.vault import Vault


@dataclass(frozen=True)
class RevocationView:
    member_id: str
    member_name: str
    serial: str
    reason: str
    revoked_at: datetime


def _cert_sha256(pem: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return hashlib.sha256(
        x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    ).hexdigest()


def revocation_of(session: Session, certificate_pem: bytes) -> CertificateRevocation | None:
    """The revocation of this certificate, if the CA revoked it."""
    serial = format(pki.certificate_serial(certificate_pem), "x")
    return session.execute(
        select(CertificateRevocation).where(CertificateRevocation.serial == serial)
    ).scalar_one_or_none()


def revoke_certificate(
    vault: Vault,
    member_id: str,
    reason: str,
    at: datetime | None = None,
    note: str = "",
    actor: str = "secretary",
) -> RevocationView:
    """Revoke the member's current certificate from ``at`` (default now); a time in the future is refused."""
    if reason not in pki.REASONS:
        raise ValidationError(
            "Unknown revocation reason {reason!r}; use one of: {allowed}.",
            reason=reason,
            allowed=", ".join(pki.REASONS),
        )
    now = datetime.now(UTC)
    at = (at or now).astimezone(UTC).replace(microsecond=0)
    if at > now:
        raise ValidationError("A certificate cannot be revoked from a time in the future.")
    with vault.session() as s:
        member = load_member(s, member_id)
        if not member.certificate_pem:
            raise ValidationError(
                "{name} has no certificate to revoke.", name=member.name, name_en=member.name_en
            )
        if revocation_of(s, member.certificate_pem) is not None:
            raise ValidationError(
                "{name}'s certificate is already revoked.", name=member.name, name_en=member.name_en
            )
        row = CertificateRevocation(
            member_id=member.id,
            serial=format(pki.certificate_serial(member.certificate_pem), "x"),
            certificate_sha256=_cert_sha256(member.certificate_pem),
            reason=reason,
            revoked_at=at,
            recorded_by=actor,
            note=note.strip(),
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "certificate.revoke",
            "member",
            member.id,
            {"serial": row.serial, "reason": reason, "revoked_at": at.isoformat()},
        )
        return RevocationView(member.id, member.name, row.serial, reason, at)


def list_revocations(vault: Vault) -> list[RevocationView]:
    """Every revoked member certificate, oldest first, with the member's name and the reason."""
    with vault.session() as s:
        rows = s.execute(
            select(CertificateRevocation, Member.name)
            .join(Member, Member.id == CertificateRevocation.member_id)
            .order_by(CertificateRevocation.revoked_at)
        ).all()
        return [RevocationView(r.member_id, name, r.serial, r.reason, r.revoked_at) for r, name in rows]


def crl_in(session: Session, now: datetime | None = None) -> bytes:
    """A freshly signed CRL (DER) listing every revoked member certificate."""
    committee = load_committee(session)
    now = now or datetime.now(UTC)
    revoked = [
        pki.Revoked(int(r.serial, 16), r.revoked_at, r.reason)
        for r in session.execute(select(CertificateRevocation)).scalars()
    ]
    # The CRL number only has to grow (RFC 5280 §5.2.3): the issuing second does.
    return pki.build_crl(
        committee.ca_certificate_pem, committee.ca_private_key_pem, revoked, int(now.timestamp()), now
    )


def current_crl(vault: Vault, actor: str = "secretary") -> bytes:
    """Issue the committee CA's CRL now (DER) and note it in the audit trail."""
    with vault.session() as s:
        der = crl_in(s)
        audit.record(
            s,
            actor,
            "certificate.crl",
            "committee",
            load_committee(s).id,
            {"sha256": hashlib.sha256(der).hexdigest()},
        )
        return der
