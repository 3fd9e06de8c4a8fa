"""The channel: TLS 1.3, both ends holding certificates from the committee's own CA.

- The host's certificate is issued by the committee CA (from the committee vault) for this
  meeting. Its P-256 key is derived from the CA key and the meeting id, so a host that restarts
  presents the same key and the fingerprint in the join code stays true.
- A device presents the member certificate it got at enrolment (for its P-256 key, which never
  leaves the member vault). The host then also requires that key to be the member's *current*
  enrolled key (desktop.services.room.device_member): a retired or unknown key is refused even
  though its certificate chains.
- Both sides trust only the committee CA (no system store), and check no host name: the CA is
  the pin; the device also checks the host key's fingerprint when it came from a join code.

The stdlib ``ssl`` loads a private key only from a file. The key goes to an anonymous in-memory
file (``memfd_create``, Linux) read through /proc/self/fd and closed at once; where that does
not exist, to a 0600 file inside a fresh 0700 directory, deleted right after loading.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import os
import shutil
import ssl
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop import custody, pki

HOST_DAYS = 3
# Order of the P-256 group, to turn derived bytes into a valid private scalar.
_P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def host_key(ca_key_pem: bytes, meeting_id: str) -> ec.EllipticCurvePrivateKey:
    """The host's key for this meeting: HMAC-SHA256 of the CA's key over the meeting id."""
    seed = hmac.new(ca_key_pem, b"quorum.lan-host/1\x00" + meeting_id.encode(), hashlib.sha512).digest()
    scalar = int.from_bytes(seed, "big") % (_P256_N - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def issue_host_certificate(
    ca_cert_pem: bytes, ca_key_pem: bytes, key: ec.EllipticCurvePrivateKey, meeting_id: str, address: str
) -> bytes:
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, None)
    now = datetime.now(UTC) - timedelta(minutes=5)
    names: list[x509.GeneralName] = [x509.DNSName(f"meeting-{meeting_id}.quorum.invalid")]
    with contextlib.suppress(ValueError):
        names.append(x509.IPAddress(ipaddress.ip_address(address)))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Quorum meeting {meeting_id}")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(min(now + timedelta(days=HOST_DAYS), ca_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, pki.hash_for(ca_key))  # committee CAs are P-256 now, Ed25519 in older vaults
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def key_fingerprint(public_key_der_or_point: bytes) -> str:
    """Hex SHA-256 of a P-256 public key's uncompressed point (what the join code carries)."""
    return hashlib.sha256(public_key_der_or_point).hexdigest()


def cert_public_key(cert_der: bytes) -> tuple[str, bytes]:
    """(algorithm, public key bytes as desktop.custody encodes them) of a DER certificate."""
    key = x509.load_der_x509_certificate(cert_der).public_key()
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return custody.ECDSA_P256, key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    raise ValueError("not a P-256 key")


def point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


@contextlib.contextmanager
def _key_file(pem: bytes) -> Iterator[str]:
    if hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd"):
        fd = os.memfd_create("quorum-lan", os.MFD_CLOEXEC)
        try:
            os.write(fd, pem)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    folder = tempfile.mkdtemp(prefix="quorum-lan-")  # 0700
    try:
        path = os.path.join(folder, "key.pem")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _context(purpose: int, ca_pem: bytes, cert_pem: bytes, key: ec.EllipticCurvePrivateKey) -> ssl.SSLContext:
    ctx = ssl.SSLContext(purpose)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cadata=ca_pem.decode("ascii"))
    pem = cert_pem + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with _key_file(pem) as path:
        ctx.load_cert_chain(path)
    return ctx


def host_context(ca_pem: bytes, cert_pem: bytes, key: ec.EllipticCurvePrivateKey) -> ssl.SSLContext:
    return _context(ssl.PROTOCOL_TLS_SERVER, ca_pem, cert_pem, key)


def device_context(ca_pem: bytes, cert_pem: bytes, key: ec.EllipticCurvePrivateKey) -> ssl.SSLContext:
    return _context(ssl.PROTOCOL_TLS_CLIENT, ca_pem, cert_pem, key)
