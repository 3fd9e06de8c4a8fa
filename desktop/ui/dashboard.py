"""Dashboard: next meetings, cases by status, deadlines (overdue and due within 7 days), outbox."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import BusyOverlay, ErrorBanner, case_status_label, meeting_status_label
from desktop.ui.issue_documents import DocumentIssuer
from desktop.ui.overdue_box import OverdueBox

OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5a00")


@dataclass(frozen=True)
class Overview:
    meetings: list
    statuses: dict[str, int]
    deadlines: list
    outbox: dict[str, int]
    now: datetime
    terms: list = ()
    overdue: list = field(default_factory=list)  # desktop.services.activity.overdue


def load_overview(vault, now: datetime | None = None) -> Overview:
    """Everything the dashboard shows, read in one go (runs off the GUI thread)."""
    from desktop.services import activity, overview, records

    now = now or datetime.now(UTC)
    return Overview(
        meetings=overview.next_meetings(vault, now),
        statuses=overview.cases_by_status(vault),
        deadlines=overview.deadlines(vault, now),
        outbox=records.outbox_counts(vault),
        now=now,
        terms=overview.term_warnings(vault, now.astimezone().date()),
        overdue=activity.overdue(vault, now.date()),
    )


def _item(text: str, data: object = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if data is not None:
        item.setData(data, Qt.ItemDataRole.UserRole)
    return item


def _view(parent: QWidget) -> QTreeView:
    view = QTreeView(parent)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.header().setStretchLastSection(True)
    return view


class DashboardScreen(QWidget):
    """``navigate(key, target)`` asks the main window to open a case or the meeting screen."""

    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, vault, parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.now = now  # fixed only in tests; None means the clock
        self.data: Overview | None = None
        self.banner = ErrorBanner(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.meetings_box = QGroupBox(self)
        self.meetings_model = QStandardItemModel(0, 4, self)
        self.meetings_view = _view(self.meetings_box)
        self.meetings_view.setModel(self.meetings_model)
        self.meetings_view.activated.connect(self._meeting_activated)
        self.no_meetings = QLabel(self.meetings_box)
        QVBoxLayout(self.meetings_box).addWidget(self.meetings_view)
        self.meetings_box.layout().addWidget(self.no_meetings)

        self.status_box = QGroupBox(self)
        self.status_model = QStandardItemModel(0, 2, self)
        self.status_view = _view(self.status_box)
        self.status_view.setModel(self.status_model)
        QVBoxLayout(self.status_box).addWidget(self.status_view)

        self.deadline_box = QGroupBox(self)
        self.deadline_model = QStandardItemModel(0, 4, self)
        self.deadline_view = _view(self.deadline_box)
        self.deadline_view.setModel(self.deadline_model)
        self.deadline_view.activated.connect(self._deadline_activated)
        self.no_deadlines = QLabel(self.deadline_box)
        QVBoxLayout(self.deadline_box).addWidget(self.deadline_view)
        self.deadline_box.layout().addWidget(self.no_deadlines)

        self.outbox_box = QGroupBox(self)
        self.outbox_label = QLabel(self.outbox_box)
        self.outbox_label.setWordWrap(True)
        self.outbox_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        QVBoxLayout(self.outbox_box).addWidget(self.outbox_label)

        self.overdue_box = OverdueBox(self)
        self.overdue_box.caseActivated.connect(lambda case_id: self.navigate.emit("cases", case_id))

        grid = QGridLayout()
        grid.addWidget(self.deadline_box, 0, 0, 1, 2)
        grid.addWidget(self.overdue_box, 3, 0, 1, 2)
        grid.addWidget(self.meetings_box, 1, 0)
        grid.addWidget(self.status_box, 1, 1)
        grid.addWidget(self.outbox_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.grid = grid
        self.annual_report_button = QPushButton(self)
        self.annual_report_button.setObjectName("annualReportPdfButton")
        self.annual_report_button.clicked.connect(
            lambda: self.issuer.annual_report((self.now or datetime.now(UTC)).astimezone().year)
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.annual_report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(grid, 1)
        self.overlay = BusyOverlay(self)
        self.issuer = DocumentIssuer(vault, self, self.banner, self.overlay)
        self.setTabOrder(self.deadline_view, self.meetings_view)
        self.setTabOrder(self.meetings_view, self.status_view)
        self.retranslate()
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.overlay.busy:
            return
        vault, now = self.vault, self.now
        self.overlay.run(
            self.tr("Loading the overview…"),
            lambda _report, _cancelled: load_overview(vault, now),
            self._show,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(exc)
        self.loaded.emit()

    def _show(self, data: object) -> None:
        self.data = data
        self.banner.clear()
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        data = self.data
        if data is None:
            return
        self.meetings_model.removeRows(0, self.meetings_model.rowCount())
        for m in data.meetings:
            when = m.held_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.meetings_model.appendRow(
                [
                    _item(when, m.id),
                    _item(m.title),
                    _item(m.place),
                    _item(
                        self.tr("{status}, {n} cases").format(
                            status=meeting_status_label(m.status), n=len(m.agenda)
                        )
                    ),
                ]
            )
        self.no_meetings.setVisible(not data.meetings)
        self.meetings_view.setVisible(bool(data.meetings))

        self.status_model.removeRows(0, self.status_model.rowCount())
        for status, count in data.statuses.items():
            count_item = _item(str(count))
            count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_model.appendRow([_item(case_status_label(status), status), count_item])

        self.deadline_model.removeRows(0, self.deadline_model.rowCount())
        for d in data.deadlines:
            row = [
                _item(self.deadline_kind(d.kind), d.case_id),
                _item(d.reference),
                _item(d.title),
                _item(self.deadline_when(d, data.now)),
            ]
            colour = OVERDUE if d.overdue else SOON
            for item in row:
                item.setForeground(QBrush(colour))
            self.deadline_model.appendRow(row)
        for w in data.terms:  # members' terms: 60 days ahead, red from 30
            row = [
                _item(self.term_kind(w.kind), ("members", w.member_id)),
                _item(w.name),
                _item(self.tr("Renew the term or end it; a member out of term cannot sit")),
                _item(self.term_when(w)),
            ]
            for item in row:
                item.setForeground(QBrush(OVERDUE if w.urgent else SOON))
            self.deadline_model.appendRow(row)
        listed = bool(data.deadlines) or bool(data.terms)
        self.no_deadlines.setVisible(not listed)
        self.deadline_view.setVisible(listed)
        # Empty boxes stay small; the lists with rows get the room.
        self.grid.setRowStretch(0, 3 if listed else 0)
        self.grid.setRowStretch(1, 2)

        self.overdue_box.fill(data.overdue)
        counts = data.outbox
        self.outbox_label.setText(
            self.tr("{waiting} waiting to sync · {sent} sent · {confirmed} confirmed by the registry").format(
                waiting=counts.get("waiting", 0),
                sent=counts.get("sent", 0),
                confirmed=counts.get("confirmed", 0),
            )
        )

    def term_kind(self, kind: str) -> str:
        if kind == "term_limit":
            return self.tr("Five-year term limit")
        return self.tr("Member's term ends")

    def term_when(self, warning) -> str:
        if warning.days_left < 0:
            return self.tr("{when} — ended {n} d ago").format(
                when=warning.ends.isoformat(), n=-warning.days_left
            )
        return self.tr("{when} — {n} d left").format(when=warning.ends.isoformat(), n=warning.days_left)

    def deadline_kind(self, kind: str) -> str:
        return {
            "decision_due": self.tr("Decision due"),
            "decision_due_extended": self.tr("Decision due (extended)"),
            "emergency": self.tr("Emergency review (72 hours)"),
            "follow_up": self.tr("Follow-up review due"),
        }.get(kind, kind)

    def deadline_when(self, deadline, now: datetime) -> str:
        local = deadline.due.astimezone()
        stamp = local.strftime("%Y-%m-%d" if deadline.kind == "follow_up" else "%Y-%m-%d %H:%M")
        if deadline.overdue:
            days = (now - deadline.due).days
            if days < 1:
                return self.tr("{when} — overdue").format(when=stamp)
            return self.tr("{when} — overdue by {n} d").format(when=stamp, n=days)
        hours = (deadline.due - now).total_seconds() / 3600
        if hours < 24:
            return self.tr("{when} — {n} h left").format(when=stamp, n=math.ceil(hours))
        return self.tr("{when} — {n} d left").format(when=stamp, n=int(hours // 24))

    def _meeting_activated(self, index) -> None:
        meeting_id = self.meetings_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.navigate.emit("meeting", meeting_id)

    def _deadline_activated(self, index) -> None:
        target = self.deadline_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if isinstance(target, (tuple, list)):  # a member's term: the roster
            self.navigate.emit(*target)
            return
        self.navigate.emit("cases", target)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.annual_report_button.setText(self.tr("&Annual report (PDF)…"))
        self.annual_report_button.setAccessibleName(self.tr("Issue the signed annual report of this year"))
        self.meetings_box.setTitle(self.tr("Next meetings"))
        self.meetings_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Meeting"), self.tr("Place"), self.tr("Status")]
        )
        self.meetings_view.setAccessibleName(self.tr("Next meetings"))
        self.no_meetings.setText(self.tr("No meeting is planned."))
        self.status_box.setTitle(self.tr("Cases by status"))
        self.status_model.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Cases")])
        self.status_view.setAccessibleName(self.tr("Cases by status"))
        self.deadline_box.setTitle(self.tr("Deadlines: overdue and due within 7 days"))
        self.deadline_model.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Reference"), self.tr("Case"), self.tr("Due")]
        )
        self.deadline_view.setAccessibleName(self.tr("Deadlines"))
        self.no_deadlines.setText(self.tr("Nothing is overdue or due within 7 days."))
        self.outbox_box.setTitle(self.tr("Outbox"))
        self.outbox_label.setAccessibleName(self.tr("Outbox"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
