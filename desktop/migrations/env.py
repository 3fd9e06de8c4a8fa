"""Alembic environment: runs on the connection the vault hands over."""

from alembic import context

from desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Quorum migrations run only through desktop.vault (the database is encrypted).")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
