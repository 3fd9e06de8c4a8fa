"""The case detail: metadata, documents with versions, drag-and-drop import, checklists, decisions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.services import cases, documents
from desktop.ui.case_detail import CaseDetail
from desktop.ui.case_documents import DOC_ROLE, VERSION_ROLE
from tests.conftest import make_case


def shown(qtbot, vault, case_id: str) -> CaseDetail:
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.resize(1200, 800)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(case_id)
    return detail


@pytest.fixture
def demo_case(qtbot, open_demo_vault, demo):
    """BJSTEC-2026-031: two documents, two reviewers who answered, one signed decision."""
    return shown(qtbot, open_demo_vault, demo["case_ids"][0])


def test_metadata_in_words(demo_case):
    values = {key: label.text() for key, label in demo_case.field_values.items()}
    assert demo_case.heading.text().startswith("BJSTEC-2026-031 · 新型降压药物XK-217")
    assert demo_case.status_label.text() == "Decided"
    assert values["domains"] == "General, Life sciences and medicine"
    assert values["risk"] == "Moderate" and values["humans"] == "Yes"
    assert values["reviewers"] == "Chen Jing, Li Xiumei"
    assert values["materials"] == "Every required material is provided (STER art. 9)."  # from basis.py
    assert values["rereview"] == "Not on the list"


def test_documents_with_their_versions(demo_case):
    model = demo_case.documents.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["protocol", "consent"]
    protocol = model.index(0, 0)
    assert model.rowCount(protocol) == 1
    assert model.index(0, 0, protocol).data() == "Version 1: protocol.pdf"
    assert model.index(0, 1, protocol).data() == "application/pdf"


def test_opening_versions_shows_pdf_and_text_from_memory(qtbot, demo_case):
    panel = demo_case.documents
    with qtbot.waitSignal(panel.documentShown, timeout=10_000) as pdf:
        panel.tree.setCurrentIndex(panel.model.index(0, 0))
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert pdf.args == ["pdf"] and panel.viewer.page_count == 1
    consent = panel.model.index(0, 0, panel.model.index(1, 0))
    with qtbot.waitSignal(panel.documentShown, timeout=10_000) as text:
        panel.tree.setCurrentIndex(consent)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert text.args == ["text"]
    assert panel.viewer.text.toPlainText().startswith("知情同意书")
    assert panel.viewer.text.isReadOnly()


def test_checklist_progress_of_each_reviewer(demo_case):
    progress = demo_case.checklists.progress_model
    rows = [[progress.index(r, c).data() for c in range(5)] for r in range(progress.rowCount())]
    assert rows == [
        ["Chen Jing", "Reviewer", "29 of 29 (100%)", "2", "2"],
        ["Li Xiumei", "Reviewer", "29 of 29 (100%)", "0", "0"],
    ]
    assert demo_case.checklists.concerns_model.rowCount() == 2
    assert demo_case.checklists.concerns_model.index(0, 4).data() == "Chen Jing: 补偿与损害赔偿条款不完整"
    assert "0 items not yet answered" in demo_case.checklists.intro.text()


def test_decisions_list(demo_case):
    model = demo_case.decisions.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (1, 2, 3)] == [
        "Approve after modification",
        "Final",
        "Wang Jianguo",
    ]
    assert model.index(0, 5).data().startswith("Conditions: 知情同意书须补充")


# -- drag and drop (on a fresh vault: it writes) ----------------------------------------------
def _drop(target, paths: list[Path], at: QPoint) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(  # Qt's drag-enter event takes a QPoint, its drop event a QPointF
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop


def test_dropped_files_become_documents_and_new_versions(qtbot, vault, tmp_path):
    case = make_case(vault)
    detail = shown(qtbot, vault, case.id)
    first, second = tmp_path / "protocol.txt", tmp_path / "appendix.txt"
    first.write_text("protocol v1", "utf-8")
    second.write_text("appendix", "utf-8")
    with qtbot.waitSignal(detail.loaded, timeout=10_000):  # the import, then the reload
        _drop(detail, [first, second], QPoint(20, 20))  # anywhere on the case
    assert detail.tabs.currentWidget() is detail.documents
    assert [d.title for d in documents.list_documents(vault, case.id)] == ["protocol", "appendix"]

    panel = detail.documents
    revised = tmp_path / "protocol-v2.txt"
    revised.write_text("protocol v2", "utf-8")
    rect = panel.tree.visualRect(panel.model.index(0, 0))
    on_protocol = panel.tree.viewport().mapTo(panel, rect.center())
    assert panel.document_at(on_protocol) == panel.model.index(0, 0).data(DOC_ROLE)
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        _drop(panel, [revised], on_protocol)
    protocol = documents.list_documents(vault, case.id)[0]
    assert [v.original_name for v in protocol.versions] == ["protocol.txt", "protocol-v2.txt"]
    newest = panel.model.index(0, 0, panel.model.index(0, 0))
    assert newest.data() == "Version 2: protocol-v2.txt"  # newest version listed first
    assert newest.data(VERSION_ROLE) == protocol.latest.id


def test_dragging_a_folder_or_a_web_link_is_refused(qtbot, vault, tmp_path):
    detail = shown(qtbot, vault, make_case(vault).id)
    for urls in ([QUrl.fromLocalFile(str(tmp_path))], [QUrl("https://example.org/a.pdf")]):
        mime = QMimeData()
        mime.setUrls(urls)
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        enter.ignore()
        QApplication.sendEvent(detail, enter)
        assert not enter.isAccepted()


def test_an_import_over_the_size_limit_is_refused_with_a_message(qtbot, vault, tmp_path):
    from desktop.services import committee

    committee.update_settings(vault, "secretary", max_document_mb=1)
    case = make_case(vault)
    detail = shown(qtbot, vault, case.id)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + bytes(1_100_000))
    with qtbot.waitSignal(detail.documents.importsFinished, timeout=10_000) as finished:
        detail.documents.import_files([big])
    assert finished.args == [0]
    assert detail.documents.error.text() == "The document is larger than the limit of 1.0 MB."
    assert documents.list_documents(vault, case.id) == []


def test_cancelling_an_import_stops_it_and_keeps_no_document(qtbot, vault, tmp_path, monkeypatch):
    case = make_case(vault)
    detail = shown(qtbot, vault, case.id)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(300_000))
    import_file, writing, cancel_pressed = documents.import_file, threading.Event(), threading.Event()

    def held_import(*args, progress, **kwargs):
        def step(written: int) -> None:  # the first chunk waits until Cancel has been pressed
            writing.set()
            cancel_pressed.wait(10)
            progress(written)

        return import_file(*args, progress=step, **kwargs)

    monkeypatch.setattr(documents, "import_file", held_import)
    detail.documents.import_files([scan])
    qtbot.waitUntil(writing.is_set, timeout=10_000)
    with qtbot.waitSignal(detail.documents.importsFinished, timeout=10_000) as finished:
        qtbot.mouseClick(detail.documents.cancel_button, Qt.MouseButton.LeftButton)
        cancel_pressed.set()
    assert finished.args == [0] and detail.documents.error.text() == ""
    assert documents.list_documents(vault, case.id) == []


def test_materials_sent_later_are_recorded_and_the_case_accepted(qtbot, vault):
    case = cases.add_case(
        vault, reference="C-9", title="Late papers", applicant="Dr Late", domains=["data"],
        risk_level="low", materials=["overview", "plan_and_risks"],
    )  # fmt: skip
    assert not cases.accept_case(vault, case.id).accepted  # incomplete: the applicant was told
    detail = shown(qtbot, vault, case.id)
    assert detail.materials_button.isVisible()
    qtbot.mouseClick(detail.materials_button, Qt.MouseButton.LeftButton)
    dialog = detail.materials_dialog
    missing = dialog.materials.ids()
    assert len(missing) == len(detail.dossier.missing) > 2 and not dialog.save_button.isEnabled()

    dialog.materials.set_checked(missing[0], True)  # one arrives: still incomplete, the rest listed again
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.accepted_case is False
    assert len(dialog.notice.text.toPlainText().splitlines()) == len(missing) - 1
    assert cases.get_case(vault, case.id).status == "incomplete"
    dialog.notice.close_button.click()

    qtbot.mouseClick(detail.materials_button, Qt.MouseButton.LeftButton)
    dialog = detail.materials_dialog
    for material in dialog.materials.ids():
        dialog.materials.set_checked(material, True)
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.accepted_case is True
    assert cases.get_case(vault, case.id).status == "accepted"
    assert detail.status_label.text() == "Accepted" and not detail.materials_button.isVisible()


def test_case_detail_in_chinese(qtbot, demo_case, use_language):
    use_language("zh_CN")
    assert demo_case.tabs.tabText(1).startswith("文档")
    assert demo_case.field_values["humans"].text() == "是"
    assert demo_case.checklists.progress_model.index(0, 1).data() == "审查委员"


def test_decision_limit_extended_from_the_case_screen(qtbot, vault, use_language):
    from datetime import timedelta

    from desktop.services import deadlines

    case = make_case(vault, reference="C-10")
    before = cases.get_case(vault, case.id).due_at
    detail = shown(qtbot, vault, case.id)
    assert detail.extend_button.isVisible()
    qtbot.mouseClick(detail.extend_button, Qt.MouseButton.LeftButton)
    dialog = detail.extension_dialog
    assert not dialog.save_button.isEnabled()  # no reason yet
    assert "STER art. 17" in dialog.intro.text()
    new_day = before.astimezone().date() + timedelta(days=20)
    dialog.until.setDate(new_day)
    dialog.reason.setPlainText("Waiting for the DSMB report.")
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [ext] = deadlines.extensions(vault, case.id)
    assert ext.reason == "Waiting for the DSMB report." and ext.previous_due == before
    assert ext.new_due.astimezone().date() == new_day
    assert new_day.isoformat() in detail.field_values["due"].text()

    # The same dialog in Chinese cites the regulation in Chinese.
    use_language("zh_CN")
    qtbot.mouseClick(detail.extend_button, Qt.MouseButton.LeftButton)
    assert "《科技伦理审查办法（试行）》第十七条" in detail.extension_dialog.intro.text()
    detail.extension_dialog.reject()


def test_no_extension_offered_once_decided(demo_case):
    assert not demo_case.extend_button.isVisible()


def test_a_case_matching_the_rereview_list_gets_a_signed_determination(qtbot, vault, roster):
    from desktop.services import rereview_list
    from tests.conftest import PIN

    case = make_case(vault, reference="C-11", title="Invasive brain–computer interface for epilepsy")
    detail = shown(qtbot, vault, case.id)
    assert detail.rereview_button.isVisible()
    assert "not yet determined" in detail.field_values["rereview"].text()
    qtbot.mouseClick(detail.rereview_button, Qt.MouseButton.LeftButton)
    dialog = detail.rereview_dialog
    dialog.pin_provider = lambda _member, _purpose: PIN
    assert "STER" in dialog.intro.text() and not dialog.save_button.isEnabled()
    dialog.not_on_list.setChecked(True)
    assert not dialog.save_button.isEnabled()  # "not on the list" needs the reason
    dialog.reason.setPlainText("Scalp EEG only; nothing is implanted.")
    dialog.signer.setCurrentIndex(dialog.signer.findData(roster["Chair Chen"]))
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [made] = rereview_list.determinations(vault, case.id)
    assert (made.on_list, made.signer_id) == (False, roster["Chair Chen"])
    assert not detail.rereview_button.isVisible()
    assert detail.field_values["rereview"].text() == (
        "Determined not to be on the list: Scalp EEG only; nothing is implanted."
    )


def test_an_objection_is_recorded_from_the_case_screen(qtbot, vault, roster):
    from desktop.services import objections
    from tests.test_regimes import _decided

    case, _decision = _decided(vault, roster)
    case_id = case.id
    detail = shown(qtbot, vault, case_id)
    assert detail.objection_button.isVisible()
    qtbot.mouseClick(detail.objection_button, Qt.MouseButton.LeftButton)
    dialog = detail.objection_dialog
    assert not dialog.save_button.isEnabled()
    dialog.text.setPlainText("The modifications asked for are not needed.")
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [made] = objections.objections_for_case(vault, case_id)
    assert made.text == "The modifications asked for are not needed." and made.outcome is None
    assert not detail.objection_button.isVisible()  # one objection waits for its review
