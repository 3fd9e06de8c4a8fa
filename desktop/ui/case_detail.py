"""One case: its metadata, documents (with an in-memory viewer), checklist progress, decisions.

``CaseDetail(vault)`` shows a case after ``load(case_id)``; everything is read off the GUI
thread (desktop.ui.case_dossier) and ``loaded`` fires once it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import rules
from desktop.rules import basis
from desktop.services.deadlines import OPEN_STATUSES
from desktop.services.rereview_list import SIGNERS
from desktop.ui import tasks
from desktop.ui.case_documents import DocumentsPanel, dropped_files
from desktop.ui.case_dossier import Dossier, load_dossier
from desktop.ui.case_extension import ExtensionDialog
from desktop.ui.case_materials import MaterialsDialog
from desktop.ui.case_objection import ObjectionDialog
from desktop.ui.case_rereview import RereviewDialog
from desktop.ui.case_tabs import ChecklistProgressTab, DecisionsTab
from desktop.ui.case_text import ai_tier_label, material_text, member_name, rereview_text, when
from desktop.ui.common import (
    ErrorBanner,
    case_status_label,
    domain_label,
    procedure_label,
    risk_label,
)
from desktop.ui.i18n import cite
from desktop.ui.issue_documents import DocumentIssuer

FIELDS = (
    "applicant",
    "institution",
    "summary",
    "domains",
    "humans",
    "risk",
    "ai_tier",
    "procedure",
    "received",
    "accepted",
    "due",
    "reviewers",
    "rereview",
    "materials",
)


class CaseDetail(QWidget):
    backRequested = Signal()
    loaded = Signal(str)  # case id, once shown
    documentsChanged = Signal()
    caseChanged = Signal()  # status or materials changed here

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = ""
        self.dossier: Dossier | None = None
        self._task: tasks.Task | None = None

        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.backRequested)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height() // 2)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.error = ErrorBanner(self)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_label)
        self.materials_button = QPushButton(self)
        self.materials_button.hide()
        self.materials_button.clicked.connect(self.record_materials)
        top.addWidget(self.materials_button)
        self.rereview_button = QPushButton(self)
        self.rereview_button.hide()
        self.rereview_button.clicked.connect(self.determine_rereview)
        top.addWidget(self.rereview_button)
        self.objection_button = QPushButton(self)
        self.objection_button.hide()
        self.objection_button.clicked.connect(self.record_objection)
        top.addWidget(self.objection_button)
        self.extend_button = QPushButton(self)
        self.extend_button.hide()
        self.extend_button.clicked.connect(self.extend_limit)
        top.addWidget(self.extend_button)
        self.submission_button = QPushButton(self)  # decided cases take linked submissions
        self.submission_button.setObjectName("linkedSubmissionButton")
        self.submission_button.hide()
        self.submission_button.clicked.connect(self.take_in_submission)
        top.addWidget(self.submission_button)
        self.submissions_button = QPushButton(self)  # their opinions, decisions and letters
        self.submissions_button.setObjectName("linkedSubmissionsButton")
        self.submissions_button.hide()
        self.submissions_button.clicked.connect(self.open_submissions)
        top.addWidget(self.submissions_button)
        self.edit_button = QPushButton(self)  # desktop/ui/case_edit.py
        self.edit_button.setObjectName("editCaseButton")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_case)
        top.addWidget(self.edit_button)
        self.edit_dialog = None

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview_tab(), "")
        self.documents = DocumentsPanel(vault, self)
        self.documents.importsFinished.connect(self._documents_imported)
        self.tabs.addTab(self.documents, "")
        self.checklists = ChecklistProgressTab(self)
        self.tabs.addTab(self.checklists, "")
        self.decisions = DecisionsTab(self)
        self.tabs.addTab(self.decisions, "")
        self.issuer = DocumentIssuer(vault, self, self.error)
        # the buttons are enabled only once a dossier is shown
        self.decisions.letterRequested.connect(
            lambda d: self.issuer.decision_letter(d, self.dossier.case.reference)
        )
        self.decisions.noticeRequested.connect(
            lambda c: self.issuer.acceptance_notice(c, self.dossier.case.reference)
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)  # files dropped anywhere on the case become its documents
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        QShortcut(QKeySequence.StandardKey.Back, self, self.backRequested.emit)
        self.retranslate()

    def _overview_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        holder = QWidget(scroll)
        self.form = QFormLayout(holder)
        self.field_labels: dict[str, QLabel] = {}
        self.field_values: dict[str, QLabel] = {}
        for key in FIELDS:
            label, value = QLabel(holder), QLabel(holder)
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab for screen readers
            label.setBuddy(value)
            self.field_labels[key], self.field_values[key] = label, value
            self.form.addRow(label, value)
        scroll.setWidget(holder)
        return scroll

    # -- loading ---------------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        """Show ``case_id`` (a case id or reference), read in the background."""
        if case_id != self.case_id:
            self.dossier = None
            self.tabs.setCurrentIndex(0)
        self.case_id = case_id
        vault = self.vault
        if self._task is not None:
            self._task.cancel()

        def read(_report, _cancelled) -> Dossier:
            return load_dossier(vault, case_id)

        self.busy_bar.show()
        self._task = tasks.start(read, self._loaded, self._failed)

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task.signals

    def refresh(self) -> None:
        if self.case_id:
            self.load(self.case_id)

    def _failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        self._task = None
        self.busy_bar.hide()
        self.error.show_error(exc)

    def _loaded(self, dossier: Dossier) -> None:
        if not self._current():
            return  # an earlier load, superseded
        self._task = None
        self.busy_bar.hide()
        self.error.clear()
        self.dossier = dossier
        self.case_id = dossier.case.id
        self.edit_button.setEnabled(True)
        self._render()
        self.loaded.emit(dossier.case.id)

    def edit_case(self):
        """Correct the case's details (audited); the case reloads when the dialog closes."""
        from desktop.ui.case_edit import EditCaseDialog

        if self.dossier is None:
            return None
        dialog = EditCaseDialog(self.vault, self.dossier.case, self)
        dialog.setModal(True)
        dialog.finished.connect(lambda _r: (self.caseChanged.emit(), self.refresh()))
        dialog.show()
        self.edit_dialog = dialog
        return dialog

    def record_materials(self) -> None:
        """Open the dialog for materials the applicant sent after being told what was missing."""
        if self.dossier is None or not self.dossier.missing:
            return
        dialog = MaterialsDialog(self.vault, self.dossier.case, self.dossier.missing, self)
        dialog.caseChanged.connect(lambda _case_id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.materials_dialog = dialog  # kept for tests

    def determine_rereview(self) -> None:
        """Ask for the committee's signed determination on a case that matches the list."""
        d = self.dossier
        if d is None or d.rereview is None or not d.rereview.undetermined:
            return
        signers = [m for m in d.members.values() if m.active and m.role in SIGNERS]
        dialog = RereviewDialog(self.vault, d.case, d.rereview, signers, self)
        dialog.caseChanged.connect(lambda _case_id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.rereview_dialog = dialog  # kept for tests

    def _in_force(self):
        d = self.dossier
        active = [x for x in d.decisions if x.status != "superseded"] if d else []
        return active[-1] if active else None

    def record_objection(self) -> None:
        """Record the applicant's objection to the decision in force."""
        decision = self._in_force()
        if decision is None:
            return
        dialog = ObjectionDialog(self.vault, self.dossier.case, decision, self)
        dialog.caseChanged.connect(lambda _case_id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.objection_dialog = dialog  # kept for tests

    def extend_limit(self) -> None:
        """Open the dialog that extends the decision limit, with the new date and the reason."""
        if self.dossier is None or self.dossier.case.due_at is None:
            return
        dialog = ExtensionDialog(self.vault, self.dossier.case, self)
        dialog.caseChanged.connect(lambda _case_id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.extension_dialog = dialog  # kept for tests

    def take_in_submission(self) -> None:
        """Open the dialog for an amendment, report or request linked to the approved activity."""
        from desktop.ui.submission_intake import SubmissionDialog

        if self.dossier is None:
            return
        dialog = SubmissionDialog(self.vault, self.dossier.case.id, self.dossier.case.reference, self)
        dialog.submissionReceived.connect(lambda _id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.submission_dialog = dialog  # kept for tests

    def open_submissions(self) -> None:
        """The linked submissions: reviewers' opinions, the chair's decision, the letter."""
        from desktop.ui.case_submissions import SubmissionsDialog

        if self.dossier is None:
            return
        dialog = SubmissionsDialog(self.vault, self.dossier.case.id, self.dossier.case.reference, self)
        dialog.caseChanged.connect(lambda _id: (self.caseChanged.emit(), self.refresh()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.submissions_dialog = dialog  # kept for tests

    def _documents_imported(self, _count: int) -> None:
        self.documentsChanged.emit()
        self.refresh()

    def dragEnterEvent(self, event) -> None:
        if dropped_files(event.mimeData()) and self.dossier is not None and not self.documents.importing:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_files(event.mimeData())
        if paths and self.dossier is not None:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.documents)
            self.documents.import_files(paths)

    # -- rendering -------------------------------------------------------------------------------
    def _name(self, member_id: str) -> str:
        member = self.dossier.members.get(member_id) if self.dossier else None
        return member_name(member) if member else member_id

    def _render(self) -> None:
        d = self.dossier
        if d is None:
            self.heading.setText("")
            return
        c = d.case
        self.heading.setText(f"{c.reference} · {c.title}")
        self.status_label.setText(case_status_label(c.status))
        yes, no = self.tr("Yes"), self.tr("No")
        rereview = {item.id: item for item in rules.rereview_list()}
        values = {
            "applicant": c.applicant,
            "institution": c.institution,
            "summary": c.summary,
            "domains": self.tr(", ").join(domain_label(x) for x in c.domains),
            "humans": yes if c.involves_humans else no,
            "risk": risk_label(c.risk_level),
            "ai_tier": ai_tier_label(c.ai_risk_tier) if "ai" in c.domains else self.tr("Not an AI case"),
            "procedure": procedure_label(c.procedure),
            "received": c.received_on.isoformat(),
            "accepted": when(c.accepted_at) or self.tr("Not accepted"),
            "due": when(c.due_at),
            "reviewers": self.tr(", ").join(self._name(m) for m in c.reviewers) or self.tr("None assigned"),
            "rereview": self._rereview_text(d, rereview),
            "materials": self._materials_text(d),
        }
        for key, value in values.items():
            self.field_values[key].setText(value)
            self.field_values[key].setAccessibleName(self.field_labels[key].text().rstrip(":："))
        self.documents.set_documents(c.id, d.documents)
        self.checklists.show_dossier(d, self._name)
        self.decisions.show_dossier(d, self._name)
        self.materials_button.setVisible(bool(d.missing) and c.status in ("received", "incomplete"))
        self.rereview_button.setVisible(d.rereview is not None and d.rereview.undetermined)
        waiting = any(o.outcome is None for o in d.objections)
        self.objection_button.setVisible(self._in_force() is not None and not waiting)
        self.extend_button.setVisible(
            c.due_at is not None and c.status in OPEN_STATUSES and c.procedure != "emergency"
        )
        self.submission_button.setVisible(c.status in ("decided", "follow_up"))
        self.submissions_button.setVisible(c.status in ("decided", "follow_up", "closed"))

    def _rereview_text(self, d: Dossier, items: dict) -> str:
        listed = "\n".join(rereview_text(items[i]) for i in d.case.rereview_items if i in items)
        status = d.rereview
        if status is None or listed:
            return listed or self.tr("Not on the list")
        matched = self.tr(", ").join(rereview_text(item) for item in status.matches)
        if status.undetermined:
            return self.tr("Matches the list ({items}); not yet determined").format(items=matched)
        if status.listed:
            return self.tr("Determined to be on the list: {items}").format(items=matched)
        if status.matches:
            reason = status.reason.param_dict.get("reason", "")
            return self.tr("Determined not to be on the list: {reason}").format(reason=reason)
        return self.tr("Not on the list")

    def _materials_text(self, d: Dossier) -> str:
        if not d.missing:
            return self.tr("Every required material is provided ({basis}).").format(
                basis=cite(basis.MATERIALS)
            )
        lines = [self.tr("Missing ({n}):").format(n=len(d.missing))]
        lines += [f"• {material_text(m)}" for m in d.missing]
        return "\n".join(lines)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back to cases"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Correct the case's details"))
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        for index, text in enumerate(
            (self.tr("&Overview"), self.tr("&Documents"), self.tr("Check&lists"), self.tr("Decisio&ns"))
        ):
            self.tabs.setTabText(index, text)
        labels = {
            "applicant": self.tr("Applicant:"),
            "institution": self.tr("Institution:"),
            "summary": self.tr("Summary:"),
            "domains": self.tr("Review domains:"),
            "humans": self.tr("Human participants:"),
            "risk": self.tr("Risk level:"),
            "ai_tier": self.tr("AI risk tier:"),
            "procedure": self.tr("Procedure:"),
            "received": self.tr("Received on:"),
            "accepted": self.tr("Accepted:"),
            "due": self.tr("Decision due:"),
            "reviewers": self.tr("Reviewers:"),
            "rereview": self.tr("Expert re-review list:"),
            "materials": self.tr("Application materials:"),
        }
        for key, text in labels.items():
            self.field_labels[key].setText(text)
        self.materials_button.setText(self.tr("&Materials received…"))
        self.submission_button.setText(self.tr("&Linked submission…"))
        self.submission_button.setAccessibleName(
            self.tr("Take in an amendment, report or request for this approved activity")
        )
        self.submissions_button.setText(self.tr("Su&bmissions and decisions…"))
        self.submissions_button.setAccessibleName(
            self.tr("Reviewers' opinions, the decision and the letter on each linked submission")
        )
        self.materials_button.setAccessibleName(self.tr("Record materials the applicant has sent"))
        self.rereview_button.setText(self.tr("Re-review &list…"))
        self.rereview_button.setAccessibleName(
            self.tr("Record whether the case is on the expert re-review list")
        )
        self.objection_button.setText(self.tr("&Objection…"))
        self.objection_button.setAccessibleName(self.tr("Record the applicant's objection to the decision"))
        self.extend_button.setText(self.tr("E&xtend limit…"))
        self.extend_button.setAccessibleName(self.tr("Extend the decision limit, giving the reason"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
