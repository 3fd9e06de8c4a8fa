"""The registry's log: proofs from stored perfect subtrees, and tampering detected both by the
registry's own audit and by a committee holding an earlier signed tree head."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select

from desktop.sync import merkle
from desktop.sync.client import RegistryClient
from desktop.sync.receipts import verify_receipt
from desktop.sync.shape import BundleRejected
from registry import ingest, log
from registry.models import LogEntry, LogState, MerkleNode, TreeHead


def fill(registry, demo) -> list[dict]:
    return [json.loads(ingest.submit(registry.store, registry.keys, b).receipt) for b in demo["bundles"]]


def test_stored_tree_matches_the_reference_tree(registry, demo):
    fill(registry, demo)
    reference = merkle.tree_of([merkle.leaf_hash(b) for b in demo["bundles"]])
    with registry.store.session() as s:
        stored = log.tree(s, 3)
        assert stored.root() == reference.root()
        for i in range(3):
            assert stored.inclusion_proof(i) == reference.inclusion_proof(i)
        assert log.audit(s, registry.keys.log_public).ok


def test_every_receipt_still_proves_inclusion_in_the_latest_head(registry, demo):
    receipts = fill(registry, demo)
    with registry.store.session() as s:
        head = log.signed_head(s)
        for receipt, bundle in zip(receipts, demo["bundles"], strict=True):
            proof = log.inclusion_proof(s, receipt["leaf_index"], 3)
            updated = {**receipt, "inclusion_proof": proof, "signed_tree_head": head}
            assert verify_receipt(updated, bundle, registry.keys.log_public).tree_head.tree_size == 3


def test_altered_entry_is_detected_by_the_audit(registry, demo):
    fill(registry, demo)
    with registry.store.session() as s:
        entry = s.get(LogEntry, 1)
        entry.bundle = entry.bundle.replace(b"approve", b"disapprove", 1)
    with registry.store.session() as s:
        report = log.audit(s, registry.keys.log_public)
    assert not report.ok and any("entry 1" in p and "altered" in p for p in report.problems)


def test_removed_entry_is_detected_by_the_audit(registry, demo):
    fill(registry, demo)
    with registry.store.session() as s:
        s.execute(delete(LogEntry).where(LogEntry.leaf_index == 1))
    with registry.store.session() as s:
        report = log.audit(s, registry.keys.log_public)
    assert not report.ok and any("entry 1 is missing" in p for p in report.problems)


def test_rewritten_log_is_caught_by_a_committee_holding_an_older_head(registry, demo):
    """The operator drops entry 1 and rebuilds the tree and its heads with the real key: the
    registry's own audit now passes, but the committee's older signed head exposes it."""
    receipts = fill(registry, demo)
    old_head = receipts[2]["signed_tree_head"]  # what the committee of the last decision holds
    with registry.store.session() as s:
        kept = [e.bundle for e in s.execute(select(LogEntry).order_by(LogEntry.leaf_index)).scalars()]
        del kept[1]
        for table in (LogEntry, MerkleNode, TreeHead):
            s.execute(delete(table))
        s.get(LogState, 1).size = 0
    for bundle in kept + [demo["bundles"][1]]:  # re-append, the dropped one moved to the end
        with registry.store.session() as s:
            log.append(s, registry.keys, bundle)
    registry.serve()
    with RegistryClient(registry.url) as client, pytest.raises(BundleRejected, match="does not extend"):
        client.check_growth(old_head, registry.keys.log_public)


def test_honest_growth_passes_the_committee_check(registry, demo):
    receipts = fill(registry, demo)
    registry.serve()
    with RegistryClient(registry.url) as client:
        head = client.check_growth(receipts[0]["signed_tree_head"], registry.keys.log_public)
    assert head.tree_size == 3


def test_a_batch_reads_the_older_tree_in_one_query_and_proves_like_the_reference(registry):
    from sqlalchemy import event

    reads: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "merkle_node" in statement:
            reads.append(statement)

    entries: list[bytes] = []
    event.listen(registry.store.engine, "before_cursor_execute", note)
    try:
        for count in (3, 5, 1, 7, 16, 2):  # sizes that leave every shape of frontier behind
            reads.clear()
            with registry.store.session() as s:
                batch = log.Batch(s)
                new = [f"entry {len(entries) + i}".encode() for i in range(count)]
                indexes = [batch.add(e) for e in new]
                head = batch.sign(registry.keys)
                proofs = [batch.inclusion_proof(i) for i in indexes]
            entries += new
            assert len(reads) <= 1  # the frontier, at once; none for the first batch
            reference = merkle.tree_of([merkle.leaf_hash(e) for e in entries])
            assert head["tree_head"]["tree_size"] == len(entries)
            assert bytes.fromhex(head["tree_head"]["root_hash"]) == reference.root()
            assert proofs == [reference.inclusion_proof(i) for i in indexes]
    finally:
        event.remove(registry.store.engine, "before_cursor_execute", note)
