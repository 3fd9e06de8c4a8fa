"""The whole member's side from the command line: enrol with a QR code, receive, review, return."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.cli import main
from desktop.services import committee, documents, meetings, members
from desktop.vault import Vault
from tests.conftest import PASSPHRASE, PIN, make_case
from tests.packets.conftest import MEMBER_PASSPHRASE, PROTOCOL_TEXT

NUMBER = re.compile(r"(\d{5}(?: \d{5}){5})")


@pytest.fixture
def committee_vault(tmp_path, monkeypatch):
    monkeypatch.setenv("QUORUM_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "committee"
    vault, _ = Vault.create(folder, PASSPHRASE)
    with vault:
        committee.setup_committee(vault, "Test Committee", "Test Hospital")
        member = members.enrol_member(
            vault,
            name="Sci Zhang",
            role="member",
            backgrounds=["science"],
            external=False,
            gender="male",
            term_start=date(2024, 1, 1),
            pin=PIN,
        )
        case = make_case(vault)
        documents.import_stream(vault, case.id, io.BytesIO(PROTOCOL_TEXT), "protocol.pdf", title="Protocol")
        meeting = meetings.schedule_meeting(vault, datetime.now(UTC) + timedelta(days=2), [case.id])
    return folder, member.id, meeting.id, case


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_member_side_round_trip_from_the_command_line(tmp_path, committee_vault, capsys):
    folder, member_id, meeting_id, case = committee_vault
    secret = tmp_path / "member-pass.txt"
    secret.write_text(MEMBER_PASSPHRASE + "\n")
    mv = tmp_path / "members" / "zhang"
    m = ("--passphrase-file", secret)

    code, out, _ = run(capsys, "member-vault", "init", mv, *m, "--name", "Sci Zhang")
    assert code == 0 and "Recovery code" in out
    code, out, _ = run(capsys, "member-vault", "request", mv, *m, "--out", tmp_path / "req.json")
    assert code == 0
    member_number = NUMBER.search(out).group(1)
    if shutil.which("zbarimg"):  # the QR code carries exactly the request file
        scanned = subprocess.run(
            ["zbarimg", "-q", "--raw", str(tmp_path / "req.png")], capture_output=True, check=True
        ).stdout.strip()
        assert scanned == (tmp_path / "req.json").read_bytes()

    code, out, _ = run(
        capsys,
        "member",
        "enrol-device",
        folder,
        tmp_path / "req.json",
        "--member",
        member_id,
        "--out",
        tmp_path / "reply.json",
    )
    assert code == 0 and "moved from the shared-laptop" in out
    numbers = NUMBER.findall(out)
    assert numbers[0] == member_number
    code, out, _ = run(capsys, "member-vault", "import-reply", mv, *m, tmp_path / "reply.json")
    assert code == 0 and NUMBER.search(out).group(1) == numbers[1]

    code, out, _ = run(capsys, "packets", "issue", folder, "--meeting", meeting_id, "--out", tmp_path / "out")
    assert code == 0
    (packet_path,) = (tmp_path / "out").glob("*.qpk")
    code, out, _ = run(capsys, "member-vault", "receive", mv, *m, packet_path)
    assert code == 0
    packet_id = re.search(r"Packet ([0-9a-f]{32})", out).group(1)
    code, out, _ = run(capsys, "member-vault", "show", mv, *m, packet_id)
    assert "declare first" in out and "document" not in out
    assert run(capsys, "member-vault", "declare", mv, *m, packet_id, case.reference, "--no-conflict")[0] == 0
    code, out, _ = run(capsys, "member-vault", "show", mv, *m, packet_id)
    doc_id = re.search(r"document ([0-9a-f]{32})", out).group(1)
    code, out, _ = run(capsys, "member-vault", "read", mv, *m, packet_id, doc_id)
    assert hashlib.sha256(PROTOCOL_TEXT).hexdigest() in out
    code, out, _ = run(
        capsys, "member-vault", "answer", mv, *m, packet_id, case.reference, "nonexistent.item", "yes"
    )
    assert code == 2 and out == "" and len(_.strip().splitlines()) == 1
    assert run(capsys, "member-vault", "comment", mv, *m, packet_id, case.reference, "Looks sound.")[0] == 0
    code, out, _ = run(capsys, "member-vault", "respond", mv, *m, packet_id, "--out", tmp_path / "resp.qrs")
    assert code == 0 and "2 signed statements" in out

    code, out, _ = run(capsys, "packets", "import-response", folder, tmp_path / "resp.qrs")
    assert code == 0 and "1 declaration(s)" in out and "1 comment(s)" in out
    code, out, err = run(capsys, "packets", "import-response", folder, tmp_path / "resp.qrs")
    assert code == 2 and err.strip() == "quorum: This response was already imported; nothing changed."

    code, out, _ = run(
        capsys, "packets", "revoke", folder, "--meeting", meeting_id, "--out", tmp_path / "rev.qrv"
    )
    assert code == 0
    code, out, _ = run(capsys, "member-vault", "import-revocation", mv, *m, tmp_path / "rev.qrv")
    assert code == 0 and "1 packet(s) destroyed" in out
    code, out, err = run(capsys, "member-vault", "show", mv, *m, packet_id)
    assert code == 2 and "destroyed" in err


def test_member_commands_refuse_the_committee_vault(committee_vault, capsys):
    folder, *_ = committee_vault
    code, _out, err = run(capsys, "member-vault", "packets", folder)
    assert code == 2 and "committee's vault" in err
