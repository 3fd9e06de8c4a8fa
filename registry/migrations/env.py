"""Alembic environment for the registry: runs on the connection registry.store hands over."""

from alembic import context

from registry.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Registry migrations run through registry.store.Store.migrate().")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
