"""Signed documents the committee issued, and member certificates its CA revoked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class IssuedDocument(Base):
    """A signed PDF as issued, kept (inside the encrypted database) so that a timestamp and
    validation material can be added later; ``pdf`` is the latest form, ``signed_pdf`` the original."""

    __tablename__ = "issued_document"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(32))  # decision_letter, minutes, coi_register, ...
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    decision_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    language: Mapped[str] = mapped_column(String(8), default="zh")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))  # of signed_pdf
    signed_pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    level: Mapped[str] = mapped_column(String(8), default="B-B")  # PAdES baseline level of ``pdf``
    timestamped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    timestamp_authority: Mapped[str] = mapped_column(Text, default="")
    # For USB: the next revision with its timestamp's place reserved, waiting for the token
    # the registry returns in the receipts file; {"sha256": hex, "start": n, "end": n}.
    prepared_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    prepared: Mapped[dict | None] = mapped_column(JSONText, nullable=True)


class CertificateRevocation(Base):
    """A member certificate the committee CA no longer vouches for, from ``revoked_at`` on."""

    __tablename__ = "certificate_revocation"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    serial: Mapped[str] = mapped_column(String(64), unique=True)  # hex; serials exceed 64 bits
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(16))  # a key of desktop.pki.REASONS
    revoked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
