"""Linked submissions of an approved activity: intake, procedure, signed decisions, standing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from desktop.models import Decision, OutboxItem, Submission
from desktop.services import activity, decisions, submissions
from desktop.services.records import verify_audit
from tests.conftest import PIN, make_case
from tests.lifecycle.conftest import decide_at_meeting

REVIEWERS = ("Vice Li", "Sci Zhang")


def simplified(vault, roster, sub, choice="approve", **terms):
    for name in REVIEWERS:
        submissions.give_opinion(vault, sub.id, roster[name], PIN, choice)
    return submissions.decide_submission(vault, sub.id, roster["Chair Chen"], PIN, choice, **terms)


def at_meeting(vault, roster, sub, choice, **terms):
    return decide_at_meeting(
        vault,
        roster,
        sub.case_id,
        choice,
        lambda mid: submissions.decide_submission(
            vault, sub.id, roster["Chair Chen"], PIN, choice, meeting_id=mid, **terms
        ),
    )


def counts(vault):
    with vault.session() as s:
        return (
            s.execute(select(func.count(Submission.id))).scalar_one(),
            s.execute(select(func.count(Decision.id))).scalar_one(),
            s.execute(select(func.count(OutboxItem.id))).scalar_one(),
        )


def test_minor_amendment_takes_the_simplified_procedure_and_supersedes_the_approval(approved):
    vault, roster, case, approval = approved
    sub = submissions.receive_submission(
        vault, case.id, "amendment", summary="Add a site", materials=["amendment_description"]
    )
    assert sub.procedure == "simplified" and sub.reference == "LC-1/AM-1"
    assert sub.missing == ("revised_protocol", "risk_benefit_change")
    assert sub.due_on == sub.received_on + timedelta(days=30)
    d = simplified(vault, roster, sub)
    content = json.loads(_statement(vault, d.id))["content"]
    assert content["submission"]["kind"] == "amendment" and content["standing"] == "approved"
    assert content["reviewers"] == sorted(roster[n] for n in REVIEWERS)
    assert d.supersedes_id == approval.id
    # an amendment keeps the follow-up clock of the approval
    assert d.follow_up_due == approval.follow_up_due
    assert decisions.get_decision(vault, approval.id).status == "superseded"
    standing = activity.activity_standing(vault, case.id)
    assert standing.standing == "approved" and standing.decision_id == d.id
    assert [link.submission_kind for link in standing.chain] == [None, "amendment"]
    assert verify_audit(vault).ok


def test_major_amendment_goes_to_a_meeting(approved):
    vault, roster, case, _ = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="New arm", major=True)
    assert sub.procedure == "general"
    with pytest.raises(ValidationError):
        submissions.decide_submission(vault, sub.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(RuleViolation):
        submissions.give_opinion(vault, sub.id, roster["Vice Li"], PIN, "approve")
    d = at_meeting(
        vault, roster, sub, "approve_after_modification", conditions="Revise consent", reasons="Risk"
    )
    assert d.meeting_id is not None
    assert activity.activity_standing(vault, case.id).standing == "approved_with_conditions"


def test_simplified_review_that_disagrees_is_sent_to_a_meeting(approved):
    vault, roster, case, _ = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Add a site")
    submissions.give_opinion(vault, sub.id, roster["Vice Li"], PIN, "approve")
    submissions.give_opinion(vault, sub.id, roster["Sci Zhang"], PIN, "disapprove")
    before = counts(vault)
    with pytest.raises(RuleViolation, match="meeting"):
        submissions.decide_submission(vault, sub.id, roster["Chair Chen"], PIN, "approve")
    assert counts(vault) == before


def test_follow_up_decision_restarts_the_clock(approved, monkeypatch):
    vault, roster, case, approval = approved
    sub = submissions.receive_submission(vault, case.id, "follow_up_report", summary="Year 1")
    assert sub.procedure == "simplified"
    d = simplified(vault, roster, sub, follow_up_months=6)
    today = datetime.now(UTC).date()
    assert d.follow_up_months == 6 and d.follow_up_due != approval.follow_up_due
    assert (d.follow_up_due - today).days in range(180, 186)
    assert activity.activity_standing(vault, case.id).follow_up_due == d.follow_up_due


def test_adverse_event_suspends_and_a_later_review_restores(approved):
    vault, roster, case, _ = approved
    with pytest.raises(ValidationError):
        submissions.receive_submission(vault, case.id, "adverse_event", summary="SAE")  # no event date
    event = datetime.now(UTC).date() - timedelta(days=1)
    sae = submissions.receive_submission(vault, case.id, "adverse_event", summary="SAE", event_on=event)
    assert sae.procedure == "general" and sae.due_on == sae.received_on + timedelta(days=7)
    before = counts(vault)
    with pytest.raises(ValidationError, match="reasons"):
        at_meeting(vault, roster, sae, "suspend")  # a suspension without reasons
    assert counts(vault)[1:] == before[1:]
    sae2 = submissions.receive_submission(vault, case.id, "adverse_event", summary="SAE", event_on=event)
    d = at_meeting(vault, roster, sae2, "suspend", reasons="Participant harmed; investigate")
    st = activity.activity_standing(vault, case.id)
    assert st.standing == "suspended" and st.follow_up_due is None and d.follow_up_due is None
    with pytest.raises(RuleViolation):
        submissions.receive_submission(vault, case.id, "suspension_request", summary="again")
    fu = submissions.receive_submission(vault, case.id, "deviation", summary="fixed", event_on=event)
    at_meeting(vault, roster, fu, "approve")
    st = activity.activity_standing(vault, case.id)
    assert st.standing == "approved" and st.follow_up_due is not None


def test_termination_then_final_report_closes_and_nothing_more_is_taken(approved):
    vault, roster, case, _ = approved
    req = submissions.receive_submission(vault, case.id, "termination_request", summary="Funding ended")
    at_meeting(vault, roster, req, "terminate", reasons="Sponsor withdrew")
    assert activity.activity_standing(vault, case.id).standing == "terminated"
    with pytest.raises(RuleViolation):
        submissions.receive_submission(vault, case.id, "amendment", summary="x")
    fin = submissions.receive_submission(vault, case.id, "final_report", summary="Final")
    d = at_meeting(vault, roster, fin, "approve")
    assert d.follow_up_due is None
    st = activity.activity_standing(vault, case.id)
    assert st.standing == "closed"
    before = counts(vault)
    for kind in ("amendment", "final_report", "follow_up_report"):
        with pytest.raises(RuleViolation):
            submissions.receive_submission(vault, case.id, kind, summary="x")
    assert counts(vault) == before


def test_a_case_never_approved_takes_no_submission(vault, roster):
    case = make_case(vault, "LC-9")
    with pytest.raises(RuleViolation, match="approved"):
        submissions.receive_submission(vault, case.id, "amendment", summary="x")
    assert counts(vault) == (0, 0, 0)


def test_bad_input_is_refused_and_changes_nothing(approved):
    vault, roster, case, _ = approved
    before = counts(vault)
    with pytest.raises(ValidationError):
        submissions.receive_submission(vault, case.id, "renewal", summary="x")
    with pytest.raises(ValidationError):
        submissions.receive_submission(vault, case.id, "amendment", summary="  ")
    with pytest.raises(ValidationError):
        submissions.receive_submission(vault, case.id, "amendment", summary="x", materials=["bogus"])
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    with pytest.raises(ValidationError):
        submissions.receive_submission(vault, case.id, "amendment", summary="x", received_on=tomorrow)
    with pytest.raises(NotFound):
        submissions.decide_submission(vault, "nope", roster["Chair Chen"], PIN, "approve")
    assert counts(vault) == before


def test_a_review_cannot_reach_a_decision_its_kind_does_not_allow(approved):
    vault, roster, case, _ = approved
    req = submissions.receive_submission(vault, case.id, "termination_request", summary="stop")
    with pytest.raises(RuleViolation):
        at_meeting(vault, roster, req, "approve")


def test_decided_submission_cannot_be_decided_again(approved):
    vault, roster, case, _ = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Add a site")
    simplified(vault, roster, sub)
    with pytest.raises(PermissionDenied):
        submissions.decide_submission(vault, sub.id, roster["Chair Chen"], PIN, "approve")


def test_overdue_lists_missing_follow_up_reports_and_late_adverse_event_reviews(approved):
    vault, roster, case, approval = approved
    event = datetime.now(UTC).date() - timedelta(days=20)
    sae = submissions.receive_submission(
        vault, case.id, "adverse_event", summary="SAE", event_on=event, received_on=event
    )
    today = datetime.now(UTC).date()
    items = activity.overdue(vault, today)
    assert [(i.what, i.submission_id, i.days_over) for i in items] == [("adverse_event", sae.id, 13)]
    later = approval.follow_up_due + timedelta(days=3)
    whats = {i.what: i.days_over for i in activity.overdue(vault, later)}
    assert whats["follow_up"] == 3
    # a follow-up report received stops the follow-up being listed
    submissions.receive_submission(vault, case.id, "follow_up_report", summary="Year 1")
    assert "follow_up" not in {i.what for i in activity.overdue(vault, later)}


def test_annual_counts_per_kind(approved):
    from desktop.services.reports_annual import annual_report_data

    vault, roster, case, _ = approved
    submissions.receive_submission(vault, case.id, "amendment", summary="a")
    submissions.receive_submission(vault, case.id, "amendment", summary="b")
    submissions.receive_submission(vault, case.id, "follow_up_report", summary="c")
    year = datetime.now(UTC).year
    c = annual_report_data(vault, year).submissions
    assert c["amendment"] == 2 and c["follow_up_report"] == 1 and c["final_report"] == 0
    assert sum(annual_report_data(vault, year - 1).submissions.values()) == 0


def _statement(vault, decision_id):
    with vault.session() as s:
        return s.get(Decision, decision_id).statement


def test_monitored_high_risk_activity_gets_the_shorter_follow_up_interval(vault, roster):
    from desktop.rules import Charter
    from desktop.services import committee

    committee.update_charter(
        vault, "secretary", Charter(monitor_high_risk=True, high_risk_follow_up_months=6)
    )
    risky = make_case(vault, "LC-H", risk_level="high")
    approval = decide_at_meeting(
        vault,
        roster,
        risky.id,
        "approve",
        lambda mid: decisions.record_decision(vault, mid, risky.id, roster["Chair Chen"], PIN, "approve"),
    )
    assert approval.follow_up_months == 6
    second = make_case(vault, "LC-H2", risk_level="high")
    with pytest.raises(RuleViolation):  # a longer interval than the monitored one is refused
        decide_at_meeting(
            vault,
            roster,
            second.id,
            "approve",
            lambda mid: decisions.record_decision(
                vault, mid, second.id, roster["Chair Chen"], PIN, "approve", follow_up_months=9
            ),
        )


def test_a_reviewer_or_chair_whose_term_ended_cannot_sign_on_a_simplified_submission(approved):
    from datetime import date

    from desktop.models import Member, SubmissionOpinion

    vault, roster, case, _ = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Typo in the consent form")
    with vault.session() as s:
        s.get(Member, roster["Sci Zhang"]).term_end = date.today() - timedelta(days=1)
    with pytest.raises(PermissionDenied, match="term ended"):
        submissions.give_opinion(vault, sub.id, roster["Sci Zhang"], PIN, "approve")
    with vault.session() as s:
        assert s.execute(select(func.count(SubmissionOpinion.id))).scalar_one() == 0
        s.get(Member, roster["Sci Zhang"]).term_end = None
        s.get(Member, roster["Chair Chen"]).term_end = date.today() - timedelta(days=1)
    for name in REVIEWERS:
        submissions.give_opinion(vault, sub.id, roster[name], PIN, "approve")
    before = counts(vault)
    with pytest.raises(PermissionDenied, match="term ended"):
        submissions.decide_submission(vault, sub.id, roster["Chair Chen"], PIN, "approve")
    assert counts(vault) == before
