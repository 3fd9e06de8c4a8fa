"""The File menu's vault jobs, driven through the real dialogs: passphrases, recovery code,
check, committee CA, backup and restore; Qt's own buttons in Chinese; tasks outliving a dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from shiboken6 import isValid

from desktop.errors import WrongPassphrase
from desktop.keyslots import KeySlots
from desktop.ui import tasks
from desktop.ui.main_window import MainWindow
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE


@pytest.fixture
def window(qtbot, small_vault):
    vault = Vault.open(small_vault, SMALL_PASSPHRASE)
    win = MainWindow(vault)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.vault_menu.dialog is not None:
        win.vault_menu.dialog.close()
    vault.close()


def _run(qtbot, dialog) -> None:
    dialog.action_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _opens(folder: Path, secret: str) -> bool:
    try:
        KeySlots.load(folder).unlock(secret)
    except WrongPassphrase:
        return False
    return True


def test_change_passphrase_from_the_file_menu(qtbot, window):
    assert window.vault_menu.actions["change_passphrase"] in window.file_menu.actions()
    window.vault_menu.actions["change_passphrase"].trigger()
    dialog = window.vault_menu.dialog
    assert dialog.windowTitle() == "Change the vault passphrase"
    dialog.current.setText(SMALL_PASSPHRASE)
    dialog.new.setText("a brand new vault passphrase")
    dialog.again.setText("a brand new vault passphrase, typo")
    _run(qtbot, dialog)
    assert "differ" in dialog.banner.text()
    assert _opens(window.vault.folder, SMALL_PASSPHRASE)  # nothing changed
    dialog.again.setText("a brand new vault passphrase")
    _run(qtbot, dialog)
    assert dialog.result.text().startswith("Passphrase changed")
    assert _opens(window.vault.folder, "a brand new vault passphrase")
    assert not _opens(window.vault.folder, SMALL_PASSPHRASE)


def test_add_passphrase_keeps_the_first(qtbot, window):
    dialog = window.vault_menu.open("add_passphrase")
    assert dialog.current.isHidden()
    dialog.new.setText("deputy secretary passphrase")
    dialog.again.setText("deputy secretary passphrase")
    _run(qtbot, dialog)
    assert _opens(window.vault.folder, "deputy secretary passphrase")
    assert _opens(window.vault.folder, SMALL_PASSPHRASE)


def test_new_recovery_code_replaces_the_old(qtbot, tmp_path):
    vault, old_code = Vault.create(tmp_path / "v", SMALL_PASSPHRASE)
    win = MainWindow(vault)
    qtbot.addWidget(win)
    try:
        dialog = win.vault_menu.open("recovery_code")
        assert dialog.code.isHidden()
        _run(qtbot, dialog)
        code = dialog.code.text()
        assert dialog.code.isVisible() and code != old_code
        assert _opens(vault.folder, code) and not _opens(vault.folder, old_code)
        dialog.close()
    finally:
        vault.close()


def test_check_shows_the_result_in_words(qtbot, window):
    dialog = window.vault_menu.open("check")
    _run(qtbot, dialog)
    text = dialog.result.text()
    assert "The audit trail is intact" in text and "nothing is damaged" in text


def test_export_committee_ca_writes_the_certificate_and_its_fingerprint(qtbot, window, tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    dialog = window.vault_menu.open("export_ca")
    dialog.path.setText(str(tmp_path / "ca.pem"))
    _run(qtbot, dialog)
    cert = x509.load_pem_x509_certificate((tmp_path / "ca.pem").read_bytes())
    assert "测试伦理委员会" in cert.subject.rfc4514_string()
    fingerprint = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))
    assert fingerprint in dialog.result.text()


def test_backup_then_restore_from_the_window(qtbot, window, tmp_path):
    dialog = window.vault_menu.open("backup")
    assert dialog.path.text().endswith(".qbackup")  # a ready name, dated
    dialog.path.setText(str(tmp_path / "copy.qbackup"))
    _run(qtbot, dialog)
    assert (tmp_path / "copy.qbackup").is_file() and "Backed up" in dialog.result.text()
    restore = window.vault_menu.open("restore")
    restore.backup.setText(str(tmp_path / "copy.qbackup"))
    restore.target.setText(str(tmp_path / "restored"))
    restore.secret.setText("wrong passphrase entirely")
    _run(qtbot, restore)
    assert restore.banner.text() and not (tmp_path / "restored").exists()
    restore.secret.setText(SMALL_PASSPHRASE)
    _run(qtbot, restore)
    assert restore.restored_folder == str(tmp_path / "restored")
    with Vault.open(tmp_path / "restored", SMALL_PASSPHRASE) as copy:
        from desktop.services.committee import get_committee

        assert get_committee(copy).name == "测试伦理委员会"


def test_qt_own_buttons_follow_the_chinese_language(qtbot, use_language):
    use_language("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["是(&Y)", "否(&N)"]
    use_language("en")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box2)
    assert box2.buttons()[0].text() == "&Yes"


def test_a_task_outliving_its_widget_is_dropped_cleanly(qtbot):
    release, called = threading.Event(), []

    class Holder(QWidget):
        def got(self, result):
            called.append(result)

    holder = Holder()
    seen = []

    def work(_report, cancelled):
        release.wait(5)
        seen.append(cancelled())
        return "late"

    task = tasks.start(work, holder.got)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not isValid(holder), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: task not in tasks._running, timeout=5000)
    assert called == [] and seen == [True]  # the work was told to stop, and its result dropped


def test_an_error_banner_follows_a_language_switch(qtbot, use_language):
    from desktop.errors import ValidationError
    from desktop.ui.common import ErrorBanner

    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(ValidationError("A case with reference {ref} already exists.", ref="R-1"))
    assert banner.text() == "A case with reference R-1 already exists."
    use_language("zh_CN")
    assert banner.text() == "受理编号为 R-1 的项目已存在。"
