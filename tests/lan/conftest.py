"""A committee vault with an open meeting and three members on their own devices."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.lan.device import RoomDevice
from desktop.lan.host import MeetingHost
from desktop.services import meetings
from tests.conftest import make_case
from tests.packets.conftest import MEMBER_PASSPHRASE, enrol

DEVICE_MEMBERS = ("Sci Zhang", "Law Liu", "Med Wu")


@pytest.fixture
def room(vault, roster, tmp_path):
    """(meeting, case, {name: Side}): one case on a meeting; three members enrolled on devices."""
    case = make_case(vault)
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id], place="Room 1")
    sides = {
        name: enrol(vault, roster[name], name, tmp_path / "members" / name.replace(" ", "_"))
        for name in DEVICE_MEMBERS
    }
    yield meeting, case, sides
    for side in sides.values():
        side.vault.close()


@pytest.fixture
def hosted(vault, room):
    """(host, meeting, case, sides, join): the room served on 127.0.0.1; ``join(name)`` connects
    that member's device (closed, with the host, after the test)."""
    meeting, case, sides = room
    host = MeetingHost(vault, meeting.id, "127.0.0.1", 0)
    info = host.start()
    devices = []

    def join(name, **kw):
        d = RoomDevice(sides[name].vault, "127.0.0.1", host.port, info.fingerprint[:16], **kw)
        d.connect()
        devices.append(d)
        return d

    yield host, meeting, case, sides, join
    for d in devices:
        d.close()
    host.stop()


__all__ = ["MEMBER_PASSPHRASE", "DEVICE_MEMBERS"]
