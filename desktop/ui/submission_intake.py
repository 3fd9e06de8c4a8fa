"""Taking in a submission linked to an approved activity: an amendment, a follow-up report, a
serious adverse event or deviation report, a request to suspend or terminate, the final report.

The service decides the procedure and the deadline from the kind (desktop.rules.lifecycle); the
dialog shows what it decided once the submission is saved, or the one-line refusal.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QuorumError
from desktop.rules import lifecycle
from desktop.services import submissions
from desktop.ui.checkable_list import CheckableList
from desktop.ui.common import ErrorBanner

KINDS = tuple(lifecycle.MATERIALS)
WITH_EVENT_DATE = ("adverse_event", "deviation")


class SubmissionDialog(QDialog):
    """``submissionReceived(submission_id)`` once the submission is saved."""

    submissionReceived = Signal(str)

    def __init__(self, vault, case_id: str, case_reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case_id, self.case_reference = vault, case_id, case_reference
        self.saved: submissions.SubmissionView | None = None
        self.banner = ErrorBanner(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("submissionKind")
        for kind in KINDS:
            self.kind_combo.addItem("", kind.value)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setObjectName("submissionSummary")
        self.major_box = QCheckBox(self)
        self.event_edit = QDateEdit(self)
        self.event_edit.setCalendarPopup(True)
        self.event_edit.setDisplayFormat("yyyy-MM-dd")
        today = datetime.now(UTC).date()
        self.event_edit.setDate(QDate(today.year, today.month, today.day))
        self.materials_list = CheckableList(self, visible_rows=4)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("submissionResult")
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("submissionSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in ("kind", "summary", "major", "event", "materials")}
        self.form.addRow(self.labels["kind"], self.kind_combo)
        self.form.addRow(self.labels["summary"], self.summary_edit)
        self.form.addRow(self.labels["major"], self.major_box)
        self.form.addRow(self.labels["event"], self.event_edit)
        self.form.addRow(self.labels["materials"], self.materials_list)
        for key, widget in (
            ("kind", self.kind_combo),
            ("summary", self.summary_edit),
            ("event", self.event_edit),
            ("materials", self.materials_list),
        ):
            self.labels[key].setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self._kind_changed()

    # -- what the form shows -----------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def kind_label(self, kind: str) -> str:
        return {
            "amendment": self.tr("Amendment"),
            "follow_up_report": self.tr("Follow-up review report"),
            "adverse_event": self.tr("Serious adverse event report"),
            "deviation": self.tr("Deviation report"),
            "suspension_request": self.tr("Request to suspend"),
            "termination_request": self.tr("Request to terminate"),
            "final_report": self.tr("Final report"),
        }.get(kind, kind)

    def material_label(self, material: str) -> str:
        return {
            "amendment_description": self.tr("Description of the change"),
            "revised_protocol": self.tr("Revised protocol"),
            "risk_benefit_change": self.tr("Effect on risks and benefits"),
            "progress_report": self.tr("Progress report"),
            "participants_summary": self.tr("Participants enrolled and withdrawn"),
            "events_summary": self.tr("Adverse events and deviations so far"),
            "event_report": self.tr("Event report"),
            "causality_assessment": self.tr("Causality assessment"),
            "measures_taken": self.tr("Measures taken"),
            "deviation_report": self.tr("Deviation report"),
            "impact_assessment": self.tr("Impact assessment"),
            "corrective_actions": self.tr("Corrective actions"),
            "request_letter": self.tr("Request letter"),
            "participant_protection_plan": self.tr("Plan to protect participants"),
            "final_report": self.tr("Final report"),
            "results_summary": self.tr("Summary of results"),
            "data_disposal": self.tr("Disposal of samples and data"),
        }.get(material, material)

    def procedure_label(self, procedure: str) -> str:
        return {
            "simplified": self.tr("simplified procedure"),
            "general": self.tr("a meeting (general procedure)"),
        }.get(procedure, procedure)

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.event_edit.setEnabled(kind in WITH_EVENT_DATE)
        self.major_box.setEnabled(kind in ("amendment", "follow_up_report"))
        if not self.major_box.isEnabled():
            self.major_box.setChecked(False)
        self.materials_list.set_items(
            [(m, self.material_label(m)) for m in lifecycle.MATERIALS[lifecycle.kind_of(kind)]]
        )

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        kind = self.kind()
        event = self.event_edit.date().toPython() if kind in WITH_EVENT_DATE else None
        try:
            view = submissions.receive_submission(
                self.vault,
                self.case_id,
                kind,
                summary=self.summary_edit.text(),
                materials=sorted(self.materials_list.checked_ids()),
                major=self.major_box.isChecked(),
                event_on=event,
            )
        except QuorumError as exc:  # shown in one line; the service changed nothing
            self.banner.show_error(exc)
            return
        self.banner.clear()
        self.saved = view
        self.save_button.setEnabled(False)
        self._show_result()
        self.submissionReceived.emit(view.id)

    def _show_result(self) -> None:
        view = self.saved
        if view is None:
            self.result_label.clear()
            return
        text = self.tr("Taken in as {ref}: {procedure}; decision due by {due}.").format(
            ref=view.reference, procedure=self.procedure_label(view.procedure), due=view.due_on.isoformat()
        )
        if view.missing:
            text += " " + self.tr("Still missing: {names}.").format(
                names=self.tr(", ").join(self.material_label(m) for m in view.missing)
            )
        self.result_label.setText(text)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Linked submission for {ref}").format(ref=self.case_reference))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, self.kind_label(self.kind_combo.itemData(i)))
        self.labels["kind"].setText(self.tr("&Kind:"))
        self.labels["summary"].setText(self.tr("&Summary:"))
        self.labels["major"].setText(self.tr("Major change:"))
        self.major_box.setText(self.tr("Changes the risks or benefits (goes to a meeting)"))
        self.labels["event"].setText(self.tr("&Event or deviation on:"))
        self.labels["materials"].setText(self.tr("&Materials received:"))
        self.save_button.setText(self.tr("&Take in"))
        self.summary_edit.setAccessibleName(self.tr("Summary of the submission"))
        self.materials_list.setAccessibleName(self.tr("Materials received"))
        if self.kind_combo.count():
            self._kind_changed()
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
