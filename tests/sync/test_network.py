"""Sync through a hospital's network, with real parts on 127.0.0.1: proxy.py as a forwarding
proxy with basic auth and as a TLS-inspecting proxy with its own root, and a registry served
over HTTPS with a test CA. Each bad input gets one line naming the step and changes nothing."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop.errors import ConnectionProblem, ValidationError
from desktop.models import AuditEvent
from desktop.sync import transport
from desktop.sync.config import registry_config
from desktop.sync.diagnose import PASSED, SKIPPED, check_vault_connection
from desktop.sync.network import (
    NetworkSecrets,
    NetworkSettings,
    configure_network,
    network_settings,
    spki_pin,
)
from desktop.sync.outbox import CONFIRMED, WAITING, list_outbox, sync_once
from tests.sync.harness import Registry, configure_vault, free_port
from tests.sync.netkit import ProxyPy, issue_server, make_ca

USER, PASSWORD = "secretary", "s3cret-proxy-pass"


@pytest.fixture
def pki(tmp_path):
    folder = tmp_path / "pki"
    registry_ca = make_ca(folder, "Quorum Test Registry CA")
    return {
        "ca": registry_ca,
        "server": issue_server(folder, registry_ca),
        "inspection": make_ca(folder, "Hospital Inspection Root", name="inspection", use_rsa=True),
    }


@pytest.fixture
def https_registry(registry, pki):
    return registry.serve(tls=(pki["server"].cert_path, pki["server"].key_path))


@pytest.fixture
def auth_proxy(tmp_path):
    proxy = ProxyPy(tmp_path / "proxy", auth=f"{USER}:{PASSWORD}")
    yield proxy
    proxy.close()


@pytest.fixture
def inspecting_proxy(tmp_path, pki):
    proxy = ProxyPy(tmp_path / "inspector", inspect_ca=pki["inspection"], upstream_ca=pki["ca"].cert_path)
    yield proxy
    proxy.close()


def statuses(vault) -> list[str]:
    return [i.status for i in list_outbox(vault)]


def steps(report) -> dict[str, str]:
    return {s.step: s.status for s in report.steps}


def assert_nothing_sent_and_backing_off(vault, registry, report, before: datetime) -> None:
    """The outbox keeps every entry, none counted as sent, and waits before trying again."""
    items = list_outbox(vault)
    assert [i.status for i in items] == [WAITING] * 3
    assert items[0].attempts == 1 and items[0].next_attempt_at > before
    assert all(i.next_attempt_at >= items[0].next_attempt_at for i in items[1:])
    assert report.failed == 1 and report.confirmed == 0
    with registry.store.session() as s:
        from registry.models import LogEntry

        assert s.execute(select(LogEntry)).first() is None


# --- settings: where the proxy password lives ---------------------------------------------------


def test_proxy_password_is_kept_encrypted_in_the_vault_and_out_of_the_audit_trail(demo_vault):
    configure_network(
        demo_vault, "secretary", proxy_mode="manual", proxy_url="proxy.hospital.example:3128",
        proxy_user=USER, proxy_password=PASSWORD,
    )  # fmt: skip
    settings, secrets = network_settings(demo_vault)
    assert settings.proxy_url == "http://proxy.hospital.example:3128" and settings.proxy_user == USER
    assert secrets.proxy_password == PASSWORD
    assert PASSWORD not in repr(registry_config(demo_vault))
    with demo_vault.session() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
    assert event.action == "committee.network" and event.payload["proxy_password"] == "(changed)"
    assert PASSWORD not in json.dumps(event.payload)
    for path in demo_vault.folder.rglob("*"):  # the database is SQLCipher: the password is not in clear
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_bad_network_settings_change_nothing(demo_vault):
    configure_network(demo_vault, "secretary", proxy_mode="manual", proxy_url="http://proxy:8080")
    before = network_settings(demo_vault)
    for bad in (
        {"proxy_url": "ftp://proxy:21"},
        {"proxy_url": "http://user:pw@proxy:8080"},
        {"proxy_mode": "sometimes"},
        {"pins": ["abc"]},
        {"extra_ca_pem": "not a certificate"},
        {"proxy_mode": "manual", "proxy_url": "", "proxy_password": "x"},
    ):
        with pytest.raises(ValidationError):
            configure_network(demo_vault, "secretary", **bad)
        assert network_settings(demo_vault) == before


# --- which proxy: system settings by default, PAC, explicit -------------------------------------


def test_system_proxy_from_the_environment_by_default_and_no_proxy_respected(monkeypatch):
    monkeypatch.setenv("https_proxy", "http://envuser:envpass@proxy.hospital.example:3128")
    monkeypatch.setenv("no_proxy", "intranet.example")
    chosen = transport.choose_proxy(NetworkSettings(), NetworkSecrets(), "https://registry.example")
    assert (chosen.url, chosen.source) == ("http://proxy.hospital.example:3128", "environment")
    assert (chosen.username, chosen.password) == ("envuser", "envpass")
    bypassed = transport.choose_proxy(NetworkSettings(), NetworkSecrets(), "https://intranet.example")
    assert bypassed.url is None
    none = transport.choose_proxy(
        NetworkSettings(proxy_mode="none"), NetworkSecrets(), "https://registry.example"
    )
    assert none.url is None
    monkeypatch.setenv("https_proxy", "socks5://proxy.hospital.example:1080")
    with pytest.raises(ConnectionProblem, match="is a SOCKS5 proxy, which Quorum cannot use") as raised:
        transport.choose_proxy(NetworkSettings(), NetworkSecrets(), "https://registry.example")
    assert raised.value.step == "proxy"


def test_pac_file_names_the_proxy_and_stored_credentials_apply(tmp_path):
    pac = tmp_path / "proxy.pac"
    pac.write_text(
        "function FindProxyForURL(url, host) {\n"
        '  if (dnsDomainIs(host, ".hospital.example")) return "DIRECT";\n'
        '  return "PROXY proxy.hospital.example:8080; DIRECT";\n}\n'
    )
    settings = NetworkSettings(proxy_mode="pac", pac_url=pac.as_uri(), proxy_user=USER)
    chosen = transport.choose_proxy(settings, NetworkSecrets(PASSWORD), "https://registry.example")
    assert (chosen.url, chosen.source, chosen.username, chosen.password) == (
        "http://proxy.hospital.example:8080",
        "pac",
        USER,
        PASSWORD,
    )
    inside = transport.choose_proxy(settings, NetworkSecrets(), "https://ehr.hospital.example")
    assert inside.url is None


def test_sync_through_the_proxy_a_served_pac_file_names(demo_vault, registry, auth_proxy):
    """A PAC file served over HTTP (as text/plain, as many servers do) names the authenticating proxy."""
    script = f'function FindProxyForURL(url, host) {{ return "PROXY 127.0.0.1:{auth_proxy.port}"; }}'

    class PacHandler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = script.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PacHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        registry.serve()
        configure_vault(demo_vault, registry)
        pac_url = f"http://127.0.0.1:{server.server_port}/proxy.pac"
        configure_network(
            demo_vault,
            "secretary",
            proxy_mode="pac",
            pac_url=pac_url,
            proxy_user=USER,
            proxy_password=PASSWORD,
        )
        report = check_vault_connection(demo_vault)
        assert report.ok and report.proxy.source == "pac" and report.proxy.port == auth_proxy.port
        assert sync_once(demo_vault).confirmed == 3
    finally:
        server.shutdown()
        server.server_close()
    auth_proxy.close()
    assert auth_proxy.handled() > 0


def test_missing_pac_file_is_named_and_changes_nothing(demo_vault, registry):
    registry.serve()
    configure_vault(demo_vault, registry)
    configure_network(
        demo_vault, "secretary", proxy_mode="pac", pac_url=f"http://127.0.0.1:{free_port()}/x.pac"
    )
    report = check_vault_connection(demo_vault)
    assert (
        report.failed_step == "proxy" and "no proxy auto-configuration (PAC) file" in report.problem.message
    )
    with pytest.raises(ConnectionProblem):
        sync_once(demo_vault)
    assert statuses(demo_vault) == [WAITING] * 3 and all(i.attempts == 0 for i in list_outbox(demo_vault))


# --- a real forwarding proxy with basic authentication -------------------------------------------


def test_sync_through_an_authenticating_proxy(demo_vault, registry, auth_proxy):
    registry.serve()
    configure_vault(demo_vault, registry)
    configure_network(
        demo_vault, "secretary", proxy_mode="manual", proxy_url=auth_proxy.url,
        proxy_user=USER, proxy_password=PASSWORD,
    )  # fmt: skip
    report = check_vault_connection(demo_vault)
    assert report.ok and steps(report)["proxy_auth"] == PASSED and steps(report)["tls"] == SKIPPED
    assert sync_once(demo_vault).confirmed == 3
    assert statuses(demo_vault) == [CONFIRMED] * 3


def test_wrong_proxy_password_is_one_line_naming_the_step_and_the_outbox_backs_off(
    demo_vault, https_registry, auth_proxy, pki
):
    configure_vault(demo_vault, https_registry)
    configure_network(
        demo_vault, "secretary", proxy_mode="manual", proxy_url=auth_proxy.url,
        proxy_user=USER, proxy_password="wrong", extra_ca_pem=pki["ca"].pem.decode(),
    )  # fmt: skip
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "proxy_auth"
    assert steps(report)["lookup"] == PASSED and steps(report)["proxy"] == PASSED
    assert report.problem.message.startswith("Proxy authentication:") and "\n" not in report.problem.message
    assert "407" in report.problem.message and "password" in report.problem.message

    now = datetime.now(UTC)
    sync = sync_once(demo_vault, now=now)
    assert "Proxy authentication:" in sync.error
    assert_nothing_sent_and_backing_off(demo_vault, https_registry, sync, now)

    configure_network(demo_vault, "secretary", proxy_password=PASSWORD)
    assert sync_once(demo_vault, force=True).confirmed == 3


def test_missing_proxy_credentials_are_named(demo_vault, registry, auth_proxy):
    registry.serve()  # plain HTTP: the proxy answers 407 to the forwarded request itself
    configure_vault(demo_vault, registry)
    configure_network(demo_vault, "secretary", proxy_mode="manual", proxy_url=auth_proxy.url)
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "proxy_auth" and "asks for a username and password" in report.problem.message
    now = datetime.now(UTC)
    assert_nothing_sent_and_backing_off(demo_vault, registry, sync_once(demo_vault, now=now), now)


def test_proxy_down_is_named(demo_vault, registry):
    registry.serve()
    configure_vault(demo_vault, registry)
    port = free_port()
    configure_network(demo_vault, "secretary", proxy_mode="manual", proxy_url=f"http://127.0.0.1:{port}")
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "proxy" and steps(report)["lookup"] == PASSED
    assert report.problem.message.startswith(f"Proxy: nothing answers at 127.0.0.1:{port}")
    now = datetime.now(UTC)
    sync = sync_once(demo_vault, now=now)
    assert "Proxy: nothing answers" in sync.error
    assert_nothing_sent_and_backing_off(demo_vault, registry, sync, now)


def test_name_lookup_failure_is_named(demo_vault, registry, monkeypatch):
    registry.serve()
    configure_vault(demo_vault, registry, url="http://registry.invalid:8470")
    real = socket.getaddrinfo

    def hospital_dns(host, *args, **kwargs):  # a resolver that does not know the name (no query leaves)
        if host == "registry.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hospital_dns)
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "lookup"
    assert report.problem.message.startswith("Name lookup: registry.invalid cannot be found")
    now = datetime.now(UTC)
    sync = sync_once(demo_vault, now=now)
    assert "Name lookup: registry.invalid" in sync.error
    assert_nothing_sent_and_backing_off(demo_vault, registry, sync, now)


# --- the registry over HTTPS with a test CA -----------------------------------------------------


def test_unknown_root_names_its_issuer_then_the_os_store_or_an_extra_bundle_fixes_it(
    demo_vault, https_registry, pki, monkeypatch, tmp_path
):
    configure_vault(demo_vault, https_registry)
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "tls"
    assert "issued by Quorum Test Registry CA, which this computer does not trust" in report.problem.message
    now = datetime.now(UTC)
    assert_nothing_sent_and_backing_off(demo_vault, https_registry, sync_once(demo_vault, now=now), now)

    # The root installed in the system's store (on Linux OpenSSL's, which SSL_CERT_FILE names): no extra step.
    store = tmp_path / "os-store.pem"
    store.write_bytes(pki["ca"].pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(store))
    assert check_vault_connection(demo_vault).ok
    monkeypatch.delenv("SSL_CERT_FILE")
    assert check_vault_connection(demo_vault).failed_step == "tls"

    configure_network(demo_vault, "secretary", extra_ca_pem=pki["ca"].pem.decode())
    report = check_vault_connection(demo_vault)
    assert report.ok and steps(report)["tls"] == PASSED and steps(report)["keys"] == PASSED
    assert sync_once(demo_vault, force=True).confirmed == 3


def test_registry_with_other_keys_is_named_and_changes_nothing(demo_vault, registry, tmp_path):
    registry.serve()
    other = Registry(tmp_path / "other-registry")
    try:
        configure_vault(demo_vault, other, url=registry.url)  # the keys of another registry
        report = check_vault_connection(demo_vault)
        assert report.failed_step == "keys" and steps(report)["registry"] == PASSED
        assert report.problem.message.startswith("Registry keys:")
        assert other.keys.log_id in report.problem.message and registry.keys.log_id in report.problem.message
        now = datetime.now(UTC)
        sync = sync_once(demo_vault, now=now)  # sync checks the keys first and sends nothing
        assert sync.error.startswith("The registry cannot be reached: Registry keys:")
        assert_nothing_sent_and_backing_off(demo_vault, registry, sync, now)
    finally:
        other.close()


# --- a real TLS-inspecting proxy ----------------------------------------------------------------


def test_inspecting_proxy_works_once_its_root_is_trusted(demo_vault, https_registry, inspecting_proxy, pki):
    configure_vault(demo_vault, https_registry)
    configure_network(
        demo_vault, "secretary", proxy_mode="manual", proxy_url=inspecting_proxy.url,
        extra_ca_pem=pki["ca"].pem.decode(),
    )  # fmt: skip
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "tls"
    assert "issued by Hospital Inspection Root, which this computer does not trust" in report.problem.message

    configure_network(demo_vault, "secretary", extra_ca_pem=pki["inspection"].pem.decode())
    assert check_vault_connection(demo_vault).ok
    assert sync_once(demo_vault, force=True).confirmed == 3
    assert statuses(demo_vault) == [CONFIRMED] * 3  # receipts verify: the proxy read, but could not forge
    assert (inspecting_proxy.folder / "certs" / "localhost.pem").exists()  # it did intercept


@pytest.mark.parametrize("root_trusted", [True, False])
def test_pinning_refuses_an_inspecting_proxy_with_a_message_saying_so(
    demo_vault, https_registry, inspecting_proxy, pki, root_trusted
):
    configure_vault(demo_vault, https_registry)
    roots = pki["ca"].pem + (pki["inspection"].pem if root_trusted else b"")
    configure_network(
        demo_vault, "secretary", proxy_mode="manual", proxy_url=inspecting_proxy.url,
        extra_ca_pem=roots.decode(), pins=[spki_pin(pki["server"].der)],
    )  # fmt: skip
    report = check_vault_connection(demo_vault)
    assert report.failed_step == "tls" and steps(report)["proxy"] == PASSED
    message = report.problem.message
    assert "(issued by Hospital Inspection Root) does not carry the registry's pinned key" in message
    assert "inspecting TLS" in message and "exempt localhost from TLS inspection" in message
    now = datetime.now(UTC)
    sync = sync_once(demo_vault, now=now)
    assert "pinned key" in sync.error
    assert_nothing_sent_and_backing_off(demo_vault, https_registry, sync, now)

    configure_network(demo_vault, "secretary", proxy_mode="none")  # straight to the registry: the pin holds
    report = check_vault_connection(demo_vault)
    assert report.ok and steps(report)["tls"] == PASSED
    assert sync_once(demo_vault, force=True).confirmed == 3
