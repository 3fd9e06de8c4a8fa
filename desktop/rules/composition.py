"""Whether the committee itself is properly composed on a given day (``basis.COMPOSITION``,
``basis.LSMR_COMPOSITION``), and whether one member may sit on it that day."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from desktop.domain import Role
from desktop.errors import ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Shortfall, add_months, plural
from desktop.rules.people import Person, category_shortfalls, unique_people
from desktop.rules.regimes import regime_basis

Term = tuple[date, date | None]


def composition_issues(
    members: Iterable[Person],
    on: date,
    terms: Mapping[str, Term] | None = None,
    charter: Charter = DEFAULT_CHARTER,
) -> tuple[Shortfall, ...]:
    """Everything wrong with the roster on ``on``; empty when the committee is properly formed.

    Counts the voting members serving on that day (a member without an entry in ``terms`` is
    taken as serving). Checks the size, one chair, the art. 7 categories, that no term is
    longer than ``charter.max_term_years`` (an open-ended term counts from its start), and an
    odd size if the charter asks for it.
    """
    charter.validate()
    where = regime_basis(charter, basis.COMPOSITION, basis.LSMR_COMPOSITION)
    terms = terms or {}
    issues: list[Shortfall] = []
    serving: list[Person] = []
    for person in unique_people(members):
        term = terms.get(person.member_id)
        if term is not None:
            issues.extend(_term_issues(person.member_id, term, on, charter))
            start, end = term
            if start > on or (end is not None and end < on):
                continue
        if person.votes:
            serving.append(person)

    missing = charter.min_committee_size - len(serving)
    if missing > 0:
        issues.append(
            Shortfall.of(
                "needs_members",
                plural(
                    missing,
                    "needs {missing} more voting member (at least {minimum})",
                    "needs {missing} more voting members (at least {minimum})",
                ),
                where,
                missing=missing,
                minimum=charter.min_committee_size,
            )
        )
    chairs = sum(1 for p in serving if p.role is Role.CHAIR)
    if chairs == 0:
        issues.append(Shortfall.of("needs_chair", "needs a chair", where))
    elif chairs > 1:
        issues.append(
            Shortfall.of("too_many_chairs", "has {count} chairs; a committee has one", where, count=chairs)
        )
    issues.extend(category_shortfalls(serving, where))
    if charter.require_odd_size and len(serving) % 2 == 0:
        issues.append(
            Shortfall.of(
                "needs_odd_size",
                "has {count} voting members; the charter asks for an odd number",
                basis.PROVINCIAL_ODD_SIZE,
                count=len(serving),
            )
        )
    return tuple(issues)


def _term_issues(member_id: str, term: Term, on: date, charter: Charter) -> list[Shortfall]:
    try:
        start, end = term
    except (TypeError, ValueError) as exc:
        raise ValidationError("Term of {member} must be (start, end or None).", member=member_id) from exc
    if not isinstance(start, date) or (end is not None and not isinstance(end, date)):
        raise ValidationError("Term of {member} must be given as dates.", member=member_id)
    if end is not None and end < start:
        raise ValidationError("Term of {member} ends before it starts.", member=member_id)
    limit = add_months(start, 12 * charter.max_term_years)
    params = {"member": member_id, "years": charter.max_term_years, "start": start.isoformat()}
    term_basis = regime_basis(charter, basis.TERM, basis.LSMR_TERM)
    if end is not None and end > limit:
        return [
            Shortfall.of(
                "term_too_long",
                "the term of {member} from {start} runs longer than {years} years",
                term_basis,
                **params,
            )
        ]
    if end is None and on > limit:
        return [
            Shortfall.of(
                "term_over_limit",
                "{member} has served since {start}, longer than a {years}-year term; renew the appointment",
                term_basis,
                **params,
            )
        ]
    return []


def member_standing(
    member_id: str,
    term: Term,
    on: date,
    charter: Charter = DEFAULT_CHARTER,
    active: bool = True,
) -> Shortfall | None:
    """Why a member may not check in, vote or count toward quorum on ``on``; None if they may.

    Refused: a member no longer active, before their term starts, after it ends, or past the
    ``charter.max_term_years`` limit from its start without a renewal (a new term record).
    """
    charter.validate()
    start, end = term
    _term_issues(member_id, term, on, charter)  # validates the shape
    where = regime_basis(charter, basis.TERM, basis.LSMR_TERM)
    params = {"member": member_id}
    if not active:
        return Shortfall.of("not_active", "{member} is no longer a member", where, **params)
    if on < start:
        return Shortfall.of(
            "term_not_started",
            "the term of {member} starts on {start}",
            where,
            start=start.isoformat(),
            **params,
        )
    if end is not None and on > end:
        return Shortfall.of(
            "term_ended", "the term of {member} ended on {end}", where, end=end.isoformat(), **params
        )
    limit = add_months(start, 12 * charter.max_term_years)
    if on > limit:
        return Shortfall.of(
            "term_past_limit",
            "the appointment of {member} from {start} ran past the {years}-year limit on {limit}; "
            "renew it first",
            where,
            start=start.isoformat(),
            limit=limit.isoformat(),
            years=charter.max_term_years,
            **params,
        )
    return None
