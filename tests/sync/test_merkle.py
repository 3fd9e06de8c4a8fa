"""The Merkle tree of RFC 9162 §2.1: roots, inclusion and consistency proofs, and tampering."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sync import merkle
from desktop.sync.merkle import ProofError


def mth(entries: list[bytes]) -> bytes:
    """RFC 9162 §2.1.1 written out literally, as the reference."""
    if not entries:
        return hashlib.sha256(b"").digest()
    if len(entries) == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = 1 << ((len(entries) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + mth(entries[:k]) + mth(entries[k:])).digest()


def entries(n: int) -> list[bytes]:
    return [f"entry {i}".encode() for i in range(n)]


def tree(data: list[bytes]) -> merkle.MerkleTree:
    return merkle.tree_of([merkle.leaf_hash(e) for e in data])


def test_roots_follow_the_rfc_definition():
    for n in range(0, 70):
        data = entries(n)
        assert tree(data).root() == mth(data)


def test_rfc_leaf_and_node_prefixes():
    assert merkle.leaf_hash(b"") == hashlib.sha256(b"\x00").digest()
    assert merkle.node_hash(b"a" * 32, b"b" * 32) == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()


def test_every_inclusion_proof_verifies():
    for n in range(1, 40):
        data = entries(n)
        t = tree(data)
        for m in range(n):
            merkle.verify_inclusion(m, n, merkle.leaf_hash(data[m]), t.inclusion_proof(m), t.root())


def test_every_consistency_proof_verifies():
    for n in range(1, 34):
        data = entries(n)
        t = tree(data)
        for m in range(1, n + 1):
            merkle.verify_consistency(m, n, mth(data[:m]), t.root(), t.consistency_proof(m))


def test_altered_entry_fails_its_inclusion_proof():
    data = entries(13)
    t = tree(data)
    proof = t.inclusion_proof(6)
    with pytest.raises(ProofError):
        merkle.verify_inclusion(6, 13, merkle.leaf_hash(b"entry 6, rewritten"), proof, t.root())
    with pytest.raises(ProofError):
        merkle.verify_inclusion(5, 13, merkle.leaf_hash(data[6]), proof, t.root())


def test_removed_or_altered_entry_breaks_consistency_with_an_older_head():
    data = entries(21)
    old_size, old_root = 12, mth(data[:12])
    for changed in (data[:4] + data[5:], data[:7] + [b"rewritten"] + data[8:]):
        t = tree(changed)
        with pytest.raises(ProofError):
            merkle.verify_consistency(old_size, t.size, old_root, t.root(), t.consistency_proof(old_size))


def test_malformed_proofs_are_refused():
    data = entries(10)
    t = tree(data)
    proof = t.inclusion_proof(3)
    leaf = merkle.leaf_hash(data[3])
    for bad in (proof[:-1], proof + [proof[0]], [b"\x00" * 32] + proof[1:]):
        with pytest.raises(ProofError):
            merkle.verify_inclusion(3, 10, leaf, bad, t.root())
    with pytest.raises(ProofError):
        merkle.verify_inclusion(10, 10, leaf, proof, t.root())
    with pytest.raises(ProofError):
        merkle.verify_consistency(4, 10, mth(data[:4]), t.root(), [])
    with pytest.raises(ProofError):
        merkle.verify_consistency(5, 5, mth(data[:5]), mth(data[:5]), [b"x" * 32])


def test_compact_range_gives_the_root_of_every_prefix():
    compact = merkle.CompactRange()
    data = entries(40)
    for i, entry in enumerate(data):
        compact.append(merkle.leaf_hash(entry))
        assert compact.root() == mth(data[: i + 1])


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 300), data=st.data())
def test_random_proofs_verify_and_tampering_fails(n, data):
    leaves = entries(n)
    t = tree(leaves)
    m = data.draw(st.integers(0, n - 1))
    proof = t.inclusion_proof(m)
    merkle.verify_inclusion(m, n, merkle.leaf_hash(leaves[m]), proof, t.root())
    first = data.draw(st.integers(1, n))
    cproof = t.consistency_proof(first)
    merkle.verify_consistency(first, n, mth(leaves[:first]), t.root(), cproof)
    if cproof:
        i = data.draw(st.integers(0, len(cproof) - 1))
        flipped = cproof[:i] + [bytes([cproof[i][0] ^ 1]) + cproof[i][1:]] + cproof[i + 1 :]
        with pytest.raises(ProofError):
            merkle.verify_consistency(first, n, mth(leaves[:first]), t.root(), flipped)
