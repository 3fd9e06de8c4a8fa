"""The committee's own certificate authority and members' certificates.

The CA is created with the vault; each member's certificate binds their name and
role to the Ed25519 key they sign votes with, so signed PDFs can be checked by
anyone holding the committee's CA certificate.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

CA_YEARS = 20
MEMBER_YEARS = 5  # a member's term is at most 5 years (rules.basis.TERM)


def _name(common: str, org: str, title: str | None = None) -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COMMON_NAME, common),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ]
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def create_ca(committee_name: str) -> tuple[bytes, bytes]:
    """A self-signed CA: (certificate PEM, private key PEM)."""
    key = Ed25519PrivateKey.generate()
    subject = _name(f"{committee_name} CA", committee_name)
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, None)
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def issue_member_certificate(
    ca_cert_pem: bytes, ca_key_pem: bytes, member_name: str, role: str, public_key: bytes, committee_name: str
) -> bytes:
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, None)
    # 32 bytes: Ed25519 (keys sealed in the committee vault); 65: ECDSA P-256 (own device, token).
    member_key = (
        Ed25519PublicKey.from_public_bytes(public_key)
        if len(public_key) == 32
        else ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), public_key)
    )
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(member_name, committee_name, role))
        .issuer_name(ca_cert.subject)
        .public_key(member_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(min(now + timedelta(days=365 * MEMBER_YEARS), ca_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            # documentSigning; clientAuth so the device can present it in the meeting room's TLS
            x509.ExtendedKeyUsage(
                [x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36"), x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )  # documentSigning
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(member_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False
        )
        .sign(ca_key, None)
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def certificate_fingerprint(certificate_pem: bytes) -> str:
    """SHA-256 of the DER certificate as colon-separated hex, the form people read aloud to compare."""
    from cryptography.hazmat.primitives import hashes as _hashes

    digest = x509.load_pem_x509_certificate(certificate_pem).fingerprint(_hashes.SHA256())
    return ":".join(f"{b:02X}" for b in digest)
