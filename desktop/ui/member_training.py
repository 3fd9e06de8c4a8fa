"""Record a training a member completed (listed under the roster)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.ui.case_text import member_name
from desktop.ui.work_dialog import WorkDialog


class TrainingDialog(WorkDialog):
    def __init__(self, vault, member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.member = member
        self.title = QLineEdit(self)
        self.provider = QLineEdit(self)
        self.completed = QDateEdit(QDate.currentDate(), self)
        self.completed.setCalendarPopup(True)
        self.completed.setDisplayFormat("yyyy-MM-dd")
        self.hours = QSpinBox(self)
        self.hours.setRange(0, 500)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.title, self.provider, self.completed, self.hours), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.recorded = None
        self.retranslate()

    def start_work(self):
        from desktop.services.members import add_training

        title = self.title.text()
        if not title.strip():
            self.banner.show_error(self.tr("Enter the training's title."))
            return None
        vault, member_id = self.vault, self.member.id
        provider, hours = self.provider.text(), self.hours.value()
        completed = self.completed.date().toPython()

        def work(_report, _cancelled):
            return add_training(vault, member_id, title, completed, provider=provider, hours=hours)

        def done(view) -> None:
            self.recorded = view
            self.title.clear()
            self.provider.clear()
            self.show_result(
                self.tr("Recorded. {name} has {n} training records.").format(
                    name=view.name, n=len(view.training)
                )
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record training: {name}").format(name=member_name(self.member)))
        texts = (self.tr("&Title:"), self.tr("&Provider:"), self.tr("&Completed on:"), self.tr("&Hours:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.action_button.setText(self.tr("&Record"))
