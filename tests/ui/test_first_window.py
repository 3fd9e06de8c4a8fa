"""The open-vault window loads only what it shows (bench/startup.py measures the launch): no ORM,
models, rules or cryptography, and not Qt's namespace of enums, which alone costs ~13 ms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST_WINDOW = """
import sys, threading
import desktop.ui.app as app_module
app_module.preload = lambda: threading.Thread()  # what the background thread loads is not counted
from PySide6 import QtCore
app = app_module.make_application()
shell = app_module.Shell()
shell.start()
app.processEvents()
assert shell.open_window.isVisible()
print("qt-namespace" if "Qt" in vars(QtCore) else "no-qt-namespace")
print("\\n".join(sorted(sys.modules)))
"""


def test_the_first_window_loads_no_orm_rules_crypto_nor_qt_enums(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # a settings folder of its own, with one recent vault
    }
    (tmp_path / "Quorum").mkdir()
    (tmp_path / "Quorum" / "Quorum.conf").write_text(f"[vaults]\nrecent={tmp_path / 'vault'}\n")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-600:]
    first, *modules = done.stdout.split()
    assert first == "no-qt-namespace"
    assert "desktop.ui.open_vault" in modules
    unwanted = ("sqlalchemy", "desktop.models", "desktop.vault", "desktop.rules", "cryptography", "ctypes")
    assert not {m for m in modules if m.startswith(unwanted)}


def test_preloading_starts_once_the_window_is_painted(qtbot):
    from desktop.ui.app import Shell

    shell = Shell()
    qtbot.addWidget(shell.open_window)
    shell.start()
    assert shell.preloading is None  # nothing competes with the window for the interpreter
    qtbot.waitUntil(lambda: shell.preloading is not None, timeout=10_000)
    shell.preloading.join(120)
    assert not shell.preloading.is_alive()
    assert "desktop.ui.dashboard" in sys.modules
