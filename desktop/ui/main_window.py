"""The main window: navigation on the left, one screen at a time on the right.

Screens live in their own modules and are imported the first time they are shown, so a
missing or broken screen shows a placeholder instead of stopping the app.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # a bare name lupdate recognises
GEOMETRY_KEY = "window/main_geometry"


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    modules: tuple[str, ...]  # first importable one wins
    class_name: str
    optional: bool = False  # hidden, not a placeholder, when its module does not exist


SCREENS = (
    ScreenSpec("dashboard", ("desktop.ui.dashboard",), "DashboardScreen"),
    ScreenSpec("cases", ("desktop.ui.cases",), "CasesScreen"),
    ScreenSpec("members", ("desktop.ui.members",), "MembersScreen"),
    ScreenSpec("meeting", ("desktop.ui.meeting",), "MeetingScreen"),
    ScreenSpec("room", ("desktop.ui.meeting_host",), "MeetingHostScreen"),
    ScreenSpec("outbox", ("desktop.ui.outbox", "desktop.ui.sync_screen"), "OutboxScreen", optional=True),
    ScreenSpec("settings", ("desktop.ui.settings",), "SettingsScreen"),
)


# A member's own vault shows the member's side only (desktop.services.member_vault).
MEMBER_SCREENS = (
    ScreenSpec("packets", ("desktop.ui.member_packets",), "MemberPacketsScreen"),
    ScreenSpec("device_room", ("desktop.ui.meeting_device",), "MeetingDeviceScreen"),
)


def screen_title(key: str) -> str:
    return {
        "dashboard": translate("MainWindow", "Dashboard"),
        "cases": translate("MainWindow", "Cases"),
        "members": translate("MainWindow", "Members"),
        "meeting": translate("MainWindow", "Meeting"),
        "outbox": translate("MainWindow", "Outbox and sync"),
        "settings": translate("MainWindow", "Settings"),
        "packets": translate("MainWindow", "Review packets"),
        "room": translate("MainWindow", "Meeting room (network)"),
        "device_room": translate("MainWindow", "Join the meeting"),
    }.get(key, key)


def _find_module(spec: ScreenSpec):
    """The screen's module, or None when none of its modules exists (other errors propagate)."""
    for name in spec.modules:
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return None


def _screen_class(module, spec: ScreenSpec) -> type[QWidget]:
    """The module's screen: ``SCREEN`` if set, else the named class, else its one ``*Screen`` class."""
    cls = getattr(module, "SCREEN", None) or getattr(module, spec.class_name, None)
    if cls is None:
        found = [
            c
            for name, c in inspect.getmembers(module, inspect.isclass)
            if name.endswith("Screen") and c.__module__ == module.__name__ and issubclass(c, QWidget)
        ]
        if not found:
            raise LookupError(f"{module.__name__} defines no screen class")
        cls = found[0]
    return cls


class Placeholder(QWidget):
    """Stands in for a screen that is not available in this build."""

    def __init__(self, key: str, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.detail = detail
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def refresh(self) -> None:
        pass

    def retranslate(self) -> None:
        text = self.tr("The {screen} screen is not available in this version.").format(
            screen=screen_title(self.key)
        )
        self.label.setText(f"{text}\n{self.detail}" if self.detail else text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


class MainWindow(QMainWindow):
    """Holds the open vault; screens get it and talk only to desktop.services."""

    close_vault_requested = Signal()
    closed = Signal()

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        from desktop.services.member_vault import MEMBER, sweep_expired, vault_kind

        self.kind = vault_kind(vault)
        if self.kind.kind == MEMBER:
            sweep_expired(vault)  # an expired packet is destroyed whenever the member vault opens
        screens = MEMBER_SCREENS if self.kind.kind == MEMBER else SCREENS
        self.specs = [s for s in screens if not s.optional or self._available(s)]
        self.screens: dict[str, QWidget] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.nav.setStyleSheet("#navigation { font-size: 11pt; } #navigation::item { padding: 6px 12px; }")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for spec in self.specs:
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            page = QWidget(self.stack)  # holder; the screen is built on first show
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.itemClicked.connect(self._item_clicked)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.nav, 0)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.committee_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.committee_label)
        self._make_actions()
        self.retranslate()
        self._load_committee_name()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    @staticmethod
    def _available(spec: ScreenSpec) -> bool:
        return any(importlib.util.find_spec(name) is not None for name in spec.modules)

    # -- screens ---------------------------------------------------------------------------
    def screen_for(self, key: str) -> QWidget:
        """The screen for ``key``, built now if it was not yet shown."""
        if key not in self.screens:
            spec = next(s for s in self.specs if s.key == key)
            try:
                module = _find_module(spec)
                widget = Placeholder(key) if module is None else _screen_class(module, spec)(self.vault)
            except Exception as exc:  # a broken screen must not take the app down
                log.exception("screen %s failed to load", key)
                widget = Placeholder(key, f"{type(exc).__name__}: {exc}")
            self.pages[key].layout().addWidget(widget)
            self.screens[key] = widget
            if hasattr(widget, "navigate"):
                widget.navigate.connect(self.navigate)
        return self.screens[key]

    def show_screen(self, key: str) -> QWidget:
        index = [s.key for s in self.specs].index(key)
        self.nav.setCurrentRow(index)
        return self.screen_for(key)

    def restore_geometry(self) -> None:
        """The size and place it had last time, or most of the screen on first start."""
        saved = QSettings().value(GEOMETRY_KEY)
        if saved is None or not self.restoreGeometry(saved):
            area = self.screen().availableGeometry()
            self.resize(int(area.width() * 0.8), int(area.height() * 0.85))

    def current_key(self) -> str:
        return self.specs[self.nav.currentRow()].key

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        fresh = key not in self.screens
        widget = self.screen_for(key)
        self.stack.setCurrentWidget(self.pages[key])
        if not fresh and hasattr(widget, "refresh"):
            widget.refresh()  # a fresh screen loaded itself when built

    def _item_clicked(self, item: QListWidgetItem) -> None:
        """Clicking a screen's entry again goes back to its start, e.g. from a case to the list."""
        widget = self.screens.get(item.data(Qt.ItemDataRole.UserRole))
        if widget is not None and hasattr(widget, "show_list"):
            widget.show_list()

    def navigate(self, key: str, target: object = None) -> None:
        """Screens ask to show another screen, e.g. the dashboard opening a case."""
        widget = self.show_screen(key)
        if target is not None and hasattr(widget, "open_item"):
            widget.open_item(target)

    # -- window ----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_vault_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.close_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from desktop.ui.vault_menu import VaultMenu  # the vault jobs, each a dialog of its own

        self.vault_menu = VaultMenu(self.vault, self, self.file_menu, before=self.close_action)
        self.view_menu = self.menuBar().addMenu("")
        self.screen_actions: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_screen(k))
            self.view_menu.addAction(action)
            self.screen_actions.append(action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _load_committee_name(self) -> None:
        from desktop.errors import QuorumError
        from desktop.services.committee import get_committee

        try:
            self.committee_name = get_committee(self.vault).name
        except QuorumError:
            self.committee_name = ""
        self._update_title()

    def _update_title(self) -> None:
        if self.kind.kind == "member":
            which = self.tr("Member vault — {name}").format(name=self.kind.name)
            self.setWindowTitle(which)  # the platform adds the app name (applicationDisplayName)
            self.committee_label.setText(f"{which} · {self.vault.folder}")
            return
        name = self.committee_name or self.tr("(no committee)")
        self.setWindowTitle(name)
        which = self.tr("Committee vault")
        self.committee_label.setText(f"{which} — {name} · {self.vault.folder}")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Quorum"),
            self.tr("Quorum keeps a science-and-technology ethics review committee's record offline."),
        )

    def retranslate(self) -> None:
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            item.setText(screen_title(spec.key))
            self.screen_actions[row].setText(screen_title(spec.key))
        self.nav.setAccessibleName(self.tr("Screens"))
        self.file_menu.setTitle(self.tr("&File"))
        self.close_action.setText(self.tr("&Close vault"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Quorum"))
        if hasattr(self, "committee_name"):
            self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
