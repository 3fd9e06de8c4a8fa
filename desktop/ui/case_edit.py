"""Correct a case after intake; every change is recorded in the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain import Domain, RiskLevel
from desktop.ui.common import domain_label, risk_label
from desktop.ui.work_dialog import WorkDialog

CASE_DOMAINS = [d.value for d in Domain if d is not Domain.GENERAL]


class EditCaseDialog(WorkDialog):
    def __init__(self, vault, case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case = case
        self.title = QLineEdit(case.title, self)
        self.applicant = QLineEdit(case.applicant, self)
        self.institution = QLineEdit(case.institution, self)
        self.summary = QPlainTextEdit(case.summary, self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.risk = QComboBox(self)
        for risk in RiskLevel:
            self.risk.addItem("", risk.value)
        self.risk.setCurrentIndex(max(0, self.risk.findData(case.risk_level)))
        self.domain_boxes = {d: QCheckBox(self) for d in CASE_DOMAINS}
        domains = QWidget(self)
        grid = QGridLayout(domains)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (value, box) in enumerate(self.domain_boxes.items()):
            box.setChecked(value in case.domains)
            grid.addWidget(box, i // 2, i % 2)
        self.humans = QCheckBox(self)
        self.humans.setChecked(case.involves_humans)
        fields = (self.title, self.applicant, self.institution, self.summary, self.risk, domains)
        self.labels = [QLabel(self) for _ in fields]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.humans)
        self.saved = None
        self.retranslate()

    def start_work(self):
        from desktop.services.case_records import update_case

        changes = {
            "title": self.title.text(),
            "applicant": self.applicant.text(),
            "institution": self.institution.text(),
            "summary": self.summary.toPlainText(),
        }
        classification = {
            "risk_level": self.risk.currentData(),
            "domains": sorted(d for d, box in self.domain_boxes.items() if box.isChecked()),
            "involves_humans": self.humans.isChecked(),
        }
        current = {
            "risk_level": self.case.risk_level,
            "domains": sorted(d for d in self.case.domains if d != Domain.GENERAL.value),
            "involves_humans": self.case.involves_humans,
        }
        changes.update({k: v for k, v in classification.items() if v != current[k]})
        vault, case_id = self.vault, self.case.id

        def work(_report, _cancelled):
            return update_case(vault, case_id, **changes)

        def done(view) -> None:
            self.saved = view
            self.case = view
            self.show_result(self.tr("Saved; the change is recorded in the audit trail."))

        return work, done

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit case {ref}").format(ref=self.case.reference))
        texts = (
            self.tr("&Title:"),
            self.tr("&Applicant:"),
            self.tr("&Institution:"),
            self.tr("S&ummary:"),
            self.tr("Ris&k level:"),
            self.tr("Review domains:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        for index in range(self.risk.count()):
            self.risk.setItemText(index, risk_label(self.risk.itemData(index)))
        for value, box in self.domain_boxes.items():
            box.setText(domain_label(value))
        self.humans.setText(self.tr("Involves human participants"))
        self.action_button.setText(self.tr("&Save"))
