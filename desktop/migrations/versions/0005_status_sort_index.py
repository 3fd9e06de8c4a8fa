"""index for the case table filtered by status in its default order

Revision ID: 0005_status_sort
Revises: 0004_case_text
Create Date: 2026-11-26 23:25:00

The most common view (cases of one status, newest received first) seeks this index and
reads one page, instead of sorting every case of that status.
"""

from alembic import op

revision = "0005_status_sort"
down_revision = "0004_case_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_case_file_status_received ON case_file (status, received_on, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_case_file_status_received")
