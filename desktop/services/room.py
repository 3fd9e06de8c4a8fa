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


def room_state(vault: Vault, meeting_id: str, current_case: str | None = None) -> dict:
    """Everything a device shows, for every device at once (JSON-safe, one read): agenda,
    current case, who is present, the live quorum, who declared and voted, the tally. With a
    secret ballot (the charter's ``secret_ballot``) only counts of choices leave the host."""
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
            "case": _case_state(s, meeting, current_case, secret) if current_case else None,
        }
        return state


def _head(s: Session) -> dict:
    from desktop import audit

    return audit.head(s)


def _case_state(s: Session, meeting, case_id: str, secret: bool) -> dict:
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
    outcome = meetings.tally_state(s, meeting, case.id)
    voted = list(
        s.execute(
            select(Vote.member_id).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id)
        ).scalars()
    )
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
        tally["by_member"] = {
            v.member_id: v.choice
            for v in s.execute(
                select(Vote).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id)
            ).scalars()
        }
    return {
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "summary": case.summary or "",
        "quorum": _quorum_json(meetings.quorum_state(s, meeting, case.id)),
        "declared": declared,
        "answered": answered,
        "voted": voted,
        "eligible": meetings.eligible_voters(s, meeting, case.id),
        "decided": case.id in _decided(s, meeting.id),
        "presiding": getattr(decisions.presiding_member(s, meeting, case.id), "id", None),
        "checklist": items,
        "tally": tally,
    }


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
    """Several devices' statements (member id, statement, signature) in one transaction, each in
    its own savepoint: a refused one changes nothing and the others are still recorded. One
    commit for all of them (what lets 20 votes arriving together cost one disk flush)."""
    results: list[dict | QuorumError] = []
    with vault.session() as s:
        # Read once per batch, not per statement (room statements never change the committee):
        # the committee and charter, and who attends (asked anew after each check-in).
        s.info[COMMITTEE_CACHE] = {}
        s.info[meetings.ATTENDING_CACHE] = {}
        s.info[meetings.VOTE_FACTS] = {}  # kept current by the votes; dropped after anything else
        s.info[audit.TAIL_CACHE] = {}
        s.info[HEADS_SEEN] = set()  # audit heads found in the vault (20 devices name the same one)
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
                try:
                    with s.begin_nested():
                        done = _record_in(s, meeting_id, member_id, statement, signature)
                    results.append(done)
                    if done["kind"] == "attendance":
                        s.info[meetings.ATTENDING_CACHE] = {}
                    if done["kind"] != "vote":
                        s.info[meetings.VOTE_FACTS] = {}
                except QuorumError as exc:
                    results.append(exc)
                    # whatever it changed was rolled back
                    s.info[meetings.ATTENDING_CACHE] = {}
                    s.info[meetings.VOTE_FACTS] = {}
                    s.info[audit.TAIL_CACHE] = {}
                    s.info[HEADS_SEEN] = set()
            head = _head(s)
        finally:
            s.info.pop(COMMITTEE_CACHE, None)
            s.info.pop(meetings.ATTENDING_CACHE, None)
            s.info.pop(meetings.VOTE_FACTS, None)
            s.info.pop(audit.TAIL_CACHE, None)
            s.info.pop(HEADS_SEEN, None)
            del held
    return [r if isinstance(r, QuorumError) else {**r, "audit_head": head} for r in results]


def _record_in(s: Session, meeting_id: str, member_id: str, statement: bytes, signature: bytes) -> dict:
    body = _parse(statement)
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
