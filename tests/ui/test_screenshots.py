"""Screenshots of every screen and dialog in both languages, at 1366×768.

`tools/screenshots.sh` runs this under Xvfb (a real X screen) twice, at 100% and at 200%
scaling (QT_SCALE_FACTOR=2), and keeps the PNGs in screenshots/<scale>/<language>/<name>.png;
a plain test run writes them to a temporary folder.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from desktop.ui.common import BusyOverlay
from desktop.ui.create_vault_wizard import CreateVaultWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.open_vault import OpenVaultWindow, remember_vault

SIZE = QSize(1366, 768)  # the most common hospital laptop screen


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = os.environ.get("QUORUM_SCREENSHOT_DIR")
    return Path(folder) if folder else tmp_path


def _settle(qtbot, widget) -> None:
    """Wait for background loads (busy overlays) to finish and for the paint to catch up."""
    qtbot.waitUntil(lambda: not any(o.isVisible() for o in widget.findChildren(BusyOverlay)), timeout=15_000)
    for _ in range(3):
        QCoreApplication.processEvents()


def _save(widget, path: Path, least: int = 400) -> QImage:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path)), path
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= least
    return image


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    xs, ys = range(0, image.width(), step), range(0, image.height(), step)
    return len({image.pixel(x, y) for x in xs for y in ys})


def _render(text: str) -> QImage:
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black; font-size: 28px;")
    label.adjustSize()
    return label.grab().toImage()


def test_chinese_glyphs_render_rather_than_empty_boxes(qapp):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese), "no CJK font installed"
    first, second = _render("委"), _render("员")
    assert first != second  # missing glyphs would both draw the same box
    dark = sum(
        1
        for x in range(first.width())
        for y in range(first.height())
        if QColor(first.pixel(x, y)).lightness() < 128
    )
    assert dark > 20


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_screen_in_both_languages(qtbot, open_demo_vault, demo, shots, use_language, language):
    use_language(language)
    folder = shots / language
    remember_vault(demo["vault"])

    window = OpenVaultWindow()
    qtbot.addWidget(window)
    window.resize(QSize(760, 520))
    window.show()
    _settle(qtbot, window)
    _save(window, folder / "open_vault.png")

    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.resize(QSize(900, 640))
    wizard.show()
    _save(wizard, folder / "create_vault_wizard.png")

    main = MainWindow(open_demo_vault)
    qtbot.addWidget(main)
    main.resize(SIZE)
    main.show()
    saved = []
    for spec in main.specs:
        main.show_screen(spec.key)
        _settle(qtbot, main)
        image = _save(main, folder / f"{spec.key}.png")
        assert _colours(image) > 3, f"{spec.key} looks blank"
        saved.append(spec.key)
    assert {"dashboard", "cases", "members", "meeting", "settings"} <= set(saved)
    if language == "zh_CN":
        assert main.nav.item(0).text() == "概览"


def _dialogs(vault):
    """Every dialog a secretary opens from the window, by file name."""
    from desktop.ui.intake import IntakeDialog
    from desktop.ui.relied_import import ImportDecisionDialog
    from desktop.ui.sync_setup import RegistrySetupDialog
    from desktop.ui.vault_backup import BackupDialog, RestoreDialog
    from desktop.ui.vault_check import VaultCheckDialog
    from desktop.ui.vault_keys import PassphraseDialog, RecoveryCodeDialog
    from desktop.ui.vault_menu import ExportCaDialog

    yield "intake", IntakeDialog(vault)
    yield "change_passphrase", PassphraseDialog(vault, "change")
    yield "add_passphrase", PassphraseDialog(vault, "add")
    yield "recovery_code", RecoveryCodeDialog(vault)
    yield "check_vault", VaultCheckDialog(vault)
    yield "export_ca", ExportCaDialog(vault)
    yield "backup", BackupDialog(vault, committee="北京协和示范医院科技伦理委员会")
    yield "restore", RestoreDialog()
    yield "registry_settings", RegistrySetupDialog(vault)
    yield "import_decision", ImportDecisionDialog(vault)
    yield from job_dialogs(vault)


def job_dialogs(vault):
    """The member, case and meeting jobs' dialogs, on the demo's first member, case and decision."""
    from desktop.services import cases, decisions, meetings, members
    from desktop.ui.case_edit import EditCaseDialog
    from desktop.ui.decision_supersede import SupersedeDialog
    from desktop.ui.meeting_agenda_add import AddToAgendaDialog
    from desktop.ui.meeting_rereview import RereviewDialog
    from desktop.ui.member_edit import EditMemberDialog
    from desktop.ui.member_pin import ChangePinDialog
    from desktop.ui.member_training import TrainingDialog

    roster = members.list_members(vault)
    member = roster[0]
    decision = next(d for c in cases.list_cases(vault) for d in decisions.decisions_for_case(vault, c.id))
    yield "edit_member", EditMemberDialog(vault, member)
    yield "record_training", TrainingDialog(vault, member)
    yield "change_pin", ChangePinDialog(vault, member)
    yield "edit_case", EditCaseDialog(vault, cases.list_cases(vault)[0])
    yield "add_to_agenda", AddToAgendaDialog(vault, meetings.list_meetings(vault)[0])
    yield "rereview_opinion", RereviewDialog(vault, decision, roster[:2])
    yield "supersede", SupersedeDialog(decision)


def screen_dialogs(vault):
    """The other dialogs the screens open (schedule, enrol, renew, PIN, case jobs, USB export),
    each on the demo's data."""
    from desktop.rules.materials import required_materials
    from desktop.services import cases, members
    from desktop.ui.case_dossier import load_dossier
    from desktop.ui.case_extension import ExtensionDialog
    from desktop.ui.case_materials import MaterialsDialog
    from desktop.ui.case_objection import ObjectionDialog
    from desktop.ui.case_rereview import RereviewDialog
    from desktop.ui.case_submissions import SubmissionsDialog
    from desktop.ui.common import PinDialog
    from desktop.ui.issue_documents import SignerDialog
    from desktop.ui.issued_register import IssuedRegisterDialog
    from desktop.ui.meeting_dialogs import ConflictDialog, ScheduleMeetingDialog
    from desktop.ui.member_renewal import RenewTermDialog
    from desktop.ui.members import EnrolMemberDialog
    from desktop.ui.outbox import ExportDialog
    from desktop.ui.submission_intake import SubmissionDialog

    roster, case = members.list_members(vault), cases.list_cases(vault)[0]
    dossier = load_dossier(vault, case.id)
    officers = [m for m in roster if m.role in ("chair", "vice_chair")]
    yield "schedule_meeting", ScheduleMeetingDialog(cases.list_cases(vault))
    yield "enrol_member", EnrolMemberDialog(vault)
    token_enrolment = EnrolMemberDialog(vault)
    token_enrolment.form.custody.setCurrentIndex(token_enrolment.form.custody.findData("token"))
    yield "enrol_token_member", token_enrolment
    yield "renew_term", RenewTermDialog(vault, roster[0])
    yield "pin", PinDialog(roster[0].name, purpose="")
    yield "conflict", ConflictDialog(roster[0].name, case)
    yield "extend_limit", ExtensionDialog(vault, case)
    yield "materials_received", MaterialsDialog(vault, case, required_materials()[:3])
    yield "objection", ObjectionDialog(vault, case, dossier.decisions[-1])
    if dossier.rereview is not None:
        yield "rereview_list", RereviewDialog(vault, case, dossier.rereview, officers)
    yield "linked_submission", SubmissionDialog(vault, case.id, case.reference)
    yield "linked_submissions", SubmissionsDialog(vault, case.id, case.reference)
    yield "choose_signer", SignerDialog("decision_letter", officers, officers[0].id, "zh")
    yield "export_usb", ExportDialog(officers)
    yield "issued_documents", IssuedRegisterDialog(vault)


def every_dialog(vault):
    """Every dialog class the screens open, by file name (the layout and title tests walk it)."""
    yield from _dialogs(vault)
    yield from screen_dialogs(vault)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_in_both_languages(qtbot, open_demo_vault, shots, use_language, language):
    from tests.ui.layout_check import LAPTOP

    use_language(language)
    folder = shots / language / "dialogs"
    names = []
    for name, dialog in every_dialog(open_demo_vault):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.size().boundedTo(LAPTOP))
        _settle(qtbot, dialog)
        assert dialog.windowTitle(), f"{name} has no title"
        image = _save(dialog, folder / f"{name}.png", least=200)  # a PIN prompt is small
        assert _colours(image) > 3, f"{name} looks blank"
        names.append(name)
        dialog.close()
    assert {"intake", "backup", "registry_settings", "schedule_meeting", "enrol_member"} <= set(names)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_linked_submissions_screen_in_both_languages(qtbot, vault, roster, shots, use_language, language):
    """An approved activity's amendment with one reviewer's signed opinion, and a decided adverse event."""
    from datetime import UTC, datetime, timedelta

    from desktop.services import decisions, submissions
    from desktop.ui.case_submissions import SubmissionsDialog
    from tests.conftest import PIN, make_case
    from tests.lifecycle.conftest import decide_at_meeting
    from tests.ui.layout_check import LAPTOP

    use_language(language)
    case = make_case(vault, "BJSTEC-2026-031")
    decide_at_meeting(
        vault,
        roster,
        case.id,
        "approve",
        lambda mid: decisions.record_decision(vault, mid, case.id, roster["Chair Chen"], PIN, "approve"),
    )
    event = datetime.now(UTC).date() - timedelta(days=2)
    sae = submissions.receive_submission(
        vault, case.id, "adverse_event", summary="Participant hospitalised", event_on=event
    )
    decide_at_meeting(
        vault,
        roster,
        case.id,
        "approve_after_modification",
        lambda mid: submissions.decide_submission(
            vault,
            sae.id,
            roster["Chair Chen"],
            PIN,
            "approve_after_modification",
            conditions="Add a safety call on day 3",
            reasons="Hospitalisation possibly related",
            meeting_id=mid,
        ),
    )
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Add a second recruiting site")
    submissions.give_opinion(vault, sub.id, roster["Vice Li"], PIN, "approve")
    dialog = SubmissionsDialog(vault, case.id, case.reference)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.sizeHint().expandedTo(QSize(1000, 640)).boundedTo(LAPTOP))
    _settle(qtbot, dialog)
    image = _save(dialog, shots / language / "dialogs" / "linked_submissions_in_use.png")
    assert _colours(image) > 3
    assert dialog.table.rowCount() == 2 and dialog.opinion_box.isEnabled()
