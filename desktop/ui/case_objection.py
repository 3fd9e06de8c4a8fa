"""Recording an applicant's objection (申诉) to the decision in force; a later meeting reviews it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import objections
from desktop.services.views import CaseView, DecisionView
from desktop.ui.common import ErrorBanner


class ObjectionDialog(QDialog):
    """Emits ``caseChanged(case_id)`` once the objection is recorded."""

    caseChanged = Signal(str)

    def __init__(self, vault, case: CaseView, decision: DecisionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case, self.decision = vault, case, decision
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        today = date.today()
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.received_label, self.text_label = QLabel(self), QLabel(self)
        self.received_label.setBuddy(self.received)
        self.text_label.setBuddy(self.text)
        form = QFormLayout()
        form.addRow(self.received_label, self.received)
        form.addRow(self.text_label, self.text)
        self.error = ErrorBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.text.toPlainText().strip()))

    def save(self) -> None:
        from desktop.errors import QuorumError

        try:  # one row: quick enough for the GUI thread
            objections.record_objection(
                self.vault, self.decision.id, self.received.date().toPython(), self.text.toPlainText()
            )
        except QuorumError as exc:
            self.error.show_error(exc)
            return
        self.caseChanged.emit(self.case.id)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Objection to the decision on {ref}").format(ref=self.case.reference))
        self.intro.setText(
            self.tr(
                "Record the applicant's objection. Put the case on a meeting's agenda to review it: "
                "the new decision either upholds this one or replaces it, and its letter says which."
            )
        )
        self.received_label.setText(self.tr("&Received on:"))
        self.received.setAccessibleName(self.tr("Day the objection was received"))
        self.text_label.setText(self.tr("&Objection:"))
        self.text.setAccessibleName(self.tr("The applicant's objection"))
        self.save_button.setText(self.tr("&Record"))
        self.save_button.setAccessibleName(self.tr("Record the objection"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
