"""registry clock: key creation times, closing manifests, newest keys file, case index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 09:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("keys_exported_at", sa.String(length=32), nullable=True))
    with op.batch_alter_table("committee_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_at", sa.String(length=32), nullable=True))
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.create_index("ix_log_entry_committee_case", ["committee_id", "case_id"], unique=False)
    op.create_table(
        "closing_statement",
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("statement_hash", sa.String(length=64), nullable=False),
        sa.Column("listed_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_closing_statement_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint(
            "committee_id", "member_id", "key_id", "statement_hash", name=op.f("pk_closing_statement")
        ),
    )


def downgrade() -> None:
    op.drop_table("closing_statement")
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_log_entry_committee_case")
    with op.batch_alter_table("committee_key", schema=None) as batch_op:
        batch_op.drop_column("created_at")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_column("keys_exported_at")
