"""Renew a member's term (STER art. 7: at most five years a term, renewable)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from desktop.ui.member_form import DEFAULT_TERM_YEARS
from desktop.ui.work_dialog import WorkDialog


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RenewTermDialog(WorkDialog):
    def __init__(self, vault, member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.member = member
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        today = date.today()
        start = member.term_end + timedelta(days=1) if member.term_end and member.term_end >= today else today
        end = start.replace(year=start.year + DEFAULT_TERM_YEARS) - timedelta(days=1)
        self.new_end = QDateEdit(_qdate(end), self)
        self.new_end.setCalendarPopup(True)
        self.new_end.setDisplayFormat("yyyy-MM-dd")
        self.end_label = QLabel(self)
        self.end_label.setBuddy(self.new_end)
        self.form.addRow(self.current)
        self.form.addRow(self.end_label, self.new_end)
        self.renewed = None
        self.retranslate()

    def start_work(self):
        from desktop.services.member_records import renew_term

        vault, member_id, end = self.vault, self.member.id, self.new_end.date().toPython()

        def work(_report, _cancelled):
            return renew_term(vault, member_id, end)

        def done(view) -> None:
            self.renewed = view
            self.show_result(
                self.tr("Renewed: the new term runs {start} – {end}.").format(
                    start=view.term_start.isoformat(), end=view.term_end.isoformat()
                )
            )

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Renew the term of {name}").format(name=self.member.name))
        end = self.member.term_end.isoformat() if self.member.term_end else self.tr("open")
        self.current.setText(
            self.tr("Current term: {start} – {end}. A term is at most five years (STER art. 7).").format(
                start=self.member.term_start.isoformat(), end=end
            )
        )
        self.end_label.setText(self.tr("New term &ends:"))
        self.new_end.setAccessibleName(self.tr("New term ends"))
        self.action_button.setText(self.tr("&Renew"))
