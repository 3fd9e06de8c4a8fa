"""Finding the meeting: DNS-SD on the loopback interface only, and the join code."""

from __future__ import annotations

import pytest
from zeroconf import ServiceInfo

from desktop.errors import ValidationError
from desktop.lan import discovery
from desktop.lan.device import RoomDevice, parse_code
from desktop.lan.host import MeetingHost


def test_announced_meeting_is_found_on_loopback_and_joined(vault, room):
    meeting, case, sides = room
    host = MeetingHost(vault, meeting.id, "127.0.0.1", 0)
    info = host.start()
    advert = discovery.advertise(info.__class__(**{**info.__dict__, "port": host.port}), "127.0.0.1")
    try:
        found = [f for f in discovery.browse(2.0, "127.0.0.1") if f.meeting_id == meeting.id]
        assert len(found) == 1 and found[0].fingerprint == info.fingerprint
        device = RoomDevice(sides["Sci Zhang"].vault, found[0].address, found[0].port, found[0].fingerprint)
        assert device.connect()["meeting"]["id"] == meeting.id
        device.close()
    finally:
        advert.close()
        host.stop()


def _record(**props):
    return ServiceInfo(
        discovery.SERVICE,
        f"x.{discovery.SERVICE}",
        addresses=[bytes([127, 0, 0, 1])],
        port=4000,
        properties=props,
        server="x.local.",
    )


def test_announcements_without_a_usable_fingerprint_are_ignored():
    assert discovery.parse(_record(v="1", fp="ab" * 32, committee="c", meeting="m")).port == 4000
    assert discovery.parse(_record(v="1", fp="zz" * 32)) is None
    assert discovery.parse(_record(v="1", fp="ab" * 8)) is None
    assert discovery.parse(_record(v="2", fp="ab" * 32)) is None


def test_join_code_round_trip_and_refusals():
    assert parse_code("192.168.1.20:8471/3F2A9C41E0B7D512") == ("192.168.1.20", 8471, "3f2a9c41e0b7d512")
    for bad in ("", "192.168.1.20/3f2a9c41e0b7d512", "h:0/3f2a9c41e0b7d512", "h:80/xyz", "h:80/abcd"):
        with pytest.raises(ValidationError):
            parse_code(bad)
