"""The dashboard's list of what an approved activity owes: follow-up reports not received by
their due date, and linked submissions (adverse events first among them) awaiting review beyond
their limit (desktop.services.activity.overdue)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

OVERDUE = QColor("#b3261e")


class OverdueBox(QGroupBox):
    """``caseActivated(case_id)`` when a row is opened."""

    caseActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueBox")
        self.items: list = []
        self.model = QStandardItemModel(0, 4, self)
        self.view = QTreeView(self)
        self.view.setRootIsDecorated(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.view.setModel(self.model)
        self.view.activated.connect(
            lambda index: self.caseActivated.emit(
                self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
            )
        )
        self.empty = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.retranslate()

    def what_label(self, what: str) -> str:
        return {
            "follow_up": self.tr("Follow-up report not received"),
            "adverse_event": self.tr("Serious adverse event awaiting review"),
            "deviation": self.tr("Deviation report awaiting review"),
            "amendment": self.tr("Amendment awaiting review"),
            "follow_up_report": self.tr("Follow-up report awaiting review"),
            "suspension_request": self.tr("Request to suspend awaiting review"),
            "termination_request": self.tr("Request to terminate awaiting review"),
            "final_report": self.tr("Final report awaiting review"),
        }.get(what, what)

    def fill(self, items: list) -> None:
        self.items = list(items)
        self.model.removeRows(0, self.model.rowCount())
        for i in self.items:
            row = [
                QStandardItem(self.what_label(i.what)),
                QStandardItem(i.submission_reference or i.case_reference),
                QStandardItem(i.title),
                QStandardItem(
                    self.tr("{due} — overdue by {n} d").format(due=i.due_on.isoformat(), n=i.days_over)
                ),
            ]
            row[0].setData(i.case_id, Qt.ItemDataRole.UserRole)
            for item in row:
                item.setEditable(False)
                item.setForeground(QBrush(OVERDUE))
            self.model.appendRow(row)
        self.view.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Overdue after approval"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Reference"), self.tr("Case"), self.tr("Due")]
        )
        self.view.setAccessibleName(self.tr("Overdue after approval"))
        self.empty.setText(self.tr("No follow-up report or adverse-event review is overdue."))
        self.fill(self.items)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
