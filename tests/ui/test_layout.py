"""At 1366×768, in both languages, no widget's text is wider than the widget and nothing needs
a horizontal scroll bar (measured with the widgets' own font metrics)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.intake import IntakeDialog
from tests.ui.layout_check import LAPTOP, clipped
from tests.ui.test_screenshots import job_dialogs, screen_dialogs

LANGUAGES = ["en", "zh_CN"]


def _at_laptop_size(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The laptop's screen, not the test platform's: what the dialog asks for, within 1366×768.
    dialog.resize(dialog.sizeHint().boundedTo(LAPTOP))
    QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_intake_dialog_fits_its_content(qtbot, use_language, vault, roster, language):
    use_language(language)
    dialog = IntakeDialog(vault)
    _at_laptop_size(qtbot, dialog)
    content = dialog.scroll.widget().sizeHint()
    assert dialog.width() >= content.width()  # the form's two columns side by side, unclipped
    assert clipped(dialog) == []


def test_intake_dialog_remembers_its_geometry_but_never_below_its_content(qtbot, vault, roster):
    from PySide6.QtCore import QSettings

    first = IntakeDialog(vault)
    qtbot.addWidget(first)
    first.show()
    first.resize(470, 380)  # what it used to open at: lists clipped
    first.reject()
    assert QSettings().value("dialogs/IntakeDialog/geometry") is not None
    again = IntakeDialog(vault)
    qtbot.addWidget(again)
    again.show()
    area = again.screen().availableGeometry().size()
    assert again.size() == again.sizeHint().boundedTo(area)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_job_dialog_fits_its_content(qtbot, use_language, open_demo_vault, language):
    from desktop.ui.relied_import import ImportDecisionDialog
    from desktop.ui.sync_setup import RegistrySetupDialog
    from desktop.ui.vault_backup import BackupDialog, RestoreDialog
    from desktop.ui.vault_check import VaultCheckDialog
    from desktop.ui.vault_keys import PassphraseDialog, RecoveryCodeDialog
    from desktop.ui.vault_menu import ExportCaDialog

    use_language(language)
    vault = open_demo_vault
    for dialog in (
        PassphraseDialog(vault, "change"),
        PassphraseDialog(vault, "add"),
        RecoveryCodeDialog(vault),
        VaultCheckDialog(vault),
        ExportCaDialog(vault),
        BackupDialog(vault, committee="北京协和示范医院科技伦理委员会"),
        RestoreDialog(),
        RegistrySetupDialog(vault),
        ImportDecisionDialog(vault),
        *(dialog for _name, dialog in job_dialogs(vault)),
    ):
        _at_laptop_size(qtbot, dialog)
        assert dialog.windowTitle(), type(dialog).__name__
        assert clipped(dialog) == [], type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_dialog_fits_its_content(qtbot, use_language, open_demo_vault, language):
    """Schedule a meeting, enrol a member, renew a term, the PIN, the case jobs, USB export."""
    use_language(language)
    problems = {}
    for name, dialog in screen_dialogs(open_demo_vault):
        _at_laptop_size(qtbot, dialog)
        if found := clipped(dialog):
            problems[name] = found
        dialog.close()
    assert problems == {}
