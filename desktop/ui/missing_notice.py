"""The list of missing application materials, to tell the applicant at once (``basis.ACCEPTANCE``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop import rules
from desktop.rules import basis
from desktop.ui.case_text import material_text
from desktop.ui.i18n import cite


class MissingNotice(QWidget):
    """A numbered list the secretary can copy into the letter to the applicant."""

    closed = Signal()
    pdfRequested = Signal()  # the signed one-time notice (补正材料一次性告知书) as a PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = ""
        self.missing: tuple[rules.Material, ...] = ()
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("missingNoticePdfButton")
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.retranslate()

    def show_missing(self, reference: str, missing: tuple[rules.Material, ...]) -> None:
        self.reference, self.missing = reference, tuple(missing)
        self._fill()
        self.close_button.setFocus()

    def _fill(self) -> None:
        self.title.setText(
            self.tr(
                "Case {ref} was recorded as incomplete. Tell the applicant everything that is missing, "
                "at once ({basis}):"
            ).format(ref=self.reference, basis=cite(basis.ACCEPTANCE))
        )
        self.text.setPlainText("\n".join(f"{n}. {material_text(m)}" for n, m in enumerate(self.missing, 1)))

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy the list"))
        self.copy_button.setAccessibleName(self.tr("Copy the list of missing materials"))
        self.pdf_button.setText(self.tr("Signed &notice (PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Issue the signed notice of every missing material"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.text.setAccessibleName(self.tr("Missing materials"))
        if self.reference:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
