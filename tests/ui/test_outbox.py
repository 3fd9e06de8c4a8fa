"""The outbox screen: lists the outbox, syncs off the GUI thread, exports to USB, speaks Chinese."""

from __future__ import annotations

import pytest

from desktop.ui.outbox import OutboxScreen
from tests.sync.harness import Registry, configure_vault, demo_copy, demo_source


@pytest.fixture
def registry(tmp_path):
    r = Registry(tmp_path / "registry")
    r.enrol(demo_source()["keys_file"])
    yield r
    r.close()


@pytest.fixture
def vault(tmp_path):
    with demo_copy(tmp_path) as v:
        yield v


def statuses(screen: OutboxScreen) -> list[str]:
    return [screen.model.index(r, 2).data() for r in range(screen.model.rowCount())]


def test_lists_the_waiting_decisions(qtbot, vault):
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 3
    assert statuses(screen) == ["Waiting"] * 3
    assert screen.model.index(0, 0).data() == "BJSTEC-2026-031"
    assert not screen.sync_button.isEnabled()  # no registry configured yet
    assert "3 waiting" in screen.summary.text()


def test_sync_now_confirms_every_decision_off_the_gui_thread(qtbot, vault, registry):
    registry.serve()
    configure_vault(vault, registry)
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    assert screen.sync_button.isEnabled()
    with qtbot.waitSignal(screen.synced, timeout=20000) as blocker:
        screen.sync_now()
        assert screen.overlay.busy
    assert blocker.args[0].confirmed == 3
    assert statuses(screen) == ["Confirmed"] * 3
    assert [screen.model.index(r, 6).data() for r in range(3)] == ["#0", "#1", "#2"]
    assert not screen.overlay.busy


def test_unreachable_registry_is_reported_and_nothing_is_lost(qtbot, vault, registry):
    configure_vault(vault, registry, url="http://127.0.0.1:9")
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.synced, timeout=20000):
        screen.sync_now()
    assert "could not be reached" in screen.banner.text()
    assert statuses(screen) == ["Waiting"] * 3


def test_export_to_usb_marks_decisions_sent(qtbot, tmp_path, vault, registry):
    configure_vault(vault, registry, url="http://127.0.0.1:9")
    demo = demo_source()
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    assert screen.export_button.isEnabled()
    path = tmp_path / "carry.qcarry"
    with qtbot.waitSignal(screen.exported, timeout=20000):
        screen.export_to(str(path), demo["member_ids"]["周丽"], demo["pins"]["周丽"])
    assert path.exists()
    assert statuses(screen) == ["Sent, awaiting receipt"] * 3


def test_wrong_pin_shows_an_error_and_writes_nothing(qtbot, tmp_path, vault, registry):
    configure_vault(vault, registry, url="http://127.0.0.1:9")
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.failed, timeout=20000):
        screen.export_to(str(tmp_path / "c.qcarry"), demo_source()["member_ids"]["周丽"], "999999")
    assert "Wrong PIN" in screen.banner.text()
    assert not (tmp_path / "c.qcarry").exists()


def test_screen_speaks_chinese(qtbot, vault, use_language):
    screen = OutboxScreen(vault)
    qtbot.addWidget(screen)
    use_language("zh_CN")
    assert screen.sync_button.text() == "立即同步"
    assert statuses(screen) == ["待发送"] * 3
