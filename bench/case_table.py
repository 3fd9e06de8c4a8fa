"""The cases screen on a 100,000-case vault: does typing in the search box stay smooth?

Drives the real CasesScreen offscreen: types a search one character every 80 ms, scrolls,
sorts, and measures (1) the longest the GUI thread was ever unavailable (a 5 ms heartbeat
timer's worst lateness), (2) how long after the last keystroke the results appear, and
(3) the latency of the first page, of a further page and of a re-sort.

    python -m bench.case_table            # 100,000 cases
    python -m bench.case_table 20000
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = "血压研究 12"


def _wait(app, done, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the case table did not answer")
        time.sleep(0.001)
    return time.perf_counter() - start


class Heartbeat:
    """A 5 ms timer; its worst lateness is the longest stall of the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.005)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()


def run(n: int = 100_000) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    import desktop.ui  # noqa: F401  (PySide6 refcount guard)
    from bench.case_list import build
    from desktop.ui.case_model import column_of
    from desktop.ui.cases import CasesScreen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        vault = build(Path(tmp) / "vault", n)
        figures["bulk insert (s)"] = time.perf_counter() - started
        beat = Heartbeat()
        beat.start()
        started = time.perf_counter()
        screen = CasesScreen(vault)
        screen.resize(1200, 800)
        screen.show()
        model = screen.model
        figures["screen built, GUI thread (ms)"] = (time.perf_counter() - started) * 1000
        figures["first page shown (ms)"] = _wait(app, lambda: model.rowCount() > 0) * 1000
        _wait(app, lambda: not model.busy)
        figures["rows loaded after opening"] = model.rowCount()

        rows = model.rowCount()
        started = time.perf_counter()
        screen.table.scrollToBottom()
        _wait(app, lambda: model.rowCount() > rows)
        figures["next page on scrolling (ms)"] = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        model.sort(column_of("title"))
        _wait(app, lambda: not model.busy and model.rowCount() > 0)
        figures["re-sort by title (ms)"] = (time.perf_counter() - started) * 1000

        beat.start()
        for char in TYPED:  # one keystroke every 80 ms, as a quick typist
            screen.search_edit.insert(char)
            deadline = time.perf_counter() + 0.08
            while time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
        typed_at = time.perf_counter()
        _wait(app, lambda: not model.busy and not screen.search_timer.isActive() and model.total is not None)
        figures["results after last keystroke (ms)"] = (time.perf_counter() - typed_at) * 1000
        figures["matching cases"] = model.total
        figures["worst GUI stall while typing and searching (ms)"] = beat.worst * 1000
        beat.timer.stop()
        screen.close()
        vault.close()
    return figures


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for name, value in run(size).items():
        print(f"{name:50s} {value:10.1f}")
