"""Cases under review and their documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class Case(Base):
    __tablename__ = "case_file"
    # (sort column, id) indexes for keyset paging of the case table (migration 0002_case_sort)
    __table_args__ = (
        *(
            Index(f"ix_case_file_{column}_id", column, "id")
            for column in ("title", "applicant", "status", "procedure", "received_on", "due_at")
        ),
        Index("ix_case_file_status_received", "status", "received_on", "id"),  # migration 0005
        Index("ix_case_file_status_due", "status", "due_at"),  # the dashboard's deadlines (0011)
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"))
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    applicant: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    domains: Mapped[list] = mapped_column(JSONText, default=list)  # [Domain]
    involves_humans: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_level: Mapped[str] = mapped_column(String(16))
    ai_risk_tier: Mapped[str | None] = mapped_column(String(16), nullable=True)
    rereview_items: Mapped[list] = mapped_column(JSONText, default=list)  # STER annex ids
    is_minor_amendment: Mapped[bool] = mapped_column(Boolean, default=False)
    public_emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    procedure: Mapped[str] = mapped_column(String(16))
    materials: Mapped[list] = mapped_column(JSONText, default=list)  # basis.MATERIALS ids provided
    received_on: Mapped[date] = mapped_column(Date)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    documents: Mapped[list[Document]] = relationship(back_populates="case", order_by="Document.created_at")
    reviewers: Mapped[list[CaseReviewer]] = relationship(cascade="all, delete-orphan")


class CaseReviewer(Base):
    __tablename__ = "case_reviewer"
    __table_args__ = (UniqueConstraint("case_id", "member_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))


class Document(Base):
    __tablename__ = "document"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="attachment")  # protocol, consent, note...
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="documents")
    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document", order_by="DocumentVersion.number"
    )


class DocumentVersion(Base):
    __tablename__ = "document_version"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    blob_id: Mapped[str] = mapped_column(String(32), unique=True)
    blob_key: Mapped[bytes] = mapped_column(LargeBinary)
    chunk_size: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(128))
    original_name: Mapped[str] = mapped_column(Text)
    imported_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="versions")


class DeadlineExtension(Base):
    """The decision limit extended in a special case, with the new limit and the reason stated
    (``basis.TIME_LIMIT``). ``case_file.due_at`` holds the current limit; rows keep the history."""

    __tablename__ = "deadline_extension"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    previous_due: Mapped[datetime] = mapped_column(UTCDateTime)
    new_due: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RereviewDetermination(Base):
    """The committee's signed determination whether a case that matches the expert re-review
    list is on it (``basis.REREVIEW_LIST``); the reason is required when it is not."""

    __tablename__ = "rereview_determination"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    on_list: Mapped[bool] = mapped_column(Boolean)
    items: Mapped[list] = mapped_column(JSONText, default=list)  # list ids it matched or is on
    reason: Mapped[str] = mapped_column(Text, default="")
    signer_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    determined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
