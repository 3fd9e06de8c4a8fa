"""Every input and button on the shell's screens has a name a screen reader can say."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWizard,
)

from desktop.ui.common import PinDialog
from desktop.ui.create_vault_wizard import CreateVaultWizard
from desktop.ui.dashboard import DashboardScreen
from desktop.ui.members import EnrolMemberDialog, MembersScreen
from desktop.ui.open_vault import OpenVaultWindow
from desktop.ui.settings import SettingsScreen

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def _unnamed(widget) -> list[str]:
    missing = []
    for child in (c for kind in INPUTS for c in widget.findChildren(kind)):
        if _inside_another_input(child, widget) or isinstance(child, QHeaderView):
            continue  # Qt's own parts: a combo's popup list, a line edit's clear button, headers
        name = child.accessibleName() or (isinstance(child, QAbstractButton) and child.text())
        if not name and not child.objectName().startswith("qt_"):
            missing.append(
                f"{type(child).__name__} {child.objectName()!r} in {type(child.parent()).__name__}"
            )
    return missing


def _inside_another_input(child, top) -> bool:
    parent = child.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, INPUTS) or type(parent).__name__.startswith(("QComboBox", "QCalendar")):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_shell_widgets_are_named(qtbot, open_demo_vault, use_language, language):
    use_language(language)
    widgets = [
        OpenVaultWindow(),
        PinDialog("王建国", confirm=True),
        MembersScreen(open_demo_vault),
        EnrolMemberDialog(open_demo_vault),
        SettingsScreen(open_demo_vault),
        DashboardScreen(open_demo_vault),
    ]
    wizard = CreateVaultWizard()
    widgets += [wizard.page(i) for i in wizard.pageIds()]
    for widget in [*widgets, wizard]:
        qtbot.addWidget(widget)
    missing = [m for w in widgets for m in _unnamed(w)]
    assert not missing, missing
    assert wizard.button(QWizard.WizardButton.NextButton).text()
    qtbot.waitUntil(lambda: widgets[5].data is not None, timeout=10_000)


def test_the_check_catches_an_unnamed_field(qtbot):
    from PySide6.QtWidgets import QWidget

    form = QWidget()
    qtbot.addWidget(form)
    QLineEdit(form)
    assert _unnamed(form) == ["QLineEdit '' in QWidget"]
