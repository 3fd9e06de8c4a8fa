"""The last page of the create-vault wizard: the recovery code, shown once, with Print and Save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.ui.common import ErrorBanner


class RecoveryPage(QWizardPage):
    """The recovery code, shown this once, with Print and Save."""

    def __init__(self, wizard) -> None:  # the CreateVaultWizard: recovery, folder, committee_name
        super().__init__(wizard)
        self.owner = wizard
        self.banner = ErrorBanner(self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.code = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_dialog)
        self.kept = QCheckBox(self)
        self.kept.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.explain)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:
        self.code.setText(self.owner.recovery)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setAccessibleDescription(self.owner.recovery)

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def sheet(self) -> str:
        """The text that is printed or saved."""
        return "\n".join(
            [
                self.tr("Quorum vault recovery code"),
                self.tr("Committee: {name}").format(name=self.owner.committee_name),
                self.tr("Vault folder: {path}").format(path=self.owner.folder),
                self.tr("Created: {date}").format(date=date.today().isoformat()),
                "",
                self.owner.recovery,
                "",
                self.tr("Anyone holding this code can open the vault. Keep it locked away."),
            ]
        )

    def print_to(self, printer) -> None:
        document = QTextDocument()
        document.setPlainText(self.sheet())
        document.print_(printer)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_to(self, path: str | Path) -> None:
        Path(path).write_text(self.sheet() + "\n", "utf-8")
        try:
            Path(path).chmod(0o600)
        except OSError:  # some file systems have no modes; the file is still written
            pass

    def save_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery code"), "quorum-recovery-code.txt", self.tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            self.save_to(path)
        except OSError as exc:
            self.banner.show_error(self.tr("Could not save: {error}").format(error=exc.strerror or str(exc)))
            return
        self.banner.show_info(
            self.tr("Saved to {path}. Move it to removable media or print it.").format(path=path)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("Shown only now. Print it or save it before you continue."))
        self.explain.setText(
            self.tr(
                "If the passphrase is forgotten, this code is the only way into the vault. Quorum "
                "does not keep it anywhere and cannot show it again."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.save_button.setText(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code to a file"))
        self.kept.setText(self.tr("I have printed or saved the recovery code and will keep it safe"))
        self.kept.setAccessibleName(self.tr("Recovery code kept"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
