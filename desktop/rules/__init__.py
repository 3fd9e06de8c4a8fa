"""The regulations as pure functions over plain data: no Qt, no database, no I/O but one data file.

Every result carries ``basis`` (the article it rests on) and reasons as English templates
with parameters, so a UI can translate them. Article numbers live in ``desktop.rules.basis``.
"""

from desktop.rules.charter import DEFAULT_CHARTER, Charter
from desktop.rules.common import Reason, Shortfall, add_months, votes_needed
from desktop.rules.composition import composition_issues, member_standing
from desktop.rules.materials import Material, missing_materials, required_materials
from desktop.rules.people import PRESIDING_ROLES, VOTING_ROLES, Person
from desktop.rules.procedure import (
    CaseFacts,
    Verdict,
    decision_due,
    follow_up_due,
    is_overdue,
    procedure_verdict,
)
from desktop.rules.quorum import QuorumResult, excluded_by_conflict, quorum
from desktop.rules.regimes import Threshold, attendance_threshold, decision_threshold, lsmr_majority
from desktop.rules.rereview import (
    RereviewItem,
    RereviewOutcome,
    load_rereview_list,
    rereview_list,
    rereview_matches,
    rereview_opinion,
)
from desktop.rules.sitting import RereviewStatus, rereview_status, too_early, votes_incomplete
from desktop.rules.voting import SimplifiedOutcome, VoteOutcome, simplified_outcome, tally

__all__ = [
    "DEFAULT_CHARTER",
    "PRESIDING_ROLES",
    "VOTING_ROLES",
    "CaseFacts",
    "Charter",
    "Material",
    "Person",
    "QuorumResult",
    "Reason",
    "RereviewItem",
    "RereviewOutcome",
    "RereviewStatus",
    "Threshold",
    "attendance_threshold",
    "decision_threshold",
    "lsmr_majority",
    "member_standing",
    "rereview_status",
    "too_early",
    "votes_incomplete",
    "Shortfall",
    "SimplifiedOutcome",
    "Verdict",
    "VoteOutcome",
    "add_months",
    "composition_issues",
    "decision_due",
    "excluded_by_conflict",
    "follow_up_due",
    "is_overdue",
    "load_rereview_list",
    "missing_materials",
    "procedure_verdict",
    "quorum",
    "required_materials",
    "rereview_list",
    "rereview_matches",
    "rereview_opinion",
    "simplified_outcome",
    "tally",
    "votes_needed",
]
