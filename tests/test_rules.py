"""Boundary tables for desktop.rules: quorum, voting, procedures, deadlines, re-review, composition."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import Background, DecisionType, Domain, Gender, Procedure, RiskLevel, Role, VoteChoice
from desktop.errors import ChecklistError, RuleViolation, ValidationError
from desktop.rules import (
    CaseFacts,
    Charter,
    Person,
    Shortfall,
    basis,
    composition_issues,
    decision_due,
    excluded_by_conflict,
    follow_up_due,
    is_overdue,
    load_rereview_list,
    missing_materials,
    procedure_verdict,
    quorum,
    required_materials,
    rereview_list,
    rereview_matches,
    rereview_opinion,
    simplified_outcome,
    tally,
    votes_needed,
)
from desktop.rules.common import Reason

F, M, OTH = Gender.FEMALE, Gender.MALE, Gender.OTHER
SCI, MED, ETH, LAW, LAY = (
    Background.SCIENCE,
    Background.MEDICINE,
    Background.ETHICS,
    Background.LAW,
    Background.LAY,
)
A, D, AB = VoteChoice.APPROVE, VoteChoice.DISAPPROVE, VoteChoice.ABSTAIN
SHANGHAI = ZoneInfo("Asia/Shanghai")


def person(member_id, role=Role.MEMBER, backgrounds=(), external=False, gender=F):
    return Person(member_id, role, frozenset(backgrounds), external, gender)


def meeting():
    """Five voting members covering every STER art. 7 category, chair and vice-chair present."""
    return [
        person("chair", Role.CHAIR, {SCI}, gender=F),
        person("vice", Role.VICE_CHAIR, {ETH}, gender=M),
        person("m1", backgrounds={LAW}, external=True, gender=F),
        person("m2", backgrounds={MED}, gender=M),
        person("m3", backgrounds={LAY}, gender=F),
    ]


def codes(shortfalls):
    return [s.code for s in shortfalls]


# --- Charter -------------------------------------------------------------------------------


def test_default_charter_is_the_regulation_floor_and_valid():
    Charter().validate()


@pytest.mark.parametrize(
    "settings, setting_named",
    [
        ({"min_attending": 4}, "min_attending"),
        ({"approval_numerator": 1, "approval_denominator": 2}, "approval fraction"),
        ({"approval_numerator": 3, "approval_denominator": 5}, "approval fraction"),
        ({"approval_numerator": 66, "approval_denominator": 100}, "approval fraction"),
        ({"decision_days": 31}, "decision_days"),
        ({"decision_days": 45}, "decision_days"),
        ({"emergency_hours": 73}, "emergency_hours"),
        ({"follow_up_max_months": 13}, "follow_up_max_months"),
        ({"simplified_min_reviewers": 1}, "simplified_min_reviewers"),
        ({"min_committee_size": 6}, "min_committee_size"),
        ({"max_term_years": 6}, "max_term_years"),
        ({"rereview_min_experts": 4}, "rereview_min_experts"),
    ],
)
def test_charter_refuses_looser_than_regulation(settings, setting_named):
    with pytest.raises(RuleViolation) as caught:
        Charter(**settings).validate()
    assert setting_named in str(caught.value)
    assert "STER" in str(caught.value)


@pytest.mark.parametrize(
    "settings",
    [
        {"min_attending": 6},
        {"approval_numerator": 3, "approval_denominator": 4},
        {"approval_numerator": 7, "approval_denominator": 10},
        {"approval_numerator": 4, "approval_denominator": 6},  # same as 2/3
        {"approval_inclusive": False},  # strictly more than 2/3 is stricter
        {"approval_numerator": 1, "approval_denominator": 1},  # unanimity
        {"decision_days": 30},
        {"decision_days": 20},
        {"emergency_hours": 48},
        {"follow_up_max_months": 6},
        {"simplified_min_reviewers": 3},
        {"min_committee_size": 9},
        {"max_term_years": 3},
        {"require_odd_size": True},
        {"rereview_min_experts": 7},
    ],
)
def test_charter_accepts_stricter_settings(settings):
    Charter(**settings).validate()


@pytest.mark.parametrize(
    "settings",
    [
        {"min_attending": 0},
        {"min_attending": "5"},
        {"min_attending": True},
        {"approval_inclusive": 1},
        {"approval_numerator": 4, "approval_denominator": 3},
        {"approval_numerator": 1, "approval_denominator": 1, "approval_inclusive": False},
    ],
)
def test_charter_refuses_malformed_settings(settings):
    with pytest.raises(ValidationError):
        Charter(**settings).validate()


def test_charter_checks_once_per_charter_and_never_remembers_a_refusal(monkeypatch):
    """The rules validate the charter on every check (each vote, each member's standing): a charter
    is frozen, so a passed one is not checked again; a refused one is refused every time."""
    checks = []
    real = Charter._check
    monkeypatch.setattr(Charter, "_check", lambda self: checks.append(self) or real(self))
    good, bad = Charter(min_attending=7), Charter(min_attending=4)
    for _ in range(3):
        good.validate()
        with pytest.raises(RuleViolation):
            bad.validate()
    assert checks.count(good) == 1 and checks.count(bad) == 3
    Charter(min_attending=7).validate()  # another instance is checked on its own
    assert checks.count(good) == 2


def test_charter_round_trips_through_json():
    charter = Charter(min_attending=7, approval_inclusive=False, require_odd_size=True)
    assert Charter.from_dict(json.loads(json.dumps(charter.to_dict()))) == charter
    assert Charter.from_dict({}) == Charter()


@pytest.mark.parametrize(
    "data, error",
    [({"min_attending": 4}, RuleViolation), ({"quorum": 5}, ValidationError), ([1, 2], ValidationError)],
)
def test_charter_from_dict_validates(data, error):
    with pytest.raises(error):
        Charter.from_dict(data)


# --- Quorum --------------------------------------------------------------------------------


def test_full_meeting_has_quorum_presided_by_chair():
    result = quorum(meeting())
    assert result.met and result.shortfalls == ()
    assert result.counted == ("chair", "vice", "m1", "m2", "m3")
    assert result.presiding == "chair"
    assert result.basis == "STER art. 7, 14"


@pytest.mark.parametrize("attending, met", [(4, False), (5, True), (6, True)])
def test_quorum_needs_five_voting_members(attending, met):
    people = meeting() + [person("m4", backgrounds={SCI}, gender=M)]
    result = quorum(people[:attending])
    assert result.met is met
    if not met:
        assert result.shortfalls[0].code == "needs_members"
        assert result.shortfalls[0].message == "needs 1 more voting member"
        assert result.shortfalls[0].template == "needs {missing} more voting member"
        assert result.shortfalls[0].param_dict == {"missing": 1, "minimum": 5}


def test_consultant_attending_does_not_count():
    people = meeting()[:4] + [person("adviser", Role.CONSULTANT, {SCI}, external=True)]
    result = quorum(people)
    assert not result.met
    assert "adviser" not in result.counted
    assert codes(result.shortfalls) == ["needs_members"]


def test_recused_member_reduces_quorum_from_five_to_four():
    result = quorum(meeting(), excluded=excluded_by_conflict([("m3", True), ("m2", False)]))
    assert not result.met
    assert len(result.counted) == 4
    assert result.shortfalls[0].message == "needs 1 more voting member"


@pytest.mark.parametrize(
    "with_vice, met, presiding",
    [(True, True, "vice"), (False, False, None)],
)
def test_recused_chair_needs_a_vice_chair_to_preside(with_vice, met, presiding):
    people = meeting() + [person("m4", backgrounds={SCI}, gender=M)]
    if not with_vice:
        people[1] = person("vice", Role.MEMBER, {ETH}, gender=M)
    result = quorum(people, excluded={"chair"})
    assert result.met is met
    assert result.presiding == presiding
    assert ("needs_presiding" in codes(result.shortfalls)) is (not met)


def test_recused_chair_and_vice_chair_leave_no_one_to_preside():
    people = meeting() + [person(f"x{i}", backgrounds={SCI, ETH}, gender=M) for i in range(2)]
    result = quorum(people, excluded=["chair", "vice"])
    assert codes(result.shortfalls) == ["needs_presiding"]


@pytest.mark.parametrize(
    "replace_index, replacement, code, message",
    [
        (
            2,
            person("m1", backgrounds={LAW}, external=False, gender=F),
            "needs_external",
            "needs one external member",
        ),
        (1, person("vice", Role.VICE_CHAIR, {SCI}, gender=M), None, None),  # law member m1 remains
        (0, person("chair", Role.CHAIR, {LAY}, gender=F), None, None),  # medicine member m2 remains
    ],
)
def test_quorum_categories_single_change(replace_index, replacement, code, message):
    people = meeting()
    people[replace_index] = replacement
    result = quorum(people)
    if code is None:
        assert result.met
    else:
        assert codes(result.shortfalls) == [code]
        assert result.shortfalls[0].message == message


def test_quorum_without_ethics_or_law_member():
    people = meeting()
    people[1] = person("vice", Role.VICE_CHAIR, {SCI}, gender=M)
    people[2] = person("m1", backgrounds={LAY}, external=True, gender=F)
    result = quorum(people)
    assert codes(result.shortfalls) == ["needs_ethics_law"]
    assert result.shortfalls[0].basis == "STER art. 7, 14"


def test_quorum_without_science_member():
    people = meeting()
    people[0] = person("chair", Role.CHAIR, {LAW}, gender=F)
    people[3] = person("m2", backgrounds={LAY}, gender=M)
    assert codes(quorum(people).shortfalls) == ["needs_science"]


@pytest.mark.parametrize(
    "genders, message",
    [
        ((F, F, F, F, F), "needs a member of another gender (male)"),
        ((M, M, M, M, M), "needs a member of another gender (female)"),
        ((OTH, OTH, OTH, OTH, OTH), "needs a member of another gender (female or male)"),
        ((F, OTH, F, OTH, F), None),
        ((F, M, F, F, F), None),
    ],
)
def test_quorum_needs_members_of_different_genders(genders, message):
    people = [
        Person(p.member_id, p.role, p.backgrounds, p.external, g)
        for p, g in zip(meeting(), genders, strict=True)
    ]
    result = quorum(people)
    if message is None:
        assert result.met
    else:
        assert [s.message for s in result.shortfalls] == [message]


def test_quorum_reports_every_shortfall_at_once():
    result = quorum([person("solo", backgrounds={LAY})])
    assert codes(result.shortfalls) == [
        "needs_members",
        "needs_presiding",
        "needs_science",
        "needs_ethics_law",
        "needs_external",
        "needs_gender",
    ]
    assert result.shortfalls[0].message == "needs 4 more voting members"


def test_quorum_follows_stricter_charter_and_counts_a_person_once():
    assert not quorum(meeting(), Charter(min_attending=6)).met
    assert quorum(meeting() + meeting()).counted == ("chair", "vice", "m1", "m2", "m3")


@pytest.mark.parametrize(
    "declarations, excluded",
    [
        ([], frozenset()),
        ([("a", False), ("b", False)], frozenset()),
        ([("a", True), ("b", False)], {"a"}),
        ([("a", False), ("a", True)], {"a"}),
    ],
)
def test_excluded_by_conflict(declarations, excluded):
    assert excluded_by_conflict(declarations) == excluded


def test_shortfall_can_be_built_plainly():
    s = Shortfall(code="needs_external", message="needs one external member", basis="STER art. 7, 14")
    assert s.template == s.message == str(s)


# --- Voting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "eligible, inclusive, needed",
    [
        (3, True, 2),
        (3, False, 3),
        (5, True, 4),
        (5, False, 4),
        (6, True, 4),
        (6, False, 5),
        (7, True, 5),
        (8, True, 6),
        (9, True, 6),
        (9, False, 7),
        (10, True, 7),
        (10, False, 7),
        (12, True, 8),
        (12, False, 9),
    ],
)
def test_votes_needed_for_two_thirds(eligible, inclusive, needed):
    assert votes_needed(eligible, 2, 3, inclusive) == needed


def ballot(*groups):
    """ballot((6, A), (3, D)) -> {"v0": A, ..., "v8": D}"""
    votes, n = {}, 0
    for count, choice in groups:
        for _ in range(count):
            votes[f"v{n}"] = choice
            n += 1
    return votes


@pytest.mark.parametrize(
    "eligible, votes, charter, reached, decision",
    [
        (9, ballot((6, A), (3, D)), Charter(), True, DecisionType.APPROVE),  # exactly 2/3, inclusive
        (9, ballot((6, A), (3, D)), Charter(approval_inclusive=False), False, None),  # strict: needs 7
        (9, ballot((7, A), (2, D)), Charter(approval_inclusive=False), True, DecisionType.APPROVE),
        (9, ballot((5, A), (4, D)), Charter(), False, None),  # 2/3 minus one
        (6, ballot((3, A), (3, D)), Charter(), False, None),  # exactly half
        (6, ballot((4, A), (2, AB)), Charter(), True, DecisionType.APPROVE),
        (7, ballot((4, A), (3, AB)), Charter(), False, None),  # abstentions count against
        (5, ballot((4, D), (1, A)), Charter(), True, DecisionType.DISAPPROVE),
        (
            9,
            ballot((6, VoteChoice.MODIFY_AND_REREVIEW), (3, A)),
            Charter(),
            True,
            DecisionType.MODIFY_AND_REREVIEW,
        ),
        (9, ballot((6, A), (3, D)), Charter(approval_numerator=3, approval_denominator=4), False, None),
    ],
)
def test_tally_thresholds(eligible, votes, charter, reached, decision):
    outcome = tally(votes, [f"v{i}" for i in range(eligible)], charter)
    assert outcome.reached is reached
    assert outcome.decision == decision
    assert outcome.eligible == eligible and outcome.cast == len(votes)
    assert outcome.final  # everyone voted
    assert outcome.basis == "STER art. 14, 16"


def test_tally_counts_every_choice_and_explains():
    outcome = tally(ballot((6, A), (2, D), (1, AB)), [f"v{i}" for i in range(9)])
    assert outcome.counts == {c.value: 0 for c in VoteChoice} | {"approve": 6, "disapprove": 2, "abstain": 1}
    assert outcome.reason == "approve reached: 6 of 9 eligible votes, 6 needed"
    assert outcome.reason_detail.template.startswith("{decision} reached")


@pytest.mark.parametrize(
    "voter, eligible",
    [("adviser", ["m1", "m2", "m3", "m4", "m5"]), ("recused", ["m1", "m2", "m3", "m4", "m5"])],
)
def test_vote_from_consultant_or_recused_member_is_refused(voter, eligible):
    with pytest.raises(RuleViolation) as caught:
        tally({"m1": A, voter: A}, eligible)
    assert voter in str(caught.value)


@pytest.mark.parametrize(
    "votes, reached, final, still_possible, pending",
    [
        (ballot((6, A)), True, True, True, 3),  # already 6 of 9: pending votes cannot undo it
        (ballot((3, A), (3, D)), False, False, True, 3),  # 3 + 3 pending can still reach 6
        (ballot((4, A), (4, D)), False, True, False, 1),  # 4 + 1 < 6: nothing can be reached
        ({}, False, False, True, 9),
    ],
)
def test_tally_pending_and_final(votes, reached, final, still_possible, pending):
    outcome = tally(votes, [f"v{i}" for i in range(9)])
    assert (outcome.reached, outcome.final, outcome.still_possible) == (reached, final, still_possible)
    assert len(outcome.pending) == pending


def test_tally_edge_inputs():
    assert not tally({}, []).reached
    assert tally({}, []).reason == "no eligible voting member for this case"
    assert tally({"a": "approve", "b": "approve"}, ["a", "b"]).decision is DecisionType.APPROVE
    with pytest.raises(ValidationError):
        tally({"a": "maybe"}, ["a"])
    with pytest.raises(RuleViolation):
        tally({}, ["a"], Charter(approval_numerator=1, approval_denominator=2))


@given(
    st.lists(st.sampled_from([*VoteChoice, None]), min_size=1, max_size=15),
    st.booleans(),
    st.data(),
)
def test_adding_an_approve_vote_never_undoes_a_reached_decision(choices, inclusive, data):
    eligible = [f"m{i}" for i in range(len(choices))]
    votes = {m: c for m, c in zip(eligible, choices, strict=True) if c is not None}
    pending = [m for m in eligible if m not in votes]
    charter = Charter(approval_inclusive=inclusive)
    before = tally(votes, eligible, charter)
    if not pending:
        return
    voter = data.draw(st.sampled_from(pending))
    after = tally({**votes, voter: VoteChoice.APPROVE}, eligible, charter)
    if before.reached:
        assert after.reached and after.decision == before.decision
    if before.final:
        assert after.reached == before.reached
    assert after.needed == before.needed


# --- Procedure -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "procedure, facts, allowed",
    [
        (Procedure.GENERAL, CaseFacts(RiskLevel.HIGH), True),
        (Procedure.GENERAL, CaseFacts(RiskLevel.HIGH, on_rereview_list=True), True),
        (Procedure.SIMPLIFIED, CaseFacts(RiskLevel.MINIMAL), True),
        (Procedure.SIMPLIFIED, CaseFacts(RiskLevel.LOW), False),
        (Procedure.SIMPLIFIED, CaseFacts(RiskLevel.LOW, is_minor_amendment=True), True),
        (Procedure.SIMPLIFIED, CaseFacts(RiskLevel.HIGH, is_follow_up_without_major_change=True), True),
        (Procedure.SIMPLIFIED, CaseFacts(RiskLevel.MINIMAL, on_rereview_list=True), False),
        (
            Procedure.SIMPLIFIED,
            CaseFacts(RiskLevel.LOW, is_minor_amendment=True, on_rereview_list=True),
            False,
        ),
        (Procedure.EMERGENCY, CaseFacts(RiskLevel.HIGH), False),
        (Procedure.EMERGENCY, CaseFacts(RiskLevel.HIGH, public_emergency=True), True),
    ],
)
def test_procedure_verdict(procedure, facts, allowed):
    verdict = procedure_verdict(procedure, facts)
    assert verdict.allowed is allowed
    assert verdict.reasons and verdict.basis.startswith("STER")


def test_simplified_refusal_names_the_risk():
    verdict = procedure_verdict(Procedure.SIMPLIFIED, CaseFacts("moderate"))
    assert verdict.reasons[0].code == "no_simplified_ground"
    assert "moderate" in verdict.reasons[0].message


ACCEPTED = datetime(2024, 3, 1, 10, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    "decided, overdue",
    [
        (ACCEPTED, False),
        (datetime(2024, 3, 31, 9, 0, tzinfo=SHANGHAI), False),  # day 30
        (datetime(2024, 3, 31, 23, 59, 59, tzinfo=SHANGHAI), False),  # end of day 30
        (datetime(2024, 4, 1, 0, 0, tzinfo=SHANGHAI), True),  # day 31
        (datetime(2024, 4, 1, 12, 0, tzinfo=SHANGHAI), True),
    ],
)
@pytest.mark.parametrize("procedure", [Procedure.GENERAL, Procedure.SIMPLIFIED])
def test_decision_due_day_30_on_time_day_31_late(procedure, decided, overdue):
    due = decision_due(procedure, ACCEPTED)
    assert due.tzinfo is SHANGHAI and due.date() == date(2024, 3, 31)
    assert is_overdue(due, decided) is overdue


@pytest.mark.parametrize("extra, overdue", [(timedelta(0), False), (timedelta(seconds=1), True)])
def test_emergency_due_exactly_72_hours(extra, overdue):
    due = decision_due(Procedure.EMERGENCY, ACCEPTED)
    assert due == ACCEPTED + timedelta(hours=72)
    assert is_overdue(due, ACCEPTED + timedelta(hours=72) + extra) is overdue


def test_decision_due_follows_charter_and_extensions():
    assert decision_due(Procedure.GENERAL, ACCEPTED, Charter(decision_days=20)).date() == date(2024, 3, 21)
    later = datetime(2024, 4, 30, 18, 0, tzinfo=SHANGHAI)
    assert decision_due(Procedure.GENERAL, ACCEPTED, extended_to=later) == later
    with pytest.raises(ValidationError):
        decision_due(Procedure.GENERAL, ACCEPTED, extended_to=datetime(2024, 3, 20, tzinfo=SHANGHAI))
    with pytest.raises(RuleViolation):
        decision_due(Procedure.EMERGENCY, ACCEPTED, extended_to=later)
    with pytest.raises(ValidationError):
        is_overdue(decision_due(Procedure.GENERAL, ACCEPTED), datetime(2024, 4, 2))


@pytest.mark.parametrize(
    "decided_on, months, due",
    [
        (date(2024, 3, 15), 1, date(2024, 4, 15)),
        (date(2024, 3, 15), 12, date(2025, 3, 15)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 8, 31), 1, date(2024, 9, 30)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2024, 1, 31), 12, date(2025, 1, 31)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_follow_up_due_clamps_month_ends(decided_on, months, due):
    assert follow_up_due(decided_on, months) == due


@pytest.mark.parametrize(
    "months, charter, error",
    [
        (13, Charter(), RuleViolation),
        (0, Charter(), RuleViolation),
        (-1, Charter(), RuleViolation),
        (7, Charter(follow_up_max_months=6), RuleViolation),
        (1.5, Charter(), ValidationError),
        (True, Charter(), ValidationError),
    ],
)
def test_follow_up_interval_refused(months, charter, error):
    with pytest.raises(error):
        follow_up_due(date(2024, 1, 1), months, charter)


@pytest.mark.parametrize(
    "opinions, charter, complete, refer, decision, codes_",
    [
        ({"r1": A}, Charter(), False, False, None, ["needs_reviewers"]),
        ({"r1": A, "r2": A}, Charter(), True, False, DecisionType.APPROVE, ["agreed"]),
        (
            {"r1": VoteChoice.APPROVE_AFTER_MODIFICATION, "r2": VoteChoice.APPROVE_AFTER_MODIFICATION},
            Charter(),
            True,
            False,
            DecisionType.APPROVE_AFTER_MODIFICATION,
            ["agreed"],
        ),
        (
            {"r1": A, "r2": VoteChoice.APPROVE_AFTER_MODIFICATION},
            Charter(),
            True,
            True,
            None,
            ["reviewers_disagree"],
        ),
        (
            {"r1": A, "r2": D},
            Charter(),
            True,
            True,
            None,
            ["reviewers_disagree", "reviewer_would_not_approve"],
        ),
        ({"r1": AB, "r2": AB}, Charter(), True, True, None, ["reviewer_would_not_approve"]),
        ({"r1": A, "r2": A}, Charter(simplified_min_reviewers=3), False, False, None, ["needs_reviewers"]),
    ],
)
def test_simplified_outcome(opinions, charter, complete, refer, decision, codes_):
    outcome = simplified_outcome(opinions, charter)
    assert (outcome.complete, outcome.refer_to_meeting, outcome.decision) == (complete, refer, decision)
    assert codes(outcome.reasons) == codes_


# --- Expert re-review ----------------------------------------------------------------------


def test_rereview_list_has_the_seven_annex_entries():
    items = rereview_list()
    assert [i.id for i in items] == [f"STER-annex-{n}" for n in range(1, 8)]
    for item in items:
        assert item.zh and item.en and item.keywords_zh and item.keywords_en
        assert item.basis == basis.REREVIEW_LIST and item.basis.text("zh").startswith(
            "《科技伦理审查办法（试行）》"
        )


@pytest.mark.parametrize(
    "tags, text, expected",
    [
        (["STER-annex-6"], "", ["STER-annex-6"]),
        ([], "Clinical trial of an invasive brain–computer interface for epilepsy", ["STER-annex-4"]),
        ([], "开展侵入式脑机接口治疗抑郁症的临床研究", ["STER-annex-4"]),
        ([], "A recommender that can MOBILIZE PUBLIC OPINION", ["STER-annex-6"]),
        ([], "基于人兽嵌合体的器官再生研究", ["STER-annex-2"]),
        ([], "CRISPR editing of a human zygote; gene editing of the germline", ["STER-annex-3"]),
        (["STER-annex-7"], "human-machine fusion exoskeleton", ["STER-annex-5", "STER-annex-7"]),
        ([], "A survey of nurses' working hours", []),
        ([], "", []),
    ],
)
def test_rereview_matches(tags, text, expected):
    assert [i.id for i in rereview_matches(tags, text)] == expected


def test_rereview_matches_refuses_unknown_tag():
    with pytest.raises(ValidationError):
        rereview_matches(["STER-annex-8"])


def test_broken_rereview_file_names_the_item(tmp_path):
    path = tmp_path / "rereview_list.json"
    path.write_text(json.dumps({"items": [{"id": "STER-annex-1", "zh": "x", "en": ""}]}), encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_rereview_list(path)
    assert "STER-annex-1" in str(caught.value) and "rereview_list.json" in str(caught.value)


def experts(n):
    return [f"e{i}" for i in range(n)]


@pytest.mark.parametrize(
    "panel, votes, members, panel_ok, agreed, final",
    [
        (experts(4), dict.fromkeys(experts(4), True), [], False, False, False),  # 4 experts: too few
        (experts(5), dict.fromkeys(experts(5), True), [], True, True, True),
        (experts(5), dict.fromkeys(experts(5), True), ["e0"], False, False, False),  # committee member
        (
            experts(6),
            {"e0": True, "e1": True, "e2": True, "e3": True, "e4": False, "e5": False},
            [],
            True,
            True,
            True,
        ),  # 4 of 6 = exactly 2/3 of all
        (experts(5), {"e0": True, "e1": True, "e2": True, "e3": False}, [], True, False, False),  # 3/4 voting
        (experts(5), {"e0": True, "e1": True, "e2": True, "e3": False, "e4": False}, [], True, False, True),
        (experts(5), {"e0": True, "e1": False, "e2": False}, [], True, False, True),  # 1 + 2 pending < 4
    ],
)
def test_rereview_opinion(panel, votes, members, panel_ok, agreed, final):
    outcome = rereview_opinion(votes, panel, members)
    assert (outcome.panel_ok, outcome.agreed, outcome.final) == (panel_ok, agreed, final)
    assert outcome.basis == "STER art. 25-31"


def test_rereview_two_thirds_of_all_experts_not_of_those_voting():
    outcome = rereview_opinion({"e0": True, "e1": True, "e2": True, "e3": False}, experts(5))
    assert outcome.needed == 4 and outcome.agree == 3 and outcome.pending == ("e4",)


def test_rereview_committee_member_as_expert_is_refused():
    outcome = rereview_opinion({}, experts(6), committee_member_ids=["e5", "someone"])
    assert codes(outcome.shortfalls) == ["expert_is_committee_member"]
    assert "e5" in outcome.shortfalls[0].message
    assert outcome.experts == 5


def test_rereview_vote_from_outside_the_panel_is_refused():
    with pytest.raises(RuleViolation):
        rereview_opinion({"stranger": True}, experts(5))


# --- Composition ---------------------------------------------------------------------------


def roster():
    return meeting() + [person("m4", backgrounds={SCI}, gender=M), person("m5", backgrounds={ETH}, gender=F)]


ON = date(2024, 6, 1)


def test_proper_committee_has_no_issues():
    assert composition_issues(roster(), ON) == ()


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda r: r[:6], ["needs_members"]),
        (lambda r: r[:6] + [person("adviser", Role.CONSULTANT, {SCI})], ["needs_members"]),
        (
            lambda r: [p for p in r if p.member_id != "chair"] + [person("x", backgrounds={SCI})],
            ["needs_chair"],
        ),
        (lambda r: r + [person("chair2", Role.CHAIR, {SCI})], ["too_many_chairs"]),
        (
            lambda r: [Person(p.member_id, p.role, p.backgrounds, False, p.gender) for p in r],
            ["needs_external"],
        ),
        (lambda r: [Person(p.member_id, p.role, p.backgrounds, p.external, M) for p in r], ["needs_gender"]),
    ],
)
def test_composition_issues(change, expected):
    assert codes(composition_issues(change(roster()), ON)) == expected


@pytest.mark.parametrize("size, odd_ok", [(7, True), (8, False), (9, True)])
def test_composition_odd_size_when_charter_asks(size, odd_ok):
    people = roster() + [person(f"x{i}", backgrounds={SCI}) for i in range(size - 7)]
    issues = composition_issues(people, ON, charter=Charter(require_odd_size=True))
    assert ("needs_odd_size" not in codes(issues)) is odd_ok
    assert composition_issues(people, ON) == ()


@pytest.mark.parametrize(
    "term, expected",
    [
        ((date(2020, 1, 1), date(2025, 1, 1)), []),  # exactly five years
        ((date(2020, 1, 1), date(2025, 1, 2)), ["term_too_long"]),
        ((date(2019, 6, 1), None), []),  # five years on the day
        ((date(2019, 5, 31), None), ["term_over_limit"]),
        ((date(2020, 1, 1), date(2024, 5, 31)), ["needs_members"]),  # ended: no longer serving
        ((date(2024, 6, 2), None), ["needs_members"]),  # not started yet
    ],
)
def test_composition_terms(term, expected):
    assert codes(composition_issues(roster(), ON, {"m3": term})) == expected


def test_composition_refuses_backwards_term():
    with pytest.raises(ValidationError):
        composition_issues(roster(), ON, {"m3": (date(2024, 1, 1), date(2023, 1, 1))})


# --- Materials -----------------------------------------------------------------------------

ALWAYS = [
    "overview",
    "plan_and_risks",
    "emergency_plan",
    "publication_plan",
    "qualifications",
    "training",
    "funding",
    "coi_statement",
    "integrity_pledge",
]


def test_required_materials_have_stable_ids_and_both_languages():
    materials = required_materials()
    assert [m.id for m in materials] == ALWAYS[:8] + [
        "consent_form",
        "sample_data_origin",
        "integrity_pledge",
    ]
    assert all(m.zh and m.en and m.basis == "STER art. 9" for m in materials)


@pytest.mark.parametrize(
    "provided, domains, humans, missing",
    [
        ([], [Domain.GENERAL], False, ALWAYS),
        ([], [Domain.GENERAL], True, ALWAYS[:8] + ["consent_form", "sample_data_origin", "integrity_pledge"]),
        ([], [Domain.ANIMAL], False, ALWAYS[:8] + ["sample_data_origin", "integrity_pledge"]),
        ([], ["ai"], False, ALWAYS[:8] + ["sample_data_origin", "integrity_pledge"]),
        (
            ALWAYS + ["extra_letter"],
            [Domain.LIFE_SCIENCE_MEDICINE],
            True,
            ["consent_form", "sample_data_origin"],
        ),
        (ALWAYS + ["consent_form", "sample_data_origin"], [Domain.LIFE_SCIENCE_MEDICINE], True, []),
    ],
)
def test_missing_materials_listed_at_once(provided, domains, humans, missing):
    assert [m.id for m in missing_materials(provided, domains, humans)] == missing


def test_missing_materials_refuses_unknown_domain():
    with pytest.raises(ValidationError):
        missing_materials([], ["astrology"], False)


def test_a_reason_built_again_is_the_same_words_even_for_equal_values_of_other_types():
    number = Reason.of("count", "{n} votes", "basis", n=1)
    assert Reason.of("count", "{n} votes", "basis", n=True).message == "True votes"
    assert Reason.of("count", "{n} votes", "basis", n=1) == number
    assert type(Shortfall.of("count", "{n} votes", "basis", n=1)) is Shortfall
    assert Reason.of("count", "{n} votes", "basis", n=[2]).message == "[2] votes"  # not a key: built anew
