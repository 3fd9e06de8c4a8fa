"""The append-only log: RFC 9162 Merkle tree over accepted bundles, stored as perfect subtrees.

Appending leaf i stores its hash and every perfect subtree it completes, then signs a tree
head for the new size. ``audit`` recomputes everything from the stored bundles and checks it
against every signed head, so an entry removed or altered behind the registry's back shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import insert, select, tuple_, update
from sqlalchemy.orm import Session

from desktop import signing
from desktop.sync import merkle, receipts
from desktop.sync.shape import BundleRejected
from registry.keys import RegistryKeys
from registry.models import LogEntry, LogState, MerkleNode, TreeHead
from registry.store import insert_rows, iso_now


class LogCorrupt(RuntimeError):
    """The stored tree is missing a node it must have."""


def _perfect(session: Session):
    def lookup(level: int, index: int) -> bytes:
        row = session.get(MerkleNode, (level, index))
        if row is None:
            raise LogCorrupt(f"merkle node {level}/{index} is missing")
        return row.hash

    return lookup


def tree(session: Session, size: int) -> merkle.MerkleTree:
    return merkle.MerkleTree(size, _perfect(session))


def frontier(size: int) -> list[tuple[int, int]]:
    """(level, index) of the perfect subtrees a tree of ``size`` leaves is made of, largest first:
    the only stored nodes that appending leaves, the new root and the new leaves' proofs read."""
    out, start = [], 0
    for level in reversed(range(size.bit_length())):
        if size >> level & 1:
            out.append((level, start >> level))
            start += 1 << level
    return out


_STATE, _NODE = LogState.__table__, MerkleNode.__table__


class Batch:
    """Leaves appended in one transaction under one signed tree head (group commit).

    Holds the log's row lock from creation to commit; new perfect subtrees are kept in memory
    and written in one INSERT by ``sign``, so the root and every inclusion proof of the batch
    need only the O(log n) older nodes they touch read from the database."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Core statements of one shape whatever the log's size, so each is compiled once
        self.first = self._size = session.execute(
            select(_STATE.c.size).where(_STATE.c.id == 1).with_for_update()
        ).scalar_one()
        self._nodes: dict[tuple[int, int], bytes] = {}
        self._new: list[dict] = []
        self._tree: merkle.MerkleTree | None = None
        wanted = frontier(self.first)
        if wanted:  # read in one query; a node this misses is looked up on its own by _node
            rows = session.execute(
                select(_NODE.c.level, _NODE.c.idx, _NODE.c.hash).where(
                    tuple_(_NODE.c.level, _NODE.c.idx).in_(wanted)
                )
            )
            self._nodes.update(((level, idx), value) for level, idx, value in rows)

    def _node(self, level: int, index: int) -> bytes:
        value = self._nodes.get((level, index))
        if value is None:
            value = self._nodes[level, index] = _perfect(self.session)(level, index)
        return value

    def _store(self, level: int, index: int, value: bytes) -> None:
        self._nodes[level, index] = value
        self._new.append({"level": level, "idx": index, "hash": value})

    @property
    def size(self) -> int:
        return self._size

    def add(self, entry: bytes) -> int:
        """Append a leaf; returns its index. Nothing is signed until ``sign``."""
        index = self._size
        value = merkle.leaf_hash(entry)
        self._store(0, index, value)
        level, idx = 0, index
        while idx & 1:
            value = merkle.node_hash(self._node(level, idx - 1), value)
            level, idx = level + 1, idx >> 1
            self._store(level, idx, value)
        self._size = index + 1
        return index

    def leaf_hash(self, index: int) -> bytes:
        """The hash ``add`` computed for leaf ``index`` of this batch."""
        return self._nodes[0, index]

    def sign(self, keys: RegistryKeys) -> dict:
        """The signed tree head for the batch's final size, stored with the batch's new nodes."""
        if self._new:
            insert_rows(self.session, _NODE, self._new)
            self._new = []
        self._tree = merkle.MerkleTree(self._size, self._node)
        root = self._tree.root()
        timestamp = iso_now()
        signed = keys.sign_tree_head(self._size, root, timestamp)
        self.session.execute(
            insert(TreeHead.__table__).values(
                tree_size=self._size,
                root_hash=root,
                timestamp=timestamp,
                signed=signing.canonical(signed).decode(),
            )
        )
        self.session.execute(update(_STATE).where(_STATE.c.id == 1).values(size=self._size))
        return signed

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The proof of leaf ``index`` in the tree ``sign`` signed."""
        return self._tree.inclusion_proof(index)


def append(session: Session, keys: RegistryKeys, entry: bytes) -> tuple[int, dict, list[bytes]]:
    """Add one leaf under its own signed head; returns (index, signed head, inclusion proof)."""
    batch = Batch(session)
    index = batch.add(entry)
    signed = batch.sign(keys)
    return index, signed, batch.inclusion_proof(index)


def size(session: Session) -> int:
    return session.get(LogState, 1).size


def signed_head(session: Session, tree_size: int | None = None) -> dict | None:
    """The signed head for ``tree_size`` (the latest when None); None for an empty log."""
    query = select(TreeHead)
    if tree_size is None:
        query = query.order_by(TreeHead.tree_size.desc()).limit(1)
    else:
        query = query.where(TreeHead.tree_size == tree_size)
    row = session.execute(query).scalar_one_or_none()
    return None if row is None else json.loads(row.signed)


def _check_range(session: Session, first: int, second: int) -> None:
    current = size(session)
    if not 0 < first <= second <= current:
        raise BundleRejected("schema", "Tree sizes must satisfy 0 < first <= second <= {size}.", size=current)


def consistency_proof(session: Session, first: int, second: int) -> list[str]:
    _check_range(session, first, second)
    return [h.hex() for h in tree(session, second).consistency_proof(first)]


def inclusion_proof(session: Session, leaf_index: int, tree_size: int) -> list[str]:
    _check_range(session, leaf_index + 1, tree_size)
    return [h.hex() for h in tree(session, tree_size).inclusion_proof(leaf_index)]


@dataclass
class AuditReport:
    entries: int = 0
    heads: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def audit(session: Session, log_public_key: bytes) -> AuditReport:
    """Recompute the log from the stored bundles and check every signed tree head against it."""
    report = AuditReport()
    compact = merkle.CompactRange()
    roots: dict[int, bytes] = {}
    expected = 0
    for entry in session.execute(select(LogEntry).order_by(LogEntry.leaf_index)).scalars():
        if entry.leaf_index != expected:
            report.problems.append(f"entry {expected} is missing (next stored is {entry.leaf_index})")
            expected = entry.leaf_index
        value = merkle.leaf_hash(entry.bundle)
        if value != entry.leaf_hash:
            report.problems.append(f"entry {entry.leaf_index} ({entry.decision_id}) was altered")
        compact.append(value)
        roots[compact.size] = compact.root()
        expected += 1
        report.entries += 1
    for head in session.execute(select(TreeHead).order_by(TreeHead.tree_size)).scalars():
        report.heads += 1
        try:
            checked = receipts.verify_tree_head(json.loads(head.signed), log_public_key)
        except BundleRejected as exc:
            report.problems.append(f"tree head {head.tree_size}: {exc.message}")
            continue
        if roots.get(checked.tree_size) != checked.root_hash:
            report.problems.append(f"signed tree head {checked.tree_size} does not match the stored entries")
    if size(session) != report.entries:
        report.problems.append(f"the log says it holds {size(session)} entries, {report.entries} are stored")
    return report
