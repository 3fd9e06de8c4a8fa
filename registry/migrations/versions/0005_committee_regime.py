"""the regime each committee's enrolled charter names (STER, LSMR or both)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 11:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # committees enrolled before keys files named a regime review under STER
    with op.batch_alter_table("committee") as batch:
        batch.add_column(sa.Column("regime", sa.String(length=8), nullable=False, server_default="STER"))


def downgrade() -> None:
    with op.batch_alter_table("committee") as batch:
        batch.drop_column("regime")
