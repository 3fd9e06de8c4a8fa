"""A dialog that does one job off the GUI thread: fields, one action button, progress, a result.

Dialogs built on it size themselves to their content (never below it) and remember their
geometry per dialog, so a hospital laptop's small screen shows the whole form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import tasks
from desktop.ui.common import ErrorBanner


def fit_to_content(dialog: QDialog) -> None:
    """At least the size its layout needs, within the screen it is on."""
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        hint = hint.boundedTo(screen.size())
    dialog.resize(hint.expandedTo(dialog.size()) if dialog.isVisible() else hint)


class WorkDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``retranslate`` and ``start_work``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("progress")
        self.progress.hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.buttons = QDialogButtonBox(self)
        self.action_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.action_button.setDefault(True)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.action_button.clicked.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.task: tasks.Task | None = None
        self._placed = False
        # Wrapped explanations would otherwise make the dialog a narrow column of short lines.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    # -- subclass hooks ------------------------------------------------------------------------
    def start_work(self) -> tuple[Callable, Callable[[object], None]] | None:
        """Check the fields; return (work(report, cancelled), on_done) or None after showing why."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))

    # -- running -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def _start(self) -> None:
        if self.busy:
            return
        self.banner.clear()
        self.result.hide()
        job = self.start_work()
        if job is None:
            return
        work, on_done = job
        self._set_inputs_enabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def done(result: object) -> None:
            self._finish()
            on_done(result)
            fit_to_content(self)

        def failed(exc: BaseException) -> None:
            self._finish()
            if not isinstance(exc, tasks.Cancelled):
                self.banner.show_error(exc)
                fit_to_content(self)

        self.task = tasks.start(work, done, failed, self._progress, owner=self)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self._set_inputs_enabled(True)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            if item.widget() is not None and not isinstance(item.widget(), QLabel):
                item.widget().setEnabled(enabled)
            elif item.layout() is not None:
                for inner in range(item.layout().count()):
                    widget = item.layout().itemAt(inner).widget()
                    if widget is not None:
                        widget.setEnabled(enabled)
        self.action_button.setEnabled(enabled)

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()

    # -- window --------------------------------------------------------------------------------
    def _geometry_key(self) -> str:
        return f"dialogs/{type(self).__name__}/geometry"

    def showEvent(self, event) -> None:
        if not self._placed:
            self._placed = True
            saved = QSettings().value(self._geometry_key())
            if saved is None or not self.restoreGeometry(saved):
                fit_to_content(self)
            else:
                fit_to_content(self)  # a saved size never hides what the layout needs now
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        QSettings().setValue(self._geometry_key(), self.saveGeometry())
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PathField(QWidget):
    """A path in a line edit with a Browse… button (a file to save, a file to open, or a folder)."""

    def __init__(self, mode: str, parent: QWidget | None = None, name_filter: str = "") -> None:
        super().__init__(parent)
        self.mode = mode  # "save", "open" or "folder"
        self.name_filter = name_filter
        self.edit = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _browse(self) -> None:
        if self.mode == "folder":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.text())
        elif self.mode == "open":
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a file"), self.text(), self.name_filter
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.text(), self.name_filter)
        if chosen:
            self.edit.setText(chosen)

    def retranslate(self) -> None:
        self.browse.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
