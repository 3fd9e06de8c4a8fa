"""A committee vault with an open meeting and three members on their own devices."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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


__all__ = ["MEMBER_PASSPHRASE", "DEVICE_MEMBERS"]
