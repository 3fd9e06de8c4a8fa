"""Recording materials the applicant sent later, then accepting the case (``basis.MATERIALS``,
``basis.ACCEPTANCE``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop import rules
from desktop.services import cases
from desktop.services.views import CaseView
from desktop.ui.case_text import material_text
from desktop.ui.checkable_list import CheckableList
from desktop.ui.common import BusyOverlay, ErrorBanner
from desktop.ui.missing_notice import MissingNotice


class MaterialsDialog(QDialog):
    """Tick what has arrived; saving records it and tries acceptance again.

    Emits ``caseChanged(case_id)`` after saving, accepted or still incomplete.
    """

    caseChanged = Signal(str)

    def __init__(
        self, vault, case: CaseView, missing: tuple[rules.Material, ...], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.vault, self.case, self.missing = vault, case, tuple(missing)
        self.accepted_case: bool | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.materials = CheckableList(self, visible_rows=max(3, len(self.missing)))
        self.error = ErrorBanner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.materials.changed.connect(self._update)
        form = QWidget(self)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.error, self.materials, self.buttons):
            layout.addWidget(widget)
        self.notice = MissingNotice(self)
        self.notice.closed.connect(self.accept)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(form)
        self.pages.addWidget(self.notice)
        QVBoxLayout(self).addWidget(self.pages)
        self.busy = BusyOverlay(self)
        self.retranslate()
        self.materials.setFocus()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.materials.checked_ids()) and not self.busy.busy)

    def save(self) -> None:
        provided = sorted(self.materials.checked_ids())
        if not provided:
            return
        vault, case_id = self.vault, self.case.id

        def work(_report, _cancelled) -> cases.Acceptance:
            cases.record_materials(vault, case_id, provided)
            return cases.accept_case(vault, case_id)

        self.error.clear()
        self.save_button.setEnabled(False)
        self.busy.run(self.tr("Recording the materials…"), work, self._saved, self._failed)

    def _saved(self, acceptance: cases.Acceptance) -> None:
        self.accepted_case = acceptance.accepted
        self.caseChanged.emit(self.case.id)
        if acceptance.accepted:
            self.accept()
            return
        self.notice.show_missing(self.case.reference, acceptance.missing)
        self.pages.setCurrentWidget(self.notice)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(exc)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Materials received for {ref}").format(ref=self.case.reference))
        self.intro.setText(
            self.tr(
                "Tick the materials the applicant has now provided. Saving records them and accepts "
                "the case once nothing is missing."
            )
        )
        self.materials.set_items([(m.id, material_text(m)) for m in self.missing])
        self.materials.setAccessibleName(self.tr("Materials now provided"))
        self.save_button.setText(self.tr("&Record and accept"))
        self.save_button.setAccessibleName(self.tr("Record the materials and accept the case"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
