"""Packaging: the registry installs and imports without the desktop's models; the desktop
depends on the lean Qt packages; and the Qt it gets keeps None's reference count intact."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_importing_the_registry_does_not_import_the_desktop():
    done = _run(
        "import sys\n"
        "import registry.app, registry.cli, registry.carry, registry.ingest, registry.committer\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "registry.ingest" in loaded
    unwanted = ("desktop.models", "desktop.vault", "desktop.services", "desktop.ui", "PySide6", "sqlcipher3")
    assert not {m for m in loaded if m.startswith(unwanted)}


def _requirements(python: str) -> dict[str, Requirement]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    found = {}
    for line in deps:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate(env):
            found[req.name.lower().replace("_", "-")] = req
    return found


def test_dependencies_are_the_lean_qt_without_the_refcount_bug():
    for python in ("3.11", "3.12", "3.13"):
        reqs = _requirements(python)
        assert "pyside6" not in reqs, "the PySide6 meta-package brings QtWebEngine"
        essentials = reqs["pyside6-essentials"].specifier
        if python == "3.11":  # 6.12 drops references to None there
            assert "6.12.0" not in essentials and "6.11.3" in essentials
            assert "pyside6-addons" in reqs  # QtPdf before 6.12
        else:
            assert "6.12.0" in essentials and "pyside6-pdf" in reqs


SIGNALS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(int)

class Sink(QObject):
    total = 0

    def take(self, value):
        self.total += value

app = QCoreApplication([])
source, sink = Source(), Sink()
source.changed.connect(sink.take)
before = [sys.getrefcount(x) for x in (None, True, False)]
for _ in range(20000):
    source.changed.emit(1)           # a signal into a Python slot
    source.blockSignals(False)       # a bool-returning call
    source.setObjectName("source")   # a void call
after = [sys.getrefcount(x) for x in (None, True, False)]
print(sink.total, *[a - b for a, b in zip(after, before)])
"""


def test_none_keeps_its_reference_count_over_many_qt_calls():
    # Without desktop.ui's guard: the installed PySide6 itself must not drop references.
    done = _run(SIGNALS)
    assert done.returncode == 0, f"Qt calls broke None's reference count: {done.stderr[-400:]}"
    total, *drift = (int(x) for x in done.stdout.split())
    assert total == 20000
    assert all(abs(d) < 100 for d in drift), drift
