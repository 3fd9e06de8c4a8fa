from desktop.ui.app import Shell, read_demo_passphrase
from desktop.ui.open_vault import recent_vaults
from desktop.vault import Vault


def test_demo_credentials_give_the_passphrase(demo):
    assert read_demo_passphrase(demo["out"] / "CREDENTIALS.txt") == demo["passphrase"]


def test_shell_opens_the_demo_vault_directly_then_closes_it_back_to_the_open_window(qtbot, demo):
    shell = Shell()
    qtbot.addWidget(shell.open_window)
    shell.start(demo["vault"], demo["out"] / "CREDENTIALS.txt")
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=15_000)
    window = shell.main_window
    assert window.isVisible() and not shell.open_window.isVisible()
    assert window.current_key() == "dashboard"
    assert recent_vaults() == [str(demo["vault"].resolve())]

    window.close_action.trigger()  # Ctrl+W
    assert shell.vault is None and shell.main_window is None
    assert shell.open_window.isVisible()
    Vault.open(demo["vault"], demo["passphrase"]).close()  # the lock was released


def test_shell_without_credentials_waits_for_the_passphrase(qtbot, demo):
    shell = Shell()
    qtbot.addWidget(shell.open_window)
    shell.start(demo["vault"])
    assert shell.open_window.folder.text() == str(demo["vault"])
    assert shell.open_window.passphrase.text() == "" and shell.main_window is None
