"""The committee's own certificate authority, members' certificates and their revocation.

The CA is created with the vault; each member's certificate binds their name and role to the
key they sign PDFs with, so signed PDFs can be checked by anyone holding the committee's CA
certificate. New CAs and member keys are ECDSA P-256, which every PDF reader verifies
(Ed25519 in PDF signatures is not: poppler, Acrobat and Foxit reject it); Ed25519 CAs and
member keys of older vaults still load and sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from desktop import custody
from desktop.errors import ValidationError

CA_YEARS = 20
MEMBER_YEARS = 5  # a member's term is at most 5 years (rules.basis.TERM): the cap without a term end
CRL_DAYS = 30  # a CRL's nextUpdate: a verifier should fetch a newer one after this

# RFC 5280 §5.3.1 reason codes the committee uses, by the name the CLI takes.
REASONS = {
    "left": x509.ReasonFlags.cessation_of_operation,  # the member left the committee
    "key-lost": x509.ReasonFlags.key_compromise,  # lost, stolen or exposed key
    "superseded": x509.ReasonFlags.superseded,  # re-enrolled with a new key
    "role-changed": x509.ReasonFlags.affiliation_changed,
}

# What a signer's (not a CA's) certificate allows: signatures, including non-repudiation ones.
SIGNING_KEY_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def _name(common: str, org: str, title: str | None = None) -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COMMON_NAME, common),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ]
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def hash_for(key) -> hashes.HashAlgorithm | None:
    # Ed25519 signs the message itself; ECDSA pairs with SHA-256 here.
    return None if isinstance(key, Ed25519PrivateKey) else hashes.SHA256()


def load_public_key(public_key: bytes) -> Ed25519PublicKey | ec.EllipticCurvePublicKey:
    """A member's raw public key: 32 bytes Ed25519, 65 bytes an uncompressed P-256 point."""
    try:
        if len(public_key) == 32:
            return Ed25519PublicKey.from_public_bytes(public_key)
        if len(public_key) == 65:
            return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), public_key)
    except ValueError:
        pass
    raise ValidationError("A public key is malformed.")


def create_ca(committee_name: str) -> tuple[bytes, bytes]:
    """A self-signed ECDSA P-256 CA: (certificate PEM, private key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
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
        .sign(key, hashes.SHA256())
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def member_not_after(term_end: date | None, ca_not_after: datetime, now: datetime) -> datetime:
    """A member's certificate runs to the end of their term (UTC), capped by the CA's own life;
    without a term end it runs the longest term the regulations allow."""
    end = (
        datetime.combine(term_end, time(23, 59, 59), UTC)
        if term_end is not None
        else now + timedelta(days=365 * MEMBER_YEARS)
    )
    return min(end, ca_not_after)


def issue_member_certificate(
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    member_name: str,
    role: str,
    public_key: bytes,
    committee_name: str,
    term_end: date | None = None,
    algorithm: str | None = None,
) -> bytes:
    """A certificate for the member's key (Ed25519 or P-256: ``algorithm`` names which, as
    desktop.custody encodes keys; without it the key's length tells)."""
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, None)
    member_key = (
        load_public_key(public_key) if algorithm is None else custody.load_public_key(algorithm, public_key)
    )
    now = datetime.now(UTC) - timedelta(minutes=5)
    not_after = member_not_after(term_end, ca_cert.not_valid_after_utc, now)
    if not_after <= now:
        raise ValidationError("The member's term has already ended; no certificate can be issued.")
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(member_name, committee_name, role))
        .issuer_name(ca_cert.subject)
        .public_key(member_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(SIGNING_KEY_USAGE, critical=True)
        .add_extension(
            # documentSigning; clientAuth so the device can present it in the meeting room's TLS
            x509.ExtendedKeyUsage(
                [x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36"), x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(member_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False
        )
        .sign(ca_key, hash_for(ca_key))
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def certificate_fingerprint(certificate_pem: bytes) -> str:
    """SHA-256 of the DER certificate as colon-separated hex, the form people read aloud to compare."""
    from cryptography.hazmat.primitives import hashes as _hashes

    digest = x509.load_pem_x509_certificate(certificate_pem).fingerprint(_hashes.SHA256())
    return ":".join(f"{b:02X}" for b in digest)


def certified_key(cert_pem: bytes) -> bytes:
    """The raw public key a member certificate binds (32 bytes Ed25519, 65 bytes P-256 point)."""
    key = x509.load_pem_x509_certificate(cert_pem).public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def certificate_serial(cert_pem: bytes) -> int:
    return x509.load_pem_x509_certificate(cert_pem).serial_number


@dataclass(frozen=True)
class Revoked:
    serial: int
    revoked_at: datetime
    reason: str  # a key of REASONS


def build_crl(
    ca_cert_pem: bytes, ca_key_pem: bytes, revoked: list[Revoked], number: int, now: datetime | None = None
) -> bytes:
    """The CA's certificate revocation list (RFC 5280), DER."""
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, None)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(now)
        .next_update(now + timedelta(days=CRL_DAYS))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False
        )
    )
    for item in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(item.serial)
            .revocation_date(item.revoked_at.astimezone(UTC).replace(microsecond=0))
            .add_extension(x509.CRLReason(REASONS[item.reason]), critical=False)
            .build()
        )
    return builder.sign(ca_key, hash_for(ca_key)).public_bytes(serialization.Encoding.DER)


def load_crl(data: bytes) -> x509.CertificateRevocationList:
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError:
        raise ValidationError("That is not a certificate revocation list.") from None


def crl_verifies(crl: x509.CertificateRevocationList, ca_cert_pem_or_der: bytes) -> bool:
    """True if ``crl`` was issued and signed by this CA."""
    if ca_cert_pem_or_der.lstrip().startswith(b"-----BEGIN"):
        ca = x509.load_pem_x509_certificate(ca_cert_pem_or_der)
    else:
        ca = x509.load_der_x509_certificate(ca_cert_pem_or_der)
    if crl.issuer != ca.subject:
        return False
    try:
        return crl.is_signature_valid(ca.public_key())
    except (InvalidSignature, TypeError, ValueError):
        return False
