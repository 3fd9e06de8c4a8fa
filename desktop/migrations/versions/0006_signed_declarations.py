"""declarations and checklist answers carry the member's signed statement

Revision ID: 0006_signed_declarations
Revises: 0005_status_sort
Create Date: 2026-11-29 09:40:00

Rows written before this revision stay unsigned (NULL); every new one is signed with the
member's PIN key, and its statement witnesses the audit head (docs/audit-trail.md).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_signed_declarations"
down_revision = "0005_status_sort"
branch_labels = None
depends_on = None

TABLES = ("declaration", "checklist_response")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("statement", sa.LargeBinary(), nullable=True))
            batch.add_column(sa.Column("signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("signature")
            batch.drop_column("statement")
