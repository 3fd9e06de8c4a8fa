"""The committee, its members and their training."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class Committee(Base):
    __tablename__ = "committee"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text)
    registration_number: Mapped[str] = mapped_column(String(64), default="")
    jurisdiction: Mapped[str] = mapped_column(String(64), default="")
    charter: Mapped[dict] = mapped_column(JSONText, default=dict)  # desktop.rules.Charter.to_dict()
    settings: Mapped[dict] = mapped_column(JSONText, default=dict)
    # The committee's own certificate authority; the key is safe inside the encrypted db.
    ca_certificate_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    ca_private_key_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Member(Base):
    __tablename__ = "member"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"))
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16))  # desktop.domain.Role
    backgrounds: Mapped[list] = mapped_column(JSONText, default=list)  # [Background]
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    gender: Mapped[str] = mapped_column(String(8))
    affiliation: Mapped[str] = mapped_column(Text, default="")
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # encoded as desktop.custody says
    # desktop.custody algorithm and custody names (migration 0006); older rows: Ed25519, shared laptop
    key_algorithm: Mapped[str] = mapped_column(String(16), default="ed25519", server_default="ed25519")
    key_custody: Mapped[str] = mapped_column(
        String(16), default="shared-laptop", server_default="shared-laptop"
    )
    # where a token custodian finds the key: {"module", "token", "key_label"}; never a PIN
    key_reference: Mapped[dict | None] = mapped_column(JSONText, nullable=True)
    # sealed under the member's PIN on the shared laptop; empty for other custodies
    sealed_private_key: Mapped[bytes] = mapped_column(LargeBinary)
    certificate_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    key_created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    vault_slot_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    training: Mapped[list[TrainingRecord]] = relationship(
        back_populates="member", order_by="TrainingRecord.completed_on"
    )


class TrainingRecord(Base):
    __tablename__ = "training_record"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[Member] = relationship(back_populates="training")
