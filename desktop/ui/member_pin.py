"""A member changes their own signing PIN (desktop.services.members.change_pin does the sealing)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.ui.case_text import member_name
from desktop.ui.common import pin_problem
from desktop.ui.work_dialog import WorkDialog


class ChangePinDialog(WorkDialog):
    def __init__(self, vault, member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.member = member
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.old, self.new, self.again = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.intro)
        for label, field in zip(self.labels, (self.old, self.new, self.again), strict=True):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.changed = False
        self.retranslate()

    def start_work(self):
        from desktop.services.members import change_pin

        problem = pin_problem(self.new.text(), self.again.text())
        if problem:
            self.banner.show_error(problem)
            return None
        vault, member_id, old, new = self.vault, self.member.id, self.old.text(), self.new.text()

        def work(_report, _cancelled):
            change_pin(vault, member_id, old, new)

        def done(_result) -> None:
            self.changed = True
            for field in (self.old, self.new, self.again):
                field.clear()
            self.show_result(self.tr("PIN changed. Sign with the new PIN from now on."))

        return work, done

    def done(self, result: int) -> None:
        for field in (self.old, self.new, self.again):
            field.clear()  # a typed PIN must not outlive the dialog
        super().done(result)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the signing PIN of {name}").format(name=member_name(self.member)))
        self.intro.setText(
            self.tr(
                "{name} types the current PIN, then the new one twice. Nobody else should see it."
            ).format(name=member_name(self.member))
        )
        texts = (self.tr("C&urrent PIN:"), self.tr("&New PIN:"), self.tr("New PIN a&gain:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.action_button.setText(self.tr("&Change PIN"))
