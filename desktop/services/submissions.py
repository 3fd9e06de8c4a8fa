"""Submissions linked to an approved activity, their signed decisions, and the activity's standing.

An approved case takes amendments, follow-up reports, adverse-event and deviation reports,
requests to suspend or terminate, and its final report (desktop.rules.lifecycle). Each is
decided by a signed decision that supersedes the case's current one, so the case keeps one
chain of decisions (the registry's rule too) and its newest decision states the standing. The
decision enters the outbox in the same transaction, like every decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import audit, rules
from desktop.domain import (
    CaseStatus,
    DecisionStatus,
    DecisionType,
    Procedure,
    RiskLevel,
    Role,
    Standing,
    SubmissionKind,
    VoteChoice,
)
from desktop.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from desktop.models import Case, Member, Submission, SubmissionOpinion, Vote
from desktop.rules import lifecycle
from desktop.services.activity import current_standing
from desktop.services.cases import load_case, set_status
from desktop.services.committee import charter_of
from desktop.services.decisions import _store, decision_view, presiding_member, require_outcome
from desktop.services.meetings import (
    _attending_members,
    _recused,
    _require_on_agenda,
    _require_open,
    _sign,
    decision_facts,
    eligible_voters,
    load_meeting,
    not_voting_ids,
    quorum_state,
    require_meeting_day,
    require_standing,
    tally_state,
)
from desktop.services.members import load_member
from desktop.services.views import DecisionView
from desktop.sync.bundle import statement_digest

PREFIX = {
    SubmissionKind.AMENDMENT: "AM",
    SubmissionKind.FOLLOW_UP_REPORT: "FU",
    SubmissionKind.ADVERSE_EVENT: "SAE",
    SubmissionKind.DEVIATION: "DEV",
    SubmissionKind.SUSPENSION_REQUEST: "SUS",
    SubmissionKind.TERMINATION_REQUEST: "TER",
    SubmissionKind.FINAL_REPORT: "FIN",
}


@dataclass(frozen=True)
class SubmissionView:
    id: str
    case_id: str
    case_reference: str
    kind: str
    reference: str
    summary: str
    major: bool
    event_on: date | None
    materials: tuple[str, ...]
    missing: tuple[str, ...]
    procedure: str
    received_on: date
    due_on: date
    status: str  # received, decided
    standing_before: str
    standing_after: str | None
    decision_id: str | None


def _view(s: Submission, case: Case) -> SubmissionView:
    kind = SubmissionKind(s.kind)
    return SubmissionView(
        s.id,
        case.id,
        case.reference,
        s.kind,
        s.reference,
        s.summary,
        s.major,
        s.event_on,
        tuple(s.materials),
        tuple(m for m in lifecycle.MATERIALS[kind] if m not in s.materials),
        s.procedure,
        s.received_on,
        s.due_on,
        s.status,
        s.standing_before,
        s.standing_after,
        s.decision_id,
    )


def _high_risk(case: Case) -> bool:
    return case.risk_level == RiskLevel.HIGH.value or bool(case.rereview_items)


def receive_submission(
    vault,
    case_id: str,
    kind: str,
    *,
    summary: str,
    materials: list[str] | tuple[str, ...] = (),
    major: bool = False,
    event_on: date | None = None,
    received_on: date | None = None,
    actor: str = "secretary",
) -> SubmissionView:
    """Take in a submission linked to an approved activity; its procedure and deadline follow
    from its kind (desktop.rules.lifecycle). Bad input changes nothing."""
    kind_v = lifecycle.kind_of(kind)
    if not summary.strip():
        raise ValidationError("Describe the submission in a line or two.")
    unknown = sorted(set(materials) - set(lifecycle.MATERIALS[kind_v]))
    if unknown:
        raise ValidationError("Unknown materials for this submission: {names}.", names=", ".join(unknown))
    today = datetime.now(UTC).date()
    received_on = received_on or today
    if received_on > today:
        raise ValidationError("A submission cannot be received in the future.")
    if kind_v in (SubmissionKind.ADVERSE_EVENT, SubmissionKind.DEVIATION):
        if event_on is None:
            raise ValidationError("Give the date the event or deviation occurred.")
        if event_on > received_on:
            raise ValidationError("The event cannot come after the report was received.")
    with vault.session() as s:
        case = load_case(s, case_id)
        standing, _ = current_standing(s, case)
        lifecycle.check_receivable(kind_v, standing)
        charter = charter_of(s)
        procedure = lifecycle.procedure_for(
            kind_v,
            major=major,
            risk=case.risk_level,
            on_rereview_list=bool(case.rereview_items),
            charter=charter,
        )
        due_on, _basis = lifecycle.review_due(kind_v, received_on, charter)
        n = s.execute(
            select(func.count(Submission.id)).where(
                Submission.case_id == case.id, Submission.kind == kind_v.value
            )
        ).scalar_one()
        sub = Submission(
            case_id=case.id,
            kind=kind_v.value,
            reference=f"{case.reference}/{PREFIX[kind_v]}-{n + 1}",
            summary=summary.strip(),
            major=bool(major),
            event_on=event_on,
            materials=sorted(set(materials)),
            procedure=procedure.procedure.value,
            received_on=received_on,
            due_on=due_on,
            status="received",
            standing_before=standing.value,
            received_by=actor,
        )
        s.add(sub)
        s.flush()
        audit.record(
            s,
            actor,
            "submission.receive",
            "submission",
            sub.id,
            {"case": case.id, "kind": sub.kind, "reference": sub.reference, "procedure": sub.procedure},
        )
        return _view(sub, case)


def _load(session: Session, submission_id: str) -> Submission:
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise NotFound(what="Submission", key=submission_id)
    return sub


def give_opinion(vault, submission_id: str, member_id: str, pin: str, choice: str, note: str = "") -> None:
    """A reviewer's signed opinion on a submission under the simplified procedure."""
    try:
        choice_v = VoteChoice(choice)
    except ValueError:
        raise ValidationError("Unknown vote {choice!r}.", choice=choice) from None
    with vault.session() as s:
        sub = _load(s, submission_id)
        if sub.procedure != Procedure.SIMPLIFIED.value:
            raise RuleViolation(
                "This submission goes to a meeting; reviewers' opinions are for the simplified procedure."
            )
        if sub.status != "received":
            raise PermissionDenied("This submission has been decided; its opinions are closed.")
        member = load_member(s, member_id)
        if member.role == Role.CONSULTANT.value or not member.active:
            raise PermissionDenied(
                "Consultants advise but do not vote ({basis}).", basis=rules.basis.CONSULTANTS
            )
        # an opinion counts like a vote: only a member serving today gives one (rules.member_standing)
        require_standing(s, member)
        if s.execute(
            select(SubmissionOpinion.id).where(
                SubmissionOpinion.submission_id == sub.id, SubmissionOpinion.member_id == member.id
            )
        ).first():
            raise PermissionDenied(
                "{name} has already given an opinion on this submission.",
                name=member.name,
                name_en=member.name_en,
            )
        case = s.get(Case, sub.case_id)
        content = {"submission": sub.id, "kind": sub.kind, "choice": choice_v.value, "note": note.strip()}
        signed = _sign(s, member, pin, "opinion", content, case=case)
        s.add(
            SubmissionOpinion(
                submission_id=sub.id,
                member_id=member.id,
                choice=choice_v.value,
                note=note.strip(),
                statement=signed.statement,
                signature=signed.signature,
            )
        )
        audit.record(s, member.id, "submission.opinion", "submission", sub.id, {"choice": choice_v.value})


def _meeting_terms(s: Session, meeting_id: str, case: Case, signer: Member, dtype: DecisionType) -> tuple:
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    _require_on_agenda(s, meeting, case.id)
    require_meeting_day(meeting)
    presiding = presiding_member(s, meeting, case.id)
    if presiding is None or presiding.id != signer.id:
        raise PermissionDenied(
            "Only the presiding chair (or the vice-chair standing in) records the decision."
        )
    quorum = quorum_state(s, meeting, case.id)
    if not quorum.met:
        raise RuleViolation(
            "No quorum for this case: {missing} ({basis}).",
            missing="; ".join(x.message for x in quorum.shortfalls),
            basis=quorum.basis,
        )
    outcome = tally_state(s, meeting, case.id)
    # the same guard as a decision on the application: every eligible member votes or is
    # recorded as not voting (desktop.services.decisions)
    voted = s.execute(select(Vote.member_id).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id))
    incomplete = rules.votes_incomplete(
        eligible_voters(s, meeting, case.id), voted.scalars(), not_voting_ids(s, meeting.id, case.id)
    )
    if incomplete is not None:
        raise RuleViolation(
            "Every eligible member present must vote or be recorded as not voting before the "
            "decision; still to vote: {members} ({basis}).",
            members=incomplete.param_dict["members"],
            basis=incomplete.basis,
        )
    require_outcome(outcome, dtype)
    votes = s.execute(
        select(Vote).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id).order_by(Vote.member_id)
    ).scalars()
    extra = {
        "tally": {
            "counts": dict(outcome.counts),
            "eligible": outcome.eligible,
            "needed": outcome.needed,
            "cast": outcome.cast,
        },
        "quorum": {"met": quorum.met, "counted": sorted(quorum.counted)},
        "attending": sorted(m.id for m in _attending_members(s, meeting.id)),
        "recused": sorted(_recused(s, meeting.id, case.id)),
        "votes": [statement_digest(v.statement, v.signature) for v in votes],
        **decision_facts(s, meeting, case.id),
    }
    return meeting, extra, outcome.basis


def _simplified_terms(s: Session, sub: Submission, signer: Member, dtype: DecisionType) -> tuple:
    if signer.role not in (Role.CHAIR.value, Role.VICE_CHAIR.value):
        raise PermissionDenied(
            "Only the chair or a vice-chair signs a decision under the simplified procedure."
        )
    require_standing(s, signer)
    rows = list(
        s.execute(
            select(SubmissionOpinion)
            .where(SubmissionOpinion.submission_id == sub.id)
            .order_by(SubmissionOpinion.member_id)
        ).scalars()
    )
    charter = charter_of(s)
    outcome = rules.simplified_outcome({o.member_id: VoteChoice(o.choice) for o in rows}, charter)
    why = "; ".join(r.message for r in outcome.reasons)
    if not outcome.complete or outcome.refer_to_meeting:
        raise RuleViolation(
            "The simplified review has not reached a decision: {reason} ({basis}).",
            reason=why,
            basis=outcome.basis,
        )
    if outcome.decision != dtype:
        raise RuleViolation(
            "The reviewers agreed on {decided}, not {asked}.",
            decided=outcome.decision.value,
            asked=dtype.value,
        )
    counts = {c.value: 0 for c in VoteChoice}
    for o in rows:
        counts[o.choice] += 1
    extra = {
        "tally": {
            "counts": counts,
            "eligible": len(rows),
            "needed": charter.simplified_min_reviewers,
            "cast": len(rows),
        },
        "reviewers": [o.member_id for o in rows],
        "opinions": [statement_digest(o.statement, o.signature) for o in rows],
    }
    return None, extra, outcome.basis


def decide_submission(
    vault,
    submission_id: str,
    signer_id: str,
    pin: str,
    decision_type: str,
    *,
    conditions: str = "",
    reasons: str = "",
    follow_up_months: int | None = None,
    meeting_id: str | None = None,
) -> DecisionView:
    """Sign the decision on a linked submission. It supersedes the case's current decision and
    states the activity's standing; a follow-up decision restarts the follow-up clock."""
    try:
        dtype = DecisionType(decision_type)
    except ValueError:
        raise ValidationError("Unknown decision type {t!r}.", t=decision_type) from None
    with vault.session() as s:
        sub = _load(s, submission_id)
        if sub.status != "received":
            raise PermissionDenied("This submission already has a signed decision; it cannot be edited.")
        kind = SubmissionKind(sub.kind)
        lifecycle.check_decision(kind, dtype, conditions, reasons)
        case = s.get(Case, sub.case_id)
        before, previous = current_standing(s, case)
        lifecycle.check_receivable(kind, before)  # the activity may have moved on since receipt
        signer = load_member(s, signer_id)
        if sub.procedure == Procedure.GENERAL.value:
            if meeting_id is None:
                raise ValidationError("This submission goes to a meeting; name the meeting.")
            meeting, extra, how = _meeting_terms(s, meeting_id, case, signer, dtype)
        else:
            meeting, extra, how = _simplified_terms(s, sub, signer, dtype)
        after = lifecycle.standing_after(kind, dtype, before)
        months, due, follow_basis = None, None, rules.basis.FOLLOW_UP
        today = datetime.now(UTC).date()
        charter = charter_of(s)
        if lifecycle.needs_follow_up(after):
            carried = previous.follow_up_due if previous is not None else None
            if lifecycle.restarts_follow_up(kind, dtype) or carried is None:
                months, follow_basis = lifecycle.follow_up_interval(
                    high_risk=_high_risk(case), requested=follow_up_months, charter=charter
                )
                due = rules.follow_up_due(today, months, charter)
            else:
                months, due = previous.follow_up_months, carried
        content = {
            "decision_type": dtype.value,
            "conditions": conditions.strip(),
            "reasons": reasons.strip(),
            "follow_up_months": months,
            "follow_up_due": due.isoformat() if due else None,
            "procedure": sub.procedure,
            "status": DecisionStatus.FINAL.value,
            **extra,
            "supersedes": previous.id,
            "submission": {
                "id": sub.id,
                "kind": sub.kind,
                "reference": sub.reference,
                "received_on": sub.received_on.isoformat(),
            },
            "standing": after.value,
            "basis": f"{how}; {follow_basis}" if months else how,
        }
        decision = _store(
            s,
            case,
            signer,
            pin,
            content,
            meeting=meeting,
            procedure=sub.procedure,
            status=DecisionStatus.FINAL,
            supersedes=previous,
        )
        sub.status, sub.decision_id, sub.standing_after = "decided", decision.id, after.value
        closed = after in (Standing.CLOSED, Standing.TERMINATED)
        set_status(s, case, CaseStatus.CLOSED if closed else CaseStatus.FOLLOW_UP, signer.id)
        audit.record(
            s,
            signer.id,
            "submission.decide",
            "submission",
            sub.id,
            {"decision": decision.id, "standing_before": before.value, "standing_after": after.value},
        )
        return decision_view(decision)


def get_submission(vault, submission_id: str) -> SubmissionView:
    """The submission with this id; NotFound otherwise."""
    with vault.session() as s:
        sub = _load(s, submission_id)
        return _view(sub, s.get(Case, sub.case_id))


def submissions_for_case(vault, case_id: str) -> list[SubmissionView]:
    """The case's submissions after approval (amendments, reports, events), oldest first."""
    with vault.session() as s:
        case = load_case(s, case_id)
        rows = s.execute(
            select(Submission).where(Submission.case_id == case.id).order_by(Submission.created_at)
        ).scalars()
        return [_view(x, case) for x in rows]


@dataclass(frozen=True)
class OpinionView:
    member_id: str
    choice: str
    note: str
    signed_at: datetime


def opinions_for(vault, submission_id: str) -> list[OpinionView]:
    """The reviewers' signed opinions on a submission, in the order they were given."""
    with vault.session() as s:
        sub = _load(s, submission_id)
        rows = s.execute(
            select(SubmissionOpinion)
            .where(SubmissionOpinion.submission_id == sub.id)
            .order_by(SubmissionOpinion.signed_at)
        ).scalars()
        return [OpinionView(o.member_id, o.choice, o.note, o.signed_at) for o in rows]
