"""The registry's tables (SQLAlchemy 2). Times are stored as ISO-8601 UTC text so SQLite and
PostgreSQL give back the same strings that go into signed receipts."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Committee(Base):
    __tablename__ = "committee"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text)
    registration_number: Mapped[str] = mapped_column(String(64))
    ca_certificate_pem: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, revoked
    enrolled_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # closing.exported_at of the newest keys file applied; an older one is refused
    keys_exported_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # the regime of the charter in the newest keys file applied; bundles must judge under it
    regime: Mapped[str] = mapped_column(String(8), default="STER", server_default="STER")


class CommitteeKey(Base):
    """A member's key (Ed25519 or ECDSA P-256) as the committee enrolled it, with what the quorum
    rules need."""

    __tablename__ = "committee_key"
    __table_args__ = (UniqueConstraint("committee_id", "member_id", "key_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"), index=True)
    member_id: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    # desktop.custody algorithm name (migration 0004); keys enrolled before it are Ed25519
    algorithm: Mapped[str] = mapped_column(String(16), default="ed25519", server_default="ed25519")
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    backgrounds: Mapped[str] = mapped_column(Text)  # JSON list
    external: Mapped[bool] = mapped_column(Boolean)
    gender: Mapped[str] = mapped_column(String(16))
    certificate_pem: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, retired, revoked
    added_at: Mapped[str] = mapped_column(String(32))
    retired_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # when the vault made the key, as the CA-signed keys file declares (null: enrolled before 0002)
    created_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ClosingStatement(Base):
    """A statement a key signed before it was retired and that the registry had not yet logged:
    listed in the closing manifest of the keys file that retired it (docs/registry.md)."""

    __tablename__ = "closing_statement"

    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    statement_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    listed_at: Mapped[str] = mapped_column(String(32))


class LogEntry(Base):
    """One accepted bundle: leaf ``leaf_index`` of the log. Never updated or deleted."""

    __tablename__ = "log_entry"
    # a case's current decision is looked up on every ingest (registry.admission)
    __table_args__ = (Index("ix_log_entry_committee_case", "committee_id", "case_id"),)

    leaf_index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    decision_id: Mapped[str] = mapped_column(String(64), unique=True)
    bundle_hash: Mapped[str] = mapped_column(String(64), unique=True)
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"), index=True)
    case_id: Mapped[str] = mapped_column(String(64))
    decision_type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    supersedes: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    bundle: Mapped[bytes] = mapped_column(LargeBinary)
    receipt: Mapped[bytes] = mapped_column(LargeBinary)  # canonical JSON, returned byte for byte
    public: Mapped[str] = mapped_column(Text)  # JSON: the public metadata for look-ups
    accepted_at: Mapped[str] = mapped_column(String(32))
    via: Mapped[str] = mapped_column(String(8))  # http, usb


class MerkleNode(Base):
    """Hash of the perfect subtree of 2**level leaves starting at leaf idx * 2**level."""

    __tablename__ = "merkle_node"

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary)


class TreeHead(Base):
    """Every signed tree head the registry issued: one per batch of accepted bundles."""

    __tablename__ = "tree_head"

    tree_size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root_hash: Mapped[bytes] = mapped_column(LargeBinary)
    timestamp: Mapped[str] = mapped_column(String(32))
    signed: Mapped[str] = mapped_column(Text)  # canonical JSON {"tree_head": ..., "signature": ...}


class LogState(Base):
    """A single row locked while appending, so concurrent writers take turns (PostgreSQL)."""

    __tablename__ = "log_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BigInteger, default=0)


class CarryImport(Base):
    """A USB carry file that was imported, for the operator's record."""

    __tablename__ = "carry_import"

    export_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"))
    imported_at: Mapped[str] = mapped_column(String(32))
    accepted: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)


class AuditHead(Base):
    """A committee's audit-trail head as a signed bundle or USB manifest showed it: the registry
    witnesses it, so the committee's trail can no longer be cut or rewritten below it unseen."""

    __tablename__ = "audit_head"
    __table_args__ = (UniqueConstraint("committee_id", "source", "source_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))  # bundle, export
    source_id: Mapped[str] = mapped_column(String(64))  # the decision id or the export id
    signer_id: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[str] = mapped_column(String(32))
    logged_at: Mapped[str] = mapped_column(String(32))
