"""Exactly-once delivery over real HTTP on 127.0.0.1: registry down, request cut, response lost,
bundle sent twice. "Exactly once" = every decision ends confirmed with a verified receipt, and
the registry's log holds each decision once. Each runs straight to the registry and again
through a real forwarding proxy with basic authentication (proxy.py), as in a hospital."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select

from desktop.sync import outbox
from desktop.sync.client import RegistryClient
from desktop.sync.config import registry_config
from desktop.sync.network import configure_network
from desktop.sync.outbox import CONFIRMED, SENT, WAITING, OutboxWorker, backoff, list_outbox, sync_once
from registry.models import LogEntry
from tests.sync.harness import FaultProxy, configure_vault, free_port
from tests.sync.netkit import ProxyPy


@pytest.fixture(params=["direct", "proxy"])
def route(request, tmp_path):
    """route(vault) sets how the desktop reaches the registry: straight, or through an
    authenticating forwarding proxy (the proxy then stands between the desktop and any FaultProxy)."""
    if request.param == "direct":
        yield lambda vault: None
        return
    proxy = ProxyPy(tmp_path / "hospital-proxy", auth="ward:pa55word")

    def through_proxy(vault) -> None:
        configure_network(
            vault, "secretary", proxy_mode="manual", proxy_url=proxy.url,
            proxy_user="ward", proxy_password="pa55word",
        )  # fmt: skip

    yield through_proxy
    proxy.close()
    assert proxy.handled() > 0  # the traffic really went through the proxy


def log_entries(registry) -> list[str]:
    with registry.store.session() as s:
        return list(s.execute(select(LogEntry.decision_id).order_by(LogEntry.leaf_index)).scalars())


def assert_delivered_once(vault, registry) -> None:
    items = list_outbox(vault)
    assert [i.status for i in items] == [CONFIRMED] * 3
    assert sorted(log_entries(registry)) == sorted(i.decision_id for i in items)
    assert sorted(i.leaf_index for i in items) == [0, 1, 2]


def test_registry_down_then_up_delivers_each_decision_once(demo_vault, registry, route):
    port = free_port()
    configure_vault(demo_vault, registry, url=f"http://127.0.0.1:{port}")
    route(demo_vault)
    now = datetime.now(UTC)

    report = sync_once(demo_vault, now=now, rng=random.Random(1))
    assert report.failed == 1 and report.confirmed == 0 and "cannot be reached" in report.error
    items = list_outbox(demo_vault)
    # Surely not sent: the connection was refused, or the proxy could not even fetch the registry's keys.
    assert [i.status for i in items] == [WAITING] * 3
    assert items[0].attempts == 1 and items[0].next_attempt_at > now

    assert sync_once(demo_vault, now=now).confirmed == 0  # backing off: nothing was due
    registry.serve(port)
    report = sync_once(demo_vault, now=items[0].next_attempt_at)
    assert report.confirmed == 3 and report.remaining == 0
    assert_delivered_once(demo_vault, registry)


def test_connection_cut_mid_request_then_delivered_once(demo_vault, registry, route):
    registry.serve()
    proxy = FaultProxy(registry.port)
    try:
        configure_vault(demo_vault, registry, url=proxy.url)
        route(demo_vault)
        proxy.plan = ["cut_request"]
        report = sync_once(demo_vault)
        assert report.failed == 1 and report.confirmed == 0
        assert log_entries(registry) == []  # the registry never saw a whole request
        assert list_outbox(demo_vault)[0].status == SENT  # it may have arrived, as far as we know

        report = sync_once(demo_vault, force=True)
        assert report.confirmed == 3
        assert_delivered_once(demo_vault, registry)
        assert proxy.log[0] == "cut_request"
    finally:
        proxy.close()


def test_response_lost_after_registry_committed_then_same_receipt(demo_vault, registry, route):
    registry.serve()
    proxy = FaultProxy(registry.port)
    try:
        configure_vault(demo_vault, registry, url=proxy.url)
        route(demo_vault)
        proxy.plan = ["lose_response"]
        report = sync_once(demo_vault)
        assert report.failed == 1
        first = list_outbox(demo_vault)[0]
        assert first.status == SENT and log_entries(registry) == [first.decision_id]  # committed, answer lost

        report = sync_once(demo_vault, force=True)
        assert report.confirmed == 3
        assert_delivered_once(demo_vault, registry)
        with registry.store.session() as s:
            stored = s.execute(select(LogEntry.receipt).where(LogEntry.leaf_index == 0)).scalar_one()
        assert list_outbox(demo_vault)[0].leaf_index == 0
        assert stored  # the receipt the desktop now holds is the one the registry stored at commit
    finally:
        proxy.close()


def test_bundle_sent_twice_gives_one_entry_and_the_same_receipt(demo_vault, registry, demo, route):
    registry.serve()
    configure_vault(demo_vault, registry)
    route(demo_vault)
    with RegistryClient.for_config(registry_config(demo_vault)) as client:
        first = client.submit(demo["bundles"][0])
        assert sync_once(demo_vault, client=client).confirmed == 3
        again = client.submit(demo["bundles"][0])
    assert again == first
    assert_delivered_once(demo_vault, registry)
    assert sync_once(demo_vault, force=True).confirmed == 0  # nothing left to send


def test_concurrent_senders_of_the_same_bundle_get_one_entry(registry, demo):
    registry.serve()
    results = []

    def send():
        results.append(httpx.post(f"{registry.url}/v1/bundles", content=demo["bundles"][1]))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in results) == [200] * 5 + [201]
    assert len({r.content for r in results}) == 1
    with registry.store.session() as s:
        assert s.execute(select(func.count()).select_from(LogEntry)).scalar_one() == 1


def test_backoff_doubles_up_to_a_cap_with_jitter():
    rng = random.Random(7)
    for attempts in range(1, 12):
        cap = min(outbox.MAX_DELAY, outbox.BASE_DELAY * 2 ** (attempts - 1))
        delays = {backoff(attempts, rng) for _ in range(20)}
        assert all(cap / 2 <= d <= cap for d in delays)
        assert len(delays) > 1  # jittered, so desktops do not retry in step


def test_worker_thread_sends_once_the_registry_is_up(demo_vault, registry, route):
    port = free_port()
    configure_vault(demo_vault, registry, url=f"http://127.0.0.1:{port}")
    route(demo_vault)
    reports, first_pass, done = [], threading.Event(), threading.Event()

    def on_report(report):
        reports.append(report)
        first_pass.set()
        if report.confirmed:
            done.set()

    worker = OutboxWorker(demo_vault, interval=3600, on_report=on_report)
    worker.start()
    try:
        assert first_pass.wait(20) and reports[0].failed == 1  # the registry is down: backing off
        registry.serve(port)
        with demo_vault.session() as s:  # skip the backoff the first pass set (the worker is asleep)
            from desktop.models import OutboxItem

            for item in s.execute(select(OutboxItem)).scalars():
                item.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)
        worker.wake()
        assert done.wait(20)
    finally:
        worker.stop()
    assert_delivered_once(demo_vault, registry)
