"""The append-only log's Merkle tree, exactly as RFC 9162 §2.1 defines it.

Leaf hash = SHA-256(0x00 || entry), interior node = SHA-256(0x01 || left || right); the tree
over n leaves splits at k, the largest power of two below n. Proofs are computed from the
hashes of *perfect* subtrees (2**level leaves starting at a multiple of 2**level), which is
what the registry stores, so nothing here needs the whole tree in memory. Pure Python, used by
the registry to build proofs and by the desktop to check them offline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()
PerfectLookup = Callable[[int, int], bytes]  # (level, index) -> hash of that perfect subtree


class ProofError(ValueError):
    """A proof is malformed or does not verify."""


def leaf_hash(entry: bytes) -> bytes:
    h = hashlib.sha256(b"\x00")
    h.update(entry)  # no copy of a 15 KB bundle to prefix one byte
    return h.digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def _is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


class MerkleTree:
    """Root and proofs over leaves 0..size-1, read through ``perfect(level, index)``."""

    def __init__(self, size: int, perfect: PerfectLookup) -> None:
        self.size = size
        self._perfect = perfect
        self._memo: dict[tuple[int, int], bytes] = {}

    def subtree_hash(self, start: int, end: int) -> bytes:
        """MTH(D[start:end]); every range the RFC recursion visits splits into aligned perfect trees."""
        if end <= start:
            return EMPTY_ROOT
        key = (start, end)
        if key not in self._memo:
            width = end - start
            if _is_power_of_two(width) and start % width == 0:
                value = self._perfect(width.bit_length() - 1, start // width)
            else:
                k = split_point(width)
                value = node_hash(self.subtree_hash(start, start + k), self.subtree_hash(start + k, end))
            self._memo[key] = value
        return self._memo[key]

    def root(self) -> bytes:
        return self.subtree_hash(0, self.size)

    def inclusion_proof(self, index: int) -> list[bytes]:
        """PATH(m, D[n]) of RFC 9162 §2.1.3.1."""
        if not 0 <= index < self.size:
            raise ProofError(f"leaf {index} is not in a tree of size {self.size}")
        return self._path(index, 0, self.size)

    def _path(self, m: int, start: int, end: int) -> list[bytes]:
        n = end - start
        if n == 1:
            return []
        k = split_point(n)
        if m < k:
            return self._path(m, start, start + k) + [self.subtree_hash(start + k, end)]
        return self._path(m - k, start + k, end) + [self.subtree_hash(start, start + k)]

    def consistency_proof(self, first: int) -> list[bytes]:
        """PROOF(m, D[n]) of RFC 9162 §2.1.4.1, for 0 < m <= n."""
        if not 0 < first <= self.size:
            raise ProofError(f"no consistency proof from size {first} to size {self.size}")
        return self._subproof(first, 0, self.size, True)

    def _subproof(self, m: int, start: int, end: int, whole: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if whole else [self.subtree_hash(start, end)]
        k = split_point(n)
        if m <= k:
            return self._subproof(m, start, start + k, whole) + [self.subtree_hash(start + k, end)]
        return self._subproof(m - k, start + k, end, False) + [self.subtree_hash(start, start + k)]


def tree_of(leaf_hashes: Sequence[bytes]) -> MerkleTree:
    """A tree over an in-memory list of leaf hashes (tests, offline audits)."""
    hashes = list(leaf_hashes)

    def perfect(level: int, index: int) -> bytes:
        width = 1 << level
        level_hashes = hashes[index * width : (index + 1) * width]
        while len(level_hashes) > 1:
            level_hashes = [
                node_hash(a, b) for a, b in zip(level_hashes[::2], level_hashes[1::2], strict=True)
            ]
        return level_hashes[0]

    return MerkleTree(len(hashes), perfect)


class CompactRange:
    """Roots of every prefix of a log, one leaf at a time, keeping only O(log n) hashes."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (level, hash) of perfect subtrees, left to right

    def append(self, entry_hash: bytes) -> None:
        level, value = 0, entry_hash
        while self._stack and self._stack[-1][0] == level:
            _, left = self._stack.pop()
            value = node_hash(left, value)
            level += 1
        self._stack.append((level, value))
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        value = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            value = node_hash(left, value)
        return value


def root_from_inclusion(index: int, size: int, entry_hash: bytes, path: Sequence[bytes]) -> bytes:
    """The root an inclusion proof leads to (RFC 9162 §2.1.3.2); raises ProofError if malformed."""
    if not 0 <= index < size:
        raise ProofError("the leaf index is outside the tree")
    fn, sn, r = index, size - 1, entry_hash
    for p in path:
        if sn == 0:
            raise ProofError("the inclusion proof is too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("the inclusion proof is too short")
    return r


def verify_inclusion(index: int, size: int, entry_hash: bytes, path: Sequence[bytes], root: bytes) -> None:
    if root_from_inclusion(index, size, entry_hash, path) != root:
        raise ProofError("the inclusion proof does not lead to the signed root")


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, path: Sequence[bytes]
) -> None:
    """RFC 9162 §2.1.4.2: the tree of size ``second`` extends the one of size ``first``."""
    if not 0 < first <= second:
        raise ProofError("consistency needs 0 < first <= second")
    if first == second:
        if path or first_root != second_root:
            raise ProofError("two heads of the same size must have the same root and an empty proof")
        return
    path = list(path)
    if not path:
        raise ProofError("the consistency proof is empty")
    if _is_power_of_two(first):
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is too long")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0 or fr != first_root or sr != second_root:
        raise ProofError("the consistency proof does not join the two signed roots")
