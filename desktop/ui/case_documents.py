"""The documents of a case: versions in a tree, import by button or drag-and-drop, a viewer.

Imports and decryption run off the GUI thread. A file dropped on a document becomes its new
version; dropped anywhere else it becomes a new document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import documents
from desktop.services.views import DocumentView
from desktop.ui import tasks
from desktop.ui.case_text import size_text, when
from desktop.ui.common import ErrorBanner
from desktop.ui.pdf_viewer import DocumentViewer

DOC_ROLE = Qt.ItemDataRole.UserRole  # document id on document rows
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1  # version id on every row (the latest on document rows)


def kind_label(kind: str) -> str:
    return {
        "protocol": QCoreApplication.translate("DocumentsPanel", "Protocol"),
        "consent": QCoreApplication.translate("DocumentsPanel", "Consent form"),
        "attachment": QCoreApplication.translate("DocumentsPanel", "Attachment"),
        "note": QCoreApplication.translate("DocumentsPanel", "Note"),
        "report": QCoreApplication.translate("DocumentsPanel", "Report"),
        "correspondence": QCoreApplication.translate("DocumentsPanel", "Correspondence"),
    }.get(kind, kind)


def dropped_files(mime) -> list[Path]:
    """Local files in a drag, or [] when anything in it is not a local file."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(paths) != len(mime.urls()) or not all(p.is_file() for p in paths):
        return []
    return paths


class DocumentsPanel(QWidget):
    importsFinished = Signal(int)  # documents imported
    documentShown = Signal(str)  # kind shown in the viewer

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = ""
        self._docs: tuple[DocumentView, ...] = ()
        self._import_task: tasks.Task | None = None
        self._open_task: tasks.Task | None = None
        self.setAcceptDrops(True)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.activated.connect(self._open_index)
        self.import_button = QPushButton(self)
        self.version_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.import_button.clicked.connect(self._choose_files)
        self.version_button.clicked.connect(lambda: self._choose_files(self._current_document()))
        self.open_button.clicked.connect(lambda: self._open_index(self.tree.currentIndex()))
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: palette(mid);")
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.progress_row = QWidget(self)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        self.error = ErrorBanner(self)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.version_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.drop_hint)
        left_layout.addWidget(self.progress_row)
        self.viewer = DocumentViewer(self)
        self.viewer.documentShown.connect(self.documentShown)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        # Selecting a document or a version previews it (Enter or Open did so before).
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._preview(current))
        self._previewed: str | None = None
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------------
    def set_documents(self, case_id: str, docs: tuple[DocumentView, ...]) -> None:
        if case_id != self.case_id:
            self.viewer.clear()
            self._previewed = None
        self.case_id, self._docs = case_id, docs
        self._fill()

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Document / version"), self.tr("Kind"), self.tr("Size"), self.tr("Imported")]
        )
        for doc in self._docs:
            latest = doc.latest
            top = [
                QStandardItem(doc.title),
                QStandardItem(kind_label(doc.kind)),
                QStandardItem(""),
                QStandardItem(""),
            ]
            top[0].setData(doc.id, DOC_ROLE)
            top[0].setData(latest.id, VERSION_ROLE)
            top[0].setToolTip(self.tr("{n} versions").format(n=len(doc.versions)))
            for version in reversed(doc.versions):
                child = [
                    QStandardItem(
                        self.tr("Version {n}: {name}").format(n=version.number, name=version.original_name)
                    ),
                    QStandardItem(version.media_type),
                    QStandardItem(size_text(version.size)),
                    QStandardItem(when(version.imported_at)),
                ]
                child[0].setData(version.id, VERSION_ROLE)
                child[0].setData(doc.id, DOC_ROLE)
                child[0].setToolTip(f"SHA-256 {version.sha256}")
                top[0].appendRow(child)
            self.model.appendRow(top)
        self.tree.expandAll()
        header = self.tree.header()  # the name gives way; kind, size and date are never cut
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def _current_document(self) -> str | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(DOC_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        busy = self._import_task is not None
        self.import_button.setEnabled(not busy and bool(self.case_id))
        self.version_button.setEnabled(not busy and self._current_document() is not None)
        self.open_button.setEnabled(self.tree.currentIndex().isValid())

    # -- opening ---------------------------------------------------------------------------------
    def _preview(self, index: QModelIndex) -> None:
        version_id = index.siblingAtColumn(0).data(VERSION_ROLE) if index.isValid() else None
        if version_id and version_id != self._previewed:
            self._previewed = version_id
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        version_id = index.siblingAtColumn(0).data(VERSION_ROLE)
        version = next((v for d in self._docs for v in d.versions if v.id == version_id), None)
        if version is None:
            return
        self.open_version(version_id, version.media_type, version.original_name)

    def open_version(self, version_id: str, media_type: str, name: str) -> None:
        """Decrypt into memory off the GUI thread, then show; no file is written."""
        if self._open_task is not None:
            self._open_task.cancel()
        vault = self.vault

        def read(_report, _cancelled) -> tuple[bytearray, str, str]:
            return documents.read_version(vault, version_id), media_type, name

        self.viewer.title.setText(self.tr("Opening {name}…").format(name=name))
        self._open_task = tasks.start(read, self._opened, self._open_failed)

    def _opened(self, result: tuple[bytearray, str, str]) -> None:
        data, media_type, name = result
        if self._open_task is not None and self.sender() is self._open_task.signals:
            self._open_task = None
            self.viewer.show_document(data, media_type, name)
        data[:] = bytes(len(data))  # the viewer holds its own copy; wipe this one

    def _open_failed(self, exc: BaseException) -> None:
        if self._open_task is not None and self.sender() is self._open_task.signals:
            self._open_task = None
            self.viewer.title.clear()
            self.error.show_error(exc)

    # -- importing -------------------------------------------------------------------------------
    def _choose_files(self, document_id: str | None = None) -> None:
        title = self.tr("Import a new version") if document_id else self.tr("Import documents")
        names, _filter = QFileDialog.getOpenFileNames(self, title)
        if names:
            self.import_files([Path(n) for n in names], document_id)

    def import_files(self, paths: list[Path], document_id: str | None = None) -> None:
        """Import ``paths`` into the case (as a new version of ``document_id`` when given)."""
        if self._import_task is not None or not self.case_id or not paths:
            return
        if document_id and len(paths) != 1:
            self.error.show_error(self.tr("Drop one file to add a new version of a document."))
            return
        self.error.clear()
        vault, case_id = self.vault, self.case_id
        total = sum(p.stat().st_size for p in paths) or 1

        def work(report, cancelled) -> int:
            done = 0
            for path in paths:

                def step(written: int, base: int = done) -> None:
                    if cancelled():
                        raise tasks.Cancelled()  # the half-written blob is removed by the store
                    report(base + written, total)

                documents.import_file(vault, case_id, path, document_id=document_id, progress=step)
                done += path.stat().st_size
            return len(paths)

        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Importing %p%"))
        self.progress_row.show()
        self.cancel_button.setEnabled(True)
        self._import_task = tasks.start(work, self._imported, self._import_failed, self._import_progress)
        self._update_buttons()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)

    def _imported(self, count: int) -> None:
        self._import_task = None
        self.progress_row.hide()
        self._update_buttons()
        self.importsFinished.emit(count)

    def _import_failed(self, exc: BaseException) -> None:
        self._import_task = None
        self.progress_row.hide()
        self._update_buttons()
        if not isinstance(exc, tasks.Cancelled):
            self.error.show_error(exc)
        self.importsFinished.emit(0)  # files before the failure may be in; reload either way

    @property
    def importing(self) -> bool:
        return self._import_task is not None

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped_files(event.mimeData()) and not self.importing and self.case_id:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_files(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        self.import_files(paths, self.document_at(event.position().toPoint()))

    def document_at(self, pos: QPoint) -> str | None:
        """The document under ``pos`` (in this widget's coordinates), if any."""
        viewport = self.tree.viewport()
        local = viewport.mapFrom(self, pos)
        if not viewport.rect().contains(local):
            return None
        index = self.tree.indexAt(local)
        return index.siblingAtColumn(0).data(DOC_ROLE) if index.isValid() else None

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import documents…"))
        self.version_button.setText(self.tr("New &version…"))
        self.open_button.setText(self.tr("Op&en"))
        self.import_button.setAccessibleName(self.tr("Import documents"))
        self.version_button.setAccessibleName(self.tr("Import a new version of the selected document"))
        self.open_button.setAccessibleName(self.tr("Open the selected version"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.drop_hint.setText(
            self.tr(
                "Drag files here to add them to the case; drop a file on a document to add a new version."
            )
        )
        self.tree.setAccessibleName(self.tr("Documents and their versions"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
