"""Dialogs of meeting mode: a conflict-of-interest statement and scheduling a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.rules import basis
from desktop.services.views import CaseView
from desktop.ui.i18n import cite


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    # Our own words, so the buttons follow the app's language without Qt's catalogue.
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("meeting", "Cancel")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ConflictDialog(QDialog):
    """A member describes their conflict of interest; declaring one recuses them from the case."""

    def __init__(self, member_name: str, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflict of interest: {name}").format(name=member_name))
        intro = QLabel(
            self.tr(
                "{name} declares a conflict of interest in {case} and withdraws from its discussion "
                "and vote ({basis}). Describe the conflict:"
            ).format(name=member_name, case=case.reference, basis=cite(basis.RECUSAL)),
            self,
        )
        intro.setWordWrap(True)
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("conflictStatement")
        self.statement.setAccessibleName(self.tr("Conflict of interest statement"))
        self.statement.setTabChangesFocus(True)
        intro.setBuddy(self.statement)
        self.buttons = _buttons(self, self.tr("Declare and withdraw"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.statement)
        layout.addWidget(self.buttons)
        self.statement.setFocus()

    def text(self) -> str:
        return self.statement.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None, member_name: str, case: CaseView) -> str | None:
        dialog = cls(member_name, case, parent)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.setParent(None)
            dialog.deleteLater()


@dataclass(frozen=True)
class MeetingPlan:
    title: str
    held_at: datetime
    place: str
    video: bool
    case_ids: list[str]


class ScheduleMeetingDialog(QDialog):
    """Title, time, place and the agenda (cases accepted or in review, ticked in order)."""

    def __init__(self, candidates: list[CaseView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleMeetingDialog")
        self.setWindowTitle(self.tr("Schedule a review meeting"))
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitleEdit")
        self.title.setAccessibleName(self.tr("Meeting title"))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("meetingTimeEdit")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        self.when.setDateTime(start)
        self.when.setAccessibleName(self.tr("Meeting date and time"))
        self.place = QLineEdit(self)
        self.place.setObjectName("meetingPlaceEdit")
        self.place.setAccessibleName(self.tr("Meeting place"))
        self.video = QCheckBox(self.tr("Held by &video under the committee's rules"), self)
        self.video.setObjectName("meetingVideoCheck")
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("meetingAgendaList")
        self.agenda.setAccessibleName(self.tr("Cases for the agenda"))
        # as wide as the longest "reference  title": no sideways scrolling to tell cases apart
        self.agenda.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for case in candidates:
            item = QListWidgetItem(f"{case.reference}  {case.title}", self.agenda)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.hide()
        form = QFormLayout()
        for label, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("&Date and time:"), self.when),
            (self.tr("&Place:"), self.place),
        ):
            form.addRow(label, field)
        form.addRow("", self.video)
        agenda_label = QLabel(self.tr("&Agenda (cases accepted for review):"), self)
        agenda_label.setBuddy(self.agenda)
        form.addRow(agenda_label)
        form.addRow(self.agenda)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = _buttons(self, self.tr("Schedule"))
        self.buttons.accepted.disconnect(self.accept)
        self.buttons.accepted.connect(self._accept)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def plan(self) -> MeetingPlan:
        ids = [
            self.agenda.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.agenda.count())
            if self.agenda.item(i).checkState() == Qt.CheckState.Checked
        ]
        held_at = self.when.dateTime().toPython().astimezone()  # local wall time, with its zone
        return MeetingPlan(self.title.text(), held_at, self.place.text(), self.video.isChecked(), ids)

    def _accept(self) -> None:
        if not self.plan().case_ids:
            self.problem.setText(self.tr("Tick at least one case for the agenda."))
            self.problem.show()
            self.agenda.setFocus()
            return
        self.accept()
