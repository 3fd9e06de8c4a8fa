"""Quorum of a review meeting for one case (``basis.QUORUM``, ``basis.LSMR_QUORUM``), and
recusal (``basis.RECUSAL``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain import Role
from desktop.errors import ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Shortfall, plural, unique_ids
from desktop.rules.people import Person, category_shortfalls, unique_people
from desktop.rules.regimes import Threshold, attendance_threshold


@dataclass(frozen=True)
class QuorumResult:
    """Whether the meeting may decide this case, who counts, and what is missing."""

    met: bool
    counted: tuple[str, ...]
    shortfalls: tuple[Shortfall, ...]
    basis: str
    presiding: str | None = None  # the chair if counted, else the first vice-chair counted
    threshold: Threshold | None = None  # members needed, and which regime decided it


def excluded_by_conflict(declarations: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """Members who must withdraw from a case: anyone who declared a conflict of interest.

    One ``True`` among several declarations by the same member is enough.
    """
    excluded: set[str] = set()
    for member_id, has_conflict in declarations:
        unique_ids((member_id,), "conflict declaration")
        if not isinstance(has_conflict, bool):
            raise ValidationError(
                "Declaration by {member}: has_conflict must be true or false.", member=member_id
            )
        if has_conflict:
            excluded.add(member_id)
    return frozenset(excluded)


def quorum(
    attending: Iterable[Person],
    charter: Charter = DEFAULT_CHARTER,
    excluded: Iterable[str] = (),
    all_members: int | None = None,
) -> QuorumResult:
    """Check the quorum for one case.

    Counted are the voting members attending who are not excluded (recused) for this case;
    consultants never count. Under STER: ``charter.min_attending`` counted members, among them
    the member categories of ``basis.COMPOSITION``. Under LSMR: more than half of
    ``all_members`` (see ``regimes.attendance_threshold``). Under both, the larger number and
    the categories. Always a chair or vice-chair able to preside.
    """
    charter.validate()
    out = frozenset(unique_ids(excluded, "excluded members"))
    counted = tuple(p for p in unique_people(attending) if p.votes and p.member_id not in out)
    shortfalls: list[Shortfall] = []

    threshold = attendance_threshold(charter, len(counted), all_members)
    missing = threshold.needed - len(counted)
    if missing > 0:
        template = plural(
            missing, "needs {missing} more voting member", "needs {missing} more voting members"
        )
        shortfalls.append(
            Shortfall.of(
                "needs_members", template, threshold.basis, missing=missing, minimum=threshold.needed
            )
        )

    presiding = next((p.member_id for p in counted if p.role is Role.CHAIR), None) or next(
        (p.member_id for p in counted if p.role is Role.VICE_CHAIR), None
    )
    if presiding is None:
        shortfalls.append(
            Shortfall.of(
                "needs_presiding",
                "needs the chair or a vice-chair, not recused, to preside",
                basis.PRESIDING if charter.ster else basis.CHARTER,
            )
        )

    if charter.ster:  # LSMR names no categories for attendance
        shortfalls.extend(category_shortfalls(counted, basis.QUORUM))
    where = basis.cite(basis.QUORUM, threshold.basis) if charter.ster else threshold.basis
    return QuorumResult(
        met=not shortfalls,
        counted=tuple(p.member_id for p in counted),
        shortfalls=tuple(shortfalls),
        basis=where,
        presiding=presiding,
        threshold=threshold,
    )
