"""Every window and dialog has a title in the UI language, and none repeats the app name: Qt
adds the application display name ("… — Quorum") to every title itself."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.open_vault import OpenVaultWindow
from tests.ui.test_screenshots import every_dialog

APP = "Quorum"


@pytest.fixture
def display_name(qapp):
    """The name the app gives itself (desktop.ui.app.make_application), for this test only."""
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName(APP)
    yield APP
    QGuiApplication.setApplicationDisplayName(before)


def shown_title(title: str) -> str:
    """The title as the window system shows it (QPlatformWindow::formatWindowTitle)."""
    app = QGuiApplication.applicationDisplayName()
    return title if title.endswith(app) else f"{title} — {app}" if title else app


def titles(qtbot, vault) -> dict[str, str]:
    found = {}
    for name, dialog in every_dialog(vault):
        qtbot.addWidget(dialog)
        found[name] = dialog.windowTitle()
    window = OpenVaultWindow()
    qtbot.addWidget(window)
    found["open_vault"] = window.windowTitle()
    return found


def test_every_title_is_there_translated_and_names_the_app_once(
    qtbot, open_demo_vault, use_language, display_name
):
    english = titles(qtbot, open_demo_vault)
    use_language("zh_CN")
    chinese = titles(qtbot, open_demo_vault)
    assert len(english) >= 30
    for name, title in (*english.items(), *(("zh " + k, v) for k, v in chinese.items())):
        assert title.strip(), f"{name} has no title"
        assert shown_title(title).count(display_name) == 1, f"{name}: {shown_title(title)!r}"
    # a member's dialogs name them as the lists do: the English name in the English UI
    assert english["renew_term"] == "Renew the term of Wang Jianguo" and "王建国" in chinese["renew_term"]
    assert english["edit_member"] == "Edit member: Wang Jianguo"
    same = [name for name in english if english[name] == chinese[name]]
    assert same == [], f"titles not translated: {same}"


def test_the_main_window_is_titled_by_the_committee_alone(qtbot, open_demo_vault, display_name):
    window = MainWindow(open_demo_vault)
    qtbot.addWidget(window)
    assert shown_title(window.windowTitle()) == f"北京协和示范医院科技伦理委员会 — {display_name}"
