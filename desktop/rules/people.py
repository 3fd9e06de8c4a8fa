"""Members as the rules see them, and the member categories of ``basis.COMPOSITION``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain import ETHICS_LAW_BACKGROUNDS, SCIENCE_BACKGROUNDS, Background, Gender, Role
from desktop.errors import ValidationError
from desktop.rules.common import Shortfall

# Everyone on the roster votes except consultants (basis.CONSULTANTS). A secretary who is on the
# roster is a member holding an office; staff who are not members are not Persons at all.
VOTING_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SECRETARY})
PRESIDING_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR})


@dataclass(frozen=True)
class Person:
    """A member (or consultant) with what the composition and quorum rules look at."""

    member_id: str
    role: Role
    backgrounds: frozenset[Background]
    external: bool
    gender: Gender

    def __post_init__(self) -> None:
        if not isinstance(self.member_id, str) or not self.member_id:
            raise ValidationError("A member id must be non-empty text, got {value!r}.", value=self.member_id)
        if not isinstance(self.external, bool):
            raise ValidationError("Member {member}: external must be true or false.", member=self.member_id)
        try:
            object.__setattr__(self, "role", Role(self.role))
            object.__setattr__(self, "gender", Gender(self.gender))
            object.__setattr__(self, "backgrounds", frozenset(Background(b) for b in self.backgrounds))
        except (ValueError, TypeError) as exc:
            raise ValidationError(
                "Member {member}: {detail}", member=self.member_id, detail=str(exc)
            ) from exc

    @property
    def votes(self) -> bool:
        return self.role in VOTING_ROLES


def unique_people(people: Iterable[Person]) -> tuple[Person, ...]:
    """People in first-seen order, one per member id."""
    seen: dict[str, Person] = {}
    for person in people:
        if not isinstance(person, Person):
            raise ValidationError("Expected a Person, got {kind}.", kind=type(person).__name__)
        seen.setdefault(person.member_id, person)
    return tuple(seen.values())


def category_shortfalls(people: Iterable[Person], where: str) -> list[Shortfall]:
    """The ``basis.COMPOSITION`` categories missing among ``people`` (already filtered to those who count).

    Science/technology (or medicine) expert, ethics or law expert, a member from outside the
    unit, and members of different genders.
    """
    people = tuple(people)
    backgrounds = frozenset().union(*(p.backgrounds for p in people))
    found: list[Shortfall] = []
    if not backgrounds & SCIENCE_BACKGROUNDS:
        found.append(Shortfall.of("needs_science", "needs a science, technology or medicine member", where))
    if not backgrounds & ETHICS_LAW_BACKGROUNDS:
        found.append(Shortfall.of("needs_ethics_law", "needs an ethics or law member", where))
    if not any(p.external for p in people):
        found.append(Shortfall.of("needs_external", "needs one external member", where))
    gender = gender_shortfall({p.gender for p in people}, where)
    if gender is not None:
        found.append(gender)
    return found


def gender_shortfall(genders: set[Gender], where: str) -> Shortfall | None:
    """``basis.COMPOSITION`` asks for members of different genders: any two distinct genders satisfy it."""
    if len(genders) >= 2:
        return None
    if not genders:
        return Shortfall.of("needs_gender", "needs members of different genders", where)
    if genders == {Gender.FEMALE}:
        missing = "male"
    elif genders == {Gender.MALE}:
        missing = "female"
    else:
        missing = "female or male"
    return Shortfall.of("needs_gender", "needs a member of another gender ({gender})", where, gender=missing)
