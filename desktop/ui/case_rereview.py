"""The committee's signed determination whether a case that matches the expert re-review list
is on it (``basis.REREVIEW_LIST``): on the list, or not on it with the reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.rules import RereviewStatus, basis
from desktop.services import rereview_list
from desktop.services.views import CaseView
from desktop.ui.case_text import member_name, rereview_text
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog
from desktop.ui.i18n import cite


class RereviewDialog(QDialog):
    """Emits ``caseChanged(case_id)`` once the determination is signed. ``pin_provider(member,
    purpose)`` asks the signer's PIN (tests replace it)."""

    caseChanged = Signal(str)

    def __init__(self, vault, case: CaseView, status: RereviewStatus, signers, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.case, self.status = vault, case, status
        self.signers = list(signers)
        self.pin_provider = lambda member, purpose: PinDialog.ask(self, member_name(member), purpose)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.on_list, self.not_on_list = QRadioButton(self), QRadioButton(self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.on_list)
        self.choice.addButton(self.not_on_list)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 5)
        self.signer = QComboBox(self)
        for member in self.signers:
            self.signer.addItem(member_name(member), member.id)
        self.reason_label, self.signer_label = QLabel(self), QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.signer_label.setBuddy(self.signer)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.signer_label, self.signer)
        self.error = ErrorBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.on_list.toggled, self.not_on_list.toggled, self.reason.textChanged):
            signal.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.on_list, self.not_on_list, self.error):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.busy = BusyOverlay(self)
        self.retranslate()

    def _update(self) -> None:
        chosen = self.on_list.isChecked() or (
            self.not_on_list.isChecked() and bool(self.reason.toPlainText().strip())
        )
        self.save_button.setEnabled(chosen and self.signer.count() > 0 and not self.busy.busy)

    def save(self) -> None:
        member = next((m for m in self.signers if m.id == self.signer.currentData()), None)
        if member is None:
            return
        on_list = self.on_list.isChecked()
        pin = self.pin_provider(member, self.tr("Your PIN signs the committee's determination."))
        if not pin:
            return
        vault, case_id, reason = self.vault, self.case.id, self.reason.toPlainText().strip()

        def work(_report, _cancelled):
            return rereview_list.determine(vault, case_id, member.id, pin, on_list=on_list, reason=reason)

        self.error.clear()
        self.save_button.setEnabled(False)
        self.busy.run(self.tr("Signing the determination…"), work, self._saved, self._failed)

    def _saved(self, _view) -> None:
        self.caseChanged.emit(self.case.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Expert re-review list: {ref}").format(ref=self.case.reference))
        items = "\n".join(f"• {rereview_text(item)}" for item in self.status.matches)
        self.intro.setText(
            self.tr(
                "The case's text matches these items of the expert re-review list ({basis}):\n{items}\n"
                "Record whether the activity is on the list. On the list, every decision stays "
                "preliminary until the re-review opinion; not on it needs the reason."
            ).format(basis=cite(basis.REREVIEW_LIST), items=items)
        )
        self.on_list.setText(self.tr("&On the list: expert re-review after the committee's decision"))
        self.not_on_list.setText(self.tr("&Not on the list"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Why the activity is not on the list"))
        self.signer_label.setText(self.tr("&Signed by:"))
        self.signer.setAccessibleName(self.tr("Who signs the determination"))
        self.save_button.setText(self.tr("Sign and &record…"))
        self.save_button.setAccessibleName(self.tr("Sign and record the determination"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
