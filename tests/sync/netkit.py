"""Network parts for the hospital-network tests, all on 127.0.0.1 and started by the test:
a test PKI (cryptography), and proxy.py run as a real forwarding proxy (basic auth) or as a
real TLS-inspecting proxy with its own root."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID


@dataclass
class Issued:
    cert: x509.Certificate
    key: object
    cert_path: Path
    key_path: Path

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def _write(folder: Path, name: str, cert: x509.Certificate, key) -> Issued:
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return Issued(cert, key, cert_path, key_path)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Quorum tests"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_ca(folder: Path, common_name: str, name: str = "ca", use_rsa: bool = False) -> Issued:
    key = rsa.generate_private_key(65537, 2048) if use_rsa else ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _write(folder, name, cert, key)


def issue_server(folder: Path, ca: Issued, name: str = "server") -> Issued:
    """A server certificate for localhost and 127.0.0.1, issued by ``ca``."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
        .sign(ca.key, hashes.SHA256())
    )
    return _write(folder, name, cert, key)


class ProxyPy:
    """proxy.py (pip `proxy.py`) as a subprocess on 127.0.0.1: a forwarding proxy, with basic
    auth when ``auth`` is "user:password", TLS-inspecting when ``inspect_ca`` (an RSA root) is
    given, trusting ``upstream_ca`` for the registry as an inspecting proxy would."""

    def __init__(
        self,
        folder: Path,
        auth: str | None = None,
        inspect_ca: Issued | None = None,
        upstream_ca: Path | None = None,
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        port_file = folder / "port"
        command = [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0"]
        command += ["--port-file", str(port_file), "--num-workers", "1", "--num-acceptors", "1"]
        command += ["--log-level", "INFO", "--log-file", str(folder / "proxy.log")]
        if auth:
            command += ["--basic-auth", auth]
        if inspect_ca is not None:
            signing_key = folder / "signing-key.pem"
            signing_key.write_bytes(
                rsa.generate_private_key(65537, 2048).private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.TraditionalOpenSSL,
                    serialization.NoEncryption(),
                )
            )
            (folder / "certs").mkdir(exist_ok=True)
            command += ["--ca-key-file", str(inspect_ca.key_path)]
            command += ["--ca-cert-file", str(inspect_ca.cert_path)]
            command += ["--ca-signing-key-file", str(signing_key), "--ca-cert-dir", str(folder / "certs")]
        if upstream_ca is not None:
            command += ["--ca-file", str(upstream_ca)]
        self.process = subprocess.Popen(
            command,
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "HOME": str(folder)},  # proxy.py keeps its files under ~/.proxy
        )
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("proxy.py did not start")
            time.sleep(0.05)
        self.port = int(port_file.read_text().strip())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def handled(self) -> int:
        """Connections the proxy forwarded or tunnelled (its access log, one line each)."""
        log = self.folder / "proxy.log"
        return log.read_text(errors="replace").count("access_log") if log.exists() else 0

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
