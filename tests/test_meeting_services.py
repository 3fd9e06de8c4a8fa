"""Who may do what in a meeting: check-in, recusal, votes and the chair's decision."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop import signing
from desktop.errors import PermissionDenied, RuleViolation, ValidationError, WrongPin
from desktop.models import AuditEvent, Decision, Member, OutboxItem, Vote
from desktop.services import decisions, meetings
from desktop.services.records import verify_audit
from tests.conftest import PIN, make_case

VOTERS = ["Chair Chen", "Vice Li", "Sci Zhang", "Law Liu", "Med Wu", "Lay Yang", "Eth Zhao"]


def check_in_all(vault, meeting, roster, names=None):
    for name in names or roster:
        meetings.check_in(vault, meeting.id, roster[name], PIN)


def declare_all(vault, meeting, case, roster, conflicted=()):
    for name in roster:
        if roster[name] in meetings.get_meeting(vault, meeting.id).attending:
            meetings.declare(
                vault,
                meeting.id,
                case.id,
                roster[name],
                name in conflicted,
                "I co-authored the protocol." if name in conflicted else "",
                pin=PIN,
            )


def vote_all(vault, meeting, case, roster, choice="approve", skip=(), overrides=None):
    for name in VOTERS:
        if name in skip:
            continue
        meetings.cast_vote(vault, meeting.id, case.id, roster[name], (overrides or {}).get(name, choice), PIN)


@pytest.fixture
def ready(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    return vault, roster, meeting, case


def test_full_meeting_records_signed_decision_and_outbox(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster)
    outcome = meetings.tally(vault, meeting.id, case.id)
    assert outcome.reached and outcome.decision.value == "approve" and outcome.eligible == 7
    d = decisions.record_decision(
        vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve", follow_up_months=12
    )
    assert d.status == "final" and d.follow_up_due is not None
    with vault.session() as s:
        row = s.get(Decision, d.id)
        chair = s.get(Member, roster["Chair Chen"])
        body = signing.verify_statement(row.statement, row.signature, chair.public_key, "ecdsa-p256")
        assert body["kind"] == "decision" and body["content"]["decision_type"] == "approve"
        assert len(body["content"]["votes"]) == 7
        for vote in s.execute(select(Vote)).scalars():
            voter = s.get(Member, vote.member_id)
            assert (
                signing.verify_statement(
                    vote.statement, vote.signature, voter.public_key, voter.key_algorithm
                )["case"]
                == case.id
            )
        outbox = s.execute(select(OutboxItem)).scalar_one()
        assert outbox.decision_id == d.id and outbox.status == "waiting"
        assert json.loads(outbox.payload)["decision_id"] == d.id
    assert verify_audit(vault).ok


def test_consultant_is_present_but_cannot_vote(ready):
    vault, roster, meeting, case = ready
    with pytest.raises(PermissionDenied, match="Consultants"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Consultant Qian"], "approve", PIN)


def test_absent_member_cannot_vote(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster, names=[n for n in roster if n != "Eth Zhao"])
    declare_all(vault, meeting, case, roster)
    with pytest.raises(PermissionDenied, match="not checked in"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Eth Zhao"], "approve", PIN)


def test_recused_member_cannot_vote_and_leaves_quorum(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster, conflicted={"Sci Zhang"})
    with pytest.raises(PermissionDenied, match="recused"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Sci Zhang"], "approve", PIN)
    assert roster["Sci Zhang"] not in meetings.quorum_status(vault, meeting.id, case.id).counted
    assert roster["Sci Zhang"] in meetings.quorum_status(vault, meeting.id).counted
    assert meetings.tally(vault, meeting.id, case.id).eligible == 6


def test_nobody_votes_twice(ready):
    vault, roster, meeting, case = ready
    meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "approve", PIN)
    with pytest.raises(PermissionDenied, match="already voted"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "disapprove", PIN)
    assert [v.choice for v in meetings.votes(vault, meeting.id, case.id)] == ["approve"]


def test_wrong_pin_signs_nothing(ready):
    vault, roster, meeting, case = ready
    with pytest.raises(WrongPin):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "approve", "999999")
    assert meetings.votes(vault, meeting.id, case.id) == []


def test_vote_needs_a_declaration_first(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    with pytest.raises(RuleViolation, match="declare"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "approve", PIN)


def test_conflict_needs_a_statement_and_cannot_be_withdrawn(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    with pytest.raises(ValidationError):
        meetings.declare(vault, meeting.id, case.id, roster["Law Liu"], True, "", pin=PIN)
    meetings.declare(
        vault, meeting.id, case.id, roster["Law Liu"], True, "Paid adviser to the sponsor", pin=PIN
    )
    with pytest.raises(RuleViolation):
        meetings.declare(vault, meeting.id, case.id, roster["Law Liu"], False, pin=PIN)


def test_only_presiding_chair_records_the_decision(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster)
    for name in ("Vice Li", "Law Liu"):
        with pytest.raises(PermissionDenied, match="presiding"):
            decisions.record_decision(vault, meeting.id, case.id, roster[name], PIN, "approve")


def test_vice_chair_presides_when_chair_recused(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster, conflicted={"Chair Chen"})
    vote_all(vault, meeting, case, roster, skip={"Chair Chen"})
    with pytest.raises(PermissionDenied):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Vice Li"], PIN, "approve")
    assert d.signer_id == roster["Vice Li"]


def test_no_decision_without_quorum(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster, names=["Chair Chen", "Vice Li", "Law Liu", "Lay Yang"])
    declare_all(vault, meeting, case, roster)
    for name in ["Chair Chen", "Vice Li", "Law Liu", "Lay Yang"]:
        meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
    with pytest.raises(RuleViolation, match="No quorum"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")


def test_decision_must_be_what_the_votes_reached(ready):
    vault, roster, meeting, case = ready
    # 4 of 7 approve: short of two thirds (5), so no decision is reached.
    vote_all(
        vault,
        meeting,
        case,
        roster,
        overrides={"Vice Li": "disapprove", "Law Liu": "disapprove", "Lay Yang": "abstain"},
    )
    with pytest.raises(RuleViolation, match="not reached"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")


def test_decision_type_must_match_tally(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster)
    with pytest.raises(RuleViolation, match="decided approve"):
        decisions.record_decision(
            vault, meeting.id, case.id, roster["Chair Chen"], PIN, "disapprove", reasons="no"
        )


def test_non_approval_needs_reasons(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster, choice="disapprove")
    with pytest.raises(ValidationError, match="reasons"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "disapprove")
    d = decisions.record_decision(
        vault,
        meeting.id,
        case.id,
        roster["Chair Chen"],
        PIN,
        "disapprove",
        reasons="Risks to participants outweigh benefits.",
    )
    assert d.follow_up_due is None


def test_follow_up_interval_over_twelve_months_refused(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster)
    with pytest.raises(RuleViolation):
        decisions.record_decision(
            vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve", follow_up_months=13
        )
    assert decisions.decisions_for_case(vault, case.id) == []


def test_signed_decision_is_read_only_and_only_superseded(ready):
    vault, roster, meeting, case = ready
    vote_all(vault, meeting, case, roster, skip={"Lay Yang", "Eth Zhao"})  # 5 of 7 already decide
    for name in ("Lay Yang", "Eth Zhao"):
        meetings.record_not_voting(vault, meeting.id, case.id, roster[name], "left the room")
    first = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(PermissionDenied, match="only superseded"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(PermissionDenied, match="voting is closed"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Lay Yang"], "approve", PIN)
    # A later meeting may supersede it.
    second_meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, second_meeting, roster)
    declare_all(vault, second_meeting, case, roster)
    vote_all(vault, second_meeting, case, roster, choice="suspend")
    supersede = dict(reasons="Serious adverse event reported.", supersede=True)
    with pytest.raises(ValidationError, match="reason for superseding"):  # a reason is required
        decisions.record_decision(
            vault, second_meeting.id, case.id, roster["Chair Chen"], PIN, "suspend", **supersede
        )
    second = decisions.record_decision(
        vault,
        second_meeting.id,
        case.id,
        roster["Chair Chen"],
        PIN,
        "suspend",
        supersede_reason="A serious adverse event was reported after approval.",
        **supersede,
    )
    states = {d.id: d.status for d in decisions.decisions_for_case(vault, case.id)}
    assert states == {first.id: "superseded", second.id: "final"}
    assert second.supersedes_id == first.id
    with vault.session() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "decision.supersede")).scalar_one()
        assert event.entity_id == first.id
        assert event.payload["reason"] == "A serious adverse event was reported after approval."


def test_closed_meeting_refuses_changes(ready):
    vault, roster, meeting, case = ready
    meetings.close_meeting(vault, meeting.id)
    with pytest.raises(PermissionDenied, match="closed"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "approve", PIN)


def preliminary_decision(vault, roster, reference, annex_item):
    """A case on the expert re-review list, voted through to its preliminary decision."""
    case = make_case(
        vault,
        reference,
        domains=["ai"],
        risk_level="high",
        involves_humans=False,
        rereview_items=[annex_item],
    )
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    return decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")


def test_rereview_case_gets_preliminary_decision_until_opinion(vault, roster):
    prelim = preliminary_decision(vault, roster, "RR-1", "STER-annex-6")
    assert prelim.status == "preliminary"
    with pytest.raises(RuleViolation):  # fewer than five experts is no valid re-review
        decisions.record_rereview_opinion(
            vault,
            prelim.id,
            roster["Chair Chen"],
            PIN,
            authority="Municipal S&T",
            received_on=datetime.now(UTC).date(),
            experts=4,
            experts_agreeing=4,
        )
    final = decisions.record_rereview_opinion(
        vault,
        prelim.id,
        roster["Chair Chen"],
        PIN,
        authority="Municipal S&T Commission",
        received_on=datetime.now(UTC).date(),
        experts=6,
        experts_agreeing=4,
    )
    assert final.status == "final" and final.decision_type == "approve" and final.supersedes_id == prelim.id
    assert decisions.get_decision(vault, prelim.id).status == "superseded"


def test_rereview_disagreement_turns_into_disapproval(vault, roster):
    prelim = preliminary_decision(vault, roster, "RR-2", "STER-annex-7")
    final = decisions.record_rereview_opinion(
        vault,
        prelim.id,
        roster["Chair Chen"],
        PIN,
        authority="Authority",
        received_on=datetime.now(UTC).date(),
        experts=6,
        experts_agreeing=3,
        opinion="Autonomy too high for the clinical setting.",
    )
    assert final.decision_type == "disapprove" and "Autonomy" in final.reasons


def test_pin_lockout_after_repeated_failures(ready, monkeypatch):
    from desktop.services import custody as services_custody
    from desktop.services import members

    vault, roster, meeting, case = ready
    monkeypatch.setattr(services_custody, "MAX_PIN_FAILURES", 3)
    for _ in range(3):
        with pytest.raises(WrongPin):
            members.verify_pin(vault, roster["Law Liu"], "000000")
    with pytest.raises(PermissionDenied, match="locked"):
        members.verify_pin(vault, roster["Law Liu"], PIN)


def test_wrong_pin_on_rereview_records_nothing(vault, roster):
    from desktop.models import RereviewOpinion

    case = make_case(
        vault,
        "RR-3",
        domains=["ai"],
        risk_level="high",
        involves_humans=False,
        rereview_items=["STER-annex-6"],
    )
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    prelim = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(WrongPin):
        decisions.record_rereview_opinion(
            vault,
            prelim.id,
            roster["Chair Chen"],
            "000000",
            authority="A",
            received_on=datetime.now(UTC).date(),
            experts=5,
            experts_agreeing=5,
        )
    with vault.session() as s:
        assert s.execute(select(RereviewOpinion)).first() is None
    assert decisions.get_decision(vault, prelim.id).status == "preliminary"
    assert verify_audit(vault).ok
