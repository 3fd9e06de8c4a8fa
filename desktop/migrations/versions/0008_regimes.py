"""deadline extensions, expert re-review determinations, members recorded as not voting, objections

Revision ID: 0008
Revises: 0009
Create Date: 2026-11-29 09:30:00

Numbered 0008 so parallel branches can land 0006/0007 first; the lead re-chains
down_revision onto main's head at merge.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deadline_extension",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("previous_due", sa.DateTime(), nullable=False),
        sa.Column("new_due", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_deadline_extension_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_extension")),
    )
    with op.batch_alter_table("deadline_extension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadline_extension_case_id"), ["case_id"], unique=False)

    op.create_table(
        "rereview_determination",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("on_list", sa.Boolean(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signer_id", sa.String(length=32), nullable=False),
        sa.Column("determined_at", sa.DateTime(), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_rereview_determination_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["signer_id"], ["member.id"], name=op.f("fk_rereview_determination_signer_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rereview_determination")),
    )
    with op.batch_alter_table("rereview_determination", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rereview_determination_case_id"), ["case_id"], unique=False)

    op.create_table(
        "not_voting",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_not_voting_case_id_case_file")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_not_voting_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_not_voting_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_voting")),
        sa.UniqueConstraint("meeting_id", "case_id", "member_id", name=op.f("uq_not_voting_meeting_id")),
    )
    with op.batch_alter_table("not_voting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_not_voting_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "objection",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.String(length=32), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("review_decision_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_objection_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["review_decision_id"], ["decision.id"], name=op.f("fk_objection_review_decision_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection")),
    )
    with op.batch_alter_table("objection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objection_decision_id"), ["decision_id"], unique=False)


def downgrade() -> None:
    op.drop_table("objection")
    op.drop_table("not_voting")
    op.drop_table("rereview_determination")
    op.drop_table("deadline_extension")
