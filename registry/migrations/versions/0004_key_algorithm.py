"""member keys name their signature algorithm

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 09:50:00

Members may now sign with ECDSA P-256 (tokens, PDF readers) as well as Ed25519 (issue 9).
Keys enrolled before are Ed25519.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committee_key") as batch:
        batch.add_column(sa.Column("algorithm", sa.String(16), nullable=False, server_default="ed25519"))


def downgrade() -> None:
    with op.batch_alter_table("committee_key") as batch:
        batch.drop_column("algorithm")
