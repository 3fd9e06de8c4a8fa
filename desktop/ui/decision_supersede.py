"""Asks the presiding chair why a new decision supersedes the case's standing one (the reason
goes to the audit trail beside the superseded decision)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.common import decision_label
from desktop.ui.meeting_text import local_time


class SupersedeDialog(QDialog):
    def __init__(self, earlier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earlier = earlier
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.retranslate()

    def _accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.problem.setText(self.tr("Give the reason; it is kept in the audit trail."))
            self.problem.show()
            self.reason.setFocus()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supersede the earlier decision"))
        self.intro.setText(
            self.tr(
                "This case already has a decision: “{decision}”, signed {time}. Signing the new one "
                "supersedes it. Why?"
            ).format(
                decision=decision_label(self.earlier.decision_type), time=local_time(self.earlier.decided_at)
            )
        )
        self.reason.setAccessibleName(self.tr("Reason for superseding"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Supersede and sign…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, earlier) -> str | None:
        dialog = cls(earlier, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.reason.toPlainText().strip() if accepted else None
        finally:
            dialog.deleteLater()
