"""Host and devices in one process (threads), on 127.0.0.1: the protocol's rules."""

from __future__ import annotations

import socket
import ssl
import struct

import pytest
from sqlalchemy import select

from desktop import signing
from desktop.lan import tls, wire
from desktop.lan.device import RoomDevice, RoomError
from desktop.models import AuditEvent
from desktop.rules import Charter
from desktop.services import meetings
from desktop.services.committee import get_committee, update_charter
from tests.conftest import PIN


def test_device_checks_in_declares_answers_and_votes_signed_on_the_device(vault, roster, hosted):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    assert d.state["meeting"]["id"] == meeting.id and d.state["current_case"] == case.id
    d.check_in()
    d.declare(case.id, False)
    item = d.state["case"]["checklist"][0]
    d.answer(case.id, [{"item": item["item"], "answer": "yes" if item["kind"] == "yes_no_na" else "na"}])
    d.vote(case.id, "approve")
    # The rows keep the statement the device signed, with its own key.
    with vault.session() as s:
        from desktop.models import Attendance, Vote

        vote = s.query(Vote).one()
        body = signing.SignedStatement(vote.statement, vote.signature).body
        assert body["signer"]["alg"] == "ecdsa-p256" and body["signer"]["id"] == roster["Sci Zhang"]
        assert s.query(Attendance).one().member_id == roster["Sci Zhang"]
    assert [v.member_id for v in meetings.votes(vault, meeting.id, case.id)] == [roster["Sci Zhang"]]
    state = d.refresh()
    assert state["present"][0]["id"] == roster["Sci Zhang"]
    assert state["case"]["tally"]["counts"]["approve"] == 1


def test_host_pushes_state_to_other_devices(hosted, roster):
    host, meeting, case, sides, join = hosted
    a, b = join("Sci Zhang"), join("Law Liu")
    a.check_in()
    deadline = __import__("time").monotonic() + 5
    while __import__("time").monotonic() < deadline and not b.state["present"]:
        __import__("time").sleep(0.02)
    assert [p["id"] for p in b.state["present"]] == [roster["Sci Zhang"]]
    assert {c.name for c in host.connections()} == {"Sci Zhang", "Law Liu"}


def test_replayed_statement_is_refused_and_changes_nothing(hosted, vault):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    signed = d.sign("attendance", {"video": False})
    d.submit(signed)
    with pytest.raises(RoomError) as err:
        d.submit(signed)
    assert "replay" in err.value.message
    meetings.leave(vault, meeting.id, d.member_id)
    with pytest.raises(RoomError):  # the old check-in cannot bring the member back
        d.submit(signed)
    assert meetings.get_meeting(vault, meeting.id).attending == ()


def test_cannot_vote_twice_or_after_the_decision(hosted, vault, roster):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    d.check_in()
    d.declare(case.id, False)
    d.vote(case.id, "approve")
    with pytest.raises(RoomError) as err:
        d.vote(case.id, "disapprove")
    assert "already voted" in err.value.message
    e = join("Law Liu")
    e.check_in()
    e.declare(case.id, False)
    for name in ("Chair Chen", "Vice Li", "Eth Zhao", "Lay Yang"):
        meetings.check_in(vault, meeting.id, roster[name], PIN)
        meetings.declare(vault, meeting.id, case.id, roster[name], False, pin=PIN)
        meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
    from desktop.services import decisions

    meetings.record_not_voting(vault, meeting.id, case.id, e.member_id, "stepped out")  # main's rule
    decisions.record_decision(vault, meeting.id, case.id, roster["Chair Chen"], PIN, "approve")
    host.changed()
    with pytest.raises(RoomError) as err:
        e.vote(case.id, "approve")
    assert "voting is closed" in err.value.message


def test_forged_or_foreign_statement_is_refused(hosted, vault):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    signed = d.sign("attendance", {"video": False})
    forged = signing.SignedStatement(signed.statement, bytes(reversed(signed.signature)))
    with pytest.raises(RoomError) as err:
        d.submit(forged)
    assert "signature" in err.value.message
    other = join("Law Liu")
    with pytest.raises(RoomError) as err:  # Liu sends Zhang's statement
        other.submit(signed)
    assert "another member" in err.value.message
    assert meetings.get_meeting(vault, meeting.id).attending == ()


def test_garbage_and_oversized_frames_are_refused_without_crashing(hosted):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    with d._send_lock:
        d._sock.sendall(struct.pack(">I", 4) + b"\xff\x00ab")
    answer, _ = d.request({"op": "state"})  # still connected and served
    assert answer["ok"]
    with d._send_lock:
        d._sock.sendall(struct.pack(">I", wire.MAX_FRAME + 1))
    # The host refuses and closes; the device reconnects on its own and is served again.
    assert d.refresh()["meeting"]["id"] == meeting.id
    assert any("too large" in why for _, _, why in host.refused)


def test_unenrolled_device_and_other_committee_are_refused(hosted, vault, tmp_path):
    host, meeting, case, sides, join = hosted
    from cryptography.hazmat.primitives.asymmetric import ec

    from desktop import pki

    with vault.session() as s:
        from desktop.services.committee import load_committee

        c = load_committee(s)
        ca, ca_key = c.ca_certificate_pem, c.ca_private_key_pem
    # A certificate from this committee's CA for a key no member has now.
    key = ec.generate_private_key(ec.SECP256R1())
    cert = pki.issue_member_certificate(ca, ca_key, "Stranger", "member", tls.point(key), "x")
    raw = socket.create_connection(("127.0.0.1", host.port))
    sock = tls.device_context(ca, cert, key).wrap_socket(raw)
    header = sock.recv(4)
    message = wire.decode(sock.recv(wire.frame_length(header, wire.MAX_STATE)))
    assert message["op"] == "refused" and "not enrolled" in message["error"]["message"]
    sock.close()
    # Another committee's CA: the handshake fails.
    other_ca, other_key = pki.create_ca("Another committee")
    cert2 = pki.issue_member_certificate(other_ca, other_key, "Them", "member", tls.point(key), "y")
    raw = socket.create_connection(("127.0.0.1", host.port))
    s2 = None
    try:
        with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
            s2 = tls.device_context(ca, cert2, key).wrap_socket(raw)
            s2.recv(4) or (_ for _ in ()).throw(ConnectionError())
    finally:
        (s2 or raw).close()  # TLS 1.3 completes the client's side before the host refuses
    assert host.connections() == []


def test_device_refuses_a_host_whose_key_is_not_the_join_codes(hosted):
    host, meeting, case, sides, join = hosted
    d = RoomDevice(sides["Sci Zhang"].vault, "127.0.0.1", host.port, "0" * 16)
    with pytest.raises(RoomError) as err:
        d.connect()
    assert "join code" in err.value.message


def test_secret_ballot_sends_counts_only(vault, hosted):
    host, meeting, case, sides, join = hosted
    view = get_committee(vault)
    update_charter(vault, "secretary", Charter(**{**view.charter, "secret_ballot": True}))
    d = join("Sci Zhang")
    d.check_in()
    d.declare(case.id, False)
    d.vote(case.id, "approve")
    host.changed()
    tally = d.refresh()["case"]["tally"]
    assert tally["counts"]["approve"] == 1 and "by_member" not in tally
    update_charter(vault, "secretary", Charter(**{**view.charter, "secret_ballot": False}))
    host.changed()
    assert d.refresh()["case"]["tally"]["by_member"] == {d.member_id: "approve"}


def test_host_time_is_the_record_time_device_time_stays_in_the_statement(hosted, vault):
    host, meeting, case, sides, join = hosted
    d = join("Sci Zhang")
    statement = __import__("desktop.packets.statements", fromlist=["make"]).make(
        "attendance",
        d._signer,
        committee_id=d.committee_id,
        signer_id=d.member_id,
        signer_name=d.name,
        signer_role=d.role,
        content={"video": False},
        meeting_id=meeting.id,
        audit_head=d.state["audit_head"],
        signed_at="2001-01-01T00:00:00.000000Z",  # a device clock 25 years behind
    )
    from desktop.packets import statements

    d.submit(statements.sign(statement, d._signer))
    with vault.session() as s:
        from desktop.models import Attendance

        row = s.query(Attendance).one()
        assert row.checked_in_at.year >= 2026
        assert signing.SignedStatement(row.statement, row.signature).body["signed_at"].startswith("2001")


def test_chair_signs_the_decision_on_their_own_device(hosted, vault, roster, tmp_path):
    from desktop.models import Decision
    from desktop.services import decisions
    from tests.packets.conftest import enrol

    host, meeting, case, sides, join = hosted
    chair_side = enrol(vault, roster["Chair Chen"], "Chair Chen", tmp_path / "members" / "chair")
    chair = RoomDevice(chair_side.vault, "127.0.0.1", host.port)
    chair.connect()
    try:
        d = join("Sci Zhang")
        for device in (chair, d):
            device.check_in()
            device.declare(case.id, False)
        assert chair.refresh()["case"]["presiding"] == roster["Chair Chen"]
        with pytest.raises(RoomError) as err:  # another member: refused in words
            d.decide(case.id, "approve")
        assert "Only the presiding chair" in err.value.message
        chair.vote(case.id, "approve")
        d.vote(case.id, "approve")
        with pytest.raises(RoomError) as err:  # main's guards: the quorum first
            chair.decide(case.id, "approve")
        assert "No quorum for this case" in err.value.message
        others = ("Vice Li", "Eth Zhao", "Lay Yang")
        for name in others:
            meetings.check_in(vault, meeting.id, roster[name], PIN)
            meetings.declare(vault, meeting.id, case.id, roster[name], False, pin=PIN)
        with pytest.raises(RoomError) as err:  # then every present member votes
            chair.decide(case.id, "approve")
        assert "still to vote" in err.value.message
        for name in others:
            meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
        with pytest.raises(RoomError) as err:  # the votes decided approval, not this
            chair.decide(case.id, "disapprove", reasons="no")
        assert "The votes decided approve" in err.value.message
        # A statement that does not say what the host drafts (altered after the draft) is refused.
        answer, _ = chair.request({"op": "draft_decision", "case": case.id, "decision_type": "approve"})
        altered = chair.sign("decision", {**answer["content"], "votes": []}, case.id)
        with pytest.raises(RoomError) as err:
            chair.submit(altered)
        assert "does not say what the host would record" in err.value.message
        assert decisions.decisions_for_case(vault, case.id) == []
        chair.decide(case.id, "approve")
        assert any(c.doing == "decided" for c in host.connections())
        [decision] = decisions.decisions_for_case(vault, case.id)
        assert decision.signer_id == roster["Chair Chen"] and decision.decision_type == "approve"
        with vault.session() as s:
            row = s.get(Decision, decision.id)
            body = signing.SignedStatement(row.statement, row.signature).body
            signed = signing.SignedStatement(row.statement, row.signature)
        assert body["kind"] == "decision" and body["signer"]["alg"] == "ecdsa-p256"
        assert body["content"]["decision_id"] == decision.id
        with pytest.raises(RoomError) as err:  # the same signed decision again: a replay
            chair.submit(signed)
        assert err.value.code == "duplicate"
        assert len(decisions.decisions_for_case(vault, case.id)) == 1
        assert chair.refresh()["case"]["decided"] is True
    finally:
        chair.close()
        chair_side.vault.close()


def test_statements_arriving_together_see_each_others_effects(hosted, vault):
    """One batch (one transaction): the host reads who attends once per batch, and again after a
    check-in, so a vote after its member's check-in in the same batch counts."""
    from desktop.services import room as room_service

    host, meeting, case, sides, join = hosted
    d, e = join("Sci Zhang"), join("Law Liu")
    e.check_in()
    e.declare(case.id, False)
    batch = [
        (d, d.sign("vote", {"choice": "approve"}, case.id)),  # before the check-in: refused alone
        (e, e.sign("vote", {"choice": "approve"}, case.id)),  # reads who attends: Law Liu only
        (d, d.sign("attendance", {"video": False})),
        (d, d.sign("declaration", {"has_conflict": False, "statement": ""}, case.id)),
        (d, d.sign("vote", {"choice": "disapprove"}, case.id)),
    ]
    results = room_service.record_statements(
        vault, meeting.id, [(who.member_id, s.statement, s.signature) for who, s in batch]
    )
    assert "not checked in" in results[0].message
    assert [r["kind"] for r in results[1:]] == ["vote", "attendance", "declaration", "vote"]
    assert all(r["audit_head"] == results[-1]["audit_head"] for r in results[1:])
    assert sorted((v.member_id, v.choice) for v in meetings.votes(vault, meeting.id, case.id)) == sorted(
        [(d.member_id, "disapprove"), (e.member_id, "approve")]
    )


def test_votes_in_one_batch_keep_every_vote_rule(hosted, vault, roster):
    """The host checks a batch's votes against one snapshot of the meeting that it keeps current:
    a second vote, a replay, a recused member and an undeclared member are still refused inside
    one batch, a declaration earlier in the batch counts, and the audit chain stays whole."""
    from desktop import audit
    from desktop.services import room as room_service

    host, meeting, case, sides, join = hosted
    d, e, f = join("Sci Zhang"), join("Law Liu"), join("Med Wu")
    for who in (d, e, f):
        who.check_in()
    d.declare(case.id, True, "Co-author of the applicant")
    e.declare(case.id, False)
    first = e.sign("vote", {"choice": "approve"}, case.id)
    batch = [
        (e, first),
        (e, e.sign("vote", {"choice": "disapprove"}, case.id)),  # a second vote
        (e, first),  # the same bytes again
        (d, d.sign("vote", {"choice": "approve"}, case.id)),  # recused
        (f, f.sign("vote", {"choice": "approve"}, case.id)),  # has not declared
        (f, f.sign("declaration", {"has_conflict": False, "statement": ""}, case.id)),
        (f, f.sign("vote", {"choice": "disapprove"}, case.id)),
    ]
    results = room_service.record_statements(
        vault, meeting.id, [(who.member_id, s.statement, s.signature) for who, s in batch]
    )
    assert results[0]["kind"] == "vote"
    assert "already voted" in results[1].message
    assert "already recorded" in results[2].message
    assert "recused" in results[3].message
    assert "must declare" in results[4].message
    assert [r["kind"] for r in results[5:]] == ["declaration", "vote"]
    assert sorted((v.member_id, v.choice) for v in meetings.votes(vault, meeting.id, case.id)) == sorted(
        [(e.member_id, "approve"), (f.member_id, "disapprove")]
    )
    with vault.session() as s:
        chain = audit.verify_chain(s)
        assert chain.ok, chain.problem
        cast = [
            ev.payload["member"]
            for ev in s.execute(select(AuditEvent).where(AuditEvent.action == "vote.cast")).scalars()
        ]
    assert sorted(cast) == sorted([e.member_id, f.member_id])
    assert results[-1]["audit_head"]["seq"] == chain.events
