"""Submissions linked to an approved activity (amendments, reports, requests) and the simplified
procedure's signed opinions on them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class Submission(Base):
    __tablename__ = "submission"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # desktop.domain.SubmissionKind
    reference: Mapped[str] = mapped_column(String(80), unique=True)  # e.g. C-1/AM-1
    summary: Mapped[str] = mapped_column(Text, default="")
    major: Mapped[bool] = mapped_column(Boolean, default=False)
    event_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # adverse event, deviation
    materials: Mapped[list] = mapped_column(JSONText, default=list)  # ids from rules.lifecycle.MATERIALS
    procedure: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)  # received, decided
    standing_before: Mapped[str] = mapped_column(String(32))
    standing_after: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), nullable=True, unique=True)
    received_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SubmissionOpinion(Base):
    """A reviewer's signed opinion under the simplified procedure (basis.SIMPLIFIED)."""

    __tablename__ = "submission_opinion"
    __table_args__ = (UniqueConstraint("submission_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    submission_id: Mapped[str] = mapped_column(ForeignKey("submission.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    choice: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
