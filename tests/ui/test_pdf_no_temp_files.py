"""Opening a PDF from the vault writes no file anywhere: the decrypted bytes stay in memory.

The test points TMPDIR at an empty folder and runs in an empty working directory, so every
well-behaved temporary file (Python's tempfile, Qt's QTemporaryFile, PDFium) would land
where it is watched; lists the vault folder too, and makes Python's tempfile fail if called.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from desktop.ui.case_detail import CaseDetail


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: relative path -> (size, mtime)."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            found[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return found


def open_files() -> set[str]:
    """Regular files this process holds open (Linux)."""
    paths = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
            paths.add(target)
    return paths


def _refuse(*_args, **_kwargs):
    raise AssertionError("a temporary file was requested while a document was open")


def painted(image) -> bool:
    """Whether the page shows ink, not only white paper and grey margins."""
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            colour = QColor(image.pixel(x, y))
            if colour.lightness() < 100:
                return True
    return False


@pytest.fixture
def watched(tmp_path, monkeypatch, open_demo_vault):
    """(folders watched, their listings before) with TMPDIR and the cwd fresh and empty."""
    temp, cwd = tmp_path / "tmpdir", tmp_path / "cwd"
    temp.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
    monkeypatch.chdir(cwd)
    assert tempfile.gettempdir() == str(temp)
    folders = {"TMPDIR": temp, "tempfile.gettempdir()": Path(tempfile.gettempdir()), "cwd": cwd}
    folders["vault"] = Path(open_demo_vault.folder)
    if Path("/dev/shm").is_dir():
        folders["/dev/shm"] = Path("/dev/shm")
    return folders, {name: listing(folder) for name, folder in folders.items()}


def open_protocol(qtbot, vault, case_id: str) -> CaseDetail:
    """The case detail with the case's protocol PDF shown in its viewer."""
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.resize(1000, 800)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(case_id)
    panel = detail.documents
    detail.tabs.setCurrentWidget(panel)
    protocol = next(d for d in detail.dossier.documents if d.kind == "protocol").latest
    assert protocol.media_type == "application/pdf"
    with qtbot.waitSignal(panel.documentShown, timeout=10_000) as shown:
        panel.open_version(protocol.id, protocol.media_type, protocol.original_name)
    assert shown.args == ["pdf"]
    viewer = panel.viewer
    assert viewer.page_count == 1
    assert painted(viewer.pdf.render(0, QSize(595, 842)))  # PDFium really read the bytes
    # and the view drew them
    qtbot.waitUntil(lambda: painted(viewer.pdf_view.grab().toImage()), timeout=10_000)
    return detail


def assert_nothing_written(folders: dict[str, Path], before: dict[str, dict]) -> None:
    for name, folder in folders.items():
        after = listing(folder)
        assert set(after) - set(before[name]) == set(), f"new file in {name}"
        if name == "vault":  # reading changes nothing in the vault either
            assert after == before[name], "the vault changed"


def test_opening_a_pdf_from_the_vault_writes_no_file(qtbot, open_demo_vault, demo, watched, monkeypatch):
    folders, before = watched
    for name in (
        "mkstemp",
        "mkdtemp",
        "mktemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, _refuse)
    monkeypatch.setattr(tempfile, "TemporaryDirectory", _refuse)
    files_before = open_files()

    detail = open_protocol(qtbot, open_demo_vault, demo["case_ids"][0])

    assert_nothing_written(folders, before)
    opened = open_files() - files_before
    vault_db = str(Path(open_demo_vault.folder, "vault.db").resolve())
    assert opened <= {vault_db}, f"files opened while showing the PDF: {opened}"
    detail.documents.viewer.clear()
    assert detail.documents.viewer.kind == "" and detail.documents.viewer._buffer is None


@pytest.mark.parametrize("where", ["qt-temp", "cwd", "vault"])
def test_the_watch_would_catch_a_decrypted_copy(qtbot, open_demo_vault, demo, watched, monkeypatch, where):
    """The check above is not vacuous: a viewer that leaked a copy would fail it."""
    from PySide6.QtCore import QDir, QTemporaryFile

    from desktop.ui import pdf_viewer

    folders, before = watched
    show = pdf_viewer.DocumentViewer.show_document

    def leaky(viewer, data, media_type, name):
        if where == "qt-temp":
            copy = QTemporaryFile(QDir.tempPath() + "/viewerXXXXXX")
            copy.setAutoRemove(False)
            assert copy.open()
            copy.write(bytes(data))
            assert copy.fileName()  # asking for the name makes Qt link an O_TMPFILE into the folder
            copy.close()
        else:
            folder = Path.cwd() if where == "cwd" else Path(open_demo_vault.folder)
            (folder / "decrypted-copy.pdf").write_bytes(bytes(data))
        return show(viewer, data, media_type, name)

    monkeypatch.setattr(pdf_viewer.DocumentViewer, "show_document", leaky)
    detail = open_protocol(qtbot, open_demo_vault, demo["case_ids"][0])
    assert detail.documents.viewer.kind == "pdf"
    try:
        with pytest.raises(AssertionError, match="new file in"):
            assert_nothing_written(folders, before)
    finally:
        Path(open_demo_vault.folder, "decrypted-copy.pdf").unlink(missing_ok=True)
