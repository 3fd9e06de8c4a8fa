"""Case jobs through the real widgets: edit a case after intake (audited), and issue the formal
one-time notice of missing materials as a signed PDF straight from intake."""

from __future__ import annotations

import subprocess

from desktop.documents import api
from desktop.services import cases, committee, records
from desktop.ui.case_detail import CaseDetail
from desktop.ui.intake import IntakeDialog
from tests.conftest import PIN, make_case
from tests.ui.test_intake import fill, save, tick
from tests.ui.test_issue_documents import answer


def test_edit_a_case_after_intake(qtbot, vault):
    case = make_case(vault, "ED-1")
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(case.id)
    assert detail.edit_button.isEnabled()
    dialog = detail.edit_case()
    dialog.title.setText("更正后的项目名称")
    dialog.action_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.result.text().startswith("Saved")
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        dialog.close()
    assert cases.get_case(vault, case.id).title == "更正后的项目名称"
    assert "更正后的项目名称" in detail.heading.text()
    assert any(e.action == "case.edit" and e.entity_id == case.id for e in records.recent_events(vault))


def test_signed_missing_materials_notice_from_intake(qtbot, vault, roster):
    dialog = IntakeDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, reference="MN-1")
    tick(dialog, materials=["overview", "funding"])
    save(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.notice and dialog.notice.pdf_button.isVisible()
    answer(dialog.issuer, PIN)
    with qtbot.waitSignal(dialog.issuer.issued, timeout=30_000) as blocker:
        dialog.notice.pdf_button.click()
    window = blocker.args[0]
    qtbot.addWidget(window)
    check = api.verify_pdf(window.pdf, [committee.ca_certificate(vault)])
    assert check.intact and check.valid and check.trusted
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=window.pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "Notice of Missing Application Materials" in text and "MN-1" in text


def test_selecting_a_version_previews_it_and_sizes_read_whole(qtbot, open_demo_vault, demo):
    detail = CaseDetail(open_demo_vault)
    qtbot.addWidget(detail)
    detail.resize(1000, 700)
    detail.show()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.load(demo["case_ids"][0])
    panel = detail.documents
    detail.tabs.setCurrentWidget(panel)
    consent = panel.model.index(0, 0, panel.model.index(1, 0))
    with qtbot.waitSignal(panel.documentShown, timeout=10_000) as shown:
        panel.tree.setCurrentIndex(consent)  # no Enter, no Open: selecting is enough
    assert shown.args == ["text"] and panel.viewer.text.toPlainText().startswith("知情同意书")
    metrics, header = panel.tree.fontMetrics(), panel.tree.header()
    model = panel.model
    sizes = [
        text
        for row in range(model.rowCount())
        for index in (model.index(row, 2), *(model.index(r, 2, model.index(row, 0)) for r in range(3)))
        if (text := index.data())
    ]
    assert sizes and all(text.endswith(("bytes", "KB", "MB")) for text in sizes)
    for size in sizes:
        assert header.sectionSize(2) >= metrics.horizontalAdvance(size), size  # never "26.4 K"


def test_the_sidebar_cases_entry_returns_from_a_case_to_the_list(qtbot, open_demo_vault, demo):
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import MainWindow

    window = MainWindow(open_demo_vault)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("cases")
    screen.open_case(demo["case_ids"][0])
    assert screen.pages.currentWidget() is screen.detail
    row = [s.key for s in window.specs].index("cases")
    item = window.nav.item(row)
    qtbot.mouseClick(
        window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center()
    )
    assert screen.pages.currentIndex() == 0  # the list again
