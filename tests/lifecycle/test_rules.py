"""desktop.rules.lifecycle: kinds, standings, procedures and deadlines at their boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import DecisionType as D
from desktop.domain import Procedure, Standing
from desktop.domain import SubmissionKind as K
from desktop.errors import RuleViolation, ValidationError
from desktop.rules import Charter, basis, lifecycle


def test_standing_follows_the_decision():
    a = Standing.APPROVED
    assert lifecycle.standing_after(K.ADVERSE_EVENT, D.SUSPEND, a) is Standing.SUSPENDED
    assert lifecycle.standing_after(K.TERMINATION_REQUEST, D.TERMINATE, a) is Standing.TERMINATED
    assert lifecycle.standing_after(K.FINAL_REPORT, D.APPROVE, Standing.TERMINATED) is Standing.CLOSED
    assert lifecycle.standing_after(K.FINAL_REPORT, D.MODIFY_AND_REREVIEW, a) is a
    assert lifecycle.standing_after(K.AMENDMENT, D.DISAPPROVE, Standing.APPROVED_WITH_CONDITIONS) is (
        Standing.APPROVED_WITH_CONDITIONS
    )
    assert lifecycle.standing_after(K.DEVIATION, D.APPROVE, Standing.SUSPENDED) is Standing.APPROVED
    assert lifecycle.standing_after(K.AMENDMENT, D.APPROVE_AFTER_MODIFICATION, a) is (
        Standing.APPROVED_WITH_CONDITIONS
    )


def test_what_each_standing_takes():
    with pytest.raises(RuleViolation):
        lifecycle.check_receivable(K.AMENDMENT, None)
    for kind in K:
        with pytest.raises(RuleViolation):
            lifecycle.check_receivable(kind, Standing.CLOSED)
        lifecycle.check_receivable(kind, Standing.APPROVED)
    lifecycle.check_receivable(K.FINAL_REPORT, Standing.TERMINATED)
    with pytest.raises(RuleViolation):
        lifecycle.check_receivable(K.FOLLOW_UP_REPORT, Standing.TERMINATED)
    with pytest.raises(RuleViolation):
        lifecycle.check_receivable(K.SUSPENSION_REQUEST, Standing.SUSPENDED)


def test_decisions_each_kind_may_reach():
    lifecycle.check_decision(K.ADVERSE_EVENT, D.SUSPEND, "", "harm")
    with pytest.raises(RuleViolation):
        lifecycle.check_decision(K.TERMINATION_REQUEST, D.APPROVE, "", "")
    with pytest.raises(ValidationError, match="reasons"):
        lifecycle.check_decision(K.ADVERSE_EVENT, D.SUSPEND, "", "  ")
    with pytest.raises(ValidationError, match="modifications"):
        lifecycle.check_decision(K.AMENDMENT, D.APPROVE_AFTER_MODIFICATION, "", "why")


def test_procedure_minor_amendment_and_plain_follow_up_are_simplified():
    def proc(kind, major, risk="moderate", listed=False):
        return lifecycle.procedure_for(kind, major=major, risk=risk, on_rereview_list=listed).procedure

    assert proc(K.AMENDMENT, False) is Procedure.SIMPLIFIED
    assert proc(K.AMENDMENT, True) is Procedure.GENERAL
    assert proc(K.FOLLOW_UP_REPORT, False) is Procedure.SIMPLIFIED
    assert proc(K.FOLLOW_UP_REPORT, True) is Procedure.GENERAL
    assert proc(K.ADVERSE_EVENT, False) is Procedure.GENERAL
    assert proc(K.AMENDMENT, False, listed=True) is Procedure.GENERAL  # never simplified on the list


def test_review_limits_and_their_sources():
    day = date(2026, 1, 31)
    assert lifecycle.review_due(K.ADVERSE_EVENT, day) == (date(2026, 2, 7), basis.ADVERSE_EVENTS)
    assert lifecycle.review_due(K.ADVERSE_EVENT, day, Charter(sae_review_days=3))[0] == date(2026, 2, 3)
    assert lifecycle.review_due(K.AMENDMENT, day)[0] == date(2026, 3, 2)
    assert lifecycle.review_due(K.DEVIATION, day)[1] == basis.DEVIATIONS


def test_charter_refuses_looser_lifecycle_settings():
    Charter(sae_review_days=30).validate()
    with pytest.raises(RuleViolation, match="sae_review_days"):
        Charter(sae_review_days=31).validate()
    Charter(high_risk_follow_up_months=12).validate()
    with pytest.raises(RuleViolation, match="high_risk_follow_up_months"):
        Charter(follow_up_max_months=6, high_risk_follow_up_months=7).validate()


def test_high_risk_monitoring_shortens_the_follow_up_interval():
    plain = Charter()
    watched = Charter(monitor_high_risk=True, high_risk_follow_up_months=6)
    assert lifecycle.follow_up_interval(high_risk=True, requested=None, charter=plain) == (
        12,
        basis.FOLLOW_UP,
    )
    assert lifecycle.follow_up_interval(high_risk=True, requested=None, charter=watched) == (
        6,
        basis.MONITORING,
    )
    assert lifecycle.follow_up_interval(high_risk=False, requested=None, charter=watched)[0] == 12
    with pytest.raises(RuleViolation):
        lifecycle.follow_up_interval(high_risk=True, requested=7, charter=watched)
    with pytest.raises(ValidationError):
        lifecycle.follow_up_interval(high_risk=False, requested=0, charter=plain)


def test_restart_only_from_a_follow_up_decision_in_force():
    assert lifecycle.restarts_follow_up(K.FOLLOW_UP_REPORT, D.APPROVE)
    assert not lifecycle.restarts_follow_up(K.FOLLOW_UP_REPORT, D.SUSPEND)
    assert not lifecycle.restarts_follow_up(K.AMENDMENT, D.APPROVE)
