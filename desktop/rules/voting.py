"""Counting a meeting's votes (``basis.VOTING``, per regime) and the simplified procedure's
opinions (``basis.SIMPLIFIED``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain import APPROVING_DECISIONS, DecisionType, VoteChoice
from desktop.errors import RuleViolation, ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Reason, plural, unique_ids
from desktop.rules.regimes import Threshold, decision_threshold

DECISION_CHOICES = tuple(c for c in VoteChoice if c is not VoteChoice.ABSTAIN)
CHOICE_VALUES = tuple(c.value for c in VoteChoice)  # read once: an enum member's .value is slow


@dataclass(frozen=True)
class VoteOutcome:
    """The state of a vote on one case.

    ``counts`` has every VoteChoice value (zeros included). ``needed`` is the number of votes
    one decision type needs out of ``eligible``. ``final`` is True once everyone eligible has
    voted or the pending votes can no longer change the result; ``still_possible`` tells
    whether any decision can still be reached.
    """

    reached: bool
    decision: DecisionType | None
    counts: dict[str, int]
    needed: int
    cast: int
    eligible: int
    pending: tuple[str, ...]
    basis: str
    reason: str
    final: bool
    still_possible: bool
    reason_detail: Reason
    threshold: Threshold | None = None  # how ``needed`` was found, and which regime decided it


def _choice(member_id: str, value: object) -> VoteChoice:
    try:
        return VoteChoice(value)
    except ValueError as exc:
        raise ValidationError(
            "Vote by {member}: {value!r} is not a vote choice.", member=member_id, value=value
        ) from exc


def tally(
    votes: Mapping[str, VoteChoice],
    eligible: Iterable[str],
    charter: Charter = DEFAULT_CHARTER,
    all_members: int | None = None,
    recused_present: int = 0,
) -> VoteOutcome:
    """Count votes for one case.

    ``eligible`` = voting members attending and not recused for this case. A vote from anyone
    else (a consultant, a recused member) raises ``RuleViolation``. Under STER a decision type
    needs the charter's fraction of the eligible; under LSMR more than half of
    ``all_members`` (every voting member serving, present or not); under both, the larger.
    ``recused_present`` joins STER's denominator if the charter keeps recused members present
    in 到会委员. Abstentions and missing votes count against every decision.
    """
    charter.validate()
    eligible_ids = unique_ids(eligible, "eligible voters")
    strangers = sorted(set(votes) - set(eligible_ids))
    if strangers:
        raise RuleViolation(
            "The vote of {members} does not count: only voting members attending and not recused "
            "for this case may vote ({basis}).",
            members=", ".join(strangers),
            basis=basis.CONSULTANTS,
        )
    choices = {
        member_id: value if type(value) is VoteChoice else _choice(member_id, value)
        for member_id, value in votes.items()
    }
    counts = dict.fromkeys(CHOICE_VALUES, 0)
    for choice in choices.values():
        counts[choice.value] += 1

    total = len(eligible_ids)
    threshold = decision_threshold(charter, total, all_members, recused_present)
    needed = threshold.needed
    approval = threshold.basis
    pending = tuple(m for m in eligible_ids if m not in choices)
    # Ties go to the first decision type in enum order; a charter fraction >= 2/3 means at
    # most one type can reach the threshold, so ties never decide anything.
    best = max(DECISION_CHOICES, key=lambda c: counts[c.value])
    reached = total > 0 and counts[best.value] >= needed
    still_possible = reached or (
        total > 0 and any(counts[c.value] + len(pending) >= needed for c in DECISION_CHOICES)
    )
    final = reached or not pending or not still_possible

    if total == 0:
        detail = Reason.of("none_eligible", "no eligible voting member for this case", basis.VOTING)
    elif reached:
        detail = Reason.of(
            "reached",
            "{decision} reached: {count} of {eligible} eligible votes, {needed} needed",
            approval,
            decision=best,
            count=counts[best.value],
            eligible=total,
            needed=needed,
        )
    elif final:
        detail = Reason.of(
            "not_reached",
            "no decision reached: at most {best} of {eligible} eligible "
            "votes for one decision, {needed} needed",
            approval,
            best=counts[best.value],
            eligible=total,
            needed=needed,
        )
    else:
        detail = Reason.of(
            "pending",
            plural(
                len(pending),
                "no decision yet: {pending} of {eligible} eligible member still to vote, "
                "{needed} votes needed",
                "no decision yet: {pending} of {eligible} eligible members still to vote, "
                "{needed} votes needed",
            ),
            approval,
            pending=len(pending),
            eligible=total,
            needed=needed,
        )

    return VoteOutcome(
        reached=reached,
        decision=DecisionType(best.value) if reached else None,
        counts=counts,
        needed=needed,
        cast=len(choices),
        eligible=total,
        pending=pending,
        basis=basis.cite(basis.CONSULTANTS, approval),
        reason=detail.message,
        final=final,
        still_possible=still_possible,
        reason_detail=detail,
        threshold=threshold,
    )


@dataclass(frozen=True)
class SimplifiedOutcome:
    """Result of a simplified review.

    ``complete`` is False while fewer than the minimum reviewers have given an opinion.
    ``refer_to_meeting`` is True when the reviewers disagree or any would not approve; the
    case then goes to the general procedure. ``decision`` is set only when the reviewers
    agree on an approving decision.
    """

    complete: bool
    refer_to_meeting: bool
    decision: DecisionType | None
    reviewers: int
    needed_reviewers: int
    reasons: tuple[Reason, ...]
    basis: str


def simplified_outcome(
    reviewer_opinions: Mapping[str, VoteChoice],
    charter: Charter = DEFAULT_CHARTER,
) -> SimplifiedOutcome:
    """Combine the opinions of the members named for a simplified review."""
    charter.validate()
    opinions = {unique_ids((m,), "reviewers")[0]: _choice(m, v) for m, v in reviewer_opinions.items()}
    needed = charter.simplified_min_reviewers
    reasons: list[Reason] = []
    if len(opinions) < needed:
        missing = needed - len(opinions)
        reasons.append(
            Reason.of(
                "needs_reviewers",
                plural(
                    missing,
                    "needs {missing} more reviewer (at least {needed})",
                    "needs {missing} more reviewers (at least {needed})",
                ),
                basis.SIMPLIFIED,
                missing=missing,
                needed=needed,
            )
        )
        return SimplifiedOutcome(False, False, None, len(opinions), needed, tuple(reasons), basis.SIMPLIFIED)

    distinct = set(opinions.values())
    if len(distinct) > 1:
        reasons.append(
            Reason.of(
                "reviewers_disagree", "the reviewers disagree; the case goes to a meeting", basis.SIMPLIFIED
            )
        )
    refusing = sorted(m for m, c in opinions.items() if c.value not in APPROVING_DECISIONS)
    if refusing:
        reasons.append(
            Reason.of(
                "reviewer_would_not_approve",
                plural(
                    len(refusing),
                    "reviewer {members} would not approve; the case goes to a meeting",
                    "reviewers {members} would not approve; the case goes to a meeting",
                ),
                basis.SIMPLIFIED,
                members=", ".join(refusing),
            )
        )
    if reasons:
        return SimplifiedOutcome(True, True, None, len(opinions), needed, tuple(reasons), basis.SIMPLIFIED)

    decision = DecisionType(distinct.pop().value)
    reasons.append(
        Reason.of("agreed", "the reviewers agree: {decision}", basis.SIMPLIFIED, decision=decision)
    )
    return SimplifiedOutcome(True, False, decision, len(opinions), needed, tuple(reasons), basis.SIMPLIFIED)
