"""Registry fixtures: every registry test runs on SQLite, and on PostgreSQL when
QUORUM_TEST_PG_URL is set (each test in a schema of its own, dropped afterwards)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from tests.sync.harness import Registry, demo_source, pg_url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request):
    if request.param == "sqlite":
        yield None
        return
    base = pg_url()
    if not base:
        pytest.skip("QUORUM_TEST_PG_URL is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, poolclass=NullPool)  # each connection closes when returned
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def demo() -> dict:
    return demo_source()


@pytest.fixture
def registry(tmp_path, db_url, demo):
    """A registry with the demo committee enrolled, not yet serving."""
    r = Registry(tmp_path / "registry", db_url)
    r.enrol(demo["keys_file"])
    yield r
    r.close()


@pytest.fixture
def served(registry):
    registry.serve()
    return registry
