"""The expert re-review list (``basis.REREVIEW_LIST``) and the re-review panel's opinion
(``basis.REREVIEW``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.errors import ChecklistError, RuleViolation, ValidationError
from desktop.resources import resource_path
from desktop.rules import basis
from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Reason, Shortfall, plural, unique_ids, votes_needed

REREVIEW_LIST_FILE = "rereview_list.json"  # in resources/, found by desktop.resources
_ID = re.compile(r"^STER-annex-[1-9][0-9]*$")
_DASHES = re.compile(r"[-‐‑‒–—_/]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class RereviewItem:
    """One entry of the re-review list, with keyword hints in both languages."""

    id: str
    zh: str
    en: str
    keywords_zh: tuple[str, ...]
    keywords_en: tuple[str, ...]
    basis: str = basis.REREVIEW_LIST

    def hinted_by(self, text: str) -> bool:
        """Whether any keyword hint occurs in ``text`` ("a + b" needs both parts)."""
        haystack = _normalise(text)
        return any(
            all(_normalise(part) in haystack for part in hint.split(" + "))
            for hint in self.keywords_zh + self.keywords_en
        )


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", _DASHES.sub(" ", text.casefold())).strip()


def load_rereview_list(path: Path | None = None) -> tuple[RereviewItem, ...]:
    """Read and validate a re-review list file (default: ``resources/rereview_list.json``).

    A missing or broken file raises ``ChecklistError`` naming the file and the item.
    """
    path = path if path is not None else resource_path(REREVIEW_LIST_FILE)

    def broken(item: str, problem: str) -> ChecklistError:
        return ChecklistError("{file}: {item}: {problem}", file=path.name, item=item, problem=problem)

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise broken("file", str(exc)) from exc
    raw = data.get("items") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise broken("items", "expected a non-empty list")
    items: list[RereviewItem] = []
    for index, entry in enumerate(raw, start=1):
        label = entry.get("id", f"#{index}") if isinstance(entry, dict) else f"#{index}"
        items.append(_item(entry, str(label), broken))
    ids = [item.id for item in items]
    if len(set(ids)) != len(ids):
        raise broken("items", "duplicate ids")
    return tuple(items)


def _item(entry: Any, label: str, broken) -> RereviewItem:
    if not isinstance(entry, dict) or not _ID.match(str(entry.get("id", ""))):
        raise broken(label, "needs an id like STER-annex-1")
    for key in ("zh", "en"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise broken(label, f"needs {key} text")
    keywords = entry.get("keywords")
    if not isinstance(keywords, dict):
        raise broken(label, "needs keywords with zh and en lists")
    for key in ("zh", "en"):
        hints = keywords.get(key)
        if not isinstance(hints, list) or not all(isinstance(h, str) and h.strip() for h in hints):
            raise broken(label, f"keywords.{key} must be a list of non-empty text")
    return RereviewItem(entry["id"], entry["zh"], entry["en"], tuple(keywords["zh"]), tuple(keywords["en"]))


@lru_cache(maxsize=1)
def rereview_list() -> tuple[RereviewItem, ...]:
    """The seven activities of the STER annex that need expert re-review (loaded once)."""
    return load_rereview_list()


def rereview_matches(activity_tags: Iterable[str] = (), text: str = "") -> tuple[RereviewItem, ...]:
    """List entries an activity falls under, in list order.

    ``activity_tags`` are list ids set by a person (the primary signal; an unknown id raises
    ``ValidationError`` so a typo cannot hide a listed activity). ``text`` is searched for the
    keyword hints, a secondary signal that a reviewer should confirm.
    """
    items = rereview_list()
    known = {item.id for item in items}
    tags = set(unique_ids(activity_tags, "re-review tags"))
    unknown = sorted(tags - known)
    if unknown:
        raise ValidationError("Not on the expert re-review list: {ids}.", ids=", ".join(unknown))
    if not isinstance(text, str):
        raise ValidationError("The activity text must be text.")
    return tuple(item for item in items if item.id in tags or (text and item.hinted_by(text)))


@dataclass(frozen=True)
class RereviewOutcome:
    """The expert group's opinion on a listed activity.

    ``panel_ok`` is False while the group has too few experts or includes a member of the
    committee under review. ``agreed`` needs ``needed`` yes votes out of ALL valid experts,
    not of those who voted. ``final`` once everyone voted or the pending votes cannot change it.
    """

    panel_ok: bool
    agreed: bool
    final: bool
    agree: int
    needed: int
    experts: int
    pending: tuple[str, ...]
    shortfalls: tuple[Shortfall, ...]
    basis: str
    reason: str
    reason_detail: Reason


def rereview_opinion(
    expert_votes: Mapping[str, bool],
    experts: Iterable[str],
    committee_member_ids: Iterable[str] = (),
    charter: Charter = DEFAULT_CHARTER,
) -> RereviewOutcome:
    """Count an expert re-review (``True`` = agrees with the committee's preliminary approval)."""
    charter.validate()
    panel = unique_ids(experts, "re-review experts")
    strangers = sorted(set(expert_votes) - set(panel))
    if strangers:
        raise RuleViolation(
            "{members} are not re-review experts on this panel; their votes do not count.",
            members=", ".join(strangers),
        )
    for expert, vote in expert_votes.items():
        if not isinstance(vote, bool):
            raise ValidationError("Re-review vote by {expert} must be true or false.", expert=expert)

    own = set(unique_ids(committee_member_ids, "committee members"))
    conflicted = [e for e in panel if e in own]
    valid = tuple(e for e in panel if e not in own)
    shortfalls = [
        Shortfall.of(
            "expert_is_committee_member",
            "expert {expert} is a member of the committee under review and may not re-review its activities",
            basis.REREVIEW,
            expert=e,
        )
        for e in conflicted
    ]
    missing = charter.rereview_min_experts - len(valid)
    if missing > 0:
        shortfalls.append(
            Shortfall.of(
                "needs_experts",
                plural(
                    missing,
                    "needs {missing} more re-review expert (at least {minimum})",
                    "needs {missing} more re-review experts (at least {minimum})",
                ),
                basis.REREVIEW,
                missing=missing,
                minimum=charter.rereview_min_experts,
            )
        )

    # Two thirds of all re-review experts; 以上 includes the number, as for meetings.
    needed = votes_needed(len(valid), 2, 3, inclusive=True)
    agree = sum(1 for e in valid if expert_votes.get(e) is True)
    pending = tuple(e for e in valid if e not in expert_votes)
    panel_ok = not shortfalls
    agreed = panel_ok and agree >= needed
    final = panel_ok and (agreed or not pending or agree + len(pending) < needed)
    counts = {"agree": agree, "experts": len(valid), "needed": needed}
    if not panel_ok:
        detail = Reason.of("panel_not_formed", "the re-review panel is not properly formed", basis.REREVIEW)
    elif agreed:
        detail = Reason.of(
            "agreed",
            "the re-review agrees: {agree} of {experts} experts, {needed} needed",
            basis.REREVIEW,
            **counts,
        )
    elif final:
        detail = Reason.of(
            "not_agreed",
            "the re-review does not agree: {agree} of {experts} experts, {needed} needed",
            basis.REREVIEW,
            **counts,
        )
    else:
        detail = Reason.of(
            "pending",
            "{pending} of {experts} experts still to give an opinion; {needed} agreements needed",
            basis.REREVIEW,
            pending=len(pending),
            **counts,
        )
    return RereviewOutcome(
        panel_ok,
        agreed,
        final,
        agree,
        needed,
        len(valid),
        pending,
        tuple(shortfalls),
        basis.REREVIEW,
        detail.message,
        detail,
    )
