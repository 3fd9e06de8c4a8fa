"""The registry's database: SQLite by default, PostgreSQL in production, schema by Alembic."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Table, create_engine, event, insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def iso_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):
            # Set before the first table, so only a new database takes it: a log entry holds a
            # ~20 KB bundle, which 16 KB pages store in fewer pages and WAL frames than 4 KB ones.
            conn.execute("PRAGMA page_size = 16384")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")

        return engine
    return create_engine(url, pool_pre_ping=True)


def insert_rows(session: Session, table: Table, rows: list[dict]) -> None:
    """Write many rows (dicts with the same keys) in one statement. On SQLite the rows go
    straight to the driver's executemany: SQLAlchemy's per-row parameter handling costs more
    there than SQLite's own insert, and the values (text, integers, bytes, None) need none.
    Elsewhere SQLAlchemy's batched insert (several rows per INSERT on PostgreSQL)."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    quote = connection.dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name), ", ".join(quote(table.c[n].name) for n in names), ", ".join("?" * len(names))
    )
    connection.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])


class Store:
    """Sessions over the registry database. Appends to the log take ``append_lock`` in this
    process and a row lock on ``log_state`` in the database, so several processes may serve."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.append_lock = threading.Lock()

    def migrate(self) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_store(url: str) -> Store:
    store = Store(url)
    store.migrate()
    return store
