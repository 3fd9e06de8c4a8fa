"""Everything the case detail shows, gathered from the services in one background call."""

from __future__ import annotations

from dataclasses import dataclass

from desktop import checklists, rules
from desktop.checklists import LocalText
from desktop.services import (
    cases,
    decisions,
    documents,
    meetings,
    members,
    objections,
    rereview_list,
    review_lists,
)
from desktop.services.views import CaseView, DecisionView, DocumentView, MemberView


@dataclass(frozen=True)
class ReviewerProgress:
    """How far one member has answered the case's checklists."""

    member_id: str
    assigned: bool
    answered: int
    total: int
    no: int  # items answered "no": concerns for the chair
    notes: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 0


@dataclass(frozen=True)
class ItemConcern:
    """A checklist item some reviewer answered "no" or commented on."""

    item_id: str
    text: LocalText
    yes: int
    no: int
    na: int
    notes: tuple[tuple[str, str], ...]  # (member id, note)


@dataclass(frozen=True)
class Dossier:
    case: CaseView
    documents: tuple[DocumentView, ...]
    decisions: tuple[DecisionView, ...]
    members: dict[str, MemberView]
    checklist_titles: tuple[LocalText, ...]
    progress: tuple[ReviewerProgress, ...]
    concerns: tuple[ItemConcern, ...]
    unanswered: int  # items nobody has answered yet
    missing: tuple[rules.Material, ...]
    rereview: rules.RereviewStatus | None = None  # tags, text matches, the determination
    objections: tuple = ()  # objections.ObjectionView, oldest first


def reviewer_progress(
    reviewer_ids: tuple[str, ...], responses: list[checklists.Response], item_ids: list[str]
) -> tuple[ReviewerProgress, ...]:
    """Assigned reviewers first (in assignment order), then anyone else who answered."""
    wanted = set(item_ids)
    latest: dict[str, dict[str, checklists.Response]] = {}
    for response in responses:  # oldest first: later answers replace earlier ones
        if response.item_id in wanted:
            latest.setdefault(str(response.member_id), {})[response.item_id] = response
    order = list(dict.fromkeys([*reviewer_ids, *latest]))
    rows = []
    for member_id in order:
        answers = latest.get(member_id, {}).values()
        rows.append(
            ReviewerProgress(
                member_id,
                member_id in reviewer_ids,
                len(answers),
                len(item_ids),
                sum(1 for r in answers if str(r.answer) == "no"),
                sum(1 for r in answers if (r.note or "").strip()),
            )
        )
    return tuple(rows)


def load_dossier(vault, case_id: str) -> Dossier:
    """Read the case and all that hangs off it (runs off the GUI thread)."""
    case = cases.get_case(vault, case_id)
    lists = review_lists.checklists_of_case(vault, case.id)
    items = [item for checklist in lists for item in checklist.items()]
    responses = meetings.checklist_responses(vault, case.id)
    summary = checklists.summarise(responses, lists)
    concerns = tuple(
        ItemConcern(item.id, item.text, s["yes"], s["no"], s["na"], tuple((str(m), n) for m, n in s["notes"]))
        for item in items
        if (s := summary[item.id])["no"] or s["notes"]
    )
    unanswered = sum(1 for item in items if not any(summary[item.id][k] for k in ("yes", "no", "na")))
    return Dossier(
        case=case,
        documents=tuple(documents.list_documents(vault, case.id)),
        decisions=tuple(decisions.decisions_for_case(vault, case.id)),
        members={m.id: m for m in members.list_members(vault, include_inactive=True)},
        checklist_titles=tuple(c.title for c in lists),
        progress=reviewer_progress(case.reviewers, responses, [item.id for item in items]),
        concerns=concerns,
        unanswered=unanswered,
        missing=rules.missing_materials(case.materials, case.domains, case.involves_humans),
        rereview=rereview_list.status(vault, case.id),
        objections=tuple(objections.objections_for_case(vault, case.id)),
    )
