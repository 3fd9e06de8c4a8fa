"""How many votes a decision needs and how many members a meeting needs, per regime.

STER counts the members attending: a decision needs two thirds of them (以上: the number itself
counts, ``basis.INCLUSIVE_COUNTING``), and at least 5 must attend. LSMR counts ALL members: a
decision needs more than half of them (超过: strictly more), whoever attends. Under both, each
number is the larger of the two and the explanation says which regime's rule decided it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import ValidationError
from desktop.rules import basis
from desktop.rules.basis import Citation
from desktop.rules.charter import Charter
from desktop.rules.common import Reason, votes_needed


@dataclass(frozen=True)
class Threshold:
    """A number one rule asks for, the regime(s) it came from, and why."""

    needed: int
    regime: str  # "STER", "LSMR" or "both" (both rules ask the same)
    basis: Citation
    reason: Reason


def lsmr_majority(all_members: int) -> int:
    """More than half of all members (超过二分之一 excludes the half itself): 7 -> 4, 8 -> 5."""
    return all_members // 2 + 1


def _all_members(charter: Charter, all_members: int | None, at_least: int) -> int:
    if all_members is None:
        raise ValidationError("Under {regime}, the number of all members is needed.", regime=charter.regime)
    if isinstance(all_members, bool) or not isinstance(all_members, int) or all_members < at_least:
        raise ValidationError(
            "All members ({value!r}) cannot be fewer than the members counted here ({counted}).",
            value=all_members,
            counted=at_least,
        )
    return all_members


def _pick(candidates: list[Threshold], what: str) -> Threshold:
    if len(candidates) == 1:
        return candidates[0]
    ster, lsmr = candidates
    params = {"ster": ster.needed, "lsmr": lsmr.needed}
    if ster.needed == lsmr.needed:
        return Threshold(
            ster.needed,
            "both",
            basis.cite(ster.basis, lsmr.basis),
            Reason.of(
                f"{what}_both_equal",
                "STER and LSMR ask for the same: {needed}",
                basis.cite(ster.basis, lsmr.basis),
                needed=ster.needed,
            ),
        )
    winner = max(candidates, key=lambda t: t.needed)
    return Threshold(
        winner.needed,
        winner.regime,
        winner.basis,
        Reason.of(
            f"{what}_stricter",
            "the stricter rule applies, {regime}'s: {needed} (STER asks {ster}, LSMR asks {lsmr})",
            winner.basis,
            regime=winner.regime,
            needed=winner.needed,
            **params,
        ),
    )


def decision_threshold(
    charter: Charter, eligible: int, all_members: int | None = None, recused_present: int = 0
) -> Threshold:
    """Votes one decision type needs.

    ``eligible`` = voting members attending and not recused (STER's denominator);
    ``all_members`` = every voting member serving on the committee that day (LSMR's);
    ``recused_present`` = recused voting members still in the room, counted in STER's
    denominator only when the charter chooses that reading.
    """
    charter.validate()
    candidates: list[Threshold] = []
    if charter.ster:
        attending = eligible + (recused_present if charter.recused_in_denominator else 0)
        needed = votes_needed(
            attending, charter.approval_numerator, charter.approval_denominator, charter.approval_inclusive
        )
        candidates.append(
            Threshold(
                needed,
                "STER",
                basis.APPROVAL,
                Reason.of(
                    "ster_threshold",
                    "{needed} votes: {numerator}/{denominator} of the {eligible} eligible members attending",
                    basis.APPROVAL,
                    needed=needed,
                    numerator=charter.approval_numerator,
                    denominator=charter.approval_denominator,
                    eligible=attending,
                ),
            )
        )
    if charter.lsmr:
        members = _all_members(charter, all_members, eligible + recused_present)
        needed = lsmr_majority(members)
        candidates.append(
            Threshold(
                needed,
                "LSMR",
                basis.LSMR_APPROVAL,
                Reason.of(
                    "lsmr_threshold",
                    "{needed} votes: more than half of all {members} members",
                    basis.LSMR_APPROVAL,
                    needed=needed,
                    members=members,
                ),
            )
        )
    return _pick(candidates, "decision")


def attendance_threshold(charter: Charter, counted: int, all_members: int | None = None) -> Threshold:
    """Voting members (not recused) a meeting needs present to decide a case.

    STER: ``charter.min_attending`` (at least 5). LSMR sets no number of its own, but a
    meeting with fewer eligible members present than more than half of all members can never
    reach a decision, so that many must attend (a reading, ``basis.LSMR_QUORUM``).
    """
    charter.validate()
    candidates: list[Threshold] = []
    if charter.ster:
        candidates.append(
            Threshold(
                charter.min_attending,
                "STER",
                basis.QUORUM,
                Reason.of(
                    "ster_attendance",
                    "at least {needed} voting members attending",
                    basis.QUORUM,
                    needed=charter.min_attending,
                ),
            )
        )
    if charter.lsmr:
        members = _all_members(charter, all_members, counted)
        needed = lsmr_majority(members)
        candidates.append(
            Threshold(
                needed,
                "LSMR",
                basis.LSMR_QUORUM,
                Reason.of(
                    "lsmr_attendance",
                    "more than half of all {members} members attending ({needed})",
                    basis.LSMR_QUORUM,
                    needed=needed,
                    members=members,
                ),
            )
        )
    return _pick(candidates, "attendance")


def regime_basis(charter: Charter, ster: Citation, lsmr: Citation) -> Citation:
    """The citation of a rule both regimes share, naming the regime(s) the committee is under."""
    if charter.ster and charter.lsmr:
        return basis.cite(ster, lsmr)
    return lsmr if charter.lsmr else ster
