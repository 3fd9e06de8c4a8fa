"""Each bad packet or response is refused with one clear line and changes neither vault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from desktop import custody
from desktop.errors import PacketRefused
from desktop.models import (
    AuditEvent,
    ChecklistResponse,
    Declaration,
    DiscussionNote,
    Member,
    MemberIdentity,
    PacketIssued,
    ReceivedPacket,
    ResponseImported,
    ReviewStatement,
)
from desktop.services import devices as device_service
from desktop.services import member_review, member_vault, packets
from tests.packets.conftest import enrol


def state(vault):
    """Everything an import could change: row counts of the tables it writes, files kept."""
    with vault.session() as s:
        counts = tuple(
            s.execute(select(func.count()).select_from(model)).scalar()
            for model in (
                AuditEvent,
                Declaration,
                ChecklistResponse,
                DiscussionNote,
                ResponseImported,
                ReceivedPacket,
                ReviewStatement,
                PacketIssued,
                Member,
            )
        )
    store = vault.folder / "packets"
    return counts, sorted(p.name for p in store.iterdir()) if store.exists() else []


def refused(vaults, match, call):
    before = [state(v) for v in vaults]
    with pytest.raises(PacketRefused, match=match) as info:
        call()
    assert "\n" not in str(info.value)
    assert [state(v) for v in vaults] == before


def test_packet_for_another_member_is_refused(vault, devices, issued):
    side = devices["Sci Zhang"]
    refused(
        [vault, side.vault],
        "addressed to another member",
        lambda: member_vault.import_packet(side.vault, issued["Law Liu"]),
    )


@pytest.mark.parametrize("where", ["header", "bulk", "end"])
def test_tampered_packet_is_refused(vault, devices, issued, where):
    side = devices["Sci Zhang"]
    path = issued["Sci Zhang"]
    data = bytearray(path.read_bytes())
    header_end = data.index(b"\n")
    offset = {"header": header_end // 2, "bulk": header_end + 200, "end": len(data) - 3}[where]
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    refused([vault, side.vault], "altered|not a Quorum", lambda: member_vault.import_packet(side.vault, path))


def test_packet_signed_by_another_key_is_refused(vault, devices, issued, monkeypatch):
    side = devices["Sci Zhang"]
    with side.vault.session() as s:
        me = s.execute(select(MemberIdentity)).scalar_one()
        me.committee_signing_public = custody.SoftwareSigner(custody.new_software_key()).public_key
    refused(
        [vault, side.vault],
        "not signed by your committee",
        lambda: member_vault.import_packet(side.vault, issued["Sci Zhang"]),
    )


def test_replayed_packet_is_refused(vault, devices, issued):
    side = devices["Sci Zhang"]
    member_vault.import_packet(side.vault, issued["Sci Zhang"])
    refused(
        [vault, side.vault], "replay", lambda: member_vault.import_packet(side.vault, issued["Sci Zhang"])
    )


def test_older_packet_for_the_same_meeting_is_a_replay(vault, scheduled, devices, tmp_path):
    meeting, _case, _doc = scheduled
    side = devices["Sci Zhang"]
    first = packets.issue_packets(vault, meeting.id, tmp_path / "first", member_ids=[side.member_id]).issued[
        0
    ]
    second = packets.issue_packets(
        vault, meeting.id, tmp_path / "second", member_ids=[side.member_id]
    ).issued[0]
    member_vault.import_packet(side.vault, second.path)
    refused(
        [vault, side.vault],
        "older one is a replay",
        lambda: member_vault.import_packet(side.vault, first.path),
    )


def test_expired_packet_is_refused(vault, devices, issued):
    side = devices["Sci Zhang"]
    with vault.session() as s:
        expires = s.execute(select(PacketIssued.expires_at)).scalars().first()
    refused(
        [vault, side.vault],
        "expired",
        lambda: member_vault.import_packet(
            side.vault, issued["Sci Zhang"], now=expires + timedelta(minutes=1)
        ),
    )


def test_revoked_packet_is_refused_when_it_arrives_later(vault, scheduled, devices, issued, tmp_path):
    meeting, _case, _doc = scheduled
    side = devices["Sci Zhang"]
    packets.revoke_packets(vault, tmp_path / "revoke.qrv", meeting_id=meeting.id)
    member_vault.import_revocation(side.vault, (tmp_path / "revoke.qrv").read_bytes())
    refused(
        [vault, side.vault], "revoked", lambda: member_vault.import_packet(side.vault, issued["Sci Zhang"])
    )


def test_forged_revocation_is_refused(vault, devices, issued, tmp_path):
    from desktop.packets import packet as packet_file

    side = devices["Sci Zhang"]
    member_vault.import_packet(side.vault, issued["Sci Zhang"])
    forged = packet_file.make_revocation(
        {"committee_id": "x", "packet_ids": ["y"], "revoked_at": "z"},
        custody.SoftwareSigner(custody.new_software_key()),
    )
    refused(
        [vault, side.vault],
        "not signed by your committee",
        lambda: member_vault.import_revocation(side.vault, forged),
    )


def _response(side, issued, case_id):
    packet = member_vault.import_packet(side.vault, issued[side.name])
    member_review.declare(side.vault, packet.packet_id, case_id, False)
    out = side.vault.folder.parent / f"{side.name}.qrs"
    member_review.write_response(side.vault, packet.packet_id, out)
    return out.read_bytes()


def test_response_signed_by_a_key_that_is_not_enrolled_is_refused(vault, scheduled, devices, issued):
    _meeting, case, _doc = scheduled
    side = devices["Sci Zhang"]
    packet = member_vault.import_packet(side.vault, issued["Sci Zhang"])
    member_review.declare(side.vault, packet.packet_id, case.id, False)
    rogue = custody.new_software_key()
    with side.vault.session() as s:  # someone signs with a key of their own, not the enrolled one
        me = s.execute(select(MemberIdentity)).scalar_one()
        me.signing_private = rogue.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    out = side.vault.folder.parent / "rogue.qrs"
    member_review.write_response(side.vault, packet.packet_id, out)
    refused([vault], "not enrolled", lambda: packets.import_response(vault, out.read_bytes()))


def test_response_from_a_member_who_moved_devices_is_refused(vault, scheduled, devices, issued, tmp_path):
    _meeting, case, _doc = scheduled
    side = devices["Sci Zhang"]
    data = _response(side, issued, case.id)
    newer = enrol(vault, side.member_id, side.name, tmp_path / "new-laptop")
    try:
        refused([vault], "moved devices", lambda: packets.import_response(vault, data))
    finally:
        newer.vault.close()


def test_same_response_twice_changes_nothing(vault, scheduled, devices, issued):
    _meeting, case, _doc = scheduled
    data = _response(devices["Sci Zhang"], issued, case.id)
    packets.import_response(vault, data)
    refused([vault], "already imported", lambda: packets.import_response(vault, data))


def test_tampered_response_is_refused(vault, scheduled, devices, issued):
    _meeting, case, _doc = scheduled
    data = bytearray(_response(devices["Sci Zhang"], issued, case.id))
    data[len(data) // 2] ^= 0x01 if chr(data[len(data) // 2]) not in "AB" else 0x03
    refused([vault], "altered|not a Quorum|damaged", lambda: packets.import_response(vault, bytes(data)))


def test_response_sealed_to_another_committee_is_refused(vault, scheduled, devices, issued):
    from desktop.models import CommitteePacketKey

    _meeting, case, _doc = scheduled
    data = _response(devices["Sci Zhang"], issued, case.id)
    with vault.session() as s:  # a different committee: other packet keys
        s.query(CommitteePacketKey).delete()
    refused([vault], "another committee", lambda: packets.import_response(vault, data))


def test_enrolment_request_imported_twice_is_refused(vault, roster, tmp_path):
    mv, _ = member_vault.create_member_vault(tmp_path / "m", "member vault passphrase", "Med Wu")
    with mv:
        request, _number = member_vault.enrolment_request(mv)
        device_service.enrol_device(vault, request, member_id=roster["Med Wu"])
        refused(
            [vault],
            "already imported",
            lambda: device_service.enrol_device(vault, request, member_id=roster["Med Wu"]),
        )
        tampered = request.replace(b'"name":"Med Wu"', b'"name":"Med Wo"')
        refused(
            [vault],
            "self-signature",
            lambda: device_service.enrol_device(vault, tampered, member_id=roster["Med Wu"]),
        )


def test_tampered_or_foreign_enrolment_reply_is_refused(vault, roster, tmp_path):
    mine, _ = member_vault.create_member_vault(tmp_path / "mine", "member vault passphrase", "Med Wu")
    other, _ = member_vault.create_member_vault(tmp_path / "other", "member vault passphrase", "Eth Zhao")
    with mine, other:
        request, _number = member_vault.enrolment_request(mine)
        reply = device_service.enrol_device(vault, request, member_id=roster["Med Wu"]).reply
        tampered = reply.replace(b'"role":"member"', b'"role":"chair"')
        refused([mine], "damaged or its signature", lambda: member_vault.import_reply(mine, tampered))
        refused([other], "another member's keys", lambda: member_vault.import_reply(other, reply))
        member_vault.import_reply(mine, reply)
        refused([mine], "already imported", lambda: member_vault.import_reply(mine, reply))
