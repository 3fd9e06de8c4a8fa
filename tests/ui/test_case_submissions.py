"""The linked-submissions screen: reviewers sign opinions, the chair signs the decision, the
letter is issued; signing runs off the GUI thread and a refusal changes nothing."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.documents import api
from desktop.models import Member
from desktop.services import committee, submissions
from desktop.ui.case_detail import CaseDetail
from desktop.ui.issue_documents import IssueChoice
from tests.conftest import PIN
from tests.ui.test_submission_intake import approved_case  # noqa: F401  (fixture)


@pytest.fixture
def screen(qtbot, vault, approved_case):  # noqa: F811
    widget = CaseDetail(vault)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load(approved_case.id)
    return widget


def open_dialog(qtbot, screen):
    assert screen.submissions_button.isVisible()
    qtbot.mouseClick(screen.submissions_button, Qt.MouseButton.LeftButton)
    dialog = screen.submissions_dialog
    asked = []
    dialog.pin_provider = lambda member, _purpose: asked.append(member.id) or PIN
    return dialog, asked


def sign(qtbot, dialog, button):
    with qtbot.waitSignal(dialog.signed, timeout=15_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible()  # the signature is made off the GUI thread, under the overlay


def opinion(qtbot, dialog, member_id, choice="approve"):
    dialog.reviewer_combo.setCurrentIndex(dialog.reviewer_combo.findData(member_id))
    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData(choice))
    sign(qtbot, dialog, dialog.opinion_button)


def test_reviewers_sign_opinions_the_chair_decides_and_the_letter_is_issued(
    qtbot,
    vault,
    roster,
    screen,
    approved_case,  # noqa: F811
):
    sub = submissions.receive_submission(vault, approved_case.id, "amendment", summary="Fix a typo")
    dialog, asked = open_dialog(qtbot, screen)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "UI-1/AM-1"
    assert dialog.opinion_box.isEnabled() and not dialog.letter_button.isEnabled()
    assert dialog.meeting_combo.isHidden()  # simplified: no meeting to name
    opinion(qtbot, dialog, roster["Vice Li"])
    assert "Opinion signed" in dialog.banner.text()
    opinion(qtbot, dialog, roster["Sci Zhang"])
    assert [o.member_id for o in submissions.opinions_for(vault, sub.id)] == [
        roster["Vice Li"],
        roster["Sci Zhang"],
    ]
    assert dialog.opinions_label.text().count("Approve") == 2

    dialog.signer_combo.setCurrentIndex(dialog.signer_combo.findData(roster["Chair Chen"]))
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("approve"))
    with qtbot.waitSignal(dialog.caseChanged, timeout=15_000):
        sign(qtbot, dialog, dialog.decide_button)
    assert asked == [roster["Vice Li"], roster["Sci Zhang"], roster["Chair Chen"]]
    decided = submissions.get_submission(vault, sub.id)
    assert decided.status == "decided" and decided.standing_after == "approved"
    assert "Decided: approved" in dialog.table.item(0, 4).text()
    assert not dialog.decision_box.isEnabled() and not dialog.opinion_box.isEnabled()
    assert dialog.letter_button.isEnabled()

    issuer = dialog.issuer
    issuer.choice_provider = lambda kind, candidates, default_id, language: IssueChoice(
        next(c for c in candidates if c.id == roster["Chair Chen"]), "zh"
    )
    issuer.pin_provider = lambda _member, _purpose: PIN
    with qtbot.waitSignal(issuer.issued, timeout=60_000) as got:
        qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
    window = got.args[0]
    assert window.check.ok and window.name == "decision-letter-UI-1-AM-1-zh.pdf"
    assert api.verify_pdf(window.pdf, [committee.ca_certificate(vault)]).ok
    text = subprocess.run(["pdftotext", "-", "-"], input=window.pdf, capture_output=True, check=True).stdout
    assert "修正案审查意见书" in text.decode("utf-8") and "UI-1/AM-1" in text.decode("utf-8")
    window.close()


def test_a_wrong_pin_or_an_ended_term_is_refused_in_one_line_and_nothing_is_signed(
    qtbot,
    vault,
    roster,
    screen,
    approved_case,  # noqa: F811
):
    sub = submissions.receive_submission(vault, approved_case.id, "follow_up_report", summary="Year one")
    dialog, _asked = open_dialog(qtbot, screen)
    dialog.pin_provider = lambda _member, _purpose: "999999"
    dialog.reviewer_combo.setCurrentIndex(dialog.reviewer_combo.findData(roster["Vice Li"]))
    qtbot.mouseClick(dialog.opinion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy, timeout=15_000)
    assert dialog.banner.isVisible() and "PIN" in dialog.banner.text()
    assert submissions.opinions_for(vault, sub.id) == []
    assert dialog.opinion_box.isEnabled()  # may try again

    with vault.session() as s:
        s.get(Member, roster["Sci Zhang"]).term_end = date.today() - timedelta(days=1)
    dialog.refresh()
    dialog.pin_provider = lambda _member, _purpose: PIN
    dialog.reviewer_combo.setCurrentIndex(dialog.reviewer_combo.findData(roster["Sci Zhang"]))
    qtbot.mouseClick(dialog.opinion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy, timeout=15_000)
    assert "term ended" in dialog.banner.text()
    assert submissions.opinions_for(vault, sub.id) == []

    # the chair cannot decide before the reviewers agree
    dialog.signer_combo.setCurrentIndex(dialog.signer_combo.findData(roster["Chair Chen"]))
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy, timeout=15_000)
    assert "has not reached a decision" in dialog.banner.text()
    assert submissions.get_submission(vault, sub.id).status == "received"


def test_a_submission_for_a_meeting_takes_no_opinions_and_names_the_meeting(
    qtbot,
    vault,
    roster,
    screen,
    approved_case,  # noqa: F811
):
    submissions.receive_submission(vault, approved_case.id, "amendment", summary="New arm", major=True)
    dialog, _asked = open_dialog(qtbot, screen)
    assert not dialog.opinion_box.isEnabled() and dialog.decision_box.isEnabled()
    assert not dialog.meeting_combo.isHidden()
    assert "goes to a meeting" in dialog.opinions_label.text()
    assert [dialog.decision_combo.itemData(i) for i in range(dialog.decision_combo.count())] == [
        "approve",
        "approve_after_modification",
        "modify_and_rereview",
        "disapprove",
        "suspend",
        "terminate",
    ]
