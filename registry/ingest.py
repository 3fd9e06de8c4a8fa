"""Accepting a bundle: verify it completely, append it to the log, answer with its receipt.

One bundle per decision id: the same bytes again get the stored receipt, byte for byte;
different bytes under a used id are a replay and refused. Nothing is written unless the bundle
is accepted: every check runs before the append, in the transaction that would log it.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import orjson
from sqlalchemy import select

from desktop import signing
from desktop.sync import receipts, shape
from desktop.sync.keybook import PriorDecision
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import VerifiedBundle, verify_bundle
from registry import admission, log, witness
from registry.enrol import EnrolledKeys
from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store, insert_rows, iso_now

MAX_BUNDLE_BYTES = 1 << 20  # a nine-member bundle is about 15 KB


@dataclass(frozen=True)
class Accepted:
    receipt: bytes  # canonical JSON
    created: bool
    decision_id: str


def public_metadata(v: VerifiedBundle, leaf_index: int, leaf_hash: bytes, accepted_at: str) -> dict:
    """What anyone may look up: no member names, votes or reasons."""
    linked = {}
    if v.submission is not None:  # a decision on a submission linked to the activity (section 3.3)
        linked = {
            "submission": {"kind": v.submission["kind"], "reference": v.submission["reference"]},
            "standing": v.standing,
        }
    return {
        **linked,
        "decision_id": v.decision_id,
        "bundle_hash": v.bundle_hash,
        "leaf_index": leaf_index,
        "leaf_hash": leaf_hash.hex(),
        "accepted_at": accepted_at,
        "committee": v.committee,
        "case": {k: v.case[k] for k in ("reference", "title", "institution", "procedure")},
        "decision_type": v.decision_type,
        "status": v.status,
        "kind": v.kind,
        "signed_at": v.signed_at,
        "supersedes": v.supersedes,
    }


def _precheck(data: bytes) -> tuple[dict, str, str]:
    """(parsed bundle, decision id, bundle hash), checked before any lock is taken."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("too_large", "The bundle is larger than {n} bytes.", n=MAX_BUNDLE_BYTES)
    bundle = shape.parse_canonical(data)
    decision_id = shape.ident(bundle.get("decision_id"), "decision_id")
    return bundle, decision_id, hashlib.sha256(data).hexdigest()


@dataclass
class _Pending:
    """A bundle accepted into the open batch, waiting for the batch's signed tree head."""

    position: int
    verified: VerifiedBundle
    row: dict  # the log entry's columns, its receipt written once the tree head is signed


def _receipt(pending: _Pending, signed_head: dict, proof: list[bytes]) -> bytes:
    v, row = pending.verified, pending.row
    echo = {"audit_head": v.audit_head} if v.audit_head is not None else {}
    return signing.canonical(
        {
            **echo,  # the committee's audit head, witnessed (docs/bundle-format.md, section 5)
            "format": receipts.RECEIPT_FORMAT,
            "decision_id": v.decision_id,
            "committee_id": v.committee["id"],
            "bundle_hash": v.bundle_hash,
            "leaf_index": row["leaf_index"],
            "leaf_hash": row["leaf_hash"].hex(),
            "accepted_at": row["accepted_at"],
            "inclusion_proof": [p.hex() for p in proof],
            "signed_tree_head": signed_head,
        }
    )


Outcome = Accepted | BundleRejected


def _field(bundle: dict, block: str, name: str) -> object:
    value = bundle.get(block)
    return value.get(name) if isinstance(value, dict) else None


def _submit_locked(store: Store, keys: RegistryKeys, items: list[tuple[int, bytes, str, dict, str, str]]):
    """One transaction: check and append every item in order, sign one head, commit once.

    What the rules ask of the database (earlier decisions, each case's current decision, the
    witnessed audit heads) is read once for the whole batch after the log's lock is taken; the
    batch's own acceptances are kept in memory so each bundle is judged against the ones before
    it; the batch's rows are written together once its tree head is signed."""
    results: dict[int, Outcome] = {}
    with store.append_lock, store.session() as s:
        batch = log.Batch(s)  # the log's row lock serialises batches across registry processes
        book = EnrolledKeys(s)  # one key book per batch: a committee's keys are read once
        bundles = [item[3] for item in items]
        # Read ahead from the unchecked bundles: values that are not plain ids are skipped here
        # (and refused by the checks), so a malformed bundle cannot break the batch's reads.
        book.load_prior([b.get("supersedes") for b in bundles])
        # each case's current decision, updated as the batch accepts decisions
        current = admission.current_decisions(
            s, [(_field(b, "committee", "id"), _field(b, "case", "id")) for b in bundles]
        )
        heads = witness.BatchHeads(
            s,
            [(_field(b, "committee", "id"), b.get("audit_head")) for b in bundles],
            "bundle",
            {item[4] for item in items},
        )
        closing: dict = {}  # retired keys' closing manifests, read once per batch
        here: dict[str, _Pending] = {}
        same: list[tuple[int, _Pending]] = []
        log_table = LogEntry.__table__
        logged = {  # the batch's decision ids already in the log, in one query
            decision_id: (bundle_hash, receipt)
            for decision_id, bundle_hash, receipt in s.execute(
                select(log_table.c.decision_id, log_table.c.bundle_hash, log_table.c.receipt).where(
                    log_table.c.decision_id.in_({item[4] for item in items})
                )
            )
        }
        for position, data, via, bundle, decision_id, bundle_hash in items:
            try:
                earlier = here.get(decision_id)
                if earlier is not None:  # the same decision twice in one batch
                    if earlier.verified.bundle_hash != bundle_hash:
                        raise _replay(decision_id)
                    same.append((position, earlier))
                    continue
                found = logged.get(decision_id)
                if found is not None:
                    if found[0] != bundle_hash:
                        raise _replay(decision_id)
                    results[position] = Accepted(found[1], False, decision_id)
                    continue
                # Every check runs before this bundle writes anything, so a refusal changes nothing.
                verified = verify_bundle(data, book, parsed=bundle, bundle_hash=bundle_hash)
                # dates, retired keys, one chain per case
                admission.check(s, bundle, verified, row=book.row, known=current, closing=closing)
                heads.log(
                    verified.committee["id"],
                    verified.audit_head,
                    source_id=decision_id,
                    signer_id=verified.signer_id,
                    signed_at=verified.signed_at,
                )
                index = batch.add(data)
                accepted_at = iso_now()
                row = {
                    "leaf_index": index,
                    "decision_id": decision_id,
                    "bundle_hash": bundle_hash,
                    "leaf_hash": batch.leaf_hash(index),
                    "committee_id": verified.committee["id"],
                    "case_id": verified.case["id"],
                    "decision_type": verified.decision_type,
                    "status": verified.status,
                    "supersedes": verified.supersedes,
                    "bundle": data,
                    "receipt": b"",  # written below, once the batch's tree head is signed
                    "accepted_at": accepted_at,
                    "via": via,
                }
                row["public"] = orjson.dumps(
                    public_metadata(verified, index, row["leaf_hash"], accepted_at)
                ).decode()
                here[decision_id] = _Pending(position, verified, row)
                book.accepted(
                    decision_id,
                    PriorDecision(row["committee_id"], row["case_id"], row["decision_type"], row["status"]),
                )
                current[row["committee_id"], row["case_id"]] = decision_id
            except BundleRejected as exc:
                results[position] = exc
        if here:
            signed_head = batch.sign(keys)
            for p in here.values():
                p.row["receipt"] = _receipt(p, signed_head, batch.inclusion_proof(p.row["leaf_index"]))
                results[p.position] = Accepted(p.row["receipt"], True, p.verified.decision_id)
            insert_rows(s, log_table, [p.row for p in here.values()])
            heads.flush()
        for position, earlier in same:
            results[position] = Accepted(earlier.row["receipt"], False, earlier.verified.decision_id)
    return results


def _replay(decision_id: str) -> BundleRejected:
    return BundleRejected(
        "replay",
        "Decision {id} is already in the log with other content; a signed decision is never replaced.",
        id=decision_id,
    )


def submit_batch(store: Store, keys: RegistryKeys, items: list[tuple[bytes, str]]) -> list[Outcome]:
    """Verify and log several bundles ((data, via) pairs) in one transaction under one signed
    tree head; each answer is its Accepted or the BundleRejected that refused it, in order.

    Bundles are checked in order, each against the log as the ones before it left it, so the
    outcome is the one submitting them one by one would give. If the database fails the batch
    (a bug or an outage, never a bad bundle), each bundle is tried again on its own."""
    with _cycle_collection_paused():
        return _submit_batch(store, keys, items)


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """A batch allocates thousands of parsed JSON containers that reference counting frees at
    once; the cycle collector, triggered by their number alone, would walk them for nothing.
    It resumes after the batch (only if it ran before, so nesting and other threads are safe);
    the allocations counted meanwhile make its next allocation collect at once, so cycles made
    during the batch, in any thread, are not kept past it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _submit_batch(store: Store, keys: RegistryKeys, items: list[tuple[bytes, str]]) -> list[Outcome]:
    results: list[Outcome | None] = [None] * len(items)
    ready = []
    for position, (data, via) in enumerate(items):
        try:
            ready.append((position, data, via, *_precheck(data)))
        except BundleRejected as exc:
            results[position] = exc
    if ready:
        try:
            done = _submit_locked(store, keys, ready)
        except Exception:
            if len(ready) == 1:
                raise
            done = {}
            for item in ready:
                done.update(_submit_locked(store, keys, [item]))
        for position, outcome in done.items():
            results[position] = outcome
    return results


def submit(store: Store, keys: RegistryKeys, data: bytes, via: str = "http") -> Accepted:
    """Verify and log one bundle; raises BundleRejected with the reason and its HTTP status."""
    (outcome,) = submit_batch(store, keys, [(data, via)])
    if isinstance(outcome, BundleRejected):
        raise outcome
    return outcome


def lookup(store: Store, decision_id: str | None = None, bundle_hash: str | None = None) -> dict | None:
    """Public metadata of a logged decision, by id or by bundle hash, and what superseded it."""
    if not shape.is_ident(decision_id or bundle_hash):
        return None
    with store.session() as s:
        query = select(LogEntry)
        query = (
            query.where(LogEntry.decision_id == decision_id)
            if decision_id
            else query.where(LogEntry.bundle_hash == bundle_hash)
        )
        row = s.execute(query).scalar_one_or_none()
        if row is None:
            return None
        later = s.execute(
            select(LogEntry.decision_id).where(LogEntry.supersedes == row.decision_id)
        ).scalars()
        return {**json.loads(row.public), "superseded_by": sorted(later)}
