"""members' key algorithm and custody

Revision ID: 0006
Revises: 0007
Create Date: 2026-11-29 09:40:00

Members now sign with Ed25519 (every key enrolled before) or ECDSA P-256 (new keys, tokens),
held on the shared laptop, on their own device or on a PKCS#11 token (issue 9). Existing rows
are Ed25519 keys sealed on the shared laptop, except members whose key moved to their own
device (migration 0009 recorded those in member_device). Chained after 0007, main's head at merge.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("key_algorithm", sa.String(16), nullable=False, server_default="ed25519"))
        batch.add_column(
            sa.Column("key_custody", sa.String(16), nullable=False, server_default="shared-laptop")
        )
        batch.add_column(sa.Column("key_reference", sa.Text(), nullable=True))
    op.execute(
        "UPDATE member SET"
        " key_algorithm = (SELECT d.algorithm FROM member_device d WHERE d.member_id = member.id),"
        " key_custody = (SELECT d.custody FROM member_device d WHERE d.member_id = member.id)"
        " WHERE id IN (SELECT member_id FROM member_device)"
    )


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_column("key_reference")
        batch.drop_column("key_custody")
        batch.drop_column("key_algorithm")
