"""The one place an HTTP client to the registry is built: proxy, trust store, pins.

``make_client(config)`` gives an ``httpx.Client`` whose base URL is the registry, that goes
through the proxy the settings name (the system's by default), verifies TLS against the
operating system's trust store (``truststore``: a hospital's inspection root installed there
just works) plus any extra roots kept in the vault, and, with pins set, refuses any
certificate whose public key is not the registry's, before a byte of the request is sent.
Every other call to the registry (sync, connection test, timestamps) should build its client
here so it behaves the same behind the same proxy.

``explain(exc, ...)`` turns what httpx raised into one ConnectionProblem naming the step that
failed and what to ask IT for.
"""

from __future__ import annotations

import socket
import ssl
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx
import truststore
from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop.errors import ConnectionProblem
from desktop.sync.network import NetworkSecrets, NetworkSettings, pin_matches

DEFAULT_TIMEOUT = 15.0


@dataclass(frozen=True)
class ProxyChoice:
    """The proxy a request to the registry goes through (url None: straight to it)."""

    url: str | None
    source: str  # manual, environment, os, pac, none
    username: str = ""
    password: str = field(default="", repr=False)

    @property
    def address(self) -> str:
        """host:port, for messages."""
        parsed = urlparse(self.url or "")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        return f"{parsed.hostname}:{port}" if parsed.hostname else ""

    @property
    def host(self) -> str:
        return urlparse(self.url or "").hostname or ""

    @property
    def port(self) -> int:
        parsed = urlparse(self.url or "")
        return parsed.port or (443 if parsed.scheme == "https" else 80)

    def httpx_proxy(self, ssl_context: ssl.SSLContext | None = None) -> httpx.Proxy | None:
        """``ssl_context`` checks an https:// proxy's own certificate (often from the hospital's CA)."""
        if not self.url:
            return None
        auth = (self.username, self.password) if self.username else None
        tls = ssl_context if self.url.startswith("https:") else None  # httpcore refuses one for http://
        return httpx.Proxy(self.url, auth=auth, ssl_context=tls)


def _split_credentials(url: str) -> tuple[str, str, str]:
    """(url without user:password@, user, password): a proxy URL from the environment may carry them."""
    parsed = urlparse(url if "://" in url else "http://" + url)
    user, password = unquote(parsed.username or ""), unquote(parsed.password or "")
    netloc = parsed.hostname or ""
    if parsed.port:
        netloc += f":{parsed.port}"
    return f"{parsed.scheme}://{netloc}", user, password


def _from_pac(pac, target: str) -> str | None:
    """The first usable proxy a PAC file (pypac PACFile) names for ``target``; None: direct."""
    value = pac.find_proxy_for_url(target, urlparse(target).hostname or "")
    for entry in str(value).split(";"):
        kind, _, where = entry.strip().partition(" ")
        if kind.upper() == "DIRECT":
            return None
        if kind.upper() in ("PROXY", "HTTP", "HTTPS") and where.strip():
            scheme = "https" if kind.upper() == "HTTPS" else "http"
            return f"{scheme}://{where.strip()}"
    return None  # only SOCKS or nothing usable: go direct rather than guess


# Servers hand PAC files out under many types; pypac alone accepts only the two official ones.
PAC_TYPES = [
    "application/x-ns-proxy-autoconfig",
    "application/x-javascript-config",
    "application/javascript",
    "text/javascript",
    "text/plain",
    "application/octet-stream",
]


def _pac_file(pac_url: str, wpad: bool):
    """The PAC file (a pypac PACFile) at ``pac_url``; when empty, the one the OS settings name
    (Windows, macOS), then, with ``wpad``, one found by WPAD (DNS names wpad.<domain>)."""
    import pypac
    from pypac.parser import MalformedPacError, PACFile

    try:
        if pac_url.startswith("file://"):
            try:
                script = Path(urllib.request.url2pathname(urlparse(pac_url).path)).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                return None
            return PACFile(script)
        return pypac.get_pac(
            url=pac_url or None, from_os_settings=True, from_dns=wpad, allowed_content_types=PAC_TYPES
        )
    except MalformedPacError:
        return None


def choose_proxy(settings: NetworkSettings, secrets: NetworkSecrets, target: str) -> ProxyChoice:
    """Which proxy to use for ``target``. Stored credentials apply to whichever proxy is used
    (a PAC file or the OS names the proxy, IT hands out the account), unless its URL has its own."""
    user, password = settings.proxy_user, secrets.proxy_password
    mode = settings.proxy_mode
    url: str | None = None
    source = "none"
    if mode == "manual":
        url, source = settings.proxy_url or None, "manual"
    elif mode == "pac" or (mode == "system" and sys.platform in ("win32", "darwin")):
        # System settings: only a PAC file the OS names. PAC mode: the given one, else WPAD.
        pac = _pac_file(settings.pac_url if mode == "pac" else "", wpad=mode == "pac")
        if pac is not None:
            url, source = _from_pac(pac, target), "pac"
        elif mode == "pac":
            raise ConnectionProblem(
                "Proxy: no proxy auto-configuration (PAC) file was found at {where}. Ask IT for the "
                "address of the PAC file, or for the proxy to set by hand.",
                step="proxy",
                where=settings.pac_url or "(WPAD)",
            )
    if mode == "system" and source == "none":
        # Environment variables everywhere; the registry / system settings on Windows and macOS.
        proxies = urllib.request.getproxies()
        host = urlparse(target).hostname or ""
        chosen = proxies.get(urlparse(target).scheme) or proxies.get("all")
        if chosen and not urllib.request.proxy_bypass(host):
            url, source = chosen, ("environment" if sys.platform not in ("win32", "darwin") else "os")
    if not url:
        return ProxyChoice(None, source if mode != "none" else "none")
    url, own_user, own_password = _split_credentials(url)
    scheme = urlparse(url).scheme
    if scheme not in ("http", "https"):  # e.g. socks5:// from the environment or the OS
        raise ConnectionProblem(
            "Proxy: {proxy} is a {scheme} proxy, which Quorum cannot use. Ask IT for an HTTP proxy "
            "(or one set in a PAC file).",
            step="proxy",
            proxy=url,
            scheme=scheme.upper(),
        )
    if own_user:
        user, password = own_user, own_password
    return ProxyChoice(url, source, user, password)


class PinMismatch(ssl.SSLError):
    """The registry's certificate does not carry a pinned key: something sits in between."""

    def __init__(self, cert_der: bytes) -> None:
        self.cert_der = cert_der
        super().__init__("the certificate presented is not the pinned one")


def _pinning_classes(ctx: ssl.SSLContext, pins: tuple[str, ...]) -> None:
    """Check the pins right after each handshake (socket and memory-BIO paths), before any request."""
    sock_base, obj_base = ctx.sslsocket_class, ctx.sslobject_class

    def check(conn) -> None:
        der = conn.getpeercert(binary_form=True)
        if der is None or not pin_matches(der, pins):
            raise PinMismatch(der or b"")

    class PinnedSocket(sock_base):
        def do_handshake(self, block: bool = False) -> None:
            ret = super().do_handshake(block)
            try:
                check(self)
            except PinMismatch:
                self.close()
                raise
            return ret

    class PinnedObject(obj_base):
        def do_handshake(self) -> None:
            ret = super().do_handshake()
            check(self)
            return ret

    ctx.sslsocket_class, ctx.sslobject_class = PinnedSocket, PinnedObject


def tls_context(settings: NetworkSettings) -> ssl.SSLContext:
    """The OS trust store, plus the extra roots kept in the vault, plus the pins."""
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if settings.extra_ca_pem:
        ctx.load_verify_locations(cadata=settings.extra_ca_pem)
    if settings.pins:
        _pinning_classes(ctx._ctx, settings.pins)  # the wrapped stdlib context does the handshakes
    return ctx


def make_client(
    config,
    secrets: NetworkSecrets | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    base_url: str | None = None,
    verify: ssl.SSLContext | None = None,
    transport: httpx.BaseTransport | None = None,
    proxy: ProxyChoice | None = None,
) -> httpx.Client:
    """An httpx client for the registry in ``config`` (a RegistryConfig): base URL, proxy, trust.

    ``secrets`` defaults to the ones the config was loaded with; ``base_url`` to the registry's URL;
    ``proxy`` to ``choose_proxy`` for that URL."""
    settings: NetworkSettings = config.network
    secrets = secrets if secrets is not None else config.secrets
    url = base_url or config.need_url()
    proxy = proxy or choose_proxy(settings, secrets, url)
    return httpx.Client(
        base_url=url,
        timeout=timeout,
        verify=verify or tls_context(settings),
        proxy=proxy.httpx_proxy(tls_context(replace(settings, pins=()))),
        trust_env=False,  # the proxy and roots were chosen above; httpx must not pick others
        transport=transport,
    )


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def certificate_issuer(cert_der: bytes) -> str:
    """The issuer's common name (or organisation, or whole name), for a message."""
    try:
        issuer = x509.load_der_x509_certificate(cert_der).issuer
    except ValueError:
        return "(unreadable certificate)"
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        found = issuer.get_attributes_for_oid(oid)
        if found:
            return str(found[0].value)
    return issuer.rfc4514_string() or "(no name)"


def explain(
    exc: BaseException, target: str, proxy: ProxyChoice, issuer: str | None = None, pinned: bool = False
) -> ConnectionProblem:
    """One line naming the step that failed and what to ask IT for. ``issuer`` is the issuer of
    the certificate presented, when the caller looked (the connection test does); ``pinned`` says
    the registry's key is pinned, so any certificate but the registry's is an inspecting proxy's."""
    host = urlparse(target).hostname or target
    port = urlparse(target).port or (443 if target.startswith("https") else 80)
    via = proxy.address
    for cause in _causes(exc):
        if isinstance(cause, PinMismatch) or (pinned and isinstance(cause, ssl.SSLCertVerificationError)):
            if isinstance(cause, PinMismatch):
                issuer = certificate_issuer(cause.cert_der) if cause.cert_der else "(none)"
            return ConnectionProblem(
                "TLS: the certificate presented for {host} (issued by {issuer}) does not carry the "
                "registry's pinned key, so something in between is inspecting TLS. Nothing was sent. "
                "Ask IT to exempt {host} from TLS inspection.",
                step="tls",
                host=host,
                issuer=issuer or "(unknown)",
            )
        if isinstance(cause, ssl.SSLCertVerificationError):
            if issuer:
                return ConnectionProblem(
                    "TLS: the certificate for {host} was issued by {issuer}, which this computer does "
                    "not trust. If that is the hospital's TLS inspection certificate, ask IT to install "
                    "its root certificate on this computer (or add it under extra trusted certificates).",
                    step="tls",
                    host=host,
                    issuer=issuer,
                )
            return ConnectionProblem(
                "TLS: the certificate for {host} is not trusted ({detail}). Ask IT whether HTTPS to "
                "{host} is inspected, and for the inspection root certificate.",
                step="tls",
                host=host,
                detail=cause.verify_message or str(cause),
            )
        if isinstance(cause, ssl.SSLError):
            return ConnectionProblem(
                "TLS: the secure connection to {host} failed ({detail}). Ask IT whether HTTPS to {host} "
                "is blocked or inspected.",
                step="tls",
                host=host,
                detail=cause.reason or str(cause),
            )
        if isinstance(cause, socket.gaierror):
            return ConnectionProblem(
                "Name lookup: {name} cannot be found ({detail}). Ask IT whether this computer may look "
                "up {name}, or which proxy to use.",
                step="lookup",
                name=proxy.host if proxy.url else host,
                detail=cause.strerror or str(cause),
            )
    if isinstance(exc, httpx.ProxyError):
        status = str(exc).split(" ", 1)[0]
        if status == "407":
            return proxy_auth_problem(proxy)
        return ConnectionProblem(
            "Proxy: {proxy} would not connect to {host}:{port} ({detail}). Ask IT to allow HTTPS "
            "to {host}:{port} through the proxy.",
            step="proxy",
            proxy=via,
            host=host,
            port=port,
            detail=str(exc),
        )
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout) and proxy.url:
        return ConnectionProblem(
            "Proxy: nothing answers at {proxy} ({detail}). Ask IT for the current proxy address and port.",
            step="proxy",
            proxy=via,
            detail=_short(exc),
        )
    return ConnectionProblem(
        "Registry: {host}:{port} did not answer ({detail}). Ask the registry's operator whether it "
        "is running, and IT whether {host} is reachable from this network.",
        step="registry",
        host=host,
        port=port,
        detail=_short(exc),
    )


def keys_problem(
    url: str, document: dict, log_key: bytes, transport_key: bytes | None
) -> ConnectionProblem | None:
    """None when the registry's /v1/keys document holds the keys imported here."""
    from desktop import signing

    def key(name: str) -> bytes:
        try:
            return signing.unb64(document.get(name) or "")
        except (ValueError, TypeError):
            return b""

    found = key("log_key")
    if found != log_key:
        return ConnectionProblem(
            "Registry keys: the registry at {url} signs with log key {found}, not the key {expected} "
            "imported here. Ask the registry's operator for its current registry-keys.json, and do "
            "not sync until they match.",
            step="keys",
            url=url,
            found=signing.public_key_id(found) if found else "(unreadable)",
            expected=signing.public_key_id(log_key),
        )
    if transport_key and key("transport_key") != transport_key:
        return ConnectionProblem(
            "Registry keys: the registry at {url} has another transport key than the one imported "
            "here. Ask the registry's operator for its current registry-keys.json, and do not sync "
            "until they match.",
            step="keys",
            url=url,
        )
    return None


def proxy_auth_problem(proxy: ProxyChoice) -> ConnectionProblem:
    if not proxy.username:
        return ConnectionProblem(
            "Proxy authentication: the proxy {proxy} asks for a username and password (HTTP 407). "
            "Ask IT for the proxy account and enter it in Settings.",
            step="proxy_auth",
            proxy=proxy.address,
        )
    return ConnectionProblem(
        "Proxy authentication: the proxy {proxy} refused the username {user} and its password "
        "(HTTP 407). Check the password in Settings, or ask IT whether the account may use the proxy.",
        step="proxy_auth",
        proxy=proxy.address,
        user=proxy.username,
    )


def _short(exc: BaseException) -> str:
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
    return str(exc) or type(exc).__name__
