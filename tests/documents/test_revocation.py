"""The committee CA revokes a member's certificate (member left, key lost): recorded in the vault
and the audit trail, listed in a CRL the CA signs; `quorum member revoke-cert`, `quorum ca crl`."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from sqlalchemy import func, select

from desktop import pki
from desktop.errors import ValidationError
from desktop.models import AuditEvent, CertificateRevocation, Member
from desktop.services import certificates
from desktop.services.committee import ca_certificate
from desktop.services.records import verify_audit
from tests.documents.conftest import CHAIR, SECRETARY


def _count(vault) -> int:
    with vault.session() as s:
        return s.execute(select(func.count()).select_from(CertificateRevocation)).scalar_one()


def test_revocation_is_recorded_with_reason_and_time_and_audited(demo_copy, demo):
    member_id = demo["member_ids"][SECRETARY]
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    done = certificates.revoke_certificate(demo_copy, member_id, "key-lost", at=at, note="laptop stolen")
    assert (done.reason, done.revoked_at) == ("key-lost", at)
    with demo_copy.session() as s:
        member = s.get(Member, member_id)
        assert done.serial == format(pki.certificate_serial(member.certificate_pem), "x")
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        assert event.action == "certificate.revoke" and event.entity_id == member_id
    assert verify_audit(demo_copy).ok


def test_crl_lists_the_revoked_certificate_and_verifies_against_the_ca(demo_copy, demo):
    member_id = demo["member_ids"][SECRETARY]
    certificates.revoke_certificate(demo_copy, member_id, "left")
    crl = pki.load_crl(certificates.current_crl(demo_copy))
    assert pki.crl_verifies(crl, ca_certificate(demo_copy))
    with demo_copy.session() as s:
        serial = pki.certificate_serial(s.get(Member, member_id).certificate_pem)
    entry = crl.get_revoked_certificate_by_serial_number(serial)
    assert entry is not None
    assert entry.extensions.get_extension_for_class(x509.CRLReason).value.reason == (
        x509.ReasonFlags.cessation_of_operation
    )
    assert len(list(crl)) == 1


@pytest.mark.parametrize(
    ("reason", "at", "words"),
    [
        ("bored", None, "Unknown revocation reason"),
        ("left", datetime.now(UTC) + timedelta(days=1), "future"),
    ],
)
def test_bad_revocations_change_nothing(demo_copy, demo, reason, at, words):
    with pytest.raises(ValidationError, match=words):
        certificates.revoke_certificate(demo_copy, demo["member_ids"][SECRETARY], reason, at=at)
    assert _count(demo_copy) == 0


def test_a_certificate_is_revoked_once(demo_copy, demo):
    certificates.revoke_certificate(demo_copy, demo["member_ids"][SECRETARY], "left")
    with pytest.raises(ValidationError, match="already revoked"):
        certificates.revoke_certificate(demo_copy, demo["member_ids"][SECRETARY], "key-lost")
    assert _count(demo_copy) == 1


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_revoke_cert_then_crl(demo_copy, demo, tmp_path):
    folder = demo_copy.folder
    ca = ca_certificate(demo_copy)
    demo_copy.close()
    (tmp_path / "pass").write_text(demo["passphrase"])
    secret = ["--passphrase-file", str(tmp_path / "pass")]
    done = _cli(
        "member", "revoke-cert", str(folder), CHAIR, "--reason", "left", "--at", "2026-01-02T03:04", *secret
    )
    assert done.returncode == 0, done.stderr
    assert "Revoked the certificate" in done.stdout and CHAIR in done.stdout
    out = tmp_path / "committee.crl"
    made = _cli("ca", "crl", str(folder), "--out", str(out), *secret)
    assert made.returncode == 0 and "1 revoked" in made.stdout, made.stderr
    crl = pki.load_crl(out.read_bytes())
    assert pki.crl_verifies(crl, ca)
    entry = list(crl)[0]
    assert entry.revocation_date_utc == datetime(2026, 1, 2, 3, 4).astimezone(UTC)
    bad = _cli("member", "revoke-cert", str(folder), CHAIR, "--reason", "left", *secret)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "already revoked" in bad.stderr
    wrong = _cli(
        "member", "revoke-cert", str(folder), CHAIR, "--reason", "left", "--at", "yesterday", *secret
    )
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr


def test_check_finds_issued_pdfs_and_revocations_without_their_events(demo_copy, demo):
    from desktop.services import trail

    certificates.revoke_certificate(demo_copy, demo["member_ids"][SECRETARY], "left")
    with demo_copy.session() as s:
        assert trail.unrecorded(s) == []
        for action in ("document.issue", "certificate.revoke"):
            for event in s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars():
                s.delete(event)
    with demo_copy.session() as s:
        found = " ".join(trail.unrecorded(s))
    assert "has no document.issue event" in found
    assert "has no certificate.revoke event" in found
