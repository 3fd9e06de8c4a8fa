"""Where a bundle verifier finds committees, member keys and earlier decisions.

The registry's key book is its enrolment database; ``BundleKeys`` reads the keys from the
bundle itself, for offline checks once a registry receipt vouches for them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from desktop import custody, rules, signing
from desktop.errors import QuorumError
from desktop.sync import shape
from desktop.sync.shape import BundleRejected

MEMBER_KEYS = {"id", "name", "role", "backgrounds", "external", "gender", "key_id", "public_key"}
# plus "alg" (since key custody, issue 9); a block without it is an Ed25519 key


def public_key_length(algorithm: str) -> int:
    """Bytes of a public key: Ed25519 raw 32; P-256 an uncompressed point of 65."""
    return 32 if algorithm == custody.ED25519 else 65


def key_algorithm(value: object, where: str) -> str:
    """A listed key's algorithm (absent: Ed25519, as every key was before custody), checked."""
    if value not in custody.ALGORITHMS:
        raise shape.schema("{where}.alg names an unknown signature algorithm.", where=where)
    return value


@dataclass(frozen=True)
class MemberKey:
    """An enrolled member key and what the rules need to know about its holder."""

    member_id: str
    key_id: str
    public_key: bytes
    name: str
    role: str
    backgrounds: tuple[str, ...]
    external: bool
    gender: str
    algorithm: str = custody.ED25519

    @functools.cached_property
    def id_matches(self) -> bool:
        """Whether the key id is the public key's own (signing.public_key_id), checked once per key."""
        return signing.public_key_id(self.public_key) == self.key_id

    @functools.cached_property
    def verifier(self):
        """The public key loaded once for all the statements it signed; SignatureError if malformed."""
        return custody.load_public_key(self.algorithm, self.public_key)

    @functools.cached_property
    def _block(self) -> dict:
        return {
            "alg": self.algorithm,
            "id": self.member_id,
            "name": self.name,
            "role": self.role,
            "backgrounds": list(self.backgrounds),
            "external": self.external,
            "gender": self.gender,
            "key_id": self.key_id,
            "public_key": signing.b64(self.public_key),
        }

    def public_block(self) -> dict:
        return {**self._block, "backgrounds": list(self.backgrounds)}

    def matches_block(self, block: object) -> bool:
        """Whether ``block`` is this key's ``public_block`` (a verifier compares one per signer)."""
        return block == self._block

    @functools.cached_property
    def _person(self) -> rules.Person:
        try:
            return rules.Person(
                self.member_id, self.role, frozenset(self.backgrounds), self.external, self.gender
            )
        except QuorumError as exc:
            raise shape.schema("Member {id}: {detail}", id=self.member_id, detail=exc.message) from None

    def person(self) -> rules.Person:
        """The key's holder as the rules see them (Person is immutable: one per key)."""
        return self._person


@dataclass(frozen=True)
class PriorDecision:
    committee_id: str
    case_id: str
    decision_type: str
    status: str


class KeyBook(Protocol):
    """Where a verifier finds committees, member keys and earlier decisions."""

    checks_prior: bool

    def committee_block(self, committee_id: str) -> dict: ...

    def member_key(
        self, committee_id: str, member_id: str, key_id: str, signed_at: datetime
    ) -> MemberKey: ...

    def prior_decision(self, decision_id: str) -> PriorDecision | None: ...

    # Optional: the regime the committee's enrolled charter names (STER, LSMR, both), or None
    # when the book does not know it; a meeting decision must judge by rules that include it.
    def committee_regime(self, committee_id: str) -> str | None: ...


class BundleKeys:
    """A key book read from the bundle itself, for offline checks once a registry receipt vouches
    that the registry verified these keys against the committee's enrolment."""

    checks_prior = False

    def __init__(self, data: bytes) -> None:
        bundle = shape.obj(shape.parse_canonical(data), "bundle")
        self._committee = shape.obj(bundle["committee"], "committee")
        self._keys = {}
        for i, m in enumerate(shape.array(bundle["members"], "members")):
            where = f"members[{i}]"
            m = shape.obj(m, where, MEMBER_KEYS | ({"alg"} & set(m)))
            algorithm = key_algorithm(m.get("alg", custody.ED25519), where)
            key = MemberKey(
                shape.text(m["id"], f"{where}.id"),
                shape.text(m["key_id"], f"{where}.key_id"),
                shape.b64bytes(m["public_key"], f"{where}.public_key", public_key_length(algorithm)),
                shape.text(m["name"], f"{where}.name"),
                shape.text(m["role"], f"{where}.role"),
                tuple(shape.texts(m["backgrounds"], f"{where}.backgrounds")),
                shape.boolean(m["external"], f"{where}.external"),
                shape.text(m["gender"], f"{where}.gender"),
                algorithm,
            )
            if signing.public_key_id(key.public_key) != key.key_id:
                raise BundleRejected("mismatch", "{where}: the key id does not match the key.", where=where)
            self._keys[(key.member_id, key.key_id)] = key

    def committee_block(self, committee_id: str) -> dict:
        return self._committee

    def member_key(self, committee_id: str, member_id: str, key_id: str, signed_at: datetime) -> MemberKey:
        key = self._keys.get((member_id, key_id))
        if key is None:
            raise BundleRejected("unknown_key", "A statement is signed by a key the bundle does not list.")
        return key

    def prior_decision(self, decision_id: str) -> PriorDecision | None:
        return None

    def committee_regime(self, committee_id: str) -> str | None:
        return None  # the registry's receipt vouches that it checked the regime
