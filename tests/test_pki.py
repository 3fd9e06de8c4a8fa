"""The committee CA: P-256 for new vaults, Ed25519 CAs of old vaults still usable; member
certificates for the member's term; CRLs signed by the CA."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop import pki
from desktop.errors import ValidationError


def _old_ed25519_ca(name: str = "Old Committee") -> tuple[bytes, bytes]:
    """A CA as vaults made before P-256 have it."""
    key = Ed25519PrivateKey.generate()
    subject = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, f"{name} CA")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * 20))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, None)
    )
    return cert.public_bytes(serialization.Encoding.PEM), key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _p256_point() -> bytes:
    return (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )


def _ed25519_raw() -> bytes:
    return (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def test_member_certificate_runs_to_the_end_of_the_term():
    ca, key = pki.create_ca("C")
    end = date.today() + timedelta(days=400)
    cert = x509.load_pem_x509_certificate(
        pki.issue_member_certificate(ca, key, "M", "member", _p256_point(), "C", term_end=end)
    )
    assert cert.not_valid_after_utc == datetime(end.year, end.month, end.day, 23, 59, 59, tzinfo=UTC)
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    cert.verify_directly_issued_by(x509.load_pem_x509_certificate(ca))


def test_without_a_term_end_the_certificate_keeps_the_five_year_cap():
    ca, key = pki.create_ca("C")
    cert = x509.load_pem_x509_certificate(
        pki.issue_member_certificate(ca, key, "M", "member", _p256_point(), "C")
    )
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365
    assert 4.99 < years < 5.01


def test_a_term_beyond_the_ca_is_capped_by_the_ca():
    ca, key = pki.create_ca("C")
    far = date.today() + timedelta(days=365 * 30)
    cert = x509.load_pem_x509_certificate(
        pki.issue_member_certificate(ca, key, "M", "member", _p256_point(), "C", term_end=far)
    )
    assert cert.not_valid_after_utc == x509.load_pem_x509_certificate(ca).not_valid_after_utc


def test_a_term_already_over_gets_no_certificate():
    ca, key = pki.create_ca("C")
    with pytest.raises(ValidationError):
        pki.issue_member_certificate(
            ca, key, "M", "member", _p256_point(), "C", term_end=date.today() - timedelta(days=2)
        )


@pytest.mark.parametrize("member_key", [_p256_point, _ed25519_raw])
def test_an_old_ed25519_ca_still_certifies_members_and_signs_crls(member_key):
    ca, key = _old_ed25519_ca()
    cert_pem = pki.issue_member_certificate(ca, key, "M", "member", member_key(), "Old Committee")
    x509.load_pem_x509_certificate(cert_pem).verify_directly_issued_by(x509.load_pem_x509_certificate(ca))
    serial = pki.certificate_serial(cert_pem)
    crl = pki.load_crl(pki.build_crl(ca, key, [pki.Revoked(serial, datetime.now(UTC), "left")], 1))
    assert pki.crl_verifies(crl, ca)
    assert crl.get_revoked_certificate_by_serial_number(serial) is not None


def test_malformed_public_key_is_refused():
    ca, key = pki.create_ca("C")
    with pytest.raises(ValidationError):
        pki.issue_member_certificate(ca, key, "M", "member", b"\x04" + bytes(64), "C")


def test_crl_names_serial_reason_and_time_and_verifies_only_against_its_ca():
    ca, key = pki.create_ca("C")
    at = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    crl = pki.load_crl(pki.build_crl(ca, key, [pki.Revoked(12345, at, "key-lost")], 7))
    entry = crl.get_revoked_certificate_by_serial_number(12345)
    assert entry.revocation_date_utc == at
    assert (
        entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
        == x509.ReasonFlags.key_compromise
    )
    assert crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number == 7
    assert pki.crl_verifies(crl, ca)
    other, _ = pki.create_ca("C")  # same name, another key
    assert not pki.crl_verifies(crl, other)


def test_renewing_a_term_gives_the_same_key_a_certificate_to_the_new_end(vault, roster):
    from desktop.models import Member
    from desktop.services.members import renew_term

    member_id = roster["Sci Zhang"]
    with vault.session() as s:
        before = s.get(Member, member_id).certificate_pem
    end = date(2030, 6, 30)
    renew_term(vault, member_id, date(2029, 1, 1), end)
    with vault.session() as s:
        after = s.get(Member, member_id).certificate_pem
    old, new = x509.load_pem_x509_certificate(before), x509.load_pem_x509_certificate(after)
    assert new.not_valid_after_utc == datetime(2030, 6, 30, 23, 59, 59, tzinfo=UTC)
    assert old.not_valid_after_utc == datetime(2028, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert pki.certified_key(after) == pki.certified_key(before)
