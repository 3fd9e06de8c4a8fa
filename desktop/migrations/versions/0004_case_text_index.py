"""full-text index over case reference, title and applicant

Revision ID: 0004_case_text
Revises: 0003_relied_decision
Create Date: 2026-11-26 23:15:00

A trigram FTS5 index (inside the encrypted database) answers substring searches of three
or more characters without scanning every case; triggers keep it in step with the table.
"""

from alembic import op

revision = "0004_case_text"
down_revision = "0003_relied_decision"
branch_labels = None
depends_on = None

COLUMNS = "reference, title, applicant"


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE case_text USING fts5({COLUMNS}, content='case_file', content_rowid='rowid', "
        "tokenize='trigram')"
    )
    op.execute(f"INSERT INTO case_text(rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM case_file")
    old = "old.rowid, old.reference, old.title, old.applicant"
    new = "new.rowid, new.reference, new.title, new.applicant"
    op.execute(
        f"CREATE TRIGGER case_text_insert AFTER INSERT ON case_file BEGIN "
        f"INSERT INTO case_text(rowid, {COLUMNS}) VALUES ({new}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_text_delete AFTER DELETE ON case_file BEGIN "
        f"INSERT INTO case_text(case_text, rowid, {COLUMNS}) VALUES ('delete', {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_text_update AFTER UPDATE OF {COLUMNS} ON case_file BEGIN "
        f"INSERT INTO case_text(case_text, rowid, {COLUMNS}) VALUES ('delete', {old}); "
        f"INSERT INTO case_text(rowid, {COLUMNS}) VALUES ({new}); END"
    )


def downgrade() -> None:
    for trigger in ("case_text_insert", "case_text_delete", "case_text_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_text")
