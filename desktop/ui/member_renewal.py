"""Renewing a member's term (terms are renewable, at most five years each: ``basis.TERM``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.rules import add_months, basis
from desktop.services import members
from desktop.ui.case_text import member_name
from desktop.ui.common import ErrorBanner
from desktop.ui.i18n import cite

TERM_YEARS = 5


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RenewTermDialog(QDialog):
    """A new term for a serving member, recorded in the audit trail with the old one."""

    renewed = Signal(str)  # member id

    def __init__(self, vault, member, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.vault, self.member = vault, member
        today = today or date.today()
        start = max(today, member.term_end + timedelta(days=1)) if member.term_end else today
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(add_months(start, 12 * TERM_YEARS) - timedelta(days=1)))
        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        form = QFormLayout()
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        self.error = ErrorBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def save(self) -> None:
        from desktop.errors import QuorumError

        try:  # one row and an audit event: quick enough for the GUI thread
            members.renew_term(
                self.vault, self.member.id, self.start.date().toPython(), self.end.date().toPython()
            )
        except QuorumError as exc:
            self.error.show_error(exc)
            return
        self.renewed.emit(self.member.id)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Renew the term of {name}").format(name=member_name(self.member)))
        current = self.member.term_end.isoformat() if self.member.term_end else self.tr("open")
        self.intro.setText(
            self.tr(
                "The current term runs from {start} to {end}. A term may be renewed; each term is at "
                "most five years ({basis})."
            ).format(start=self.member.term_start.isoformat(), end=current, basis=cite(basis.TERM))
        )
        self.start_label.setText(self.tr("New term &starts:"))
        self.start.setAccessibleName(self.tr("First day of the new term"))
        self.end_label.setText(self.tr("New term e&nds:"))
        self.end.setAccessibleName(self.tr("Last day of the new term"))
        self.save_button.setText(self.tr("&Renew"))
        self.save_button.setAccessibleName(self.tr("Record the renewal"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
