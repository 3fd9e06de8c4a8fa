"""Screen readers and keyboards: every input on the case screens has a name; Tab goes in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
)

from desktop import rules
from desktop.services import cases
from desktop.ui.case_materials import MaterialsDialog
from desktop.ui.cases import CasesScreen
from desktop.ui.intake import IntakeDialog

KINDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton, QPlainTextEdit)


def unnamed(top) -> list[str]:
    """Inputs and buttons a screen reader could not name (Qt's own inner parts skipped)."""
    missing = []
    for child in {c for kind in KINDS for c in top.findChildren(kind)}:
        parent, inner = child.parentWidget(), False
        while parent is not None and parent is not top:
            inner = inner or isinstance(parent, KINDS) or type(parent).__name__.startswith("QCalendar")
            parent = parent.parentWidget()
        if inner or isinstance(child, QHeaderView) or child.objectName().startswith("qt_"):
            continue
        if not (child.accessibleName() or (isinstance(child, QAbstractButton) and child.text())):
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return sorted(missing)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_input_on_the_case_screens_has_a_name(qtbot, open_demo_vault, demo, use_language, language):
    use_language(language)
    screen = CasesScreen(open_demo_vault)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.model.busy, timeout=10_000)
    with qtbot.waitSignal(screen.detail.loaded, timeout=10_000):
        screen.open_case(demo["case_ids"][0])
    panel = screen.detail.documents
    with qtbot.waitSignal(panel.documentShown, timeout=10_000):
        panel.tree.setCurrentIndex(panel.model.index(0, 0))
        panel.open_button.click()
    intake = IntakeDialog(open_demo_vault)
    case = cases.get_case(open_demo_vault, demo["case_ids"][0])
    materials = MaterialsDialog(open_demo_vault, case, rules.required_materials()[:3])
    for dialog in (intake, materials):
        qtbot.addWidget(dialog)
    assert [(type(w).__name__, unnamed(w)) for w in (screen, intake, materials)] == [
        ("CasesScreen", []),
        ("IntakeDialog", []),
        ("MaterialsDialog", []),
    ]


def test_tab_goes_from_search_to_filters_to_new_case_to_the_table(qtbot, open_demo_vault):
    screen = CasesScreen(open_demo_vault)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.model.busy, timeout=10_000)
    screen.search_edit.setFocus()
    seen = []
    for _ in range(5):
        seen.append(screen.focusWidget())
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    expected = [screen.search_edit, screen.status_combo, screen.domain_combo, screen.new_button, screen.table]
    assert seen == expected
