"""Vault backup and restore: a backup restores into a new folder, opens and checks clean; a
damaged backup, a wrong passphrase or an occupied target restores nothing."""

from __future__ import annotations

import io
import tarfile

import pytest

from desktop.errors import ValidationError, VaultCorrupt, WrongPassphrase
from desktop.services import backup, cases, documents, records
from desktop.services.records import check_vault
from desktop.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(vault, roster):
    case = cases.add_case(
        vault,
        reference="BK-1",
        title="备份测试项目",
        applicant="Dr. Li",
        domains=["ai"],
        risk_level="moderate",
    )
    doc = documents.import_stream(vault, case.id, io.BytesIO(b"protocol text " * 50_000), "protocol.pdf")
    return vault, case, doc


def test_backup_restores_and_verifies(filled, tmp_path):
    vault, case, doc = filled
    seen = []
    made = backup.backup_vault(vault, tmp_path / "copy.qbackup", progress=lambda d, t: seen.append((d, t)))
    assert made.files >= 3 and seen[-1][0] == seen[-1][1]
    cases.add_case(  # written after the backup: must not be in the restored copy
        vault, reference="BK-2", title="later", applicant="x", domains=["ai"], risk_level="low"
    )
    restored = backup.restore_vault(tmp_path / "copy.qbackup", tmp_path / "restored", PASSPHRASE)
    assert restored.problems == ()
    with Vault.open(tmp_path / "restored", PASSPHRASE) as copy:
        assert check_vault(copy) == []
        assert records.verify_audit(copy).ok
        assert [c.reference for c in cases.list_cases(copy)] == ["BK-1"]
        version = documents.list_documents(copy, case.id)[0].latest
        assert bytes(documents.read_version(copy, version.id)) == b"protocol text " * 50_000
    # the recovery code opens the restored copy too
    with Vault.open(tmp_path / "restored", vault.recovery_code):
        pass


def test_verify_backup_leaves_nothing_behind(filled, tmp_path):
    vault, _case, _doc = filled
    backup.backup_vault(vault, tmp_path / "b.qbackup")
    before = set(tmp_path.iterdir())
    assert backup.verify_backup(tmp_path / "b.qbackup", PASSPHRASE).problems == ()
    assert set(tmp_path.iterdir()) == before


def _rewrite(src, dst, change):
    with tarfile.open(src) as tin, tarfile.open(dst, "w") as tout:
        for member in tin.getmembers():
            data = tin.extractfile(member).read()
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            tout.addfile(member, io.BytesIO(data))


def _flip_blob(name, data):
    if name.startswith("blobs/"):
        return data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]
    return data


def _drop_blob(name, data):
    return None if name.startswith("blobs/") else data


@pytest.mark.parametrize("change", [_flip_blob, _drop_blob])
def test_damaged_backup_restores_nothing(filled, tmp_path, change):
    vault, _case, _doc = filled
    backup.backup_vault(vault, tmp_path / "good.qbackup")
    _rewrite(tmp_path / "good.qbackup", tmp_path / "bad.qbackup", change)
    with pytest.raises(VaultCorrupt):
        backup.restore_vault(tmp_path / "bad.qbackup", tmp_path / "restored", PASSPHRASE)
    assert not (tmp_path / "restored").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".quorum-restore-")]


def test_wrong_passphrase_or_occupied_target_restores_nothing(filled, tmp_path):
    vault, _case, _doc = filled
    backup.backup_vault(vault, tmp_path / "b.qbackup")
    with pytest.raises(WrongPassphrase):
        backup.restore_vault(tmp_path / "b.qbackup", tmp_path / "restored", "not the passphrase at all")
    assert not (tmp_path / "restored").exists()
    with pytest.raises(ValidationError):
        backup.restore_vault(tmp_path / "b.qbackup", vault.folder, PASSPHRASE)
    with pytest.raises(ValidationError):
        backup.backup_vault(vault, tmp_path / "b.qbackup")  # never overwrites a file
