"""What a meeting's record needs before anything is signed in it: the meeting's day has come,
every eligible member present has voted or is recorded as not voting, and a case that matches
the expert re-review list has a determination."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from desktop.errors import ValidationError
from desktop.rules import basis
from desktop.rules.common import Reason, Shortfall, plural, unique_ids
from desktop.rules.rereview import RereviewItem, rereview_matches


def meeting_day(held_at: datetime, tz: tzinfo) -> date:
    """The calendar day of the meeting where the committee sits."""
    if held_at.tzinfo is None:
        raise ValidationError("A meeting time needs a time zone.")
    return held_at.astimezone(tz).date()


def too_early(held_at: datetime, now: datetime, tz: tzinfo) -> Shortfall | None:
    """Refuses a check-in, vote or decision before the day the meeting is scheduled for.

    Compared by calendar day in ``tz`` (the committee's), so members may check in early on the
    day itself; a letter can then never be dated before the meeting it reports.
    """
    if now.tzinfo is None:
        raise ValidationError("The current time needs a time zone.")
    day = meeting_day(held_at, tz)
    today = now.astimezone(tz).date()
    if today >= day:
        return None
    return Shortfall.of(
        "before_meeting_day",
        "the meeting is scheduled for {day}; nothing can be recorded in it on {today}",
        basis.MEETING_DATE,
        day=day.isoformat(),
        today=today.isoformat(),
    )


def votes_incomplete(
    eligible: Iterable[str], voted: Iterable[str], not_voting: Iterable[str]
) -> Shortfall | None:
    """The eligible members present who have neither voted nor been recorded as not voting."""
    eligible_ids = unique_ids(eligible, "eligible voters")
    accounted = set(unique_ids(voted, "voters")) | set(unique_ids(not_voting, "members not voting"))
    pending = [m for m in eligible_ids if m not in accounted]
    if not pending:
        return None
    return Shortfall.of(
        "votes_incomplete",
        plural(
            len(pending),
            "{count} eligible member present has not voted and is not recorded as not voting: {members}",
            "{count} eligible members present have not voted and are not recorded as not voting: {members}",
        ),
        basis.VOTES_COMPLETE,
        count=len(pending),
        members=", ".join(pending),
    )


@dataclass(frozen=True)
class RereviewStatus:
    """Where a case stands against the expert re-review list.

    ``listed``: on the list (tagged, or determined so); its decision stays preliminary until
    the re-review opinion. ``undetermined``: the text or classification matches list items and
    nobody has determined whether it is on the list; no decision may be signed yet.
    """

    listed: bool
    undetermined: bool
    matches: tuple[RereviewItem, ...]
    reason: Reason


def rereview_status(
    tags: Iterable[str], text: str, determination: Mapping[str, object] | None = None
) -> RereviewStatus:
    """``determination`` is the recorded one, ``{"on_list": bool, "reason": str}``, or None."""
    tags = tuple(tags)
    matches = rereview_matches(tags, text)
    ids = ", ".join(item.id for item in matches)
    if determination is not None:
        on_list = determination.get("on_list")
        if not isinstance(on_list, bool):
            raise ValidationError("A re-review determination says on the list or not.")
        if on_list:
            return RereviewStatus(
                True,
                False,
                matches,
                Reason.of(
                    "determined_on_list", "determined to be on the expert re-review list", basis.REREVIEW
                ),
            )
        if tags:
            # A person tagged list items; a determination cannot untag them silently.
            return RereviewStatus(
                True,
                False,
                matches,
                Reason.of(
                    "tagged", "tagged with expert re-review list items {ids}", basis.REREVIEW_LIST, ids=ids
                ),
            )
        return RereviewStatus(
            False,
            False,
            matches,
            Reason.of(
                "determined_not_on_list",
                "determined not to be on the expert re-review list: {reason}",
                basis.REREVIEW_LIST,
                reason=str(determination.get("reason", "")),
            ),
        )
    if tags:
        return RereviewStatus(
            True,
            False,
            matches,
            Reason.of(
                "tagged", "tagged with expert re-review list items {ids}", basis.REREVIEW_LIST, ids=ids
            ),
        )
    if matches:
        return RereviewStatus(
            False,
            True,
            matches,
            Reason.of(
                "needs_determination",
                "the case matches expert re-review list items {ids}; record whether it is on the list "
                "(and why not, if not) before a decision",
                basis.REREVIEW_LIST,
                ids=ids,
            ),
        )
    return RereviewStatus(
        False,
        False,
        (),
        Reason.of("not_matched", "no expert re-review list item matches", basis.REREVIEW_LIST),
    )
