"""relied-upon decisions of other committees (quorum import-decision)

Revision ID: 0003_relied_decision
Revises: 0002_case_sort
Create Date: 2026-11-26 22:10:00

Meant as revision 0002; chained after 0002_case_sort, which landed first, so the
history keeps a single head.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_relied_decision"
down_revision = "0002_case_sort"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relied_decision",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.String(length=64), nullable=False),
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("committee_name", sa.Text(), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=False),
        sa.Column("case_reference", sa.String(length=64), nullable=False),
        sa.Column("case_title", sa.Text(), nullable=False),
        sa.Column("decision_type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.Column("bundle", sa.LargeBinary(), nullable=False),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.Column("leaf_index", sa.Integer(), nullable=False),
        sa.Column("tree_size", sa.Integer(), nullable=False),
        sa.Column("registry_log_id", sa.String(length=16), nullable=False),
        sa.Column("local_case_id", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_case_id"], ["case_file.id"], name=op.f("fk_relied_decision_local_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relied_decision")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_relied_decision_decision_id")),
    )


def downgrade() -> None:
    op.drop_table("relied_decision")
