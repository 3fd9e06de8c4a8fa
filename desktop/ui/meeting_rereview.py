"""Record the expert re-review opinion on a preliminary decision (basis.REREVIEW): the chair
or a vice-chair signs it, and it turns the decision final (or into a disapproval)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.ui.common import decision_label
from desktop.ui.work_dialog import WorkDialog


class RereviewDialog(WorkDialog):
    def __init__(self, vault, decision, officers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.decision = decision
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.authority = QLineEdit(self)
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.experts = QSpinBox(self)
        self.experts.setRange(1, 50)
        self.experts.setValue(5)
        self.agreeing = QSpinBox(self)
        self.agreeing.setRange(0, 50)
        self.opinion = QPlainTextEdit(self)
        self.opinion.setTabChangesFocus(True)
        self.opinion.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.signer = QComboBox(self)
        for m in officers:
            self.signer.addItem(m.name, m.id)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        fields = (
            self.authority,
            self.received,
            self.experts,
            self.agreeing,
            self.opinion,
            self.signer,
            self.pin,
        )
        self.labels = [QLabel(self) for _ in fields]
        self.form.addRow(self.intro)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.recorded = None
        self.retranslate()

    def start_work(self):
        from desktop.services.decisions import record_rereview_opinion

        vault, decision_id = self.vault, self.decision.id
        signer, pin = self.signer.currentData(), self.pin.text()
        values = dict(
            authority=self.authority.text(),
            received_on=self.received.date().toPython(),
            experts=self.experts.value(),
            experts_agreeing=self.agreeing.value(),
            opinion=self.opinion.toPlainText(),
        )

        def work(_report, _cancelled):
            return record_rereview_opinion(vault, decision_id, signer, pin, **values)

        def done(view) -> None:
            self.recorded = view
            self.pin.clear()
            self.action_button.setEnabled(False)
            self.show_result(
                self.tr("Recorded and signed: the decision is now final, “{decision}”.").format(
                    decision=decision_label(view.decision_type)
                )
            )

        return work, done

    def done(self, result: int) -> None:
        self.pin.clear()
        super().done(result)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Expert re-review opinion"))
        self.intro.setText(
            self.tr(
                "The preliminary decision “{decision}” awaits the expert re-review. Enter the opinion "
                "the reviewing authority sent; the chair or a vice-chair signs it."
            ).format(decision=decision_label(self.decision.decision_type))
        )
        texts = (
            self.tr("&Authority:"),
            self.tr("&Received on:"),
            self.tr("&Experts:"),
            self.tr("Experts a&greeing:"),
            self.tr("&Opinion:"),
            self.tr("&Signed by:"),
            self.tr("&PIN:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.action_button.setText(self.tr("Record and &sign"))
