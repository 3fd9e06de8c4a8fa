"""Start the desktop app: the open-vault window, the create wizard, then the main window."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.errors import QuorumError
from desktop.ui.i18n import current_language, install_language


def read_demo_passphrase(credentials: Path) -> str:
    """The passphrase from the demo's CREDENTIALS.txt (line ``vault passphrase: ...``)."""
    for line in Path(credentials).read_text("utf-8").splitlines():
        label, _, value = line.partition(":")
        if label.strip().lower() == "vault passphrase":
            return value.strip()
    return ""


# What the window after the passphrase needs, loaded while the user types it: SQLAlchemy's ORM
# and the models (most of a second), the services the main window calls first, and the
# dashboard. Documents, sync and the other screens load when first used.
PRELOAD = (
    "desktop.services.committee",
    "desktop.services.member_vault",
    "desktop.ui.main_window",
    "desktop.ui.dashboard",
)


def preload() -> threading.Thread:
    """Import PRELOAD and configure the ORM's mappers in a background thread."""

    def load() -> None:
        try:
            from desktop.vault import load_models

            load_models()
            for name in PRELOAD:
                importlib.import_module(name)
        except Exception:  # the same import fails again, visibly, where it is needed
            logging.getLogger("quorum").exception("preloading failed")

    thread = threading.Thread(target=load, name="quorum-preload", daemon=True)
    thread.start()
    return thread


class _FirstPaint(QObject):
    """Calls ``then`` once, after ``window`` has first been painted."""

    def __init__(self, window: QObject, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


class Shell(QObject):
    """Switches between the open-vault window and the main window; owns the open vault."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.open_vault import OpenVaultWindow

        self.vault = None
        self.outbox_worker = None
        self.main_window = None
        self.wizard = None
        self.preloading: threading.Thread | None = None
        self.open_window = OpenVaultWindow()
        self.open_window.opened.connect(self.show_main)
        self.open_window.create_requested.connect(self.show_wizard)

    def start(self, vault: Path | None = None, credentials: Path | None = None) -> None:
        self.open_window.resize(self.open_window.sizeHint().expandedTo(self.open_window.minimumSizeHint()))
        self.open_window.show()
        # Preloading holds the GIL for most of a second: it starts once the window is on screen.
        _FirstPaint(self.open_window, self._preload)
        if vault is not None:
            passphrase = read_demo_passphrase(credentials) if credentials else ""
            self.open_window.set_vault(vault, passphrase)
            if passphrase:
                self.open_window.open_vault()

    def _preload(self) -> None:
        if self.preloading is None:
            self.preloading = preload()

    def show_wizard(self) -> None:
        from desktop.ui.create_vault_wizard import CreateVaultWizard

        self.wizard = CreateVaultWizard(self.open_window)
        self.wizard.created.connect(self._created)
        self.wizard.open()

    def _created(self, vault: object) -> None:
        from desktop.ui.open_vault import remember_vault

        remember_vault(vault.folder)
        self.open_window.reload_recent()
        self.show_main(vault)

    def show_main(self, vault: object) -> None:
        from desktop.ui.main_window import MainWindow

        self.vault = vault
        self.main_window = MainWindow(vault)
        self.main_window.close_vault_requested.connect(self.close_vault)
        self.main_window.closed.connect(self._main_closed)
        self.main_window.restore_geometry()
        self.main_window.show()
        self.open_window.hide()
        self._start_outbox(vault)

    def _start_outbox(self, vault: object) -> None:
        """Send signed decisions in the background whenever a registry is configured."""
        from desktop.sync.config import registry_config

        try:
            configured = bool(registry_config(vault).url)
        except QuorumError:
            configured = False
        if configured:
            from desktop.sync.outbox import OutboxWorker  # httpx and friends only when needed

            self.outbox_worker = OutboxWorker(vault)
            self.outbox_worker.start()

    def close_vault(self) -> None:
        """Back to the open-vault window with the vault closed."""
        window, self.main_window = self.main_window, None
        if window is not None:
            window.closed.disconnect(self._main_closed)
            window.close()
            window.deleteLater()
        self._release()
        self.open_window.reload_recent()
        self.open_window.show()

    def _main_closed(self) -> None:
        self.main_window = None
        self._release()
        QCoreApplication.quit()

    def _release(self) -> None:
        if self.outbox_worker is not None:
            self.outbox_worker.stop()
            self.outbox_worker = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    if not QCoreApplication.organizationName():  # tests set their own names
        QCoreApplication.setOrganizationName("Quorum")
        QCoreApplication.setApplicationName("Quorum")
    app.setApplicationDisplayName("Quorum")
    install_language(current_language())
    return app


def run_app(vault: Path | None = None, credentials: Path | None = None) -> int:
    """Show the app; with ``vault`` and the demo's ``credentials`` it opens that vault directly."""
    app = make_application()
    shell = Shell()
    shell.start(vault, credentials)
    code = app.exec()
    shell._release()
    return code
