"""Two tabs of the case detail: each reviewer's checklist progress, and the decisions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.case_dossier import Dossier
from desktop.ui.case_text import chinese, when
from desktop.ui.common import decision_label

NameOf = Callable[[str], str]  # member id -> name in the UI language


def read_only_table(parent: QWidget) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(parent)
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


class _Tab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier: Dossier | None = None
        self.name_of: NameOf = str

    def show_dossier(self, dossier: Dossier | None, name_of: NameOf) -> None:
        self.dossier, self.name_of = dossier, name_of
        if dossier is not None:
            self._render(dossier)

    def _render(self, d: Dossier) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        if self.dossier is not None:
            self._render(self.dossier)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChecklistProgressTab(_Tab):
    """How far each reviewer has answered, and the items the chair should look at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.progress_view, self.progress_model = read_only_table(self)
        self.concerns_title = QLabel(self)
        self.concerns_view, self.concerns_model = read_only_table(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress_view, 1)
        layout.addWidget(self.concerns_title)
        layout.addWidget(self.concerns_view, 2)
        self.retranslate()

    def _render(self, d: Dossier) -> None:
        language = "zh" if chinese() else "en"
        titles = self.tr(", ").join(t.in_language(language) for t in d.checklist_titles)
        self.intro.setText(
            self.tr(
                "Checklists for this case: {titles}. {unanswered} items not yet answered by anyone."
            ).format(titles=titles, unanswered=d.unanswered)
        )
        self.progress_model.clear()
        self.progress_model.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Role in the case"),
                self.tr("Answered"),
                self.tr("“No” answers"),
                self.tr("Notes"),
            ]
        )
        for p in d.progress:
            answered = QStandardItem(
                self.tr("{answered} of {total} ({percent}%)").format(
                    answered=p.answered, total=p.total, percent=p.percent
                )
            )
            answered.setData(p.percent, Qt.ItemDataRole.UserRole)
            role = self.tr("Reviewer") if p.assigned else self.tr("Member who answered")
            cells = [self.name_of(p.member_id), role, None, str(p.no), str(p.notes)]
            self.progress_model.appendRow([answered if c is None else QStandardItem(c) for c in cells])
        if not d.progress:
            self.progress_model.appendRow(
                [QStandardItem(self.tr("No reviewer assigned and no answers yet."))]
            )
        self.concerns_title.setText(
            self.tr("Items answered “no” or with notes ({n}):").format(n=len(d.concerns))
        )
        self.concerns_model.clear()
        self.concerns_model.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Yes"), self.tr("No"), self.tr("N/A"), self.tr("Notes")]
        )
        for concern in d.concerns:
            notes = "\n".join(f"{self.name_of(m)}: {note}" for m, note in concern.notes)
            counts = [str(n) for n in (concern.yes, concern.no, concern.na)]
            cells = [concern.text.in_language(language), *counts, notes]
            self.concerns_model.appendRow([QStandardItem(c) for c in cells])
        for view in (self.progress_view, self.concerns_view):
            view.resizeColumnsToContents()
            view.resizeRowsToContents()
        self.concerns_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.progress_view.setAccessibleName(self.tr("Checklist progress of each reviewer"))
        self.concerns_view.setAccessibleName(self.tr("Checklist items answered no or with notes"))
        super().retranslate()


class DecisionsTab(_Tab):
    """The case's decisions, newest first; signed decisions are records, shown read-only."""

    letterRequested = Signal(str)  # decision id
    noticeRequested = Signal(str)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.model = read_only_table(self)
        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("decisionLetterButton")
        self.letter_button.clicked.connect(lambda: self.letterRequested.emit(self.selected_decision()))
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("acceptanceNoticeButton")
        self.notice_button.clicked.connect(lambda: self.noticeRequested.emit(self.dossier.case.id))
        row = QHBoxLayout()
        row.addWidget(self.letter_button)
        row.addWidget(self.notice_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def selected_decision(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        return (rows[0].data(Qt.ItemDataRole.UserRole) or "") if rows else ""

    def _update_buttons(self) -> None:
        self.letter_button.setEnabled(bool(self.selected_decision()))
        self.notice_button.setEnabled(self.dossier is not None)

    def _render(self, d: Dossier) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Decided"),
                self.tr("Decision"),
                self.tr("Status"),
                self.tr("Signed by"),
                self.tr("Follow-up review due"),
                self.tr("Conditions and reasons"),
            ]
        )
        status = {
            "final": self.tr("Final"),
            "preliminary": self.tr("Preliminary"),
            "superseded": self.tr("Superseded"),
        }
        for decision in reversed(d.decisions):
            cells = [
                when(decision.decided_at),
                decision_label(decision.decision_type),
                status.get(decision.status, decision.status),
                self.name_of(decision.signer_id),
                decision.follow_up_due.isoformat() if decision.follow_up_due else "",
                self._terms(decision.conditions, decision.reasons),
            ]
            row = [QStandardItem(c) for c in cells]
            row[0].setData(decision.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        if not d.decisions:
            self.model.appendRow([QStandardItem(self.tr("No decision yet."))])
        else:
            self.view.selectRow(0)  # the newest, ready for its letter
        self._update_buttons()
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()

    def _terms(self, conditions: str, reasons: str) -> str:
        lines = []
        if conditions.strip():
            lines.append(self.tr("Conditions: {text}").format(text=conditions.strip()))
        if reasons.strip() and reasons.strip() != conditions.strip():
            lines.append(self.tr("Reasons: {text}").format(text=reasons.strip()))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Decisions on this case"))
        self.letter_button.setText(self.tr("Decision lette&r (PDF)…"))
        self.letter_button.setAccessibleName(
            self.tr("Issue the signed decision letter of the selected decision")
        )
        self.notice_button.setText(self.tr("Acceptance noti&ce (PDF)…"))
        self.notice_button.setAccessibleName(self.tr("Issue the signed acceptance notice of this case"))
        self._update_buttons()
        super().retranslate()
