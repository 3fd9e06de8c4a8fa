"""What the registry checks beyond a bundle's own signatures and rules, trusting no signer's clock.

A statement's ``signed_at`` is whatever the signer's computer said, so it never decides alone:
- it may not lie after the registry's own time by more than CLOCK_SKEW (a future-dated statement);
- nor before the case was received, nor before its key was made (as the CA-signed keys file
  declares; not the registry's import time, because committees sign offline before they enrol);
- a retired key's statement is accepted only if the closing manifest that retired the key lists
  its hash, whatever date it carries (a retired key can backdate anything);
- each case has one chain of decisions: a later decision names the current one in ``supersedes``.
The reasons are in docs/registry.md ("Time and retired keys").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.sync import shape
from desktop.sync.keyformat import signed_statements, statement_hash
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import VerifiedBundle
from registry.models import ClosingStatement, CommitteeKey, LogEntry

# A signer's clock may run this far ahead of the registry's before its statements count as
# future-dated: weeks of drift of an unsynchronised PC, never a time the registry has not reached.
CLOCK_SKEW = timedelta(minutes=10)
# A case's received date is a calendar date in the committee's zone; it begins earliest at UTC+14.
EARLIEST_ZONE = timedelta(hours=14)


def utc_now() -> datetime:
    """Naive UTC, as desktop.sync.shape.timestamp parses statement times."""
    return datetime.now(UTC).replace(tzinfo=None)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _received_start(case: dict) -> datetime:
    try:
        received = date.fromisoformat(case["received_on"])
    except ValueError:
        raise shape.schema("case.received_on must be a date like 2026-01-31.") from None
    return datetime.combine(received, datetime.min.time()) - EARLIEST_ZONE


def _enrolled(session: Session, committee_id: str):
    keys = {
        (k.member_id, k.key_id): k
        for k in session.execute(
            select(CommitteeKey).where(CommitteeKey.committee_id == committee_id)
        ).scalars()
    }
    return lambda _committee, member_id, key_id: keys.get((member_id, key_id))


def check_statements(
    session: Session,
    bundle: dict,
    verified: VerifiedBundle,
    now: datetime,
    row=None,
    closing: dict | None = None,
) -> None:
    """Refuse the bundle if any member statement in it breaks a time or retired-key rule.
    ``row(committee_id, member_id, key_id)`` finds an enrolled key (EnrolledKeys.row);
    ``closing`` caches the closing manifests read, across the bundles of one transaction."""
    committee_id = verified.committee["id"]
    row = row or _enrolled(session, committee_id)
    received = _received_start(verified.case)
    closing = {} if closing is None else closing
    latest = now + CLOCK_SKEW
    if _all_in_time(verified, committee_id, row, received, latest):
        return
    # Something is out of time or by a retired key: find the statement and say which.
    keys: dict[tuple[str, str], tuple[object, datetime | None]] = {}  # (key row, earliest time) by key
    for body, statement in signed_statements(bundle, verified.statements):
        kind = str(body.get("kind"))
        signer = body.get("signer")
        if not isinstance(signer, dict):
            shape.obj(signer, f"{kind}.signer")
        name = str(signer.get("name"))
        signed_at = shape.timestamp(body.get("signed_at"), f"{kind}.signed_at")
        if signed_at > latest:
            raise BundleRejected(
                "future_dated",
                "The {kind} by {name} is dated {at}, more than {minutes} minutes after the registry's "
                "time {now}.",
                kind=kind,
                name=name,
                at=_stamp(signed_at),
                minutes=int(CLOCK_SKEW.total_seconds() // 60),
                now=_stamp(now),
            )
        if signed_at < received:
            raise BundleRejected(
                "backdated",
                "The {kind} by {name} is dated {at}, before case {ref} was received ({received}).",
                kind=kind,
                name=name,
                at=_stamp(signed_at),
                ref=verified.case["reference"],
                received=verified.case["received_on"],
            )
        ident = (str(signer.get("id")), str(signer.get("key")))
        found = keys.get(ident)
        if found is None:  # a bundle's ~20 statements are by a few keys
            key = row(committee_id, *ident)
            if key is None:  # verify_bundle already refused unknown keys; kept for safety
                raise BundleRejected(
                    "unknown_key", "Key {key} is not enrolled for this committee.", key=ident[1]
                )
            earliest = _earliest(key)
            found = keys[ident] = (key, earliest)
        key, earliest = found
        if earliest is not None and signed_at < earliest:
            raise BundleRejected(
                "backdated",
                "The {kind} by {name} is dated {at}, before its key was made ({created}).",
                kind=kind,
                name=name,
                at=_stamp(signed_at),
                created=key.created_at,
            )
        if key.status == "retired":
            if (committee_id, *ident) not in closing:
                closing[committee_id, *ident] = set(
                    session.execute(
                        select(ClosingStatement.statement_hash).where(
                            ClosingStatement.committee_id == committee_id,
                            ClosingStatement.member_id == ident[0],
                            ClosingStatement.key_id == ident[1],
                        )
                    ).scalars()
                )
            if statement_hash(statement) not in closing[committee_id, *ident]:
                raise BundleRejected(
                    "retired_key",
                    "Key {key} of {name} was retired, and its closing manifest does not list this {kind}.",
                    key=ident[1],
                    name=name,
                    kind=kind,
                )


def _all_in_time(
    verified: VerifiedBundle, committee_id: str, row, received: datetime, latest: datetime
) -> bool:
    """Whether every statement verify_bundle verified keeps the time rules, judged from the
    earliest and latest times alone, with no key retired: the common case, answered without
    walking the bundle again. False sends the caller through each statement to name the one."""
    parts = verified.parts
    if not parts or any(p.signed_at is None for p in parts):
        return False
    if max(p.signed_at for p in parts) > latest or min(p.signed_at for p in parts) < received:
        return False
    first: dict[tuple[str, str], datetime] = {}  # each key's earliest statement
    for p in parts:
        ident = (p.key.member_id, p.key.key_id)
        if ident not in first or p.signed_at < first[ident]:
            first[ident] = p.signed_at
    for ident, signed_at in first.items():
        key = row(committee_id, *ident)
        if key is None or key.status == "retired":
            return False
        earliest = _earliest(key)
        if earliest is not None and signed_at < earliest:
            return False
    return True


def _earliest(key) -> datetime | None:
    """The earliest time a key's statement may carry: when the key was made, less the skew
    (None for keys enrolled before their creation time was declared)."""
    return shape.timestamp(key.created_at, "created_at") - CLOCK_SKEW if key.created_at else None


def _current(session: Session, committee_id: str, case_id: str) -> str | None:
    """The case's decision that nothing supersedes yet (the newest, if the log holds several)."""
    later = aliased(LogEntry)
    return session.execute(
        select(LogEntry.decision_id)
        .where(
            LogEntry.committee_id == committee_id,
            LogEntry.case_id == case_id,
            ~select(later.leaf_index).where(later.supersedes == LogEntry.decision_id).exists(),
        )
        .order_by(LogEntry.leaf_index.desc())
        .limit(1)
    ).scalar_one_or_none()


def current_decisions(
    session: Session, cases: Iterable[tuple[object, object]]
) -> dict[tuple[str, str], str | None]:
    """``_current`` of several (committee id, case id) pairs, one query per committee. Pairs
    that are not plain ids are left out (the caller asks ``_current`` for those)."""
    by_committee: dict[str, set[str]] = {}
    for committee_id, case_id in cases:
        if shape.is_ident(committee_id) and shape.is_ident(case_id):
            by_committee.setdefault(committee_id, set()).add(case_id)
    found: dict[tuple[str, str], str | None] = {}
    log, later = LogEntry.__table__, LogEntry.__table__.alias("later")  # Core: no ORM per batch
    for committee_id, case_ids in by_committee.items():
        found.update(dict.fromkeys(((committee_id, c) for c in case_ids), None))
        rows = session.execute(
            select(log.c.case_id, log.c.decision_id)
            .where(
                log.c.committee_id == committee_id,
                log.c.case_id.in_(case_ids),
                ~select(later.c.leaf_index).where(later.c.supersedes == log.c.decision_id).exists(),
            )
            .order_by(log.c.leaf_index)
        )
        for case_id, decision_id in rows:  # ascending: the newest of a case is kept
            found[committee_id, case_id] = decision_id
    return found


def check_succession(session: Session, verified: VerifiedBundle, known: dict | None = None) -> None:
    """One chain of decisions per case: a later decision supersedes the current one, by name.
    ``known`` maps (committee id, case id) to the current decision where the caller knows it
    (a batch holds the decisions it accepted itself, uncommitted)."""
    case_key = (verified.committee["id"], verified.case["id"])
    current = known[case_key] if known and case_key in known else _current(session, *case_key)
    if verified.supersedes is None:
        if current is not None:
            raise BundleRejected(
                "conflicting_decision",
                "Case {ref} already has decision {id} at the registry; a later decision must name the "
                "decision it supersedes.",
                ref=verified.case["reference"],
                id=current,
            )
        return
    # verify_bundle checked that the superseded decision is in the log, for this committee and case
    if verified.supersedes != current:
        raise BundleRejected(
            "conflicting_decision",
            "Decision {old} was already superseded; the current decision of case {ref} is {id}.",
            old=verified.supersedes,
            ref=verified.case["reference"],
            id=current,
        )


def check(
    session: Session,
    bundle: dict,
    verified: VerifiedBundle,
    now: datetime | None = None,
    row=None,
    known: dict | None = None,
    closing: dict | None = None,
) -> None:
    check_statements(session, bundle, verified, now or utc_now(), row, closing)
    check_succession(session, verified, known)
