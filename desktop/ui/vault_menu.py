"""The File menu's vault jobs: passphrases, recovery code, check, committee CA, issued documents,
backup, restore.

Each job is a dialog in its own module; this module only puts them in the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from desktop.ui.work_dialog import PathField, WorkDialog


class ExportCaDialog(WorkDialog):
    """Writes the committee CA certificate (PEM), which readers need to verify signed PDFs."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path = PathField("save", self, "*.pem")
        self.path.setText("committee-ca.pem")
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path.edit)
        self.form.addRow(self.intro)
        self.form.addRow(self.path_label, self.path)
        self.retranslate()

    def start_work(self):
        from desktop.services.committee import export_ca

        target = self.path.text()
        if not target:
            self.banner.show_error(self.tr("Choose where to write the certificate."))
            return None
        vault = self.vault

        def work(_report, _cancelled):
            return target, export_ca(vault, target)

        def done(result) -> None:
            path, fingerprint = result
            self.show_result(
                self.tr("Wrote the committee CA to {path}.\nSHA-256 fingerprint: {fingerprint}").format(
                    path=path, fingerprint=fingerprint
                )
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Export the committee CA"))
        self.intro.setText(
            self.tr(
                "Readers verify the committee's signed PDFs against this certificate. "
                "Give them the file and read them the fingerprint."
            )
        )
        self.path_label.setText(self.tr("&Certificate file:"))
        self.path.edit.setAccessibleName(self.tr("Certificate file"))
        self.action_button.setText(self.tr("&Export"))


class VaultMenu(QObject):
    """Adds the vault jobs to ``menu`` (before ``before``) and opens their dialogs."""

    def __init__(self, vault, window: QWidget, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.vault = vault
        self.window = window
        self.dialog: QDialog | None = None
        self.actions: dict[str, QAction] = {}
        for key in (
            "change_passphrase",
            "add_passphrase",
            "recovery_code",
            None,
            "check",
            "export_ca",
            "issued",
            None,
            "backup",
            "restore",
        ):
            if key is None:
                menu.insertSeparator(before) if before else menu.addSeparator()
                continue
            action = QAction(window)
            action.setObjectName(f"vault_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.open(k))
            menu.insertAction(before, action) if before else menu.addAction(action)
            self.actions[key] = action
        if before:
            menu.insertSeparator(before)
        window.installEventFilter(self)
        self.retranslate()

    def make_dialog(self, key: str) -> QDialog:
        if key in ("change_passphrase", "add_passphrase"):
            from desktop.ui.vault_keys import PassphraseDialog

            return PassphraseDialog(
                self.vault, "change" if key == "change_passphrase" else "add", self.window
            )
        if key == "recovery_code":
            from desktop.ui.vault_keys import RecoveryCodeDialog

            return RecoveryCodeDialog(self.vault, self.window)
        if key == "check":
            from desktop.ui.vault_check import VaultCheckDialog

            return VaultCheckDialog(self.vault, self.window)
        if key == "export_ca":
            return ExportCaDialog(self.vault, self.window)
        if key == "issued":
            from desktop.ui.issued_register import IssuedRegisterDialog

            return IssuedRegisterDialog(self.vault, self.window)
        if key == "backup":
            from desktop.ui.vault_backup import BackupDialog

            return BackupDialog(self.vault, self.window, getattr(self.window, "committee_name", ""))
        from desktop.ui.vault_backup import RestoreDialog

        return RestoreDialog(self.window)

    def open(self, key: str) -> QDialog:
        """Shows the job's dialog (non-modal, so tests and the user can keep the window in view)."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = self.make_dialog(key)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog

    def retranslate(self) -> None:
        texts = {
            "change_passphrase": self.tr("Change the &passphrase…"),
            "add_passphrase": self.tr("&Add a passphrase…"),
            "recovery_code": self.tr("New &recovery code…"),
            "check": self.tr("C&heck the vault and audit trail…"),
            "export_ca": self.tr("&Export the committee CA…"),
            "issued": self.tr("&Issued documents…"),
            "backup": self.tr("&Back up the vault…"),
            "restore": self.tr("Rest&ore a backup…"),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
