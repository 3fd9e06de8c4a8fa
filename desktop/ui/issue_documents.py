"""Issue the committee's signed PDFs from any screen: pick the signer and language, take the PIN,
sign off the GUI thread, then show the PDF from memory with its verification and "Save as…".

Nothing is written to disk except the file the user saves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.verdicts import TAMPERED, UNSIGNED, UNTRUSTED, VALID
from desktop.services import committee, members
from desktop.services.reports import OFFICERS, PRESIDING
from desktop.services.views import MemberView
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog
from desktop.ui.i18n import LANGUAGES, current_language
from desktop.ui.meeting_text import member_name
from desktop.ui.pdf_viewer import DocumentViewer

# kind -> (roles that may sign, the role asked first)
SIGNERS = {
    "decision_letter": (PRESIDING, "chair"),
    "acceptance_notice": (OFFICERS, "chair"),
    "minutes": (OFFICERS, "secretary"),
    "coi_register": (OFFICERS, "secretary"),
    "annual_report": (OFFICERS, "secretary"),
}
API_LANGUAGE = {"zh_CN": "zh", "en": "en"}


def document_title(kind: str) -> str:
    return {
        "decision_letter": QCoreApplication.translate("IssueDocuments", "Decision letter"),
        "acceptance_notice": QCoreApplication.translate("IssueDocuments", "Acceptance notice"),
        "minutes": QCoreApplication.translate("IssueDocuments", "Minutes"),
        "coi_register": QCoreApplication.translate("IssueDocuments", "Conflict-of-interest register"),
        "annual_report": QCoreApplication.translate("IssueDocuments", "Annual report"),
        "submission_letter": QCoreApplication.translate("IssueDocuments", "Letter on a linked submission"),
    }.get(kind, kind)


def _api():
    """The document API, imported on first use: pyHanko and reportlab cost ~1 s at start-up."""
    return importlib.import_module("desktop.documents.api")


def verification_text(result) -> str:
    """The signature's verdict in the user's language, and, for a valid one, its long-term standing."""
    verdict = _verdict_text(result)
    if result.verdict != VALID:
        return verdict
    return f"{verdict}\n{_long_term_text(result)}"


def _long_term_text(result) -> str:
    if result.timestamp_time is None:
        return QCoreApplication.translate(
            "IssueDocuments",
            "No timestamp yet (PAdES {level}): the registry's timestamp is added at the next sync.",
        ).format(level=result.level)
    when = result.timestamp_time.astimezone().strftime("%Y-%m-%d %H:%M")
    if not result.timestamp_trusted:
        return QCoreApplication.translate(
            "IssueDocuments",
            "Timestamped by {authority} at {time}, an authority this vault does not know, so the "
            "timestamp is not relied on.",
        ).format(authority=result.timestamp_authority, time=when)
    return QCoreApplication.translate(
        "IssueDocuments",
        "Timestamped by {authority} at {time} (PAdES {level}): checked as of that time, so it stays "
        "valid after the signer's certificate expires.",
    ).format(authority=result.timestamp_authority, time=when, level=result.level)


def _verdict_text(result) -> str:
    if result.verdict == VALID:
        when = result.signing_time.astimezone().strftime("%Y-%m-%d %H:%M") if result.signing_time else ""
        return QCoreApplication.translate(
            "IssueDocuments",
            "✓ Signature valid: signed by {name} ({role}) at {time}; verified against the committee CA.",
        ).format(name=result.signer_name, role=result.signer_role, time=when)
    return {
        UNTRUSTED: QCoreApplication.translate(
            "IssueDocuments", "⚠ The signature is intact but does not chain to the committee CA."
        ),
        TAMPERED: QCoreApplication.translate(
            "IssueDocuments", "✗ The signature does not match the file: it was changed or damaged."
        ),
        UNSIGNED: QCoreApplication.translate("IssueDocuments", "✗ The file is not signed."),
    }.get(result.verdict, result.verdict)


@dataclass(frozen=True)
class IssueChoice:
    signer: MemberView
    language: str  # "zh" or "en", as the document API takes it


# (kind, members who may sign, default member id, default language) -> the choice, or None
ChoiceProvider = Callable[[str, list[MemberView], str, str], "IssueChoice | None"]
# (member, what the signature is for) -> the PIN, or None when cancelled
PinProvider = Callable[[MemberView, str], "str | None"]


class SignerDialog(QDialog):
    """Which member signs, and in which language the document is written."""

    def __init__(
        self, kind: str, candidates: list[MemberView], default_id: str, language: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.candidates = candidates
        self.signer = QComboBox(self)
        self.signer.setObjectName("signerCombo")
        for member in candidates:
            self.signer.addItem(member_name(member), member.id)
        self.signer.setCurrentIndex(max(0, self.signer.findData(default_id)))
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, API_LANGUAGE[code])
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.signer_label, self.language_label = QLabel(self), QLabel(self)
        self.signer_label.setBuddy(self.signer)
        self.language_label.setBuddy(self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.signer_label, self.signer)
        form.addRow(self.language_label, self.language)
        form.addRow(self.buttons)
        self.retranslate()

    def choice(self) -> IssueChoice:
        return IssueChoice(self.candidates[self.signer.currentIndex()], self.language.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issue: {document}").format(document=document_title(self.kind)))
        self.signer_label.setText(self.tr("&Signed by:"))
        self.language_label.setText(self.tr("&Language:"))
        self.signer.setAccessibleName(self.tr("Member who signs"))
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    @classmethod
    def ask(
        cls, parent, kind: str, candidates: list[MemberView], default_id: str, language: str
    ) -> IssueChoice | None:
        dialog = cls(kind, candidates, default_id, language, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.setParent(None)
            dialog.deleteLater()


class IssuedDocumentWindow(QDialog):
    """A signed PDF held in memory: the viewer, its verification, Save as… and Close."""

    def __init__(self, pdf: bytes, name: str, check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuedDocumentWindow")
        self.pdf, self.name, self.check = pdf, name, check
        self.save_path_provider: Callable[[], str] = self._ask_path  # tests replace it
        self.verification = QLabel(verification_text(check), self)
        self.verification.setObjectName("verificationLabel")
        self.verification.setWordWrap(True)
        self.verification.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verification.setStyleSheet("color: #1b5e20;" if check.ok else "color: #8a1c12;")
        self.banner = ErrorBanner(self)
        self.viewer = DocumentViewer(self)
        self.viewer.show_document(pdf, "application/pdf", name)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAsButton")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeDocumentButton")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verification)
        layout.addWidget(self.banner)
        layout.addWidget(self.viewer, 1)
        layout.addLayout(row)
        self.resize(900, 1000)
        self.retranslate()

    def _ask_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed PDF"), self.name, self.tr("PDF documents (*.pdf)")
        )
        return path

    def save_as(self) -> Path | None:
        """Write the PDF where the user chooses: the only file this window ever writes."""
        chosen = self.save_path_provider()
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            self.banner.show_error(
                self.tr("Could not save {path}: {error}").format(path=path, error=exc.strerror)
            )
            return None
        self.banner.show_info(self.tr("Saved to {path}.").format(path=path))
        return path

    def closeEvent(self, event) -> None:
        self.viewer.clear()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.name)
        self.verification.setText(verification_text(self.check))
        self.verification.setAccessibleName(self.tr("Signature check"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the signed PDF to a file"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the document"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DocumentIssuer(QObject):
    """Issues documents for one screen. ``choice_provider`` and ``pin_provider`` are the questions
    a person answers (tests replace them); errors go to ``banner``."""

    issued = Signal(object)  # the IssuedDocumentWindow shown
    failed = Signal(str)  # the message shown

    def __init__(self, vault, host: QWidget, banner: ErrorBanner, overlay: BusyOverlay | None = None) -> None:
        super().__init__(host)
        self.vault, self.host, self.banner = vault, host, banner
        self.overlay = overlay or BusyOverlay(host)
        self.choice_provider: ChoiceProvider = lambda *args: SignerDialog.ask(host, *args)
        self.pin_provider: PinProvider = lambda member, purpose: PinDialog.ask(
            host, member_name(member), purpose
        )
        self.window: IssuedDocumentWindow | None = None

    def decision_letter(self, decision_id: str, label: str = "") -> None:
        self.issue("decision_letter", label, lambda v, *a: _api().decision_letter(v, decision_id, *a))

    def acceptance_notice(self, case_id: str, label: str = "") -> None:
        self.issue("acceptance_notice", label, lambda v, *a: _api().acceptance_notice(v, case_id, *a))

    def minutes(self, meeting_id: str, label: str = "") -> None:
        self.issue("minutes", label, lambda v, *a: _api().minutes(v, meeting_id, *a))

    def coi_register(self, meeting_id: str, label: str = "") -> None:
        self.issue(
            "coi_register",
            label,
            lambda v, s, p, lang: _api().coi_register(v, s, p, meeting_id=meeting_id, language=lang),
        )

    def annual_report(self, year: int) -> None:
        self.issue("annual_report", str(year), lambda v, *a: _api().annual_report(v, year, *a))

    def issue(self, kind: str, label: str, make: Callable[..., bytes]) -> None:
        """Ask signer, language and PIN, then run ``make(vault, signer_id, pin, language)`` in the pool."""
        if self.overlay.busy:
            return
        roles, first = SIGNERS[kind]
        candidates = [m for m in members.list_members(self.vault) if m.role in roles]
        if not candidates:
            self._fail(self.tr("No current member may sign this document."))
            return
        default = next((m.id for m in candidates if m.role == first), candidates[0].id)
        language = "zh" if current_language().startswith("zh") else "en"
        choice = self.choice_provider(kind, candidates, default, language)
        if choice is None:
            return
        title = document_title(kind)
        pin = self.pin_provider(choice.signer, self.tr("To sign: {document}").format(document=title))
        if not pin:
            return
        vault, signer_id, language = self.vault, choice.signer.id, choice.language
        name = "-".join(p for p in (kind.replace("_", "-"), label, language) if p) + ".pdf"

        def work(_report, _cancelled) -> tuple[bytes, object]:
            pdf = make(vault, signer_id, pin, language)
            return pdf, _api().verify_pdf(pdf, [committee.ca_certificate(vault)])

        self.banner.clear()
        self.overlay.run(
            self.tr("Signing and checking: {document}…").format(document=title),
            work,
            on_done=lambda result: self._show(result, name),
            on_error=self._fail,
        )

    def _show(self, result: tuple[bytes, object], name: str) -> None:
        pdf, check = result
        window = IssuedDocumentWindow(pdf, name, check, self.host)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._closed(w))
        self.window = window
        window.show()
        self.issued.emit(window)

    def _closed(self, window: IssuedDocumentWindow) -> None:
        if self.window is window:
            self.window = None

    def _fail(self, error: BaseException | str) -> None:
        self.banner.show_error(error)  # domain errors (a wrong PIN) in the user's language
        self.failed.emit(self.banner.text())
