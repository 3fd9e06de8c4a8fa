"""The settings screen's network part: proxy settings kept in the vault (never QSettings), and
"Test connection" run off the GUI thread against a real proxy (proxy.py) and registry on
127.0.0.1, its result shown step by step in English and Chinese (with a screenshot of each)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QSize

from desktop.sync.network import network_settings
from desktop.ui.settings import SettingsScreen
from tests.sync.harness import Registry, configure_vault, demo_copy, demo_source
from tests.sync.netkit import ProxyPy

PASSWORD = "ward-proxy-pa55"


@pytest.fixture
def hospital(tmp_path):
    """A copy of the demo vault reporting to a registry on 127.0.0.1, behind an authenticating proxy."""
    registry = Registry(tmp_path / "registry")
    registry.enrol(demo_source()["keys_file"])
    registry.serve()
    proxy = ProxyPy(tmp_path / "proxy", auth=f"ward:{PASSWORD}")
    with demo_copy(tmp_path) as vault:
        configure_vault(vault, registry)
        yield vault, proxy
    proxy.close()
    registry.close()


def fill_proxy(screen: SettingsScreen, proxy: ProxyPy, password: str) -> None:
    box = screen.network
    box.mode.setCurrentIndex(box.mode.findData("manual"))
    box.proxy_url.setText(proxy.url)
    box.user.setText("ward")
    box.password.setText(password)


def run_test(qtbot, screen: SettingsScreen):
    with qtbot.waitSignal(screen.network.tested, timeout=30_000) as signal:
        screen.network.test_button.click()
        assert not screen.network.test_button.isEnabled()  # the test runs off the GUI thread
    assert screen.network.test_button.isEnabled()
    return signal.args[0]


def test_proxy_settings_are_saved_in_the_vault_and_never_in_qsettings(qtbot, hospital, _qt_settings):
    vault, proxy = hospital
    screen = SettingsScreen(vault)
    qtbot.addWidget(screen)
    fill_proxy(screen, proxy, PASSWORD)
    with qtbot.waitSignal(screen.network.saved):
        screen.network.save_button.click()
    settings, secrets = network_settings(vault)
    assert (settings.proxy_mode, settings.proxy_url, settings.proxy_user) == ("manual", proxy.url, "ward")
    assert secrets.proxy_password == PASSWORD
    assert screen.network.password.text() == ""  # not shown back
    assert screen.network.password.placeholderText() == "(kept in the vault; type to change)"
    QSettings().sync()
    stored = [QSettings().value(k) for k in QSettings().allKeys()]
    assert PASSWORD not in repr(stored)
    for path in Path(_qt_settings).rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes()

    screen.network.proxy_url.setText("ftp://nowhere")  # bad input: one message, nothing changes
    with qtbot.assertNotEmitted(screen.network.saved):
        screen.network.save_button.click()
    assert "proxy address must look like" in screen.network.banner.text()
    assert network_settings(vault)[0].proxy_url == proxy.url


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = os.environ.get("QUORUM_SCREENSHOT_DIR")
    return Path(folder) if folder else tmp_path


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_connection_test_names_the_failed_step_and_changes_nothing(
    qtbot, hospital, use_language, language, shots
):
    vault, proxy = hospital
    use_language(language)
    screen = SettingsScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(QSize(1000, 1000))
    screen.show()
    before = network_settings(vault)
    fill_proxy(screen, proxy, "wrong")
    report = run_test(qtbot, screen)
    assert report.failed_step == "proxy_auth"
    text = screen.network.result.text()
    if language == "en":
        assert "✘ failed  Proxy authentication" in text and "✔ passed  Proxy reachable" in text
        assert "Proxy authentication: the proxy" in text and "407" in text
    else:
        assert "✘ 失败  代理身份验证" in text and "✔ 通过  代理可连接" in text
        assert "407" in text and "代理" in text.splitlines()[-1]
    assert network_settings(vault) == before  # testing saves nothing
    for _ in range(3):  # let the layout grow to the result before the picture
        QCoreApplication.processEvents()
    path = shots / language / "settings-connection-test.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert screen.grab().save(str(path))

    screen.network.password.setText(PASSWORD)
    report = run_test(qtbot, screen)
    assert report.ok
    done = "sync will work" if language == "en" else "可以同步"
    assert done in screen.network.result.text()
