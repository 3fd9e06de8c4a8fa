"""File menu: back up the vault to one encrypted file, and restore a backup into a new folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.ui.work_dialog import PathField, WorkDialog


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


class BackupDialog(WorkDialog):
    def __init__(self, vault, parent: QWidget | None = None, committee: str = "") -> None:
        super().__init__(parent)
        self.vault = vault
        from desktop.services.backup import SUFFIX, default_name

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path = PathField("save", self, f"*{SUFFIX}")
        self.path.setText(str(Path.home() / default_name(committee)))
        self.path.edit.setMinimumWidth(self.path.edit.fontMetrics().horizontalAdvance(self.path.text()) + 24)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path.edit)
        self.form.addRow(self.intro)
        self.form.addRow(self.path_label, self.path)
        self.retranslate()

    def start_work(self):
        from desktop.services.backup import backup_vault

        target = self.path.text()
        if not target:
            self.banner.show_error(self.tr("Choose where to write the backup."))
            return None
        vault = self.vault

        def work(report, _cancelled):
            return backup_vault(vault, target, report)

        def done(made) -> None:
            self.show_result(
                self.tr("Backed up {files} files ({size} MB) to {path}.").format(
                    files=made.files, size=_megabytes(made.size), path=made.path
                )
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Back up the vault"))
        self.intro.setText(
            self.tr(
                "Writes an encrypted copy of the whole vault to one file, e.g. on a USB stick. "
                "It opens with the vault's passphrase or recovery code."
            )
        )
        self.path_label.setText(self.tr("&Backup file:"))
        self.path.edit.setAccessibleName(self.tr("Backup file"))
        self.action_button.setText(self.tr("&Back up"))


class RestoreDialog(WorkDialog):
    """Restores into a new folder, never over the open vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.backup import SUFFIX

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backup = PathField("open", self, f"*{SUFFIX}")
        self.target = PathField("save", self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_label, self.target_label, self.secret_label = QLabel(self), QLabel(self), QLabel(self)
        self.backup_label.setBuddy(self.backup.edit)
        self.target_label.setBuddy(self.target.edit)
        self.secret_label.setBuddy(self.secret)
        self.form.addRow(self.intro)
        self.form.addRow(self.backup_label, self.backup)
        self.form.addRow(self.target_label, self.target)
        self.form.addRow(self.secret_label, self.secret)
        self.restored_folder = ""
        self.retranslate()

    def start_work(self):
        from desktop.services.backup import restore_vault

        backup, target, secret = self.backup.text(), self.target.text(), self.secret.text()
        if not backup or not target or not secret:
            self.banner.show_error(
                self.tr("Choose the backup file and a new folder, and type its passphrase.")
            )
            return None

        def work(report, _cancelled):
            return restore_vault(backup, target, secret, report)

        def done(restored) -> None:
            self.secret.clear()
            self.restored_folder = restored.folder
            self.show_result(
                self.tr(
                    "Restored {files} files into {folder} and checked them: every page, document "
                    "and audit event is intact. Close this vault and open that folder to use it."
                ).format(files=restored.files, folder=restored.folder)
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(
            self.tr(
                "Unpacks a backup into a new, empty folder and checks it before it is kept. "
                "The open vault is not changed."
            )
        )
        self.backup_label.setText(self.tr("B&ackup file:"))
        self.target_label.setText(self.tr("&New vault folder:"))
        self.secret_label.setText(self.tr("&Passphrase or recovery code:"))
        self.backup.edit.setAccessibleName(self.tr("Backup file"))
        self.target.edit.setAccessibleName(self.tr("New vault folder"))
        self.secret.setAccessibleName(self.tr("Passphrase or recovery code"))
        self.action_button.setText(self.tr("&Restore"))
