"""Signed committee PDFs from the screens: signed off the GUI thread, shown from memory, verified,
saved only where the user asks."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.documents import api
from desktop.services import committee
from desktop.ui.case_detail import CaseDetail
from desktop.ui.dashboard import DashboardScreen
from desktop.ui.issue_documents import IssueChoice, IssuedDocumentWindow
from desktop.ui.meeting import MeetingScreen
from desktop.vault import Vault

CHAIR, SECRETARY = "王建国", "周丽"


@pytest.fixture
def vault(demo, tmp_path) -> Vault:
    """A private copy of the demo vault: issuing is audited and wrong PINs are counted."""
    folder = tmp_path / "vault"
    shutil.copytree(demo["vault"], folder, ignore=shutil.ignore_patterns("vault.lock"))
    opened = Vault.open(folder, demo["passphrase"])
    yield opened
    opened.close()


def answer(issuer, pin: str | None) -> list[tuple]:
    """Take the offered signer and language and give ``pin`` (None: leave the PIN prompt as it
    is); returns what was asked."""
    asked = []

    def choose(kind, candidates, default_id, language):
        asked.append((kind, default_id, language, [c.role for c in candidates]))
        return IssueChoice(next(c for c in candidates if c.id == default_id), language)

    issuer.choice_provider = choose
    if pin is not None:
        issuer.pin_provider = lambda member, _purpose: asked.append(member.id) or pin
    return asked


def case_detail(qtbot, vault, case_id: str) -> CaseDetail:
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.resize(1200, 800)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(case_id)
    detail.tabs.setCurrentWidget(detail.decisions)
    return detail


def issue(qtbot, issuer, button) -> IssuedDocumentWindow:
    with qtbot.waitSignal(issuer.issued, timeout=30_000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = blocker.args[0]
    qtbot.addWidget(window)
    return window


def assert_verified(window: IssuedDocumentWindow, vault) -> None:
    assert window.viewer.kind == "pdf" and window.viewer.page_count >= 1
    check = api.verify_pdf(window.pdf, [committee.ca_certificate(vault)])
    assert check.intact and check.valid and check.trusted
    assert window.verification.text().startswith("✓ Signature valid")


def _refuse(*_args, **_kwargs):
    raise AssertionError("a temporary file was requested while a document was issued")


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                stat = Path(root, name).stat()
            except FileNotFoundError:
                continue
            found[str(Path(root, name).relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return found


def test_decision_letter_is_signed_off_the_gui_thread_and_verifies(qtbot, vault, demo, monkeypatch):
    threads = []
    real = api.decision_letter

    def watched(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "decision_letter", watched)
    detail = case_detail(qtbot, vault, demo["case_ids"][0])
    asked = answer(detail.issuer, demo["pins"][CHAIR])
    button = detail.findChild(type(detail.decisions.letter_button), "decisionLetterButton")
    assert button.isEnabled() and detail.decisions.selected_decision() in demo["decision_ids"]

    window = issue(qtbot, detail.issuer, button)

    chair = demo["member_ids"][CHAIR]
    assert asked[0][:3] == ("decision_letter", chair, "en") and asked[1] == chair
    assert set(asked[0][3]) <= {"chair", "vice_chair"}
    assert threads and threads[0] != threading.get_ident()
    assert_verified(window, vault)
    assert window.isVisible() and detail.error.text() == ""


def test_wrong_pin_shows_the_message_and_opens_no_viewer(qtbot, vault, demo):
    detail = case_detail(qtbot, vault, demo["case_ids"][0])
    answer(detail.issuer, "000000")
    with qtbot.waitSignal(detail.issuer.failed, timeout=30_000) as blocker:
        qtbot.mouseClick(detail.decisions.letter_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == detail.error.text() == "Wrong PIN for Wang Jianguo."  # the English UI's name
    assert detail.issuer.window is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, IssuedDocumentWindow)]


def test_cancelling_the_pin_issues_nothing(qtbot, vault, demo):
    detail = case_detail(qtbot, vault, demo["case_ids"][0])
    answer(detail.issuer, "")
    qtbot.mouseClick(detail.decisions.notice_button, Qt.MouseButton.LeftButton)
    assert not detail.issuer.overlay.busy and detail.issuer.window is None


def test_generation_writes_no_file_and_save_as_writes_only_the_chosen_one(
    qtbot, vault, demo, tmp_path, monkeypatch
):
    temp, cwd = tmp_path / "tmpdir", tmp_path / "cwd"
    temp.mkdir()
    cwd.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
    monkeypatch.chdir(cwd)
    folders = {"tempdir": Path(tempfile.gettempdir()), "cwd": cwd, "vault": Path(vault.folder)}
    assert folders["tempdir"] == temp
    detail = case_detail(qtbot, vault, demo["case_ids"][0])
    answer(detail.issuer, demo["pins"][CHAIR])
    before = {name: listing(folder) for name, folder in folders.items()}
    with monkeypatch.context() as refuse:
        for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory"):
            refuse.setattr(tempfile, name, _refuse)
        window = issue(qtbot, detail.issuer, detail.decisions.notice_button)

    assert_verified(window, vault)
    for name, folder in folders.items():
        after = listing(folder)
        if name == "vault":  # only the audit entry in the database changes
            assert set(after) == set(before[name])
        else:
            assert after == before[name], f"a file was written in {name}"

    target = tmp_path / "saved" / "notice.pdf"
    target.parent.mkdir()
    window.save_path_provider = lambda: str(target)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == window.pdf
    assert listing(target.parent).keys() == {"notice.pdf"}
    assert listing(cwd) == before["cwd"] and listing(temp) == before["tempdir"]
    assert "Saved to" in window.banner.text()


def test_minutes_from_the_meeting_screen_default_to_the_secretary(qtbot, vault, demo):
    screen = MeetingScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    asked = answer(screen.issuer, None)
    screen.pin_provider = lambda _member, _purpose: demo["pins"][SECRETARY]  # the screen's own prompt
    assert screen.room.meeting.id == demo["meeting_id"]

    window = issue(qtbot, screen.issuer, screen.findChild(type(screen.close_button), "minutesPdfButton"))

    assert asked[0][:2] == ("minutes", demo["member_ids"][SECRETARY])
    assert_verified(window, vault)


def test_annual_report_from_the_dashboard(qtbot, vault, demo):
    dashboard = DashboardScreen(vault)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: not dashboard.overlay.busy, timeout=10_000)
    asked = answer(dashboard.issuer, demo["pins"][SECRETARY])

    window = issue(qtbot, dashboard.issuer, dashboard.annual_report_button)

    assert asked[0][:2] == ("annual_report", demo["member_ids"][SECRETARY])
    assert_verified(window, vault)


def test_buttons_speak_chinese(qtbot, use_language, vault, demo):
    use_language("zh_CN")
    detail = case_detail(qtbot, vault, demo["case_ids"][0])
    screen = MeetingScreen(vault)
    qtbot.addWidget(screen)
    buttons = [
        detail.decisions.letter_button,
        detail.decisions.notice_button,
        screen.minutes_pdf_button,
        screen.coi_pdf_button,
    ]
    for button in buttons:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in button.text()), button.text()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in button.accessibleName()), button.accessibleName()
    assert detail.decisions.letter_button.text() == "审查意见书 PDF(&R)…"


def test_signer_dialog_offers_the_default_member_and_language(qtbot, vault, demo):
    from desktop.services import members
    from desktop.ui.issue_documents import SignerDialog

    officers = [m for m in members.list_members(vault) if m.role in ("chair", "vice_chair", "secretary")]
    secretary = demo["member_ids"][SECRETARY]
    dialog = SignerDialog("minutes", officers, secretary, "zh")
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice.signer.id == secretary and choice.language == "zh"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.choice().language == "en"
    assert dialog.signer.accessibleName() and dialog.language.accessibleName()
