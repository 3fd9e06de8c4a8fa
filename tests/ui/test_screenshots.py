"""Screenshots of every screen and dialog in both languages, at 1366×768.

`tools/screenshots.sh` runs this under Xvfb (a real X screen) twice, at 100% and at 200%
scaling (QT_SCALE_FACTOR=2), and keeps the PNGs in screenshots/<scale>/<language>/<name>.png;
a plain test run writes them to a temporary folder.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from desktop.ui.common import BusyOverlay
from desktop.ui.create_vault_wizard import CreateVaultWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.open_vault import OpenVaultWindow, remember_vault

SIZE = QSize(1366, 768)  # the most common hospital laptop screen


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = os.environ.get("QUORUM_SCREENSHOT_DIR")
    return Path(folder) if folder else tmp_path


def _settle(qtbot, widget) -> None:
    """Wait for background loads (busy overlays) to finish and for the paint to catch up."""
    qtbot.waitUntil(lambda: not any(o.isVisible() for o in widget.findChildren(BusyOverlay)), timeout=15_000)
    for _ in range(3):
        QCoreApplication.processEvents()


def _save(widget, path: Path) -> QImage:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path)), path
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 400
    return image


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    xs, ys = range(0, image.width(), step), range(0, image.height(), step)
    return len({image.pixel(x, y) for x in xs for y in ys})


def _render(text: str) -> QImage:
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black; font-size: 28px;")
    label.adjustSize()
    return label.grab().toImage()


def test_chinese_glyphs_render_rather_than_empty_boxes(qapp):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese), "no CJK font installed"
    first, second = _render("委"), _render("员")
    assert first != second  # missing glyphs would both draw the same box
    dark = sum(
        1
        for x in range(first.width())
        for y in range(first.height())
        if QColor(first.pixel(x, y)).lightness() < 128
    )
    assert dark > 20


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_screen_in_both_languages(qtbot, open_demo_vault, demo, shots, use_language, language):
    use_language(language)
    folder = shots / language
    remember_vault(demo["vault"])

    window = OpenVaultWindow()
    qtbot.addWidget(window)
    window.resize(QSize(760, 520))
    window.show()
    _settle(qtbot, window)
    _save(window, folder / "open_vault.png")

    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.resize(QSize(900, 640))
    wizard.show()
    _save(wizard, folder / "create_vault_wizard.png")

    main = MainWindow(open_demo_vault)
    qtbot.addWidget(main)
    main.resize(SIZE)
    main.show()
    saved = []
    for spec in main.specs:
        main.show_screen(spec.key)
        _settle(qtbot, main)
        image = _save(main, folder / f"{spec.key}.png")
        assert _colours(image) > 3, f"{spec.key} looks blank"
        saved.append(spec.key)
    assert {"dashboard", "cases", "members", "meeting", "settings"} <= set(saved)
    if language == "zh_CN":
        assert main.nav.item(0).text() == "概览"


def _dialogs(vault):
    """Every dialog a secretary opens from the window, by file name."""
    from desktop.ui.intake import IntakeDialog
    from desktop.ui.relied_import import ImportDecisionDialog
    from desktop.ui.sync_setup import RegistrySetupDialog
    from desktop.ui.vault_backup import BackupDialog, RestoreDialog
    from desktop.ui.vault_check import VaultCheckDialog
    from desktop.ui.vault_keys import PassphraseDialog, RecoveryCodeDialog
    from desktop.ui.vault_menu import ExportCaDialog

    yield "intake", IntakeDialog(vault)
    yield "change_passphrase", PassphraseDialog(vault, "change")
    yield "add_passphrase", PassphraseDialog(vault, "add")
    yield "recovery_code", RecoveryCodeDialog(vault)
    yield "check_vault", VaultCheckDialog(vault)
    yield "export_ca", ExportCaDialog(vault)
    yield "backup", BackupDialog(vault, committee="北京协和示范医院科技伦理委员会")
    yield "restore", RestoreDialog()
    yield "registry_settings", RegistrySetupDialog(vault)
    yield "import_decision", ImportDecisionDialog(vault)
    yield from job_dialogs(vault)


def job_dialogs(vault):
    """The member, case and meeting jobs' dialogs, on the demo's first member, case and decision."""
    from desktop.services import cases, decisions, meetings, members
    from desktop.ui.case_edit import EditCaseDialog
    from desktop.ui.decision_supersede import SupersedeDialog
    from desktop.ui.meeting_agenda_add import AddToAgendaDialog
    from desktop.ui.meeting_rereview import RereviewDialog
    from desktop.ui.member_edit import EditMemberDialog
    from desktop.ui.member_pin import ChangePinDialog
    from desktop.ui.member_training import TrainingDialog

    roster = members.list_members(vault)
    member = roster[0]
    decision = next(d for c in cases.list_cases(vault) for d in decisions.decisions_for_case(vault, c.id))
    yield "edit_member", EditMemberDialog(vault, member)
    yield "record_training", TrainingDialog(vault, member)
    yield "change_pin", ChangePinDialog(vault, member)
    yield "edit_case", EditCaseDialog(vault, cases.list_cases(vault)[0])
    yield "add_to_agenda", AddToAgendaDialog(vault, meetings.list_meetings(vault)[0])
    yield "rereview_opinion", RereviewDialog(vault, decision, roster[:2])
    yield "supersede", SupersedeDialog(decision)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_in_both_languages(qtbot, open_demo_vault, shots, use_language, language):
    from tests.ui.layout_check import LAPTOP

    use_language(language)
    folder = shots / language / "dialogs"
    names = []
    for name, dialog in _dialogs(open_demo_vault):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.size().boundedTo(LAPTOP))
        _settle(qtbot, dialog)
        assert dialog.windowTitle(), f"{name} has no title"
        image = _save(dialog, folder / f"{name}.png")
        assert _colours(image) > 3, f"{name} looks blank"
        names.append(name)
        dialog.close()
    assert {"intake", "backup", "registry_settings"} <= set(names)
