"""revoked member certificates, and the signed PDFs the committee issued

Revision ID: 0007
Revises: 0011_case_status_due
Create Date: 2026-11-29 09:45:00

Issued PDFs are kept so a timestamp and validation material (PAdES B-LT/B-LTA) can be added
once the registry's timestamp authority is reachable. Creates tables only, so it can follow
any earlier revision: re-chaining it means changing ``down_revision`` alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0011_case_status_due"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_revocation",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=False),
        sa.Column("certificate_sha256", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_certificate_revocation_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_revocation")),
        sa.UniqueConstraint("serial", name=op.f("uq_certificate_revocation_serial")),
    )
    op.create_index(
        op.f("ix_certificate_revocation_member_id"), "certificate_revocation", ["member_id"], unique=False
    )
    op.create_table(
        "issued_document",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("decision_id", sa.String(length=32), nullable=True),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("timestamped_at", sa.DateTime(), nullable=True),
        sa.Column("timestamp_authority", sa.Text(), nullable=False),
        sa.Column("prepared_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("prepared", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_issued_document_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )
    op.create_index(op.f("ix_issued_document_entity_id"), "issued_document", ["entity_id"], unique=False)
    op.create_index(op.f("ix_issued_document_decision_id"), "issued_document", ["decision_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_issued_document_decision_id"), table_name="issued_document")
    op.drop_index(op.f("ix_issued_document_entity_id"), table_name="issued_document")
    op.drop_table("issued_document")
    op.drop_index(op.f("ix_certificate_revocation_member_id"), table_name="certificate_revocation")
    op.drop_table("certificate_revocation")
