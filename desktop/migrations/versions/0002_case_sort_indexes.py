"""indexes for paging the case table by each sort column

Revision ID: 0002_case_sort
Revises: 0001
Create Date: 2026-11-26 22:00:00

Keyset pages (desktop.services.case_search) seek an index on (sort column, id), so a page
deep in a register of 100,000 cases costs the same as the first.
"""

from alembic import op

revision = "0002_case_sort"
down_revision = "0001"
branch_labels = None
depends_on = None

SORT_COLUMNS = ("title", "applicant", "status", "procedure", "received_on", "due_at")


def upgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        for column in SORT_COLUMNS:
            batch_op.create_index(f"ix_case_file_{column}_id", [column, "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        for column in SORT_COLUMNS:
            batch_op.drop_index(f"ix_case_file_{column}_id")
