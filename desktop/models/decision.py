"""Decisions, their signatures, expert re-review, the audit trail and the outbox."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), nullable=True)
    procedure: Mapped[str] = mapped_column(String(16))
    decision_type: Mapped[str] = mapped_column(String(32))
    conditions: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    follow_up_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    follow_up_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    tally: Mapped[dict] = mapped_column(JSONText, default=dict)
    status: Mapped[str] = mapped_column(String(16))  # desktop.domain.DecisionStatus
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signer_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class DecisionSignature(Base):
    """Further signatures on a decision (members confirming, secretary attesting)."""

    __tablename__ = "decision_signature"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    meaning: Mapped[str] = mapped_column(String(32))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class RereviewOpinion(Base):
    """The expert re-review opinion (rules.basis.REREVIEW) that finalises a preliminary decision."""

    __tablename__ = "rereview_opinion"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), unique=True)
    authority: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
    agrees: Mapped[bool] = mapped_column(Boolean)
    experts: Mapped[int] = mapped_column(Integer)
    experts_agreeing: Mapped[int] = mapped_column(Integer)
    opinion: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSONText, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class OutboxItem(Base):
    __tablename__ = "outbox_item"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(32), default="decision")
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), nullable=True, unique=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # the canonical bundle
    status: Mapped[str] = mapped_column(String(16), default="waiting", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    receipt: Mapped[dict | None] = mapped_column(JSONText, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Objection(Base):
    """An applicant's objection (申诉) to a decision, reviewed at a later meeting whose decision
    either upholds the old one (same decision type) or replaces it."""

    __tablename__ = "objection"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # upheld | superseded
    review_decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), nullable=True)
