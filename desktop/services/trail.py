"""The audit trail held against its witnesses, and the record held against the trail.

Every signed statement names the audit head (seq and hash of the newest event) at the moment it
was signed, and every registry receipt vouches for the head its bundle carried. An insider with
the vault passphrase can rewrite the SHA-256 chain, but not those signatures: a trail shorter
than a witnessed head, or with another event at a witnessed seq, is refused. What no witness has
seen yet (events after the newest witnessed head) is the window docs/audit-trail.md describes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, signing
from desktop.errors import QuorumError
from desktop.models import (
    Attendance,
    AuditEvent,
    CertificateRevocation,
    ChecklistResponse,
    Committee,
    Decision,
    DecisionSignature,
    Declaration,
    DocumentVersion,
    IssuedDocument,
    Member,
    OutboxItem,
    Vote,
)

WITNESSED = "witnessed_head"  # committee.settings key: the highest head a registry echoed back


@dataclass(frozen=True)
class Witness:
    seq: int
    hash: str
    by: str  # who witnessed it, in words: "the vote of 王建国 signed 2026-…", "the registry's receipt …"


@dataclass(frozen=True)
class TrailCheck:
    problems: tuple[str, ...]  # empty when every witnessed head is in the trail
    first_broken: int | None
    witnessed_seq: int  # the newest witnessed event (0 when nothing has witnessed the trail)
    witnesses: int


def _signed_by(session: Session, statement: bytes, signature: bytes, what: str) -> tuple[Witness | None, str]:
    """The head a stored statement witnesses, after checking its signature; or a problem."""
    try:
        body = json.loads(statement)
        signer = body["signer"]
        where = f"the {what} signed by {signer['name']} at {body['signed_at']}"
    except (ValueError, KeyError, TypeError):
        return None, f"a stored {what} statement is not readable"
    head = body.get("audit_head")
    if head is None:
        return None, ""  # signed before statements carried the head
    member = session.get(Member, signer.get("id"))
    if member is None or signing.public_key_id(member.public_key) != signer.get("key"):
        return None, f"{where} names a key that is not its signer's"
    try:
        signing.verify_statement(statement, signature, member.public_key, member.key_algorithm)
    except QuorumError:
        return None, f"{where} does not verify: its signature or its text was altered"
    try:
        return Witness(int(head["seq"]), str(head["hash"]), where), ""
    except (KeyError, TypeError, ValueError):
        return None, f"{where} carries a malformed audit head"


def _statements(session: Session):
    """(statement, signature, what) of every signature the vault keeps."""
    for model, what in (
        (Attendance, "attendance"),
        (Declaration, "declaration"),
        (Vote, "vote"),
        (Decision, "decision"),
        (DecisionSignature, "decision signature"),
    ):
        rows = session.execute(select(model.statement, model.signature).where(model.statement.is_not(None)))
        for statement, signature in rows:
            yield bytes(statement), bytes(signature), what
    # One checklist statement covers every answer signed with it.
    seen: set[bytes] = set()
    rows = session.execute(
        select(ChecklistResponse.statement, ChecklistResponse.signature).where(
            ChecklistResponse.statement.is_not(None)
        )
    )
    for statement, signature in rows:
        if bytes(statement) not in seen:
            seen.add(bytes(statement))
            yield bytes(statement), bytes(signature), "checklist answers"


def witnesses(session: Session) -> tuple[list[Witness], list[str]]:
    """Every head a signature or a registry receipt has witnessed, and the stored signatures that
    could not serve as witnesses (altered, unreadable)."""
    found: list[Witness] = []
    problems: list[str] = []
    for statement, signature, what in _statements(session):
        witness, problem = _signed_by(session, statement, signature, what)
        if witness is not None:
            found.append(witness)
        if problem:
            problems.append(problem)
    confirmed = session.execute(
        select(OutboxItem.decision_id, OutboxItem.payload).where(OutboxItem.receipt.is_not(None))
    )
    for decision_id, payload in confirmed:
        try:
            head = json.loads(payload).get("audit_head")
        except (ValueError, AttributeError):
            head = None
        if isinstance(head, dict) and isinstance(head.get("seq"), int):
            found.append(
                Witness(
                    head["seq"], str(head.get("hash")), f"the registry's receipt for decision {decision_id}"
                )
            )
    committee = session.execute(select(Committee)).scalars().first()
    stored = (committee.settings or {}).get(WITNESSED) if committee is not None else None
    if isinstance(stored, dict) and isinstance(stored.get("seq"), int):
        found.append(
            Witness(stored["seq"], str(stored.get("hash")), f"the registry ({stored.get('by', 'receipt')})")
        )
    return found, problems


def registry_witnesses(heads: list[dict]) -> list[Witness]:
    """The heads a registry lists for the committee (``RegistryClient.audit_heads``) as witnesses."""
    return [
        Witness(h["seq"], h["hash"], f"the registry's log ({h.get('source')} {h.get('source_id')})")
        for h in heads
    ]


def check_witnessed(session: Session, extra: list[Witness] | tuple[Witness, ...] = ()) -> TrailCheck:
    """Hold the trail against every witnessed head (and ``extra`` ones, e.g. the registry's):
    none may be missing or different."""
    found, problems = witnesses(session)
    found += extra
    events = dict(session.execute(select(AuditEvent.seq, AuditEvent.hash)).all())
    last = max(events, default=0)
    first_broken: int | None = None
    beyond = [w for w in found if w.seq > last]
    if beyond:
        w = max(beyond, key=lambda w: w.seq)
        problems.insert(
            0,
            f"the trail ends at event {last}, but {w.by} witnessed event {w.seq}: newer events were removed",
        )
        first_broken = last + 1
    diverged = sorted(
        (w for w in found if 0 < w.seq <= last and events.get(w.seq) != w.hash), key=lambda w: w.seq
    )
    if diverged:
        w = diverged[0]
        problem = (
            f"event {w.seq} is missing, but {w.by} witnessed it"
            if w.seq not in events
            else f"event {w.seq} is not the one {w.by} witnessed: the trail was rewritten at or before it"
        )
        problems.insert(0, problem)
        first_broken = w.seq
    return TrailCheck(tuple(problems), first_broken, max((w.seq for w in found), default=0), len(found))


def note_witnessed(session: Session, head: dict | None, by: str) -> None:
    """Keep the highest head a registry has echoed back (only one this vault's trail holds)."""
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int):
        return
    committee = session.execute(select(Committee)).scalar_one()
    current = (committee.settings or {}).get(WITNESSED) or {}
    if head["seq"] > current.get("seq", -1):
        committee.settings = {
            **committee.settings,
            WITNESSED: {"seq": head["seq"], "hash": head["hash"], "by": by},
        }


def holds(session: Session, head: dict) -> bool:
    """Whether the trail has this head's event, with this hash."""
    if head.get("seq") == 0:
        return head.get("hash") == audit.GENESIS
    event = session.get(AuditEvent, head.get("seq"))
    return event is not None and event.hash == head.get("hash")


# ---- the record held against the trail --------------------------------------------------------


def _events(session: Session, action: str) -> list[AuditEvent]:
    return list(session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def unrecorded(session: Session) -> list[str]:
    """Records with no event of their own: decisions, votes, attendance, declarations, checklist
    answers, document versions, wrong PINs and members' keys. Each is a change made around the
    audit trail (or an event deleted from it)."""
    problems: list[str] = []

    decided = {e.entity_id for e in _events(session, "decision.sign")}
    for d in session.execute(select(Decision)).scalars():
        if d.id not in decided:
            problems.append(f"decision {d.id} has no decision.sign event")

    def keyed(action: str, *fields: str) -> set[tuple]:
        return {(e.entity_id, *((e.payload or {}).get(f) for f in fields)) for e in _events(session, action)}

    votes = keyed("vote.cast", "meeting", "member")
    for v in session.execute(select(Vote)).scalars():
        if (v.case_id, v.meeting_id, v.member_id) not in votes:
            problems.append(f"the vote of member {v.member_id} on case {v.case_id} has no vote.cast event")
    declared = keyed("meeting.declare", "meeting", "member")
    for d in session.execute(select(Declaration)).scalars():
        if (d.case_id, d.meeting_id, d.member_id) not in declared:
            problems.append(
                f"the declaration of member {d.member_id} on case {d.case_id} has no meeting.declare event"
            )
    checked_in = keyed("meeting.check_in", "member")
    for a in session.execute(select(Attendance)).scalars():
        if (a.meeting_id, a.member_id) not in checked_in:
            problems.append(
                f"the attendance of member {a.member_id} at meeting {a.meeting_id} "
                "has no meeting.check_in event"
            )
    answered = {
        (e.entity_id, e.actor, (e.payload or {}).get("item")) for e in _events(session, "checklist.answer")
    }
    for r in session.execute(select(ChecklistResponse)).scalars():
        if (r.case_id, r.member_id, r.item_id) not in answered:
            problems.append(
                f"the checklist answer of member {r.member_id} to {r.item_id} has no checklist.answer event"
            )
    added = keyed("document.add", "version")
    for v in session.execute(select(DocumentVersion)).scalars():
        if (v.document_id, v.number) not in added:
            problems.append(f"version {v.number} of document {v.document_id} has no document.add event")

    failed: dict[str, list[AuditEvent]] = {}
    for e in _events(session, "member.pin_failed"):
        failed.setdefault(e.entity_id, []).append(e)
    keys: dict[str, set[str]] = {}
    for e in session.execute(select(AuditEvent).where(AuditEvent.entity == "member")).scalars():
        key = (e.payload or {}).get("key")
        if key:
            keys.setdefault(e.entity_id, set()).add(key)
    for m in session.execute(select(Member)).scalars():
        if m.pin_failures:
            latest = max(failed.get(m.id, []), key=lambda e: e.seq, default=None)
            if latest is None or (latest.payload or {}).get("failures") != m.pin_failures:
                problems.append(
                    f"{m.name} has {m.pin_failures} wrong PIN(s) counted but the trail does not record them"
                )
        if signing.public_key_id(m.public_key) not in keys.get(m.id, set()):
            problems.append(f"{m.name}'s signing key {signing.public_key_id(m.public_key)} has no event")
    issued = {(e.payload or {}).get("issued") for e in _events(session, "document.issue")}
    stamped = {(e.payload or {}).get("issued") for e in _events(session, "document.timestamp")}
    for d in session.execute(select(IssuedDocument)).scalars():
        if d.id not in issued:
            problems.append(f"issued {d.kind} {d.id} has no document.issue event")
        if d.timestamped_at is not None and d.id not in stamped:
            problems.append(f"the timestamp of issued {d.kind} {d.id} has no document.timestamp event")
    revoked = {(e.payload or {}).get("serial") for e in _events(session, "certificate.revoke")}
    for r in session.execute(select(CertificateRevocation)).scalars():
        if r.serial not in revoked:
            problems.append(f"the revocation of certificate {r.serial} has no certificate.revoke event")
    return problems
