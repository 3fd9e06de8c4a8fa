"""The window on a member's own vault: it says which vault is open and runs the review."""

from __future__ import annotations

from desktop.services import meetings, packets
from desktop.ui.main_window import MainWindow
from desktop.ui.member_packets import MemberPacketsScreen
from tests.packets.conftest import devices, issued, scheduled  # noqa: F401 (fixtures)


def test_window_names_the_kind_of_vault(qtbot, vault, devices):  # noqa: F811
    committee = MainWindow(vault)
    qtbot.addWidget(committee)
    assert committee.committee_label.text().startswith("Committee vault — Test Hospital")
    assert "packets" not in [s.key for s in committee.specs]
    member = MainWindow(devices["Sci Zhang"].vault)
    qtbot.addWidget(member)
    assert member.windowTitle() == "Member vault — Sci Zhang"
    assert member.committee_label.text().startswith("Member vault — Sci Zhang")
    assert [s.key for s in member.specs] == ["packets", "device_room"]
    assert isinstance(member.screen_for("packets"), MemberPacketsScreen)


def test_member_reviews_a_packet_in_the_window(qtbot, vault, scheduled, devices, issued, tmp_path):  # noqa: F811
    meeting, case, _doc = scheduled
    side = devices["Sci Zhang"]
    screen = MemberPacketsScreen(side.vault)
    qtbot.addWidget(screen)
    assert screen.packets.count() == 0 and not screen.respond_button.isEnabled()
    screen.import_packet(str(issued["Sci Zhang"]))
    assert screen.packets.count() == 1 and screen.cases.count() == 1
    assert screen.documents.count() == 0 and not screen.answer_buttons["yes"].isEnabled()
    screen.declare(False)
    assert screen.documents.count() == 1 and screen.answer_buttons["yes"].isEnabled()
    screen.open_document(screen.documents.item(0))
    assert screen.viewer is not None and screen.viewer.name == "protocol.pdf"
    screen.items.setCurrentRow(0)
    item_id = screen.items.currentItem().data(0x0100)
    screen.answer("no")
    assert screen.items.item(0).text() == f"{item_id}: no"
    screen.comment("Ask for the data plan.")
    assert screen.banner.text() == "Comment signed."
    out = tmp_path / "response.qrs"
    screen.write_response(str(out))
    assert "3 signed statements" in screen.banner.text()
    report = packets.import_response(vault, out.read_bytes())
    assert (report.declarations, report.answers) == (1, 1)
    assert [(r.item_id, r.answer) for r in meetings.checklist_responses(vault, case.id)] == [(item_id, "no")]


def test_a_refused_packet_shows_one_line_and_keeps_nothing(qtbot, devices, issued):  # noqa: F811
    screen = MemberPacketsScreen(devices["Sci Zhang"].vault)
    qtbot.addWidget(screen)
    screen.import_packet(str(issued["Law Liu"]))
    assert screen.banner.text() == "This packet is addressed to another member."
    assert screen.packets.count() == 0
