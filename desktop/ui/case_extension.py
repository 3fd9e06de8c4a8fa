"""Extending a case's decision limit with the new date and the reason stated (``basis.TIME_LIMIT``)."""

from __future__ import annotations

from datetime import datetime, time

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

from desktop.rules import basis
from desktop.services import deadlines
from desktop.services.views import CaseView
from desktop.ui.case_text import when
from desktop.ui.common import BusyOverlay, ErrorBanner
from desktop.ui.i18n import cite


class ExtensionDialog(QDialog):
    """Pick the new last day and give the reason; saving records the extension.

    Emits ``caseChanged(case_id)`` once the new limit is recorded.
    """

    caseChanged = Signal(str)

    def __init__(self, vault, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case = vault, case
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        current = case.due_at.astimezone().date() if case.due_at else datetime.now().date()
        self.until.setMinimumDate(QDate(current.year, current.month, current.day).addDays(1))
        self.until.setDate(QDate(current.year, current.month, current.day).addDays(30))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 5)
        self.error = ErrorBanner(self)
        self.form = QFormLayout()
        self.until_label, self.reason_label = QLabel(self), QLabel(self)
        self.until_label.setBuddy(self.until)
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.until_label, self.until)
        self.form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.busy = BusyOverlay(self)
        self.retranslate()
        self.reason.setFocus()

    def new_limit(self) -> datetime:
        """The end of the chosen day, in this machine's time zone."""
        day = self.until.date().toPython()
        return datetime.combine(day, time(23, 59, 59)).astimezone()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.reason.toPlainText().strip()) and not self.busy.busy)

    def save(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            return
        vault, case_id, until = self.vault, self.case.id, self.new_limit()

        def work(_report, _cancelled) -> CaseView:
            return deadlines.extend_deadline(vault, case_id, until, reason)

        self.error.clear()
        self.save_button.setEnabled(False)
        self.busy.run(self.tr("Recording the extension…"), work, self._saved, self._failed)

    def _saved(self, case: CaseView) -> None:
        self.case = case
        self.caseChanged.emit(case.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Extend the decision limit of {ref}").format(ref=self.case.reference))
        self.intro.setText(
            self.tr(
                "The decision is due by {due}. In a special case the limit may be extended, stating the "
                "new limit and the reason ({basis})."
            ).format(due=when(self.case.due_at), basis=cite(basis.TIME_LIMIT))
        )
        self.until_label.setText(self.tr("New &last day:"))
        self.until.setAccessibleName(self.tr("New last day for the decision"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason for the extension"))
        self.save_button.setText(self.tr("&Extend"))
        self.save_button.setAccessibleName(self.tr("Record the extension"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
