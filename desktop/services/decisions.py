"""Decisions: recorded and signed by the presiding member, never edited.

A signed decision can only be superseded by a new one. A case on the expert
re-review list gets a preliminary decision, made final only when the re-review
opinion is recorded (``basis.REREVIEW``); a case that only matches the list needs
a recorded determination first. Every signed decision enters the outbox in the
same transaction.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, rules, signing
from desktop.domain import APPROVING_DECISIONS, CaseStatus, DecisionStatus, DecisionType, Role
from desktop.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from desktop.models import Case, Decision, Meeting, Member, OutboxItem, RereviewOpinion, Vote
from desktop.models.base import new_id
from desktop.rules import basis, lifecycle
from desktop.services.cases import load_case, set_status
from desktop.services.committee import charter_of
from desktop.services.meetings import (
    Signing,
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
    tally_state,
)
from desktop.services.members import load_member
from desktop.services.views import DecisionView
from desktop.sync.bundle import bind_decision, build_decision_bundle, statement_digest

DEFAULT_FOLLOW_UP_MONTHS = 12


def decision_view(d: Decision) -> DecisionView:
    return DecisionView(
        d.id,
        d.case_id,
        d.meeting_id,
        d.procedure,
        d.decision_type,
        d.conditions,
        d.reasons,
        d.follow_up_months,
        d.follow_up_due,
        dict(d.tally),
        d.status,
        d.supersedes_id,
        d.decided_at,
        d.signer_id,
    )


def presiding_member(session: Session, meeting: Meeting, case_id: str) -> Member | None:
    """The chair, or a vice-chair when the chair is absent or recused (``basis.PRESIDING``)."""
    recused = _recused(session, meeting.id, case_id)
    present = [m for m in _attending_members(session, meeting.id) if m.id not in recused]
    for role in (Role.CHAIR, Role.VICE_CHAIR):
        for member in present:
            if member.role == role.value:
                return member
    return None


def _active_decision(session: Session, case_id: str) -> Decision | None:
    return (
        session.execute(
            select(Decision)
            .where(Decision.case_id == case_id, Decision.status != DecisionStatus.SUPERSEDED.value)
            .order_by(Decision.decided_at.desc())
        )
        .scalars()
        .first()
    )


def require_outcome(outcome, dtype: DecisionType) -> None:
    """Refuse unless the votes reached a decision, and it is ``dtype``, the one being recorded."""
    if not outcome.reached:
        raise RuleViolation(
            "The votes have not reached a decision: {reason} ({basis}).",
            reason=outcome.reason,
            basis=outcome.basis,
        )
    if outcome.decision != dtype:
        raise RuleViolation(
            "The votes decided {decided}, not {asked}.", decided=outcome.decision.value, asked=dtype.value
        )


def _check_terms(decision_type: DecisionType, conditions: str, reasons: str) -> None:
    if decision_type is not DecisionType.APPROVE and not reasons.strip():
        raise ValidationError("Give the reasons for a decision other than approval.")
    if decision_type is DecisionType.APPROVE_AFTER_MODIFICATION and not conditions.strip():
        raise ValidationError("List the modifications required for approval after modification.")


def _follow_up(
    session: Session, decision_type: DecisionType, months: int | None, on: date, high_risk: bool = False
):
    if decision_type not in APPROVING_DECISIONS:
        return None, None
    charter = charter_of(session)
    if high_risk and charter.monitor_high_risk:  # shorter interval when monitored (rules.lifecycle)
        months, _ = lifecycle.follow_up_interval(high_risk=True, requested=months, charter=charter)
    if months is None:
        months = min(DEFAULT_FOLLOW_UP_MONTHS, charter.follow_up_max_months)
    return months, rules.follow_up_due(on, months, charter)


def _store(
    session: Session,
    case: Case,
    signer: Member,
    sign: Signing | str,
    content: dict,
    *,
    meeting: Meeting | None,
    procedure: str,
    status: DecisionStatus,
    supersedes: Decision | None,
    decision_id: str | None = None,
) -> Decision:
    # The id is known before signing so the statement names it (docs/bundle-format.md); a decision
    # signed on the chair's device brings the id the host drafted for it.
    decision_id = decision_id or new_id()
    content = bind_decision(session, decision_id, case, meeting, content)
    if isinstance(sign, str):  # a PIN: signed here with the member's key
        sign = _pin_signing(session, sign)
    signed = sign(signer, case, meeting, content)
    decision = Decision(
        id=decision_id,
        case_id=case.id,
        meeting_id=meeting.id if meeting else None,
        procedure=procedure,
        decision_type=content["decision_type"],
        conditions=content["conditions"],
        reasons=content["reasons"],
        follow_up_months=content["follow_up_months"],
        follow_up_due=date.fromisoformat(content["follow_up_due"]) if content["follow_up_due"] else None,
        tally=content.get("tally", {}),
        status=status.value,
        supersedes_id=supersedes.id if supersedes else None,
        signer_id=signer.id,
        statement=signed.statement,
        signature=signed.signature,
    )
    session.add(decision)
    if supersedes is not None:
        supersedes.status = DecisionStatus.SUPERSEDED.value
    session.flush()
    session.add(
        OutboxItem(kind="decision", decision_id=decision.id, payload=build_decision_bundle(session, decision))
    )
    next_status = CaseStatus.PRELIMINARY if status is DecisionStatus.PRELIMINARY else CaseStatus.DECIDED
    set_status(session, case, next_status, signer.id)
    audit.record(
        session,
        signer.id,
        "decision.sign",
        "decision",
        decision.id,
        {
            "case": case.id,
            "type": decision.decision_type,
            "status": decision.status,
            "supersedes": decision.supersedes_id,
        },
    )
    return decision


def rereview_state(session: Session, case: Case) -> rules.RereviewStatus:
    """The case against the expert re-review list: tags, text hints and the latest determination."""
    from desktop.models import RereviewDetermination  # local: keeps the import list short

    latest = (
        session.execute(
            select(RereviewDetermination)
            .where(RereviewDetermination.case_id == case.id)
            .order_by(RereviewDetermination.determined_at.desc())
        )
        .scalars()
        .first()
    )
    determination = {"on_list": latest.on_list, "reason": latest.reason} if latest else None
    text = "\n".join((case.title, case.summary))
    return rules.rereview_status(case.rereview_items, text, determination)


def _pin_signing(session: Session, pin: str) -> Signing:
    def sign(member: Member, case: Case, meeting: Meeting | None, content: dict) -> signing.SignedStatement:
        return _sign(session, member, pin, "decision", content, case=case, meeting=meeting)

    return sign


def record_decision(
    vault,
    meeting_id: str,
    case_id: str,
    signer_id: str,
    pin: str,
    decision_type: str,
    conditions: str = "",
    reasons: str = "",
    follow_up_months: int | None = None,
    supersede: bool = False,
    supersede_reason: str = "",
) -> DecisionView:
    """The presiding member records the decision the votes reached, and signs it with their PIN
    here. A case that already has a signed decision gets a new one only with ``supersede`` and a
    reason (kept in the audit trail beside the superseded decision's id), unless it reviews an
    open objection."""
    with vault.session() as s:
        return record_decision_in(
            s,
            meeting_id,
            case_id,
            signer_id,
            decision_type,
            conditions,
            reasons,
            follow_up_months,
            supersede,
            supersede_reason,
            sign=_pin_signing(s, pin),
        )


def record_decision_in(
    s: Session,
    meeting_id: str,
    case_id: str,
    signer_id: str,
    decision_type: str,
    conditions: str = "",
    reasons: str = "",
    follow_up_months: int | None = None,
    supersede: bool = False,
    supersede_reason: str = "",
    *,
    sign: Signing,
    decision_id: str | None = None,
) -> DecisionView:
    """``record_decision`` in the caller's transaction, signed by ``sign(member, case, meeting,
    content)``: the PIN key at the host, or the statement the chair signed on their own device
    (desktop.services.room), which must say exactly the content built here."""
    try:
        dtype = DecisionType(decision_type)
    except ValueError:
        raise ValidationError("Unknown decision type {t!r}.", t=decision_type) from None
    _check_terms(dtype, conditions, reasons)
    meeting = load_meeting(s, meeting_id)
    _require_open(meeting)
    case = load_case(s, case_id)
    _require_on_agenda(s, meeting, case.id)
    require_meeting_day(meeting)
    signer = load_member(s, signer_id)
    presiding = presiding_member(s, meeting, case.id)
    if presiding is None or presiding.id != signer.id:
        raise PermissionDenied(
            "Only the presiding chair (or the vice-chair standing in) records the decision."
        )
    previous = _active_decision(s, case.id)
    if previous is not None and not supersede:
        raise PermissionDenied(
            "This case already has a signed decision; it cannot be edited, only superseded."
        )
    if previous is not None and not supersede_reason.strip():
        from desktop.services.objections import open_objection

        if open_objection(s, previous.id) is None:  # an objection under review is its own reason
            raise ValidationError("Give the reason for superseding the earlier decision.")
    quorum = quorum_state(s, meeting, case.id)
    if not quorum.met:
        raise RuleViolation(
            "No quorum for this case: {missing} ({basis}).",
            missing="; ".join(x.message for x in quorum.shortfalls),
            basis=quorum.basis,
        )
    outcome = tally_state(s, meeting, case.id)
    not_voting = not_voting_ids(s, meeting.id, case.id)
    voted = s.execute(
        select(Vote.member_id).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id)
    ).scalars()
    incomplete = rules.votes_incomplete(eligible_voters(s, meeting, case.id), voted, not_voting)
    if incomplete is not None:
        names = {m.id: m.name for m in _attending_members(s, meeting.id)}
        raise RuleViolation(
            "Every eligible member present must vote or be recorded as not voting before the "
            "decision; still to vote: {members} ({basis}).",
            members=", ".join(names.get(m, m) for m in incomplete.param_dict["members"].split(", ")),
            basis=incomplete.basis,
        )
    listing = rereview_state(s, case)
    if listing.undetermined:
        raise RuleViolation(
            "The case matches expert re-review list items {ids}; record whether it is on the list "
            "before the decision ({basis}).",
            ids=", ".join(item.id for item in listing.matches),
            basis=basis.REREVIEW_LIST,
        )
    require_outcome(outcome, dtype)
    high_risk = case.risk_level == "high" or bool(case.rereview_items)
    months, due = _follow_up(s, dtype, follow_up_months, datetime.now(UTC).date(), high_risk)
    votes = s.execute(
        select(Vote).where(Vote.meeting_id == meeting.id, Vote.case_id == case.id).order_by(Vote.member_id)
    ).scalars()
    preliminary = listing.listed
    content = {
        "decision_type": dtype.value,
        "conditions": conditions.strip(),
        "reasons": reasons.strip(),
        "follow_up_months": months,
        "follow_up_due": due.isoformat() if due else None,
        "procedure": case.procedure,
        "status": (DecisionStatus.PRELIMINARY if preliminary else DecisionStatus.FINAL).value,
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
        "supersedes": previous.id if previous else None,
        "basis": outcome.basis,
    }
    decision = _store(
        s,
        case,
        signer,
        sign,
        content,
        meeting=meeting,
        procedure=case.procedure,
        status=DecisionStatus.PRELIMINARY if preliminary else DecisionStatus.FINAL,
        supersedes=previous,
        decision_id=decision_id,
    )
    if previous is not None:  # a review after an objection upholds or replaces the old decision
        from desktop.services.objections import close_with

        close_with(s, previous, decision, signer.id)
        if supersede_reason.strip():
            audit.record(
                s,
                signer.id,
                "decision.supersede",
                "decision",
                previous.id,
                {"by": decision.id, "reason": supersede_reason.strip()},
            )
    return decision_view(decision)


def record_rereview_opinion(
    vault,
    decision_id: str,
    signer_id: str,
    pin: str,
    *,
    authority: str,
    received_on: date,
    experts: int,
    experts_agreeing: int,
    opinion: str = "",
) -> DecisionView:
    """Record the expert group's opinion; it turns a preliminary decision final
    (or, if the experts do not agree, into a disapproval giving their reasons)."""
    if not authority.strip():
        raise ValidationError("Name the authority that organised the expert re-review.")
    if experts_agreeing < 0 or experts_agreeing > experts:
        raise ValidationError("Agreeing experts must be between 0 and the number of experts.")
    expert_ids = [f"expert-{i + 1}" for i in range(experts)]
    with vault.session() as s:
        outcome = rules.rereview_opinion(
            {e: i < experts_agreeing for i, e in enumerate(expert_ids)}, expert_ids, (), charter_of(s)
        )
        preliminary = s.get(Decision, decision_id)
        if preliminary is None:
            raise NotFound(what="Decision", key=decision_id)
        if preliminary.status != DecisionStatus.PRELIMINARY.value:
            raise ValidationError("Only a preliminary decision awaits an expert re-review opinion.")
        signer = load_member(s, signer_id)
        if signer.role not in (Role.CHAIR.value, Role.VICE_CHAIR.value):
            raise PermissionDenied("Only the chair or a vice-chair records the re-review opinion.")
        case = s.get(Case, preliminary.case_id)
        if not outcome.panel_ok:
            raise RuleViolation(
                "The expert re-review is not valid: {why} ({basis}).",
                why="; ".join(x.message for x in outcome.shortfalls),
                basis=outcome.basis,
            )
        agrees = outcome.agreed
        s.add(
            RereviewOpinion(
                decision_id=preliminary.id,
                authority=authority.strip(),
                received_on=received_on,
                agrees=agrees,
                experts=experts,
                experts_agreeing=experts_agreeing,
                opinion=opinion.strip(),
            )
        )
        dtype = DecisionType(preliminary.decision_type) if agrees else DecisionType.DISAPPROVE
        months, due = (preliminary.follow_up_months, preliminary.follow_up_due) if agrees else (None, None)
        content = {
            "decision_type": dtype.value,
            "conditions": preliminary.conditions if agrees else "",
            "reasons": preliminary.reasons
            if agrees
            else (opinion.strip() or "Expert re-review did not agree."),
            "follow_up_months": months,
            "follow_up_due": due.isoformat() if due else None,
            "procedure": preliminary.procedure,
            "status": DecisionStatus.FINAL.value,
            "tally": dict(preliminary.tally),
            "supersedes": preliminary.id,
            "rereview": {
                "authority": authority.strip(),
                "received_on": received_on.isoformat(),
                "experts": experts,
                "agreeing": experts_agreeing,
                "agrees": agrees,
            },
            "basis": outcome.basis,
        }
        meeting = s.get(Meeting, preliminary.meeting_id) if preliminary.meeting_id else None
        decision = _store(
            s,
            case,
            signer,
            pin,
            content,
            meeting=meeting,
            procedure=preliminary.procedure,
            status=DecisionStatus.FINAL,
            supersedes=preliminary,
        )
        return decision_view(decision)


def decisions_for_case(vault, case_id: str) -> list[DecisionView]:
    """Every decision on the case, oldest first, superseded ones included."""
    with vault.session() as s:
        case = load_case(s, case_id)
        rows = s.execute(select(Decision).where(Decision.case_id == case.id).order_by(Decision.decided_at))
        return [decision_view(d) for d in rows.scalars()]


def get_decision(vault, decision_id: str) -> DecisionView:
    """The decision with this id; NotFound otherwise."""
    with vault.session() as s:
        d = s.get(Decision, decision_id)
        if d is None:
            raise NotFound(what="Decision", key=decision_id)
        return decision_view(d)
