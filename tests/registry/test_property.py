"""Property test: random and mutated bundles thrown at the live API never get a 5xx, and
nothing but the committee's genuine bundles is ever accepted."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from desktop import signing
from registry.models import LogEntry
from tests.sync.harness import Registry, demo_source, pg_url

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def encode(value) -> bytes:
    try:
        return signing.canonical(value)
    except Exception:  # values RFC 8785 cannot hold still make a fine garbage body
        return json.dumps(value).encode()


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


@st.composite
def mutated_bundle(draw):
    bundles = demo_source()["bundles"]
    original = bundles[draw(st.integers(0, len(bundles) - 1))]
    kind = draw(st.sampled_from(["structure", "statement", "bytes"]))
    if kind == "bytes":
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["flip", "drop", "insert"]))
            if op == "flip":
                data[i] ^= 1 << draw(st.integers(0, 7))
            elif op == "drop":
                del data[i]
            else:
                data.insert(i, draw(st.integers(0, 255)))
        return bytes(data)
    bundle = json.loads(original)
    target = bundle
    if kind == "statement":  # mutate inside a signed statement, keeping it canonical
        section = draw(st.sampled_from(["decision", "votes", "attendance"]))
        entry = bundle[section] if section == "decision" else draw(st.sampled_from(bundle[section]))
        target = json.loads(entry["statement"])
    path = draw(st.sampled_from([p for p in paths(target) if p]))
    parent = target
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif action == "add" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=8))] = draw(JSON)
    elif action == "add" and isinstance(parent, list):
        parent.append(draw(JSON))
    else:
        parent[path[-1]] = draw(JSON)
    if kind == "statement":
        entry["statement"] = encode(target).decode("utf-8", "replace")
    return encode(bundle)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def live(request, tmp_path_factory):
    """A registry holding the first demo bundle; the other two are never sent whole."""
    url, schema, admin = None, None, None
    if request.param == "postgresql":
        if not pg_url():
            pytest.skip("QUORUM_TEST_PG_URL is not set")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(pg_url(), poolclass=NullPool)  # each connection closes when returned
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        url = f"{pg_url()}{'&' if '?' in pg_url() else '?'}options=-csearch_path%3D{schema}"
    demo = demo_source()
    registry = Registry(tmp_path_factory.mktemp("property"), url)
    registry.enrol(demo["keys_file"])
    registry.serve()
    assert httpx.post(f"{registry.url}/v1/bundles", content=demo["bundles"][0]).status_code == 201
    with httpx.Client(base_url=registry.url) as client:
        yield registry, client
    with registry.store.session() as s:  # after all the garbage the log holds genuine bundles only
        stored = list(s.execute(select(LogEntry.bundle)).scalars())
    assert stored and all(b in demo["bundles"] for b in stored)
    registry.close()
    if admin is not None:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def check(client: httpx.Client, body: bytes) -> None:
    response = client.post("/v1/bundles", content=body, headers={"content-type": "application/json"})
    assert response.status_code < 500, response.text
    if body in demo_source()["bundles"]:
        return
    assert 400 <= response.status_code < 500, "a bundle that is not genuine was accepted"
    reason = response.json()
    assert isinstance(reason["error"], str) and reason["reason"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=mutated_bundle())
def test_mutated_bundles_are_refused_without_server_errors(live, body):
    check(live[1], body)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.binary(max_size=300), JSON.map(encode)))
def test_random_bodies_are_refused_without_server_errors(live, body):
    check(live[1], body)
