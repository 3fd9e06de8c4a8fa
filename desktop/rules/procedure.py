"""Which procedure a case may take, and its deadlines (``basis.GENERAL_PROCEDURE``, ``basis.SIMPLIFIED``,
``basis.EMERGENCY``, ``basis.TIME_LIMIT``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.domain import Procedure, RiskLevel
from desktop.errors import RuleViolation, ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Reason, add_months


@dataclass(frozen=True)
class CaseFacts:
    """What the procedure rules need to know about a case."""

    risk: RiskLevel
    is_minor_amendment: bool = False  # small change to an approved plan, risk-benefit unchanged
    is_follow_up_without_major_change: bool = False
    public_emergency: bool = False
    on_rereview_list: bool = False

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "risk", RiskLevel(self.risk))
        except ValueError as exc:
            raise ValidationError("{value!r} is not a risk level.", value=self.risk) from exc


@dataclass(frozen=True)
class Verdict:
    """Whether a procedure is allowed, with the reasons either way."""

    allowed: bool
    reasons: tuple[Reason, ...]
    basis: str


def procedure_verdict(procedure: Procedure, facts: CaseFacts, charter: Charter = DEFAULT_CHARTER) -> Verdict:
    """May this case be reviewed by ``procedure``?

    General (a meeting) is always allowed. Simplified only for minimal risk, a minor amendment
    or a follow-up without major change, and never for a case on the expert re-review list.
    Emergency only during a public emergency.
    """
    charter.validate()
    procedure = Procedure(procedure)
    if procedure is Procedure.GENERAL:
        return Verdict(
            True,
            (
                Reason.of(
                    "general_always",
                    "the general procedure (a meeting) is always available",
                    basis.GENERAL_PROCEDURE,
                ),
            ),
            basis.GENERAL_PROCEDURE,
        )

    if procedure is Procedure.EMERGENCY:
        if facts.public_emergency:
            reason = Reason.of(
                "emergency_declared", "a public emergency allows the emergency procedure", basis.EMERGENCY
            )
        else:
            reason = Reason.of(
                "no_emergency", "the emergency procedure is only for a public emergency", basis.EMERGENCY
            )
        return Verdict(facts.public_emergency, (reason,), basis.EMERGENCY)

    grounds: list[Reason] = []
    if facts.risk is RiskLevel.MINIMAL:
        grounds.append(Reason.of("minimal_risk", "the risk is not above minimal", basis.SIMPLIFIED))
    if facts.is_minor_amendment:
        grounds.append(
            Reason.of(
                "minor_amendment",
                "a minor change to an approved plan that leaves the risk-benefit balance unchanged",
                basis.SIMPLIFIED,
            )
        )
    if facts.is_follow_up_without_major_change:
        grounds.append(
            Reason.of(
                "follow_up_no_major_change", "a follow-up review without major change", basis.SIMPLIFIED
            )
        )
    if facts.on_rereview_list:
        refusal = Reason.of(
            "on_rereview_list",
            "an activity on the expert re-review list needs a meeting, never the simplified procedure",
            basis.cite(basis.SIMPLIFIED, basis.REREVIEW_LIST),
        )
        return Verdict(False, (refusal,), basis.SIMPLIFIED)
    if not grounds:
        refusal = Reason.of(
            "no_simplified_ground",
            "no ground for the simplified procedure: the risk is {risk}, "
            "and it is neither a minor amendment nor a follow-up without major change",
            basis.SIMPLIFIED,
            risk=facts.risk,
        )
        return Verdict(False, (refusal,), basis.SIMPLIFIED)
    return Verdict(True, tuple(grounds), basis.SIMPLIFIED)


def decision_due(
    procedure: Procedure,
    accepted_at: datetime,
    charter: Charter = DEFAULT_CHARTER,
    extended_to: datetime | None = None,
) -> datetime:
    """The last moment a decision is on time.

    General and simplified: day 1 is the day after acceptance (the acceptance day is not
    counted, ``basis.PERIODS``), so a decision on day ``decision_days`` is on time; the
    deadline is the end of that calendar day in ``accepted_at``'s time zone. Emergency: exactly
    ``emergency_hours`` after acceptance. ``extended_to`` (``basis.TIME_LIMIT`` allows an extension
    with the new limit stated) must be later than the regular deadline and is refused for emergencies.
    """
    charter.validate()
    procedure = Procedure(procedure)
    if not isinstance(accepted_at, datetime):
        raise ValidationError(
            "The acceptance time must be a date and time, got {value!r}.", value=accepted_at
        )
    if procedure is Procedure.EMERGENCY:
        regular = accepted_at + timedelta(hours=charter.emergency_hours)
    else:
        last_day = accepted_at.date() + timedelta(days=charter.decision_days)
        regular = datetime.combine(last_day, time.max, tzinfo=accepted_at.tzinfo)
    if extended_to is None:
        return regular
    if procedure is Procedure.EMERGENCY:
        raise RuleViolation(
            "An emergency review must finish within {hours} hours; it cannot be extended ({basis}).",
            hours=charter.emergency_hours,
            basis=basis.EMERGENCY,
        )
    if not _after(extended_to, regular):
        raise ValidationError(
            "An extension must end after the regular deadline {due}.", due=regular.isoformat()
        )
    return extended_to


def _after(a: datetime, b: datetime) -> bool:
    try:
        return a > b
    except TypeError as exc:
        raise ValidationError("Cannot compare a time with a time zone to one without.") from exc


def is_overdue(due: datetime, at: datetime) -> bool:
    """True once ``at`` is past ``due`` (``at == due`` is still on time)."""
    return _after(at, due)


def follow_up_due(decided_on: date, interval_months: int, charter: Charter = DEFAULT_CHARTER) -> date:
    """When the next follow-up review is due: ``decided_on`` plus the interval in calendar months.

    The interval is 1 to ``charter.follow_up_max_months`` (STER: generally not more than 12).
    Month ends clamp: Jan 31 + 1 month is Feb 28 (29 in a leap year).
    """
    charter.validate()
    if isinstance(interval_months, bool) or not isinstance(interval_months, int):
        raise ValidationError(
            "The follow-up interval must be a whole number of months, got {value!r}.", value=interval_months
        )
    if interval_months < 1:
        raise RuleViolation(
            "A follow-up interval must be at least 1 month, got {months}.", months=interval_months
        )
    if interval_months > charter.follow_up_max_months:
        raise RuleViolation(
            "A follow-up interval may be at most {maximum} months, got {months} ({basis}).",
            maximum=charter.follow_up_max_months,
            months=interval_months,
            basis=basis.FOLLOW_UP,
        )
    if isinstance(decided_on, datetime) or not isinstance(decided_on, date):
        raise ValidationError("The decision date must be a date, got {value!r}.", value=decided_on)
    return add_months(decided_on, interval_months)
