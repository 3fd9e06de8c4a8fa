from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.open_vault import OpenVaultWindow, recent_vaults, remember_vault
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE


def _window(qtbot) -> OpenVaultWindow:
    window = OpenVaultWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _fail(qtbot, window: OpenVaultWindow, folder, passphrase: str) -> str:
    window.set_vault(folder, passphrase)
    with qtbot.waitSignal(window.failed, timeout=10_000) as blocker:
        window.open_button.click()
    return blocker.args[0]


def test_right_passphrase_opens_the_vault_and_remembers_the_folder(qtbot, small_vault):
    window = _window(qtbot)
    window.set_vault(small_vault, SMALL_PASSPHRASE)
    with qtbot.waitSignal(window.opened, timeout=10_000) as blocker:
        window.open_button.click()
    vault = blocker.args[0]
    try:
        assert isinstance(vault, Vault) and vault.folder == small_vault
    finally:
        vault.close()
    assert recent_vaults() == [str(small_vault.resolve())]
    assert window.passphrase.text() == ""  # the secret does not linger in the form
    assert window.banner.isHidden()


def test_recent_vaults_fill_the_list_and_the_folder(qtbot, tmp_path):
    remember_vault(tmp_path / "a")
    remember_vault(tmp_path / "b")
    remember_vault(tmp_path / "a")  # reopened: moves to the top, no duplicate
    window = _window(qtbot)
    assert [window.recent.item(i).text() for i in range(window.recent.count())] == [
        str((tmp_path / "a").resolve()),
        str((tmp_path / "b").resolve()),
    ]
    assert window.folder.text() == str((tmp_path / "a").resolve())
    window.recent.setCurrentRow(1)
    assert window.folder.text() == str((tmp_path / "b").resolve())


def test_wrong_passphrase_is_a_message_on_the_form(qtbot, small_vault):
    window = _window(qtbot)
    message = _fail(qtbot, window, small_vault, "not the passphrase")
    assert message == "Wrong passphrase or recovery code."
    assert window.banner.isVisible() and window.banner.text() == message
    assert window.isVisible()
    assert recent_vaults() == []


def test_wrong_passphrase_message_in_chinese(qtbot, small_vault, use_language):
    use_language("zh_CN")
    window = _window(qtbot)
    message = _fail(qtbot, window, small_vault, "not the passphrase")
    assert message == "口令或恢复码错误。"
    assert window.open_button.text().replace("&", "").startswith("打开")


def test_vault_held_by_another_opener_is_reported_as_locked(qtbot, small_vault):
    holder = Vault.open(small_vault, SMALL_PASSPHRASE)
    try:
        window = _window(qtbot)
        message = _fail(qtbot, window, small_vault, SMALL_PASSPHRASE)
    finally:
        holder.close()
    assert "open in another Quorum process" in message


def test_damaged_database_is_reported_not_raised(qtbot, small_vault):
    (small_vault / "vault.db").write_bytes(b"\0" * 8192)
    window = _window(qtbot)
    message = _fail(qtbot, window, small_vault, SMALL_PASSPHRASE)
    assert message.startswith("The vault database is damaged or is not a Quorum vault")


def test_folder_that_is_no_vault_is_reported(qtbot, tmp_path: Path):
    window = _window(qtbot)
    message = _fail(qtbot, window, tmp_path, "whatever passphrase")
    assert str(tmp_path) in message


def test_empty_fields_are_asked_for_without_opening_anything(qtbot):
    window = _window(qtbot)
    window.set_vault("", "")
    with qtbot.waitSignal(window.failed) as blocker:
        window.open_button.click()
    assert blocker.args[0] == "Choose the vault folder first."
    assert not window.overlay.busy
    window.set_vault("/some/folder", "")
    with qtbot.waitSignal(window.failed) as blocker:
        window.passphrase.returnPressed.emit()
    assert "passphrase" in blocker.args[0]


def test_language_chosen_on_the_form_switches_the_whole_window(qtbot, use_language):
    window = _window(qtbot)
    window.language.setCurrentIndex(window.language.findData("zh_CN"))
    try:
        qtbot.waitUntil(lambda: window.open_button.text() == "打开(&O)")
        assert window.passphrase.accessibleName() == "保险库口令"
    finally:
        use_language("en")
    qtbot.waitUntil(lambda: window.open_button.text() == "&Open")
    assert window.language.currentData() == "en"


def test_delete_key_forgets_a_recent_vault(qtbot, tmp_path):
    remember_vault(tmp_path / "gone")
    remember_vault(tmp_path / "kept")
    window = _window(qtbot)
    window.recent.setCurrentRow(1)
    qtbot.keyClick(window.recent, Qt.Key.Key_Delete)
    assert recent_vaults() == [str((tmp_path / "kept").resolve())]
    assert window.recent.count() == 1
