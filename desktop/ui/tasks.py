"""Work off the GUI thread: a QRunnable that reports progress and result by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Runs ``fn(report, cancelled)`` in the pool. ``report(done, total)`` emits progress;
    ``cancelled()`` tells long work to stop (raise Cancelled)."""

    def __init__(self, fn: Callable[..., object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progress.emit(done, total), self._cancel.is_set)
        except BaseException as exc:  # reported to the GUI, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def _owner_of(*callbacks: Callable | None) -> QObject | None:
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            return owner
    return None


def start(
    fn: Callable[..., object],
    on_done: Callable[[object], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``fn`` in the pool. When ``owner`` (by default the widget whose method is a callback)
    is deleted first, the task is cancelled and its callbacks are dropped, not called on a
    widget that no longer exists."""
    task = Task(fn)
    _running.add(task)
    owner = owner or _owner_of(on_done, on_error, on_progress)

    def connect(signal, callback: Callable | None) -> None:
        if callback is None:
            return
        if isinstance(getattr(callback, "__self__", None), QObject):
            signal.connect(callback)  # Qt drops it with its receiver, and sender() works inside it
            return

        def call(*args) -> None:
            if owner is None or isValid(owner):
                callback(*args)

        signal.connect(call)

    if owner is not None:
        owner.destroyed.connect(task.cancel)
    connect(task.signals.finished, on_done)
    connect(task.signals.failed, on_error)
    connect(task.signals.progress, on_progress)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task
