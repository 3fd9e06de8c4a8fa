"""A member's own vault: the review packets received, and the review of one of them.

Declarations come first: a case's documents and checklist open only after the member declares
no conflict for it. Documents are decrypted into memory and shown by the shared viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QuorumError
from desktop.services import member_review, member_vault
from desktop.ui.common import ErrorBanner

ROLE = Qt.ItemDataRole.UserRole


def _choices(item_id: str) -> list[str]:
    """The choice values of a choice item (empty for a yes/no/na item)."""
    from desktop import checklists

    for checklist in checklists.load_all().values():
        for item in checklist.items():
            if item.id == item_id:
                return list(item.choice_values)
    return []


class MemberPacketsScreen(QWidget):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.view: member_review.ReviewView | None = None
        self.banner = ErrorBanner(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_packet)
        self.revocation_button = QPushButton(self)
        self.revocation_button.clicked.connect(self.import_revocation)
        self.respond_button = QPushButton(self)
        self.respond_button.clicked.connect(self.write_response)
        self.packets = QListWidget(self)
        self.packets.currentItemChanged.connect(lambda *_: self.show_packet())
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.cases = QListWidget(self)
        self.cases.currentItemChanged.connect(lambda *_: self.show_case())
        self.case_state = QLabel(self)
        self.case_state.setWordWrap(True)
        self.no_conflict_button = QPushButton(self)
        self.no_conflict_button.clicked.connect(lambda: self.declare(False))
        self.conflict_button = QPushButton(self)
        self.conflict_button.clicked.connect(lambda: self.declare(True))
        self.documents = QListWidget(self)
        self.documents.itemActivated.connect(self.open_document)
        self.items = QListWidget(self)
        self.answer_buttons = {}
        for value in ("yes", "no", "na"):
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, v=value: self.answer(v))
            self.answer_buttons[value] = button
        self.comment_button = QPushButton(self)
        self.comment_button.clicked.connect(self.comment)
        self.viewer = None  # the document viewer (QtPdf) loads on first use

        top = QHBoxLayout()
        for w in (self.import_button, self.revocation_button, self.respond_button):
            top.addWidget(w)
        top.addStretch(1)
        review = QWidget(self)
        col = QVBoxLayout(review)
        col.addWidget(self.heading)
        col.addWidget(self.cases, 1)
        col.addWidget(self.case_state)
        row = QHBoxLayout()
        row.addWidget(self.no_conflict_button)
        row.addWidget(self.conflict_button)
        row.addStretch(1)
        col.addLayout(row)
        self.documents_label = QLabel(self)
        col.addWidget(self.documents_label)
        col.addWidget(self.documents, 1)
        self.items_label = QLabel(self)
        col.addWidget(self.items_label)
        col.addWidget(self.items, 2)
        answers = QHBoxLayout()
        for button in (*self.answer_buttons.values(), self.comment_button):
            answers.addWidget(button)
        answers.addStretch(1)
        col.addLayout(answers)
        self.split = QSplitter(self)
        self.split.addWidget(self.packets)
        self.split.addWidget(review)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        self.retranslate()
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self._packet_id()
        self.packets.blockSignals(True)
        self.packets.clear()
        status = {
            "held": self.tr("held"),
            "expired": self.tr("expired, destroyed"),
            "revoked": self.tr("revoked, destroyed"),
        }
        for p in member_vault.list_packets(self.vault):
            when = f"{p.expires_at:%Y-%m-%d}" if p.expires_at else "—"
            item = QListWidgetItem(
                self.tr("Packet {id} · {status} · expires {date}").format(
                    id=p.packet_id[:8], status=status.get(p.status, p.status), date=when
                )
            )
            item.setData(ROLE, p.packet_id)
            self.packets.addItem(item)
            if p.packet_id == current:
                self.packets.setCurrentItem(item)
        self.packets.blockSignals(False)
        if self.packets.currentItem() is None and self.packets.count():
            self.packets.setCurrentRow(self.packets.count() - 1)
        self.show_packet()

    def _packet_id(self) -> str | None:
        item = self.packets.currentItem()
        return item.data(ROLE) if item else None

    def _case(self) -> member_review.CaseReview | None:
        item = self.cases.currentItem()
        if item is None or self.view is None:
            return None
        return next((c for c in self.view.cases if c.case_id == item.data(ROLE)), None)

    def _guard(self, fn, *args):
        try:
            result = fn(*args)
        except QuorumError as exc:
            self.banner.show_error(exc)
            return None
        self.banner.clear()
        return True if result is None else result  # None means it failed

    def show_packet(self) -> None:
        packet_id = self._packet_id()
        self.view = None
        self.cases.clear()
        if packet_id is not None:
            try:
                self.view = member_review.review(self.vault, packet_id)
            except QuorumError as exc:
                self.heading.setText(self.tr("This packet was destroyed; its contents are gone."))
                self.banner.show_error(exc)
        if self.view is not None:
            self.heading.setText(
                self.tr("{meeting} — meeting {held}; answers due {due}; destroyed after {expires}").format(
                    meeting=self.view.meeting_title or self.tr("Meeting"),
                    held=self.view.held_at[:16],
                    due=self.view.deadline[:16],
                    expires=self.view.expires_at[:10],
                )
            )
            for case in self.view.cases:
                item = QListWidgetItem(f"{case.reference} {case.title}")
                item.setData(ROLE, case.case_id)
                self.cases.addItem(item)
            self.cases.setCurrentRow(0)
        elif packet_id is None:
            self.heading.setText(self.tr("No packets yet. Import the packet file the secretary sent you."))
        self.respond_button.setEnabled(self.view is not None)
        self.show_case()

    def show_case(self) -> None:
        case = self._case()
        self.documents.clear()
        self.items.clear()
        declared = None if case is None else case.declared
        if case is None:
            self.case_state.setText("")
        elif declared is None:
            self.case_state.setText(self.tr("Declare your conflicts of interest for this case first."))
        elif declared:
            self.case_state.setText(self.tr("You declared a conflict: this case's documents stay closed."))
        else:
            role = self.tr(" You are a primary reviewer.") if case.reviewer else ""
            self.case_state.setText(self.tr("No conflict declared.") + role)
            for doc in case.documents:
                item = QListWidgetItem(f"{doc.title} ({doc.name})")
                item.setData(ROLE, doc.document_id)
                self.documents.addItem(item)
            names = {"yes": self.tr("yes"), "no": self.tr("no"), "na": self.tr("not applicable")}
            for item_id in case.checklist_items:
                answer = case.answers.get(item_id)
                item = QListWidgetItem(f"{item_id}: {names.get(answer, self.tr('not answered'))}")
                item.setData(ROLE, item_id)
                self.items.addItem(item)
        for w in (self.no_conflict_button, self.conflict_button):
            w.setEnabled(case is not None and not declared)
        open_review = case is not None and declared is False
        for w in (*self.answer_buttons.values(), self.comment_button):
            w.setEnabled(open_review)

    # -- acting --------------------------------------------------------------------------------
    def _reload(self) -> None:
        row, item_row = self.cases.currentRow(), self.items.currentRow()
        self.show_packet()
        self.cases.setCurrentRow(max(row, 0))
        self.items.setCurrentRow(item_row)

    def import_packet(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Import a review packet"), "", "*.qpk")[0]
        if path and self._guard(member_vault.import_packet, self.vault, path) is not None:
            self.banner.show_info(self.tr("Packet checked and kept."))
            self.refresh()

    def import_revocation(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Import a revocation"), "", "*.qrv")[0]
        if not path:
            return
        try:
            data = open(path, "rb").read()
        except OSError as exc:
            self.banner.show_error(str(exc))
            return
        if self._guard(member_vault.import_revocation, self.vault, data) is not None:
            self.refresh()

    def declare(self, conflict: bool, text: str | None = None) -> None:
        case = self._case()
        if case is None:
            return
        if conflict and text is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Declare a conflict"), self.tr("Describe the conflict:")
            )
            if not ok:
                return
        self._guard(
            member_review.declare, self.vault, self.view.packet_id, case.case_id, conflict, text or ""
        )
        self._reload()

    def answer(self, value: str, choice: str | None = None) -> None:
        case, item = self._case(), self.items.currentItem()
        if case is None or item is None:
            self.banner.show_error(self.tr("Choose a checklist item first."))
            return
        if value == "yes" and choice is None:
            choices = _choices(item.data(ROLE))
            if choices:
                choice, ok = QInputDialog.getItem(
                    self, self.tr("Answer"), self.tr("Choose:"), choices, 0, False
                )
                if not ok:
                    return
        self._guard(
            member_review.answer,
            self.vault,
            self.view.packet_id,
            case.case_id,
            item.data(ROLE),
            value,
            choice,
        )
        self._reload()

    def comment(self, text: str | None = None) -> None:
        case = self._case()
        if case is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Review comment"), self.tr("Your comment:")
            )
            if not ok:
                return
        if (
            self._guard(member_review.comment, self.vault, self.view.packet_id, case.case_id, text)
            is not None
        ):
            self.banner.show_info(self.tr("Comment signed."))

    def open_document(self, item: QListWidgetItem) -> None:
        case = self._case()
        data = self._guard(member_review.read_document, self.vault, self.view.packet_id, item.data(ROLE))
        if data is None or case is None:
            return
        doc = next(d for d in case.documents if d.document_id == item.data(ROLE))
        if self.viewer is None:
            from desktop.ui.pdf_viewer import DocumentViewer

            self.viewer = DocumentViewer(self)
            self.split.addWidget(self.viewer)
        self.viewer.show_document(data, doc.media_type, doc.name)

    def write_response(self, path: str | None = None) -> None:
        if self.view is None:
            return
        path = (
            path
            or QFileDialog.getSaveFileName(self, self.tr("Write the response"), "response.qrs", "*.qrs")[0]
        )
        if not path:
            return
        result = self._guard(member_review.write_response, self.vault, self.view.packet_id, path)
        if result is not None:
            self.banner.show_info(
                self.tr("Response with {n} signed statements written; give it to the secretary.").format(
                    n=result[1]
                )
            )

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import packet…"))
        self.revocation_button.setText(self.tr("Import revocation…"))
        self.respond_button.setText(self.tr("Write response…"))
        self.no_conflict_button.setText(self.tr("I have no conflict"))
        self.conflict_button.setText(self.tr("Declare a conflict…"))
        self.documents_label.setText(self.tr("Documents (double-click to read)"))
        self.items_label.setText(self.tr("Checklist"))
        self.answer_buttons["yes"].setText(self.tr("Yes"))
        self.answer_buttons["no"].setText(self.tr("No"))
        self.answer_buttons["na"].setText(self.tr("Not applicable"))
        self.comment_button.setText(self.tr("Comment…"))
        self.packets.setAccessibleName(self.tr("Packets received"))
        self.cases.setAccessibleName(self.tr("Cases in the packet"))
        self.documents.setAccessibleName(self.tr("Documents"))
        self.items.setAccessibleName(self.tr("Checklist items"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if hasattr(self, "packets"):
                self.refresh()
        super().changeEvent(event)
