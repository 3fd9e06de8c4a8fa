"""Meetings and what happens in them: attendance, declarations, checklists, notes, votes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, new_id, utcnow


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"))
    title: Mapped[str] = mapped_column(Text, default="")
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(Text, default="")
    video: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="planned")  # planned, open, closed
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    position: Mapped[int] = mapped_column(Integer)


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    statement: Mapped[bytes] = mapped_column(LargeBinary)  # canonical JSON signed with the PIN key
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class Declaration(Base):
    """A member's conflict-of-interest declaration for one case (recusal, rules.basis.RECUSAL)."""

    __tablename__ = "declaration"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    has_conflict: Mapped[bool] = mapped_column(Boolean)
    statement_text: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Signed with the member's PIN key; NULL only on rows from before revision 0006.
    statement: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ChecklistResponse(Base):
    __tablename__ = "checklist_response"
    __table_args__ = (UniqueConstraint("case_id", "member_id", "item_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), nullable=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    checklist_id: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(128))
    answer: Mapped[str] = mapped_column(String(8))  # desktop.domain.ChecklistAnswer
    choice: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Signed with the member's PIN key; NULL only on rows from before revision 0006.
    statement: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class DiscussionNote(Base):
    __tablename__ = "discussion_note"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Vote(Base):
    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    choice: Mapped[str] = mapped_column(String(32))  # desktop.domain.VoteChoice
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class NotVoting(Base):
    """An eligible member present who did not vote on a case, and why (left the room, ...),
    recorded by the secretary so the decision, minutes and letter can say so."""

    __tablename__ = "not_voting"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
