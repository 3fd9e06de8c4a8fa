"""The members screen's jobs on the selected member: edit, record training, change the PIN
(renewing a term is the screen's own button, desktop/ui/member_renewal.py). Each job is a
dialog in its own module; this row only opens them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget


class MemberActions(QWidget):
    changed = Signal()  # a dialog saved something: the roster reloads

    def __init__(self, vault, selected: Callable[[], object | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.selected = selected
        self.dialog: QDialog | None = None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key in ("edit", "training", "pin"):
            button = QPushButton(self)
            button.setObjectName(f"member_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.open(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.retranslate()

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    def open(self, key: str) -> QDialog | None:
        member = self.selected()
        if member is None:
            return None
        if key == "edit":
            from desktop.ui.member_edit import EditMemberDialog as Dialog
        elif key == "training":
            from desktop.ui.member_training import TrainingDialog as Dialog
        else:
            from desktop.ui.member_pin import ChangePinDialog as Dialog
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = Dialog(self.vault, member, self.window())
        self.dialog.setModal(True)
        self.dialog.finished.connect(lambda _r: self.changed.emit())
        self.dialog.show()
        return self.dialog

    def retranslate(self) -> None:
        texts = {
            "edit": self.tr("E&dit…"),
            "training": self.tr("Record &training…"),
            "pin": self.tr("Change P&IN…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
