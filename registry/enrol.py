"""Committees and their member keys, as the registry's operator enrols them.

Enrolment reads the file `quorum export-keys` writes, signed as a whole by the committee CA
(desktop.sync.keyfile). Every member certificate must chain to the committee's CA and bind the
listed key. Rotation takes a newer export: new keys become active, keys no longer listed (or
whose member left) are retired; a retired key's statements are accepted only if the export's
closing manifest lists them (registry.admission). Revocation (a compromised key, or the whole
committee) makes the registry refuse everything signed with it from then on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import custody, signing
from desktop.errors import SignatureError, ValidationError
from desktop.rules.charter import REGIMES
from desktop.sync import keyformat as keyfile
from desktop.sync import shape
from desktop.sync.keybook import MemberKey, PriorDecision, key_algorithm, public_key_length
from desktop.sync.shape import BundleRejected
from registry.admission import CLOCK_SKEW
from registry.models import ClosingStatement, Committee, CommitteeKey, LogEntry
from registry.store import iso_now

KEYS_FORMAT = "quorum.keys/1"
FILE_MEMBER_KEYS = {
    "member_id",
    "name",
    "role",
    "backgrounds",
    "external",
    "gender",
    "key_id",
    "public_key",  # with "alg" since key custody (issue 9); a member without it has an Ed25519 key
    "certificate_pem",
    "active",
    "committee_id",
    "key_created_at",
}
FILE_KEYS = {"format", "committee", "ca_certificate_pem", "members", "closing", "signature"}
# Optional: the charter's regime; a keys file from before regimes is read as STER.
FILE_OPTIONAL = {"regime"}


def _parse_time(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ")


def _check_certificate(ca_pem: str, cert_pem: str, public_key: bytes, algorithm: str, who: str) -> None:
    try:
        ca = x509.load_pem_x509_certificate(ca_pem.encode())
        cert = x509.load_pem_x509_certificate(cert_pem.encode())
        # Ed25519 CAs of older vaults and ECDSA P-256 CAs of newer ones
        cert.verify_directly_issued_by(ca)
    except (ValueError, InvalidSignature, TypeError):
        raise ValidationError(
            "The certificate of {who} does not chain to the committee CA.", who=who
        ) from None
    bound = cert.public_key()
    if isinstance(bound, ec.EllipticCurvePublicKey) and isinstance(bound.curve, ec.SECP256R1):
        bound_alg = custody.ECDSA_P256
        raw = bound.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    elif isinstance(bound, Ed25519PublicKey):
        bound_alg = custody.ED25519
        raw = bound.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    else:
        bound_alg, raw = None, b""
    if (bound_alg, raw) != (algorithm, public_key) or cert.issuer != ca.subject:
        raise ValidationError("The certificate of {who} is for another key.", who=who)


def read_keys_file(data: bytes) -> dict:
    """A `quorum export-keys` file, checked field by field and certificate by certificate."""
    try:
        doc = json.loads(data)
    except ValueError:
        raise ValidationError("The keys file is not JSON.") from None
    try:
        doc = shape.obj(
            doc, "keys file", FILE_KEYS | (FILE_OPTIONAL & set(doc) if isinstance(doc, dict) else set())
        )
        regime = shape.text(doc.get("regime", "STER"), "regime")
        if regime not in REGIMES:
            raise ValidationError("The keys file names an unknown regime {regime}.", regime=regime[:16])
        if doc["format"] != KEYS_FORMAT:
            raise ValidationError("The keys file is not a quorum.keys/1 export.")
        committee = shape.obj(
            doc["committee"], "committee", {"id", "name", "institution", "registration_number"}
        )
        for field in ("id", "name", "institution", "registration_number"):
            shape.text(committee[field], f"committee.{field}", empty=field == "registration_number")
        ca = shape.text(doc["ca_certificate_pem"], "ca_certificate_pem")
        members, created = [], {}
        for i, m in enumerate(shape.array(doc["members"], "members")):
            where = f"members[{i}]"
            m = shape.obj(m, where, FILE_MEMBER_KEYS | ({"alg"} & set(m)))
            algorithm = key_algorithm(m.get("alg", custody.ED25519), where)  # older files: Ed25519
            public = shape.b64bytes(m["public_key"], f"{where}.public_key", public_key_length(algorithm))
            if signing.public_key_id(public) != m["key_id"] or m["committee_id"] != committee["id"]:
                raise ValidationError("{where}: the key id or committee does not match.", where=where)
            key = MemberKey(
                shape.text(m["member_id"], f"{where}.member_id", empty=False),
                m["key_id"],
                public,
                shape.text(m["name"], f"{where}.name", empty=False),
                shape.text(m["role"], f"{where}.role", empty=False),
                tuple(shape.texts(m["backgrounds"], f"{where}.backgrounds")),
                shape.boolean(m["external"], f"{where}.external"),
                shape.text(m["gender"], f"{where}.gender", empty=False),
                algorithm,
            )
            key.person()  # role, backgrounds and gender must be ones the rules know
            _check_certificate(ca, shape.text(m["certificate_pem"], where), public, algorithm, key.name)
            members.append((key, m["certificate_pem"], shape.boolean(m["active"], f"{where}.active")))
            made = shape.timestamp(m["key_created_at"], f"{where}.key_created_at")
            created[(key.member_id, key.key_id)] = (m["key_created_at"], made)
        closing = _read_closing(doc["closing"])
    except BundleRejected as exc:
        raise ValidationError("The keys file is malformed: {detail}", detail=exc.message) from None
    _check_file_signature(doc, ca)
    latest = _parse_time(iso_now()) + CLOCK_SKEW  # the signer's clock may run this far ahead
    for (_member, key_id), (text, made) in created.items():
        if made > latest:
            raise ValidationError(
                "The keys file says key {key} was made in the future ({at}).", key=key_id, at=text
            )
    if closing["exported_at"][1] > latest:
        raise ValidationError("The keys file is dated in the future ({at}).", at=closing["exported_at"][0])
    return {
        "committee": committee,
        "ca": ca,
        "members": members,
        "created": created,
        "closing": closing,
        "regime": regime,
    }


def _read_closing(value: object) -> dict:
    """The closing manifest: {"exported_at", "outstanding": [{"member_id", "key_id", "statements"}]}."""
    closing = shape.obj(value, "closing", {"exported_at", "outstanding"})
    exported = shape.text(closing["exported_at"], "closing.exported_at")
    outstanding: dict[tuple[str, str], list[str]] = {}
    for i, entry in enumerate(shape.array(closing["outstanding"], "closing.outstanding")):
        where = f"closing.outstanding[{i}]"
        entry = shape.obj(entry, where, {"member_id", "key_id", "statements"})
        ident = (
            shape.ident(entry["member_id"], f"{where}.member_id"),
            shape.ident(entry["key_id"], f"{where}.key_id"),
        )
        hashes = shape.texts(entry["statements"], f"{where}.statements")
        for h in hashes:
            shape.hexbytes(h, f"{where}.statements", 32)
        outstanding.setdefault(ident, []).extend(hashes)
    return {
        "exported_at": (exported, shape.timestamp(exported, "closing.exported_at")),
        "outstanding": outstanding,
    }


def _check_file_signature(doc: dict, ca_pem: str) -> None:
    """The committee CA signed the whole file (closing manifest and key times included)."""
    try:
        sig = shape.obj(doc["signature"], "signature", {"algorithm", "value"})
        algorithm, public = keyfile.ca_public_key(ca_pem)
        if sig["algorithm"] != algorithm:
            raise SignatureError("The keys file names another algorithm than its CA's.")
        value = shape.b64bytes(sig["value"], "signature.value")
        custody.verify_signature(algorithm, public, value, keyfile.signed_part(doc))
    except (BundleRejected, SignatureError):
        raise ValidationError("The keys file is not signed by its committee CA.") from None


def _add_keys(session: Session, committee_id: str, doc: dict, now: str) -> tuple[int, int]:
    members, created = doc["members"], doc["created"]
    rows = {
        (k.member_id, k.key_id): k
        for k in session.execute(
            select(CommitteeKey).where(CommitteeKey.committee_id == committee_id)
        ).scalars()
    }
    listed_active = set()
    added = 0
    for key, cert, active in members:
        row = rows.get((key.member_id, key.key_id))
        if row is None:
            row = CommitteeKey(
                committee_id=committee_id,
                member_id=key.member_id,
                key_id=key.key_id,
                public_key=key.public_key,
                algorithm=key.algorithm,
                added_at=now,
                status="active",
            )
            session.add(row)
            rows[(key.member_id, key.key_id)] = row
            added += 1
        declared = created[(key.member_id, key.key_id)][0]
        if row.created_at is None:
            row.created_at = declared
        elif row.created_at != declared:
            raise ValidationError(
                "The keys file gives key {key} another creation time than before ({at}).",
                key=key.key_id,
                at=row.created_at,
            )
        row.name, row.role, row.gender, row.external = key.name, key.role, key.gender, key.external
        row.backgrounds, row.certificate_pem = json.dumps(list(key.backgrounds)), cert
        if active:
            listed_active.add((key.member_id, key.key_id))
    retired = 0
    outstanding = doc["closing"]["outstanding"]
    for ident, row in rows.items():
        if row.status == "active" and ident not in listed_active:
            # from now on only the statements the closing manifest lists are accepted (admission.py)
            row.status, row.retired_at = "retired", now
            retired += 1
            for h in sorted(set(outstanding.get(ident, ()))):
                session.add(
                    ClosingStatement(
                        committee_id=committee_id,
                        member_id=ident[0],
                        key_id=ident[1],
                        statement_hash=h,
                        listed_at=now,
                    )
                )
    return added, retired


def add_committee(session: Session, data: bytes) -> str:
    doc = read_keys_file(data)
    c = doc["committee"]
    if session.get(Committee, c["id"]) is not None:
        raise ValidationError("Committee {id} is already enrolled; use `committee rotate`.", id=c["id"])
    now = iso_now()
    session.add(
        Committee(
            id=c["id"],
            name=c["name"],
            institution=c["institution"],
            registration_number=c["registration_number"],
            ca_certificate_pem=doc["ca"],
            status="active",
            enrolled_at=now,
            note="",
            keys_exported_at=doc["closing"]["exported_at"][0],
            regime=doc["regime"],
        )
    )
    session.flush()
    added, retired = _add_keys(session, c["id"], doc, now)
    return f"Enrolled {c['name']} ({c['id']}) with {added - retired} active member keys."


def rotate_committee(session: Session, data: bytes) -> str:
    doc = read_keys_file(data)
    c = doc["committee"]
    row = session.get(Committee, c["id"])
    if row is None:
        raise ValidationError("Committee {id} is not enrolled; use `committee add`.", id=c["id"])
    if row.status == "revoked":
        raise ValidationError("Committee {id} is revoked.", id=c["id"])
    if row.ca_certificate_pem.strip() != doc["ca"].strip():
        raise ValidationError("The keys file comes from a different committee CA.")
    exported, exported_time = doc["closing"]["exported_at"]
    if row.keys_exported_at and exported_time < shape.timestamp(row.keys_exported_at, "keys_exported_at"):
        raise ValidationError(
            "The keys file was exported at {at}, before the one already applied ({last}); export a new one.",
            at=exported,
            last=row.keys_exported_at,
        )
    row.name, row.institution, row.registration_number = c["name"], c["institution"], c["registration_number"]
    row.keys_exported_at = exported
    row.regime = doc["regime"]  # a new charter's regime applies to bundles from now on
    added, retired = _add_keys(session, c["id"], doc, iso_now())
    return f"Rotated {c['name']}: {added} keys added, {retired} retired."


def revoke(session: Session, committee_id: str, key_id: str | None = None, note: str = "") -> str:
    row = session.get(Committee, committee_id)
    if row is None:
        raise ValidationError("Committee {id} is not enrolled.", id=committee_id)
    now = iso_now()
    if key_id is None:
        row.status, row.revoked_at, row.note = "revoked", now, note
        return f"Revoked committee {row.name}; nothing it signs is accepted any more."
    keys = list(
        session.execute(
            select(CommitteeKey).where(
                CommitteeKey.committee_id == committee_id, CommitteeKey.key_id == key_id
            )
        ).scalars()
    )
    if not keys:
        raise ValidationError("Committee {id} has no key {key}.", id=committee_id, key=key_id)
    for k in keys:
        k.status, k.revoked_at = "revoked", now
    return f"Revoked key {key_id} of {keys[0].name}."


class EnrolledKeys:
    """The registry's key book for desktop.sync.verify."""

    checks_prior = True

    def __init__(self, session: Session) -> None:
        self.session = session
        self._keys: dict[str, dict[tuple[str, str], CommitteeKey]] = {}
        self._committees: dict[str, Committee | None] = {}
        self._blocks: dict[str, dict] = {}
        self._member_keys: dict[tuple[str, str, str], MemberKey] = {}
        self._prior: dict[str, PriorDecision | None] = {}  # read ahead by load_prior
        self._accepted: dict[str, PriorDecision] = {}  # logged in this transaction, not yet written

    def _committee(self, committee_id: str) -> Committee | None:
        """The committee's row, read once per book (one book serves one transaction)."""
        if committee_id not in self._committees:
            self._committees[committee_id] = self.session.get(Committee, committee_id)
        return self._committees[committee_id]

    def _committee_keys(self, committee_id: str) -> dict[tuple[str, str], CommitteeKey]:
        """All of a committee's keys in one query (a bundle carries ~20 signatures)."""
        if committee_id not in self._keys:
            rows = self.session.execute(select(CommitteeKey).where(CommitteeKey.committee_id == committee_id))
            self._keys[committee_id] = {(r.member_id, r.key_id): r for r in rows.scalars()}
        return self._keys[committee_id]

    def committee_block(self, committee_id: str) -> dict:
        if committee_id not in self._blocks:  # a batch asks once per bundle
            self._blocks[committee_id] = self._committee_block(committee_id)
        return self._blocks[committee_id]

    def _committee_block(self, committee_id: str) -> dict:
        row = self._committee(committee_id) if shape.is_ident(committee_id) else None
        if row is None:
            raise BundleRejected(
                "unknown_committee", "Committee {id} is not enrolled at this registry.", id=committee_id
            )
        if row.status != "active":
            raise BundleRejected("revoked_committee", "Committee {id} has been revoked.", id=committee_id)
        return {
            "id": row.id,
            "name": row.name,
            "institution": row.institution,
            "registration_number": row.registration_number,
        }

    def member_key(self, committee_id: str, member_id: str, key_id: str, signed_at: datetime) -> MemberKey:
        found = self._member_keys.get((committee_id, member_id, key_id))
        if found is None:  # a batch asks for the same few keys hundreds of times
            found = self._member_keys[committee_id, member_id, key_id] = self._member_key(
                committee_id, member_id, key_id
            )
        return found

    def _member_key(self, committee_id: str, member_id: str, key_id: str) -> MemberKey:
        if not (shape.is_ident(member_id) and shape.is_ident(key_id)):
            raise BundleRejected(
                "unknown_key", "Key {key} is not enrolled for this committee.", key=str(key_id)[:64]
            )
        row = self._committee_keys(committee_id).get((member_id, key_id))
        if row is None:
            raise BundleRejected("unknown_key", "Key {key} is not enrolled for this committee.", key=key_id)
        if row.status == "revoked":
            raise BundleRejected(
                "revoked_key", "Key {key} of {name} has been revoked.", key=key_id, name=row.name
            )
        # A retired key is not refused here: its statements are judged by the closing manifest
        # (registry.admission for bundles; registry.carry refuses a retired key's carry manifest).
        return MemberKey(
            row.member_id,
            row.key_id,
            row.public_key,
            row.name,
            row.role,
            tuple(json.loads(row.backgrounds)),
            row.external,
            row.gender,
            row.algorithm,
        )

    def row(self, committee_id: str, member_id: str, key_id: str) -> CommitteeKey | None:
        """The enrolled key row, with its status, creation and retirement times."""
        return self._committee_keys(committee_id).get((member_id, key_id))

    def committee_regime(self, committee_id: str) -> str | None:
        row = self._committee(committee_id)
        return row.regime if row is not None else None

    def load_prior(self, decision_ids: Iterable[object]) -> None:
        """Read the logged decisions among ``decision_ids`` in one query, for ``prior_decision``."""
        wanted = {i for i in decision_ids if shape.is_ident(i) and i not in self._prior}
        if not wanted:
            return
        self._prior.update(dict.fromkeys(wanted))
        log = LogEntry.__table__  # Core: read once per batch, no ORM needed
        columns = (log.c.decision_id, log.c.committee_id, log.c.case_id, log.c.decision_type, log.c.status)
        rows = self.session.execute(select(*columns).where(log.c.decision_id.in_(wanted)))
        for decision_id, *fields in rows:
            self._prior[decision_id] = PriorDecision(*fields)

    def accepted(self, decision_id: str, prior: PriorDecision) -> None:
        """A decision this transaction logs: later bundles of the batch may supersede it."""
        self._accepted[decision_id] = prior

    def prior_decision(self, decision_id: str) -> PriorDecision | None:
        if not shape.is_ident(decision_id):
            return None
        if decision_id in self._accepted:
            return self._accepted[decision_id]
        if decision_id in self._prior:
            return self._prior[decision_id]
        row = self.session.execute(
            select(LogEntry).where(LogEntry.decision_id == decision_id)
        ).scalar_one_or_none()
        if row is None:
            return None
        return PriorDecision(row.committee_id, row.case_id, row.decision_type, row.status)
