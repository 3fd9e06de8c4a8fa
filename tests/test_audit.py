"""The audit chain catches edited, deleted and reordered rows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.services.records import verify_audit


@pytest.fixture
def audited(vault, roster):
    report = verify_audit(vault)
    assert report.ok and report.events >= 9
    return vault


def _exec(vault, sql, **params):
    with vault.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_intact_chain_verifies(audited):
    report = verify_audit(audited)
    assert report.ok and report.first_broken is None


def test_edited_row_is_found(audited):
    _exec(audited, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 4")
    report = verify_audit(audited)
    assert not report.ok and report.first_broken == 4 and "altered" in report.problem


def test_edited_payload_is_found(audited):
    _exec(audited, 'UPDATE audit_event SET payload = \'{"role": "chair"}\' WHERE seq = 6')
    assert verify_audit(audited).first_broken == 6


def test_deleted_row_is_found(audited):
    _exec(audited, "DELETE FROM audit_event WHERE seq = 5")
    report = verify_audit(audited)
    assert not report.ok and report.first_broken == 5 and "missing" in report.problem


def test_reordered_rows_are_found(audited):
    # Swap the contents of events 3 and 4, keeping their sequence numbers.
    _exec(audited, "UPDATE audit_event SET seq = -3 WHERE seq = 3")
    _exec(audited, "UPDATE audit_event SET seq = 3 WHERE seq = 4")
    _exec(audited, "UPDATE audit_event SET seq = 4 WHERE seq = -3")
    report = verify_audit(audited)
    assert not report.ok and report.first_broken == 3


def test_renumbered_after_delete_is_found(audited):
    _exec(audited, "DELETE FROM audit_event WHERE seq = 2")
    _exec(audited, "UPDATE audit_event SET seq = seq - 1 WHERE seq > 2")
    report = verify_audit(audited)
    assert not report.ok and report.first_broken == 2
