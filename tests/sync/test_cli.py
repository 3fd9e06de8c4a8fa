"""The sync subcommands of `quorum`, end to end against a registry on 127.0.0.1."""

from __future__ import annotations

import shutil

from desktop.cli import main
from registry.carry import import_carry, receipts_bytes


def test_sync_and_usb_commands(tmp_path, demo, registry, monkeypatch, capsys):
    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder)
    monkeypatch.setenv("QUORUM_PASSPHRASE", demo["passphrase"])
    monkeypatch.setenv("QUORUM_PIN", demo["pins"]["周丽"])
    keys = registry.keys_json(tmp_path)

    assert main(["sync", str(folder)]) == 2
    assert "No registry URL" in capsys.readouterr().err
    assert main(["sync-config", str(folder), "--url", "not a url"]) == 2
    assert main(["sync-config", str(folder), "--keys", str(keys)]) == 0
    assert registry.keys.log_id in capsys.readouterr().out

    assert main(["export-bundle", str(folder), "--out", str(tmp_path / "carry.json")]) == 0
    assert "Wrote 3 signed decisions" in capsys.readouterr().out
    doc = import_carry(registry.store, registry.keys, (tmp_path / "carry.json").read_bytes())
    (tmp_path / "receipts.json").write_bytes(receipts_bytes(doc))
    assert main(["import-receipts", str(folder), str(tmp_path / "receipts.json")]) == 0
    assert "3 confirmed" in capsys.readouterr().out

    registry.serve()
    assert main(["sync-config", str(folder), "--url", registry.url]) == 0
    assert main(["sync", str(folder)]) == 0
    assert "0 confirmed, 0 rejected, 0 still to send" in capsys.readouterr().out
    assert main(["outbox", str(folder)]) == 0
    assert capsys.readouterr().out.count("confirmed  leaf") == 3
