"""The meeting room screens: the host's live screen and a member's device, on 127.0.0.1, and
their screenshots in both languages (kept by tools/screenshots.sh under Xvfb)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from desktop.lan.device import RoomDevice
from desktop.services import meetings
from desktop.ui.meeting_device import MeetingDeviceScreen
from desktop.ui.meeting_host import MeetingHostScreen, local_addresses
from tests.conftest import PIN
from tests.lan.conftest import room  # noqa: F401 (fixture)


def _open(qtbot, vault):
    host = MeetingHostScreen(vault)
    qtbot.addWidget(host)
    host.address_box.setCurrentText("127.0.0.1")
    host.open_room()
    assert host.host is not None
    return host


def test_addresses_offered_never_include_the_wildcard():
    addresses = local_addresses()
    assert "0.0.0.0" not in addresses and addresses[-1] == "127.0.0.1"


def test_host_screen_shows_devices_and_what_they_do_live(qtbot, vault, room):  # noqa: F811
    meeting, case, sides = room
    host = _open(qtbot, vault)
    assert host.host.port > 0 and "127.0.0.1:" in host.code_label.text()
    assert host.advert is not None and host.advert.info.port == host.host.port  # announced by DNS-SD
    device = MeetingDeviceScreen(sides["Sci Zhang"].vault)
    qtbot.addWidget(device)
    code = f"127.0.0.1:{host.host.port}/{host.host.info.fingerprint[:16]}"
    assert code in host.code_label.text()
    device.join(code)
    qtbot.waitUntil(lambda: device.device is not None, timeout=10_000)
    qtbot.waitUntil(lambda: host.devices.rowCount() == 1, timeout=10_000)
    assert host.devices.item(0, 0).text() == "Sci Zhang"
    device.check_in()
    qtbot.waitUntil(lambda: host.devices.item(0, 2).text() == "checked in", timeout=10_000)
    qtbot.waitUntil(lambda: "Sci Zhang" in host.present_label.text(), timeout=10_000)
    device.declare(False)
    device.vote()
    qtbot.waitUntil(lambda: "voted on C-1" == host.devices.item(0, 2).text(), timeout=10_000)
    assert [v.member_id for v in meetings.votes(vault, meeting.id, case.id)] == [sides["Sci Zhang"].member_id]
    qtbot.waitUntil(lambda: "You have voted." in device.case_label.text(), timeout=10_000)
    assert not device.vote_button.isEnabled()
    host.close_room()
    assert host.devices.rowCount() == 0


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = os.environ.get("QUORUM_SCREENSHOT_DIR")
    return Path(folder) if folder else tmp_path


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_room_screenshots_in_both_languages(qtbot, vault, roster, room, use_language, language, shots):  # noqa: F811
    use_language(language)
    meeting, case, sides = room
    for name in ("Chair Chen", "Vice Li", "Eth Zhao", "Lay Yang"):
        meetings.check_in(vault, meeting.id, roster[name], PIN)
    host = _open(qtbot, vault)
    devices = []
    for name in ("Law Liu", "Med Wu"):
        d = RoomDevice(sides[name].vault, "127.0.0.1", host.host.port, host.host.info.fingerprint[:16])
        d.connect()
        d.check_in()
        d.declare(case.id, False)
        devices.append(d)
    devices[0].vote(case.id, "approve")
    screen = MeetingDeviceScreen(sides["Sci Zhang"].vault)
    qtbot.addWidget(screen)
    code = f"127.0.0.1:{host.host.port}/{host.host.info.fingerprint[:16]}"
    assert code in host.code_label.text()
    screen.join(code)
    qtbot.waitUntil(lambda: screen.device is not None, timeout=10_000)
    screen.check_in()
    screen.declare(False)
    qtbot.waitUntil(lambda: host.devices.rowCount() == 3, timeout=10_000)
    host.refresh_live()
    screen.items.setCurrentRow(0)
    for widget, name in ((host, "room_host"), (screen, "room_device")):
        widget.resize(QSize(1100, 760))
        widget.show()
        qtbot.wait(200)
        path = shots / language / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(path))
    present = host.present_label.text()
    assert present.startswith("出席（7）" if language == "zh_CN" else "Present (7)")
    assert "Secret" not in screen.tally_label.text() and "无记名" not in screen.tally_label.text()
    for d in devices:
        d.close()
    screen.device.close()
    host.close_room()


def test_device_answers_a_choice_item_with_a_note(qtbot, vault, roster, room):  # noqa: F811
    from datetime import UTC, datetime

    from desktop.lan.host import MeetingHost
    from desktop.models import ChecklistResponse
    from tests.conftest import make_case

    _meeting, _case, sides = room
    case = make_case(vault, "C-AI", domains=["ai"])
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case.id], place="Room 2")
    host = MeetingHost(vault, meeting.id, "127.0.0.1")
    info = host.start()
    screen = MeetingDeviceScreen(sides["Sci Zhang"].vault)
    qtbot.addWidget(screen)
    try:
        screen.join(f"127.0.0.1:{info.port}/{info.fingerprint[:16]}")
        qtbot.waitUntil(lambda: screen.device is not None, timeout=10_000)
        screen.check_in()
        screen.declare(False)
        items = screen.state["case"]["checklist"]
        row = next(i for i, item in enumerate(items) if item["kind"] == "choice")
        screen.items.setCurrentRow(row)
        assert not screen.choice_box.isHidden() and not screen.answer_buttons["no"].isEnabled()
        assert screen.choice_box.itemText(1) == "High risk"  # the choice's label, not its value
        screen.choice_box.setCurrentIndex(screen.choice_box.findData("high"))
        screen.note_edit.setText("Triage of patients: Annex III")
        screen.answer_buttons["yes"].click()
        assert screen.banner.isHidden(), screen.banner.text()
        with vault.session() as s:
            answer = s.query(ChecklistResponse).one()
            assert (answer.item_id, answer.choice, answer.note) == (
                items[row]["item"],
                "high",
                "Triage of patients: Annex III",
            )
        screen.items.setCurrentRow(0 if row else 1)  # a yes/no item: no choices, "No" offered
        assert screen.choice_box.isHidden() and screen.answer_buttons["no"].isEnabled()
    finally:
        screen.device.close()
        host.stop()


def test_only_the_presiding_member_is_offered_the_decision(qtbot, vault, roster, room, tmp_path):  # noqa: F811
    from desktop.services import decisions
    from tests.packets.conftest import enrol

    meeting, case, sides = room
    chair_side = enrol(vault, roster["Chair Chen"], "Chair Chen", tmp_path / "chair")
    host = _open(qtbot, vault)
    code = f"127.0.0.1:{host.host.port}/{host.host.info.fingerprint[:16]}"
    screens = {}
    try:
        for name, side_vault in (("Chair Chen", chair_side.vault), ("Sci Zhang", sides["Sci Zhang"].vault)):
            screen = MeetingDeviceScreen(side_vault)
            qtbot.addWidget(screen)
            screen.join(code)
            qtbot.waitUntil(lambda s=screen: s.device is not None, timeout=10_000)
            screen.check_in()
            screen.declare(False)
            screens[name] = screen
        chair, member = screens["Chair Chen"], screens["Sci Zhang"]
        qtbot.waitUntil(lambda: not chair.decide_button.isHidden(), timeout=10_000)
        assert member.decide_button.isHidden()
        chair.decide()  # no quorum yet: refused, in words, nothing recorded
        assert "No quorum for this case" in chair.banner.text()
        for name in ("Vice Li", "Eth Zhao", "Lay Yang"):
            meetings.check_in(vault, meeting.id, roster[name], PIN)
            meetings.declare(vault, meeting.id, case.id, roster[name], False, pin=PIN)
            meetings.cast_vote(vault, meeting.id, case.id, roster[name], "approve", PIN)
        for screen in screens.values():
            screen.vote()  # the vote box's first choice: approve
        chair.decide()
        assert chair.banner.isHidden(), chair.banner.text()
        [decision] = decisions.decisions_for_case(vault, case.id)
        assert decision.signer_id == roster["Chair Chen"]
        qtbot.waitUntil(lambda: chair.decide_button.isHidden(), timeout=10_000)
    finally:
        for screen in screens.values():
            screen.device.close()
        host.close_room()
        chair_side.vault.close()
