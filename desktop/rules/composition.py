"""Whether the committee itself is properly composed on a given day (STER art. 7)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from desktop.domain import Role
from desktop.errors import ValidationError
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Shortfall, add_months, plural
from desktop.rules.people import Person, category_shortfalls, unique_people

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
                basis.COMPOSITION,
                missing=missing,
                minimum=charter.min_committee_size,
            )
        )
    chairs = sum(1 for p in serving if p.role is Role.CHAIR)
    if chairs == 0:
        issues.append(Shortfall.of("needs_chair", "needs a chair", basis.COMPOSITION))
    elif chairs > 1:
        issues.append(
            Shortfall.of(
                "too_many_chairs", "has {count} chairs; a committee has one", basis.COMPOSITION, count=chairs
            )
        )
    issues.extend(category_shortfalls(serving, basis.COMPOSITION))
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
    if end is not None and end > limit:
        return [
            Shortfall.of(
                "term_too_long",
                "the term of {member} from {start} runs longer than {years} years",
                basis.COMPOSITION,
                **params,
            )
        ]
    if end is None and on > limit:
        return [
            Shortfall.of(
                "term_over_limit",
                "{member} has served since {start}, longer than a {years}-year term; renew the appointment",
                basis.COMPOSITION,
                **params,
            )
        ]
    return []
