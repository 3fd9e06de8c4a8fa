"""The committee's charter: its regime, and its own settings, which may be stricter than the
regulations, never looser."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from desktop.errors import RuleViolation, ValidationError
from desktop.rules import basis

STER, LSMR, BOTH = "STER", "LSMR", "both"
REGIMES = (STER, LSMR, BOTH)


@dataclass(frozen=True)
class Charter:
    """Numbers the rules use. The defaults are the regulation floors.

    On ``approval_inclusive``: STER requires "三分之二以上" of the members attending. In Chinese
    legal usage "以上" includes the number itself (``basis.INCLUSIVE_COUNTING``: 以上、以下、以内、
    届满包括本数), so two thirds exactly is enough: 6 of 9 approves. ``True`` (>=) is therefore the
    floor; ``False`` (strictly more than two thirds) is a stricter committee choice. The domain
    digest's "more than two thirds" is a loose translation of the same words.


    ``regime`` names the regulations the committee reviews under: ``STER``, ``LSMR`` or
    ``both`` (most hospital committees); under both, each rule takes the stricter of the two.
    """

    regime: str = "STER"
    min_attending: int = 5  # basis.QUORUM
    approval_numerator: int = 2  # basis.APPROVAL
    approval_denominator: int = 3
    approval_inclusive: bool = True
    decision_days: int = 30  # basis.TIME_LIMIT
    emergency_hours: int = 72  # basis.EMERGENCY
    follow_up_max_months: int = 12  # basis.FOLLOW_UP
    simplified_min_reviewers: int = 2  # basis.SIMPLIFIED
    min_committee_size: int = 7  # basis.COMPOSITION, basis.LSMR_COMPOSITION
    max_term_years: int = 5  # basis.TERM, basis.LSMR_TERM
    require_odd_size: bool = False  # basis.PROVINCIAL_ODD_SIZE
    # How a recused member present counts in STER's 到会委员 is a reading: by default recused
    # members leave the room and are out of the denominator; True keeps those present in it
    # (the literal reading, stricter: their silence counts against every decision).
    recused_in_denominator: bool = False
    rereview_min_experts: int = 5  # basis.REREVIEW
    # Linked submissions of an approved activity (desktop.rules.lifecycle); committee choices.
    sae_review_days: int = 7  # serious adverse event reviewed within (basis.ADVERSE_EVENTS)
    monitor_high_risk: bool = False  # high-risk / re-review-list activities: shorter follow-up
    high_risk_follow_up_months: int = 6  # basis.MONITORING; never above follow_up_max_months
    # 无记名投票: the committee's own rules may ask for secret ballots; ballots are still signed
    # and counted, but screens, minutes and letters show only counts (docs/lan-meeting.md).
    secret_ballot: bool = False

    def validate(self) -> None:
        """Refuse a charter looser than the regulations.

        Raises ``ValidationError`` for a malformed value (wrong type, not positive, an
        unreachable fraction) and ``RuleViolation`` naming the setting and its floor for a value
        looser than the regulation.
        """
        # The rules call this on every check (each member's standing, every vote): a charter is
        # frozen, so once it passed, the same instance passes again.
        if self.__dict__.get("_validated"):
            return
        self._check()
        object.__setattr__(self, "_validated", True)

    def _check(self) -> None:
        if self.regime not in REGIMES:
            raise ValidationError(
                "Charter setting regime must be one of {choices}, got {value!r}.",
                choices=", ".join(REGIMES),
                value=self.regime,
            )
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "regime":
                continue
            wants_bool = f.type in ("bool", bool)
            if wants_bool and not isinstance(value, bool):
                raise ValidationError(
                    "Charter setting {setting} must be true or false, got {value!r}.",
                    setting=f.name,
                    value=value,
                )
            if not wants_bool and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ValidationError(
                    "Charter setting {setting} must be a whole number of at least 1, got {value!r}.",
                    setting=f.name,
                    value=value,
                )
        if self.approval_numerator > self.approval_denominator or (
            self.approval_numerator == self.approval_denominator and not self.approval_inclusive
        ):
            raise ValidationError(
                "The approval fraction {num}/{den} can never be reached.",
                num=self.approval_numerator,
                den=self.approval_denominator,
            )
        for setting, value, ok, floor, where in self._floors():
            if not ok:
                raise RuleViolation(
                    "Charter setting {setting} = {value} is looser than the regulation's floor "
                    "({floor}, {basis}).",
                    setting=setting,
                    value=value,
                    floor=floor,
                    basis=where,
                )

    def _floors(self):
        # 3*num >= 2*den  <=>  num/den >= 2/3, in integers.
        fraction = f"{self.approval_numerator}/{self.approval_denominator}"
        return (
            ("min_attending", self.min_attending, self.min_attending >= 5, "at least 5", basis.QUORUM),
            (
                "approval fraction",
                fraction,
                3 * self.approval_numerator >= 2 * self.approval_denominator,
                "at least 2/3 of the members attending",
                basis.APPROVAL,
            ),
            ("decision_days", self.decision_days, self.decision_days <= 30, "at most 30", basis.TIME_LIMIT),
            (
                "emergency_hours",
                self.emergency_hours,
                self.emergency_hours <= 72,
                "at most 72",
                basis.EMERGENCY,
            ),
            (
                "follow_up_max_months",
                self.follow_up_max_months,
                self.follow_up_max_months <= 12,
                "at most 12",
                basis.FOLLOW_UP,
            ),
            (
                "simplified_min_reviewers",
                self.simplified_min_reviewers,
                self.simplified_min_reviewers >= 2,
                "at least 2",
                basis.SIMPLIFIED,
            ),
            (
                "min_committee_size",
                self.min_committee_size,
                self.min_committee_size >= 7,
                "at least 7",
                basis.COMPOSITION,
            ),
            ("max_term_years", self.max_term_years, self.max_term_years <= 5, "at most 5", basis.TERM),
            (
                "rereview_min_experts",
                self.rereview_min_experts,
                self.rereview_min_experts >= 5,
                "at least 5",
                basis.REREVIEW,
            ),
            (
                "sae_review_days",
                self.sae_review_days,
                self.sae_review_days <= 30,
                "at most 30",
                basis.SUBMISSION_LIMIT,
            ),
            (
                "high_risk_follow_up_months",
                self.high_risk_follow_up_months,
                self.high_risk_follow_up_months <= self.follow_up_max_months,
                "at most follow_up_max_months",
                basis.FOLLOW_UP,
            ),
        )

    @property
    def ster(self) -> bool:
        return self.regime in (STER, BOTH)

    @property
    def lsmr(self) -> bool:
        return self.regime in (LSMR, BOTH)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe settings (ints and bools), keyed by field name."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Charter:
        """A validated charter from stored settings; missing keys take the regulation floors."""
        if not isinstance(data, Mapping):
            raise ValidationError("Charter settings must be a mapping, got {kind}.", kind=type(data).__name__)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError("Unknown charter setting: {names}.", names=", ".join(map(str, unknown)))
        charter = cls(**dict(data))
        charter.validate()
        return charter


DEFAULT_CHARTER = Charter()
