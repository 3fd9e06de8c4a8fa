"""Back up the vault to one encrypted file, and restore one into a new folder.

The copy is as encrypted as the vault: the database is copied page by page with SQLite's
online backup (same SQLCipher key, a consistent snapshot while the vault stays open), the
document chunks and keyslots.json as they are. A manifest lists every file's SHA-256 and is
sealed with an HMAC under a key derived from the vault's data key, so a restore proves, after
the passphrase unlocks the copy, that no file was swapped, cut or added.

Nothing is restored over an existing vault: the copy is unpacked beside the target, checked
(every page, every chunk, the audit trail) and only then renamed into place.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.errors import ValidationError, VaultCorrupt
from desktop.keyslots import KeySlots
from desktop.vault import BLOB_DIR, DB_FILE, Vault, head_revision, vault_exists

FORMAT = "quorum-backup-1"
MANIFEST = "manifest.json"
SUFFIX = ".qbackup"
_STEP = 1 << 20

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupReport:
    path: str
    files: int
    size: int
    vault_id: str
    created: str


@dataclass(frozen=True)
class RestoreReport:
    folder: str
    files: int
    created: str
    problems: tuple[str, ...]  # from check_vault on the restored copy; empty when intact


def _manifest_key(data_key: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"quorum backup manifest")
    return hkdf.derive(data_key)


def _seal(body: dict, data_key: bytes) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hmac.new(_manifest_key(data_key), canonical, hashlib.sha256).hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_STEP), b""):
            digest.update(block)
    return digest.hexdigest()


def _snapshot_database(vault: Vault, target: Path) -> None:
    """A consistent copy of vault.db under the same key, taken while the vault stays open."""
    import sqlcipher3

    raw = vault.engine.raw_connection()
    try:
        copy = sqlcipher3.dbapi2.connect(str(target))
        try:
            copy.execute(f"PRAGMA key = \"x'{vault._data_key.hex()}'\"")
            raw.driver_connection.backup(copy)
        finally:
            copy.close()
    finally:
        raw.close()


def backup_vault(vault: Vault, out: str | Path, progress: Progress | None = None) -> BackupReport:
    """Write an encrypted copy of the open vault to ``out`` (a new file)."""
    out = Path(out)
    if out.exists():
        raise ValidationError("{path} already exists; choose a new file name.", path=str(out))
    if not out.parent.is_dir():
        raise ValidationError("No folder {path}.", path=str(out.parent))
    report = progress or (lambda _done, _total: None)
    with tempfile.TemporaryDirectory(prefix=".quorum-backup-", dir=out.parent) as work:
        snapshot = Path(work) / DB_FILE
        _snapshot_database(vault, snapshot)
        # Chunks never change once written, and the snapshot was taken first, so every chunk it
        # names is already on disk; a chunk written since is an orphan the restore will sweep.
        files: list[tuple[str, Path]] = [(DB_FILE, snapshot), (KeySlots.FILE, vault.folder / KeySlots.FILE)]
        blob_root = vault.folder / BLOB_DIR
        for path in sorted(blob_root.rglob("*.qb")):
            files.append((f"{BLOB_DIR}/{path.relative_to(blob_root).as_posix()}", path))
        total = sum(p.stat().st_size for _n, p in files)
        body = {
            "format": FORMAT,
            "vault_id": vault.slots.vault_id,
            "schema": head_revision(),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": {name: _sha256(path) for name, path in files},
        }
        manifest = dict(body, mac=_seal(body, vault._data_key))
        partial = out.with_name(f".{out.name}.part")
        done = 0
        try:
            with tarfile.open(partial, "w") as tar:
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
                for name, path in files:
                    tar.add(path, arcname=name, recursive=False)
                    done += path.stat().st_size
                    report(done, total)
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, out)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return BackupReport(str(out), len(files), out.stat().st_size, body["vault_id"], body["created"])


def _read_manifest(tar: tarfile.TarFile) -> dict:
    try:
        member = tar.getmember(MANIFEST)
        manifest = json.loads(tar.extractfile(member).read().decode("utf-8"))
        if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
            raise ValueError(manifest.get("format"))
    except (KeyError, ValueError, AttributeError, UnicodeDecodeError):
        raise VaultCorrupt(detail="the backup has no readable manifest") from None
    return manifest


def _safe_name(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


def restore_vault(
    backup: str | Path, target: str | Path, secret: str, progress: Progress | None = None
) -> RestoreReport:
    """Unpack ``backup`` into the new folder ``target`` after proving it whole with ``secret``
    (a passphrase or the recovery code of the backed-up vault), then check every page, chunk and
    the audit trail of the restored copy. Nothing is written at ``target`` unless all of it holds."""
    backup, target = Path(backup), Path(target)
    if vault_exists(target) or (target.exists() and any(target.iterdir())):
        raise ValidationError("{path} is not empty; restore into a new folder.", path=str(target))
    if not backup.is_file():
        raise ValidationError("No backup file at {path}.", path=str(backup))
    report = progress or (lambda _done, _total: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".quorum-restore-", dir=target.parent))
    try:
        try:
            tar = tarfile.open(backup, "r:")
        except (tarfile.TarError, OSError):
            raise VaultCorrupt(detail="the file is not a Quorum backup") from None
        with tar:
            manifest = _read_manifest(tar)
            expected: dict[str, str] = manifest["files"]
            members = [m for m in tar.getmembers() if m.name != MANIFEST]
            names = {m.name for m in members}
            if names != set(expected) or any(not m.isfile() or not _safe_name(m.name) for m in members):
                raise VaultCorrupt(detail="the backup's files do not match its manifest")
            total, done = sum(m.size for m in members), 0
            for member in members:
                dest = work / member.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with tar.extractfile(member) as src, open(dest, "wb") as fh:
                    for block in iter(lambda: src.read(_STEP), b""):
                        digest.update(block)
                        fh.write(block)
                if digest.hexdigest() != expected[member.name]:
                    raise VaultCorrupt(detail=f"{member.name} in the backup was altered")
                done += member.size
                report(done, total)
        slots = KeySlots.load(work)
        data_key, _slot = slots.unlock(secret)  # WrongPassphrase propagates; nothing was kept
        body = {k: v for k, v in manifest.items() if k != "mac"}
        if not hmac.compare_digest(str(manifest.get("mac", "")), _seal(body, data_key)):
            raise VaultCorrupt(detail="the backup's manifest is not sealed by this vault's key")
        from desktop.services.records import check_vault

        with Vault.open(work, secret) as restored:
            problems = tuple(check_vault(restored))
        if problems:
            raise VaultCorrupt(detail="; ".join(problems[:3]))
        (work / "vault.lock").unlink(missing_ok=True)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return RestoreReport(str(target), len(expected), str(manifest.get("created", "")), problems)


def verify_backup(backup: str | Path, secret: str) -> RestoreReport:
    """Restore into a throwaway folder and check it: proof that the backup would restore."""
    backup = Path(backup)
    with tempfile.TemporaryDirectory(prefix=".quorum-verify-", dir=backup.parent) as scratch:
        result = restore_vault(backup, Path(scratch) / "vault", secret)
    return RestoreReport("", result.files, result.created, result.problems)


def default_name(committee: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M")
    safe = "".join(ch for ch in committee if ch.isalnum())[:24] or "vault"
    return f"{safe}-{stamp}{SUFFIX}"


__all__ = ["BackupReport", "RestoreReport", "backup_vault", "restore_vault", "verify_backup"]
