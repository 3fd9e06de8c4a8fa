"""Sync from the window: registry address and keys (with fingerprints shown before saving),
then Sync now; a bad keys file changes nothing; another committee's decision imported."""

from __future__ import annotations

import pytest

from desktop.signing import public_key_id
from desktop.sync import relied
from desktop.sync.config import read_keys_document, registry_config
from desktop.ui.outbox import OutboxScreen
from desktop.vault import Vault
from tests.sync.harness import Registry, configure_vault, demo_copy, demo_source
from tests.ui.conftest import SMALL_PASSPHRASE


@pytest.fixture
def registry(tmp_path):
    r = Registry(tmp_path / "registry")
    r.enrol(demo_source()["keys_file"])
    yield r
    r.close()


@pytest.fixture
def vault(tmp_path):
    with demo_copy(tmp_path) as v:
        yield v


def _run(qtbot, dialog) -> None:
    dialog.action_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_set_up_the_registry_then_sync_now(qtbot, tmp_path, vault, registry):
    registry.serve()
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    assert not screen.sync_button.isEnabled()
    screen.setup_button.click()
    dialog = screen.dialog
    assert dialog.windowTitle() == "Registry settings"
    assert "No registry keys" in dialog.fingerprints.text()
    dialog.url.setText(registry.url)
    keys_file = registry.keys_json(tmp_path)
    dialog.keys.setText(str(keys_file))
    log_key, transport_key, _tsa = read_keys_document(keys_file)
    shown = dialog.fingerprints.text()
    assert "Fingerprint:" in shown
    assert public_key_id(log_key) in shown and public_key_id(transport_key) in shown
    assert registry_config(vault).log_key is None  # shown, not yet saved
    _run(qtbot, dialog)
    assert dialog.result.text().startswith("Saved.")
    config = registry_config(vault)
    assert config.url == registry.url and config.log_key_id in shown
    dialog.close()
    assert screen.sync_button.isEnabled()
    with qtbot.waitSignal(screen.synced, timeout=20000) as blocker:
        screen.sync_button.click()
    assert blocker.args[0].confirmed == 3


def test_bad_keys_file_or_address_changes_nothing(qtbot, tmp_path, vault):
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    dialog = screen.open_registry_setup()
    bad = tmp_path / "not-keys.json"
    bad.write_text('{"format": "something else"}')
    dialog.keys.setText(str(bad))
    assert "is not a registry keys file" in dialog.banner.text()
    dialog.url.setText("ftp://nowhere")
    _run(qtbot, dialog)
    assert dialog.banner.text()
    assert registry_config(vault).url == "" and registry_config(vault).log_key is None


def test_import_another_committees_decision(qtbot, tmp_path, vault, registry, small_vault):
    registry.serve()
    configure_vault(vault, registry)
    from desktop.sync.outbox import list_outbox, sync_once

    assert sync_once(vault).confirmed == 3
    proof = relied.export_decision(vault, list_outbox(vault)[0].decision_id, tmp_path / "proof.json")
    with Vault.open(small_vault, SMALL_PASSPHRASE) as ours:
        configure_vault(ours, registry)
        screen = OutboxScreen(ours)
        qtbot.addWidget(screen)
        screen.relied_button.click()
        dialog = screen.dialog
        dialog.path.setText(str(proof))
        dialog.note.setText("multi-centre study, lead site")
        _run(qtbot, dialog)
        assert "Verified and recorded" in dialog.result.text() and "BJSTEC-2026-031" in dialog.result.text()
        assert [r.decision_id for r in relied.list_relied(ours)] == [dialog.imported.decision_id]
        _run(qtbot, dialog)  # the same file again: refused, nothing added
        assert "already recorded" in dialog.banner.text()
        assert len(relied.list_relied(ours)) == 1
        dialog.close()
