"""File menu: change or add a vault passphrase, and make a new recovery code.

Only keyslots.json is rewritten (the data key is rewrapped); the database is untouched.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.work_dialog import WorkDialog
from desktop.vault import check_passphrase_strength


def _secret_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class PassphraseDialog(WorkDialog):
    """``mode`` "change" replaces the passphrase typed as current; "add" adds one more."""

    def __init__(self, vault, mode: str = "change", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.mode = mode
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = _secret_field(self)
        self.new = _secret_field(self)
        self.again = _secret_field(self)
        self.current_label, self.new_label, self.again_label = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.intro)
        if mode == "change":
            self.form.addRow(self.current_label, self.current)
        else:
            self.current.hide()
            self.current_label.hide()
        self.form.addRow(self.new_label, self.new)
        self.form.addRow(self.again_label, self.again)
        for label, field in ((self.current_label, self.current), (self.new_label, self.new)):
            label.setBuddy(field)
        self.again_label.setBuddy(self.again)
        self.retranslate()

    def start_work(self):
        new, again, current = self.new.text(), self.again.text(), self.current.text()
        if new != again:
            self.banner.show_error(self.tr("The two new passphrases differ; type the same one twice."))
            return None
        try:
            check_passphrase_strength(new)
        except Exception as exc:  # a domain error with its own translated message
            self.banner.show_error(exc)
            return None
        vault, mode = self.vault, self.mode

        def work(_report, _cancelled):
            return vault.change_passphrase(current, new) if mode == "change" else vault.add_passphrase(new)

        def done(_slot) -> None:
            for field in (self.current, self.new, self.again):
                field.clear()
            self.show_result(
                self.tr("Passphrase changed. The old one no longer opens the vault.")
                if mode == "change"
                else self.tr("Passphrase added. Either passphrase now opens the vault.")
            )
            self.action_button.setEnabled(False)

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        if self.mode == "change":
            self.setWindowTitle(self.tr("Change the vault passphrase"))
            self.intro.setText(self.tr("Type the current passphrase, then the new one twice."))
            self.action_button.setText(self.tr("&Change passphrase"))
        else:
            self.setWindowTitle(self.tr("Add a vault passphrase"))
            self.intro.setText(self.tr("A second passphrase, e.g. for a deputy secretary. Type it twice."))
            self.action_button.setText(self.tr("&Add passphrase"))
        self.current_label.setText(self.tr("C&urrent passphrase:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.again_label.setText(self.tr("New passphrase a&gain:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again.setAccessibleName(self.tr("New passphrase again"))


class RecoveryCodeDialog(WorkDialog):
    """Replaces the recovery code: the old one stops working, the new one is shown once."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setReadOnly(True)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("M" * 40))
        self.code.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.hide()
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.code.text()))
        self.form.addRow(self.intro)
        self.form.addRow(self.code)
        self.form.addRow(self.copy_button)
        self.retranslate()

    def start_work(self):
        vault = self.vault

        def work(_report, _cancelled):
            return vault.new_recovery_code()

        def done(code) -> None:
            self.code.setText(str(code))
            self.code.show()
            self.copy_button.show()
            self.action_button.setEnabled(False)
            self.show_result(
                self.tr("Write this code down and keep it apart from the laptop. It is shown only now.")
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New recovery code"))
        self.intro.setText(
            self.tr(
                "A new recovery code replaces the old one, which stops opening the vault. "
                "Do this when the old code may have been seen or lost."
            )
        )
        self.action_button.setText(self.tr("&Make a new code"))
        self.copy_button.setText(self.tr("&Copy the code"))
        self.code.setAccessibleName(self.tr("Recovery code"))
