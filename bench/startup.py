"""Start to a usable main window on a vault of 10,000 cases vs a bare PySide6 window.

Both are timed from launching the interpreter to the window shown with its first
events processed, in fresh processes, offscreen.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase"

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

QUORUM = """
import sys
from PySide6.QtCore import QTimer
from desktop.ui.app import Shell, make_application
from desktop.vault import Vault
app = make_application()
shell = Shell()
shell.show_main(Vault.open(sys.argv[1], sys.argv[2]))
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
shell._release()
"""


def _time(code: str, *args: str, repeat: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
        line = proc.stdout.readline()
        times.append(time.perf_counter() - start)
        proc.wait(60)
        if line.strip() != "ready":
            raise RuntimeError("the window did not start")
    return statistics.median(times)


def run(cases: int = 10_000) -> list[Figure]:
    from bench.case_list import build

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        from desktop import keyslots

        keyslots.DEFAULT_KDF = {"name": "scrypt", "n": 2**15, "r": 8, "p": 1}  # a real vault's cost
        build(folder, cases).close()
        bare = _time(BARE)
        ours = _time(QUORUM, str(folder), PASSPHRASE)
    fig = Figure(f"start to main window, {cases:,} cases", ours, bare, "s", "<= 1.5x bare window")
    fig.ratio = ours / bare
    fig.met = fig.ratio <= 1.5
    return [fig]


if __name__ == "__main__":
    for figure in run():
        print(figure)
