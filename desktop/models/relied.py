"""Other committees' decisions this committee relies on (mutual recognition,
rules.basis.MUTUAL_RECOGNITION)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow


class ReliedDecision(Base):
    """A verified bundle with its registry receipt, kept exactly as received."""

    __tablename__ = "relied_decision"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    decision_id: Mapped[str] = mapped_column(String(64), unique=True)
    committee_id: Mapped[str] = mapped_column(String(64))
    committee_name: Mapped[str] = mapped_column(Text)
    registration_number: Mapped[str] = mapped_column(String(64), default="")
    case_reference: Mapped[str] = mapped_column(String(64))
    case_title: Mapped[str] = mapped_column(Text)
    decision_type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[str] = mapped_column(String(32))
    bundle: Mapped[bytes] = mapped_column(LargeBinary)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    receipt: Mapped[dict] = mapped_column(JSONText)
    leaf_index: Mapped[int] = mapped_column(Integer)
    tree_size: Mapped[int] = mapped_column(Integer)
    registry_log_id: Mapped[str] = mapped_column(String(16))
    local_case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
