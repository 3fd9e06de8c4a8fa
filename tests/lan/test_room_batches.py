"""The host's shortcuts for statements arriving together: the room state it brings up to date
from a batch's votes and the vote snapshot it keeps between batches must always equal what a
fresh read of the vault gives, whatever was written at the host in between."""

from __future__ import annotations

import time

import pytest

from desktop.rules import Charter
from desktop.services import meetings
from desktop.services import room as room_service
from desktop.services.committee import get_committee, update_charter
from tests.conftest import PIN
from tests.lan.conftest import DEVICE_MEMBERS


def _votes(devices, case_id, choice="approve"):
    out = []
    for d in devices:
        signed = d.sign("vote", {"choice": choice}, case_id)
        out.append((d.member_id, signed.statement, signed.signature))
    return out


@pytest.mark.parametrize("secret", [False, True], ids=["open ballot", "secret ballot"])
def test_room_state_brought_up_to_date_by_votes_equals_a_fresh_read(vault, hosted, secret):
    host, meeting, case, _sides, join = hosted
    if secret:
        update_charter(vault, "secretary", Charter(**{**get_committee(vault).charter, "secret_ballot": True}))
    devices = [join(name) for name in DEVICE_MEMBERS]
    for d in devices:
        d.check_in()
        d.declare(case.id, False)
    view = room_service.room_view(vault, meeting.id, case.id)
    batch = room_service.record_batch(vault, meeting.id, _votes(devices[:2], case.id))
    assert batch.only_votes and batch.head_before == view.state["audit_head"]
    view.after_votes(batch.head_after, batch.votes)
    assert view.state == room_service.room_state(vault, meeting.id, case.id)
    assert view.state["case"]["tally"]["cast"] == 2
    assert ("by_member" in view.state["case"]["tally"]) is not secret


def test_host_state_after_votes_shows_what_the_host_wrote_without_saying(vault, hosted, roster):
    """A check-in at the host's own screen that did not call host.changed(): the next batch of
    votes starts from another audit head than the kept state, so the host reads the room again."""
    host, meeting, case, _sides, join = hosted
    d, e = join("Sci Zhang"), join("Law Liu")
    for who in (d, e):
        who.check_in()
        who.declare(case.id, False)
    d.vote(case.id, "approve")
    meetings.check_in(vault, meeting.id, roster["Chair Chen"], PIN)
    e.vote(case.id, "approve")
    deadline = time.monotonic() + 5
    state = e.refresh()
    while time.monotonic() < deadline and state["case"]["tally"]["cast"] < 2:
        time.sleep(0.02)
        state = e.refresh()
    assert roster["Chair Chen"] in [p["id"] for p in state["present"]]
    assert state == room_service.room_state(vault, meeting.id, host.current_case)


def test_vote_snapshot_is_kept_between_batches_only_while_nothing_else_was_written(
    vault, hosted, monkeypatch
):
    host, meeting, case, _sides, join = hosted
    d, e, f = (join(name) for name in DEVICE_MEMBERS)
    for who in (d, e, f):
        who.check_in()
        who.declare(case.id, False)
    loads = []
    real = meetings.VoteFacts.load.__func__
    monkeypatch.setattr(
        meetings.VoteFacts, "load", classmethod(lambda cls, s, m: loads.append(m) or real(cls, s, m))
    )
    memo = room_service.BatchMemo()
    first = room_service.record_batch(vault, meeting.id, _votes([d], case.id), memo)
    assert first.results[0]["kind"] == "vote" and len(loads) == 1
    again = room_service.record_batch(vault, meeting.id, _votes([d], case.id, "disapprove"), memo)
    assert "already voted" in again.results[0].message
    assert len(loads) == 1  # nothing written since the first batch: its snapshot served
    # Written at the host, outside any batch: the snapshot no longer matches the audit head.
    meetings.record_not_voting(vault, meeting.id, case.id, f.member_id, "left the room")
    third = room_service.record_batch(vault, meeting.id, _votes([f, e], case.id), memo)
    assert "not voting" in third.results[0].message
    assert third.results[1]["kind"] == "vote" and len(loads) == 2
    assert sorted(v.member_id for v in meetings.votes(vault, meeting.id, case.id)) == sorted(
        [d.member_id, e.member_id]
    )
