"""Review packets and members' own devices (docs/packet-format.md).

Committee vault: the committee's packet key, members' device keys, enrolment requests,
packets issued, responses imported and the signed statements they carried. Member vault: the
member's own identity (keys made there), packets received and the member's signed work.
Which kind a vault is follows from which rows it holds (desktop.services.member_vault.vault_kind).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, JSONText, UTCDateTime, new_id, utcnow

# -- committee vault -------------------------------------------------------------------------


class CommitteePacketKey(Base):
    """The committee's own keys for packets: it signs packets, replies and revocations, and
    members seal their responses to its X25519 key. Kept inside the encrypted database."""

    __tablename__ = "committee_packet_key"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    signing_algorithm: Mapped[str] = mapped_column(String(16))
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)  # PKCS#8 DER
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_private: Mapped[bytes] = mapped_column(LargeBinary)  # X25519 raw
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MemberDevice(Base):
    """A member who signs on their own device: the key's algorithm and custody, and the X25519
    key packets are sealed to. (Maps onto the custody branch's member.key_algorithm/key_custody.)"""

    __tablename__ = "member_device"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), primary_key=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    custody: Mapped[str] = mapped_column(String(16))
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary)
    request_id: Mapped[str] = mapped_column(String(32))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RetiredKey(Base):
    """A signing key a member no longer uses; work signed with it is refused."""

    __tablename__ = "retired_key"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(16), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    retired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(32))


class EnrolmentRequest(Base):
    __tablename__ = "enrolment_request"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the request's own id
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    safety_number: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PacketIssued(Base):
    __tablename__ = "packet_issued"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the packet id
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ResponseImported(Base):
    __tablename__ = "response_imported"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the response id
    packet_id: Mapped[str] = mapped_column(ForeignKey("packet_issued.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    statements: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportedStatement(Base):
    """A member's signed declaration, checklist answer or comment, kept as signed."""

    __tablename__ = "imported_statement"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    response_id: Mapped[str] = mapped_column(ForeignKey("response_imported.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), nullable=True, index=True)
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


# -- member vault ----------------------------------------------------------------------------


class MemberIdentity(Base):
    """The one member whose vault this is: keys made here and never exported."""

    __tablename__ = "member_identity"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text)
    signing_algorithm: Mapped[str] = mapped_column(String(16))
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)  # PKCS#8 DER
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_private: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    request_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    member_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    role: Mapped[str] = mapped_column(String(16), default="")
    committee_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    committee_name: Mapped[str] = mapped_column(Text, default="")
    committee_signing_algorithm: Mapped[str] = mapped_column(String(16), default="")
    committee_signing_public: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    committee_encryption_public: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    certificate_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    ca_certificate_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ReceivedPacket(Base):
    """A packet this member received. The row outlives the contents: its id refuses replays.
    ``content_key`` None means the packet was shredded (expired or revoked)."""

    __tablename__ = "received_packet"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the packet id
    meeting_id: Mapped[str] = mapped_column(String(32), index=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16))  # held, expired, revoked
    content_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    parts: Mapped[list] = mapped_column(JSONText, default=list)  # [[offset, sealed, plain]]
    store_name: Mapped[str | None] = mapped_column(String(40), nullable=True)
    wiped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ReviewStatement(Base):
    """The member's signed work on a packet; signing again replaces the earlier answer."""

    __tablename__ = "review_statement"
    __table_args__ = (UniqueConstraint("packet_id", "case_id", "kind", "item"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    packet_id: Mapped[str] = mapped_column(ForeignKey("received_packet.id"), index=True)
    case_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # declaration, checklist, comment
    item: Mapped[str] = mapped_column(String(128), default="")
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
