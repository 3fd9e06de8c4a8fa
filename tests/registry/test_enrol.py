"""Enrolment, rotation and revocation of committee keys, and the registry command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.sync.shape import BundleRejected
from registry import cli, enrol, ingest
from registry.models import CommitteeKey
from tests.sync.harness import resign_keys


def test_certificate_for_another_key_is_refused(registry, demo):
    keys = json.loads(demo["keys_file"])
    a, b = keys["members"][0], keys["members"][1]
    a["certificate_pem"] = b["certificate_pem"]
    keys["committee"]["id"] = "another"
    for m in keys["members"]:
        m["committee_id"] = "another"
    with registry.store.session() as s, pytest.raises(ValidationError, match="another key"):
        enrol.add_committee(s, json.dumps(keys).encode())


def test_enrolling_twice_or_rotating_from_another_ca_is_refused(registry, demo):
    with registry.store.session() as s, pytest.raises(ValidationError, match="already enrolled"):
        enrol.add_committee(s, demo["keys_file"])
    keys = json.loads(demo["keys_file"])
    keys["ca_certificate_pem"] = keys["members"][0]["certificate_pem"]
    with registry.store.session() as s, pytest.raises(ValidationError):
        enrol.rotate_committee(s, json.dumps(keys).encode())


def test_rotation_retires_keys_no_longer_active(registry, demo):
    keys = json.loads(demo["keys_file"])
    chair = next(m for m in keys["members"] if m["role"] == "chair")
    chair["active"] = False  # the chair's term ended after the meeting
    with registry.store.session() as s:
        assert "1 retired" in enrol.rotate_committee(s, resign_keys(keys))
        row = s.execute(select(CommitteeKey).where(CommitteeKey.key_id == chair["key_id"])).scalar_one()
        assert (row.status, row.created_at) == ("retired", chair["key_created_at"])
    # no closing manifest lists the chair's statements in it (tests/registry/test_clock.py)
    with pytest.raises(BundleRejected, match="closing manifest does not list"):
        ingest.submit(registry.store, registry.keys, demo["bundles"][0])


def test_unsigned_or_edited_keys_file_is_refused(registry, demo):
    keys = json.loads(demo["keys_file"])
    keys["members"][0]["active"] = False  # edited after the CA signed it
    with (
        registry.store.session() as s,
        pytest.raises(ValidationError, match="not signed by its committee CA"),
    ):
        enrol.rotate_committee(s, json.dumps(keys).encode())
    del keys["signature"]
    with registry.store.session() as s, pytest.raises(ValidationError, match="missing: signature"):
        enrol.rotate_committee(s, json.dumps(keys).encode())
    with registry.store.session() as s:
        assert {k.status for k in s.execute(select(CommitteeKey)).scalars()} == {"active"}


def test_registry_command_line(tmp_path, demo, capsys, monkeypatch):
    monkeypatch.setenv("QUORUM_REGISTRY_DATA", str(tmp_path / "data"))
    keys_file = tmp_path / "keys.json"
    keys_file.write_bytes(demo["keys_file"])
    assert cli.main(["keys", "init"]) == 0
    assert cli.main(["keys", "export", "--out", str(tmp_path / "registry-keys.json")]) == 0
    assert json.loads((tmp_path / "registry-keys.json").read_text())["format"] == "quorum.registry-keys/1"
    assert cli.main(["committee", "add", str(keys_file)]) == 0
    assert cli.main(["committee", "add", str(keys_file)]) == 2
    assert "already enrolled" in capsys.readouterr().err
    assert cli.main(["committee", "list"]) == 0
    assert "9 active keys of 9" in capsys.readouterr().out
    assert cli.main(["tree-head"]) == 0 and "empty" in capsys.readouterr().out
    assert cli.main(["audit"]) == 0
    assert cli.main(["import", str(keys_file), "--out", str(tmp_path / "r.json")]) == 2
    assert "carry file" in capsys.readouterr().err
    assert cli.main(["committee", "revoke", demo["committee_id"]]) == 0
