"""Regimes (STER, LSMR, both), the meeting guards of issue 12, and citations living in one place."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import signing
from desktop.cli import main
from desktop.domain import Background, Gender, Role, VoteChoice
from desktop.errors import PermissionDenied, RuleViolation, ValidationError
from desktop.models import DeadlineExtension, Member, RereviewDetermination
from desktop.rules import (
    Charter,
    Person,
    attendance_threshold,
    basis,
    composition_issues,
    decision_threshold,
    member_standing,
    quorum,
    rereview_status,
    tally,
    too_early,
    votes_incomplete,
)
from desktop.services import cases, committee, deadlines, decisions, meetings, members, rereview_list
from tests.conftest import PASSPHRASE, PIN, make_case
from tests.test_meeting_services import check_in_all, declare_all, vote_all

ROOT = Path(__file__).resolve().parent.parent
STER, LSMR, BOTH = Charter(regime="STER"), Charter(regime="LSMR"), Charter(regime="both")
A, D, AB = VoteChoice.APPROVE, VoteChoice.DISAPPROVE, VoteChoice.ABSTAIN


def ballot(approve: int, other: int = 0) -> dict[str, VoteChoice]:
    votes = {f"v{i}": A for i in range(approve)}
    votes.update({f"v{approve + i}": D for i in range(other)})
    return votes


def voters(n: int) -> list[str]:
    return [f"v{i}" for i in range(n)]


# --- Decision thresholds, per regime -----------------------------------------------------------


@pytest.mark.parametrize(
    "eligible, all_members, approve, charter, reached",
    [
        # STER: two thirds of those attending, the number itself included.
        (6, 11, 4, STER, True),
        (6, 11, 3, STER, False),
        # LSMR: more than half of ALL members, whoever attends.
        (6, 11, 6, LSMR, True),  # 6 > 11/2
        (6, 11, 5, LSMR, False),  # 5 of 11 is not more than half
        (8, 8, 5, LSMR, True),  # 5 > 8/2
        (8, 8, 4, LSMR, False),  # exactly half is not more than half
        (7, 7, 4, LSMR, True),
        # Both: the stricter. 9 of 9 attending: STER 6, LSMR 5 -> 6.
        (9, 9, 6, BOTH, True),
        (9, 9, 5, BOTH, False),
        # 5 of 11 attending: STER 4, LSMR 6 -> 6, never reachable.
        (5, 11, 5, BOTH, False),
    ],
)
def test_decision_threshold_boundaries(eligible, all_members, approve, charter, reached):
    outcome = tally(ballot(approve, eligible - approve), voters(eligible), charter, all_members)
    assert outcome.reached is reached


def test_ster_alone_needs_no_member_count_but_lsmr_does():
    assert tally(ballot(4, 2), voters(6), STER).reached
    with pytest.raises(ValidationError, match="all members"):
        tally(ballot(4, 2), voters(6), LSMR)
    with pytest.raises(ValidationError, match="cannot be fewer"):
        tally(ballot(4, 2), voters(6), LSMR, all_members=5)


def test_under_both_the_explanation_names_the_regime_that_decided():
    lsmr_wins = decision_threshold(BOTH, eligible=5, all_members=11)
    assert (lsmr_wins.needed, lsmr_wins.regime) == (6, "LSMR")
    assert lsmr_wins.basis == basis.LSMR_APPROVAL
    assert "LSMR" in lsmr_wins.reason.message and "STER asks 4" in lsmr_wins.reason.message

    ster_wins = decision_threshold(BOTH, eligible=9, all_members=9)
    assert (ster_wins.needed, ster_wins.regime, ster_wins.basis) == (6, "STER", basis.APPROVAL)
    assert "STER" in ster_wins.reason.message and "LSMR asks 5" in ster_wins.reason.message

    equal = decision_threshold(BOTH, eligible=6, all_members=7)  # STER 4, LSMR 4
    assert equal.regime == "both" and "LSMR" in equal.basis and "STER" in equal.basis

    outcome = tally(ballot(6, 3), voters(9), BOTH, 9)
    assert outcome.threshold.regime == "STER" and outcome.basis.endswith(basis.APPROVAL.split(" art. ")[1])


def test_charter_can_tighten_ster_under_both_but_lsmr_floor_stays():
    strict = replace(BOTH, approval_numerator=3, approval_denominator=4)
    # 9 attending, 9 members: STER now asks 7 (3/4), LSMR 5.
    assert decision_threshold(strict, 9, 9).needed == 7
    with pytest.raises(RuleViolation, match="looser"):
        Charter(regime="LSMR", approval_numerator=1, approval_denominator=2).validate()
    with pytest.raises(ValidationError, match="regime"):
        Charter(regime="EU").validate()
    assert Charter.from_dict({"regime": "both"}).lsmr


# --- Quorum, per regime --------------------------------------------------------------------------


def person(
    member_id, role=Role.MEMBER, backgrounds=(Background.MEDICINE,), external=False, gender=Gender.FEMALE
):
    return Person(member_id, role, frozenset(backgrounds), external, gender)


def five():
    return [
        person("chair", Role.CHAIR, {Background.SCIENCE}),
        person("vice", Role.VICE_CHAIR, {Background.ETHICS}, gender=Gender.MALE),
        person("m1", backgrounds={Background.LAW}, external=True),
        person("m2"),
        person("m3"),
    ]


def test_quorum_ster_needs_five_lsmr_needs_more_than_half_of_all():
    assert quorum(five(), STER).met
    # LSMR with 11 members: 6 must attend, 5 is one short.
    result = quorum(five(), LSMR, all_members=11)
    assert not result.met
    assert result.shortfalls[0].param_dict["missing"] == 1 and result.shortfalls[0].basis == basis.LSMR_QUORUM
    assert quorum(five(), LSMR, all_members=9).met  # 5 > 9/2
    # LSMR names no categories for attendance; STER does.
    no_external = [replace(p, external=False) for p in five()]
    assert quorum(no_external, LSMR, all_members=9).met
    assert not quorum(no_external, STER).met


def test_quorum_under_both_takes_the_larger_and_says_which():
    result = quorum(five(), BOTH, all_members=11)
    assert not result.met and result.threshold.regime == "LSMR"
    assert result.threshold.needed == 6
    small = attendance_threshold(BOTH, counted=5, all_members=7)  # STER 5, LSMR 4
    assert small.regime == "STER" and small.needed == 5


def test_composition_cites_the_regimes_the_committee_is_under():
    roster = five()[:3]
    ster = composition_issues(roster, date(2026, 1, 1), charter=STER)
    both = composition_issues(roster, date(2026, 1, 1), charter=BOTH)
    lsmr = composition_issues(roster, date(2026, 1, 1), charter=LSMR)
    assert ster[0].basis == basis.COMPOSITION
    assert lsmr[0].basis == basis.LSMR_COMPOSITION
    assert both[0].basis == basis.cite(basis.COMPOSITION, basis.LSMR_COMPOSITION)
    assert ster[0].param_dict["missing"] == both[0].param_dict["missing"] == 4  # at least 7 under each


# --- Standing, meeting day, complete votes, re-review list (pure) --------------------------------


@pytest.mark.parametrize(
    "term, on, code",
    [
        ((date(2024, 1, 1), date(2026, 6, 30)), date(2026, 6, 30), None),  # last day still serves
        ((date(2024, 1, 1), date(2026, 6, 30)), date(2026, 7, 1), "term_ended"),
        ((date(2026, 7, 1), None), date(2026, 6, 30), "term_not_started"),
        ((date(2021, 1, 1), None), date(2026, 1, 1), None),  # exactly five years
        ((date(2021, 1, 1), None), date(2026, 1, 2), "term_past_limit"),
    ],
)
def test_member_standing_boundaries(term, on, code):
    problem = member_standing("m", term, on, STER)
    assert (problem.code if problem else None) == code
    if problem:
        assert problem.basis == basis.TERM


def test_standing_of_an_inactive_member_and_lsmr_citation():
    assert (
        member_standing("m", (date(2024, 1, 1), None), date(2025, 1, 1), STER, active=False).code
        == "not_active"
    )
    ended = member_standing("m", (date(2020, 1, 1), date(2024, 1, 1)), date(2025, 1, 1), BOTH)
    assert ended.basis == basis.cite(basis.TERM, basis.LSMR_TERM)


def test_too_early_compares_calendar_days_where_the_committee_sits():
    shanghai = timezone(timedelta(hours=8))
    held = datetime(2026, 12, 1, 9, 0, tzinfo=shanghai)
    # 07:30 on the day, which is still the day before in UTC: allowed.
    assert too_early(held, datetime(2026, 11, 30, 23, 30, tzinfo=UTC), shanghai) is None
    early = too_early(held, datetime(2026, 11, 30, 15, 59, tzinfo=UTC), shanghai)  # 23:59 the day before
    assert early.code == "before_meeting_day" and early.basis == basis.MEETING_DATE
    with pytest.raises(ValidationError):
        too_early(held, datetime(2026, 12, 1), shanghai)


def test_votes_incomplete_counts_recorded_non_votes():
    assert votes_incomplete(["a", "b", "c"], ["a"], ["b"]).param_dict["members"] == "c"
    assert votes_incomplete(["a", "b", "c"], ["a", "c"], ["b"]) is None


def test_rereview_status_asks_for_a_determination_when_only_text_matches():
    text = "Clinical trial of an invasive brain–computer interface for epilepsy"
    assert rereview_status([], text).undetermined
    assert rereview_status(["STER-annex-4"], text).listed
    cleared = rereview_status([], text, {"on_list": False, "reason": "non-invasive EEG only"})
    assert not cleared.listed and not cleared.undetermined
    assert rereview_status([], text, {"on_list": True}).listed
    assert not rereview_status([], "a survey of nurses").undetermined


# --- Citations ------------------------------------------------------------------------------------


def test_citations_read_in_chinese_and_english():
    assert basis.QUORUM.text("zh") == "《科技伦理审查办法（试行）》第七条、第十四条"
    assert basis.SIMPLIFIED.text("zh") == "《科技伦理审查办法（试行）》第二十二条至第二十四条"
    assert basis.VOTING == "STER art. 14, 16"
    assert basis.text("STER art. 14, 16", "zh_CN") == "《科技伦理审查办法（试行）》第十四条、第十六条"
    assert basis.INCLUSIVE_COUNTING.text("zh").endswith("第一千二百五十九条")
    # An article number we could not verify is not shown; the topic is.
    assert basis.LSMR_APPROVAL.parts[0].confidence == basis.LOW
    assert "art." not in basis.LSMR_APPROVAL and "条" not in basis.LSMR_APPROVAL.text("zh")
    # Member recusal is not the consultants' article.
    assert basis.RECUSAL != basis.CONSULTANTS and "14" not in basis.RECUSAL


def test_every_provision_records_source_and_confidence():
    for name, citation in basis.ALL.items():
        for part in citation.parts:
            assert part.source and part.confidence in (basis.HIGH, basis.MEDIUM, basis.LOW), name


def test_regulations_doc_lists_every_provision():
    doc = (ROOT / "docs" / "regulations.md").read_text(encoding="utf-8")
    assert basis.table() in doc


ARTICLE = re.compile(
    r"\b(?:STER|LSMR|BJ|AIACT|PIPL|DSL|Civil Code)\s+(?:art|ch)\.\s*\d|第[0-9一二三四五六七八九十百千]+条"
)


def test_no_article_string_outside_basis():
    """Screens, services, documents, translations and resources take citations from basis.py."""
    offenders = []
    for folder in ("desktop", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".json", ".ts", ".md") or path == ROOT / "desktop/rules/basis.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if ARTICLE.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}")
    assert offenders == []


# --- Services: the guards -----------------------------------------------------------------------


def _lsmr(vault):
    committee.update_charter(vault, "secretary", Charter(regime="LSMR"))


def test_member_whose_term_ended_cannot_check_in_vote_or_count(vault, roster, meeting_case):
    meeting, case = meeting_case
    with vault.session() as s:
        s.get(Member, roster["Eth Zhao"]).term_end = date.today() - timedelta(days=1)
    with pytest.raises(PermissionDenied, match="term ended") as caught:
        meetings.check_in(vault, meeting.id, roster["Eth Zhao"], PIN)
    assert caught.value.params["basis"] == basis.TERM
    assert roster["Eth Zhao"] not in meetings.get_meeting(vault, meeting.id).attending
    # Checked in before the term ended (e.g. a long meeting): neither votes nor counts.
    with vault.session() as s:
        s.get(Member, roster["Eth Zhao"]).term_end = None
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    with vault.session() as s:
        s.get(Member, roster["Eth Zhao"]).term_end = date.today() - timedelta(days=1)
    with pytest.raises(PermissionDenied, match="renewal"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Eth Zhao"], "approve", PIN)
    assert roster["Eth Zhao"] not in meetings.quorum_status(vault, meeting.id, case.id).counted
    assert meetings.tally(vault, meeting.id, case.id).eligible == 6
    # A recorded renewal lets the member sit again.
    members.renew_term(
        vault, roster["Eth Zhao"], date.today() - timedelta(days=1), date.today() + timedelta(days=700)
    )
    assert roster["Eth Zhao"] in meetings.quorum_status(vault, meeting.id, case.id).counted


def test_renewal_cannot_exceed_the_term_limit(vault, roster):
    start = date(2026, 1, 1)
    with pytest.raises(ValidationError, match="at most 5 years"):
        members.renew_term(vault, roster["Law Liu"], start, date(2031, 1, 2))
    assert members.get_member(vault, roster["Law Liu"]).term_start == date(2024, 1, 1)


def test_nothing_before_the_meeting_day(vault, roster):
    case = make_case(vault)
    tomorrow = meetings.schedule_meeting(vault, datetime.now(UTC) + timedelta(days=2), [case.id])
    with pytest.raises(RuleViolation, match="scheduled for") as caught:
        meetings.check_in(vault, tomorrow.id, roster["Chair Chen"], PIN)
    assert caught.value.params["basis"] == basis.MEETING_DATE
    assert meetings.get_meeting(vault, tomorrow.id).attending == ()
    assert meetings.get_meeting(vault, tomorrow.id).status == "planned"


def test_vote_and_decision_refused_before_the_meeting_day(vault, roster):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    with vault.session() as s:  # the meeting moved to next week after the votes (a bad edit)
        from desktop.models import Meeting

        s.get(Meeting, meeting.id).held_at = datetime.now(UTC) + timedelta(days=7)
    with pytest.raises(RuleViolation, match="scheduled for"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(RuleViolation, match="scheduled for"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Consultant Qian"], "approve", PIN)
    assert decisions.decisions_for_case(vault, case.id) == []


def test_decision_waits_for_every_vote_or_recorded_non_vote(vault, roster, meeting_case):
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster, skip={"Eth Zhao"})  # 6 of 7 approve: reached already
    assert meetings.tally(vault, meeting.id, case.id).reached
    with pytest.raises(RuleViolation, match="still to vote: Eth Zhao") as caught:
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    assert caught.value.params["basis"] == basis.VOTES_COMPLETE
    assert decisions.decisions_for_case(vault, case.id) == []
    with pytest.raises(ValidationError, match="reason"):
        meetings.record_not_voting(vault, meeting.id, case.id, roster["Eth Zhao"], "  ")
    with pytest.raises(PermissionDenied, match="already voted"):
        meetings.record_not_voting(vault, meeting.id, case.id, roster["Law Liu"], "left")
    recorded = meetings.record_not_voting(vault, meeting.id, case.id, roster["Eth Zhao"], "left the room")
    assert recorded == {roster["Eth Zhao"]: "left the room"}
    with pytest.raises(PermissionDenied, match="recorded as not voting"):
        meetings.cast_vote(vault, meeting.id, case.id, roster["Eth Zhao"], "approve", PIN)
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    assert d.status == "final"
    # The record keeps who did not vote and why (the signed bundle format is unchanged).
    assert meetings.not_voting(vault, meeting.id, case.id) == {roster["Eth Zhao"]: "left the room"}
    with vault.session() as s:
        from desktop.models import AuditEvent

        kinds = [e.action for e in s.execute(select(AuditEvent)).scalars()]
    assert "vote.not_voting" in kinds


def test_lsmr_committee_counts_all_members(vault, roster, meeting_case):
    _lsmr(vault)
    meeting, case = meeting_case
    present = ["Chair Chen", "Vice Li", "Sci Zhang", "Law Liu"]  # 4 of 7 members
    check_in_all(vault, meeting, roster, names=present)
    declare_all(vault, meeting, case, roster)
    q = meetings.quorum_status(vault, meeting.id, case.id)
    assert q.met and q.threshold.regime == "LSMR" and q.threshold.needed == 4
    for name in present[:3]:
        meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
    meetings.cast_vote(vault, meeting.id, case.id, roster["Law Liu"], "disapprove", PIN)
    outcome = meetings.tally(vault, meeting.id, case.id)
    # 3 of 4 present is three quarters, but not more than half of all 7 members.
    assert not outcome.reached and outcome.needed == 4 and outcome.threshold.basis == basis.LSMR_APPROVAL
    with pytest.raises(RuleViolation, match="not reached"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")


def test_text_match_needs_a_signed_determination_before_a_decision(vault, roster):
    case = make_case(vault, title="Invasive brain–computer interface for epilepsy")
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    with pytest.raises(RuleViolation, match="STER-annex-4"):
        decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with pytest.raises(ValidationError, match="reason"):
        rereview_list.determine(vault, case.id, roster["Chair Chen"], PIN, on_list=False)
    with pytest.raises(PermissionDenied):
        rereview_list.determine(vault, case.id, roster["Law Liu"], PIN, on_list=False, reason="x")
    rereview_list.determine(
        vault,
        case.id,
        roster["Chair Chen"],
        PIN,
        on_list=False,
        reason="Scalp EEG only; nothing is implanted.",
    )
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    assert d.status == "final"
    with vault.session() as s:
        row = s.execute(select(RereviewDetermination)).scalar_one()
        signer = s.get(Member, row.signer_id)
        body = signing.verify_statement(row.statement, row.signature, signer.public_key, signer.key_algorithm)
    assert body["content"]["on_list"] is False and body["content"]["items"] == ["STER-annex-4"]


def test_determined_on_list_gives_a_preliminary_decision(vault, roster):
    case = make_case(vault, title="Invasive brain–computer interface for epilepsy")
    rereview_list.determine(vault, case.id, roster["Chair Chen"], PIN, on_list=True)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    assert d.status == "preliminary"


# --- Extension --------------------------------------------------------------------------------------


def test_extension_moves_the_limit_with_a_reason(vault):
    case = make_case(vault)
    before = cases.get_case(vault, case.id).due_at
    new = before + timedelta(days=15)
    with pytest.raises(ValidationError, match="reason"):
        deadlines.extend_deadline(vault, case.id, new, " ")
    with pytest.raises(ValidationError, match="after"):
        deadlines.extend_deadline(vault, case.id, before - timedelta(days=1), "more time")
    assert cases.get_case(vault, case.id).due_at == before
    view = deadlines.extend_deadline(vault, case.id, new, "Waiting for the sponsor's safety data.")
    assert view.due_at == new
    [ext] = deadlines.extensions(vault, case.id)
    assert (ext.previous_due, ext.new_due, ext.reason) == (
        before,
        new,
        "Waiting for the sponsor's safety data.",
    )
    with pytest.raises(ValidationError, match="current limit"):
        deadlines.extend_deadline(vault, case.id, new, "again")


def test_emergency_review_cannot_be_extended(vault):
    case = make_case(vault, procedure="emergency", public_emergency=True)
    due = cases.get_case(vault, case.id).due_at
    with pytest.raises(RuleViolation, match="cannot be extended"):
        deadlines.extend_deadline(vault, case.id, due + timedelta(days=3), "more time")
    with vault.session() as s:
        assert s.execute(select(DeadlineExtension)).first() is None


def test_cli_extends_the_limit(vault, monkeypatch, capsys):
    case = make_case(vault, reference="R-9")
    due = cases.get_case(vault, case.id).due_at
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    until = (due.astimezone() + timedelta(days=20)).date()
    code = main(
        ["case", "extend", str(folder), "R-9", "--until", until.isoformat(), "--reason", "Site visit pending"]
    )
    assert code == 0 and until.isoformat() in capsys.readouterr().out
    assert main(["case", "extend", str(folder), "R-9", "--until", "not-a-date", "--reason", "x"]) != 0
    assert "not a date" in capsys.readouterr().err
    from desktop.vault import Vault

    with Vault.open(folder, PASSPHRASE) as again:
        [ext] = deadlines.extensions(again, case.id)
        assert ext.reason == "Site visit pending" and ext.new_due.astimezone().date() == until


def test_cli_records_a_renewal(vault, roster, monkeypatch, capsys):
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    member = roster["Law Liu"]
    assert (
        main(
            ["member", "renew", str(folder), member, "--term-start", "2029-01-01", "--term-end", "2035-01-01"]
        )
        != 0
    )
    assert "at most 5 years" in capsys.readouterr().err
    assert (
        main(
            ["member", "renew", str(folder), member, "--term-start", "2029-01-01", "--term-end", "2033-12-31"]
        )
        == 0
    )
    from desktop.vault import Vault

    with Vault.open(folder, PASSPHRASE) as again:
        renewed = members.get_member(again, member)
        assert (renewed.term_start, renewed.term_end) == (date(2029, 1, 1), date(2033, 12, 31))


def test_term_warnings_60_and_30_days_ahead(vault, roster):
    from desktop.services import overview

    today = date(2028, 11, 1)  # the roster's terms end 2028-12-31: 60 days ahead
    with vault.session() as s:
        s.get(Member, roster["Law Liu"]).term_end = date(2028, 11, 20)  # 19 days: urgent
        s.get(Member, roster["Med Wu"]).term_end = None  # open-ended: the five-year limit from 2024-01-01
    warnings = {w.member_id: w for w in overview.term_warnings(vault, today)}
    assert warnings[roster["Law Liu"]].urgent and warnings[roster["Law Liu"]].days_left == 19
    assert not warnings[roster["Chair Chen"]].urgent and warnings[roster["Chair Chen"]].days_left == 60
    assert roster["Med Wu"] not in warnings  # its limit, 2029-01-01, is 61 days ahead
    # A day later the open-ended term's five-year limit comes into view too.
    later = {w.member_id: w.kind for w in overview.term_warnings(vault, date(2028, 11, 2))}
    assert later[roster["Med Wu"]] == "term_limit" and later[roster["Chair Chen"]] == "term_end"
    # 61 days before the roster's terms end, only the early one is listed.
    assert [w.member_id for w in overview.term_warnings(vault, date(2028, 10, 31))] == [roster["Law Liu"]]


def test_an_extended_limit_shows_as_extended(vault):
    from desktop.services import overview

    case = make_case(vault)
    due = cases.get_case(vault, case.id).due_at
    deadlines.extend_deadline(vault, case.id, due + timedelta(days=10), "safety data")
    [found] = overview.deadlines(vault, due + timedelta(days=5))
    assert found.kind == "decision_due_extended" and not found.overdue


def test_recusal_reading_is_a_charter_choice():
    literal = Charter(recused_in_denominator=True)
    # 7 present, 1 recused: 6 eligible. Default: 4 of 6 (2/3) approves.
    assert tally(ballot(4, 2), voters(6), STER, recused_present=1).reached
    # Literal 到会委员 keeps the recused member in the denominator: 2/3 of 7 is 5.
    outcome = tally(ballot(4, 2), voters(6), literal, recused_present=1)
    assert not outcome.reached and outcome.needed == 5
    assert tally(ballot(5, 1), voters(6), literal, recused_present=1).reached
    with pytest.raises(ValidationError, match="true or false"):
        Charter(recused_in_denominator="yes").validate()


def test_literal_recusal_reading_in_a_meeting(vault, roster, meeting_case):
    committee.update_charter(vault, "secretary", Charter(recused_in_denominator=True))
    meeting, case = meeting_case
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster, conflicted={"Sci Zhang"})
    vote_all(
        vault,
        meeting,
        case,
        roster,
        skip={"Sci Zhang"},
        overrides={"Law Liu": "disapprove", "Med Wu": "disapprove"},
    )
    outcome = meetings.tally(vault, meeting.id, case.id)
    # 4 of 6 eligible approve; with the recused member counted, 5 of 7 are needed.
    assert outcome.eligible == 6 and outcome.needed == 5 and not outcome.reached


def test_the_annual_report_shows_an_extension(vault):
    from desktop.services.reports_annual import annual_report_data

    case = make_case(vault)
    due = cases.get_case(vault, case.id).due_at
    deadlines.extend_deadline(vault, case.id, due + timedelta(days=10), "Waiting for the sponsor")
    year = cases.get_case(vault, case.id).accepted_at.astimezone().year
    data = annual_report_data(vault, year)
    [line] = data.deadlines
    assert line.extension == "Waiting for the sponsor" and line.case.reference == "C-1"
    from pypdf import PdfReader

    from desktop.documents import annual_report
    from desktop.documents.layout import SignatureInfo

    signature = SignatureInfo("Chair Chen", "chair", datetime.now(UTC), "document", "k1")
    pdf = annual_report.build(data, signature, "zh").pdf
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "已延期：Waitingforthesponsor" in re.sub(r"\s+", "", text)


# --- Objections (申诉) -------------------------------------------------------------------------------


def _decided(vault, roster, choice="disapprove"):
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster, choice=choice)
    d = decisions.record_decision(
        vault, meeting.id, case.id, roster["Chair Chen"], PIN, choice, reasons="Risks."
    )
    return case, d


def _review(vault, roster, case, choice):
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id], title="Objection review")
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster, choice=choice)
    return decisions.record_decision(
        vault, meeting.id, case.id, roster["Chair Chen"], PIN, choice, reasons="Reviewed.", supersede=True
    )


def test_an_objection_reviewed_and_upheld(vault, roster):
    from desktop.services import objections
    from desktop.services.reports import letter_data

    case, first = _decided(vault, roster)
    with pytest.raises(ValidationError, match="objection"):
        objections.record_objection(vault, first.id, date.today(), "  ")
    with pytest.raises(ValidationError, match="before the decision"):
        objections.record_objection(vault, first.id, date.today() - timedelta(days=3), "We disagree.")
    made = objections.record_objection(vault, first.id, date.today(), "The risks were overstated.")
    with pytest.raises(ValidationError, match="already waiting"):
        objections.record_objection(vault, first.id, date.today(), "Again.")
    review = _review(vault, roster, case, "disapprove")
    [closed] = objections.objections_for_case(vault, case.id)
    assert (closed.id, closed.outcome, closed.review_decision_id) == (made.id, "upheld", review.id)
    assert letter_data(vault, review.id).objection == (date.today(), "upheld")
    assert letter_data(vault, first.id).objection is None


def test_an_objection_whose_review_replaces_the_decision(vault, roster):
    from desktop.documents import decision_letter
    from desktop.documents.layout import SignatureInfo
    from desktop.services import objections
    from desktop.services.reports import letter_data

    case, first = _decided(vault, roster)
    objections.record_objection(vault, first.id, date.today(), "New safety data attached.")
    review = _review(vault, roster, case, "approve")
    assert objections.objections_for_case(vault, case.id)[0].outcome == "superseded"
    with pytest.raises(RuleViolation, match="replaced"):
        objections.record_objection(vault, first.id, date.today(), "Once more.")
    data = letter_data(vault, review.id)
    signature = SignatureInfo("Chair Chen", "chair", datetime.now(UTC), "approve", "k1")
    import io

    from pypdf import PdfReader

    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(decision_letter.build(data, signature, "zh").pdf)).pages
    )
    assert "原审查决定不再有效，以本决定为准" in re.sub(r"\s+", "", text)


def test_cli_records_an_objection(vault, roster, monkeypatch, capsys):
    from desktop.services import objections

    case, first = _decided(vault, roster)
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    today = date.today().isoformat()
    assert (
        main(["objection", "add", str(folder), first.id, "--received", today, "--text", "Please reconsider."])
        == 0
    )
    assert "recorded" in capsys.readouterr().out
    assert main(["objection", "add", str(folder), first.id, "--received", today, "--text", "Again"]) != 0
    assert "already waiting" in capsys.readouterr().err
    from desktop.vault import Vault

    with Vault.open(folder, PASSPHRASE) as again:
        [made] = objections.objections_for_case(again, case.id)
        assert made.text == "Please reconsider." and made.outcome is None


def test_documents_give_the_day_the_meeting_was_actually_held(vault, roster):
    from desktop.models import Meeting
    from desktop.services.reports import letter_data

    case = make_case(vault)
    planned = datetime.now(UTC) - timedelta(days=2)  # scheduled two days ago, held today
    meeting = meetings.schedule_meeting(vault, planned, [case.id])
    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, case, roster)
    vote_all(vault, meeting, case, roster)
    d = decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    with vault.session() as s:
        opened = s.get(Meeting, meeting.id).opened_at
    held = letter_data(vault, d.id).meeting.held_at
    assert held == opened and held.date() != planned.date()


def test_citing_several_keeps_their_order_and_drops_repeats_every_time():
    both = basis.cite(basis.QUORUM, basis.LSMR_COMPOSITION)
    assert both.parts == basis.QUORUM.parts + basis.LSMR_COMPOSITION.parts
    assert basis.cite(basis.LSMR_COMPOSITION, basis.QUORUM).parts == (
        basis.LSMR_COMPOSITION.parts + basis.QUORUM.parts
    )
    assert basis.cite(basis.QUORUM, basis.QUORUM, basis.LSMR_COMPOSITION) == both  # asked again
    assert basis.cite(basis.QUORUM, basis.QUORUM).parts == basis.QUORUM.parts
    assert str(both) == f"{basis.QUORUM}; {basis.LSMR_COMPOSITION}"
