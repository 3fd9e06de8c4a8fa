"""The members screen's jobs, driven through the real dialogs: edit a member,
record training, change one's own PIN
(renewing a term: tests/ui/test_members_screen.py)."""

from __future__ import annotations

import pytest

from desktop.errors import WrongPin
from desktop.services import members, records
from desktop.ui.members import MembersScreen
from tests.conftest import PIN


@pytest.fixture
def screen(qtbot, vault, roster):
    widget = MembersScreen(vault)
    qtbot.addWidget(widget)
    widget.show()
    widget.table.setCurrentIndex(widget.proxy.index(0, 0))
    return widget


def _run(qtbot, dialog) -> None:
    dialog.action_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _close(qtbot, screen, dialog) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=5000):  # the roster reloads after every job
        dialog.close()


def test_edit_a_member(qtbot, screen, vault):
    member = screen.selected_member()
    screen.actions_row.buttons["edit"].click()
    dialog = screen.actions_row.dialog
    assert dialog.fields.name.isReadOnly() and not dialog.fields.role.isEnabled()
    assert dialog.fields.pin.isHidden() and dialog.fields.term_start.isHidden()
    dialog.fields.affiliation.setText("伦理办公室")
    _run(qtbot, dialog)
    assert dialog.result.text().startswith("Saved")
    _close(qtbot, screen, dialog)
    assert members.get_member(vault, member.id).affiliation == "伦理办公室"
    assert "伦理办公室" in [screen.model.item(r, 5).text() for r in range(screen.model.rowCount())]
    assert any(e.action == "member.edit" for e in records.recent_events(vault))


def test_record_training(qtbot, screen, vault):
    member = screen.selected_member()
    screen.actions_row.buttons["training"].click()
    dialog = screen.actions_row.dialog
    _run(qtbot, dialog)  # no title: refused, nothing stored
    assert dialog.banner.text() and members.get_member(vault, member.id).training == member.training
    dialog.title.setText("科技伦理审查能力培训")
    dialog.provider.setText("北京市科委")
    dialog.hours.setValue(8)
    _run(qtbot, dialog)
    _close(qtbot, screen, dialog)
    titles = [t.title for t in members.get_member(vault, member.id).training]
    assert "科技伦理审查能力培训" in titles
    assert "科技伦理审查能力培训" in screen.training.text()


def test_change_own_pin(qtbot, screen, vault):
    member = screen.selected_member()
    screen.actions_row.buttons["pin"].click()
    dialog = screen.actions_row.dialog
    dialog.old.setText("000000-wrong")
    dialog.new.setText("246813")
    dialog.again.setText("246813")
    _run(qtbot, dialog)
    assert dialog.banner.text() and members.verify_pin(vault, member.id, PIN)
    dialog.old.setText(PIN)
    dialog.new.setText("246813")
    dialog.again.setText("246813")
    _run(qtbot, dialog)
    assert dialog.changed and dialog.old.text() == ""
    assert members.verify_pin(vault, member.id, "246813")
    with pytest.raises(WrongPin):
        members.verify_pin(vault, member.id, PIN)
