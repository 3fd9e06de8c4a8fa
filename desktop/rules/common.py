"""Pieces every rule module shares: translatable reasons, thresholds, month arithmetic."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.errors import ValidationError


@dataclass(frozen=True)
class Reason:
    """Why a rule is or is not met, in words, with the article it rests on.

    ``message`` is the English text ready to show; a UI that translates takes ``template``
    through ``tr()`` and formats it with ``params`` itself. Build one with :meth:`of`.
    """

    code: str
    message: str
    basis: str
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if not self.template:
            object.__setattr__(self, "template", self.message)

    @classmethod
    def of(cls, code: str, template: str, basis: str, **params: Any):
        """A reason from a template: ``Shortfall.of("needs_external", "needs one external member", b)``."""
        # Reasons are immutable and the rules build the same few again and again (a registry
        # batch counts every bundle's votes), so one object serves each distinct set of words.
        try:
            # the types too: True == 1 and 1.0 == 1, but each formats differently
            key = (cls, code, template, basis, *params.items(), *map(type, params.values()))
            return _REASONS[key]
        except KeyError:
            pass
        except TypeError:  # a parameter that cannot be a key: built each time
            key = None
        plain = {name: _plain(value) for name, value in params.items()}
        reason = cls(
            code=code,
            message=template.format(**plain),
            basis=basis,
            template=template,
            params=tuple(sorted(plain.items())),
        )
        if key is not None:
            if len(_REASONS) >= _REASONS_MAX:
                _REASONS.clear()
            _REASONS[key] = reason
        return reason

    @property
    def param_dict(self) -> dict[str, Any]:
        return dict(self.params)

    def __str__(self) -> str:
        return self.message


_REASONS: dict[tuple, Reason] = {}
_REASONS_MAX = 4096


@dataclass(frozen=True)
class Shortfall(Reason):
    """Something missing before a requirement is met (a quorum, a composition, a panel)."""


def _plain(value: Any) -> Any:
    # Enums format as their stored value, so messages and params read "female", not "Gender.FEMALE".
    if type(value) is int or type(value) is str:  # most params; hasattr on them costs an exception
        return value
    return value.value if hasattr(value, "value") else value


def votes_needed(total: int, numerator: int, denominator: int, inclusive: bool) -> int:
    """Fewest votes out of ``total`` that meet the fraction (``>=`` if inclusive, else ``>``).

    Integer arithmetic only, so 6 of 9 is exactly two thirds. Never less than one vote.
    """
    product = total * numerator
    if inclusive:
        return max(1, -(-product // denominator))
    return product // denominator + 1


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the month's end (Jan 31 + 1 = Feb 28/29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def unique_ids(ids: Iterable[str], what: str) -> tuple[str, ...]:
    """Member ids in first-seen order without repeats; empty or non-text ids are refused."""
    seen: dict[str, None] = {}
    for member_id in ids:
        if not isinstance(member_id, str) or not member_id:
            raise ValidationError(
                "{what}: a member id must be non-empty text, got {value!r}.", what=what, value=member_id
            )
        seen.setdefault(member_id, None)
    return tuple(seen)


def plural(count: int, one: str, many: str) -> str:
    """Pick the singular or plural template (English only; translators get both)."""
    return one if count == 1 else many
