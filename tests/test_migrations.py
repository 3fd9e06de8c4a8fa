"""Upgrades keep the record: a vault made at each earlier schema revision, holding a committee's
whole record, opens at head with every row as it was; and the migrated schema matches the models.

The rows come from the scripted demo built at head (members, cases with documents, a meeting with
declarations, votes and signed decisions, the lifecycle after approval, two members' own devices
and their member vaults). For each revision they are written with SQL into a database migrated only
that far, in the columns that revision has; `Vault.open` then upgrades it as it would a user's.
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import uuid
from functools import partial
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.keyslots import KeySlots
from desktop.models import Base
from desktop.vault import DB_FILE, MIGRATIONS, Vault, _alembic_config, head_revision
from desktop.vaultlock import VaultLock

PASSPHRASE = "an older vault, upgraded"

# The full-text index (revision 0004) is an SQLite FTS5 table with its shadow tables, kept by
# triggers: no model maps it, and its rows follow case_file's.
TEXT_INDEX = "case_text"


def _revisions() -> list[str]:
    """Every revision from the first to the one before head, oldest first."""
    script = ScriptDirectory(str(MIGRATIONS))
    newest_first = [r.revision for r in script.walk_revisions()]
    return list(reversed(newest_first))[:-1]


def _is_text_index(name: str) -> bool:
    return name == TEXT_INDEX or name.startswith(TEXT_INDEX + "_")


def _tables(conn) -> list[str]:
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    return [n for n in names if n != "alembic_version" and not _is_text_index(n)]


def _columns(conn, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


def _rows(conn, table: str, columns: list[str]) -> dict[tuple, dict]:
    """Rows by their whole content in ``columns`` (some tables have no single id)."""
    listed = ", ".join(f'"{c}"' for c in columns)
    rows = {}
    for values in conn.exec_driver_sql(f'SELECT {listed} FROM "{table}"'):
        row = dict(zip(columns, values, strict=True))
        rows[tuple(sorted(row.items(), key=lambda kv: kv[0]))] = row
    return rows


def _dump(vault: Vault) -> dict[str, dict]:
    with vault.engine.connect() as conn:
        return {t: _rows(conn, t, _columns(conn, t)) for t in _tables(conn)}


def _vault_at(folder: Path, revision: str, record: dict[str, dict], files: Path) -> dict[str, dict]:
    """A closed vault whose database stops at ``revision``, holding ``record`` in the tables and
    columns that revision has, and the encrypted files (documents, packets) of the vault at
    ``files``; returns what was written, table -> rows."""
    folder.mkdir(parents=True)
    lock = VaultLock(folder)
    lock.acquire()
    data_key = secrets.token_bytes(32)
    slots = KeySlots(vault_id=uuid.uuid4().hex)
    slots.add(PASSPHRASE, data_key, "passphrase")
    vault = Vault(folder, data_key, slots, lock)
    written: dict[str, dict] = {}
    try:
        with vault.engine.connect() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        with vault.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # rows may point at later rows
            for table in _tables(conn):
                source = list(record.get(table, {}).values())
                columns = [c for c in _columns(conn, table) if source and c in source[0]]
                rows = [{c: row[c] for c in columns} for row in source]
                if rows:
                    listed = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("?" for _ in columns)
                    conn.exec_driver_sql(
                        f'INSERT INTO "{table}" ({listed}) VALUES ({marks})',
                        [tuple(r.values()) for r in rows],
                    )
                written[table] = {tuple(sorted(r.items(), key=lambda kv: kv[0])): r for r in rows}
        slots.authenticate(data_key)
        slots.save(folder)
    finally:
        vault.close()
    for sub in files.iterdir():
        if sub.is_dir():
            shutil.copytree(sub, folder / sub.name, dirs_exist_ok=True)
    return written


def _upgraded(folder: Path, written: dict[str, dict]) -> Vault:
    """Open (and so upgrade) the vault; every row written before is there, column for column."""
    vault = Vault.open(folder, PASSPHRASE)
    with vault.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        for table, rows in written.items():
            if not rows:
                continue
            columns = list(next(iter(rows.values())))
            assert _rows(conn, table, columns) == rows, table
    return vault


# Member vaults, and members whose key moved to their own device, exist from the revision that
# brought members' own devices.
MEMBER_VAULTS_FROM = "0009"


def _from_member_devices(revision: str) -> bool:
    revisions = _revisions()
    return revisions.index(revision) >= revisions.index(MEMBER_VAULTS_FROM)


def _demo(out: Path, member_devices: bool) -> dict:
    """The demo as an older Quorum could have written it: the shared laptop's keys are Ed25519
    (later revisions also make P-256 keys; a vault from before them holds none)."""
    from desktop import custody
    from desktop.demo import run_demo
    from desktop.demo_lifecycle import run_lifecycle
    from desktop.services import members

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(members, "enrol_member", partial(members.enrol_member, key_algorithm=custody.ED25519))
        result = run_demo(out, echo=lambda _line: None, member_devices=member_devices)
        run_lifecycle(out, result, echo=lambda _line: None)
    return result


@pytest.fixture(scope="module")
def demo_record(tmp_path_factory) -> dict:
    """The demo's committee vault without and with members' own devices, and one member vault:
    their rows, and their folders."""
    early = _demo(tmp_path_factory.mktemp("demo-early"), member_devices=False)
    later = _demo(tmp_path_factory.mktemp("demo"), member_devices=True)
    member = next(iter(later["member_vaults"].values()))
    kinds = {}
    for kind, folder, passphrase in (
        ("committee-early", early["vault"], early["passphrase"]),
        ("committee", later["vault"], later["passphrase"]),
        ("member", member["folder"], member["passphrase"]),
    ):
        with Vault.open(folder, passphrase) as vault:
            kinds[kind] = {"rows": _dump(vault), "folder": Path(folder)}
    return kinds


@pytest.mark.parametrize("revision", _revisions())
def test_a_committee_vault_from_an_earlier_revision_keeps_its_record(tmp_path, demo_record, revision):
    from desktop.services import case_search, cases, documents, members, records

    record = demo_record["committee" if _from_member_devices(revision) else "committee-early"]
    written = _vault_at(tmp_path / "vault", revision, record["rows"], record["folder"])
    assert written["case_file"] and written["member"] and written["audit_event"]
    with _upgraded(tmp_path / "vault", written) as vault:
        # The services read the upgraded record: the audit chain, members, cases and documents.
        report = records.verify_audit(vault)
        assert report.ok and report.events == len(written["audit_event"])
        assert len(members.list_members(vault, include_inactive=True)) == len(written["member"])
        case_rows = list(written["case_file"].values())
        assert {c.id for c in cases.list_cases(vault, limit=1000)} == {c["id"] for c in case_rows}
        # The full-text index (0004) covers cases written before it existed.
        title = case_rows[0]["title"]
        page = case_search.page_cases(vault, case_search.CaseQuery(text=title[:6]))
        assert case_rows[0]["id"] in {row.id for row in page.rows}
        versions = list(written["document_version"].values())
        assert versions
        for version in versions:
            data = documents.read_version(vault, version["id"])
            assert hashlib.sha256(data).hexdigest() == version["sha256"]
        if "statement" not in next(iter(written["declaration"].values())):
            # Declarations made before 0006 stay unsigned rather than gaining a made-up signature.
            with vault.engine.connect() as conn:
                assert (
                    conn.exec_driver_sql(
                        "SELECT count(*) FROM declaration WHERE statement IS NOT NULL"
                    ).scalar()
                    == 0
                )


@pytest.mark.parametrize("revision", _revisions()[_revisions().index(MEMBER_VAULTS_FROM) :])
def test_a_member_vault_from_an_earlier_revision_keeps_its_packets(tmp_path, demo_record, revision):
    from desktop.services import member_review, member_vault

    record = demo_record["member"]
    written = _vault_at(tmp_path / "vault", revision, record["rows"], record["folder"])
    assert written["member_identity"] and written["received_packet"] and written["review_statement"]
    with _upgraded(tmp_path / "vault", written) as vault:
        assert member_vault.vault_kind(vault).kind == member_vault.MEMBER
        assert member_vault.safety_number(vault)
        packets = member_vault.list_packets(vault)
        assert {p.packet_id for p in packets} == {p["id"] for p in written["received_packet"].values()}
        for packet in written["received_packet"].values():
            if packet["status"] == "held":
                assert member_review.review(vault, packet["id"]).cases


def test_the_migrated_schema_matches_the_models(tmp_path):
    def mapped(obj, name, type_, reflected, compare_to) -> bool:
        return not (type_ == "table" and _is_text_index(name))

    vault, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE)
    with vault, vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": mapped, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        # and the text index the filter leaves out is there
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {TEXT_INDEX}").scalar() == 0
    assert (tmp_path / "vault" / DB_FILE).exists()
