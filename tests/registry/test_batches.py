"""Batched ingest: one transaction and one signed tree head per batch, with every refusal rule
kept per bundle; concurrent HTTP submitters grouped into shared batches; cache headers on reads."""

from __future__ import annotations

import gc
import json
import threading
import time
import weakref

import httpx
import pytest
from sqlalchemy import func, select

from bench.ingest import _reissue
from desktop import signing
from desktop.sync.receipts import verify_receipt
from registry import ingest, log
from registry.models import TreeHead
from tests.sync.harness import Forger, independent_bundles


@pytest.fixture(scope="module")
def forger() -> Forger:
    return Forger()


def heads(registry) -> int:
    with registry.store.session() as s:
        return s.execute(select(func.count()).select_from(TreeHead)).scalar_one()


def audit_ok(registry) -> None:
    with registry.store.session() as s:
        report = log.audit(s, registry.keys.log_public)
    assert report.ok, report.problems


def test_a_batch_is_one_signed_head_and_refuses_bad_bundles_alone(registry, forger):
    good = independent_bundles(4)
    tampered = json.loads(good[1])
    tampered["votes"][0]["signature"] = signing.b64(bytes(64))
    replay = json.loads(good[0])
    replay["case"]["title"] = "another title under a logged decision id"
    items = [good[0], signing.canonical(tampered), good[2], good[3], signing.canonical(replay), good[0]]
    before = heads(registry)
    outcomes = ingest.submit_batch(registry.store, registry.keys, [(b, "usb") for b in items])

    assert [getattr(o, "code", None) for o in outcomes] == [None, "bad_signature", None, None, "replay", None]
    assert heads(registry) == before + 1  # one signed head for the whole batch
    accepted = [(b, o) for b, o in zip(items, outcomes, strict=True) if isinstance(o, ingest.Accepted)]
    checked = [verify_receipt(json.loads(o.receipt), b, registry.keys.log_public) for b, o in accepted]
    assert {c.tree_head.tree_size for c in checked} == {3}
    assert sorted(c.leaf_index for c in checked[:3]) == [0, 1, 2]
    assert [o.created for _, o in accepted] == [True, True, True, False]
    assert accepted[3][1].receipt == accepted[0][1].receipt  # the same decision again: the same receipt
    assert ingest.lookup(registry.store, decision_id=json.loads(good[1])["decision_id"]) is None
    audit_ok(registry)


def test_a_batch_checks_each_bundle_against_the_ones_before_it(registry, forger, demo):
    chair = forger.keys[forger.member("王建国")]
    first, second = _reissue(demo["bundles"][0], chair, 2)  # second supersedes first
    rival = _reissue(demo["bundles"][0], chair, 1)[0]  # a second decision for the case, superseding nothing
    outcomes = ingest.submit_batch(
        registry.store, registry.keys, [(first, "usb"), (second, "usb"), (rival, "usb")]
    )
    assert [getattr(o, "code", None) for o in outcomes] == [None, None, "conflicting_decision"]
    found = ingest.lookup(registry.store, decision_id=json.loads(first)["decision_id"])
    assert found["superseded_by"] == [json.loads(second)["decision_id"]]
    audit_ok(registry)


@pytest.mark.parametrize(
    ("block", "field", "value"),
    [
        (None, "supersedes", ["not", "an", "id"]),
        ("case", "id", {"not": "an id"}),
        ("committee", "id", ["x"]),
        ("audit_head", "seq", 2**70),
        ("case", "id", "\x00nul"),
    ],
)
def test_malformed_fields_read_ahead_for_the_batch_refuse_only_their_bundle(registry, block, field, value):
    good = independent_bundles(2)
    bad = json.loads(good[0])
    bad["decision_id"] = "malformed-read-ahead"
    (bad[block] if block else bad)[field] = value
    items = [good[0], signing.canonical(bad), good[1]]
    outcomes = ingest.submit_batch(registry.store, registry.keys, [(b, "usb") for b in items])
    assert isinstance(outcomes[0], ingest.Accepted) and isinstance(outcomes[2], ingest.Accepted)
    assert outcomes[1].code in {"schema", "mismatch", "unknown_committee"}
    audit_ok(registry)


def test_concurrent_submitters_share_transactions(served):
    bundles = independent_bundles(24)
    committer = served.app.state.committer
    answers: dict[int, httpx.Response] = {}

    def send(i: int) -> None:
        answers[i] = httpx.post(f"{served.url}/v1/bundles", content=bundles[i], timeout=60)

    # Hold the log while everyone submits, so they all wait in the queue for one writer.
    with served.store.append_lock:
        threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bundles))]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while committer._queue.qsize() < len(bundles) - 1 and time.monotonic() < deadline:
            time.sleep(0.02)
    for t in threads:
        t.join(60)
    assert sorted(r.status_code for r in answers.values()) == [201] * len(bundles)
    assert committer.batches <= 2 and heads(served) == committer.batches
    indexes = sorted(
        verify_receipt(r.json(), bundles[i], served.keys.log_public).leaf_index for i, r in answers.items()
    )
    assert indexes == list(range(len(bundles)))
    audit_ok(served)


def test_read_endpoints_send_cache_headers(served, forger, demo):
    chair = forger.keys[forger.member("王建国")]
    first, second = _reissue(demo["bundles"][0], chair, 2)
    assert httpx.post(f"{served.url}/v1/bundles", content=first).status_code == 201
    decision_id = json.loads(first)["decision_id"]
    get = lambda path, **h: httpx.get(f"{served.url}{path}", headers=h)  # noqa: E731

    fixed = get("/v1/tree-head/1")
    assert "immutable" in fixed.headers["cache-control"] and fixed.headers["etag"]
    again = get("/v1/tree-head/1", **{"if-none-match": fixed.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    for path in (f"/v1/inclusion?decision_id={decision_id}&tree_size=1", "/v1/consistency?first=1&second=1"):
        assert "immutable" in get(path).headers["cache-control"], path
    assert "max-age=5" in get("/v1/tree-head").headers["cache-control"]

    lookup = get(f"/v1/decisions/{decision_id}")
    assert "max-age=60" in lookup.headers["cache-control"]
    held = lookup.headers["etag"]
    assert get(f"/v1/decisions/{decision_id}", **{"if-none-match": held}).status_code == 304
    assert httpx.post(f"{served.url}/v1/bundles", content=second).status_code == 201
    changed = get(f"/v1/decisions/{decision_id}", **{"if-none-match": held})  # now superseded
    assert changed.status_code == 200 and changed.headers["etag"] != held
    assert changed.json()["superseded_by"] == [json.loads(second)["decision_id"]]

    missing = get("/v1/decisions/" + "0" * 32)
    assert missing.status_code == 404 and missing.headers["cache-control"] == "no-store"
    assert get("/v1/tree-head/99").headers["cache-control"] == "no-store"


def test_the_cycle_collector_pauses_for_a_batch_only(registry, monkeypatch):
    seen, cycles = [], []
    real = ingest._submit_locked

    class Node:
        pass

    def observed(*args):
        seen.append(gc.isenabled())
        node = Node()
        node.self = node  # garbage only the cycle collector frees
        cycles.append(weakref.ref(node))
        return real(*args)

    monkeypatch.setattr(ingest, "_submit_locked", observed)
    bundles = independent_bundles(2)
    ingest.submit_batch(registry.store, registry.keys, [(bundles[0], "usb")])
    assert seen == [False] and gc.isenabled()
    assert cycles[0]() is None  # collected as the batch ends, not at some later allocation
    monkeypatch.setattr(ingest, "_submit_locked", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        ingest.submit_batch(registry.store, registry.keys, [(bundles[1], "usb")])
    assert gc.isenabled()  # a failed batch resumes it too
    gc.disable()
    try:
        monkeypatch.setattr(ingest, "_submit_locked", observed)
        ingest.submit_batch(registry.store, registry.keys, [(bundles[1], "usb")])
        assert not gc.isenabled()  # paused by someone else before: left as it was
    finally:
        gc.enable()
