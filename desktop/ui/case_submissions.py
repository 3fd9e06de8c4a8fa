"""An approved activity's linked submissions: the reviewers' signed opinions under the simplified
procedure, the chair's signed decision, and the letter on it.

Opened from the case screen. Every signature takes the signer's PIN (PinDialog) and is made off
the GUI thread under a BusyOverlay; the services check the rules (desktop.services.submissions)
and a refusal is shown in one line with nothing changed.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import VoteChoice
from desktop.rules import lifecycle
from desktop.services import meetings, members, submissions
from desktop.services.views import MemberView
from desktop.ui.case_text import member_name
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog
from desktop.ui.issue_documents import DocumentIssuer
from desktop.ui.labels import decision_label, procedure_label

DECIDERS = ("chair", "vice_chair")  # who signs a decision under the simplified procedure
# what a reviewer may advise under the simplified procedure (rules.simplified_outcome)
OPINIONS = tuple(
    c.value
    for c in (
        VoteChoice.APPROVE,
        VoteChoice.APPROVE_AFTER_MODIFICATION,
        VoteChoice.MODIFY_AND_REREVIEW,
        VoteChoice.DISAPPROVE,
    )
)


def kind_text(kind: str) -> str:
    # the intake dialog's words for the kinds (one translation for both screens)
    words = {
        "amendment": "Amendment",
        "follow_up_report": "Follow-up review report",
        "adverse_event": "Serious adverse event report",
        "deviation": "Deviation report",
        "suspension_request": "Request to suspend",
        "termination_request": "Request to terminate",
        "final_report": "Final report",
    }
    return QCoreApplication.translate("SubmissionDialog", words[kind]) if kind in words else kind


class SubmissionsDialog(QDialog):
    """Emits ``caseChanged(case_id)`` once a decision is signed. ``pin_provider(member, purpose)``
    asks a member's PIN (tests replace it); ``issuer`` issues the letter."""

    caseChanged = Signal(str)
    signed = Signal(str)  # "opinion" or "decision", once stored

    def __init__(self, vault, case_id: str, case_reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case_id, self.case_reference = vault, case_id, case_reference
        self.pin_provider = lambda member, purpose: PinDialog.ask(self, member_name(member), purpose)
        self.rows: list[submissions.SubmissionView] = []
        self.opinions: list[submissions.OpinionView] = []
        self.roster: list[MemberView] = []
        self.banner = ErrorBanner(self)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("submissionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        # a reviewer's opinion (simplified procedure)
        self.opinion_box = QGroupBox(self)
        self.reviewer_combo = QComboBox(self)
        self.choice_combo = QComboBox(self)
        for choice in OPINIONS:
            self.choice_combo.addItem("", choice)
        self.note_edit = QLineEdit(self)
        self.opinions_label = QLabel(self)
        self.opinions_label.setWordWrap(True)
        self.opinion_button = QPushButton(self)
        self.opinion_button.setObjectName("signOpinionButton")
        self.opinion_button.clicked.connect(self.sign_opinion)
        self.opinion_form = QFormLayout(self.opinion_box)
        self.opinion_labels = {k: QLabel(self) for k in ("reviewer", "choice", "note")}
        self.opinion_form.addRow(self.opinions_label)
        self.opinion_form.addRow(self.opinion_labels["reviewer"], self.reviewer_combo)
        self.opinion_form.addRow(self.opinion_labels["choice"], self.choice_combo)
        self.opinion_form.addRow(self.opinion_labels["note"], self.note_edit)
        self.opinion_form.addRow(self.opinion_button)

        # the chair's decision
        self.decision_box = QGroupBox(self)
        self.decision_combo = QComboBox(self)
        self.conditions_edit = QPlainTextEdit(self)
        self.reasons_edit = QPlainTextEdit(self)
        for edit in (self.conditions_edit, self.reasons_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, 60)
        self.meeting_combo = QComboBox(self)
        self.signer_combo = QComboBox(self)
        self.decide_button = QPushButton(self)
        self.decide_button.setObjectName("signDecisionButton")
        self.decide_button.clicked.connect(self.sign_decision)
        self.decision_form = QFormLayout(self.decision_box)
        keys = ("decision", "conditions", "reasons", "months", "meeting", "signer")
        self.decision_labels = {k: QLabel(self) for k in keys}
        for key, widget in zip(
            keys,
            (
                self.decision_combo,
                self.conditions_edit,
                self.reasons_edit,
                self.months_spin,
                self.meeting_combo,
                self.signer_combo,
            ),
            strict=True,
        ):
            self.decision_labels[key].setBuddy(widget)
            self.decision_form.addRow(self.decision_labels[key], widget)
        for key, widget in (
            ("reviewer", self.reviewer_combo),
            ("choice", self.choice_combo),
            ("note", self.note_edit),
        ):
            self.opinion_labels[key].setBuddy(widget)
        self.decision_form.addRow(self.decide_button)

        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("submissionLetterButton")
        self.letter_button.clicked.connect(self.issue_letter)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        boxes = QHBoxLayout()
        boxes.addWidget(self.opinion_box, 1)
        boxes.addWidget(self.decision_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(boxes)
        layout.addWidget(self.buttons)
        self.busy = BusyOverlay(self)
        self.issuer = DocumentIssuer(vault, self, self.banner, self.busy)
        self.retranslate()
        self.refresh()

    # -- what is shown -------------------------------------------------------------------------
    def selected(self) -> submissions.SubmissionView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def refresh(self, keep: str | None = None) -> None:
        """Read the case's submissions, its members and meetings again (small reads)."""
        current = keep or (self.selected().id if self.selected() else None)
        self.rows = submissions.submissions_for_case(self.vault, self.case_id)
        self.roster = [m for m in members.list_members(self.vault) if m.active]
        self.meetings = [
            m for m in meetings.list_meetings(self.vault) if self.case_id in m.agenda and m.status != "closed"
        ]
        self.reviewer_combo.clear()
        for m in self.roster:
            if m.votes:
                self.reviewer_combo.addItem(member_name(m), m.id)
        self.signer_combo.clear()
        for m in self.roster:
            if m.role in DECIDERS:
                self.signer_combo.addItem(member_name(m), m.id)
        self.meeting_combo.clear()
        for m in self.meetings:
            self.meeting_combo.addItem(
                " ".join(p for p in (f"{m.held_at:%Y-%m-%d}", m.title, m.place) if p), m.id
            )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, sub in enumerate(self.rows):
            for c, text in enumerate(self._cells(sub)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.blockSignals(False)
        waiting = next((i for i, s in enumerate(self.rows) if s.status == "received"), 0 if self.rows else -1)
        index = next((i for i, s in enumerate(self.rows) if s.id == current), waiting)
        if index >= 0:
            self.table.setCurrentCell(index, 0)
        self._show_selected()

    def _cells(self, sub: submissions.SubmissionView) -> tuple[str, ...]:
        status = (
            self.tr("Decided: {standing}").format(standing=self.standing_text(sub.standing_after or ""))
            if sub.status == "decided"
            else self.tr("Awaiting review, due {due}").format(due=sub.due_on.isoformat())
        )
        return (
            sub.reference,
            kind_text(sub.kind),
            procedure_label(sub.procedure),
            sub.received_on.isoformat(),
            status,
        )

    def standing_text(self, standing: str) -> str:
        return {
            "approved": self.tr("approved"),
            "approved_with_conditions": self.tr("approved with conditions"),
            "suspended": self.tr("suspended"),
            "terminated": self.tr("terminated"),
            "closed": self.tr("closed"),
        }.get(standing, standing)

    def _name(self, member_id: str) -> str:
        found = next((m for m in self.roster if m.id == member_id), None)
        return member_name(found) if found else member_id

    def _show_selected(self) -> None:
        sub = self.selected()
        self.opinions = submissions.opinions_for(self.vault, sub.id) if sub else []
        waiting = sub is not None and sub.status == "received"
        simplified = sub is not None and sub.procedure == "simplified"
        self.opinion_box.setEnabled(waiting and simplified and not self.busy.busy)
        self.decision_box.setEnabled(waiting and not self.busy.busy)
        self.letter_button.setEnabled(sub is not None and sub.decision_id is not None and not self.busy.busy)
        self.meeting_combo.setVisible(not simplified)
        self.decision_labels["meeting"].setVisible(not simplified)
        chosen = self.decision_combo.currentData()
        self.decision_combo.clear()
        if sub is not None:
            for d in lifecycle.DECISIONS[lifecycle.kind_of(sub.kind)]:
                self.decision_combo.addItem(decision_label(d.value), d.value)
            self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(chosen)))
        self._fill_texts()

    def _fill_texts(self) -> None:
        sub = self.selected()
        if sub is None:
            self.summary.setText(self.tr("No linked submission yet."))
            self.opinions_label.clear()
            return
        self.summary.setText(f"{sub.reference}: {sub.summary}")
        if sub.procedure != "simplified":
            self.opinions_label.setText(self.tr("This submission goes to a meeting; its members vote there."))
        elif self.opinions:
            lines = [
                self.tr("{name}: {choice}").format(
                    name=self._name(o.member_id), choice=decision_label(o.choice)
                )
                for o in self.opinions
            ]
            self.opinions_label.setText(self.tr("Signed opinions:") + "\n" + "\n".join(lines))
        else:
            self.opinions_label.setText(self.tr("No opinion signed yet."))

    # -- signing -------------------------------------------------------------------------------
    def _member(self, combo: QComboBox) -> MemberView | None:
        return next((m for m in self.roster if m.id == combo.currentData()), None)

    def _run(self, message: str, work, what: str, sub_id: str) -> None:
        def done(_result) -> None:
            self.banner.show_info(
                self.tr("Opinion signed.") if what == "opinion" else self.tr("Decision signed.")
            )
            self.refresh(keep=sub_id)
            if what == "decision":
                self.caseChanged.emit(self.case_id)
            self.signed.emit(what)

        def failed(exc: BaseException) -> None:
            self.banner.show_error(exc)
            self._show_selected()

        self.banner.clear()
        self.opinion_box.setEnabled(False)
        self.decision_box.setEnabled(False)
        self.letter_button.setEnabled(False)
        self.busy.run(message, work, done, failed)

    def sign_opinion(self) -> None:
        sub, member = self.selected(), self._member(self.reviewer_combo)
        if sub is None or member is None or self.busy.busy:
            return
        pin = self.pin_provider(
            member, self.tr("Your PIN signs your opinion on {ref}.").format(ref=sub.reference)
        )
        if not pin:
            return
        vault, choice, note = self.vault, self.choice_combo.currentData(), self.note_edit.text()

        def work(_report, _cancelled):
            return submissions.give_opinion(vault, sub.id, member.id, pin, choice, note)

        self._run(self.tr("Signing the opinion…"), work, "opinion", sub.id)

    def sign_decision(self) -> None:
        sub, member = self.selected(), self._member(self.signer_combo)
        if sub is None or member is None or self.busy.busy:
            return
        pin = self.pin_provider(
            member, self.tr("Your PIN signs the decision on {ref}.").format(ref=sub.reference)
        )
        if not pin:
            return
        vault, dtype = self.vault, self.decision_combo.currentData()
        conditions, reasons = self.conditions_edit.toPlainText(), self.reasons_edit.toPlainText()
        months = self.months_spin.value() or None
        meeting_id = self.meeting_combo.currentData() if sub.procedure != "simplified" else None

        def work(_report, _cancelled):
            return submissions.decide_submission(
                vault,
                sub.id,
                member.id,
                pin,
                dtype,
                conditions=conditions,
                reasons=reasons,
                follow_up_months=months,
                meeting_id=meeting_id,
            )

        self._run(self.tr("Signing the decision…"), work, "decision", sub.id)

    def issue_letter(self) -> None:
        """The signed letter on the selected submission's decision (desktop.documents.api)."""
        sub = self.selected()
        if sub is None or sub.decision_id is None:
            return
        decision_id = sub.decision_id

        def make(vault, signer_id, pin, language) -> bytes:
            api = importlib.import_module("desktop.documents.api")  # heavy; loaded on first use
            return api.submission_letter(vault, decision_id, signer_id, pin, language)

        self.issuer.issue("decision_letter", sub.reference.replace("/", "-"), make)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Linked submissions of {ref}").format(ref=self.case_reference))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Kind"),
                self.tr("Procedure"),
                self.tr("Received"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Linked submissions"))
        self.opinion_box.setTitle(self.tr("Reviewer's opinion (simplified procedure)"))
        self.opinion_labels["reviewer"].setText(self.tr("&Reviewer:"))
        self.opinion_labels["choice"].setText(self.tr("&Opinion:"))
        self.opinion_labels["note"].setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note on the opinion"))
        for i in range(self.choice_combo.count()):
            self.choice_combo.setItemText(i, decision_label(self.choice_combo.itemData(i)))
        self.opinion_button.setText(self.tr("Sign the &opinion…"))
        self.opinion_button.setAccessibleName(self.tr("Sign the reviewer's opinion with their PIN"))
        self.decision_box.setTitle(self.tr("Decision"))
        self.decision_labels["decision"].setText(self.tr("&Decision:"))
        self.decision_labels["conditions"].setText(self.tr("&Modifications required:"))
        self.decision_labels["reasons"].setText(self.tr("Rea&sons:"))
        self.decision_labels["months"].setText(self.tr("&Follow-up in (months):"))
        self.decision_labels["meeting"].setText(self.tr("&Meeting:"))
        self.decision_labels["signer"].setText(self.tr("Si&gned by:"))
        self.months_spin.setSpecialValueText(self.tr("as the charter says"))
        self.conditions_edit.setAccessibleName(self.tr("Modifications required"))
        self.reasons_edit.setAccessibleName(self.tr("Reasons for the decision"))
        self.decide_button.setText(self.tr("Sign the &decision…"))
        self.decide_button.setAccessibleName(self.tr("Sign the decision on the submission with the PIN"))
        self.letter_button.setText(self.tr("&Letter (PDF)…"))
        self.letter_button.setAccessibleName(self.tr("Issue the signed letter on the decision"))
        self.close_button.setText(self.tr("Close"))
        if self.rows:
            for r, sub in enumerate(self.rows):
                for c, text in enumerate(self._cells(sub)):
                    self.table.item(r, c).setText(text)
        if hasattr(self, "meetings"):
            self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
