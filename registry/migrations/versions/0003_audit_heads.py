"""the audit heads each committee's bundles and USB manifests witnessed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("signer_id", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.Column("logged_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_audit_head_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
        sa.UniqueConstraint("committee_id", "source", "source_id", name=op.f("uq_audit_head_committee_id")),
    )
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_head_committee_id"), ["committee_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_head_committee_id"))
    op.drop_table("audit_head")
