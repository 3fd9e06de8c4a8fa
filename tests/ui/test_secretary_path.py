"""The secretary's path for one case, through the main window's real widgets, counted:
intake -> agenda -> meeting -> decision letter -> sync to a registry served on 127.0.0.1.

Every action goes through ``Actions``: a click is 1, a typed field is 1, a key sequence is 1, a
drop-down choice is 2 (open, pick). PINs are typed by ``pin`` below, which counts nothing (issue 13
excludes PIN entry). What the members do themselves at the shared laptop (check in, declare, vote)
is counted apart in ``members``: the target (at most 25) is the secretary's and chair's path.
The registry's address and keys are set once per committee, not per case, so they are set up
before the path starts (tests/ui/test_sync_setup.py drives that dialog).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from desktop.services import cases, committee, decisions, members
from desktop.sync import keyfile
from desktop.sync.outbox import list_outbox
from desktop.ui.issue_documents import IssuedDocumentWindow, SignerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.meeting_dialogs import ScheduleMeetingDialog
from desktop.vault import Vault
from tests.sync.harness import Registry, configure_vault
from tests.ui.meeting_data import MEMBERS, PASSPHRASE

TARGET = 25


class Actions:
    """Does and counts one person's actions on real widgets."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count, self.log = qtbot, 0, []

    def _note(self, what: str, n: int = 1) -> None:
        self.count += n
        self.log.append(what)

    def click(self, widget: QWidget, what: str = "") -> None:
        assert widget.isEnabled(), f"{what or widget.objectName()} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self._note(what or widget.objectName())

    def type(self, widget: QWidget, text: str, what: str = "") -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        self._note(what or widget.objectName())

    def set_field(self, setter, what: str) -> None:
        """A field typed whole (a date), set directly: one typed field."""
        setter()
        self._note(what)

    def choose(self, combo: QComboBox, data, what: str = "") -> None:
        combo.setCurrentIndex(combo.findData(data))
        combo.activated.emit(combo.currentIndex())
        self._note(what or combo.objectName(), 2)

    def double_click(self, view, pos, what: str) -> None:
        """One gesture: press, release, then the double click (as QTest needs it)."""
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        self._note(what)

    def tab(self, tabs, index: int, what: str) -> None:
        self.qtbot.mouseClick(
            tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center()
        )
        assert tabs.currentIndex() == index
        self._note(what)

    def nav(self, window: MainWindow, key: str) -> QWidget:
        row = [s.key for s in window.specs].index(key)
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        self.qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self._note(f"nav {key}")
        return window.screen_for(key)


@pytest.fixture(scope="session")
def committee_template(tmp_path_factory) -> tuple[Path, dict]:
    """A committee with six voting members, a consultant and no cases yet."""
    folder = tmp_path_factory.mktemp("path-template") / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE)
    with vault:
        committee.setup_committee(vault, "测试科技伦理委员会", "测试医院", "T-001", "北京市")
        ids, pins = {}, {}
        for key, name, name_en, role, bgs, external, gender, pin in MEMBERS:
            m = members.enrol_member(
                vault,
                name=name,
                name_en=name_en,
                role=role,
                backgrounds=bgs,
                external=external,
                gender=gender,
                term_start=date(2024, 1, 1),
                term_end=date(2028, 12, 31),
                pin=pin,
            )
            ids[key], pins[m.id] = m.id, pin
        keys = json.dumps(keyfile.export_keys(vault), ensure_ascii=False).encode()
    return folder, {"ids": ids, "pins": pins, "keys": keys}


@pytest.fixture
def setting(committee_template, tmp_path):
    import shutil

    folder, info = committee_template
    target = tmp_path / "vault"
    shutil.copytree(folder, target)
    registry = Registry(tmp_path / "registry")
    registry.enrol(info["keys"])
    registry.serve()
    vault = Vault.open(target, PASSPHRASE)
    configure_vault(vault, registry)  # once per committee, not part of a case's path
    try:
        yield vault, info, registry
    finally:
        vault.close()
        registry.close()


def _when_modal(kind, act) -> None:
    """Answer the next modal dialog of ``kind`` once it is shown (``exec`` blocks the test)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_the_secretarys_path_for_one_case_takes_at_most_25_actions(qtbot, setting, capsys):
    vault, info, registry = setting
    ids, pins = info["ids"], info["pins"]
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    secretary, members_at_laptop = Actions(qtbot), Actions(qtbot)

    def pin(member, _purpose) -> str:  # PIN entry: excluded from the count
        return pins[member.id]

    # Intake.
    cases_screen = secretary.nav(window, "cases")
    secretary.click(cases_screen.new_button, "new case")
    intake = cases_screen.intake_dialog
    secretary.type(intake.reference_edit, "P-2026-001", "reference")
    secretary.type(intake.title_edit, "Wearable sleep monitoring study", "title")
    secretary.type(intake.applicant_edit, "Dr Sun", "applicant")
    secretary.click(intake.domain_boxes["life_science_medicine"], "domain")
    secretary.click(intake.humans_box, "involves humans")
    secretary.choose(intake.risk_combo, "moderate", "risk")
    secretary.click(intake.tick_all_button, "all materials received")
    assert intake.missing_title.text() == "Every required material is provided."
    with qtbot.waitSignal(intake.caseCreated, timeout=10_000) as created:
        secretary.click(intake.save_button, "save case")
    case_id = created.args[0]
    assert cases.get_case(vault, case_id).status == "accepted"

    # The agenda: a meeting today, the accepted case ticked already.
    meeting_screen = secretary.nav(window, "meeting")
    meeting_screen.pin_provider = pin

    def plan(dialog: ScheduleMeetingDialog) -> None:
        today = QDateTime.currentDateTime()
        today.setTime(QTime(today.time().hour(), 0))
        secretary.set_field(lambda: dialog.when.setDateTime(today), "meeting date")
        secretary.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok), "schedule")

    _when_modal(ScheduleMeetingDialog, plan)
    secretary.click(meeting_screen.schedule_button, "schedule a meeting")
    assert meeting_screen.room.meeting.agenda == (case_id,)

    # The meeting: each member checks in and declares with their own PIN (members' acts).
    def act(counter: Actions, name: str) -> None:
        with qtbot.waitSignal(meeting_screen.actionFinished, timeout=20_000) as done:
            counter.click(meeting_screen.findChild(QPushButton, name), name)
        assert done.args[0], meeting_screen.banner.text()

    voters = ("chair", "vice", "zhang", "chen", "liu", "yang")
    for key in voters:
        act(members_at_laptop, f"checkInButton_{ids[key]}")
    for key in voters:
        act(members_at_laptop, f"declareNoConflictButton_{ids[key]}")
    secretary.tab(meeting_screen.tabs, 4, "votes tab")
    for key in voters:
        members_at_laptop.choose(meeting_screen.findChild(QComboBox, f"voteChoice_{ids[key]}"), "approve")
        act(members_at_laptop, f"voteButton_{ids[key]}")
    act(secretary, "recordDecisionButton")  # the chair signs
    [decision] = decisions.decisions_for_case(vault, case_id)
    assert decision.decision_type == "approve"

    # The decision letter, signed by the chair, from the meeting room.
    _when_modal(
        SignerDialog,
        lambda d: secretary.click(d.buttons.button(d.buttons.StandardButton.Ok), "signer and language"),
    )
    with qtbot.waitSignal(meeting_screen.issuer.issued, timeout=60_000) as issued:
        secretary.click(meeting_screen.decision.letter, "decision letter")
    letter: IssuedDocumentWindow = issued.args[0]
    assert letter.check.ok
    secretary.click(letter.close_button, "close letter")

    # Sync.
    outbox = secretary.nav(window, "outbox")
    with qtbot.waitSignal(outbox.synced, timeout=30_000) as synced:
        secretary.click(outbox.sync_button, "sync now")
    assert synced.args[0].confirmed == 1
    assert [item.status for item in list_outbox(vault)] == ["confirmed"]

    with capsys.disabled():
        print(
            f"\nsecretary's path: {secretary.count} actions (target {TARGET}); "
            f"members at the laptop: {members_at_laptop.count}\n  " + ", ".join(secretary.log)
        )
    assert secretary.count <= TARGET
