"""The vault: an encrypted folder holding one committee's record.

Layout: ``vault.db`` (SQLCipher 4 keyed with a random 256-bit data key),
``keyslots.json`` (that key wrapped under passphrases and a recovery code),
``blobs/`` (document chunks encrypted under per-version keys kept in the db),
``vault.lock`` (held while open).
"""

from __future__ import annotations

import errno
import math
import re
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.blobs import BlobStore
from desktop.errors import (
    DiskFull,
    QuorumError,
    SchemaTooNew,
    ValidationError,
    VaultBusy,
    VaultCorrupt,
    VaultError,
    WrongPassphrase,
)
from desktop.keyslots import MIN_PASSPHRASE, KeySlots, check_passphrase_strength, new_recovery_code
from desktop.vaultlock import VaultLock

DB_FILE = "vault.db"
BUSY_TIMEOUT_MS = 10_000  # how long a session waits for another one's write lock
BLOB_DIR = "blobs"
# The passphrase rule is part of the vault's public face: the window checks it as the user types.
__all__ = [
    "MIN_PASSPHRASE",
    "Vault",
    "check_passphrase_strength",
    "head_revision",
    "load_models",
    "vault_exists",
]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def retry_delay(failures: int) -> float:
    """Seconds a caller must wait after ``failures`` wrong secrets in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    # The exponent is capped too: a counter edited to a huge number must not overflow the float.
    return min(MAX_DELAY, 2.0 ** min(failures - FREE_ATTEMPTS + 1, 16))


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@cache
def known_revisions() -> tuple[frozenset[str], str]:
    """Revisions shipped with this Quorum and the head, read from the migration files
    without importing Alembic (which costs a noticeable part of start-up)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {key: value for key, _raw, value in _REVISION.findall(path.read_text("utf-8"))}
        if found.get("revision"):
            revisions.add(found["revision"])
            if found.get("down_revision"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return known_revisions()[1]


def load_models() -> None:
    """Import the ORM models and configure their mappers now (most of a second), so that the first
    session after opening does not pay for it; the window does this while the passphrase is typed."""
    from sqlalchemy.orm import configure_mappers

    import desktop.models  # noqa: F401  (the import registers the mappers)

    configure_mappers()


@contextmanager
def _savepoint(session: Session) -> Iterator[None]:
    savepoint = session.begin_nested()
    try:
        yield
    except BaseException:
        if savepoint.is_active:  # a wrong PIN may already have rolled the whole unit back
            savepoint.rollback()
        raise
    if savepoint.is_active:
        savepoint.commit()


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def _is_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return (
        "disk is full" in text
        or "database or disk is full" in text
        or (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT))
    )


def _make_engine(db_path: Path, data_key: bytes) -> Engine:
    def connect():
        conn = sqlcipher3.dbapi2.connect(str(db_path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")  # errors reach the user as one line, not logs
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        # Decrypted pages are cached per connection; a larger cache spares re-decrypting hot pages.
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never touch disk in plain text
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    # One connection per thread from a small pool; SQLite would otherwise pick a singleton pool.
    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        # The connection returned last is handed out next: its decrypted page cache is the
        # warmest (a connection that has not seen the latest commit drops its whole cache).
        pool_use_lifo=True,
    )

    # pysqlite-style drivers do not begin transactions the way SQLAlchemy expects
    # with isolation_level=None; begin them ourselves so each session is atomic. IMMEDIATE takes
    # the write lock up front: two deferred sessions that read and then write (the GUI and the
    # background sync) would otherwise deadlock, and SQLite fails one at once without waiting.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Vault:
    """An open vault. Hand it to services; never share its sessions across threads."""

    def __init__(self, folder: Path, data_key: bytes, slots: KeySlots, lock: VaultLock) -> None:
        self.folder = folder
        self.slots = slots
        self._lock = lock
        self.engine = _make_engine(folder / DB_FILE, data_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blobs = BlobStore(folder / BLOB_DIR)
        self._data_key = data_key
        self._open_sessions = threading.local()  # the unit of work this thread is inside, if any

    # -- opening and creating --------------------------------------------------
    @classmethod
    def create(cls, folder: str | Path, passphrase: str) -> tuple[Vault, str]:
        """Create an empty vault; returns it open, with the recovery code (shown once)."""
        folder = Path(folder)
        check_passphrase_strength(passphrase)
        if (folder / KeySlots.FILE).exists() or (folder / DB_FILE).exists():
            raise ValidationError("A vault already exists in {path}.", path=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VaultError("Cannot create the vault folder: {err}", err=exc.strerror) from None
        lock = VaultLock(folder)
        lock.acquire()
        try:
            data_key = secrets.token_bytes(32)
            slots = KeySlots(vault_id=uuid.uuid4().hex)
            slots.add(passphrase, data_key, "passphrase")
            recovery = new_recovery_code()
            slots.add(recovery, data_key, "recovery")
            vault = cls(folder, data_key, slots, lock)
            vault._migrate()
            slots.authenticate(data_key)
            slots.save(folder)  # last: a vault without keyslots.json is not a vault yet
        except OSError as exc:
            lock.release()
            if _is_full(exc):
                raise DiskFull() from None
            raise
        except BaseException:
            lock.release()
            raise
        return vault, recovery

    @classmethod
    def open(cls, folder: str | Path, secret: str, now: float | None = None) -> Vault:
        """Open with a passphrase or the recovery code."""
        folder = Path(folder)
        if not folder.is_dir():
            raise VaultError("No vault at {path}.", path=str(folder))
        slots = KeySlots.load(folder)
        if not (folder / DB_FILE).exists():
            raise VaultCorrupt(detail="vault.db is missing")
        lock = VaultLock(folder)
        lock.acquire()
        try:
            now = time.time() if now is None else now
            if not math.isfinite(slots.last_failure) or slots.last_failure > now:
                # A failure time in the future (a clock set back, or keyslots.json edited) counts as
                # now, and is stored as now so the wait runs down instead of locking the owner out.
                slots.last_failure = now
                slots.save(folder)
            wait = min(MAX_DELAY, retry_delay(slots.failures) - (now - slots.last_failure))
            if wait > 0:
                raise WrongPassphrase(
                    "Too many wrong passphrases; try again in {seconds} seconds.", seconds=math.ceil(wait)
                )
            try:
                data_key, _slot = slots.unlock(secret)
            except WrongPassphrase:
                slots.failures += 1
                slots.last_failure = now
                slots.save(folder)
                raise
            if slots.failures:
                slots.failures, slots.last_failure = 0, 0.0
                slots.save(folder)
            vault = cls(folder, data_key, slots, lock)
            vault._check_database()
            vault._migrate()
            vault.blobs.remove_partials()
            vault._sweep_orphan_blobs()
        except BaseException:
            lock.release()
            raise
        return vault

    def _check_database(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                # A full page check costs O(size) at every start; `quorum check` does it on demand and
                # every page is authenticated when read anyway. Here: the pages the app needs first.
                result = "ok"
                for table in ("committee", "member", "audit_event"):
                    if conn.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)
                    ).first():
                        conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
        except DatabaseError as exc:
            self.engine.dispose()
            raise VaultCorrupt(detail=str(exc.orig)) from None
        if result != "ok":
            self.engine.dispose()
            raise VaultCorrupt(detail=str(result))

    def _migrate(self) -> None:
        known, head = known_revisions()
        try:
            with self.engine.connect() as conn:
                has_table = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).first()
                current = (
                    conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                    if has_table
                    else None
                )
                if current is not None and current not in known:
                    raise SchemaTooNew(found=current)
                if current != head:
                    from alembic import command

                    cfg = _alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    conn.commit()
        except DatabaseError as exc:
            if _is_full(exc):
                raise DiskFull() from None
            if _is_busy(exc):
                raise VaultBusy() from None
            raise VaultCorrupt(detail=str(exc.orig)) from None

    def integrity_problems(self) -> list[str]:
        """Every page's HMAC and the b-tree structure; an empty list means intact."""
        try:
            with self.engine.connect() as conn:
                problems = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                check = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        except DatabaseError as exc:
            return [str(exc.orig)]
        return problems + ([] if check == "ok" else [str(check)])

    def _sweep_orphan_blobs(self) -> None:
        """Remove content whose record never committed (a crash between the two writes).
        Safe because we hold the lock: no other process is importing."""
        from sqlalchemy import select

        from desktop.models import DocumentVersion

        with self.session() as s:
            referenced = set(s.execute(select(DocumentVersion.blob_id)).scalars())
        for blob_id in self.blobs.all_ids() - referenced:
            self.blobs.delete(blob_id)

    # -- sessions --------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error.

        Inside another unit of work on the same thread it is a savepoint of that one: sessions
        take the write lock when they begin, so a second one would wait for its own thread."""
        outer = getattr(self._open_sessions, "session", None)
        if outer is not None:
            with _savepoint(outer):
                yield outer
            return
        session = self._sessions()
        self._open_sessions.session = session
        try:
            yield session
            session.commit()
        except QuorumError:
            session.rollback()
            raise
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            if _is_full(exc):
                raise DiskFull() from None
            if _is_busy(exc):
                raise VaultBusy() from None
            raise VaultCorrupt(detail=str(exc.orig)) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            self._open_sessions.session = None
            session.close()

    # -- key slots -------------------------------------------------------------
    def add_passphrase(self, passphrase: str) -> str:
        check_passphrase_strength(passphrase)
        slot = self.slots.add(passphrase, self._data_key, "passphrase")
        self._save_slots()
        return slot.slot_id

    def change_passphrase(self, old: str, new: str) -> str:
        """Rewrap the data key under a new passphrase; the database is untouched."""
        check_passphrase_strength(new)
        _key, slot = self.slots.unlock(old)
        if slot.kind != "passphrase":
            raise ValidationError("Use the recovery code to add a new passphrase, not to change one.")
        new_slot = self.slots.add(new, self._data_key, "passphrase")
        self.slots.slots.remove(slot)
        self._save_slots()
        return new_slot.slot_id

    def new_recovery_code(self) -> str:
        """Replace the recovery slot (the old code stops working)."""
        code = new_recovery_code()
        self.slots.slots = [s for s in self.slots.slots if s.kind != "recovery"]
        self.slots.add(code, self._data_key, "recovery")
        self._save_slots()
        return code

    def revoke_slot(self, slot_id: str) -> None:
        self.slots.remove(slot_id)
        self._save_slots()

    def _save_slots(self) -> None:
        self.slots.authenticate(self._data_key)
        self.slots.save(self.folder)

    def slots_altered(self) -> bool:
        """True when keyslots.json changed other than through Quorum (a damaged spare slot
        would otherwise go unnoticed until the day it is needed)."""
        return self.slots.altered(self._data_key)

    def list_slots(self) -> list[tuple[str, str, str]]:
        return [(s.slot_id, s.kind, s.created) for s in self.slots.slots]

    # -- closing ---------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def vault_exists(folder: str | Path) -> bool:
    return (Path(folder) / KeySlots.FILE).exists()
