"""Meeting mode driven through its widgets: check-in with PINs, the quorum banner, declarations and
recusal, checklists, minutes, signed votes, the chair's signed decision, read-only afterwards."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from desktop import checklists  # noqa: E402
from desktop.services import decisions, meetings  # noqa: E402
from desktop.ui.common import PinDialog  # noqa: E402
from desktop.ui.meeting import MeetingScreen  # noqa: E402
from desktop.ui.meeting_dialogs import ConflictDialog, MeetingPlan, ScheduleMeetingDialog  # noqa: E402
from tests.ui.meeting_data import MeetingVault, build_template, open_copy  # noqa: E402

LANGUAGES = ["en", "zh_CN"]
# What the quorum banners say, in words, in each language.
TEXT = {
    "en": {
        "short": "No quorum yet: needs 1 more voting member; needs one external member (STER art. 7, 14).",
        "met": "Quorum met: 6 voting members present, every required category represented (STER art. 7, 14).",
        "case_met": "Quorum for T-2026-001 after recusals: met, 5 voting members.",
        "wrong_pin": "Wrong PIN for Wang Jianguo.",
        "recused": "Recused: does not vote on this case",
        "present": "Present",
        "two_votes": "2 of 5 eligible members have voted; a decision needs 4 votes.",
        "pending": "no decision yet: 3 of 5 eligible members still to vote, 4 votes needed",
        "reached": "Approve reached: 4 of 5 eligible votes, 4 needed",
        "signed": "Signed by Wang Jianguo",
        "decided": "Decided: Approve",
        "incomplete": "still to vote: 杨磊 (meeting record, complete votes before a decision).",
        "not_voting": "Not voting: Left the room",
    },
    "zh_CN": {
        "short": "尚未达到法定人数：还需 1 名有表决权的委员；还需 1 名外单位委员"
        "（《科技伦理审查办法（试行）》第七条、第十四条）。",
        "met": "已达到法定人数：6 名有表决权的委员到会，各类委员齐备"
        "（《科技伦理审查办法（试行）》第七条、第十四条）。",
        "case_met": "T-2026-001 回避后的法定人数：已达到，有表决权的委员 5 名。",
        "wrong_pin": "王建国 的PIN码错误。",
        "recused": "已回避：不参加本项目表决",
        "present": "已到会",
        "two_votes": "5 名有表决权的委员中已有 2 名投票；作出决定需要 4 票。",
        "pending": "尚未作出决定：5 名有表决权的委员中还有 3 名未投票，需要 4 票",
        "reached": "已形成决定“批准”：5 票中 4 票赞成，需要 4 票",
        "signed": "由王建国于",
        "decided": "已决定：批准",
        "incomplete": "尚未投票：杨磊（会议记录要求（表决完整后方可作出决定））。",
        "not_voting": "未投票：Left the room",
    },
}
CONFLICT = "I co-developed the triage model under review."


@pytest.fixture(scope="session")
def meeting_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("meeting_template") / "vault"
    return folder, build_template(folder)


@pytest.fixture
def committee_room(meeting_template, tmp_path: Path) -> Iterator[MeetingVault]:
    folder, info = meeting_template
    room = open_copy(folder, info, tmp_path / "vault")
    try:
        yield room
    finally:
        room.vault.close()


def make_screen(qtbot, room: MeetingVault) -> MeetingScreen:
    screen = MeetingScreen(room.vault)
    qtbot.addWidget(screen)
    screen.pin_provider = lambda member, _purpose: room.pins[member.id]
    screen.statement_provider = lambda _member, _case: CONFLICT
    screen.not_voting_provider = lambda _member, _case: "Left the room"
    screen.resize(1300, 850)
    screen.show()
    return screen


def button(screen: MeetingScreen, name: str) -> QPushButton | None:
    return screen.findChild(QPushButton, name)


def sign(qtbot, screen: MeetingScreen, name: str) -> bool:
    """Click a signing button and wait until the signature is stored (or refused)."""
    target = button(screen, name)
    assert target is not None, f"no button {name}"
    with qtbot.waitSignal(screen.actionFinished, timeout=20000) as blocker:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def click(qtbot, screen: MeetingScreen, name: str) -> None:
    target = button(screen, name)
    assert target is not None, f"no button {name}"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def vote(qtbot, screen: MeetingScreen, member_id: str, choice: str) -> bool:
    combo = screen.findChild(QComboBox, f"voteChoice_{member_id}")
    combo.setCurrentIndex(combo.findData(choice))
    return sign(qtbot, screen, f"voteButton_{member_id}")


def check_in_everyone(qtbot, screen: MeetingScreen, room: MeetingVault) -> None:
    for key in ("chair", "vice", "zhang", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"checkInButton_{room.ids[key]}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_whole_meeting_through_the_widgets(qtbot, use_language, committee_room, language):
    room, text = committee_room, TEXT[language]
    use_language(language)
    screen = make_screen(qtbot, room)
    ids = room.ids
    case_id = room.case_ids[0]

    # Check-in, each member with their own PIN; the banner says what is missing, then that it is met.
    for key in ("chair", "vice", "zhang", "chen"):
        assert sign(qtbot, screen, f"checkInButton_{ids[key]}")
    assert screen.quorum_banner.text() == text["short"]
    for key in ("liu", "yang"):
        assert sign(qtbot, screen, f"checkInButton_{ids[key]}")
    assert screen.quorum_banner.text() == text["met"]
    assert screen.findChild(QPushButton, f"checkInButton_{ids['chair']}") is None
    assert meetings.get_meeting(room.vault, room.meeting_id).status == "open"

    # Declarations: Zhang Wei declares a conflict and is recused; everyone else declares none.
    assert button(screen, f"voteButton_{ids['chair']}") is not None
    assert not button(screen, f"voteButton_{ids['chair']}").isEnabled()  # not declared yet
    assert sign(qtbot, screen, f"declareConflictButton_{ids['zhang']}")
    for key in ("chair", "vice", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"declareNoConflictButton_{ids[key]}")
    assert screen.case_banner.text() == text["case_met"]
    assert button(screen, f"voteButton_{ids['zhang']}") is None
    assert screen.findChild(QComboBox, f"voteChoice_{ids['zhang']}") is None
    assert screen.votes.findChild(QLabel, f"voteStatus_{ids['zhang']}").text() == text["recused"]

    # A reviewer answers the checklist; the chair's summary counts the "no" and shows the note.
    screen.tabs.setCurrentIndex(1)
    reviewer = screen.checklist.reviewer
    reviewer.setCurrentIndex(reviewer.findData(ids["chen"]))
    assert reviewer.findData(ids["zhang"]) == -1  # recused members do not review
    first_item = next(checklists.checklists_for(["general"])[0].items()).id
    answer = screen.findChild(QComboBox, f"checklistAnswer_{first_item}")
    note = screen.findChild(QLineEdit, f"checklistNote_{first_item}")
    note.setText("Benefit to patients not argued")
    answer.setCurrentIndex(answer.findData("no"))
    answer.activated.emit(answer.currentIndex())
    assert meetings.checklist_responses(room.vault, case_id) == []  # a draft until the reviewer signs
    assert sign(qtbot, screen, "signChecklistButton")
    assert not button(screen, "signChecklistButton").isEnabled()  # nothing left to sign
    responses = meetings.checklist_responses(room.vault, case_id)
    assert [(r.member_id, r.item_id, r.answer, r.note) for r in responses] == [
        (ids["chen"], first_item, "no", "Benefit to patients not argued")
    ]
    summary = screen.summary.model
    top = summary.item(0, 0)
    assert top.child(0, 2).text() == "1"  # the "no" column of the first item
    assert "Benefit to patients not argued" in top.child(0, 5).text()
    # The AI risk tier is a choice, answered by keyboard: Down from "—" picks the first tier.
    tier = screen.findChild(QComboBox, "checklistAnswer_ai.risk.tier")
    tier.setFocus()
    qtbot.keyClick(tier, Qt.Key.Key_Down)
    assert sign(qtbot, screen, "signChecklistButton")
    first_tier = checklists.checklists_for(["ai"])[1].item("ai.risk.tier").choices[0]
    saved = {r.item_id: r for r in meetings.checklist_responses(room.vault, case_id)}
    assert (saved["ai.risk.tier"].answer, saved["ai.risk.tier"].choice) == ("yes", first_tier.value)
    ai_list = screen.summary.model.item(1, 0)
    tier_row = next(r for r in range(ai_list.rowCount()) if ai_list.child(r, 4).text())
    assert ai_list.child(tier_row, 4).text() == f"{first_tier.label.in_language(language)} 1"

    # The secretary's minutes.
    screen.notes.new_note.setPlainText("The applicant answered questions on bias testing.")
    click(qtbot, screen, "addNoteButton")
    assert "bias testing" in screen.notes.minutes.toPlainText()

    # Signed votes and the live tally; the decision button waits for the rules.
    screen.tabs.setCurrentIndex(4)
    assert vote(qtbot, screen, ids["chair"], "approve")
    assert vote(qtbot, screen, ids["vice"], "approve")
    tally = screen.votes.tally.text()
    assert tally.startswith(text["two_votes"])
    assert text["pending"] in tally
    assert not button(screen, "recordDecisionButton").isEnabled()
    assert vote(qtbot, screen, ids["chen"], "approve")
    assert vote(qtbot, screen, ids["liu"], "approve")
    assert text["reached"] in screen.votes.tally.text()
    assert button(screen, f"voteButton_{ids['chair']}") is None  # nobody votes twice
    assert button(screen, f"voteButton_{ids['yang']}").isEnabled()  # may still vote, cannot change it

    # The presiding chair records the decision and signs it with their PIN, once every eligible
    # member present has voted or is recorded as not voting.
    record = button(screen, "recordDecisionButton")
    assert record.isEnabled()
    screen.decision.follow_up.setValue(6)
    assert not sign(qtbot, screen, "recordDecisionButton")
    assert text["incomplete"] in screen.banner.text()
    assert decisions.decisions_for_case(room.vault, case_id) == []
    click(qtbot, screen, f"notVotingButton_{ids['yang']}")
    assert screen.votes.findChild(QLabel, f"voteStatus_{ids['yang']}").text() == text["not_voting"]
    assert button(screen, f"voteButton_{ids['yang']}") is None
    screen.decision.follow_up.setValue(6)
    assert sign(qtbot, screen, "recordDecisionButton")
    signed = decisions.decisions_for_case(room.vault, case_id)
    assert [(d.decision_type, d.follow_up_months, d.signer_id) for d in signed] == [
        ("approve", 6, ids["chair"])
    ]
    assert signed[0].tally["counts"]["approve"] == 4
    assert screen.decision.signed.text().startswith(text["signed"])

    # Read-only afterwards: no vote or declaration buttons, every input for the case disabled.
    assert not [
        b for b in screen.findChildren(QPushButton) if b.objectName().startswith(("voteButton_", "declare"))
    ]
    assert not record.isVisible()
    assert not screen.decision.reasons.isEnabled() and screen.decision.reasons.isReadOnly()
    assert not screen.decision.follow_up.isEnabled()
    assert not screen.notes.new_note.isEnabled() and not button(screen, "addNoteButton").isEnabled()
    assert not any(c.isEnabled() for c in screen.checklist._combos.values())
    assert text["decided"] in screen.agenda.topLevelItem(0).text(2)
    assert (
        screen.votes.findChild(QLabel, f"voteStatus_{ids['yang']}").text() == text["not_voting"]
    )  # the record says who did not vote
    with pytest.raises(Exception, match="voting is closed"):
        meetings.cast_vote(
            room.vault, room.meeting_id, case_id, ids["yang"], "approve", room.pins[ids["yang"]]
        )

    # The next case on the agenda is still open for input.
    screen.agenda.setCurrentItem(screen.agenda.topLevelItem(1))
    assert screen.room.case.id == room.case_ids[1]
    assert button(screen, f"declareNoConflictButton_{ids['zhang']}") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_pin_is_refused_with_a_message_and_nothing_changes(
    qtbot, use_language, committee_room, language
):
    room = committee_room
    use_language(language)
    screen = make_screen(qtbot, room)
    screen.pin_provider = lambda _member, _purpose: "000000"
    chair = room.ids["chair"]
    assert sign(qtbot, screen, f"checkInButton_{chair}") is False
    assert screen.banner.text() == TEXT[language]["wrong_pin"]
    assert screen.banner.kind == "error"
    assert button(screen, f"checkInButton_{chair}") is not None
    assert meetings.get_meeting(room.vault, room.meeting_id).attending == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_recused_member_is_offered_no_vote_button(qtbot, use_language, committee_room, language):
    room = committee_room
    use_language(language)
    screen = make_screen(qtbot, room)
    check_in_everyone(qtbot, screen, room)
    for key in ("chair", "vice", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"declareNoConflictButton_{room.ids[key]}")
    zhang = room.ids["zhang"]
    assert button(screen, f"voteButton_{zhang}") is not None  # not yet declared: offered, disabled
    assert sign(qtbot, screen, f"declareConflictButton_{zhang}")
    assert button(screen, f"voteButton_{zhang}") is None
    assert button(screen, f"declareNoConflictButton_{zhang}") is None  # a conflict cannot be withdrawn
    others = [room.ids[k] for k in ("chair", "vice", "chen", "liu", "yang")]
    assert all(button(screen, f"voteButton_{m}").isEnabled() for m in others)
    declared = meetings.declarations(room.vault, room.meeting_id, room.case_ids[0])
    assert [(d.member_id, d.statement) for d in declared if d.has_conflict] == [(zhang, CONFLICT)]
    assert screen.votes.findChild(QLabel, f"voteStatus_{zhang}").text() == TEXT[language]["recused"]


@pytest.mark.timeout(120)  # a dialog left open would otherwise wait for ever
def test_the_real_pin_dialog_names_the_member_and_signs_the_check_in(qtbot, committee_room):
    room = committee_room
    screen = MeetingScreen(room.vault)  # the default pin_provider: the modal PIN dialog
    qtbot.addWidget(screen)
    screen.show()
    vice = room.ids["vice"]
    seen = []

    def answer_dialog() -> None:
        dialog = screen.findChild(PinDialog)
        seen.append(dialog.intro.text())
        qtbot.keyClicks(dialog.pin, room.pins[vice])
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_dialog)
    assert sign(qtbot, screen, f"checkInButton_{vice}")
    assert "Li Xiumei" in seen[0]
    assert meetings.get_meeting(room.vault, room.meeting_id).attending == (vice,)

    def cancel_dialog() -> None:
        screen.findChild(PinDialog).reject()

    QTimer.singleShot(0, cancel_dialog)
    assert sign(qtbot, screen, f"checkInButton_{room.ids['chair']}") is False
    assert meetings.get_meeting(room.vault, room.meeting_id).attending == (vice,)


def test_check_in_by_keyboard_moves_focus_to_the_next_member(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    first = button(screen, f"checkInButton_{room.ids['chair']}")
    first.setFocus()
    with qtbot.waitSignal(screen.actionFinished, timeout=20000):
        qtbot.keyClick(first, Qt.Key.Key_Space)
    assert screen.focusWidget() is button(screen, f"checkInButton_{room.ids['vice']}")


def test_tab_order_follows_the_screen_after_rows_are_rebuilt(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    for key in ("chair", "vice"):
        assert sign(qtbot, screen, f"checkInButton_{room.ids[key]}")
    screen.tabs.setCurrentIndex(4)
    visited, widget = [], screen.meeting_combo
    for _ in range(200):
        visited.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is screen.meeting_combo:
            break
    wanted = [
        "meetingCombo",
        "scheduleMeetingButton",
        f"leaveButton_{room.ids['chair']}",  # rebuilt after the check-ins, still in reading order
        f"checkInButton_{room.ids['zhang']}",
        "agendaList",
        f"declareNoConflictButton_{room.ids['chair']}",
        f"voteButton_{room.ids['chair']}",
        "decisionConditions",
        "recordDecisionButton",
    ]
    positions = [visited.index(name) for name in wanted]
    assert positions == sorted(positions)


def _unnamed_inputs(top) -> list[str]:
    """Inputs and buttons a screen reader could not name (Qt's own inner parts skipped)."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton, QPlainTextEdit)
    missing = []
    for child in {c for kind in kinds for c in top.findChildren(kind)}:
        parent, inner = child.parentWidget(), False
        while parent is not None and parent is not top:
            inner = inner or isinstance(parent, kinds) or type(parent).__name__.startswith("QCalendar")
            parent = parent.parentWidget()
        if inner or isinstance(child, QHeaderView) or child.objectName().startswith("qt_"):
            continue
        if not (child.accessibleName() or (isinstance(child, QAbstractButton) and child.text())):
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return sorted(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_input_and_button_has_an_accessible_name(qtbot, use_language, committee_room, language):
    from desktop.services import cases

    room = committee_room
    use_language(language)
    screen = make_screen(qtbot, room)
    for key in ("chair", "vice"):
        assert sign(qtbot, screen, f"checkInButton_{room.ids[key]}")
    assert sign(qtbot, screen, f"declareNoConflictButton_{room.ids['chair']}")
    dialogs = [
        ConflictDialog("张伟", cases.get_case(room.vault, room.case_ids[0])),
        ScheduleMeetingDialog([cases.get_case(room.vault, room.case_ids[0])]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    assert [(type(w).__name__, _unnamed_inputs(w)) for w in (screen, *dialogs)] == [
        ("MeetingScreen", []),
        ("ConflictDialog", []),
        ("ScheduleMeetingDialog", []),
    ]


def test_signing_runs_off_the_gui_thread(qtbot, committee_room, monkeypatch):
    room = committee_room
    screen = make_screen(qtbot, room)
    threads = []
    real = meetings.check_in

    def watched(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(meetings, "check_in", watched)
    assert sign(qtbot, screen, f"checkInButton_{room.ids['chair']}")
    assert threads and threads[0] != threading.get_ident()


def test_consultant_checks_in_but_neither_counts_for_quorum_nor_votes(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    for key in ("chair", "vice", "zhang", "chen", "wu"):
        assert sign(qtbot, screen, f"checkInButton_{room.ids[key]}")
    assert screen.quorum_banner.text() == TEXT["en"]["short"]  # the external consultant does not count
    wu = room.ids["wu"]
    assert sign(qtbot, screen, f"declareNoConflictButton_{wu}")
    assert button(screen, f"voteButton_{wu}") is None
    assert screen.votes.findChild(QLabel, f"voteStatus_{wu}").text() == "Consultant: advises, does not vote"


def test_a_conflict_needs_a_statement(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    assert sign(qtbot, screen, f"checkInButton_{room.ids['zhang']}")
    screen.statement_provider = lambda _member, _case: "   "
    asked = []
    screen.pin_provider = lambda member, _purpose: asked.append(member.id) or room.pins[member.id]
    click(qtbot, screen, f"declareConflictButton_{room.ids['zhang']}")
    assert asked == []  # no PIN is asked for a declaration that cannot be saved
    assert screen.banner.text() == "Describe the conflict of interest in the declaration."
    assert meetings.declarations(room.vault, room.meeting_id, room.case_ids[0]) == []
    assert button(screen, f"declareNoConflictButton_{room.ids['zhang']}") is not None


def test_a_member_leaving_brings_the_shortfall_back(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    check_in_everyone(qtbot, screen, room)
    assert screen.quorum_banner.text() == TEXT["en"]["met"]
    click(qtbot, screen, f"leaveButton_{room.ids['liu']}")
    click(qtbot, screen, f"leaveButton_{room.ids['yang']}")
    assert screen.quorum_banner.text() == TEXT["en"]["short"]
    assert button(screen, f"checkInButton_{room.ids['liu']}") is not None


def test_decision_needs_reasons_before_any_pin_is_asked(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    check_in_everyone(qtbot, screen, room)
    for key in ("chair", "vice", "zhang", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"declareNoConflictButton_{room.ids[key]}")
    for key in ("chair", "vice", "zhang", "chen"):
        assert vote(qtbot, screen, room.ids[key], "approve_after_modification")
    asked = []
    screen.pin_provider = lambda member, _purpose: asked.append(member.id) or room.pins[member.id]
    click(qtbot, screen, "recordDecisionButton")
    assert asked == []
    assert screen.banner.text() == "List the modifications required for approval after modification."
    assert decisions.decisions_for_case(room.vault, room.case_ids[0]) == []
    for key in ("liu", "yang"):  # present, eligible, and not voting: recorded with the reason
        click(qtbot, screen, f"notVotingButton_{room.ids[key]}")
    screen.decision.conditions.setPlainText("Add the compensation clause to the consent form.")
    screen.decision.reasons.setPlainText("Consent form incomplete.")
    assert sign(qtbot, screen, "recordDecisionButton")
    assert asked == [room.ids["chair"]]
    [decided] = decisions.decisions_for_case(room.vault, room.case_ids[0])
    assert decided.decision_type == "approve_after_modification"
    assert decided.conditions == "Add the compensation clause to the consent form."


def test_the_signed_decisions_letter_is_issued_from_the_meeting_room(qtbot, committee_room):
    from desktop.ui.issue_documents import IssueChoice

    room = committee_room
    screen = make_screen(qtbot, room)
    letter = button(screen, "meetingDecisionLetterButton")
    check_in_everyone(qtbot, screen, room)
    for key in ("chair", "vice", "zhang", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"declareNoConflictButton_{room.ids[key]}")
        assert vote(qtbot, screen, room.ids[key], "approve")
    screen.tabs.setCurrentIndex(4)
    assert not letter.isVisible()  # nothing signed yet: no letter to issue
    assert sign(qtbot, screen, "recordDecisionButton")
    assert letter.isVisible() and letter.isEnabled()
    asked = []
    screen.issuer.choice_provider = lambda kind, candidates, default, language: (
        asked.append(kind) or IssueChoice(next(c for c in candidates if c.id == default), "en")
    )
    with qtbot.waitSignal(screen.issuer.issued, timeout=60_000) as issued:
        qtbot.mouseClick(letter, Qt.MouseButton.LeftButton)
    window = issued.args[0]
    assert asked == ["decision_letter"]
    assert window.name == "decision-letter-T-2026-001-en.pdf" and window.check.ok
    window.close()


def test_a_split_vote_reaches_no_decision_and_the_chair_cannot_record_one(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    check_in_everyone(qtbot, screen, room)
    for key in ("chair", "vice", "zhang", "chen", "liu", "yang"):
        assert sign(qtbot, screen, f"declareNoConflictButton_{room.ids[key]}")
    assert screen.decision.decided.text() == "The decision can be recorded once the votes reach one."
    for key, choice in (("chair", "approve"), ("vice", "approve"), ("zhang", "approve")):
        assert vote(qtbot, screen, room.ids[key], choice)
    for key in ("chen", "liu", "yang"):
        assert vote(qtbot, screen, room.ids[key], "disapprove")
    assert screen.decision.decided.text() == (
        "No decision reached: at most 3 of 6 eligible votes for one decision, 4 needed"
    )
    assert not button(screen, "recordDecisionButton").isEnabled()
    assert not screen.decision.reasons.isEnabled()


def test_vice_chair_presides_when_the_chair_is_recused(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    check_in_everyone(qtbot, screen, room)
    assert sign(qtbot, screen, f"declareConflictButton_{room.ids['chair']}")
    assert screen.decision.presiding.text() == "Presiding for this case: Li Xiumei"


def test_switching_language_retranslates_the_banner(qtbot, use_language, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    for key in ("chair", "vice", "zhang", "chen"):
        assert sign(qtbot, screen, f"checkInButton_{room.ids[key]}")
    assert screen.quorum_banner.text() == TEXT["en"]["short"]
    use_language("zh_CN")
    assert screen.quorum_banner.text() == TEXT["zh_CN"]["short"]
    assert screen.tabs.tabText(0) != "&Declarations"


def test_scheduling_a_meeting_puts_it_in_the_room(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    when = datetime.now(UTC) + timedelta(days=7)
    screen.plan_provider = lambda: MeetingPlan("第2次审查会议", when, "第二会议室", False, [room.case_ids[1]])
    click(qtbot, screen, "scheduleMeetingButton")
    assert screen.room.meeting.title == "第2次审查会议"
    assert screen.room.meeting.agenda == (room.case_ids[1],)
    assert screen.meeting_combo.count() == 2
    assert screen.agenda.topLevelItemCount() == 1


def test_the_dashboard_opens_a_meeting_by_id(qtbot, committee_room):
    room = committee_room
    later = meetings.schedule_meeting(room.vault, datetime.now(UTC) + timedelta(days=3), [room.case_ids[1]])
    screen = make_screen(qtbot, room)
    assert screen.room.meeting.id == later.id  # nothing open: the next planned meeting is shown
    screen.open_item(room.meeting_id)
    assert screen.room.meeting.id == room.meeting_id
    assert screen.meeting_combo.currentData() == room.meeting_id
    screen.open_item("no-such-meeting")
    assert screen.banner.text() == "Meeting not found: no-such-meeting"
    assert screen.room.meeting.id == room.meeting_id


def test_schedule_dialog_refuses_an_empty_agenda(qtbot, committee_room):
    from desktop.services import cases

    dialog = ScheduleMeetingDialog([cases.get_case(committee_room.vault, committee_room.case_ids[0])])
    qtbot.addWidget(dialog)
    dialog.agenda.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog._accept()
    assert dialog.result() == 0 and not dialog.problem.isHidden()
    dialog.agenda.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.title.setText("Extra meeting")
    plan = dialog.plan()
    assert plan.case_ids == [committee_room.case_ids[0]] and plan.held_at.tzinfo is not None


def test_closed_meeting_takes_no_more_input(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    screen.confirm_close = lambda: True
    click(qtbot, screen, "closeMeetingButton")
    assert meetings.get_meeting(room.vault, room.meeting_id).status == "closed"
    assert not button(screen, f"checkInButton_{room.ids['chair']}").isEnabled()
    assert not button(screen, "closeMeetingButton").isEnabled()


def test_a_declaration_is_signed_with_the_members_pin_and_a_wrong_pin_changes_nothing(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    liu = room.ids["liu"]
    assert sign(qtbot, screen, f"checkInButton_{liu}")
    asked = []
    screen.pin_provider = lambda member, purpose: asked.append((member.id, purpose)) or "000000"
    assert sign(qtbot, screen, f"declareNoConflictButton_{liu}") is False
    assert asked == [(liu, "Your PIN signs your declaration of no conflict of interest in T-2026-001.")]
    assert screen.banner.kind == "error"
    assert meetings.declarations(room.vault, room.meeting_id, room.case_ids[0]) == []
    screen.pin_provider = lambda member, _purpose: room.pins[member.id]
    assert sign(qtbot, screen, f"declareNoConflictButton_{liu}")
    assert [(d.member_id, d.has_conflict) for d in meetings.declarations(room.vault, room.meeting_id)] == [
        (liu, False)
    ]


def test_checklist_answers_are_signed_together_and_a_wrong_pin_keeps_them_as_drafts(qtbot, committee_room):
    room = committee_room
    screen = make_screen(qtbot, room)
    chen = room.ids["chen"]
    assert sign(qtbot, screen, f"checkInButton_{chen}")
    screen.tabs.setCurrentIndex(1)
    screen.checklist.reviewer.setCurrentIndex(screen.checklist.reviewer.findData(chen))
    items = [i.id for i in checklists.checklists_for(["general"])[0].items()][:2]
    for item_id in items:
        combo = screen.findChild(QComboBox, f"checklistAnswer_{item_id}")
        combo.setCurrentIndex(combo.findData("yes"))
        combo.activated.emit(combo.currentIndex())
    assert [e.item_id for e in screen.checklist.pending()] == items
    assert "2 not signed yet" in screen.checklist.progress.text()
    screen.pin_provider = lambda _member, _purpose: "000000"
    assert sign(qtbot, screen, "signChecklistButton") is False
    assert meetings.checklist_responses(room.vault, room.case_ids[0]) == []
    assert [e.item_id for e in screen.checklist.pending()] == items  # still there to sign
    asked = []
    screen.pin_provider = lambda member, purpose: asked.append((member.id, purpose)) or room.pins[member.id]
    assert sign(qtbot, screen, "signChecklistButton")
    assert asked == [(chen, "Your PIN signs your 2 checklist answer(s) on T-2026-001.")]
    saved = meetings.checklist_responses(room.vault, room.case_ids[0])
    assert sorted((r.member_id, r.item_id, r.answer) for r in saved) == sorted(
        (chen, i, "yes") for i in items
    )
    assert screen.checklist.pending() == []


REFUSALS = {
    "en": {
        "term": "王建国 cannot take part: the term ended on {end}; the secretary can record a renewal "
        "(STER art. 7).",
        "early": "The meeting is scheduled for {day}; nothing can be recorded in it before that day "
        "(meeting record, nothing recorded before the meeting day).",
    },
    "zh_CN": {
        "term": "王建国不能参加：任期已于{end}届满；秘书可以记录续聘（《科技伦理审查办法（试行）》第七条）。",
        "early": "会议定于{day}召开；在此之前不能记录任何会议内容（会议记录要求（会议召开前不得记录））。",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_member_whose_term_ended_is_refused_check_in_with_the_rule(
    qtbot, use_language, committee_room, language
):
    from datetime import date, timedelta

    from desktop.models import Member

    room = committee_room
    ended = date.today() - timedelta(days=1)
    with room.vault.session() as s:
        s.get(Member, room.ids["chair"]).term_end = ended
    use_language(language)
    screen = make_screen(qtbot, room)
    assert not sign(qtbot, screen, f"checkInButton_{room.ids['chair']}")
    assert screen.banner.text() == REFUSALS[language]["term"].format(end=ended.isoformat())
    assert meetings.get_meeting(room.vault, room.meeting_id).attending == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_check_in_before_the_meeting_day_is_refused_with_the_rule(
    qtbot, use_language, committee_room, language
):
    from datetime import UTC, datetime, timedelta

    from desktop.models import Meeting

    room = committee_room
    later = datetime.now(UTC) + timedelta(days=3)
    with room.vault.session() as s:
        s.get(Meeting, room.meeting_id).held_at = later
    use_language(language)
    screen = make_screen(qtbot, room)
    assert not sign(qtbot, screen, f"checkInButton_{room.ids['vice']}")
    day = later.astimezone(meetings.local_tz()).date().isoformat()
    assert screen.banner.text() == REFUSALS[language]["early"].format(day=day)
    assert meetings.get_meeting(room.vault, room.meeting_id).attending == ()
