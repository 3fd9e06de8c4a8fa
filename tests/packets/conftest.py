"""A committee vault with a scheduled meeting and two members enrolled on their own devices."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from desktop.services import devices as device_service
from desktop.services import documents, meetings, member_vault, packets
from tests.conftest import PASSPHRASE, make_case

MEMBER_PASSPHRASE = "member vault passphrase"
PROTOCOL_TEXT = b"%PDF-1.4 protocol of study C-1: secret-protocol-words " + bytes(range(256)) * 4000


class Side:
    """One member's own vault, with the packet and response files of a round trip."""

    def __init__(self, vault, member_id, name):
        self.vault, self.member_id, self.name = vault, member_id, name


def enrol(committee_vault, member_id, name, folder):
    vault, _recovery = member_vault.create_member_vault(folder, MEMBER_PASSPHRASE, name)
    request, number = member_vault.enrolment_request(vault)
    result = device_service.enrol_device(committee_vault, request, member_id=member_id)
    assert result.safety_number == number
    committee_name, committee_number = member_vault.import_reply(vault, result.reply)
    assert committee_number == result.committee_number
    return Side(vault, member_id, name)


@pytest.fixture
def scheduled(vault, roster):
    """(meeting, case, document id): one case with a protocol, on a meeting in three days."""
    case = make_case(vault)
    doc = documents.import_stream(
        vault, case.id, io.BytesIO(PROTOCOL_TEXT), "protocol.pdf", title="Protocol", kind="protocol"
    )
    meeting = meetings.schedule_meeting(
        vault, datetime.now(UTC) + timedelta(days=3), [case.id], place="Room 1"
    )
    return meeting, case, doc.id


@pytest.fixture
def devices(vault, roster, scheduled, tmp_path):
    """Sci Zhang and Law Liu, each with their own member vault, enrolled by moving their keys."""
    sides = {
        name: enrol(vault, roster[name], name, tmp_path / "members" / name.replace(" ", "_"))
        for name in ("Sci Zhang", "Law Liu")
    }
    yield sides
    for side in sides.values():
        side.vault.close()


@pytest.fixture
def issued(vault, scheduled, devices, tmp_path):
    """Packets issued for the meeting: member name -> packet path."""
    meeting, _case, _doc = scheduled
    report = packets.issue_packets(vault, meeting.id, tmp_path / "out")
    return {p.member_name: p.path for p in report.issued}


__all__ = ["PASSPHRASE", "MEMBER_PASSPHRASE", "PROTOCOL_TEXT", "enrol"]
