"""Meetings (``rules.basis.GENERAL_PROCEDURE``): agenda, PIN-confirmed attendance,
declarations and recusal, checklists, minutes and signed votes.

Guards that keep the record defensible run first in each function (pure rules in
``desktop.rules``): nothing before the meeting's day, members whose term has ended neither
check in, vote nor count, and the decision waits for every eligible vote or recorded non-vote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, checklists, rules, signing
from desktop.domain import CaseStatus, ChecklistAnswer, Role, VoteChoice
from desktop.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from desktop.models import (
    AgendaItem,
    Attendance,
    ChecklistResponse,
    Declaration,
    DiscussionNote,
    Meeting,
    Member,
    NotVoting,
    Vote,
)
from desktop.models.base import new_id, utcnow
from desktop.rules import basis
from desktop.rules.charter import Charter
from desktop.rules.regimes import regime_basis
from desktop.services.cases import load_case, set_status
from desktop.services.committee import charter_of, load_committee
from desktop.services.custody import signer_for
from desktop.services.members import load_member, person_of
from desktop.services.review_lists import review_checklists
from desktop.services.views import DeclarationView, MeetingView, VoteView
from desktop.vault import Vault


def _view(session: Session, m: Meeting) -> MeetingView:
    agenda = session.execute(
        select(AgendaItem.case_id).where(AgendaItem.meeting_id == m.id).order_by(AgendaItem.position)
    ).scalars()
    attending = session.execute(
        select(Attendance.member_id)
        .where(Attendance.meeting_id == m.id, Attendance.left_at.is_(None))
        .order_by(Attendance.checked_in_at)
    ).scalars()
    return MeetingView(m.id, m.title, m.held_at, m.place, m.video, m.status, tuple(agenda), tuple(attending))


def local_tz() -> tzinfo:
    """The committee sits where this machine is; meeting days are counted in its time zone."""
    return datetime.now().astimezone().tzinfo


def today() -> date:
    return datetime.now(local_tz()).date()


def require_meeting_day(meeting: Meeting) -> None:
    """Nothing is recorded in a meeting before the day it is scheduled for."""
    early = rules.too_early(meeting.held_at, datetime.now(UTC), local_tz())
    if early is not None:
        params = early.param_dict
        raise RuleViolation(
            "The meeting is scheduled for {day}; nothing can be recorded in it before that day ({basis}).",
            day=params["day"],
            basis=early.basis,
        )


def standing_of(session: Session, member: Member, on: date | None = None) -> rules.Shortfall | None:
    """Why ``member`` may not check in, vote or count toward quorum today, or None."""
    return rules.member_standing(
        member.id, (member.term_start, member.term_end), on or today(), charter_of(session), member.active
    )


def require_standing(session: Session, member: Member) -> None:
    problem = standing_of(session, member)
    if problem is None:
        return
    p, name, where = problem.param_dict, member.name, problem.basis
    if problem.code == "term_not_started":
        raise PermissionDenied(
            "{name} cannot take part: the term starts on {start} ({basis}).",
            name=name,
            start=p["start"],
            basis=where,
        )
    if problem.code == "term_ended":
        raise PermissionDenied(
            "{name} cannot take part: the term ended on {end}; the secretary can record a renewal ({basis}).",
            name=name,
            end=p["end"],
            basis=where,
        )
    if problem.code == "term_past_limit":
        raise PermissionDenied(
            "{name} cannot take part: the appointment from {start} ran past the {years}-year limit on "
            "{limit}; the secretary can record a renewal ({basis}).",
            name=name,
            start=p["start"],
            years=p["years"],
            limit=p["limit"],
            basis=where,
        )
    raise PermissionDenied(
        "{name} is no longer a member and cannot take part ({basis}).", name=name, basis=where
    )


def all_members_count(session: Session) -> int:
    """LSMR's denominator: every voting member serving today, present or not."""
    committee = load_committee(session)
    rows = session.execute(select(Member).where(Member.committee_id == committee.id)).scalars()
    return sum(1 for m in rows if m.role != Role.CONSULTANT.value and standing_of(session, m) is None)


def load_meeting(session: Session, meeting_id: str) -> Meeting:
    """The meeting with this id in ``session``; NotFound otherwise."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(what="Meeting", key=meeting_id)
    return meeting


def _require_open(meeting: Meeting) -> None:
    if meeting.status == "closed":
        raise PermissionDenied("The meeting is closed; its record can no longer change.")


def _require_on_agenda(session: Session, meeting: Meeting, case_id: str) -> None:
    if not session.execute(
        select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id, AgendaItem.case_id == case_id)
    ).first():
        raise ValidationError("That case is not on this meeting's agenda.")


def schedule_meeting(
    vault: Vault,
    held_at: datetime,
    case_ids: list[str],
    place: str = "",
    title: str = "",
    video: bool = False,
    actor: str = "secretary",
) -> MeetingView:
    """Schedule a meeting with these cases on its agenda (a time with a time zone is required);
    audited, one transaction."""
    if held_at.tzinfo is None:
        raise ValidationError("A meeting time needs a time zone.")
    with vault.session() as s:
        committee = load_committee(s)
        meeting = Meeting(
            committee_id=committee.id, held_at=held_at, place=place.strip(), title=title.strip(), video=video
        )
        s.add(meeting)
        s.flush()
        for position, case_id in enumerate(dict.fromkeys(case_ids)):
            case = load_case(s, case_id)
            s.add(AgendaItem(meeting_id=meeting.id, case_id=case.id, position=position))
            if case.status == CaseStatus.ACCEPTED.value:
                set_status(s, case, CaseStatus.IN_REVIEW, actor)
        s.flush()
        audit.record(s, actor, "meeting.schedule", "meeting", meeting.id, {"agenda": list(case_ids)})
        return _view(s, meeting)


def add_to_agenda(vault: Vault, meeting_id: str, case_id: str, actor: str = "secretary") -> MeetingView:
    """Put a case on an open meeting's agenda, after the cases already there; audited."""
    with vault.session() as s:
        meeting = load_meeting(s, meeting_id)
        _require_open(meeting)
        case = load_case(s, case_id)
        count = len(s.execute(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id)).all())
        s.add(AgendaItem(meeting_id=meeting.id, case_id=case.id, position=count))
        audit.record(s, actor, "meeting.agenda_add", "meeting", meeting.id, {"case": case.id})
        s.flush()
        return _view(s, meeting)


def get_meeting(vault: Vault, meeting_id: str) -> MeetingView:
    """The meeting with its agenda and attendance."""
    with vault.session() as s:
        return _view(s, load_meeting(s, meeting_id))


def list_meetings(vault: Vault) -> list[MeetingView]:
    """Every meeting, earliest first."""
    with vault.session() as s:
        return [_view(s, m) for m in s.execute(select(Meeting).order_by(Meeting.held_at)).scalars()]


def _sign(
    session: Session,
    member: Member,
    pin: str,
    kind: str,
    content: dict,
    *,
    case=None,
    meeting: Meeting | None = None,
) -> signing.SignedStatement:
    signer = signer_for(session, member, pin)
    committee = load_committee(session)
    statement = signing.make_statement(
        kind,
        committee_id=committee.id,
        signer_id=member.id,
        signer_name=member.name,
        signer_role=member.role,
        public_key=member.public_key,
        content=content,
        case_id=case.id if case else None,
        case_reference=case.reference if case else None,
        meeting_id=meeting.id if meeting else None,
        audit_head=audit.head(session),
        algorithm=signer.algorithm,
        key_custody=signer.custody,
    )
    return signing.sign_statement(statement, signer)


# Signs a statement's content for (member, case, meeting, content): the member's PIN key here; a
# statement the member already signed on their own device when a packet response is imported.
Signing = Callable[..., signing.SignedStatement]


def check_in(vault: Vault, meeting_id: str, member_id: str, pin: str) -> MeetingView:
    """The member confirms their presence with their own PIN."""
    with vault.session() as s:

        def sign(member: Member, _case, meeting: Meeting, content: dict) -> signing.SignedStatement:
            return _sign(s, member, pin, "attendance", content, meeting=meeting)

        return check_in_in(s, meeting_id, member_id, sign=sign)


def check_in_in(s: Session, meeting_id: str, member_id: str, *, sign: Signing) -> MeetingView:
    """``check_in`` inside the caller's transaction, signed by ``sign`` (the PIN key, or the
    statement the member signed on their own device in the room: desktop/lan)."""
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    member = load_member(s, member_id)
    if not member.active:
        raise PermissionDenied("{name} is not a current member.", name=member.name, name_en=member.name_en)
    require_meeting_day(meeting)
    require_standing(s, member)
    existing = s.execute(
        select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.member_id == member.id)
    ).scalar_one_or_none()
    if existing is not None and existing.left_at is None:
        raise ValidationError("{name} has already checked in.", name=member.name, name_en=member.name_en)
    signed = sign(member, None, meeting, {"video": meeting.video})
    if existing is not None:  # came back after leaving
        existing.left_at, existing.statement, existing.signature = (
            None,
            signed.statement,
            signed.signature,
        )
    else:
        s.add(
            Attendance(
                meeting_id=meeting.id,
                member_id=member.id,
                statement=signed.statement,
                signature=signed.signature,
            )
        )
    if meeting.status == "planned":
        meeting.status, meeting.opened_at = "open", datetime.now(UTC)
    s.flush()
    audit.record(s, member.id, "meeting.check_in", "meeting", meeting.id, {"member": member.id})
    return _view(s, meeting)


def leave(vault: Vault, meeting_id: str, member_id: str, actor: str = "secretary") -> MeetingView:
    """Record that an attending member left an open meeting (they no longer count for the
    quorum); refused if they are not attending. Audited."""
    with vault.session() as s:
        meeting = load_meeting(s, meeting_id)
        _require_open(meeting)
        row = s.execute(
            select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.member_id == member_id)
        ).scalar_one_or_none()
        if row is None or row.left_at is not None:
            raise ValidationError("That member is not attending.")
        row.left_at = datetime.now(UTC)
        audit.record(s, actor, "meeting.leave", "meeting", meeting.id, {"member": member_id})
        s.flush()
        return _view(s, meeting)


def check_declaration(has_conflict: bool, statement: str) -> None:
    """A declared conflict says what it is (checked before a PIN is asked, and again on saving)."""
    if has_conflict and not statement.strip():
        raise ValidationError("Describe the conflict of interest in the declaration.")


def declare(
    vault: Vault,
    meeting_id: str,
    case_id: str,
    member_id: str,
    has_conflict: bool,
    statement: str = "",
    *,
    pin: str,
) -> DeclarationView:
    """A conflict-of-interest declaration, signed with the member's PIN; a conflict recuses the
    member from this case. A wrong PIN changes nothing but the member's failure count."""
    with vault.session() as s:

        def sign(member: Member, case, meeting: Meeting, content: dict) -> signing.SignedStatement:
            return _sign(s, member, pin, "declaration", content, case=case, meeting=meeting)

        return declare_in(s, meeting_id, case_id, member_id, has_conflict, statement, sign=sign)


def declare_in(
    s: Session,
    meeting_id: str,
    case_id: str,
    member_id: str,
    has_conflict: bool,
    statement: str = "",
    *,
    sign: Signing,
) -> DeclarationView:
    """``declare`` inside the caller's transaction, signed by ``sign`` once the rules allow it."""
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    case = load_case(s, case_id)
    _require_on_agenda(s, meeting, case.id)
    member = load_member(s, member_id)
    check_declaration(has_conflict, statement)
    row = s.execute(
        select(Declaration).where(
            Declaration.meeting_id == meeting.id,
            Declaration.case_id == case.id,
            Declaration.member_id == member.id,
        )
    ).scalar_one_or_none()
    if row is not None and row.has_conflict and not has_conflict:
        raise RuleViolation("A declared conflict cannot be withdrawn during the meeting.")
    if (
        row is not None
        and s.execute(
            select(Vote.id).where(
                Vote.meeting_id == meeting.id, Vote.case_id == case.id, Vote.member_id == member.id
            )
        ).first()
    ):
        raise RuleViolation(
            "{name} has already voted on this case.", name=member.name, name_en=member.name_en
        )
    signed = sign(member, case, meeting, {"has_conflict": has_conflict, "statement": statement.strip()})
    if row is None:
        row = Declaration(
            meeting_id=meeting.id,
            case_id=case.id,
            member_id=member.id,
            has_conflict=has_conflict,
            statement_text=statement.strip(),
        )
        s.add(row)
    else:
        row.has_conflict, row.statement_text = has_conflict, statement.strip()
    row.statement, row.signature = signed.statement, signed.signature
    s.flush()
    audit.record(
        s,
        member.id,
        "meeting.declare",
        "case",
        case.id,
        {"meeting": meeting.id, "member": member.id, "conflict": has_conflict},
    )
    return DeclarationView(member.id, case.id, has_conflict, row.statement_text)


def declarations(vault: Vault, meeting_id: str, case_id: str | None = None) -> list[DeclarationView]:
    """The conflict-of-interest declarations at the meeting (for one case when given), in the
    order they were made."""
    with vault.session() as s:
        query = select(Declaration).where(Declaration.meeting_id == meeting_id)
        if case_id:
            query = query.where(Declaration.case_id == case_id)
        return [
            DeclarationView(d.member_id, d.case_id, d.has_conflict, d.statement_text)
            for d in s.execute(query.order_by(Declaration.declared_at)).scalars()
        ]


def _recused(session: Session, meeting_id: str, case_id: str) -> frozenset[str]:
    rows = session.execute(
        select(Declaration.member_id, Declaration.has_conflict).where(
            Declaration.meeting_id == meeting_id, Declaration.case_id == case_id
        )
    ).all()
    return rules.excluded_by_conflict((r.member_id, r.has_conflict) for r in rows)


# A read-only session may set session.info[ATTENDING_CACHE] = {} so the several rules that ask
# who attends (quorum, eligible voters, tally) share one answer (desktop.services.room).
ATTENDING_CACHE = "attending_members"


def _attending_members(session: Session, meeting_id: str) -> list[Member]:
    """Members checked in and still present whose term lets them sit today."""
    cache = session.info.get(ATTENDING_CACHE)
    if cache is not None and meeting_id in cache:
        return list(cache[meeting_id])
    rows = session.execute(
        select(Member)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.meeting_id == meeting_id, Attendance.left_at.is_(None))
    ).scalars()
    charter, on = charter_of(session), today()  # once, not once per member
    found = [
        m
        for m in rows
        if rules.member_standing(m.id, (m.term_start, m.term_end), on, charter, m.active) is None
    ]
    if cache is not None:
        cache[meeting_id] = found
    return list(found)


def quorum_state(session: Session, meeting: Meeting, case_id: str | None = None) -> rules.QuorumResult:
    excluded = _recused(session, meeting.id, case_id) if case_id else frozenset()
    charter = charter_of(session)
    return rules.quorum(
        [person_of(m) for m in _attending_members(session, meeting.id)],
        charter,
        excluded,
        all_members_count(session) if charter.lsmr else None,
    )


def quorum_status(vault: Vault, meeting_id: str, case_id: str | None = None) -> rules.QuorumResult:
    """Quorum of the meeting, or for one case once recused members are taken out."""
    with vault.session() as s:
        return quorum_state(s, load_meeting(s, meeting_id), case_id)


def eligible_voters(session: Session, meeting: Meeting, case_id: str) -> list[str]:
    recused = _recused(session, meeting.id, case_id)
    return [
        m.id
        for m in _attending_members(session, meeting.id)
        if m.role != Role.CONSULTANT.value and m.id not in recused
    ]


@dataclass(frozen=True)
class ChecklistEntry:
    """One answer as a reviewer gives it: the item, yes/no/na (or a choice) and a note."""

    item_id: str
    answer: str
    note: str = ""
    choice: str | None = None


def answer_checklist(
    vault: Vault,
    case_id: str,
    member_id: str,
    item_id: str,
    answer: str,
    note: str = "",
    choice: str | None = None,
    meeting_id: str | None = None,
    *,
    pin: str,
) -> None:
    """One signed checklist answer (see ``answer_checklist_items``)."""
    answer_checklist_items(
        vault,
        case_id,
        member_id,
        [ChecklistEntry(item_id, answer, note, choice)],
        pin=pin,
        meeting_id=meeting_id,
    )


def answer_checklist_items(
    vault: Vault,
    case_id: str,
    member_id: str,
    entries: list[ChecklistEntry],
    *,
    pin: str,
    meeting_id: str | None = None,
) -> None:
    """A reviewer's answers, signed together with their PIN in one statement that every answered
    row keeps. Any invalid answer or a wrong PIN changes nothing."""
    if not entries:
        raise ValidationError("There are no checklist answers to sign.")
    with vault.session() as s:

        def sign(member: Member, case, meeting: Meeting | None, content: dict) -> signing.SignedStatement:
            return _sign(s, member, pin, "checklist", content, case=case, meeting=meeting)

        answer_checklist_in(s, case_id, member_id, entries, sign=sign, meeting_id=meeting_id)


def answer_checklist_in(
    s: Session,
    case_id: str,
    member_id: str,
    entries: list[ChecklistEntry],
    *,
    sign: Signing,
    meeting_id: str | None = None,
    available: dict[str, checklists.Checklist] | None = None,
) -> None:
    """``answer_checklist_items`` inside the caller's transaction; ``available``: the loaded
    checklists, when answering for many cases at once."""
    case = load_case(s, case_id)
    member = load_member(s, member_id)
    lists = review_checklists(s, case, available)
    meeting = None
    if meeting_id:
        meeting = load_meeting(s, meeting_id)
        _require_open(meeting)
        if member.id in _recused(s, meeting.id, case.id):
            raise PermissionDenied(
                "{name} is recused from this case.", name=member.name, name_en=member.name_en
            )
    checked = []
    for entry in entries:
        found = next(
            ((cl, cl.item(entry.item_id)) for cl in lists if entry.item_id in {i.id for i in cl.items()}),
            None,
        )
        if found is None:
            raise ValidationError("Item {item} is not on this case's checklists.", item=entry.item_id)
        checklist, item = found
        parsed, choice = item.validate_answer(entry.answer, entry.choice)
        checked.append((checklist, entry.item_id, ChecklistAnswer(parsed).value, choice, entry.note.strip()))
    content = {
        "answers": [
            {
                "checklist": cl.id,
                "version": cl.version,
                "item": item_id,
                "answer": answer,
                "choice": choice,
                "note": note,
            }
            for cl, item_id, answer, choice, note in checked
        ]
    }
    signed = sign(member, case, meeting, content)
    now = datetime.now(UTC)
    for checklist, item_id, answer, choice, note in checked:
        row = s.execute(
            select(ChecklistResponse).where(
                ChecklistResponse.case_id == case.id,
                ChecklistResponse.member_id == member.id,
                ChecklistResponse.item_id == item_id,
            )
        ).scalar_one_or_none()
        if row is None:
            row = ChecklistResponse(case_id=case.id, member_id=member.id, item_id=item_id)
            s.add(row)
        row.meeting_id, row.checklist_id, row.checklist_version = (
            meeting_id,
            checklist.id,
            checklist.version,
        )
        row.answer, row.choice, row.note = answer, choice, note
        row.answered_at = now
        row.statement, row.signature = signed.statement, signed.signature
        s.flush()
        audit.record(
            s,
            member.id,
            "checklist.answer",
            "case",
            case.id,
            {"item": item_id, "answer": answer, "version": checklist.version},
        )


def checklist_responses(vault: Vault, case_id: str) -> list[checklists.Response]:
    """Every checklist answer recorded for the case, in the order given."""
    with vault.session() as s:
        case = load_case(s, case_id)
        rows = s.execute(
            select(ChecklistResponse)
            .where(ChecklistResponse.case_id == case.id)
            .order_by(ChecklistResponse.answered_at)
        ).scalars()
        return [checklists.Response(r.member_id, r.item_id, r.answer, r.note, r.choice) for r in rows]


def add_note(vault: Vault, meeting_id: str, case_id: str, text: str, author_id: str | None = None) -> None:
    """Add a discussion note for a case at the meeting."""
    with vault.session() as s:
        add_note_in(s, meeting_id, case_id, text, author_id)


def add_note_in(s: Session, meeting_id: str, case_id: str, text: str, author_id: str | None = None) -> None:
    """``add_note`` inside the caller's transaction."""
    if not text.strip():
        raise ValidationError("A discussion note cannot be empty.")
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    _require_on_agenda(s, meeting, case_id)
    note = DiscussionNote(meeting_id=meeting.id, case_id=case_id, author_id=author_id, text=text.strip())
    s.add(note)
    s.flush()
    audit.record(s, author_id or "secretary", "meeting.note", "case", case_id, {"meeting": meeting.id})


def notes(vault: Vault, meeting_id: str, case_id: str) -> list[tuple[datetime, str]]:
    with vault.session() as s:
        rows = s.execute(
            select(DiscussionNote)
            .where(DiscussionNote.meeting_id == meeting_id, DiscussionNote.case_id == case_id)
            .order_by(DiscussionNote.created_at)
        ).scalars()
        return [(n.created_at, n.text) for n in rows]


def cast_vote(vault: Vault, meeting_id: str, case_id: str, member_id: str, choice: str, pin: str) -> VoteView:
    """A signed vote. Absent, recused and consulting members cannot vote; nobody votes twice."""
    with vault.session() as s:

        def sign(member: Member, case, meeting: Meeting, content: dict) -> signing.SignedStatement:
            return _sign(s, member, pin, "vote", content, case=case, meeting=meeting)

        return cast_vote_in(s, meeting_id, case_id, member_id, choice, sign=sign)


# A session recording several votes (desktop.services.room) may set session.info[VOTE_FACTS] = {}
# so the vote rules read the meeting's agenda, declarations, votes, decisions and non-votes once,
# not once per vote; cast_vote_in keeps the snapshot current as it records, and the caller drops
# it after anything else is written (or a savepoint rolls back). The caller may hand the snapshot
# to its next batch only while the audit head is the one it left (every write appends an event).
VOTE_FACTS = "vote_facts"


@dataclass
class VoteFacts:
    """What the vote rules ask of one meeting's record (the rules themselves are in cast_vote_in)."""

    agenda: frozenset[str]
    declarations: dict[str, list[tuple[str, bool]]]  # case -> (member, has_conflict) rows
    voted: set[tuple[str, str]]  # (case, member)
    vote_statements: set[bytes]
    decided: frozenset[str]  # cases with a decision that is not superseded
    not_voting: frozenset[tuple[str, str]]

    @classmethod
    def load(cls, s: Session, meeting_id: str) -> VoteFacts:
        from desktop.models import Decision  # local: avoids a cycle with decisions.py

        declarations: dict[str, list[tuple[str, bool]]] = {}
        for case_id, member_id, conflict in s.execute(
            select(Declaration.case_id, Declaration.member_id, Declaration.has_conflict).where(
                Declaration.meeting_id == meeting_id
            )
        ):
            declarations.setdefault(case_id, []).append((member_id, conflict))
        votes = s.execute(
            select(Vote.case_id, Vote.member_id, Vote.statement).where(Vote.meeting_id == meeting_id)
        ).all()
        return cls(
            agenda=frozenset(
                s.execute(select(AgendaItem.case_id).where(AgendaItem.meeting_id == meeting_id)).scalars()
            ),
            declarations=declarations,
            voted={(v.case_id, v.member_id) for v in votes},
            vote_statements={v.statement for v in votes},
            decided=frozenset(
                s.execute(
                    select(Decision.case_id).where(
                        Decision.meeting_id == meeting_id, Decision.status != "superseded"
                    )
                ).scalars()
            ),
            not_voting=frozenset(
                (r.case_id, r.member_id)
                for r in s.execute(
                    select(NotVoting.case_id, NotVoting.member_id).where(NotVoting.meeting_id == meeting_id)
                )
            ),
        )


def _vote_facts(s: Session, meeting_id: str) -> VoteFacts:
    """The batch's snapshot when the caller keeps one, else read fresh for this one vote."""
    cache = s.info.get(VOTE_FACTS)
    if cache is None or meeting_id not in cache:
        audit.write_deferred(s)  # the snapshot is read from the tables: deferred rows first
    if cache is None:
        return VoteFacts.load(s, meeting_id)
    if meeting_id not in cache:
        cache[meeting_id] = VoteFacts.load(s, meeting_id)
    return cache[meeting_id]


def cast_vote_in(
    s: Session, meeting_id: str, case_id: str, member_id: str, choice: str, *, sign: Signing
) -> VoteView:
    """``cast_vote`` inside the caller's transaction, signed by ``sign`` once the rules allow it."""
    try:
        choice_v = VoteChoice(choice)
    except ValueError:
        raise ValidationError("Unknown vote {choice!r}.", choice=choice) from None
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    case = load_case(s, case_id)
    facts = _vote_facts(s, meeting.id)
    if case.id not in facts.agenda:
        raise ValidationError("That case is not on this meeting's agenda.")
    member = load_member(s, member_id)
    require_meeting_day(meeting)
    if member.role == Role.CONSULTANT.value:
        raise PermissionDenied("Consultants advise but do not vote ({basis}).", basis=basis.CONSULTANTS)
    require_standing(s, member)
    if member.id not in {m.id for m in _attending_members(s, meeting.id)}:
        raise PermissionDenied(
            "{name} is not checked in to this meeting.", name=member.name, name_en=member.name_en
        )
    declared = facts.declarations.get(case.id, [])
    if member.id in rules.excluded_by_conflict(declared):
        raise PermissionDenied(
            "{name} is recused from this case and cannot vote ({basis}).",
            name=member.name,
            name_en=member.name_en,
            basis=regime_basis(charter_of(s), basis.RECUSAL, basis.LSMR_RECUSAL),
        )
    if all(who != member.id for who, _conflict in declared):
        raise RuleViolation(
            "{name} must declare conflicts of interest before voting.",
            name=member.name,
            name_en=member.name_en,
        )
    if (case.id, member.id) in facts.voted:
        raise PermissionDenied(
            "{name} has already voted on this case.", name=member.name, name_en=member.name_en
        )
    if case.id in facts.decided:
        raise PermissionDenied("The decision on this case is signed; voting is closed.")
    if (case.id, member.id) in facts.not_voting:
        raise PermissionDenied(
            "{name} is recorded as not voting on this case.", name=member.name, name_en=member.name_en
        )
    signed = sign(member, case, meeting, {"choice": choice_v.value})
    # Every refusal is above: from here on only the two INSERTs, so a refused vote wrote nothing
    # (the meeting host records votes without a savepoint each).
    vote = {
        "id": new_id(),
        "meeting_id": meeting.id,
        "case_id": case.id,
        "member_id": member.id,
        "choice": choice_v.value,
        "signed_at": utcnow(),
        "statement": signed.statement,
        "signature": signed.signature,
    }
    s.flush()  # anything pending goes first, as the unit of work would order it
    audit.insert(s, Vote.__table__, vote)  # a plain INSERT, no unit of work
    audit.record(
        s,
        member.id,
        "vote.cast",
        "case",
        case.id,
        {"meeting": meeting.id, "member": member.id, "choice": choice_v.value},
    )
    facts.voted.add((case.id, member.id))
    facts.vote_statements.add(signed.statement)
    return VoteView(member.id, vote["choice"], vote["signed_at"])


def votes(vault: Vault, meeting_id: str, case_id: str) -> list[VoteView]:
    """The signed votes cast on a case at the meeting."""
    with vault.session() as s:
        rows = s.execute(
            select(Vote)
            .where(Vote.meeting_id == meeting_id, Vote.case_id == case_id)
            .order_by(Vote.signed_at)
        ).scalars()
        return [VoteView(v.member_id, v.choice, v.signed_at) for v in rows]


@dataclass
class TallyInputs:
    """What the count of one case is computed from (``rules.tally``'s arguments); the meeting host
    keeps them so a batch of votes updates its room state without reading the vault again."""

    cast: dict[str, VoteChoice]  # member -> choice, in the order the votes were recorded
    eligible: list[str]
    charter: Charter
    all_members: int | None
    recused_present: int

    def outcome(self) -> rules.VoteOutcome:
        return rules.tally(self.cast, self.eligible, self.charter, self.all_members, self.recused_present)


def tally_state(session: Session, meeting: Meeting, case_id: str) -> rules.VoteOutcome:
    return tally_inputs(session, meeting, case_id).outcome()


def tally_inputs(session: Session, meeting: Meeting, case_id: str) -> TallyInputs:
    cast = {
        v.member_id: VoteChoice(v.choice)
        for v in session.execute(
            select(Vote).where(Vote.meeting_id == meeting.id, Vote.case_id == case_id)
        ).scalars()
    }
    charter = charter_of(session)
    recused = _recused(session, meeting.id, case_id)
    recused_present = sum(
        1
        for m in _attending_members(session, meeting.id)
        if m.id in recused and m.role != Role.CONSULTANT.value
    )
    return TallyInputs(
        cast,
        eligible_voters(session, meeting, case_id),
        charter,
        all_members_count(session) if charter.lsmr else None,
        recused_present,
    )


def not_voting_ids(session: Session, meeting_id: str, case_id: str) -> dict[str, str]:
    """Members recorded as not voting on a case, with the reason."""
    rows = session.execute(
        select(NotVoting).where(NotVoting.meeting_id == meeting_id, NotVoting.case_id == case_id)
    ).scalars()
    return {r.member_id: r.reason for r in rows}


def decision_facts(session: Session, meeting: Meeting, case_id: str) -> dict:
    """What a verifier needs, beyond the votes, to apply the committee's rules to a meeting
    decision: the regime, LSMR's count of all members, and who did not vote and why
    (docs/bundle-format.md section 3.1)."""
    return {
        "regime": charter_of(session).regime,
        "all_members": all_members_count(session),
        "not_voting": [
            {"member": member, "reason": reason}
            for member, reason in sorted(not_voting_ids(session, meeting.id, case_id).items())
        ],
    }


def record_not_voting(
    vault: Vault, meeting_id: str, case_id: str, member_id: str, reason: str, actor: str = "secretary"
) -> dict[str, str]:
    """Record that an eligible member present does not vote on a case (left the room, declined),
    so the decision can be recorded; the record, minutes and letter show it. Returns the
    members recorded so far with their reasons."""
    if not reason.strip():
        raise ValidationError("Give the reason the member does not vote.")
    with vault.session() as s:
        meeting = load_meeting(s, meeting_id)
        _require_open(meeting)
        case = load_case(s, case_id)
        _require_on_agenda(s, meeting, case.id)
        member = load_member(s, member_id)
        if member.id not in eligible_voters(s, meeting, case.id):
            raise ValidationError(
                "{name} is not an eligible voter present for this case.",
                name=member.name,
                name_en=member.name_en,
            )
        if s.execute(
            select(Vote.id).where(
                Vote.meeting_id == meeting.id, Vote.case_id == case.id, Vote.member_id == member.id
            )
        ).first():
            raise PermissionDenied(
                "{name} has already voted on this case.", name=member.name, name_en=member.name_en
            )
        if member.id in not_voting_ids(s, meeting.id, case.id):
            raise ValidationError(
                "{name} is already recorded as not voting.", name=member.name, name_en=member.name_en
            )
        s.add(
            NotVoting(
                meeting_id=meeting.id,
                case_id=case.id,
                member_id=member.id,
                reason=reason.strip(),
                recorded_by=actor,
            )
        )
        s.flush()
        audit.record(
            s,
            actor,
            "vote.not_voting",
            "case",
            case.id,
            {"meeting": meeting.id, "member": member.id, "reason": reason.strip()},
        )
        return not_voting_ids(s, meeting.id, case.id)


def not_voting(vault: Vault, meeting_id: str, case_id: str) -> dict[str, str]:
    """Members recorded as not voting on a case, with the reason."""
    with vault.session() as s:
        return not_voting_ids(s, meeting_id, case_id)


def tally(vault: Vault, meeting_id: str, case_id: str) -> rules.VoteOutcome:
    """The vote outcome for a case now: counts, eligibility and whether the quorum and the
    majority the charter asks for are met."""
    with vault.session() as s:
        return tally_state(s, load_meeting(s, meeting_id), case_id)


def close_meeting(vault: Vault, meeting_id: str, actor: str = "secretary") -> MeetingView:
    """Close the meeting: no further check-ins, votes or decisions are accepted. Audited."""
    with vault.session() as s:
        meeting = load_meeting(s, meeting_id)
        meeting.status, meeting.closed_at = "closed", datetime.now(UTC)
        audit.record(s, actor, "meeting.close", "meeting", meeting.id)
        return _view(s, meeting)
