"""The registry's RFC 3161 timestamp authority: it signs "this digest existed at this time".

Its own ECDSA P-256 key (``tsa_key.pem``) and self-signed certificate (``tsa_cert.pem``,
extended key usage timeStamping, critical, as RFC 3161 §2.3 requires) live beside the
registry's other keys; the certificate travels to committees in registry-keys.json. Tokens
are CMS SignedData over a TSTInfo (asn1crypto's ``tsp`` types), with an ESS
signing-certificate-v2 attribute (RFC 5816). One policy, ``POLICY_OID``; a request naming
another policy, an unknown digest or a digest of the wrong length is answered with a
rejection status, never an HTTP error.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.pki import SIGNING_KEY_USAGE

TSA_KEY_FILE = "tsa_key.pem"
TSA_CERT_FILE = "tsa_cert.pem"
# The authority's earlier certificates (a PEM bundle, oldest first): committees need them to
# check timestamps made before a rotation, and the renewals over them.
TSA_PREVIOUS_FILE = "tsa_previous.pem"
TSA_YEARS = 15  # a timestamp stays checkable while this certificate lives (renew by re-timestamping)
# A private-arc policy id for Quorum registry timestamps (UUID-derived arc, ITU-T X.667).
POLICY_OID = "2.25.203841447360925911386284418357227520311.1"
DIGESTS = {"sha256": 32, "sha384": 48, "sha512": 64}
MAX_REQUEST_BYTES = 4096  # a TimeStampReq is ~60-120 bytes
QUERY_TYPE, REPLY_TYPE = "application/timestamp-query", "application/timestamp-reply"


def _write_private(path: Path, key) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)


def make_certificate(key: ec.EllipticCurvePrivateKey, name: str = "Quorum registry") -> bytes:
    """A self-signed timestamping certificate (PEM) for ``key``."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} timestamp authority"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
        ]
    )
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * TSA_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(SIGNING_KEY_USAGE, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def ensure_files(data_dir: Path) -> None:
    """Make the TSA key and certificate in ``data_dir`` if they are not there yet."""
    key_path, cert_path = data_dir / TSA_KEY_FILE, data_dir / TSA_CERT_FILE
    if not key_path.exists():
        key = ec.generate_private_key(ec.SECP256R1())
        _write_private(key_path, key)
        cert_path.unlink(missing_ok=True)
    if not cert_path.exists():
        _replace(cert_path, make_certificate(serialization.load_pem_private_key(key_path.read_bytes(), None)))


def _replace(path: Path, data: bytes, private: bool = False) -> None:
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def rotate(data_dir: Path) -> bytes:
    """A new key and certificate for the authority, before the current certificate nears its end
    (or after a suspected compromise). The old certificate joins ``TSA_PREVIOUS_FILE``; the old
    key is destroyed: it signs nothing more. Returns the new certificate (PEM)."""
    data_dir = Path(data_dir)
    key_path, cert_path = data_dir / TSA_KEY_FILE, data_dir / TSA_CERT_FILE
    previous = data_dir / TSA_PREVIOUS_FILE
    old = cert_path.read_bytes()
    earlier = previous.read_bytes() if previous.exists() else b""
    if old not in earlier:  # a rotation that stopped half-way is finished, not doubled
        _replace(previous, earlier + old)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    certificate = make_certificate(key)
    _replace(key_path, pem, private=True)
    _replace(cert_path, certificate)
    return certificate


class Reply(core.Sequence):
    """TimeStampResp as RFC 3161 §2.4.2 has it: the token is optional (asn1crypto's type requires it,
    so a rejection would neither encode nor parse with it)."""

    _fields = [
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


class TimestampRejected(Exception):
    """A request the TSA answers with status "rejection"."""

    def __init__(self, fail_info: str, text: str) -> None:
        super().__init__(text)
        self.fail_info, self.text = fail_info, text


@dataclass
class TimestampAuthority:
    key: ec.EllipticCurvePrivateKey
    certificate_pem: bytes
    previous_pem: tuple[bytes, ...] = ()  # earlier certificates, oldest first (``rotate``)

    @classmethod
    def load(cls, data_dir: Path) -> TimestampAuthority:
        key = serialization.load_pem_private_key((data_dir / TSA_KEY_FILE).read_bytes(), None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
            raise ValueError(f"{data_dir / TSA_KEY_FILE} is not an ECDSA P-256 key")
        previous = data_dir / TSA_PREVIOUS_FILE
        earlier = (
            tuple(
                c.public_bytes(serialization.Encoding.PEM)
                for c in x509.load_pem_x509_certificates(previous.read_bytes())
            )
            if previous.exists()
            else ()
        )
        return cls(key, (data_dir / TSA_CERT_FILE).read_bytes(), earlier)

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(
            x509.load_pem_x509_certificate(self.certificate_pem).public_bytes(serialization.Encoding.DER)
        )

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.certificate.dump()).hexdigest()

    def respond(self, request_der: bytes, now: datetime | None = None) -> bytes:
        """A DER TimeStampResp for a DER TimeStampReq: granted with a token, or a rejection."""
        try:
            request = _parse(request_der)
            token = self._token(request, now or datetime.now(UTC))
            status = tsp.PKIStatusInfo({"status": "granted"})
            return tsp.TimeStampResp({"status": status, "time_stamp_token": token}).dump()
        except TimestampRejected as exc:
            status = tsp.PKIStatusInfo(
                {"status": "rejection", "status_string": [exc.text], "fail_info": {exc.fail_info}}
            )
            return Reply({"status": status}).dump()

    def stamp(self, sha256_digest: bytes, now: datetime | None = None) -> bytes:
        """A DER token over a SHA-256 digest (for the USB receipts file; no HTTP request)."""
        request = tsp.TimeStampReq(
            {
                "version": "v1",
                "message_imprint": {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "hashed_message": sha256_digest,
                },
                "cert_req": True,
            }
        )
        return self._token(_parse(request.dump()), now or datetime.now(UTC)).dump()

    def _token(self, request: tsp.TimeStampReq, now: datetime) -> cms.ContentInfo:
        cert = self.certificate
        info = {
            "version": "v1",
            "policy": POLICY_OID,
            "message_imprint": request["message_imprint"],
            # 128 random bits: unique without a counter that a crash could repeat
            "serial_number": secrets.randbits(127) | 1 << 126,
            "gen_time": now.astimezone(UTC).replace(microsecond=0),
            "accuracy": {"seconds": 1},
        }
        if request["nonce"].native is not None:
            info["nonce"] = request["nonce"].native
        tst_der = tsp.TSTInfo(info).dump()
        signed_attrs = cms.CMSAttributes(
            [
                {"type": "content_type", "values": ["tst_info"]},
                {"type": "message_digest", "values": [hashlib.sha256(tst_der).digest()]},
                {
                    "type": "signing_certificate_v2",
                    "values": [{"certs": [{"cert_hash": hashlib.sha256(cert.dump()).digest()}]}],
                },
            ]
        )
        signature = self.key.sign(signed_attrs.dump(), ec.ECDSA(hashes.SHA256()))
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": {
                            "issuer": cert.issuer,
                            "serial_number": cert.serial_number,
                        }
                    }
                ),
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "signed_attrs": signed_attrs,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
                "signature": signature,
            }
        )
        signed_data = {
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {
                "content_type": "tst_info",
                "content": core.ParsableOctetString(tst_der),
            },
            "signer_infos": [signer],
        }
        if request["cert_req"].native:
            signed_data["certificates"] = [cert]
        return cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(signed_data)})


def _parse(request_der: bytes) -> tsp.TimeStampReq:
    try:
        request = tsp.TimeStampReq.load(request_der, strict=True)
        version = request["version"].native
        algorithm = request["message_imprint"]["hash_algorithm"]["algorithm"].native
        digest = request["message_imprint"]["hashed_message"].native
        policy = request["req_policy"].native
        _ = request["nonce"].native, request["cert_req"].native
    except (ValueError, TypeError, KeyError):
        raise TimestampRejected("bad_data_format", "The request is not a DER TimeStampReq.") from None
    if version != "v1":
        raise TimestampRejected("bad_request", "Only version 1 requests are answered.")
    if algorithm not in DIGESTS:
        raise TimestampRejected("bad_alg", "Send a SHA-256, SHA-384 or SHA-512 digest.")
    if len(digest) != DIGESTS[algorithm]:
        raise TimestampRejected("bad_data_format", "The digest has the wrong length for its algorithm.")
    if policy is not None and policy != POLICY_OID:
        raise TimestampRejected(
            "unaccepted_policy", "This authority issues timestamps under one policy only."
        )
    if request["extensions"].native:
        raise TimestampRejected("unaccepted_extensions", "No request extensions are supported.")
    return request
