"""The registry's migrated schema matches its models (on SQLite, and on PostgreSQL when configured)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from registry.models import Base
from registry.store import open_store, sqlite_url


def test_the_migrated_registry_schema_matches_the_models(tmp_path, db_url):
    store = open_store(db_url or sqlite_url(tmp_path / "registry.db"))
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() is not None
    finally:
        store.close()
