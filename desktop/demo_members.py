"""The demo's members with their own devices: a member vault each, enrolment with no network
(the key moves off the committee vault), and the packet round trip before the meeting.

Only encrypted files reach the disk: the member vaults, the packets and the responses. The
enrolment request and reply carry names, so the demo hands them over in memory.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from desktop import checklists
from desktop.services import devices, member_review, member_vault, packets
from desktop.vault import Vault

REVIEW_COMMENT = "主审意见：方案设计合理，风险控制措施可行。"


def enrol_own_devices(
    vault: Vault, out: Path, ids: dict[str, str], names: dict[str, str], echo: Callable[[str], None]
) -> dict[str, dict]:
    """A member vault under out/members/<folder>/ for each name (name -> folder); returns
    name -> {"folder", "passphrase", "member_id"}."""
    made = {}
    for name, folder_name in names.items():
        folder = out / "members" / folder_name
        passphrase = "-".join(secrets.token_hex(3) for _ in range(4))
        mv, _recovery = member_vault.create_member_vault(folder, passphrase, name)
        with mv:
            request, number = member_vault.enrolment_request(mv)
            result = devices.enrol_device(vault, request, member_id=ids[name])
            _committee, committee_number = member_vault.import_reply(mv, result.reply)
        if (result.safety_number, result.committee_number) != (number, committee_number):
            raise RuntimeError("safety numbers differ")  # cannot happen unless a file was altered
        made[name] = {"folder": folder, "passphrase": passphrase, "member_id": ids[name]}
        echo(f"  {name} enrolled their own device (safety number {number}); the sealed key left the vault")
    return made


def packet_round_trip(
    vault: Vault,
    out: Path,
    meeting_id: str,
    devices: dict[str, dict],
    reviewers: dict[str, list[str]],
    conflicts: dict[str, tuple[str, str]],
    echo: Callable[[str], None],
) -> None:
    """Issue the packets, review in each member vault, return and import the signed responses.
    ``reviewers``: case id -> reviewer names; ``conflicts``: name -> (case id, statement)."""
    carried = out / "packets"
    report = packets.issue_packets(vault, meeting_id, carried)
    echo(f"Review packets issued to {len(report.issued)} members with their own devices")
    for issued in report.issued:
        name = issued.member_name
        device = devices[name]
        with member_vault.open_member_vault(device["folder"], device["passphrase"]) as mv:
            packet = member_vault.import_packet(mv, issued.path)
            view = member_review.review(mv, packet.packet_id)
            for case in view.cases:
                conflict = conflicts.get(name)
                if conflict and conflict[0] == case.case_id:
                    member_review.declare(mv, packet.packet_id, case.case_id, True, conflict[1])
                    continue
                member_review.declare(mv, packet.packet_id, case.case_id, False)
                opened = member_review.review(mv, packet.packet_id).cases
                for doc in next(c for c in opened if c.case_id == case.case_id).documents:
                    member_review.read_document(mv, packet.packet_id, doc.document_id)[:] = b""
                if name in reviewers.get(case.case_id, []):
                    _answer_all(mv, packet.packet_id, case)
                    member_review.comment(
                        mv, packet.packet_id, case.case_id, "主审意见：方案设计合理，风险控制措施可行。"
                    )
            response = carried / f"response-{issued.packet_id[:8]}.qrs"
            _rid, count = member_review.write_response(mv, packet.packet_id, response)
        result = packets.import_response(vault, response.read_bytes())
        echo(
            f"  {name} reviewed offline and returned {count} signed statements "
            f"({result.declarations} declarations, {result.answers} checklist answers, "
            f"{result.comments} comments)"
        )


def _answer_all(mv: Vault, packet_id: str, case: member_review.CaseReview) -> None:
    shipped = checklists.load_all()
    items = {i.id: i for c in shipped.values() for i in c.items()}
    for item_id in case.checklist_items:
        item = items[item_id]
        if item.kind.value == "choice":
            member_review.answer(mv, packet_id, case.case_id, item_id, "yes", choice=item.choice_values[-1])
        else:
            member_review.answer(mv, packet_id, case.case_id, item_id, "yes")


class LoopbackRoom:
    """The meeting room on the loopback network: the committee vault hosts on 127.0.0.1 and each
    member vault joins as its own device, checking in and voting with its own key over TLS."""

    def __init__(self, vault: Vault, meeting_id: str, devices: dict[str, dict], echo: Callable[[str], None]):
        from desktop.lan.device import RoomDevice
        from desktop.lan.host import MeetingHost

        self.host = MeetingHost(vault, meeting_id, "127.0.0.1", 0)
        info = self.host.start()
        echo(f"Meeting room open on the loopback network: join code {info.code}")
        self.vaults, self.devices = [], {}
        for name, device in devices.items():
            mv = member_vault.open_member_vault(device["folder"], device["passphrase"])
            self.vaults.append(mv)
            room = RoomDevice(mv, "127.0.0.1", self.host.port, info.fingerprint[:16])
            room.connect()
            room.check_in()
            self.devices[name] = room
            echo(f"  {name} joined from their own device and checked in (signed with the device key)")

    def current(self, case_id: str) -> None:
        self.host.set_current_case(case_id)

    def vote(self, name: str, case_id: str, choice: str) -> None:
        self.devices[name].vote(case_id, choice)

    def changed(self) -> None:
        self.host.changed()

    def close(self) -> None:
        for room in self.devices.values():
            room.close()
        self.host.stop()
        for mv in self.vaults:
            mv.close()
