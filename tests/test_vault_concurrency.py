"""Two units of work at once (the window and the background sync, the LAN host's threads): each
waits for the other's write lock instead of failing, and one that waits too long is told the vault
is busy, not that it is damaged, and changes nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from desktop import audit
from desktop import vault as vault_module
from desktop.errors import VaultBusy
from desktop.models import AuditEvent, Committee
from desktop.vault import Vault
from tests.conftest import PASSPHRASE


def _events(vault: Vault, kind: str) -> int:
    with vault.session() as s:
        return s.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == kind)
        ).scalar()


def test_sessions_that_read_then_write_at_once_all_commit(vault):
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def work(n: int) -> None:
        start.wait()
        for i in range(40):
            try:
                with vault.session() as s:
                    s.execute(select(Committee)).scalar_one()  # a read first, as services do
                    audit.record(s, "test", "test.concurrent", "thread", str(n), {"i": i})
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _events(vault, "test.concurrent") == 120


def test_a_session_kept_waiting_too_long_is_told_the_vault_is_busy(tmp_path, monkeypatch):
    monkeypatch.setattr(vault_module, "BUSY_TIMEOUT_MS", 200)
    vault, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE)
    holding, release = threading.Event(), threading.Event()

    def hold_the_write_lock() -> None:
        with vault.session() as s:
            audit.record(s, "test", "test.holder", "thread", "1", {})
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    try:
        assert holding.wait(10)
        with pytest.raises(VaultBusy), vault.session() as s:
            audit.record(s, "test", "test.waiter", "thread", "2", {})
    finally:
        release.set()
        holder.join()
    assert _events(vault, "test.waiter") == 0 and _events(vault, "test.holder") == 1
    vault.close()


def test_a_unit_of_work_inside_another_on_the_same_thread_is_a_savepoint_of_it(vault):
    with vault.session() as s:
        audit.record(s, "test", "test.outer", "thread", "1", {})
        with vault.session() as inner:  # a service called from inside a unit of work
            assert inner.execute(select(func.count()).where(AuditEvent.action == "test.outer")).scalar() == 1
            audit.record(inner, "test", "test.inner", "thread", "1", {})
        with pytest.raises(RuntimeError), vault.session() as failing:
            audit.record(failing, "test", "test.failed", "thread", "1", {})
            raise RuntimeError("the inner step fails")
    assert (_events(vault, "test.outer"), _events(vault, "test.inner"), _events(vault, "test.failed")) == (
        1,
        1,
        0,
    )
