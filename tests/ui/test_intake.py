"""Intake of a new case: materials missing listed at once, the procedure's verdict, reviewers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import rules
from desktop.services import case_search, cases
from desktop.services.case_search import CaseQuery
from desktop.ui.intake import IntakeDialog
from tests.conftest import make_case

ALL = [m.id for m in rules.required_materials()]


@pytest.fixture
def dialog(qtbot, vault, roster):
    widget = IntakeDialog(vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 850)
    widget.show()
    return widget


def fill(dialog: IntakeDialog, reference="C-100", title="Wearable sleep study", risk="moderate", humans=True):
    dialog.reference_edit.setText(reference)
    dialog.title_edit.setText(title)
    dialog.applicant_edit.setText("Dr Sun")
    dialog.domain_boxes["life_science_medicine"].setChecked(True)
    dialog.humans_box.setChecked(humans)
    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData(risk))


def tick(dialog: IntakeDialog, materials=(), reviewers=()) -> None:
    for material in materials:
        dialog.materials_list.set_checked(material, True)
    for member_id in reviewers:
        dialog.reviewers_list.set_checked(member_id, True)


def save(qtbot, dialog: IntakeDialog):
    assert dialog.save_button.isEnabled(), dialog.blockers.text()
    with qtbot.waitSignal(dialog.caseCreated, timeout=10_000) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return created.args[0]


def test_everything_missing_is_listed_at_once_and_saved_as_incomplete(qtbot, vault, dialog):
    fill(dialog)
    tick(dialog, materials=["overview", "funding"])
    missing = [m for m in ALL if m not in ("overview", "funding")]
    assert dialog.missing_title.text().startswith(f"Missing, to tell the applicant at once ({len(missing)}")
    lines = dialog.missing_text.text().splitlines()
    assert len(lines) == len(missing) == 9
    assert "• Informed consent form" in lines and "• Emergency plan" in lines

    case_id = save(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1  # the list for the applicant, shown once saved
    told = dialog.notice.text.toPlainText().splitlines()
    assert len(told) == 9 and told[0].startswith("1. ")
    assert "C-100" in dialog.notice.title.text() and "incomplete" in dialog.notice.title.text()
    assert cases.get_case(vault, case_id).status == "incomplete"


def test_tick_all_marks_every_material_received_in_one_click(qtbot, vault, dialog):
    fill(dialog)
    assert dialog.materials_list.checked_ids() == set()  # nothing is assumed received
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    assert dialog.materials_list.checked_ids() == set(ALL)
    assert dialog.missing_title.text() == "Every required material is provided."
    dialog.materials_list.set_checked("funding", False)  # then untick what did not arrive
    assert dialog.missing_text.text() == "• Source of funding"
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    case_id = save(qtbot, dialog)
    assert cases.get_case(vault, case_id).status == "accepted"


def test_materials_not_required_for_this_case_are_not_asked_for(dialog):
    fill(dialog, humans=False)
    dialog.domain_boxes["life_science_medicine"].setChecked(False)  # general only, no participants
    tick(dialog, materials=[m for m in ALL if m not in ("consent_form", "sample_data_origin")])
    assert dialog.missing_title.text() == "Every required material is provided."
    assert "consent_form" not in dialog.checks.applicable


def test_the_rules_verdict_refuses_a_procedure_the_case_may_not_use(dialog):
    fill(dialog, risk="moderate")
    dialog.procedure_buttons["simplified"].setChecked(True)
    assert dialog.verdict_label.text().startswith("Not allowed: no ground for the simplified procedure")
    assert "the risk is Moderate" in dialog.verdict_label.text()
    assert not dialog.save_button.isEnabled()
    assert "“Simplified procedure” may not be used" in dialog.blockers.text()

    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData("minimal"))
    assert dialog.verdict_label.text() == "Allowed: the risk is not above minimal (STER art. 22-24)."

    dialog.rereview_list.set_checked("STER-annex-4", True)  # on the expert re-review list
    assert "needs a meeting, never the simplified procedure" in dialog.verdict_label.text()
    assert not dialog.save_button.isEnabled()

    dialog.procedure_buttons["emergency"].setChecked(True)
    assert "only for a public emergency" in dialog.verdict_label.text()
    dialog.emergency_box.setChecked(True)
    assert dialog.verdict_label.text().startswith("Allowed: a public emergency")


def test_simplified_procedure_needs_two_reviewers(qtbot, vault, roster, dialog):
    fill(dialog, risk="minimal")
    tick(dialog, materials=ALL)
    dialog.procedure_buttons["simplified"].setChecked(True)
    tick(dialog, reviewers=[roster["Sci Zhang"]])
    assert not dialog.save_button.isEnabled()
    assert dialog.reviewers_note.text().endswith("1 chosen.")
    assert "Choose at least 2 reviewers" in dialog.blockers.text()
    assert roster["Consultant Qian"] not in dialog.reviewers_list.ids()  # consultants never review

    tick(dialog, reviewers=[roster["Eth Zhao"]])
    case_id = save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted  # accepted: nothing further to tell
    case = cases.get_case(vault, case_id)
    assert case.status == "accepted" and case.procedure == "simplified"
    assert set(case.reviewers) == {roster["Sci Zhang"], roster["Eth Zhao"]}


def test_required_fields_and_risk_are_asked_for_before_saving(dialog):
    assert not dialog.save_button.isEnabled()
    assert "Enter the reference number, the title and the applicant." in dialog.blockers.text()
    assert "Choose the risk level." in dialog.blockers.text()
    fill(dialog)
    assert dialog.save_button.isEnabled() and dialog.blockers.text() == ""


def test_the_title_hints_at_the_expert_re_review_list(dialog):
    fill(dialog, title="侵入式脑机接口治疗难治性抑郁症的临床研究")
    assert "list item 4" in dialog.rereview_hint.text()
    dialog.rereview_list.set_checked("STER-annex-4", True)
    assert dialog.rereview_hint.text() == ""


def test_a_refused_save_shows_the_service_error_and_changes_nothing(qtbot, vault, dialog):
    make_case(vault, reference="C-1")
    before = case_search.count_matching(vault, CaseQuery())
    fill(dialog, reference="C-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == "A case with reference C-1 already exists."
    assert case_search.count_matching(vault, CaseQuery()) == before
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_intake_in_chinese(dialog, use_language):
    use_language("zh_CN")
    fill(dialog)
    assert dialog.windowTitle() == "新建项目（受理）"
    assert "知情同意书" in dialog.missing_text.text()
    dialog.procedure_buttons["simplified"].setChecked(True)
    assert dialog.verdict_label.text().startswith("不允许")


def test_a_title_matching_the_rereview_list_asks_for_the_determination_at_intake(
    qtbot, vault, roster, dialog
):
    from desktop.services import rereview_list
    from tests.conftest import PIN

    fill(dialog, title="Invasive brain–computer interface for epilepsy")
    tick(dialog, materials=ALL)
    case_id = save(qtbot, dialog)
    asked = dialog.rereview_dialog
    assert asked is not None and asked.isVisible()
    assert dialog.isVisible()  # intake waits for the determination
    asked.pin_provider = lambda _member, _purpose: PIN
    asked.not_on_list.setChecked(True)
    asked.reason.setPlainText("Scalp EEG only; nothing is implanted.")
    asked.signer.setCurrentIndex(asked.signer.findData(roster["Vice Li"]))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(asked.save_button, Qt.MouseButton.LeftButton)
    [made] = rereview_list.determinations(vault, case_id)
    assert (made.on_list, made.reason, made.signer_id) == (
        False,
        "Scalp EEG only; nothing is implanted.",
        roster["Vice Li"],
    )
    assert not rereview_list.status(vault, case_id).undetermined


def test_no_determination_asked_when_the_text_matches_nothing(qtbot, dialog):
    fill(dialog)
    tick(dialog, materials=ALL)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        save(qtbot, dialog)
    assert dialog.rereview_dialog is None


def test_no_determination_asked_when_the_matched_item_is_ticked(qtbot, vault, dialog):
    fill(dialog, title="Invasive brain–computer interface for epilepsy")
    tick(dialog, materials=ALL)
    dialog.rereview_list.set_checked("STER-annex-4", True)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        case_id = save(qtbot, dialog)
    assert dialog.rereview_dialog is None
    assert cases.get_case(vault, case_id).rereview_items == ("STER-annex-4",)


def test_cancelling_the_determination_leaves_the_case_undetermined(qtbot, vault, dialog):
    from desktop.services import rereview_list

    fill(dialog, title="Invasive brain–computer interface for epilepsy")
    tick(dialog, materials=ALL)
    case_id = save(qtbot, dialog)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.rereview_dialog.reject()
    assert rereview_list.determinations(vault, case_id) == []
    assert rereview_list.status(vault, case_id).undetermined
