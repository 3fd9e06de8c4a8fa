"""The first window: pick a vault folder (recent ones remembered), enter the passphrase, open.

Opening derives the key with scrypt (~0.12 s) and checks the database, so it runs off the GUI
thread; every failure (wrong passphrase, locked, damaged) is a message on the form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore  # QtCore.Qt is named where used: its enums cost the window ~13 ms
from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import BusyOverlay, ErrorBanner
from desktop.ui.i18n import LANGUAGES, current_language, install_language

RECENT_KEY = "vaults/recent"
MAX_RECENT = 8


def recent_vaults() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_vault(folder: str | Path) -> None:
    folder = str(Path(folder).resolve())
    items = [folder] + [v for v in recent_vaults() if v != folder]
    QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])


def forget_vault(folder: str) -> None:
    QSettings().setValue(RECENT_KEY, [v for v in recent_vaults() if v != folder])


class OpenVaultWindow(QWidget):
    """Emits ``opened(vault)`` with an open desktop.vault.Vault; ``create_requested`` for the wizard."""

    opened = Signal(object)
    create_requested = Signal()
    failed = Signal(str)  # the message shown, for tests and the shell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.banner = ErrorBanner(self)

        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.currentItemChanged.connect(self._recent_chosen)
        self.recent.itemActivated.connect(lambda _item: self.passphrase.setFocus())
        self.recent_label.setBuddy(self.recent)
        self.recent.installEventFilter(self)

        self.folder = QLineEdit(self)
        self.folder.setClearButtonEnabled(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.open_vault)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.language_label, self.language)

        self.open_button = QPushButton(self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_vault)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.overlay = BusyOverlay(self)

        for first, second in (
            (self.recent, self.folder),
            (self.folder, self.browse),
            (self.browse, self.passphrase),
            (self.passphrase, self.language),
            (self.language, self.open_button),
            (self.open_button, self.create_button),
        ):
            self.setTabOrder(first, second)
        self.retranslate()
        self.reload_recent()

    # -- recent vaults ---------------------------------------------------------------------
    def reload_recent(self) -> None:
        self.recent.clear()
        self.recent.addItems(recent_vaults())  # the text is the folder
        for row in range(self.recent.count()):
            self.recent.item(row).setToolTip(self.recent.item(row).text())
        if self.recent.count() and not self.folder.text():
            self.recent.setCurrentRow(0)
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_label.setVisible(self.recent.count() > 0)
        (self.passphrase if self.folder.text() else self.folder).setFocus()

    def eventFilter(self, watched, event) -> bool:
        # Delete removes a stale entry from the list (the folder itself is untouched).
        if (
            watched is self.recent
            and event.type() == QEvent.Type.KeyPress
            and event.key() == QtCore.Qt.Key.Key_Delete
        ):
            item = self.recent.currentItem()
            if item is not None:
                forget_vault(item.text())
                self.folder.clear()
                self.reload_recent()
                return True
        return super().eventFilter(watched, event)

    def _recent_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.folder.setText(item.text())

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its type costs the first window ~1 ms

        title = self.tr("Choose the vault folder")
        folder = QFileDialog.getExistingDirectory(self, title, self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.passphrase.setFocus()

    def _language_chosen(self) -> None:
        install_language(self.language.currentData())

    # -- opening ---------------------------------------------------------------------------
    def set_vault(self, folder: str | Path, passphrase: str = "") -> None:
        self.folder.setText(str(folder))
        self.passphrase.setText(passphrase)

    def open_vault(self) -> None:
        if self.overlay.busy:
            return
        folder = self.folder.text().strip()
        passphrase = self.passphrase.text()
        if not folder:
            self._fail(self.tr("Choose the vault folder first."))
            self.folder.setFocus()
            return
        if not passphrase:
            self._fail(self.tr("Enter the vault passphrase (or the recovery code)."))
            self.passphrase.setFocus()
            return
        self.banner.clear()

        def work(_report, _cancelled):
            from desktop.vault import Vault

            return Vault.open(Path(folder), passphrase)

        self.overlay.run(self.tr("Opening the vault…"), work, self._opened, self._open_failed)

    def _opened(self, vault: object) -> None:
        self.passphrase.clear()
        remember_vault(self.folder.text().strip())
        self.reload_recent()
        self.opened.emit(vault)

    def _open_failed(self, exc: BaseException) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.banner.show_error(exc)
        self.failed.emit(self.banner.text())

    def _fail(self, message: str) -> None:
        self.banner.show_error(message)
        self.failed.emit(message)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a vault"))
        self.title.setText(self.tr("Quorum"))
        self.subtitle.setText(
            self.tr("Open your committee's encrypted vault, or create a new one for a new committee.")
        )
        self.recent_label.setText(self.tr("&Recent vaults:"))
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.setToolTip(
            self.tr("Enter or double-click: type the passphrase. Delete: forget the entry.")
        )
        self.folder_label.setText(self.tr("Vault &folder:"))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.folder.setPlaceholderText(self.tr("Folder that holds keyslots.json and vault.db"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the vault folder"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Vault passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery code"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the vault"))
        self.create_button.setText(self.tr("&New vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.language.blockSignals(True)  # the language may have been switched in Settings
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
