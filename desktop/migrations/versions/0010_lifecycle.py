"""submissions linked to an approved activity, and the simplified procedure's signed opinions

Revision ID: 0010_lifecycle
Revises: 0008
Create Date: 2026-11-29 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_lifecycle"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submission",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reference", sa.String(80), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("major", sa.Boolean(), nullable=False),
        sa.Column("event_on", sa.Date(), nullable=True),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("procedure", sa.String(16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("standing_before", sa.String(32), nullable=False),
        sa.Column("standing_after", sa.String(32), nullable=True),
        sa.Column("decision_id", sa.String(32), nullable=True),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name="fk_submission_case_id_case_file"),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"], name="fk_submission_decision_id_decision"),
        sa.PrimaryKeyConstraint("id", name="pk_submission"),
        sa.UniqueConstraint("reference", name="uq_submission_reference"),
        sa.UniqueConstraint("decision_id", name="uq_submission_decision_id"),
    )
    op.create_index("ix_submission_case_id", "submission", ["case_id"])
    op.create_index("ix_submission_due_on", "submission", ["due_on"])
    op.create_index("ix_submission_status", "submission", ["status"])
    op.create_table(
        "submission_opinion",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("submission_id", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("choice", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name="fk_submission_opinion_submission_id_submission"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name="fk_submission_opinion_member_id_member"),
        sa.PrimaryKeyConstraint("id", name="pk_submission_opinion"),
        sa.UniqueConstraint("submission_id", "member_id", name="uq_submission_opinion_submission_id"),
    )
    op.create_index("ix_submission_opinion_submission_id", "submission_opinion", ["submission_id"])


def downgrade() -> None:
    op.drop_index("ix_submission_opinion_submission_id", "submission_opinion")
    op.drop_table("submission_opinion")
    op.drop_index("ix_submission_status", "submission")
    op.drop_index("ix_submission_due_on", "submission")
    op.drop_index("ix_submission_case_id", "submission")
    op.drop_table("submission")
