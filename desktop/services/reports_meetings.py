"""What the minutes and the conflict-of-interest register say, read from the meeting record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import checklists, rules
from desktop.domain import Role
from desktop.errors import ValidationError
from desktop.models import (
    AgendaItem,
    Attendance,
    Case,
    CaseReviewer,
    ChecklistResponse,
    Decision,
    Declaration,
    DiscussionNote,
    Meeting,
    Member,
    NotVoting,
    Vote,
)
from desktop.services.committee import charter_of, load_committee
from desktop.services.meetings import load_meeting
from desktop.services.members import person_of
from desktop.services.reports import (
    CaseLine,
    Letterhead,
    MeetingLine,
    PersonLine,
    case_line,
    letterhead_of,
    local_day,
    meeting_line,
    person_line,
    settings_of,
)
from desktop.services.review_lists import review_checklists
from desktop.vault import Vault

# ---- minutes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    person: PersonLine
    checked_in_at: datetime
    left_at: datetime | None
    custody: str = "shared-laptop"  # where the key that signed the check-in was held


def signed_custody(statement: bytes) -> str:
    """How a signed statement says its key was held; statements from before custody: shared laptop."""
    signer = json.loads(statement).get("signer", {})
    return signer.get("custody", "shared-laptop")


@dataclass(frozen=True)
class DeclarationLine:
    meeting_id: str
    meeting_title: str
    held_at: datetime
    case_reference: str
    case_title: str
    person: PersonLine
    has_conflict: bool
    statement: str
    declared_at: datetime


@dataclass(frozen=True)
class ChecklistItemLine:
    item_id: str
    text_zh: str
    text_en: str
    yes: int
    no: int
    na: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistLine:
    checklist_id: str
    version: str
    title_zh: str
    title_en: str
    items: int
    answered: int  # items with at least one answer
    concerns: tuple[ChecklistItemLine, ...]  # items someone answered "no"


@dataclass(frozen=True)
class CaseMinutes:
    case: CaseLine
    reviewers: tuple[PersonLine, ...]
    declarations: tuple[DeclarationLine, ...]
    recused: tuple[PersonLine, ...]
    quorum_met: bool
    quorum_counted: int
    quorum_shortfalls: tuple[str, ...]  # rule codes, e.g. needs_external
    checklists: tuple[ChecklistLine, ...]
    notes: tuple[tuple[datetime, str], ...]
    counts: dict[str, int]
    eligible: int
    cast: int
    votes: tuple[tuple[PersonLine, str], ...]
    decision_type: str | None
    decision_status: str | None
    conditions: str
    reasons: str
    follow_up_due: date | None
    not_voting: tuple[tuple[PersonLine, str], ...] = ()  # present and eligible, did not vote: why


@dataclass(frozen=True)
class MinutesData:
    letterhead: Letterhead
    meeting: MeetingLine
    presiding: PersonLine | None
    recorder: PersonLine | None
    attendance: tuple[AttendanceLine, ...]
    absent: tuple[PersonLine, ...]
    quorum_met: bool
    quorum_counted: int
    quorum_minimum: int
    quorum_shortfalls: tuple[str, ...]
    quorum_basis: str
    cases: tuple[CaseMinutes, ...]
    show_vote_names: bool


def _checklist_lines(session: Session, case: Case) -> tuple[ChecklistLine, ...]:
    responses = session.execute(
        select(ChecklistResponse)
        .where(ChecklistResponse.case_id == case.id)
        .order_by(ChecklistResponse.answered_at)
    ).scalars()
    lists = review_checklists(session, case)
    summary = checklists.summarise(
        [checklists.Response(r.member_id, r.item_id, r.answer, r.note, r.choice) for r in responses], lists
    )
    out = []
    for checklist in lists:
        items = list(checklist.items())
        entries = [(item, summary[item.id]) for item in items]
        concerns = tuple(
            ChecklistItemLine(
                item.id,
                item.text.zh,
                item.text.en,
                e["yes"],
                e["no"],
                e["na"],
                tuple(note for _member, note in e["notes"]),
            )
            for item, e in entries
            if e["no"]
        )
        answered = sum(1 for _item, e in entries if e["yes"] + e["no"] + e["na"])
        out.append(
            ChecklistLine(
                checklist.id,
                checklist.version,
                checklist.title.zh,
                checklist.title.en,
                len(items),
                answered,
                concerns,
            )
        )
    return tuple(out)


def _declaration_line(d: Declaration, meeting: Meeting, case: Case, member: Member) -> DeclarationLine:
    return DeclarationLine(
        meeting.id,
        meeting.title,
        meeting.held_at,
        case.reference,
        case.title,
        person_line(member),
        d.has_conflict,
        d.statement_text,
        d.declared_at,
    )


def _case_minutes(session: Session, meeting: Meeting, case: Case, charter: rules.Charter) -> CaseMinutes:
    from desktop.services.meetings import quorum_state  # local: meetings imports heavy rule helpers

    reviewers = session.execute(
        select(Member)
        .join(CaseReviewer, CaseReviewer.member_id == Member.id)
        .where(CaseReviewer.case_id == case.id)
    ).scalars()
    decl_rows = session.execute(
        select(Declaration, Member)
        .join(Member, Member.id == Declaration.member_id)
        .where(Declaration.meeting_id == meeting.id, Declaration.case_id == case.id)
        .order_by(Declaration.declared_at)
    ).all()
    declarations = tuple(_declaration_line(d, meeting, case, m) for d, m in decl_rows)
    quorum = quorum_state(session, meeting, case.id)
    vote_rows = session.execute(
        select(Vote, Member)
        .join(Member, Member.id == Vote.member_id)
        .where(Vote.meeting_id == meeting.id, Vote.case_id == case.id)
        .order_by(Member.enrolled_at)
    ).all()
    not_voting_rows = session.execute(
        select(NotVoting, Member)
        .join(Member, Member.id == NotVoting.member_id)
        .where(NotVoting.meeting_id == meeting.id, NotVoting.case_id == case.id)
        .order_by(Member.enrolled_at)
    ).all()
    counts: dict[str, int] = {}
    for vote, _member in vote_rows:
        counts[vote.choice] = counts.get(vote.choice, 0) + 1
    decision = (
        session.execute(
            select(Decision)
            .where(Decision.meeting_id == meeting.id, Decision.case_id == case.id)
            .order_by(Decision.decided_at.desc())
        )
        .scalars()
        .first()
    )
    eligible = int(decision.tally.get("eligible", 0)) if decision is not None else len(quorum.counted)
    notes = session.execute(
        select(DiscussionNote)
        .where(DiscussionNote.meeting_id == meeting.id, DiscussionNote.case_id == case.id)
        .order_by(DiscussionNote.created_at)
    ).scalars()
    return CaseMinutes(
        case=case_line(case),
        reviewers=tuple(person_line(m) for m in reviewers),
        declarations=declarations,
        recused=tuple(d.person for d in declarations if d.has_conflict),
        quorum_met=quorum.met,
        quorum_counted=len(quorum.counted),
        quorum_shortfalls=tuple(x.code for x in quorum.shortfalls),
        checklists=_checklist_lines(session, case),
        notes=tuple((n.created_at, n.text) for n in notes),
        counts=counts,
        eligible=eligible,
        cast=len(vote_rows),
        votes=tuple((person_line(m), v.choice) for v, m in vote_rows),
        not_voting=tuple((person_line(m), n.reason) for n, m in not_voting_rows),
        decision_type=decision.decision_type if decision else None,
        decision_status=decision.status if decision else None,
        conditions=decision.conditions if decision else "",
        reasons=decision.reasons if decision else "",
        follow_up_due=decision.follow_up_due if decision else None,
    )


def minutes_data(vault: Vault, meeting_id: str) -> MinutesData:
    """Everything the minutes of the meeting state, read in one session."""
    with vault.session() as s:
        committee = load_committee(s)
        meeting = load_meeting(s, meeting_id)
        charter = charter_of(s)
        rows = s.execute(
            select(Attendance, Member)
            .join(Member, Member.id == Attendance.member_id)
            .where(Attendance.meeting_id == meeting.id)
            .order_by(Attendance.checked_in_at)
        ).all()
        attendance = tuple(
            AttendanceLine(person_line(m), a.checked_in_at, a.left_at, signed_custody(a.statement))
            for a, m in rows
        )
        present = [m for a, m in rows if a.left_at is None]
        day = local_day(meeting.held_at)
        roster = s.execute(select(Member).order_by(Member.enrolled_at)).scalars()
        attended = {m.id for _a, m in rows}
        absent = tuple(
            person_line(m)
            for m in roster
            if m.id not in attended
            and m.term_start <= day
            and (m.term_end is None or m.term_end >= day)
            and (m.active or m.term_end is not None)
        )
        quorum = rules.quorum([person_of(m) for m in present], charter)
        presiding = next((m for m in present if m.id == quorum.presiding), None)
        recorder = next((m for m in present if m.role == Role.SECRETARY.value), None)
        agenda = s.execute(
            select(Case)
            .join(AgendaItem, AgendaItem.case_id == Case.id)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        ).scalars()
        return MinutesData(
            letterhead=letterhead_of(committee),
            meeting=meeting_line(meeting),
            presiding=person_line(presiding) if presiding else None,
            recorder=person_line(recorder) if recorder else None,
            attendance=attendance,
            absent=absent,
            quorum_met=quorum.met,
            quorum_counted=len(quorum.counted),
            quorum_minimum=charter.min_attending,
            quorum_shortfalls=tuple(x.code for x in quorum.shortfalls),
            quorum_basis=quorum.basis,
            cases=tuple(_case_minutes(s, meeting, c, charter) for c in agenda),
            # A secret ballot (charter) shows counts only, whatever the display setting says.
            show_vote_names=bool(settings_of(committee).get("show_vote_names")) and not charter.secret_ballot,
        )


# ---- conflict-of-interest register -------------------------------------------------------------


@dataclass(frozen=True)
class CoiRegisterData:
    letterhead: Letterhead
    meeting: MeetingLine | None
    start: date | None
    end: date | None
    declarations: tuple[DeclarationLine, ...]

    @property
    def conflicts(self) -> int:
        return sum(1 for d in self.declarations if d.has_conflict)


def coi_register_data(
    vault: Vault, meeting_id: str | None = None, start: date | None = None, end: date | None = None
) -> CoiRegisterData:
    """Declarations of one meeting, or of every meeting held from ``start`` to ``end`` inclusive."""
    if meeting_id is None and start is None and end is None:
        raise ValidationError("Give a meeting, or a period with a start or an end date.")
    if meeting_id is not None and (start is not None or end is not None):
        raise ValidationError("Give either a meeting or a period, not both.")
    if start is not None and end is not None and end < start:
        raise ValidationError("The period must end on or after its start.")
    with vault.session() as s:
        committee = load_committee(s)
        meeting = load_meeting(s, meeting_id) if meeting_id else None
        query = (
            select(Declaration, Meeting, Case, Member)
            .join(Meeting, Meeting.id == Declaration.meeting_id)
            .join(Case, Case.id == Declaration.case_id)
            .join(Member, Member.id == Declaration.member_id)
        )
        if meeting is not None:
            query = query.where(Declaration.meeting_id == meeting.id)
        rows = s.execute(query.order_by(Meeting.held_at, Case.reference, Declaration.declared_at)).all()
        lines = tuple(
            _declaration_line(d, m, c, p)
            for d, m, c, p in rows
            if (start or date.min) <= local_day(m.held_at) <= (end or date.max)
        )
        return CoiRegisterData(
            letterhead_of(committee), meeting_line(meeting) if meeting else None, start, end, lines
        )
