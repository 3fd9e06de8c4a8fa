"""Small widgets every screen shares: an error banner, a busy overlay, PIN entry, labels."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6 import QtCore  # QtCore.Qt is named where used: its enums cost the first window ~13 ms
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import QuorumError
from desktop.ui import tasks
from desktop.ui.i18n import error_text
from desktop.ui.labels import (  # noqa: F401  re-exported: screens import labels from here
    background_label,
    case_status_label,
    decision_label,
    domain_label,
    gender_label,
    meeting_status_label,
    procedure_label,
    risk_label,
    role_label,
)


def describe_error(exc: BaseException) -> str:
    """A one-line message for the user; domain errors translated, anything else plainly named."""
    if isinstance(exc, QuorumError):
        return error_text(exc)
    text = QCoreApplication.translate("common", "Unexpected error: {error}")
    return text.format(error=str(exc) or repr(exc))


class ErrorBanner(QFrame):
    """An inline message at the top of a form or screen; hidden when empty."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("message")
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        corner = QVBoxLayout()  # Dismiss at the top right, however many lines the message takes
        corner.addWidget(self.close_button)
        corner.addStretch(1)
        layout.addLayout(corner)
        self.kind = ""
        self.retranslate()
        self.hide()

    def show_error(self, message: str | BaseException) -> None:
        self._source = message if isinstance(message, BaseException) else None  # re-said on a language switch
        self._show(describe_error(message) if isinstance(message, BaseException) else message, "error")

    def show_info(self, message: str) -> None:
        self._source = None
        self._show(message, "info")

    def _show(self, text: str, kind: str) -> None:
        self.kind = kind
        colours = {"error": ("#fdecea", "#8a1c12"), "info": ("#e8f4fd", "#0b4a75")}[kind]
        self.setStyleSheet(
            f"#errorBanner {{ background: {colours[0]}; border: 1px solid {colours[1]};"
            " border-radius: 4px; }"
            f"#errorBanner QLabel {{ color: {colours[1]}; }}"
        )
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setText(text)
        self.label.setToolTip(text)  # all of it, where the banner's room is kept to a few lines
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.kind = ""
        self.hide()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        source = getattr(self, "_source", None)
        if source is not None and not self.isHidden():  # an error shown before the switch
            self.label.setText(describe_error(source))
            self.label.setToolTip(self.label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def keep_room(widget: QWidget, lines: int = 2, padding: int = 0) -> None:
    """Give a message widget a fixed room of ``lines`` text lines, kept while it is hidden, so
    showing, hiding or rewording it never moves what is laid out below it."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    height = lines * widget.fontMetrics().lineSpacing()
    for button in widget.findChildren(QPushButton):  # the banner's Dismiss button
        height = max(height, button.sizeHint().height())
    margins = widget.contentsMargins()
    height += margins.top() + margins.bottom()
    if widget.layout() is not None:
        inner = widget.layout().contentsMargins()
        height += inner.top() + inner.bottom()
    widget.setFixedHeight(height + padding)  # padding: what a style sheet adds inside the frame


class BusyOverlay(QWidget):
    """Covers its parent while background work runs: a message, a progress bar, maybe Cancel.

    The parent stays painted but takes no input, so the window never freezes nor double-submits.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busyOverlay")
        self._task: tasks.Task | None = None
        self._built = False  # the contents are made on first use: most windows open without it
        self.hide()

    def _build(self) -> None:
        self._built = True
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#busyOverlay { background: rgba(255, 255, 255, 200); }")
        self.message = QLabel(self)
        self.message.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName("progress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel)
        box = QVBoxLayout()
        box.addWidget(self.message)
        box.addWidget(self.bar)
        box.addWidget(self.cancel_button, 0, QtCore.Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.parentWidget().installEventFilter(self)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(
        self,
        message: str,
        fn: Callable[..., object],
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = False,
    ) -> tasks.Task:
        """Run ``fn(report, cancelled)`` off the GUI thread with this overlay shown."""

        def done(result: object) -> None:
            if not shiboken6.isValid(self):
                return  # the screen was closed while the work ran; nothing left to update
            self._finish()
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._finish()
            if isinstance(exc, tasks.Cancelled):
                return
            if on_error:
                on_error(exc)

        if not self._built:
            self._build()
        self.message.setText(message)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self._focus = self.parentWidget().focusWidget()
        self.setFocus()
        self._task = tasks.start(fn, done, failed, self._progress, owner=self)
        return self._task

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _finish(self) -> None:
        self._task = None
        self.hide()
        focus = getattr(self, "_focus", None)
        if focus is not None:
            focus.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == QtCore.Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self._cancel()
            return
        event.accept()  # swallow keys so the covered form takes none

    def retranslate(self) -> None:
        if not self._built:
            return
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running work"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PinDialog(QDialog):
    """Asks one named member for their signing PIN; with ``confirm`` the PIN is typed twice
    (for a new PIN). The PIN is checked by the service that uses it, not here."""

    def __init__(
        self, member_name: str, purpose: str = "", confirm: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member_name = member_name
        self.purpose = purpose
        self.confirm = confirm
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setVisible(confirm)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.intro)
        self.pin_label = QLabel(self)
        self.again_label = QLabel(self)
        self.pin_label.setBuddy(self.pin)
        self.again_label.setBuddy(self.pin_again)
        self.form.addRow(self.pin_label, self.pin)
        self.form.addRow(self.again_label, self.pin_again)
        self.again_label.setVisible(confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.pin, self.pin_again)
        self.retranslate()
        self.pin.setFocus()

    def value(self) -> str:
        return self.pin.text()

    def _accept(self) -> None:
        problem = pin_problem(self.pin.text(), self.pin_again.text() if self.confirm else None)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.pin.setFocus()
            self.pin.selectAll()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PIN for {name}").format(name=self.member_name))
        intro = self.tr("{name}, please enter your signing PIN.").format(name=self.member_name)
        if self.confirm:
            intro = self.tr("{name}, choose a signing PIN and type it twice.").format(name=self.member_name)
        self.intro.setText(f"{intro}\n{self.purpose}" if self.purpose else intro)
        self.pin_label.setText(self.tr("&PIN:"))
        self.again_label.setText(self.tr("PIN &again:"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        # Our own words, so the buttons follow the app's language without Qt's catalogue.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, member_name: str, purpose: str = "") -> str | None:
        """Modal: the PIN, or None when the member cancelled."""
        dialog = cls(member_name, purpose, parent=parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            # The typed PIN must not outlive the question.
            for field in dialog.findChildren(QLineEdit):
                field.clear()
            dialog.deleteLater()


def pin_problem(pin: str, again: str | None = None) -> str:
    """Why a PIN cannot be used, or '' when it can."""
    from desktop.signing import MIN_PIN  # here: the open-vault window starts without cryptography

    if len(pin) < MIN_PIN:
        return QCoreApplication.translate("common", "A PIN needs at least {n} characters.").format(n=MIN_PIN)
    if again is not None and pin != again:
        return QCoreApplication.translate("common", "The two PINs differ; type the same PIN twice.")
    return ""
