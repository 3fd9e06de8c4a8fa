"""Two tabs of the case detail: each reviewer's checklist progress, and the decisions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.model = read_only_table(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate()

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
            self.model.appendRow([QStandardItem(c) for c in cells])
        if not d.decisions:
            self.model.appendRow([QStandardItem(self.tr("No decision yet."))])
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
        super().retranslate()
