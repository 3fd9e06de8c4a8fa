"""Two registry processes, two uvicorn workers each, one PostgreSQL, 50 concurrent submitters on
127.0.0.1: every bundle is logged once, every receipt verifies, and the registry's audit passes."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from desktop.sync.receipts import verify_receipt
from registry import log
from registry.store import Store
from tests.sync.harness import (
    Registry,
    RegistryProcesses,
    demo_source,
    independent_bundles,
    pg_url,
    submit_concurrently,
)

pytestmark = pytest.mark.postgres
BUNDLES, SUBMITTERS = 150, 50


@pytest.fixture
def pg_schema_url():
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


def test_two_processes_fifty_submitters_one_consistent_log(tmp_path, pg_schema_url):
    setup = Registry(tmp_path / "registry", pg_schema_url)  # migrates, makes the keys, enrols
    setup.enrol(demo_source()["keys_file"])
    log_key = setup.keys.log_public
    setup.close()
    bundles = independent_bundles(BUNDLES)
    servers = RegistryProcesses(tmp_path / "registry", pg_schema_url, count=2, workers=2)
    try:
        run = submit_concurrently(servers.urls, bundles, SUBMITTERS, deadline_s=240)
        again = submit_concurrently(servers.urls[::-1], bundles[:5], 5, deadline_s=60)
    finally:
        servers.stop()

    assert len(run["answers"]) == BUNDLES, "the submitters did not finish in time"
    assert sorted(status for _, status, _ in run["answers"]) == [201] * BUNDLES
    receipts = {i: json.loads(body) for i, _, body in run["answers"]}
    indexes = sorted(verify_receipt(receipts[i], bundles[i], log_key).leaf_index for i in receipts)
    assert indexes == list(range(BUNDLES))
    # the same bundles sent to the other process: the stored receipt, byte for byte
    assert all(status == 200 and json.loads(body) == receipts[i] for i, status, body in again["answers"])
    store = Store(pg_schema_url)
    try:
        with store.session() as s:
            report = log.audit(s, log_key)
            assert log.size(s) == BUNDLES
    finally:
        store.close()
    assert report.ok and report.entries == BUNDLES, report.problems
