"""The meeting room over the local network, host side, without the network: who a device is,
what the room looks like to it, and recording the statements members sign on their devices.

A device's statement is checked here (signature by the member's current key, this committee,
this meeting, this member, not a replay) and then recorded through the same meeting services the
screens call (``check_in_in``, ``declare_in``, ``answer_checklist_in``, ``cast_vote_in``), which
apply the same rules and keep the member's statement and signature on the row. The row's time is
the host's (the record's clock); the statement keeps the time the device signed it.
Protocol and channel: docs/lan-meeting.md.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, checklists, custody, signing
from desktop.domain import VoteChoice
from desktop.errors import PermissionDenied, QuorumError, RoomRefused, SignatureError
from desktop.models import (
    AgendaItem,
    Attendance,
    AuditEvent,
    Case,
    ChecklistResponse,
    Decision,
    Declaration,
    Meeting,
    Member,
    Vote,
)
from desktop.services import decisions, meetings
from desktop.services.cases import load_case
from desktop.services.committee import COMMITTEE_CACHE, charter_of, load_committee
from desktop.services.devices import is_own_device, member_key
from desktop.services.meetings import ChecklistEntry, load_meeting
from desktop.services.review_lists import review_checklists
from desktop.vault import Vault

KINDS = ("attendance", "declaration", "checklist", "vote", "decision")


@functools.cache
def _shipped() -> dict[str, checklists.Checklist]:
    """The shipped checklists, read once per process (the state is rebuilt after every change)."""
    return checklists.load_all()


@dataclass(frozen=True)
class DeviceMember:
    member_id: str
    name: str
    role: str


def device_member(vault: Vault, algorithm: str, public_key: bytes) -> DeviceMember:
    """The member whose *current* key (held on their own device) this is; anything else is
    refused: a key never enrolled, a retired key, a member no longer current."""
    with vault.session() as s:
        for member in s.execute(select(Member)).scalars():
            alg, key = member_key(s, member)
            if key == public_key and alg == algorithm:
                if not member.active:
                    raise PermissionDenied(
                        "{name} is not a current member.", name=member.name, name_en=member.name_en
                    )
                if not is_own_device(s, member):
                    break
                return DeviceMember(member.id, member.name, member.role)
    raise RoomRefused("This device is not enrolled with the committee.")


def _quorum_json(result) -> dict:
    return {
        "met": result.met,
        "counted": list(result.counted),
        "basis": result.basis,
        "shortfalls": [
            {"template": r.template, "params": [list(p) for p in r.params], "message": r.message}
            for r in result.shortfalls
        ],
    }


def _decided(s: Session, meeting_id: str) -> set[str]:
    return set(
        s.execute(
            select(Decision.case_id).where(Decision.meeting_id == meeting_id, Decision.status != "superseded")
        ).scalars()
    )


@dataclass
class RoomView:
    """The room state as every device gets it, with the current case's tally inputs, so the host
    can bring it up to date after a batch of votes without reading the vault again."""

    state: dict
    tally: meetings.TallyInputs | None  # the current case's; ballots here never leave the host

    def after_votes(self, head: dict, votes: list[tuple[str, str, str]]) -> None:
        """Votes (case, member, choice) recorded right on top of this state: the caller checked
        that the vault's audit head before them was this state's, so nothing else changed."""
        state = {**self.state, "audit_head": head}
        case = state["case"]
        mine = [(member, choice) for case_id, member, choice in votes if case and case_id == case["id"]]
        if mine and self.tally is not None:
            for member, choice in mine:
                self.tally.cast[member] = VoteChoice(choice)
            state["case"] = {
                **case,
                "voted": sorted(self.tally.cast),
                "tally": _tally_json(self.tally, state["secret_ballot"]),
            }
        self.state = state


def room_state(vault: Vault, meeting_id: str, current_case: str | None = None) -> dict:
    """Everything a device shows, for every device at once (JSON-safe, one read): agenda,
    current case, who is present, the live quorum, who declared and voted, the tally. With a
    secret ballot (the charter's ``secret_ballot``) only counts of choices leave the host."""
    return room_view(vault, meeting_id, current_case).state


def room_view(vault: Vault, meeting_id: str, current_case: str | None = None) -> RoomView:
    """``room_state`` with the tally inputs the host keeps (see RoomView)."""
    with vault.session() as s:
        s.info[meetings.ATTENDING_CACHE] = {}  # this session only reads: one answer to "who attends"
        meeting = load_meeting(s, meeting_id)
        committee = load_committee(s)
        secret = charter_of(s).secret_ballot
        decided = _decided(s, meeting.id)
        agenda = []
        for item in s.execute(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
        ).scalars():
            case = load_case(s, item.case_id)
            agenda.append(
                {
                    "id": case.id,
                    "reference": case.reference,
                    "title": case.title,
                    "decided": case.id in decided,
                }
            )
        ids = [a["id"] for a in agenda]
        if current_case not in ids:
            current_case = next((a["id"] for a in agenda if not a["decided"]), ids[-1] if ids else None)
        present = [
            {"id": m.id, "name": m.name, "name_en": m.name_en or "", "role": m.role}
            for m in meetings._attending_members(s, meeting.id)
        ]
        state = {
            "committee": {"id": committee.id, "name": committee.name},
            "meeting": {
                "id": meeting.id,
                "title": meeting.title,
                "held_at": meeting.held_at.isoformat(),
                "place": meeting.place,
                "video": meeting.video,
                "status": meeting.status,
            },
            "secret_ballot": secret,
            "agenda": agenda,
            "current_case": current_case,
            "present": present,
            "quorum": _quorum_json(meetings.quorum_state(s, meeting)),
            "audit_head": _head(s),
            "case": None,
        }
        inputs = None
        if current_case:
            state["case"], inputs = _case_state(s, meeting, current_case, secret)
        return RoomView(state, inputs)


def audit_head(vault: Vault) -> dict:
    """The vault's audit head now: whatever is written, the head moves (every write is audited)."""
    with vault.session() as s:
        return _head(s)


def _head(s: Session) -> dict:
    from desktop import audit

    return audit.head(s)


def _tally_json(inputs: meetings.TallyInputs, secret: bool) -> dict:
    outcome = inputs.outcome()
    tally = {
        "counts": dict(outcome.counts),
        "cast": outcome.cast,
        "eligible": outcome.eligible,
        "needed": outcome.needed,
        "reached": outcome.reached,
        "decision": outcome.decision.value if outcome.decision else None,
        "reason": outcome.reason_detail.message,
    }
    if not secret:
        tally["by_member"] = {member: choice.value for member, choice in inputs.cast.items()}
    return tally


def _case_state(s: Session, meeting, case_id: str, secret: bool) -> tuple[dict, meetings.TallyInputs]:
    case = load_case(s, case_id)
    declared = {
        d.member_id: d.has_conflict
        for d in s.execute(
            select(Declaration).where(Declaration.meeting_id == meeting.id, Declaration.case_id == case.id)
        ).scalars()
    }
    answered: dict[str, list[str]] = {}
    for member_id, item_id in s.execute(
        select(ChecklistResponse.member_id, ChecklistResponse.item_id).where(
            ChecklistResponse.case_id == case.id
        )
    ).all():
        answered.setdefault(member_id, []).append(item_id)
    inputs = meetings.tally_inputs(s, meeting, case.id)
    items = []
    for cl in review_checklists(s, case, _shipped()):
        for item in cl.items():
            items.append(
                {
                    "checklist": cl.id,
                    "version": cl.version,
                    "item": item.id,
                    "kind": str(item.kind),
                    "text": {"zh": item.text.zh, "en": item.text.en},
                    "choices": list(item.choice_values),
                    "choice_text": [{"zh": c.label.zh, "en": c.label.en} for c in item.choices],
                }
            )
    return {
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "summary": case.summary or "",
        "quorum": _quorum_json(meetings.quorum_state(s, meeting, case.id)),
        "declared": declared,
        "answered": answered,
        "voted": sorted(inputs.cast),  # one order, however the rows were read
        "eligible": meetings.eligible_voters(s, meeting, case.id),
        "decided": case.id in _decided(s, meeting.id),
        "presiding": getattr(decisions.presiding_member(s, meeting, case.id), "id", None),
        "checklist": items,
        "tally": _tally_json(inputs, secret),
    }, inputs


# -- recording a device's statement ----------------------------------------------------------


def statement_digest(statement: bytes, signature: bytes) -> str:
    return hashlib.sha256(statement + signature).hexdigest()


def _parse(statement: bytes) -> dict:
    try:
        body = json.loads(statement)
    except (ValueError, UnicodeDecodeError):
        raise RoomRefused("The statement is not valid JSON.") from None
    if not isinstance(body, dict) or signing.canonical(body) != statement:
        raise RoomRefused("The statement is not in canonical form.")
    return body


def _older_head(body: dict, previous: bytes | None) -> bool:
    """A replay: the statement witnesses a trail no newer than the one it would replace (a new
    statement is made after the device saw the old one recorded, so its head is later)."""
    if not previous:
        return False
    try:
        before = json.loads(previous).get("audit_head") or {}
        return int(body["audit_head"]["seq"]) <= int(before.get("seq", -1))
    except (ValueError, KeyError, TypeError):
        return True


def record_statement(
    vault: Vault, meeting_id: str, member_id: str, statement: bytes, signature: bytes
) -> dict:
    """Verify a statement a member signed on their device and record it, all in one
    transaction; returns {"kind", "case", "audit_head"}. Anything wrong: one refusal, nothing
    written."""
    with vault.session() as s:
        return {**_record_in(s, meeting_id, member_id, statement, signature), "audit_head": _head(s)}


HEADS_SEEN = "audit_heads_seen"


def record_statements(
    vault: Vault, meeting_id: str, items: list[tuple[str, bytes, bytes]]
) -> list[dict | QuorumError]:
    """Several devices' statements (member id, statement, signature) in one transaction: a
    refused one changes nothing and the others are still recorded (see record_batch)."""
    return record_batch(vault, meeting_id, items).results


@dataclass
class Batch:
    """What one transaction of statements did."""

    results: list[dict | QuorumError]  # one per statement, in order
    head_before: dict  # the audit head the batch started from
    head_after: dict  # and the one it committed
    votes: list[tuple[str, str, str]]  # (case, member, choice) of each vote recorded
    only_votes: bool  # nothing but votes was recorded (the room state changes only by them)


@dataclass
class BatchMemo:
    """What a batch leaves for the next one (the host keeps one): the meeting's vote snapshot,
    good only while the vault's audit head is still the one this batch committed."""

    head: dict | None = None
    vote_facts: dict | None = None


def record_batch(
    vault: Vault, meeting_id: str, items: list[tuple[str, bytes, bytes]], memo: BatchMemo | None = None
) -> Batch:
    """Record several devices' statements in one transaction and one commit (what lets 20 votes
    arriving together cost one disk flush). A vote is checked whole before it writes anything,
    so a refused vote needs no savepoint; the other kinds (rare: one per member and case) each
    run in a savepoint, since their services write as they check."""
    results: list[dict | QuorumError] = []
    votes: list[tuple[str, str, str]] = []
    facts, kept_head = None, None
    if memo is not None:  # taken, not shared: a batch that fails must not leave it half-updated
        facts, kept_head = memo.vote_facts, memo.head
        memo.vote_facts, memo.head = None, None
    with vault.session() as s:
        before = _head(s)
        # Read once per batch, not per statement (room statements never change the committee):
        # the committee and charter, and who attends (asked anew after each check-in).
        s.info[COMMITTEE_CACHE] = {}
        s.info[meetings.ATTENDING_CACHE] = {}
        # The vote snapshot, from the previous batch when nothing was written since (same head).
        s.info[meetings.VOTE_FACTS] = facts if facts is not None and kept_head == before else {}
        s.info[audit.TAIL_CACHE] = dict(before)  # appends continue from here, no re-read
        s.info[audit.DEFERRED] = []  # votes' rows and events go in together (write_deferred)
        s.info[HEADS_SEEN] = {(before["seq"], before["hash"])}
        # The identity map holds rows weakly: without these references the meeting and its
        # cases would be read again for every statement.
        held = [
            s.get(Meeting, meeting_id),
            *s.execute(
                select(Case)
                .join(AgendaItem, AgendaItem.case_id == Case.id)
                .where(AgendaItem.meeting_id == meeting_id)
            ).scalars(),
        ]
        try:
            for member_id, statement, signature in items:
                nested = None
                try:
                    body = _parse(statement)
                    if body.get("kind") == "vote":
                        done = _record_in(s, meeting_id, member_id, statement, signature, body)
                        votes.append((done["case"], member_id, str(body["content"]["choice"])))
                    else:
                        audit.write_deferred(s)  # the services below read what the votes wrote
                        nested = s.begin_nested()
                        with nested:
                            done = _record_in(s, meeting_id, member_id, statement, signature, body)
                        if done["kind"] == "attendance":
                            s.info[meetings.ATTENDING_CACHE] = {}
                        s.info[meetings.VOTE_FACTS] = {}
                    results.append(done)
                except QuorumError as exc:
                    results.append(exc)
                    if nested is not None:  # whatever it changed was rolled back
                        s.info[meetings.ATTENDING_CACHE] = {}
                        s.info[meetings.VOTE_FACTS] = {}
                        s.info[audit.TAIL_CACHE] = {}
                        s.info[HEADS_SEEN] = set()
            audit.write_deferred(s)
            tail = s.info[audit.TAIL_CACHE]
            after = {"seq": tail["seq"], "hash": tail["hash"]} if tail else _head(s)
            kept = s.info[meetings.VOTE_FACTS]
        finally:
            s.info.pop(COMMITTEE_CACHE, None)
            s.info.pop(meetings.ATTENDING_CACHE, None)
            s.info.pop(meetings.VOTE_FACTS, None)
            s.info.pop(audit.TAIL_CACHE, None)
            s.info.pop(audit.DEFERRED, None)
            s.info.pop(HEADS_SEEN, None)
            del held
    if memo is not None:  # committed: the snapshot is the vault's as of ``after``
        memo.head, memo.vote_facts = after, kept
    recorded = [r for r in results if not isinstance(r, QuorumError)]
    return Batch(
        [r if isinstance(r, QuorumError) else {**r, "audit_head": after} for r in results],
        before,
        after,
        votes,
        all(r["kind"] == "vote" for r in recorded),
    )


def _record_in(
    s: Session, meeting_id: str, member_id: str, statement: bytes, signature: bytes, body: dict | None = None
) -> dict:
    body = _parse(statement) if body is None else body
    kind = body.get("kind")
    if kind not in KINDS:
        raise RoomRefused("The statement is of a kind the meeting room does not take.")
    member = s.get(Member, member_id)
    if member is None:
        raise RoomRefused("This device is not enrolled with the committee.")
    algorithm, public = member_key(s, member)
    signer = body.get("signer")
    if not isinstance(signer, dict) or signer.get("id") != member.id:
        raise RoomRefused("The statement is signed for another member than this device's.")
    if signer.get("key") != signing.public_key_id(public) or signer.get("alg") != algorithm:
        raise RoomRefused("The statement is signed by a key that is not enrolled.")
    try:
        custody.verify_signature(algorithm, public, signature, statement)
    except SignatureError:
        raise RoomRefused("The statement's signature does not verify; it was altered or forged.") from None
    if body.get("committee") != load_committee(s).id or body.get("meeting") != meeting_id:
        raise RoomRefused("The statement is for another committee or meeting.")
    head = body.get("audit_head")
    try:
        seq, hash_ = int(head["seq"]), str(head["hash"])
    except (KeyError, TypeError, ValueError):
        raise RoomRefused("The statement does not name the audit head it saw.") from None
    known = s.info.get(HEADS_SEEN)
    if seq and (seq, hash_) not in (known or ()):
        if not s.execute(
            select(AuditEvent.seq).where(AuditEvent.seq == seq, AuditEvent.hash == hash_)
        ).first():
            raise RoomRefused("The statement names an audit head this vault never had.")
        if known is not None:
            known.add((seq, hash_))
    content = body.get("content")
    case_id = body.get("case")
    if _already_recorded(s, kind, statement, meeting_id, member.id, case_id) or (
        kind == "decision" and isinstance(content, dict) and _decision_exists(s, content)
    ):
        raise RoomRefused("This statement was already recorded (a replay); nothing changed.")
    if not isinstance(content, dict) or (kind != "attendance" and not isinstance(case_id, str)):
        raise RoomRefused("The statement is damaged.")
    if _older_head(body, _previous(s, kind, meeting_id, member.id, case_id)):
        raise RoomRefused("This statement is older than the one recorded (a replay); nothing changed.")
    signed = signing.SignedStatement(statement, signature)
    sign = _as_signed(content, signed)
    try:
        if kind == "attendance":
            s.info.pop(meetings.ATTENDING_CACHE, None)  # who attends is about to change
            meetings.check_in_in(s, meeting_id, member.id, sign=sign)
        elif kind == "declaration":
            meetings.declare_in(
                s,
                meeting_id,
                case_id,
                member.id,
                bool(content["has_conflict"]),
                str(content["statement"]),
                sign=sign,
            )
        elif kind == "checklist":
            entries = [
                ChecklistEntry(str(a["item"]), str(a["answer"]), str(a.get("note") or ""), a.get("choice"))
                for a in content["answers"]
            ]
            if not entries:
                raise RoomRefused("The statement is damaged.")
            meetings.answer_checklist_in(
                s, case_id, member.id, entries, sign=sign, meeting_id=meeting_id, available=_shipped()
            )
        elif kind == "decision":
            decisions.record_decision_in(
                s,
                meeting_id,
                case_id,
                member.id,
                str(content["decision_type"]),
                str(content["conditions"]),
                str(content["reasons"]),
                content["follow_up_months"],
                sign=sign,
                decision_id=str(content["decision_id"]),
            )
        else:
            meetings.cast_vote_in(s, meeting_id, case_id, member.id, str(content["choice"]), sign=sign)
    except (KeyError, TypeError, AttributeError):
        raise RoomRefused("The statement is damaged.") from None
    return {"kind": kind, "case": case_id}


def _already_recorded(
    s: Session, kind: str, statement: bytes, meeting_id: str, member_id: str, case_id
) -> bool:
    """The exact bytes are on a row of this member's already: only the table of the statement's
    kind can hold them (narrowed first by indexed columns)."""
    if kind == "attendance":
        query = select(Attendance.id).where(
            Attendance.meeting_id == meeting_id,
            Attendance.member_id == member_id,
            Attendance.statement == statement,
        )
    elif kind == "checklist":
        query = select(ChecklistResponse.id).where(
            ChecklistResponse.member_id == member_id, ChecklistResponse.statement == statement
        )
    elif kind == "declaration" and isinstance(case_id, str):
        query = select(Declaration.id).where(
            Declaration.meeting_id == meeting_id,
            Declaration.case_id == case_id,
            Declaration.statement == statement,
        )
    elif kind == "vote" and isinstance(case_id, str):
        facts = (s.info.get(meetings.VOTE_FACTS) or {}).get(meeting_id)
        if facts is not None:  # the batch's snapshot holds every vote statement of the meeting
            return statement in facts.vote_statements
        audit.write_deferred(s)
        query = select(Vote.id).where(
            Vote.meeting_id == meeting_id, Vote.case_id == case_id, Vote.statement == statement
        )
    else:
        return False
    return s.execute(query.limit(1)).first() is not None


def _decision_exists(s: Session, content: dict) -> bool:
    """A decision statement names the id the host drafted for it: recorded once only."""
    decision_id = content.get("decision_id")
    return isinstance(decision_id, str) and s.get(Decision, decision_id) is not None


class _Drafted(Exception):
    def __init__(self, content: dict) -> None:
        self.content = content


def draft_decision(
    vault: Vault,
    meeting_id: str,
    member_id: str,
    case_id: str,
    decision_type: str,
    conditions: str = "",
    reasons: str = "",
    follow_up_months: int | None = None,
) -> dict:
    """The content of the decision the presiding member would sign on their device, built by
    the decision service with all its rules (complete votes, meeting day, re-review, quorum) and
    a fresh decision id; nothing is written. The device signs exactly this and submits it."""

    def capture(_member, _case, _meeting, content: dict):
        raise _Drafted(content)

    if follow_up_months is not None and not isinstance(follow_up_months, int):
        raise RoomRefused("The statement is damaged.")
    try:
        with vault.session() as s:
            decisions.record_decision_in(
                s,
                meeting_id,
                case_id,
                member_id,
                decision_type,
                conditions,
                reasons,
                follow_up_months,
                sign=capture,
            )
    except _Drafted as drafted:  # raised before anything was added: the transaction rolls back
        return drafted.content
    raise RoomRefused("The statement is damaged.")  # unreachable: the service always signs


def _previous(s: Session, kind: str, meeting_id: str, member_id: str, case_id: str | None) -> bytes | None:
    """The statement the new one would replace, if any (a vote replaces nothing)."""
    if kind == "attendance":
        query = select(Attendance.statement).where(
            Attendance.meeting_id == meeting_id, Attendance.member_id == member_id
        )
    elif kind == "declaration":
        query = select(Declaration.statement).where(
            Declaration.meeting_id == meeting_id,
            Declaration.member_id == member_id,
            Declaration.case_id == case_id,
        )
    elif kind == "checklist":
        query = (
            select(ChecklistResponse.statement)
            .where(ChecklistResponse.member_id == member_id, ChecklistResponse.case_id == case_id)
            .order_by(ChecklistResponse.answered_at.desc())
            .limit(1)
        )
    else:
        return None
    return s.execute(query).scalars().first()


def _as_signed(carried: dict, signed: signing.SignedStatement):
    """A ``sign`` for the meeting services that hands back the device's statement once it says
    exactly what the service is about to record."""

    def sign(_member, _case, _meeting, content: dict) -> signing.SignedStatement:
        if carried != content:
            raise RoomRefused("The statement does not say what the host would record.")
        return signed

    return sign
