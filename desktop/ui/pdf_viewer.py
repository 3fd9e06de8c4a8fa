"""Shows a decrypted document from memory: PDF in QtPdf, text and images in plain views.

The bytes come from desktop.services.documents.read_version and reach QPdfDocument through a
QBuffer; nothing is ever written to disk, so there is no decrypted temporary file to leak.
Documents of other types are described, not opened in another program (that would need a file).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

TEXT_TYPES = ("text/", "application/json", "application/xml")
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp")
ZOOM_STEP = 1.25


def kind_of(media_type: str, name: str = "") -> str:
    """'pdf', 'text', 'image' or 'other', by media type (falling back on the name's suffix)."""
    media_type = (media_type or "").lower()
    lower = name.lower()
    if media_type == "application/pdf" or lower.endswith(".pdf"):
        return "pdf"
    if media_type.startswith(TEXT_TYPES) or lower.endswith((".txt", ".md", ".csv", ".json")):
        return "text"
    if media_type in IMAGE_TYPES:
        return "image"
    return "other"


def decode_text(data: bytes | bytearray) -> str:
    """UTF-8 first, then GB 18030 (common for Chinese office files), never failing."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return bytes(data).decode(encoding)
        except UnicodeDecodeError:
            continue
    return bytes(data).decode("utf-8", errors="replace")


class DocumentViewer(QWidget):
    """One document at a time. ``show_document(data, media_type, name)``; ``clear()``."""

    documentShown = Signal(str)  # the kind shown: pdf, text, image, other
    PAGE_EMPTY, PAGE_PDF, PAGE_TEXT, PAGE_IMAGE, PAGE_OTHER = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.kind = ""
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.pdf.pageCountChanged.connect(self._page_count_changed)
        pdf_page = QWidget(self)
        self.page_label = QLabel(pdf_page)
        self.page_box = QSpinBox(pdf_page)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self._go_to_page)
        self.page_label.setBuddy(self.page_box)
        self.page_count_label = QLabel(pdf_page)
        self.zoom_out_button = QPushButton(pdf_page)
        self.zoom_in_button = QPushButton(pdf_page)
        self.fit_button = QPushButton(pdf_page)
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        pdf_layout = QVBoxLayout(pdf_page)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        pdf_layout.addLayout(bar)
        pdf_layout.addWidget(self.pdf_view, 1)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea(self)
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.other = QLabel(self)
        self.other.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other.setWordWrap(True)

        for widget in (self.empty, pdf_page, self.text, image_scroll, self.other):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP)),
        ):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.page_box, self.zoom_out_button)
        self.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        self.setTabOrder(self.zoom_in_button, self.fit_button)
        self.setTabOrder(self.fit_button, self.pdf_view)
        self.retranslate()
        self.clear()

    # -- showing -------------------------------------------------------------------------------
    def show_document(self, data: bytes | bytearray, media_type: str, name: str) -> str:
        """Show ``data`` (already decrypted, in memory); returns the kind shown."""
        self.clear()
        self.name = name
        self.kind = kind_of(media_type, name)
        if self.kind == "pdf":
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            if self.pdf.status() == QPdfDocument.Status.Error:
                self.kind = "other"
                self._release_pdf()
                self.other.setText(self.tr("This PDF could not be read; it may be damaged."))
                self.stack.setCurrentIndex(self.PAGE_OTHER)
            else:
                self.fit_width()
                self.stack.setCurrentIndex(self.PAGE_PDF)
        elif self.kind == "text":
            self.text.setPlainText(decode_text(data))
            self.stack.setCurrentIndex(self.PAGE_TEXT)
        elif self.kind == "image" and not (image := QImage.fromData(bytes(data))).isNull():
            self.image.setPixmap(QPixmap.fromImage(image))
            self.stack.setCurrentIndex(self.PAGE_IMAGE)
        else:
            self.kind = "other"
            self.other.setText(self._other_text(media_type))
            self.stack.setCurrentIndex(self.PAGE_OTHER)
        self.title.setText(name)
        self.documentShown.emit(self.kind)
        return self.kind

    def _other_text(self, media_type: str) -> str:
        return self.tr(
            "Documents of type {type} cannot be shown inside Quorum. They are never opened in another "
            "program, because that would need a decrypted copy on disk."
        ).format(type=media_type or self.tr("unknown"))

    def clear(self) -> None:
        """Forget the shown document and drop its bytes from memory."""
        self._release_pdf()
        self.text.clear()
        self.image.clear()
        self.name = ""
        self.kind = ""
        self.title.clear()
        self.stack.setCurrentIndex(self.PAGE_EMPTY)

    def _release_pdf(self) -> None:
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if self._bytes is not None:
            self._bytes.fill(0)  # do not leave the plaintext lying in freed memory
            self._bytes = None

    # -- PDF navigation ------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.kind == "pdf" else 0

    def zoom(self, factor: float) -> None:
        if self.kind != "pdf":
            return
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.1, min(8.0, self.pdf_view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _page_count_changed(self, count: int) -> None:
        self.page_box.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr("of {n}").format(n=count))

    def _go_to_page(self, number: int) -> None:
        navigator = self.pdf_view.pageNavigator()
        if self.kind == "pdf" and navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a document version to view it here."))
        self.page_label.setText(self.tr("&Page"))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_count_label.setText(self.tr("of {n}").format(n=self.pdf.pageCount()))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAccessibleName(button.text())
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.text.setAccessibleName(self.tr("Document text"))
        self.image.setAccessibleName(self.tr("Document image"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
