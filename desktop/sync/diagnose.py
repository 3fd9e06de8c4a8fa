"""The connection test: walk the path to the registry one step at a time and say which broke.

Steps, in order: name lookup, proxy reachable, proxy authentication, TLS, the registry
answering, the registry's keys matching the ones imported. The first failure ends the test with
one ConnectionProblem naming the step and what to ask IT for. Nothing is written anywhere: the
test reads the settings and sends only GET requests.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx

from desktop import signing
from desktop.errors import ConnectionProblem, QuorumError
from desktop.sync import receipts
from desktop.sync.config import RegistryConfig, registry_config
from desktop.sync.shape import BundleRejected
from desktop.sync.transport import (
    ProxyChoice,
    certificate_issuer,
    choose_proxy,
    explain,
    keys_problem,
    make_client,
    proxy_auth_problem,
)
from desktop.vault import Vault

STEPS = ("lookup", "proxy", "proxy_auth", "tls", "registry", "keys")
PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"  # skipped: not on this path, or not reached


@dataclass
class StepResult:
    step: str
    status: str
    info: str = ""  # facts for the passed line (an address, an issuer, a key id); not translated


@dataclass
class ConnectionReport:
    url: str
    proxy: ProxyChoice | None
    steps: list[StepResult] = field(default_factory=list)
    problem: QuorumError | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def failed_step(self) -> str:
        return next((s.step for s in self.steps if s.status == FAILED), "")


class _Peeked(ssl.SSLError):
    pass


def _peek_context(found: list[bytes]) -> ssl.SSLContext:
    """A context that completes a handshake without checking, keeps the certificate presented and
    aborts before any request is sent: to name the issuer of a certificate that is not trusted."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE

    class Peek(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            found.append(self.getpeercert(binary_form=True) or b"")
            self.close()
            raise _Peeked("peeked")

    ctx.sslsocket_class = Peek
    return ctx


def presented_issuer(config: RegistryConfig, proxy: ProxyChoice, timeout: float = 10.0) -> str | None:
    found: list[bytes] = []
    try:
        with make_client(config, timeout=timeout, verify=_peek_context(found), proxy=proxy) as client:
            client.get("/v1/keys")
    except httpx.HTTPError:
        pass
    return certificate_issuer(found[0]) if found and found[0] else None


def _not_a_registry(url: str, status: int) -> ConnectionProblem:
    return ConnectionProblem(
        "Registry: {url} answered, but not as a Quorum registry (HTTP {status}). Check the registry "
        "address, or ask IT whether a filter replaced the answer.",
        step="registry",
        url=url,
        status=status,
    )


def check_connection(config: RegistryConfig, timeout: float = 10.0) -> ConnectionReport:
    """Run every step until one fails (see the module text)."""
    report = ConnectionReport(config.url, None)
    results = {s: StepResult(s, SKIPPED) for s in STEPS}
    report.steps = [results[s] for s in STEPS]

    def fail(step: str, problem: QuorumError) -> ConnectionReport:
        results[step].status = FAILED
        report.problem = problem
        return report

    def passed(step: str, info: str = "") -> None:
        results[step].status, results[step].info = PASSED, info

    try:
        url = config.need_url()
        log_key = config.need_log_key()
    except QuorumError as exc:
        return fail("registry", exc)
    target = urlparse(url)
    try:
        proxy = choose_proxy(config.network, config.secrets, url)
    except ConnectionProblem as exc:
        return fail("proxy", exc)
    report.proxy = proxy

    # Name lookup: behind a proxy only the proxy's name is ours to look up; the proxy resolves the rest.
    name = proxy.host if proxy.url else (target.hostname or "")
    port = proxy.port if proxy.url else (target.port or (443 if target.scheme == "https" else 80))
    try:
        addresses = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        return fail(
            "lookup",
            ConnectionProblem(
                "Name lookup: {name} cannot be found ({detail}). Ask IT whether this computer may look "
                "up {name}, or which proxy to use.",
                step="lookup",
                name=name,
                detail=getattr(exc, "strerror", None) or str(exc),
            ),
        )
    passed("lookup", f"{name} → {addresses[0][4][0]}")

    if proxy.url:
        try:
            socket.create_connection((proxy.host, proxy.port), timeout=timeout).close()
        except OSError as exc:
            return fail(
                "proxy",
                ConnectionProblem(
                    "Proxy: nothing answers at {proxy} ({detail}). Ask IT for the current proxy address "
                    "and port.",
                    step="proxy",
                    proxy=proxy.address,
                    detail=exc.strerror or str(exc),
                ),
            )
        passed("proxy", proxy.address)

    pinned = bool(config.network.pins)
    try:
        with make_client(config, timeout=timeout, proxy=proxy) as client:
            response = client.get("/v1/keys")
            head = client.get("/v1/tree-head") if response.status_code == 200 else None
    except (httpx.ProxyError, httpx.ConnectError, httpx.ConnectTimeout) as exc:
        issuer = None
        problem = explain(exc, url, proxy, pinned=pinned)
        if problem.step == "tls" and isinstance(_ssl_cause(exc), ssl.SSLCertVerificationError):
            issuer = presented_issuer(config, proxy, timeout)
            problem = explain(exc, url, proxy, issuer=issuer, pinned=pinned)
        if problem.step == "tls" and proxy.url:
            passed("proxy_auth", "accepted" if proxy.username else "not asked")
        return fail(problem.step, problem)
    except httpx.TransportError as exc:
        return fail("registry", explain(exc, url, proxy))
    if response.status_code == 407:
        return fail("proxy_auth", proxy_auth_problem(proxy))
    if proxy.url:
        passed("proxy_auth", "accepted" if proxy.username else "not asked")
    if target.scheme == "https":
        passed("tls", "pinned key matches" if pinned else "trusted")
    try:
        document = response.json() if response.status_code == 200 else None
    except ValueError:
        document = None
    if not isinstance(document, dict) or not isinstance(document.get("log_key"), str):
        if response.status_code in (502, 503, 504) and proxy.url:
            return fail(
                "registry",
                ConnectionProblem(
                    "Registry: the proxy {proxy} could not reach {host} (HTTP {status}). Ask the "
                    "registry's operator whether it is running, and IT whether the proxy may reach {host}.",
                    step="registry",
                    proxy=proxy.address,
                    host=target.netloc,
                    status=response.status_code,
                ),
            )
        return fail("registry", _not_a_registry(url, response.status_code))
    passed("registry", url)

    expected = signing.public_key_id(log_key)
    mismatch = keys_problem(url, document, log_key, config.transport_key)
    if mismatch is not None:
        return fail("keys", mismatch)
    if head is not None and head.status_code == 200:
        try:
            receipts.verify_tree_head(head.json(), log_key)
        except (ValueError, BundleRejected):
            return fail(
                "keys",
                ConnectionProblem(
                    "Registry keys: the latest tree head from {url} is not signed by the log key {expected} "
                    "imported here. Ask the registry's operator for its current registry-keys.json, and do "
                    "not sync until they match.",
                    step="keys",
                    url=url,
                    expected=expected,
                ),
            )
    passed("keys", expected)
    return report


def _ssl_cause(exc: BaseException) -> BaseException | None:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ssl.SSLError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def check_vault_connection(vault: Vault, timeout: float = 10.0) -> ConnectionReport:
    return check_connection(registry_config(vault), timeout)
