"""The vault: encryption at rest, key slots, the lock, and faults."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.errors import (
    SchemaTooNew,
    ValidationError,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    WrongPassphrase,
)
from desktop.vault import Vault, retry_delay
from tests.conftest import PASSPHRASE


def _reopen(vault, secret=PASSPHRASE):
    vault.close()
    return Vault.open(vault.folder, secret)


def test_database_is_not_readable_without_the_key(vault):
    folder = vault.folder
    vault.close()
    raw = (folder / "vault.db").read_bytes()
    assert b"SQLite format 3" not in raw[:16]
    assert b"Test Hospital" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / "vault.db").execute("select * from sqlite_master").fetchall()
    assert b"Test Hospital" not in (folder / "keyslots.json").read_bytes()


def test_open_with_passphrase_and_with_recovery_code(vault):
    code = vault.recovery_code
    v = _reopen(vault)
    v = _reopen(v, code.lower().replace("-", " "))  # printed code typed loosely still works
    v.close()


def test_wrong_passphrase_is_a_clear_error_and_failures_slow_down(vault):
    folder = vault.folder
    vault.close()
    now = 1_000_000.0
    for _ in range(3):
        with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
            Vault.open(folder, "not the passphrase", now=now)
    # After three failures the next attempt must wait, even with the right passphrase.
    with pytest.raises(WrongPassphrase, match="try again in"):
        Vault.open(folder, PASSPHRASE, now=now + 1)
    Vault.open(folder, PASSPHRASE, now=now + retry_delay(3) + 1).close()
    assert retry_delay(2) == 0 and retry_delay(4) > retry_delay(3) and retry_delay(50) == 300


def test_change_passphrase_does_not_reencrypt_database(vault):
    folder = vault.folder
    vault.close()
    before = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    v = Vault.open(folder, PASSPHRASE)
    v.change_passphrase(PASSPHRASE, "a brand new passphrase")
    v.close()
    assert hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, "a brand new passphrase").close()


def test_add_and_revoke_slots(vault):
    slot = vault.add_passphrase("second member passphrase")
    v = _reopen(vault, "second member passphrase")
    v.revoke_slot(slot)
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(v.folder, "second member passphrase")


def test_last_passphrase_slot_cannot_be_revoked(vault):
    only = next(s for s, kind, _ in vault.list_slots() if kind == "passphrase")
    with pytest.raises(ValidationError, match="last passphrase"):
        vault.revoke_slot(only)


def test_new_recovery_code_replaces_old(vault):
    old = vault.recovery_code
    new = vault.new_recovery_code()
    v = _reopen(vault, new)
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(v.folder, old)


def test_short_passphrase_refused(tmp_path):
    with pytest.raises(ValidationError, match="at least"):
        Vault.create(tmp_path / "v", "short")
    assert not (tmp_path / "v" / "keyslots.json").exists()


def test_second_open_in_same_process_is_refused(vault):
    with pytest.raises(VaultLocked):
        Vault.open(vault.folder, PASSPHRASE)


def test_lock_held_by_another_process_is_refused(vault):
    folder = vault.folder
    vault.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from desktop.vaultlock import VaultLock
            from pathlib import Path
            lock = VaultLock(Path({str(folder)!r})); lock.acquire()
            print("held", flush=True); sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(VaultLocked, match=str(holder.pid)):
            Vault.open(folder, PASSPHRASE)
    finally:
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()
    Vault.open(folder, PASSPHRASE).close()  # released when the holder exits


def test_stale_lock_of_dead_process_is_recovered(vault):
    folder = vault.folder
    vault.close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    (folder / "vault.lock").write_text(f"{dead.stdout.strip()} somehost\n")
    Vault.open(folder, PASSPHRASE).close()


def test_corrupted_database_is_reported(vault):
    folder = vault.folder
    vault.close()
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt):
        v = Vault.open(folder, PASSPHRASE)
        from desktop.services.committee import get_committee

        get_committee(v)


def test_truncated_database_is_reported(vault):
    folder = vault.folder
    vault.close()
    db = folder / "vault.db"
    db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASSPHRASE)


def test_missing_database_or_keyslots_is_reported(tmp_path, vault):
    folder = vault.folder
    vault.close()
    os.rename(folder / "vault.db", folder / "moved.db")
    with pytest.raises(VaultCorrupt, match="missing"):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(VaultError, match="not a Quorum vault"):
        Vault.open(tmp_path, PASSPHRASE)


def test_vault_from_newer_schema_is_refused_and_left_alone(vault):
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    folder = vault.folder
    vault.close()
    before = (folder / "vault.db").read_bytes()
    with pytest.raises(SchemaTooNew, match="newer Quorum"):
        Vault.open(folder, PASSPHRASE)
    assert (folder / "vault.db").read_bytes() == before
    # The refusal released the lock.
    with pytest.raises(SchemaTooNew):
        Vault.open(folder, PASSPHRASE)


def test_creating_over_an_existing_vault_is_refused(vault):
    with pytest.raises(ValidationError, match="already exists"):
        Vault.create(vault.folder, PASSPHRASE)


def test_schema_is_at_head_after_create(vault):
    from alembic.runtime.migration import MigrationContext

    from desktop.vault import head_revision

    with vault.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def _set_failures(folder, failures: int, last_failure: float) -> None:
    path = folder / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    data["failures"], data["last_failure"] = failures, last_failure
    path.write_text(json.dumps(data), "utf-8")


def _wait_asked(folder, now: float) -> int:
    with pytest.raises(WrongPassphrase, match="try again in") as caught:
        Vault.open(folder, PASSPHRASE, now=now)
    return int(re.search(r"try again in (\d+) seconds", str(caught.value)).group(1))


def test_a_failure_time_in_the_future_counts_as_now(vault):
    folder = vault.folder
    vault.close()
    now = 2_000_000_000.0
    _set_failures(folder, 5, now + 7_200_000_000)  # keyslots.json edited, or the clock was far ahead
    assert _wait_asked(folder, now) <= 300
    # ... and the wait runs down from now: once it has passed, the right passphrase opens the vault.
    Vault.open(folder, PASSPHRASE, now=now + retry_delay(5) + 1).close()


def test_the_wait_never_exceeds_the_documented_cap(vault):
    folder = vault.folder
    vault.close()
    now = 2_000_000_000.0
    _set_failures(folder, 10**9, now)  # an absurd counter neither overflows nor waits past 300 s
    assert 290 < _wait_asked(folder, now) <= 300
    Vault.open(folder, PASSPHRASE, now=now + 301).close()
