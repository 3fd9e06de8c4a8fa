"""The host and three member apps as separate processes on 127.0.0.1: a whole meeting, a dropped
connection, a host killed with kill -9 and restarted, a replayed vote, a device of another
committee (each `quorum room host|join`, driven by JSON lines on stdin)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys

import pytest

from desktop.services import meetings
from desktop.vault import Vault
from tests.conftest import PASSPHRASE, PIN
from tests.lan.conftest import DEVICE_MEMBERS, MEMBER_PASSPHRASE


class App:
    """One `quorum` process taking JSON commands."""

    def __init__(self, *args, passphrase):
        env = {**os.environ, "QUORUM_PASSPHRASE": passphrase, "PYTHONPATH": os.getcwd()}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.first = self.read()

    def read(self) -> dict:
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read()
        return json.loads(line)

    def ask(self, **cmd) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self.read()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write('{"op": "quit"}\n')
                self.proc.stdin.flush()
                self.proc.wait(10)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            with contextlib.suppress(BrokenPipeError):  # stdin's buffer may not flush to a dead process
                pipe.close()


@pytest.fixture
def closed_vaults(vault, roster, room):
    """The vaults closed in this process so the apps can open them; paths and ids."""
    return _close(vault, roster, room)


def _close(vault, roster, room):
    meeting, case, sides = room
    folders = {name: side.vault.folder for name, side in sides.items()}
    for side in sides.values():
        side.vault.close()
    folder = vault.folder
    vault.close()
    return folder, meeting, case, folders, roster


def host_app(folder, meeting_id, port=0):
    return App(
        "room",
        "host",
        str(folder),
        "--meeting",
        meeting_id,
        "--bind",
        "127.0.0.1",
        "--port",
        str(port),
        passphrase=PASSPHRASE,
    )


def member_app(folder, code):
    return App("room", "join", str(folder), "--code", code, passphrase=MEMBER_PASSPHRASE)


def test_whole_meeting_drop_replay_kill_and_restart(closed_vaults):
    folder, meeting, case, folders, roster = closed_vaults
    host = host_app(folder, meeting.id)
    code, port = host.first["code"], host.first["port"]
    apps = {name: member_app(folders[name], code) for name in DEVICE_MEMBERS}
    try:
        for app in apps.values():
            assert app.first["ok"] and app.first["state"]["current_case"] == case.id
            assert app.ask(op="check_in")["ok"]
            assert app.ask(op="declare", case=case.id, conflict=False)["ok"]
        # Mixed room: members without a device check in, declare and vote at the host.
        for name in ("Chair Chen", "Vice Li", "Eth Zhao", "Lay Yang"):
            assert host.ask(op="check_in", member=roster[name], pin=PIN)["ok"]
            assert host.ask(op="declare", case=case.id, member=roster[name], conflict=False, pin=PIN)["ok"]
        state = apps["Sci Zhang"].ask(op="state")["state"]
        assert len(state["present"]) == 7 and state["quorum"]["met"]
        assert {c["name"] for c in host.ask(op="connections")["connections"]} == set(DEVICE_MEMBERS)

        # A vote signed but replayed: the first send records it, the same bytes again are refused.
        signed = apps["Sci Zhang"].ask(op="sign_vote", case=case.id, choice="approve")
        assert apps["Sci Zhang"].ask(
            op="replay", statement=signed["statement"], signature=signed["signature"]
        )["ok"]
        again = apps["Sci Zhang"].ask(
            op="replay", statement=signed["statement"], signature=signed["signature"]
        )
        assert not again["ok"] and "replay" in again["error"]["message"]

        # Law Liu's app drops (killed) and comes back: it gets the current state, cannot vote twice.
        assert apps["Law Liu"].ask(op="vote", case=case.id, choice="approve")["ok"]
        apps["Law Liu"].proc.kill()
        apps["Law Liu"].proc.wait()
        apps["Law Liu"].stop()  # closes its pipes
        apps["Law Liu"] = member_app(folders["Law Liu"], code)
        back = apps["Law Liu"].first["state"]
        assert roster["Law Liu"] in back["case"]["voted"]
        twice = apps["Law Liu"].ask(op="vote", case=case.id, choice="disapprove")
        assert not twice["ok"] and "already voted" in twice["error"]

        # kill -9 of the host right after it acknowledged Med Wu's signed checklist answer; a new
        # host on the same port resumes from the vault and the devices reconnect on their own.
        item = apps["Med Wu"].first["state"]["case"]["checklist"][0]
        answer = "yes" if item["kind"] == "yes_no_na" else "na"
        assert apps["Med Wu"].ask(
            op="answer", case=case.id, answers=[{"item": item["item"], "answer": answer}]
        )["ok"]
        host.proc.send_signal(signal.SIGKILL)
        host.proc.wait()
        host.stop()  # closes its pipes
        host = host_app(folder, meeting.id, port)
        assert host.first["code"] == code  # same key after a restart: the join code stays true
        after = apps["Sci Zhang"].ask(op="state")["state"]
        assert after["case"]["answered"][roster["Med Wu"]] == [item["item"]]
        assert set(after["case"]["voted"]) == {roster["Sci Zhang"], roster["Law Liu"]}

        for name in ("Chair Chen", "Vice Li", "Eth Zhao", "Lay Yang"):
            assert host.ask(op="vote", case=case.id, member=roster[name], choice="approve", pin=PIN)["ok"]
        answer = host.ask(op="not_voting", case=case.id, member=roster["Med Wu"], reason="stepped out")
        assert answer["ok"], answer
        answer = host.ask(op="decide", case=case.id, member=roster["Chair Chen"], pin=PIN, decision="approve")
        assert answer["ok"], answer
        late = apps["Med Wu"].ask(op="state")
        assert late["state"]["case"]["decided"]
        refused = apps["Med Wu"].ask(op="vote", case=case.id, choice="approve")
        assert not refused["ok"] and "voting is closed" in refused["error"], refused
    finally:
        for app in apps.values():
            app.stop()
        host.stop()
    vault = Vault.open(folder, PASSPHRASE)
    try:
        votes = meetings.votes(vault, meeting.id, case.id)
        assert len(votes) == 6  # two devices + four at the host, each once; none after the decision
        assert meetings.tally(vault, meeting.id, case.id).counts["approve"] == 6
        assert len(meetings.checklist_responses(vault, case.id)) == 1  # acknowledged before kill -9
        from desktop import audit

        with vault.session() as s:
            assert audit.verify_chain(s).ok
    finally:
        vault.close()


def test_device_of_another_committee_is_refused(closed_vaults, tmp_path):
    folder, meeting, case, folders, roster = closed_vaults
    from datetime import date

    from desktop.services import committee, members
    from tests.packets.conftest import enrol

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    committee.setup_committee(other, "Other Committee", "Other Hospital")
    m = members.enrol_member(
        other,
        name="Outsider",
        role="member",
        backgrounds=["science"],
        external=False,
        gender="male",
        term_start=date(2024, 1, 1),
        term_end=date(2028, 1, 1),
        pin=PIN,
    )
    side = enrol(other, m.id, "Outsider", tmp_path / "outsider")
    side.vault.close()
    other.close()
    host = host_app(folder, meeting.id)
    try:
        app = member_app(tmp_path / "outsider", host.first["code"])
        assert not app.first["ok"] and "committee" in app.first["error"]
        app.stop()
        assert host.ask(op="connections")["connections"] == []
    finally:
        host.stop()


def test_chair_decides_from_their_own_device(vault, roster, room, tmp_path):
    from desktop.models import Decision
    from tests.packets.conftest import enrol

    meeting, case, sides = room
    sides = {**sides, "Chair Chen": enrol(vault, roster["Chair Chen"], "Chair Chen", tmp_path / "chair")}
    folder, meeting, case, folders, roster = _close(vault, roster, (meeting, case, sides))
    host = host_app(folder, meeting.id)
    apps = {name: member_app(folders[name], host.first["code"]) for name in ("Chair Chen", "Sci Zhang")}
    try:
        for app in apps.values():
            assert app.ask(op="check_in")["ok"]
            assert app.ask(op="declare", case=case.id, conflict=False)["ok"]
        for name in ("Vice Li", "Eth Zhao", "Lay Yang"):
            assert host.ask(op="check_in", member=roster[name], pin=PIN)["ok"]
            assert host.ask(op="declare", case=case.id, member=roster[name], conflict=False, pin=PIN)["ok"]
        early = apps["Chair Chen"].ask(op="decide", case=case.id, decision="approve")
        assert not early["ok"] and "still to vote" in early["error"], early
        for app in apps.values():
            assert app.ask(op="vote", case=case.id, choice="approve")["ok"]
        for name in ("Vice Li", "Eth Zhao", "Lay Yang"):
            assert host.ask(op="vote", case=case.id, member=roster[name], choice="approve", pin=PIN)["ok"]
        member = apps["Sci Zhang"].ask(op="decide", case=case.id, decision="approve")
        assert not member["ok"] and "Only the presiding chair" in member["error"], member
        decided = apps["Chair Chen"].ask(op="decide", case=case.id, decision="approve")
        assert decided["ok"] and decided["recorded"]["kind"] == "decision", decided
        assert apps["Sci Zhang"].ask(op="state")["state"]["case"]["decided"]
    finally:
        for app in apps.values():
            app.stop()
        host.stop()
    committee = Vault.open(folder, PASSPHRASE)
    try:
        with committee.session() as s:
            row = s.query(Decision).one()
            body = json.loads(row.statement)
        assert row.signer_id == roster["Chair Chen"] and row.decision_type == "approve"
        assert body["signer"]["alg"] == "ecdsa-p256" and body["content"]["decision_id"] == row.id
    finally:
        committee.close()
