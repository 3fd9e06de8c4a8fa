"""`quorum-registry serve --certfile --keyfile` serves HTTPS itself; `quorum sync-config` sets the
proxy, extra roots and pins; `quorum sync-test` says which step fails. All as a person runs them:
the registry is a subprocess on 127.0.0.1, the desktop commands run end to end."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from desktop.cli import main
from desktop.sync.network import network_settings, spki_pin
from desktop.vault import Vault
from registry.cli import main as registry_main
from tests.sync.harness import free_port
from tests.sync.netkit import ProxyPy, issue_server, make_ca


@pytest.fixture
def served(tmp_path, demo):
    """The registry CLI serving HTTPS with a certificate from a test CA, the demo committee enrolled."""
    pki = tmp_path / "pki"
    ca = make_ca(pki, "Quorum Test Registry CA")
    server = issue_server(pki, ca)
    data = tmp_path / "registry"
    (tmp_path / "committee.json").write_bytes(demo["keys_file"])
    assert registry_main(["keys", "init", "--data", str(data)]) == 0
    assert registry_main(["committee", "add", str(tmp_path / "committee.json"), "--data", str(data)]) == 0
    assert registry_main(["keys", "export", "--data", str(data), "--out", str(tmp_path / "keys.json")]) == 0
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "registry.cli", "serve", "--data", str(data), "--port", str(port)]
        + ["--certfile", str(server.cert_path), "--keyfile", str(server.key_path), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    url = f"https://localhost:{port}"
    context = ssl.create_default_context(cafile=str(ca.cert_path))
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/healthz", verify=context, trust_env=False)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                with process.stdout:
                    raise RuntimeError(process.stdout.read().decode()) from None
            time.sleep(0.1)
    yield {"url": url, "ca": ca, "server": server, "keys": tmp_path / "keys.json"}
    process.terminate()
    process.wait(10)
    process.stdout.close()


def test_registry_serves_https_and_sync_config_test_and_sync_work_through_a_proxy(
    tmp_path, demo, served, monkeypatch, capsys
):
    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder)
    monkeypatch.setenv("QUORUM_PASSPHRASE", demo["passphrase"])
    (tmp_path / "ca.pem").write_bytes(served["ca"].pem)
    (tmp_path / "registry.pem").write_bytes(served["server"].pem)
    proxy = ProxyPy(tmp_path / "proxy", auth="ward:pa55")
    try:
        base = ["sync-config", str(folder), "--url", served["url"], "--keys", str(served["keys"])]
        assert main(base + ["--proxy", proxy.url, "--proxy-user", "ward"]) == 0
        out = capsys.readouterr().out
        assert f"proxy          {proxy.url}" in out and "password not set" in out

        assert main(["sync-test", str(folder)]) == 1
        out = capsys.readouterr().out
        assert "ok      proxy reachable" in out and "FAILED  proxy authentication" in out
        assert "Proxy authentication: the proxy" in out

        (tmp_path / "proxy-password").write_text("pa55\n")
        password_file = str(tmp_path / "proxy-password")
        assert main(["sync-config", str(folder), "--proxy-password-file", password_file]) == 0
        assert "password set, kept in the vault" in capsys.readouterr().out
        assert main(["sync-test", str(folder)]) == 1
        out = capsys.readouterr().out
        assert "FAILED  TLS" in out and "issued by Quorum Test Registry CA" in out

        assert main(["sync-config", str(folder), "--ca-bundle", str(tmp_path / "ca.pem")]) == 0
        assert main(["sync-config", str(folder), "--pin-cert", str(tmp_path / "registry.pem")]) == 0
        capsys.readouterr()
        assert main(["sync-test", str(folder)]) == 0
        out = capsys.readouterr().out
        for line in ("name lookup", "proxy reachable", "proxy authentication", "TLS: pinned key matches"):
            assert f"ok      {line}" in out
        assert "ok      registry keys match" in out and "sync will work" in out
        assert main(["sync", str(folder)]) == 0
        assert "3 confirmed, 0 rejected, 0 still to send" in capsys.readouterr().out
    finally:
        proxy.close()
    assert proxy.handled() > 0
    with Vault.open(folder, demo["passphrase"]) as vault:
        settings, secrets = network_settings(vault)
    assert settings.pins == (spki_pin(served["server"].der),) and secrets.proxy_password == "pa55"


def test_proxy_password_from_the_environment_and_bad_input_changes_nothing(
    tmp_path, demo, monkeypatch, capsys
):
    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder)
    monkeypatch.setenv("QUORUM_PASSPHRASE", demo["passphrase"])
    monkeypatch.setenv("QUORUM_PROXY_PASSWORD", "from-env")
    assert main(["sync-config", str(folder), "--proxy", "http://proxy.hospital.example:3128"]) == 0
    monkeypatch.delenv("QUORUM_PROXY_PASSWORD")
    capsys.readouterr()
    for bad in (
        ["--proxy", "socks://proxy:1080"],
        ["--pin", "not-a-pin", "--proxy", "http://other:8080"],
        ["--ca-bundle", str(tmp_path / "missing.pem"), "--proxy", "http://other:8080"],
        ["--url", "not a url", "--proxy", "http://other:8080"],
    ):
        assert main(["sync-config", str(folder), *bad]) == 2
        assert capsys.readouterr().err.count("\n") == 1  # one line
    with Vault.open(folder, demo["passphrase"]) as vault:
        settings, secrets = network_settings(vault)
    assert (settings.proxy_mode, settings.proxy_url) == ("manual", "http://proxy.hospital.example:3128")
    assert secrets.proxy_password == "from-env" and settings.pins == ()


def test_serve_needs_both_certificate_and_key(tmp_path, capsys):
    assert registry_main(["serve", "--data", str(tmp_path), "--certfile", str(tmp_path / "cert.pem")]) == 2
    assert "Give both --certfile and --keyfile" in capsys.readouterr().err
    missing = ["--certfile", str(tmp_path / "cert.pem"), "--keyfile", str(tmp_path / "key.pem")]
    assert registry_main(["serve", "--data", str(tmp_path), *missing]) == 2
    assert "Cannot read" in capsys.readouterr().err
