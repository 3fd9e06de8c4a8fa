"""index for the dashboard's deadlines: cases of the awaiting statuses by due date

Revision ID: 0011_case_status_due
Revises: 0010_lifecycle
Create Date: 2026-11-29 10:25:00

The dashboard asks for accepted or in-review cases due before a horizon at every start. With
only the status index, SQLite reads every case of those statuses to look at its due date; this
index answers from the index alone.
"""

from alembic import op

revision = "0011_case_status_due"
down_revision = "0010_lifecycle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_case_file_status_due ON case_file (status, due_at)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_case_file_status_due")
