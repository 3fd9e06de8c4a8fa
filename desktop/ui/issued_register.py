"""The register of the PDFs the committee issued: what each is for, who signed it, and whether it
has the registry's timestamp yet. Opening one verifies it off the GUI thread and shows it from
memory, with "Save as…", so a letter can be sent again years later, still verifiable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import issued
from desktop.ui.common import BusyOverlay, ErrorBanner
from desktop.ui.issue_documents import IssuedDocumentWindow, document_title

COLUMNS = ("document", "subject", "language", "signer", "issued", "long_term")
MAX_TABLE_WIDTH = 1280  # fits a 1366-pixel laptop screen with the dialog's margins


class IssuedRegisterDialog(QDialog):
    """Every issued PDF, newest first; Open shows the chosen one with its verification."""

    opened = Signal(object)  # the IssuedDocumentWindow

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuedRegisterDialog")
        self.vault = vault
        self.window: IssuedDocumentWindow | None = None
        self.entries: list[issued.IssuedEntry] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openIssuedButton")
        self.open_button.clicked.connect(self.open_selected)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.overlay = BusyOverlay(self)
        self.resize(1000, 520)  # grows to the table's width once filled
        self.entries = issued.issued_register(vault)
        self.retranslate()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                document_title(entry.kind),
                entry.subject,
                "中文" if entry.language == "zh" else "English",
                entry.signer,
                entry.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self._long_term(entry),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        if self.entries and not self.table.selectedItems():
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.entries))
        # as wide as its columns (within a laptop's screen), so no row scrolls sideways
        self.table.resizeColumnsToContents()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(min(self.table.horizontalHeader().length() + frame, MAX_TABLE_WIDTH))

    def _long_term(self, entry: issued.IssuedEntry) -> str:
        if entry.timestamped_at is None:
            return self.tr("not yet: at the next sync")
        return self.tr("{level}, timestamped {time}").format(
            level=entry.level, time=entry.timestamped_at.astimezone().strftime("%Y-%m-%d %H:%M")
        )

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def open_selected(self) -> None:
        issued_id = self.selected_id()
        if issued_id is None or self.overlay.busy:
            return
        entry = next(e for e in self.entries if e.id == issued_id)
        vault = self.vault

        def work(_report, _cancelled):
            return issued.check_issued(vault, issued_id)

        name = f"{entry.kind.replace('_', '-')}-{entry.subject}-{entry.language}.pdf".replace("/", "-")
        self.banner.clear()
        self.overlay.run(
            self.tr("Checking the signature and timestamp…"),
            work,
            on_done=lambda result: self._show(result, name),
            on_error=self.banner.show_error,
        )

    def _show(self, result, name: str) -> None:
        pdf, check = result
        window = IssuedDocumentWindow(pdf, name, check, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        window.show()
        self.opened.emit(window)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issued documents"))
        self.intro.setText(
            self.tr(
                "The signed PDFs the committee issued, kept encrypted in the vault. After a sync each "
                "gets the registry's timestamp and the certificates and revocation list that keep it "
                "verifiable once the signer's certificate expires."
            )
            if self.entries
            else self.tr("The committee has not issued a signed PDF yet.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("For"),
                self.tr("Language"),
                self.tr("Signed by"),
                self.tr("Issued"),
                self.tr("Long-term validation"),
            ]
        )
        self.table.setAccessibleName(self.tr("Issued documents"))
        self.open_button.setText(self.tr("&Open"))
        self.close_button.setText(self.tr("&Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
