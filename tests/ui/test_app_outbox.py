"""The app sends the outbox in the background while a vault with a registry is open."""

from __future__ import annotations

from desktop.services.committee import update_settings
from desktop.ui.app import Shell
from desktop.vault import Vault
from tests.ui.conftest import SMALL_PASSPHRASE


def test_outbox_worker_runs_only_with_a_registry(qtbot, small_vault):
    shell = Shell()
    vault = Vault.open(small_vault, SMALL_PASSPHRASE)
    shell.show_main(vault)
    assert shell.outbox_worker is None  # no registry configured: nothing to send to
    shell.close_vault()

    vault = Vault.open(small_vault, SMALL_PASSPHRASE)
    update_settings(vault, "secretary", registry_url="http://127.0.0.1:9")
    shell.show_main(vault)
    worker = shell.outbox_worker
    assert worker is not None and worker._thread.is_alive()
    shell.close_vault()
    assert shell.outbox_worker is None and not worker._thread.is_alive()
    shell.open_window.close()
