"""The meeting screen's extra jobs: add a case to the agenda, record the expert re-review
opinion on the case at the table. Each is a dialog in its own module."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from desktop.domain import Role


class MeetingJobs(QWidget):
    def __init__(self, room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.dialog: QDialog | None = None
        self.agenda_button = QPushButton(self)
        self.agenda_button.setObjectName("addToAgendaButton")
        self.agenda_button.clicked.connect(self.add_to_agenda)
        self.rereview_button = QPushButton(self)
        self.rereview_button.setObjectName("rereviewOpinionButton")
        self.rereview_button.clicked.connect(self.rereview)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.agenda_button)
        row.addWidget(self.rereview_button)
        room.changed.connect(self.update_state)
        self.retranslate()
        self.update_state()

    def update_state(self) -> None:
        self.agenda_button.setEnabled(self.room.is_open)
        decision = self.room.decision() or self.room.earlier_decision()
        self.rereview_button.setEnabled(decision is not None and decision.status == "preliminary")

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(lambda _r: self.room.reload())
        dialog.show()
        return dialog

    def add_to_agenda(self) -> QDialog | None:
        from desktop.ui.meeting_agenda_add import AddToAgendaDialog

        if not self.room.is_open:
            return None
        return self._show(AddToAgendaDialog(self.room.vault, self.room.meeting, self.window()))

    def rereview(self) -> QDialog | None:
        from desktop.ui.meeting_rereview import RereviewDialog

        decision = self.room.decision() or self.room.earlier_decision()
        if decision is None or decision.status != "preliminary":
            return None
        officers = [
            m
            for m in self.room.roster.values()
            if m.active and m.role in (Role.CHAIR.value, Role.VICE_CHAIR.value)
        ]
        return self._show(RereviewDialog(self.room.vault, decision, officers, self.window()))

    def retranslate(self) -> None:
        self.agenda_button.setText(self.tr("Add to a&genda…"))
        self.agenda_button.setAccessibleName(self.tr("Add a case to this meeting's agenda"))
        self.rereview_button.setText(self.tr("Re-review &opinion…"))
        self.rereview_button.setAccessibleName(self.tr("Record the expert re-review opinion"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
