"""The life of an approved activity: linked submissions, their procedure and deadline, and the
activity's standing after a decision on one. Pure functions over plain data.

The regulations say what may happen (minor changes and follow-up without major change may take
the simplified procedure; ongoing work may be suspended or terminated; follow-up at least
yearly); the materials lists and the review limits for reports are the committee's own, set in
its charter with the defaults below. Each result names its basis (desktop.rules.basis).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain import APPROVING_DECISIONS, DecisionType, Procedure, RiskLevel, Standing, SubmissionKind
from desktop.errors import RuleViolation, ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.procedure import CaseFacts, procedure_verdict

K = SubmissionKind
D = DecisionType

# What each submission brings (committee practice; basis.MATERIALS lists only the application's).
MATERIALS: dict[SubmissionKind, tuple[str, ...]] = {
    K.AMENDMENT: ("amendment_description", "revised_protocol", "risk_benefit_change"),
    K.FOLLOW_UP_REPORT: ("progress_report", "participants_summary", "events_summary"),
    K.ADVERSE_EVENT: ("event_report", "causality_assessment", "measures_taken"),
    K.DEVIATION: ("deviation_report", "impact_assessment", "corrective_actions"),
    K.SUSPENSION_REQUEST: ("request_letter", "participant_protection_plan"),
    K.TERMINATION_REQUEST: ("request_letter", "participant_protection_plan"),
    K.FINAL_REPORT: ("final_report", "results_summary", "data_disposal"),
}
MATERIALS_BASIS = basis.CHARTER

# The decisions a review of each kind may reach (the committee may always suspend or terminate
# ongoing work it finds unsafe).
_ONGOING = (D.SUSPEND, D.TERMINATE)
DECISIONS: dict[SubmissionKind, tuple[DecisionType, ...]] = {
    K.AMENDMENT: (D.APPROVE, D.APPROVE_AFTER_MODIFICATION, D.MODIFY_AND_REREVIEW, D.DISAPPROVE, *_ONGOING),
    K.FOLLOW_UP_REPORT: (D.APPROVE, D.APPROVE_AFTER_MODIFICATION, *_ONGOING),
    K.ADVERSE_EVENT: (D.APPROVE, D.APPROVE_AFTER_MODIFICATION, *_ONGOING),
    K.DEVIATION: (D.APPROVE, D.APPROVE_AFTER_MODIFICATION, *_ONGOING),
    K.SUSPENSION_REQUEST: _ONGOING,
    K.TERMINATION_REQUEST: (D.TERMINATE,),
    K.FINAL_REPORT: (D.APPROVE, D.MODIFY_AND_REREVIEW),
}

# Standings that still take submissions, and which kinds.
_LIVE = (Standing.APPROVED, Standing.APPROVED_WITH_CONDITIONS)
_TAKES: dict[Standing, frozenset[SubmissionKind]] = {
    Standing.APPROVED: frozenset(K),
    Standing.APPROVED_WITH_CONDITIONS: frozenset(K),
    Standing.SUSPENDED: frozenset(K) - {K.SUSPENSION_REQUEST},
    Standing.TERMINATED: frozenset({K.FINAL_REPORT}),  # 结题 after termination
    Standing.CLOSED: frozenset(),
}


def kind_of(value: str) -> SubmissionKind:
    try:
        return SubmissionKind(value)
    except ValueError:
        raise ValidationError("Unknown submission kind {kind!r}.", kind=value) from None


def standing_of_decision(decision_type: str) -> Standing | None:
    """The standing a first decision on an application gives (None: not approved)."""
    if decision_type == D.APPROVE.value:
        return Standing.APPROVED
    if decision_type == D.APPROVE_AFTER_MODIFICATION.value:
        return Standing.APPROVED_WITH_CONDITIONS
    if decision_type == D.SUSPEND.value:
        return Standing.SUSPENDED
    if decision_type == D.TERMINATE.value:
        return Standing.TERMINATED
    return None


def check_receivable(kind: SubmissionKind, standing: Standing | None) -> None:
    """Refuse a submission the activity cannot take in its standing."""
    if standing is None:
        raise RuleViolation(
            "Only an approved activity takes linked submissions; this case has no approval in force."
        )
    if kind not in _TAKES[standing]:
        raise RuleViolation(
            "A {standing} activity cannot take a {kind} submission.", standing=standing.value, kind=kind.value
        )


def check_decision(kind: SubmissionKind, decision_type: DecisionType, conditions: str, reasons: str) -> None:
    """The decision must be one this kind of review may reach, with its terms."""
    if decision_type not in DECISIONS[kind]:
        raise RuleViolation(
            "A review of a {kind} cannot decide {decision}.", kind=kind.value, decision=decision_type.value
        )
    if decision_type is not D.APPROVE and not reasons.strip():
        raise ValidationError("Give the reasons for a decision other than approval.")
    if decision_type is D.APPROVE_AFTER_MODIFICATION and not conditions.strip():
        raise ValidationError("List the modifications required for approval after modification.")


def standing_after(kind: SubmissionKind, decision_type: DecisionType, before: Standing) -> Standing:
    """The activity's standing once the decision is signed.

    Suspend and terminate say so; an accepted final report closes the activity; approval (with
    or without conditions) keeps or restores it in force; a refused amendment or a final report
    sent back leaves the standing as it was.
    """
    if decision_type is D.SUSPEND:
        return Standing.SUSPENDED
    if decision_type is D.TERMINATE:
        return Standing.TERMINATED
    if kind is K.FINAL_REPORT:
        return Standing.CLOSED if decision_type is D.APPROVE else before
    if decision_type is D.APPROVE:
        return Standing.APPROVED
    if decision_type is D.APPROVE_AFTER_MODIFICATION:
        return Standing.APPROVED_WITH_CONDITIONS
    return before


def possible_standings(kind: SubmissionKind, decision_type: DecisionType) -> frozenset[Standing]:
    """Every standing ``standing_after`` can give for this kind and decision (for verifiers that
    do not know the standing before)."""
    return frozenset(standing_after(kind, decision_type, s) for s in Standing if kind in _TAKES[s])


def in_force(standing: Standing) -> bool:
    return standing in _LIVE


@dataclass(frozen=True)
class SubmissionProcedure:
    procedure: Procedure
    basis: str


def procedure_for(
    kind: SubmissionKind,
    *,
    major: bool,
    risk: str,
    on_rereview_list: bool,
    charter: Charter = DEFAULT_CHARTER,
) -> SubmissionProcedure:
    """A minor amendment or a follow-up report without major change may use the simplified
    procedure (basis.AMENDMENT); anything else goes to a meeting."""
    facts = CaseFacts(
        risk=RiskLevel(risk),
        is_minor_amendment=kind is K.AMENDMENT and not major,
        is_follow_up_without_major_change=kind is K.FOLLOW_UP_REPORT and not major,
        on_rereview_list=on_rereview_list,
    )
    if kind in (K.AMENDMENT, K.FOLLOW_UP_REPORT) and not major:
        verdict = procedure_verdict(Procedure.SIMPLIFIED, facts, charter)
        if verdict.allowed:
            return SubmissionProcedure(Procedure.SIMPLIFIED, basis.AMENDMENT)
    return SubmissionProcedure(Procedure.GENERAL, basis.GENERAL_PROCEDURE)


def review_due(
    kind: SubmissionKind, received_on: date, charter: Charter = DEFAULT_CHARTER
) -> tuple[date, str]:
    """By when the committee decides on the submission, and the basis of that limit.

    Serious adverse events: ``charter.sae_review_days`` (default 7; a committee choice, the
    regulations ask only for prompt reporting). Everything else: the 30-day decision limit.
    """
    charter.validate()
    if kind is K.ADVERSE_EVENT:
        return received_on + timedelta(days=charter.sae_review_days), basis.ADVERSE_EVENTS
    limit_basis = basis.DEVIATIONS if kind is K.DEVIATION else basis.SUBMISSION_LIMIT
    return received_on + timedelta(days=charter.decision_days), limit_basis


def follow_up_interval(
    *, high_risk: bool, requested: int | None, charter: Charter = DEFAULT_CHARTER
) -> tuple[int, str]:
    """The follow-up interval in months: the requested one, else 12 (STER: generally not more
    than 12), shortened to ``high_risk_follow_up_months`` for high-risk and re-review-list
    activities when the charter asks for monitoring (basis.MONITORING)."""
    charter.validate()
    ceiling, where = charter.follow_up_max_months, basis.FOLLOW_UP
    if high_risk and charter.monitor_high_risk:
        ceiling, where = min(ceiling, charter.high_risk_follow_up_months), basis.MONITORING
    months = ceiling if requested is None else requested
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise ValidationError(
            "The follow-up interval must be a whole number of months, got {value!r}.", value=months
        )
    if months > ceiling:
        raise RuleViolation(
            "A follow-up interval may be at most {maximum} months, got {months} ({basis}).",
            maximum=ceiling,
            months=months,
            basis=where,
        )
    return months, where


def monitored(*, risk: str, on_rereview_list: bool, charter: Charter = DEFAULT_CHARTER) -> bool:
    """Whether the charter's monitoring applies: ``monitor_high_risk`` and a high-risk or
    re-review-list activity (basis.MONITORING). Its follow-up review then also carries the
    continuous-monitoring checklists (desktop.checklists, ``"when": "monitoring"``)."""
    return charter.monitor_high_risk and (risk == RiskLevel.HIGH.value or on_rereview_list)


def needs_follow_up(standing: Standing) -> bool:
    """Only an activity in force has a follow-up clock."""
    return standing in _LIVE


def restarts_follow_up(kind: SubmissionKind, decision_type: DecisionType) -> bool:
    """The follow-up clock restarts from a decision on a follow-up report that keeps the activity
    in force; other decisions carry the current due date over."""
    return kind is K.FOLLOW_UP_REPORT and decision_type in APPROVING_DECISIONS
