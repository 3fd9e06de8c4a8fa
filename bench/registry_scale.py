"""The registry scaled out: two registry processes with two uvicorn workers each, one PostgreSQL,
50 concurrent submitters on 127.0.0.1. Reports throughput (bundles/s, and signatures/s against
the raw Ed25519 verify rate of one core, measured in the same run) and p50/p99 latency.

Needs a PostgreSQL: QUORUM_TEST_PG_URL (as .ci/run exports it); without one it reports nothing.
Each run uses a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Figure

BUNDLES, SUBMITTERS, PROCESSES, WORKERS = 300, 50, 2, 2


def _raw_rate(bundle: bytes) -> float:
    from desktop import custody, signing

    parsed = json.loads(bundle)
    keys = {  # each member's own algorithm (the demo's keys are ECDSA P-256)
        m["id"]: custody.load_public_key(m.get("alg", custody.ED25519), signing.unb64(m["public_key"]))
        for m in parsed["members"]
    }
    pairs = [
        (
            keys[json.loads(x["statement"])["signer"]["id"]],
            signing.unb64(x["signature"]),
            x["statement"].encode(),
        )
        for x in [parsed["decision"], *parsed["votes"], *parsed["attendance"]]
    ]
    start = time.perf_counter()
    for _ in range(100):
        for public, signature, data in pairs:
            custody.verify_loaded(public, signature, data)
    return 100 * len(pairs) / (time.perf_counter() - start), len(pairs)


def run() -> list[Figure]:
    from sqlalchemy import create_engine

    from tests.sync.harness import (
        Registry,
        RegistryProcesses,
        demo_source,
        independent_bundles,
        pg_url,
        submit_concurrently,
    )

    base = pg_url()
    if not base:
        print("  registry_scale: QUORUM_TEST_PG_URL is not set; skipped", file=sys.stderr)
        return []
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        bundles = independent_bundles(BUNDLES)
        with tempfile.TemporaryDirectory() as tmp:
            setup = Registry(Path(tmp) / "registry", url)
            setup.enrol(demo_source()["keys_file"])
            setup.close()
            servers = RegistryProcesses(Path(tmp) / "registry", url, count=PROCESSES, workers=WORKERS)
            try:
                result = submit_concurrently(servers.urls, bundles, SUBMITTERS, deadline_s=300)
            finally:
                servers.stop()
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    accepted = sum(1 for _, status, _ in result["answers"] if status == 201)
    if accepted != BUNDLES:
        raise RuntimeError(f"only {accepted} of {BUNDLES} bundles were accepted")
    raw, signatures = _raw_rate(bundles[0])
    latencies = sorted(result["latencies"])
    rate = BUNDLES * signatures / result["elapsed"]
    fig = Figure(
        f"registry on PostgreSQL, {PROCESSES}x{WORKERS} workers, {SUBMITTERS} submitters, sig/s",
        rate,
        raw,
        "sig/s",
        "report (vs 1-core raw verify)",
        notes={
            "bundles_per_s": round(BUNDLES / result["elapsed"], 1),
            "p50_ms": round(1000 * statistics.median(latencies), 1),
            "p99_ms": round(1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))], 1),
            "bundles": BUNDLES,
            "cpus": os.cpu_count(),
        },
    )
    fig.ratio = rate / raw
    fig.met = True  # a report, not a target: the target is the in-process ingest figure
    return [fig]


if __name__ == "__main__":
    for figure in run():
        print(figure)
