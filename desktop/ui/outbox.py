"""The outbox screen: signed decisions waiting for, sent to and confirmed by the registry.

"Sync now" and the USB export run off the GUI thread; the table is a Qt model over the
outbox service's views.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.members import list_members
from desktop.sync import usb
from desktop.sync.config import registry_config
from desktop.sync.outbox import OutboxItemView, list_outbox, retry_rejected, sync_once
from desktop.ui.common import BusyOverlay, ErrorBanner, PinDialog, decision_label, describe_error

translate = QCoreApplication.translate  # a bare name lupdate recognises
COLUMNS = ("case", "decision", "status", "attempts", "sent", "next", "receipt", "problem")


def status_label(status: str) -> str:
    return {
        "waiting": translate("OutboxScreen", "Waiting"),
        "sent": translate("OutboxScreen", "Sent, awaiting receipt"),
        "confirmed": translate("OutboxScreen", "Confirmed"),
        "rejected": translate("OutboxScreen", "Rejected"),
    }.get(status, status)


def _when(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class OutboxTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[OutboxItemView] = []

    def set_items(self, items: list[OutboxItemView]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "case": translate("OutboxScreen", "Case"),
            "decision": translate("OutboxScreen", "Decision"),
            "status": translate("OutboxScreen", "Status"),
            "attempts": translate("OutboxScreen", "Attempts"),
            "sent": translate("OutboxScreen", "Last sent"),
            "next": translate("OutboxScreen", "Next try"),
            "receipt": translate("OutboxScreen", "Log entry"),
            "problem": translate("OutboxScreen", "Problem"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        column = COLUMNS[index.column()]
        if column == "case":
            return item.case_reference
        if column == "decision":
            return decision_label(item.decision_type)
        if column == "status":
            return status_label(item.status)
        if column == "attempts":
            return str(item.attempts)
        if column == "sent":
            return _when(item.sent_at)
        if column == "next":
            return _when(item.next_attempt_at) if item.status in ("waiting", "sent") else ""
        if column == "receipt":
            return "" if item.leaf_index is None else f"#{item.leaf_index}"
        return item.last_error


class ExportDialog(QDialog):
    """Who signs the USB export (secretary, chair or a vice-chair)."""

    def __init__(self, officers: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signer = QComboBox(self)
        for m in officers:
            self.signer.addItem(m.name, m.id)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.signer_label = QLabel(self)
        self.form.addRow(self.note)
        self.form.addRow(self.signer_label, self.signer)
        self.form.addRow(self.buttons)
        self.setWindowTitle(translate("OutboxScreen", "Export to USB"))
        self.note.setText(
            translate(
                "OutboxScreen",
                "The file holds every decision without a receipt, encrypted to the registry and "
                "signed by the person below. Carry it to the registry; bring back its receipts file.",
            )
        )
        self.signer_label.setText(translate("OutboxScreen", "Signed by:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("OutboxScreen", "Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("OutboxScreen", "Cancel")
        )


class OutboxScreen(QWidget):
    """What is waiting, sent and confirmed; sync now, export to USB, import receipts."""

    refreshed = Signal()
    synced = Signal(object)  # the SyncReport
    exported = Signal(object)  # the ExportReport
    failed = Signal(str)

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = ErrorBanner(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.registry_line = QLabel(self)
        self.registry_line.setWordWrap(True)
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_usb)
        self.receipts_button = QPushButton(self)
        self.receipts_button.clicked.connect(self.import_receipts)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_selected)
        self.setup_button = QPushButton(self)  # registry address and keys: desktop/ui/sync_setup.py
        self.setup_button.clicked.connect(self.open_registry_setup)
        self.relied_button = QPushButton(self)  # another committee's decision: desktop/ui/relied_import.py
        self.relied_button.clicked.connect(self.open_decision_import)
        self.dialog: QDialog | None = None
        buttons = QHBoxLayout()
        for b in (self.sync_button, self.export_button, self.receipts_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.relied_button)

        self.model = OutboxTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.registry_line)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.overlay = BusyOverlay(self)
        self.retranslate()
        self.refresh()

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.model.set_items(list_outbox(self.vault))
            self.config = registry_config(self.vault)
        except Exception as exc:  # shown, never swallowed: the screen stays usable
            self.banner.show_error(exc)
            return
        self._update_texts()
        self.refreshed.emit()

    def counts(self) -> dict[str, int]:
        counts = {"waiting": 0, "sent": 0, "confirmed": 0, "rejected": 0}
        for item in self.model.items:
            counts[item.status] = counts.get(item.status, 0) + 1
        return counts

    def _update_texts(self) -> None:
        c = self.counts()
        self.summary.setText(
            self.tr(
                "{waiting} waiting, {sent} sent awaiting receipt, {confirmed} confirmed, {rejected} rejected."
            ).format(**c)
        )
        config = getattr(self, "config", None)
        if config is None or not config.url:
            self.registry_line.setText(
                self.tr("No registry address is set: use Export to USB, or set it in Registry settings.")
            )
        else:
            self.registry_line.setText(
                self.tr("Registry: {url} (log key {key})").format(
                    url=config.url, key=config.log_key_id or "?"
                )
            )
        self.sync_button.setEnabled(bool(config and config.url and config.log_key))
        self.export_button.setEnabled(
            bool(config and config.transport_key) and (c["waiting"] + c["sent"]) > 0
        )
        self.retry_button.setEnabled(c["rejected"] > 0)

    # -- actions -------------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        message = describe_error(exc)
        self.banner.show_error(message)
        self.refresh()
        self.failed.emit(message)

    def sync_now(self) -> None:
        """Send the outbox in a background task; the table updates when it finishes."""
        self.banner.clear()

        def work(_report, _cancelled):
            return sync_once(self.vault, force=True)

        self.overlay.run(self.tr("Sending decisions to the registry…"), work, self._synced, self._fail)

    def _synced(self, report) -> None:
        self.refresh()
        if report.error:
            self.banner.show_error(
                self.tr(
                    "The registry could not be reached; Quorum will try again later. Settings → Test "
                    "connection shows which step fails and what to ask IT for."
                )
            )
        else:
            self.banner.show_info(
                self.tr("{confirmed} confirmed, {rejected} rejected by the registry.").format(
                    confirmed=report.confirmed, rejected=report.rejected
                )
            )
        self.synced.emit(report)

    def export_usb(self) -> None:
        officers = [m for m in list_members(self.vault) if m.role in usb.EXPORT_ROLES]
        dialog = ExportDialog(officers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        signer_id, name = dialog.signer.currentData(), dialog.signer.currentText()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the USB file"),
            "quorum-export.qcarry",
            self.tr("Quorum carry files (*.qcarry)"),
        )
        if not path:
            return
        pin = PinDialog.ask(self, name, self.tr("Sign the USB export."))
        if pin:
            self.export_to(path, signer_id, pin)

    def export_to(self, path: str, signer_id: str, pin: str) -> None:
        """Write the carry file off the GUI thread."""
        self.banner.clear()

        def work(_report, _cancelled):
            return usb.export_bundle(self.vault, path, signer_id, pin)

        self.overlay.run(self.tr("Writing the USB file…"), work, self._exported, self._fail)

    def _exported(self, report) -> None:
        self.refresh()
        self.banner.show_info(
            self.tr("Wrote {n} decisions to {path}.").format(n=report.items, path=str(report.path))
        )
        self.exported.emit(report)

    def import_receipts(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open the registry's receipts file"), "", self.tr("Receipts (*.json)")
        )
        if path:
            self.import_receipts_from(path)

    def import_receipts_from(self, path: str) -> None:
        try:
            result = usb.import_receipts(self.vault, path)
        except Exception as exc:
            self._fail(exc)
            return
        self.refresh()
        self.banner.show_info(
            self.tr("{confirmed} confirmed, {rejected} rejected by the registry.").format(
                confirmed=result.confirmed, rejected=result.rejected
            )
        )

    def retry_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        items = [self.model.items[r.row()] for r in rows] or [
            i for i in self.model.items if i.status == "rejected"
        ]
        try:
            for item in items:
                if item.status == "rejected":
                    retry_rejected(self.vault, item.id)
        except Exception as exc:
            self._fail(exc)
            return
        self.refresh()

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.show()
        return dialog

    def open_registry_setup(self) -> QDialog:
        from desktop.ui.sync_setup import RegistrySetupDialog

        return self._open(RegistrySetupDialog(self.vault, self))

    def open_decision_import(self) -> QDialog:
        from desktop.ui.relied_import import ImportDecisionDialog

        return self._open(ImportDecisionDialog(self.vault, self))

    # -- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Outbox and sync"))
        self.setup_button.setText(self.tr("Registry settings…"))
        self.relied_button.setText(self.tr("Import a decision…"))
        self.sync_button.setText(self.tr("Sync now"))
        self.export_button.setText(self.tr("Export to USB…"))
        self.receipts_button.setText(self.tr("Import receipts…"))
        self.retry_button.setText(self.tr("Queue rejected again"))
        self.table.setAccessibleName(self.tr("Outbox"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
