"""The audit trail: each event chained by SHA-256 to the one before it.

hash = SHA-256(prev_hash || canonical(event fields)). Editing, deleting or
reordering any row breaks the link at that row; ``seq`` must also run 1, 2, 3...
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.signing import canonical

GENESIS = "0" * 64


def _event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    payload: dict,
) -> str:
    body = {
        "seq": seq,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "payload": payload,
    }
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(body)).hexdigest()


def head(session: Session) -> dict:
    """The newest event as a signature witnesses it: {"seq": n, "hash": h} ({0, GENESIS} when empty)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return {"seq": 0, "hash": GENESIS} if last is None else {"seq": last.seq, "hash": last.hash}


# A session recording many rows at once (the meeting host's batch of votes) may set
# session.info[DEFERRED] = [] so plain INSERTs wait there and go to the database together, one
# statement per table, when it calls write_deferred (before anything reads those tables, and
# before the commit).
DEFERRED = "deferred_inserts"


def insert(session: Session, table, row: dict) -> None:
    """A plain INSERT of ``row`` on the session's connection (no unit of work), or deferred."""
    deferred = session.info.get(DEFERRED)
    if deferred is not None:
        deferred.append((table, row))
    else:
        session.connection().execute(table.insert(), row)


def write_deferred(session: Session) -> None:
    deferred = session.info.get(DEFERRED)
    if not deferred:
        return
    by_table: dict = {}
    for table, row in deferred:
        by_table.setdefault(table, []).append(row)
    deferred.clear()
    connection = session.connection()
    for table, rows in by_table.items():  # in the order each table was first written
        connection.execute(table.insert(), rows)


# A session that appends several events may set session.info[TAIL_CACHE] = {} so each append
# continues from the last one it made instead of reading the chain's head again; whoever rolls back
# a savepoint must reset it to {} (desktop.services.room).
TAIL_CACHE = "audit_tail"


def record(
    session: Session, actor: str, action: str, entity: str, entity_id: str, payload: dict | None = None
) -> None:
    """Append an event in the caller's transaction."""
    # Only the two columns the chain needs (not the whole newest row): appended once per statement.
    tail = session.info.get(TAIL_CACHE)
    if tail:
        seq, prev = tail["seq"] + 1, tail["hash"]
    else:
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq = 1 if last is None else last.seq + 1
        prev = GENESIS if last is None else last.hash
    # Microsecond precision survives the database round trip; anything finer would not.
    at = datetime.now(UTC)
    payload = payload or {}
    row = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "payload": payload,
        "prev_hash": prev,
        "hash": _event_hash(prev, seq, at, actor, action, entity, entity_id, payload),
    }
    # A plain INSERT on the session's connection (its current savepoint), not the ORM's unit of
    # work: a fraction of a flush.
    insert(session, AuditEvent.__table__, row)
    if tail is not None:
        tail.update(seq=seq, hash=row["hash"])


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_broken: int | None = None  # seq (or position) of the first bad row
    problem: str = ""
    head: str = GENESIS
    witnessed_seq: int = 0  # the newest event a signature or a receipt has witnessed
    witnesses: int = 0


def verify_chain(session: Session) -> ChainReport:
    prev, expected_seq, count = GENESIS, 1, 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        count += 1
        if event.seq != expected_seq:
            return ChainReport(
                False, count, expected_seq, f"event {expected_seq} is missing (next is {event.seq})"
            )
        if event.prev_hash != prev:
            return ChainReport(
                False, count, event.seq, f"event {event.seq} does not follow event {event.seq - 1}"
            )
        actual = _event_hash(
            prev, event.seq, event.at, event.actor, event.action, event.entity, event.entity_id, event.payload
        )
        if actual != event.hash:
            return ChainReport(False, count, event.seq, f"event {event.seq} was altered")
        prev, expected_seq = event.hash, expected_seq + 1
    return ChainReport(True, count, head=prev)
