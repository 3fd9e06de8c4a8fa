"""registry initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 21:44:07.906984
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "committee",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=False),
        sa.Column("ca_certificate_pem", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
    )
    log_state = op.create_table(
        "log_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_state")),
    )
    op.bulk_insert(log_state, [{"id": 1, "size": 0}])  # the row appends lock
    op.create_table(
        "merkle_node",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name=op.f("pk_merkle_node")),
    )
    op.create_table(
        "tree_head",
        sa.Column("tree_size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root_hash", sa.LargeBinary(), nullable=False),
        sa.Column("timestamp", sa.String(length=32), nullable=False),
        sa.Column("signed", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tree_size", name=op.f("pk_tree_head")),
    )
    op.create_table(
        "carry_import",
        sa.Column("export_id", sa.String(length=64), nullable=False),
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_carry_import_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("export_id", name=op.f("pk_carry_import")),
    )
    op.create_table(
        "committee_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("backgrounds", sa.Text(), nullable=False),
        sa.Column("external", sa.Boolean(), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("retired_at", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_committee_key_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_key")),
        sa.UniqueConstraint(
            "committee_id", "member_id", "key_id", name=op.f("uq_committee_key_committee_id")
        ),
    )
    with op.batch_alter_table("committee_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_key_committee_id"), ["committee_id"], unique=False)

    op.create_table(
        "log_entry",
        sa.Column("leaf_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("decision_id", sa.String(length=64), nullable=False),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(), nullable=False),
        sa.Column("committee_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("decision_type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("supersedes", sa.String(length=64), nullable=True),
        sa.Column("bundle", sa.LargeBinary(), nullable=False),
        sa.Column("receipt", sa.LargeBinary(), nullable=False),
        sa.Column("public", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.String(length=32), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_log_entry_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("leaf_index", name=op.f("pk_log_entry")),
        sa.UniqueConstraint("bundle_hash", name=op.f("uq_log_entry_bundle_hash")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_log_entry_decision_id")),
    )
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_log_entry_committee_id"), ["committee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_log_entry_supersedes"), ["supersedes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_entry_supersedes"))
        batch_op.drop_index(batch_op.f("ix_log_entry_committee_id"))

    op.drop_table("log_entry")
    with op.batch_alter_table("committee_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_key_committee_id"))

    op.drop_table("committee_key")
    op.drop_table("carry_import")
    op.drop_table("tree_head")
    op.drop_table("merkle_node")
    op.drop_table("log_state")
    op.drop_table("committee")
