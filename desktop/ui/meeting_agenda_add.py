"""Add a case to an open meeting's agenda (e.g. a decided case to be reviewed again)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.ui.common import case_status_label
from desktop.ui.work_dialog import WorkDialog

AGENDA_STATUSES = ("accepted", "in_review", "decided", "follow_up")


class AddToAgendaDialog(WorkDialog):
    def __init__(self, vault, meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.cases import list_cases

        self.vault = vault
        self.meeting = meeting
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.case = QComboBox(self)
        self.case.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.candidates = [
            c
            for status in AGENDA_STATUSES
            for c in list_cases(vault, status=status, limit=500)
            if c.id not in meeting.agenda
        ]
        for c in self.candidates:
            self.case.addItem("", c.id)
        self.case_label = QLabel(self)
        self.case_label.setBuddy(self.case)
        self.form.addRow(self.intro)
        self.form.addRow(self.case_label, self.case)
        self.added = None
        self.retranslate()

    def start_work(self):
        from desktop.services.meetings import add_to_agenda

        case_id = self.case.currentData()
        if not case_id:
            self.banner.show_error(self.tr("No case is waiting to be put on this agenda."))
            return None
        vault, meeting_id = self.vault, self.meeting.id

        def work(_report, _cancelled):
            return add_to_agenda(vault, meeting_id, case_id)

        def done(meeting) -> None:
            self.added = case_id
            self.meeting = meeting
            index = self.case.currentIndex()
            self.show_result(self.tr("Added {case} to the agenda.").format(case=self.case.itemText(index)))
            self.case.removeItem(index)

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add a case to the agenda"))
        self.intro.setText(self.tr("Cases accepted for review, or decided and due to be reviewed again."))
        self.case_label.setText(self.tr("&Case:"))
        self.case.setAccessibleName(self.tr("Case to add"))
        for index, c in enumerate(self.candidates):
            self.case.setItemText(index, f"{c.reference}  {c.title} ({case_status_label(c.status)})")
        self.action_button.setText(self.tr("&Add to the agenda"))
