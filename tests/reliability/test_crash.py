"""kill -9 at random points of a scripted meeting: nothing reported as done is lost.

QUORUM_CRASH_KILLS sets the number of kills (default 200; the README names a longer run).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Attendance, Case, Decision, Declaration, DocumentVersion, Meeting, OutboxItem, Vote
from desktop.services import committee, members
from desktop.services.records import verify_audit
from desktop.vault import Vault

KILLS = int(os.environ.get("QUORUM_CRASH_KILLS", "200"))
PASSPHRASE = "crash test passphrase"
PIN = "112233"
WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]

PEOPLE = [
    ("Chair", "chair", "medicine", False, "male"),
    ("Vice", "vice_chair", "ethics", False, "female"),
    ("Sci", "member", "science", False, "male"),
    ("Law", "member", "law", True, "female"),
    ("Lay", "member", "lay", True, "male"),
]


def _present(session, kind: str, ident: str) -> bool:
    if kind in ("case", "accepted"):
        case = session.get(Case, ident)
        return case is not None and (kind == "case" or case.accepted_at is not None)
    if kind == "version":
        version = session.get(DocumentVersion, ident)
        return version is not None
    if kind in ("meeting", "closed"):
        meeting = session.get(Meeting, ident)
        return meeting is not None and (kind == "meeting" or meeting.status == "closed")
    meeting_id, _, member_id = ident.partition(":")
    table = {"attendance": Attendance, "declaration": Declaration, "vote": Vote}.get(kind)
    if table is not None:
        return (
            session.execute(
                select(table.id).where(table.meeting_id == meeting_id, table.member_id == member_id)
            ).first()
            is not None
        )
    if kind == "decision":
        return (
            session.get(Decision, ident) is not None
            and session.execute(select(OutboxItem.id).where(OutboxItem.decision_id == ident)).first()
            is not None
        )
    raise AssertionError(kind)


@pytest.mark.slow
@pytest.mark.timeout(3000)
def test_kill_minus_nine_loses_nothing_reported(tmp_path):
    folder = tmp_path / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE)
    committee.setup_committee(vault, "Crash Committee", "Crash Hospital")
    ids = [
        members.enrol_member(
            vault, name=n, role=r, backgrounds=[b], external=e, gender=g, term_start=date(2024, 1, 1), pin=PIN
        ).id
        for n, r, b, e, g in PEOPLE
    ]
    vault.close()
    rng = random.Random(int(os.environ.get("QUORUM_CRASH_SEED", "20261126")))
    acknowledged: list[tuple[str, str]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kills = 0
    startup = None
    while kills < KILLS:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), PASSPHRASE, PIN, str(kills), ",".join(ids)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        # Wait for the first acknowledgement so kills land inside the meeting, not in interpreter start-up.
        started = time.monotonic()
        first = proc.stdout.readline()
        if not first:
            pytest.fail(f"worker died before doing anything: {proc.stderr.read()[-2000:]}")
        startup = startup or time.monotonic() - started
        acknowledged.append(tuple(first.split()[1:3]))
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate()
        acknowledged += [tuple(line.split()[1:3]) for line in out.splitlines() if line.startswith("ok ")]
        kills += 1
        if kills % 20 == 0 or kills == KILLS:
            _check(folder, acknowledged)
    _check(folder, acknowledged)


def _check(folder: Path, acknowledged: list[tuple[str, str]]) -> None:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        report = verify_audit(vault)
        assert report.ok, report.problem
        with vault.session() as s:
            lost = [(kind, ident) for kind, ident in acknowledged if not _present(s, kind, ident)]
        assert not lost, f"{len(lost)} acknowledged operations lost, e.g. {lost[:3]}"
        stored = vault.blobs.all_ids()
        with vault.session() as s:
            referenced = set(s.execute(select(DocumentVersion.blob_id)).scalars())
        assert referenced == stored, "content lost, or an orphan left after a crash"
    finally:
        vault.close()
